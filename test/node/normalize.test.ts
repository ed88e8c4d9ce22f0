import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze.ts";
import { detectLang } from "../../src/core/lang.ts";
import { ask } from "../../src/core/index.ts";
import { explain } from "../../src/core/explain.ts";
import { cleanText, fold, oneSpelling, tokenize } from "../../src/core/normalize.ts";

const content = (q: string) => analyze(q).filter((w) => !w.stop).map((w) => w.fold).join(" ");

describe("normalization", () => {
  it("reads 'tỉ lệ' and 'ti le' as 'tỷ lệ' and 'ty le', as typed, and nothing else", () => {
    expect(oneSpelling("Tỉ lệ giảm, ti le tang, TI LE")).toBe("Tỷ lệ giảm, ty le tang, TY LE");
    expect(oneSpelling("1 tỉ đồng, tile, thi le")).toBe("1 tỉ đồng, tile, thi le");
    // (So a clause asked by its mark alone is one, however "tỉ lệ" is spelt.)
    expect(ask("so nguoi lam viec co mat trong dvsn cong lap la bn; ti le giam so voi 2023?").facts.map((f) => f.value)).toEqual([22056, 4.29]);
    // (Every entry reads the question so: the plan `--explain` prints is the one answered.)
    expect(explain("ti le giam bien che cong chuc?").plan.main).toContain("ty le");
  });
  it("treats NFD and NFC input alike", () => {
    const nfc = "Thủ tục hành chính được công bố";
    expect(tokenize(nfc.normalize("NFD"))).toEqual(tokenize(nfc));
  });
  it("treats old and new tone placement alike", () => {
    expect(tokenize("hoá thuỷ hoà")).toEqual(tokenize("hóa thủy hòa"));
  });
  it("folds đ to d, not to nothing", () => {
    expect(fold("đường Đông")).toBe("duong Dong");
    expect(tokenize("HĐND")[0]!.fold).toBe("hdnd");
  });
  it("keeps the diacritics the user typed apart from folded forms", () => {
    const [thu, thu2] = tokenize("thư thu");
    expect(thu!.marked).toBe(true);
    expect(thu2!.marked).toBe(false);
    expect(thu!.fold).toBe(thu2!.fold);
    expect(thu!.acc).not.toBe(thu2!.acc);
  });
  it("drops case, punctuation, emoji and invisible characters", () => {
    expect(cleanText("  Bao\u200b nhiêu\u00a0 TTHC?? 🙏 ")).toBe("Bao nhiêu TTHC?? 🙏");
    expect(tokenize("BAO NHIÊU TTHC?? 🙏").map((t) => t.fold)).toEqual(["bao", "nhieu", "tthc"]);
  });
  it("drops a combining mark that stands alone instead of making it a word", () => {
    expect(tokenize("bao nhiêu \u0301 TTHC").map((t) => t.fold)).toEqual(["bao", "nhieu", "tthc"]);
  });
  it("reads % as phần trăm", () => {
    expect(tokenize("42%").map((t) => t.fold)).toEqual(["42", "phan", "tram"]);
  });
});

describe("abbreviations, particles and synonyms", () => {
  it("expands chat abbreviations and drops particles", () => {
    expect(content("Bn TTHC dc cong bo vay ad")).toBe("thu tuc hanh chinh cong bo");
    // (An inspection's "KL" are its conclusions: "4 đoàn … ban hành mấy KL?" asks the 4 conclusions.)
    expect(content("ban hành mấy KL")).toBe(content("ban hành mấy kết luận"));
    expect(content("KL kiểm tra")).toBe(content("kết luận kiểm tra"));
    // (Elsewhere "KL" is as often "kỷ luật": "bị xử lý KL" is no conclusion.)
    expect(content("bị xử lý KL")).not.toContain("ket luan");
    expect(ask("Đoàn kiểm tra VB QPPL cấp huyện ban hành mấy KL?").facts.map((f) => f.value)).toEqual([4]);
    expect(ask("Đoàn kiểm tra VB QPPL cấp huyện ban hành mấy KL?").facts[0]!.id).toBe("ket-luan-kiem-tra-vbqppl");
  });
  it("reads bn as bạn when it addresses someone", () => {
    expect(analyze("chào bn")[1]!.acc).toBe("ban5");
    expect(analyze("bn tthc")[0]!.fold).toBe("bao");
  });
  it("expands administrative abbreviations", () => {
    expect(content("HĐND thẩm định bao nhiêu VBQPPL")).toBe("hoi dong nhan dan tham dinh van ban quy pham phap luat");
    expect(content("NSNN")).toBe("ngan sach nha nuoc");
    expect(content("CBCCVC")).toBe("can bo cong chuc vien chuc");
    // (As English texts on Vietnamese government write them.)
    expect(content("district PCs")).toBe(content("district people's committees"));
    expect(content("the DoJ")).toBe(content("the department of justice"));
    expect(content("PSUs")).toBe(content("public service units"));
    // ("TT" before "Huế" is Thừa Thiên; elsewhere a "thị trấn".)
    expect(content("TT Hue")).toBe(content("Thừa Thiên Huế"));
    expect(content("TT Huế")).toBe(content("Thừa Thiên Huế"));
    expect(content("cac tt")).toBe(content("các thị trấn"));
    // ("thi" before a verb of what is asked is "thì"; elsewhere the contest's "thi".)
    expect(analyze("thi kiem tra bn vb")[0]!.acc).toBe(analyze("thì")[0]!.acc);
    expect(analyze("hoi thi co bn luot du thi").map((t) => t.acc)).not.toContain(analyze("thì")[0]!.acc);
    // ("cp" before "giao", "và", "với", "ttg" is the Government; elsewhere as often a cost.)
    expect(content("nv cp giao")).toBe(content("nv chính phủ giao"));
    expect(content("cp voi ttg")).toBe(content("chính phủ với thủ tướng"));
    expect(content("cp tuan thu")).toBe("cp tuan thu");
    // ("tr" before "đồng" is triệu; elsewhere left as typed.)
    expect(content("bn tr dong")).toBe(content("bao nhiêu triệu đồng"));
    expect(content("11 tr đ")).toBe(content("11 triệu đ"));
    expect(content("tr 5")).toBe("tr 5");
    // ("tinh gian bo may" typed bare is the apparatus, bộ máy: no "mấy" asking how many; "cong bo may" still asks.)
    const may = analyze("máy")[0]!.acc;
    expect(analyze("tinh gian bo may")[3]!.acc).toBe(may);
    expect(analyze("cong bo may tthc")[2]!.acc).toBe("may");
    expect(analyze("bai bo may")[2]!.acc).toBe("may");
    // (A word listed with its marks matches it typed so: "tr đồng" as "tr dong".)
    expect(content("bn tr đồng")).toBe(content("bao nhiêu triệu đồng"));
    // ("phủ tới" of a network: connects.)
    expect(content("MetroNet phủ tới")).toBe(content("MetroNet kết nối"));
  });
  it("reads 'met the deadline', 'on time' as the report's 'bảo đảm thời gian', and 'legal normative drafts' as its drafts of legal documents", () => {
    expect(content("met the deadline")).toBe(content("bảo đảm thời gian"));
    expect(content("on time")).toBe(content("đảm bảo thời gian"));
    expect(content("legal normative drafts")).toBe(content("dự thảo văn bản quy phạm pháp luật"));
  });
  it("reads dv before sự nghiệp or trực thuộc as đơn vị, before công as dịch vụ", () => {
    expect(content("bn dv su nghiep")).toBe(content("bao nhiêu đơn vị sự nghiệp"));
    expect(content("dv truc thuoc ubnd tinh")).toBe(content("đơn vị trực thuộc UBND tỉnh"));
    expect(content("dv thuộc các cơ quan chuyên môn")).toBe(content("đơn vị thuộc các cơ quan chuyên môn"));
    expect(content("dv công trực tuyến")).toBe(content("dịch vụ công trực tuyến"));
    expect(content("dv công lập")).toBe(content("đơn vị sự nghiệp công lập"));
  });
  it("reads tp after sở as Tư pháp, elsewhere as thành phố", () => {
    expect(content("so tp gop y")).toContain("tu phap gop y");
    expect(content("Sở TP góp ý")).toBe(content("Sở Tư pháp góp ý"));
    expect(content("tp Huế")).toBe("thanh pho hue");
  });
  it("maps synonyms to one wording, in both languages", () => {
    expect(content("hủy bỏ")).toBe(content("bãi bỏ"));
    expect(content("abolished")).toBe(content("bãi bỏ"));
    expect(content("email")).toBe(content("thư điện tử"));
    expect(content("trúng tuyển")).toBe(content("tuyển dụng"));
  });
  it("keeps an unaccented word that is also a content word ('ban' of ban hành)", () => {
    const words = analyze("hdnd ban hanh bao nhieu nghi quyet", { contentFolds: new Set(["ban", "hanh"]) });
    expect(words.find((w) => w.fold === "ban")!.stop).toBe(false);
  });
});

describe("reply language", () => {
  it.each([
    ["How many civil servants were recruited?", "en"],
    ["What was the state budget revenue in the province?", "en"],
    ["Bn TTHC dc cong bo vay ad", "vi"],
    ["tinh da thuc hien bao nhieu nhiem vu duoc chinh phu giao", "vi"],
    ["Thu ngân sách là bao nhiêu?", "vi"],
    // An English sentence around a Vietnamese name is English; Vietnamese with English words is not.
    ["And how many participants came from Phú Vang district?", "en"],
    ["How many legal documents did Huế city issue?", "en"],
    ["Tỉnh có bao nhiêu server, database và data center?", "vi"],
    ["Huế ban hành bao nhiêu văn bản", "vi"],
  ] as const)("%s → %s", (q, lang) => {
    expect(detectLang(q)).toBe(lang);
  });
});

describe("typos in English words", () => {
  it("corrects a long English word to the nearest known one", () => {
    expect(content("abolshed")).toBe(content("abolished"));
    expect(content("publised")).toBe(content("published"));
  });
  it("knows the operations' words: 'uncollected' is no typo of 'collected'", () => {
    expect(content("uncollected")).not.toBe(content("collected"));
  });
  it("leaves Vietnamese syllables typed without marks alone", () => {
    expect(content("nguoi truong")).toBe("nguoi truong");
  });
});

describe("a classifier as chat counts things", () => {
  it("reads 'mấy cái TTHC' as 'mấy TTHC', marked or not; 'cải cách' stays", () => {
    expect(content("mấy cái TTHC")).toBe(content("mấy TTHC"));
    expect(analyze("may cai tthc", { contentFolds: new Set(["cai"]) }).find((w) => w.fold === "cai")!.ambiguous).toBe(true);
    expect(content("cải cách thể chế")).toContain("cai");
  });
});

describe("a letter typed twice in a Vietnamese syllable", () => {
  it("reads the syllable the lexicons write ('baii bo', 'cong boo')", () => {
    expect(content("baii bo")).toBe(content("bai bo"));
    expect(content("cong boo")).toBe(content("cong bo"));
    expect(ask("nam nay ubnd tinh baii bo bn tthc vay ad").facts.map((f) => f.value)).toEqual([176]);
  });
  it("keeps 'uu' (ưu unmarked) and English words with a doubled letter", () => {
    expect(content("uu tien")).toBe("uu tien");
    expect(ask("How many staff were cut?").facts.map((f) => f.value)).toEqual([48, 988]);
  });
});
