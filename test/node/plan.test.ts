// Questions read as plans: computed figures that show their work, exclusions, several figures,
// both readings of an ambiguous question, follow-ups through the context token, and no figure
// given when the facts cannot satisfy the question.
import { describe, expect, it } from "vitest";
import { KB } from "../../knowledge/dist/kb.gen.ts";
import { Answer, ask } from "../../src/core/index.ts";
import { judgeCase, readCases, TUNED_SETS } from "../../scripts/eval/judge.ts";

const digitRuns = (t: string) => (t.match(/\d+(?:[.,]\d+)*/g) ?? []).map((x) => x.replace(/[.,]/g, "").replace(/^0+(?=\d)/, ""));
/** Numbers in the reply that no cited quote, returned value or formula backs. */
function unbacked(a: Answer): string[] {
  const ok = new Set<string>();
  for (const c of a.citations) for (const d of [...digitRuns(c.quote), ...digitRuns(c.document)]) ok.add(d);
  for (const f of a.facts) {
    for (const d of [...digitRuns(f.quote), ...digitRuns(f.derived?.formula ?? "")]) ok.add(d);
    if (f.value !== null) for (const k of [0, 1, 2]) ok.add(f.value.toFixed(k).replace(".", "").replace(/^0+(?=\d)/, ""));
  }
  let text = a.text;
  for (const s of a.suggestions) text = text.split(s).join(" ");
  return digitRuns(text).filter((d) => !ok.has(d));
}

/** The figures an answer gives, in order; the formula of its first, computed, figure. */
const values = (q: string, context?: string) => ask(q, { context }).facts.map((f) => f.value);
const formula = (q: string) => ask(q).facts[0]!.derived!.formula;

/** A conversation: each message sent with the context the previous answer returned. */
const chat = (...qs: string[]) => {
  let context: string | undefined;
  return qs.map((q) => {
    const a = ask(q, { context });
    context = a.context;
    return a;
  });
};

describe("the fifty-first session's readings", () => {
  it("gives both tasks figures when 'hoàn thành bao nhiêu nhiệm vụ' says neither the plan's nor the Government's", () => {
    // (Was the plan's 31/34 alone: the report's sentence also gives the 172 tasks the Government assigned, carried out.)
    expect(values("Năm 2024 UBND tỉnh đã hoàn thành bao nhiêu nhiệm vụ?")).toEqual([31, 172]);
    expect(values("nam 2024 ubnd tinh hoan thanh dc bn nhiem vu vay ad")).toEqual([31, 172]);
    expect(values("How many tasks did the province complete in 2024?")).toEqual([31, 172]);
    // (Which tasks named, anywhere in the message, or a share or what is left asked: the plan's alone.)
    expect(values("UBND tỉnh hoàn thành bao nhiêu nhiệm vụ trong kế hoạch CCHC?")).toEqual([31]);
    expect(values("kh cchc 2024 da xong bn nhiem vu")).toEqual([31]);
    expect(values("Tỉnh hoàn thành bao nhiêu nhiệm vụ, trên tổng số bao nhiêu nhiệm vụ của kế hoạch CCHC 2024?")).toEqual([31, 34]);
    expect(values("Tỷ lệ hoàn thành nhiệm vụ CCHC năm 2024?")).not.toContain(172);
    expect(values("UBND tỉnh đã hoàn thành được mấy nhiệm vụ CCHC, còn mấy nhiệm vụ chưa hoàn thành?")).toEqual([31, 3]);
    expect(values("How many tasks did the province complete, how many are outstanding?")).not.toContain(172);
  });

  it("reads drafts the Department of Justice 'reviewed' as those it commented on and those it appraised, unless the message says which", () => {
    // (Was the 173 appraised alone.)
    expect(values("How many draft documents did the provincial Department of Justice review this year?")).toEqual([332, 173]);
    expect(values("How many drafts did the Department of Justice review and appraise?")).toEqual([173]);
  });

  it("gives the district documents the inspection teams examined beside those the department checked itself, when the question says neither", () => {
    // (The teams' English label named the districts, not "district": read as told apart by "district-level", 23 alone.)
    expect(values("How many district-level legal documents did the Department of Justice check in 2024?")).toEqual([23, 106]);
    expect(values("How many district documents did the Department of Justice check within its authority?")).toEqual([23]);
    expect(values("How many district legal documents did the inspection teams examine?")).toEqual([106]);
  });

  it("reads 'quick check for my piece' as a remark, not a check asked", () => {
    // (Was declined: "check" read as the documents checked.)
    expect(values("Journalist here, quick check for my piece: how many people passed the provincial civil service recruitment exam this year?")).toEqual([16]);
  });

  it("declines, as the review found, where readings of its first attempts gave wrong figures", () => {
    // (A remark "I'm planning to take the exam" dropped the exam: 31 resolutions "passed"; the entries of the online quiz.)
    expect(ask("I'm planning to take the exam, how many passed in 2024?").facts.map((f) => f.value)).not.toContain(31);
    expect(ask("em tính thi công chức, cho em hỏi năm 2024 bao nhiêu người dự thi?").facts.map((f) => f.value)).not.toContain(107737);
    // (Leaving the joint allocated figure out by its action answered the units' staff for the associations.)
    expect(ask("Only counting staff actually present, not the allocated quota, how many people work in special associations?").facts.map((f) => f.value)).not.toContain(22056);
    // (A change and its own rate have no gap in percentage points: was 0.)
    expect(ask("How many percentage points is the gap between the cut in staff and the cut in civil servant posts?").facts.map((f) => f.value)).not.toContain(0);
  });

  it("compares the rates of two changes when percentage points are asked of 'the cut in A than the cut in B'", () => {
    // (Was declined: the two cuts, 988 people and 48 positions, are no rates.)
    expect(values("How many percentage points larger was the cut in public service unit staff than the cut in civil servant positions?")).toEqual([1.82, 4.29, 2.47]);
    expect(values("Người làm việc giảm nhiều hơn biên chế công chức giảm bao nhiêu?")[0]).toBe(940);
  });

  it("answers 'trên tổng số bao nhiêu?' after two readings with the whole of the one that is a part", () => {
    const [, outOf] = chat("Tỉnh hoàn thành bao nhiêu nhiệm vụ?", "Trên tổng số bao nhiêu?");
    expect(outOf!.facts.map((f) => f.value)).toEqual([34]);
    const [, english] = chat("How many tasks were completed by the PPC?", "Out of how many?");
    expect(english!.facts.map((f) => f.value)).toEqual([34]);
    // (The total over a part too, as after one answer: review.)
    // ("tổng số?", "how many in total?" too, as after one answer: hunt.)
    expect(chat("Tỉnh hoàn thành bao nhiêu nhiệm vụ?", "tong bn").at(-1)!.facts.map((f) => f.value)).toEqual([34]);
    expect(chat("How many tasks were completed by the PPC?", "How many in total?").at(-1)!.facts.map((f) => f.value)).toEqual([34]);
    const [, drafts] = chat("How many drafts did the Department of Justice review on time?", "Out of how many?");
    expect(drafts!.facts.map((f) => f.value)).toEqual([332]);
  });
});

describe("the fiftieth session's readings", () => {
  it("reads 'putting together a feature' as what the asker writes, no sum asked; 'put together the two' still adds", () => {
    // (Was the sum of the two figures, 1.293, first: "together" was a sum word.)
    expect(values("I am putting together a brief for my director: how many administrative procedures were published and how many abolished?")).toEqual([1117, 176]);
    expect(values("We're putting together our annual review - how many internal procedures did the provincial People's Committee approve in 2024?")).toEqual([759]);
    expect(values("Put together the two: how many administrative procedures were published and abolished?")[0]).toBe(1293);
  });

  it("reads past a writer's remarks: 'and I'm focusing on how provinces …', 'I'm a freelance journalist …'", () => {
    // (Was declined: the remark's words drowned the question's.)
    expect(values("Hi there! I'm a freelance journalist putting together a year-end feature on administrative reform in central Vietnam, and I'm focusing on how provinces are digitising their paperwork. For Thừa Thiên Huế, how many internal procedures did the provincial People's Committee approve in 2024 so that administrative procedure handling could be configured electronically?")).toEqual([759]);
    expect(values("I'm focusing on how provinces are digitising their paperwork. For Thừa Thiên Huế, how many internal procedures did the provincial People's Committee approve in 2024?")).toEqual([759]);
  });

  it("reads past where the asker heard it and what a head teacher said ('Trong buổi …', 'hiệu trưởng có nhắc là …')", () => {
    // (Was declined.)
    expect(values("Dạ cháu chào các chú ạ, cháu là kế toán mới vào làm ở một trường THCS bên Hương Thủy. Trong buổi sinh hoạt chuyên môn tuần trước, hiệu trưởng có nhắc là thu ngân sách của tỉnh năm nay khá tốt nhưng cháu không nhớ con số. Các chú cho cháu hỏi tính đến ngày 06/12/2024 tỉnh thu ngân sách nhà nước trên địa bàn được bao nhiêu ạ?")).toEqual([11145304]);
  });

  it("reads who wants the figure and in what form as no word of what is asked ('Bí thư chi đoàn muốn ghi … dưới dạng phần trăm cho dễ nhìn')", () => {
    // (Was declined.)
    expect(values("Em chào anh chị, em đang chuẩn bị báo cáo tổng kết năm của chi đoàn cơ quan, trong đó có một mục nhắc lại kết quả CCHC của tỉnh. Bí thư chi đoàn muốn ghi tỷ lệ hoàn thành kế hoạch CCHC 2024 dưới dạng phần trăm cho dễ nhìn, mà báo cáo chỉ ghi dạng phân số. Anh chị tính giúp em tỷ lệ đó là bao nhiêu phần trăm ạ?")[0]).toBeCloseTo(91.18, 2);
  });

  it("reads questions on lines of their own, with no mark between them, as questions apart ('… bn⏎cap xa bn')", () => {
    // (Was the commune's 69 first, and the spending's rate alone: the lines were joined with a space.)
    expect(values("vb qppl cap huyen ban hanh bn\ncap xa bn")).toEqual([23, 69]);
    expect(values("chi can doi ngan sach 11 thang dc bn tien\r\ndat may % du toan")).toEqual([11387742, 75]);
    // (A list keeps its lines.)
    expect(values("cho e hoi ve so tu phap nam 2024:\n- so du thao vb da gop y\n- so du thao qppl da tham dinh\nthank ad nhieu")).toEqual([332, 173]);
  });

  it("reads 'rather than raw counts' as the form asked, nothing left out", () => {
    // (Was declined: "raw counts" was read as a part to take out of the tasks.)
    expect(values("We usually look at the completion rate of each province's annual PAR plan rather than raw counts. For Thua Thien Hue's 2024 plan, what share of the planned tasks had been completed by the time of the report, as a percentage?")[0]).toBeCloseTo(91.18, 2);
    expect(values("What share of the planned tasks had been completed, not the raw count?")[0]).toBeCloseTo(91.18, 2);
    // (A part named is still left out.)
    expect(values("Excluding the People's Council resolutions, how many legal documents did the province issue?")).toEqual([94]);
  });

  it("reads past who asked the asker and how many things are asked ('A colleague … asked me two things …:', 'Two things:', 'vài điều:')", () => {
    // (Were declined: the lead's words drowned the first question's.)
    expect(values("A colleague from our embassy's development section asked me two things about one-stop services in Hue: how many internal workflows did the province approve in 2024 for processing procedures electronically, and how many procedures are now handled through the one-stop and inter-agency one-stop mechanism?")).toEqual([759, 2071]);
    expect(values("Two things: how many internal workflows did the province approve in 2024 for processing procedures electronically, and how many procedures are now handled through the one-stop and inter-agency one-stop mechanism?")).toEqual([759, 2071]);
    expect(values("cho em hỏi vài điều: biên chế giao bao nhiêu, hiện có bao nhiêu")).toEqual([1951, 1895]);
    // ("mấy việc" asks the tasks.)
    expect(values("Tỉnh hoàn thành mấy việc trong kế hoạch CCHC?")).toEqual([31]);
  });

  it("reads items numbered in roman numerals ('(i) …; (ii) …', 'i) … ii) …') as a list", () => {
    // (Was declined: no list was read.)
    expect(values("Kính gửi Sở Nội vụ,\nĐề nghị cung cấp hai số liệu năm 2024:\n(i) số biên chế công chức tỉnh đã giao cho các cơ quan hành chính cấp tỉnh và UBND cấp huyện;\n(ii) số người làm việc hưởng lương từ NSNN đã giao cho các đơn vị sự nghiệp công lập và các hội đặc thù.\nTrân trọng.")).toEqual([1951, 22531]);
    expect(values("Cho hỏi:\ni) số TTHC công bố\nii) số TTHC bãi bỏ\niii) số TTHC một cửa")).toEqual([1117, 176, 2071]);
  });

  it("reads 'không tính <a part> thì còn bao nhiêu?' after a total the report parts as the other part", () => {
    // (Was the part left out, 11, given first.)
    const [, rest] = chat("Đề án vị trí việc làm đã được phê duyệt cho bao nhiêu đơn vị sự nghiệp công lập cấp tỉnh?", "Không tính 11 đơn vị trực thuộc UBND tỉnh thì còn bao nhiêu?");
    expect(rest!.facts.map((f) => f.value)).toEqual([117]);
    const [, decisions] = chat("Năm 2024 HĐND, UBND tỉnh ban hành tổng cộng bao nhiêu văn bản QPPL?", "Không tính nghị quyết của HĐND tỉnh thì còn bao nhiêu?");
    expect(decisions!.facts.map((f) => f.value)).toEqual([94]);
  });

  it("reads past what the asker half-remembers ('nghe loáng thoáng là …', 'nhớ mang máng là … gì đó') to the exact figure asked", () => {
    // (Were declined: the remark's words drowned the question's, and "thủ tục gì đó" asked which ones.)
    expect(values("Chào anh/chị, hôm trước đi họp em nghe loáng thoáng là tỉnh mình đã cấp email công vụ cho tầm 15 nghìn người thì phải, nhưng em không chắc. Theo báo cáo thì chính xác là bao nhiêu cán bộ, công chức, viên chức được cấp thư điện tử?")).toEqual([14970]);
    expect(values("Mình đang làm slide tổng kết, nhớ mang máng là tỉnh bãi bỏ hơn 170 thủ tục gì đó. Cho mình xin con số chính xác số TTHC bị bãi bỏ nhé.")).toEqual([176]);
    // ("nhiệm vụ gì?" still asks which ones, which the report does not name.)
    expect(ask("Những nhiệm vụ chưa hoàn thành là nhiệm vụ gì?").answered).toBe(false);
  });
});

describe("the fiftieth session's readings, as its midway review left them", () => {
  it("parts two lines by a comma only when both ask, the first at its end: a topic or a wrapped sentence on two lines is one question", () => {
    // (A rule parting every unmarked line break gave 1.951 and 22.531; 9 and 128; an estimate worked out, then 75.)
    expect(values("Tỉnh giao bao nhiêu\nbiên chế công chức năm 2024?")).toEqual([1951]);
    expect(values("UBND cấp huyện\nphê duyệt đề án vị trí việc làm cho bao nhiêu đơn vị sự nghiệp")).toEqual([556]);
    expect(values("Tỷ lệ chi cân đối ngân sách so với\ndự toán là bao nhiêu?")).toEqual([75]);
  });

  it("keeps people that may be counted, and 'có giao' typed bare, as words of the question", () => {
    // (Stop words "giảng viên", "cô giáo" gave the 16 civil servants recruited, and 1.895 before 1.951.)
    expect(ask("Tỉnh tuyển dụng bao nhiêu giảng viên năm 2024?").answered).toBe(false);
    expect(values("tinh co giao bn bien che cong chuc nam 2024")).toEqual([1951]);
    // (Stop words "mấy câu" gave the contest's 214 bodies and 107.737 entries.)
    expect(ask("Hội thi có mấy câu?").answered).toBe(false);
  });

  it("still adds what 'put together a count of …' asks, and reads a count left out as a rate asked", () => {
    // (A rule reading "put together a" as writing gave 125, 23, 69 with no total.)
    expect(values("Can you put together a count of legal documents issued at the province, district and commune levels?")[0]).toBe(217);
    // (A rule reading "không tính số lượng" as naming nothing gave the 48 the asker left out.)
    expect(values("Biên chế công chức giảm bao nhiêu, không tính số lượng?")[0]).toBe(2.47);
  });

  it("names a part left out by whole words of its own, never a level outside the total, after a figure", () => {
    // (Single syllables matched: "cơ quan hành chính" was the 117's "cơ quan chuyên môn", giving 11.)
    const [, rest] = chat("Có bao nhiêu đơn vị sự nghiệp công lập cấp tỉnh được phê duyệt đề án vị trí việc làm?", "Không tính các cơ quan hành chính thì còn bao nhiêu?");
    expect(rest!.facts.map((f) => f.value)).not.toEqual([11]);
    const [, districts] = chat("Năm 2024 HĐND, UBND tỉnh ban hành tổng cộng bao nhiêu văn bản QPPL?", "Không tính quyết định của UBND các huyện thì còn bao nhiêu?");
    expect(districts!.facts.map((f) => f.value)).not.toContain(31);
  });

  it("reads a list by its first marker's kind, and gives no fall of everything for a question pointing back at a remark", () => {
    // (A roman "(i)" inside a lettered item put the answers in reverse order.)
    expect(values("Cho em hỏi: a) số TTHC công bố (i) trong năm 2024; b) số TTHC bãi bỏ")).toEqual([1117, 176]);
    // (The remark dropped, "How much did they fall?" was every fall, 48 and 988.)
    expect(values("The director asked us about civil servant positions. How much did they fall?")).not.toEqual([48, 988]);
  });

  it("leaves out only a part named by its own words, keeps a list's inner markers and upper-case letters, and a director's word", () => {
    // (A part named by a word it shares with what is left out: "các quyết định cá biệt" were the 94, giving 31.)
    const [, other] = chat("HĐND, UBND tỉnh ban hành tổng cộng bao nhiêu văn bản QPPL?", "Không tính các quyết định cá biệt thì còn bao nhiêu?");
    expect(other!.facts.map((f) => f.value)).not.toContain(31);
    // (Roman markers inside a numbered item broke the list: declined.)
    expect(values("Cho em hỏi:\n1. Số văn bản QPPL gồm (i) nghị quyết HĐND tỉnh và (ii) quyết định UBND tỉnh\n2. Số TTHC bãi bỏ")).toEqual([125, 176]);
    // (Lines lettered in capitals were joined by commas, the list lost: 176 before 1.117.)
    expect(values("Cho hỏi\nA) số TTHC công bố\nB) số TTHC bãi bỏ")).toEqual([1117, 176]);
    // (What a director said, dropped as hearsay, took "biên chế" with it: 1.895 and the 2.071 procedures.)
    expect(values("Giám đốc sở nói tỉnh giao 1.951 biên chế, hiện có bao nhiêu?")).not.toContain(2071);
  });
});

describe("the fiftieth session's readings, as its final reviews left them", () => {
  it("parts lines only where the first ends asking, never inside 'bao⏎nhiêu' or a name", () => {
    // (Both lines asking, a comma was put inside a wrapped question: 1.951 lost; the list order flipped.)
    expect(values("Tỉnh giao bao nhiêu biên chế công chức, hiện có bao\nnhiêu, giảm bao nhiêu so với 2023?")).toEqual([1951, 1895, 48]);
    expect(values("How many administrative procedures did the People's\nCommittee publish and how many did it abolish?")).toEqual([1117, 176]);
    // ("mấy bạn" addresses people: no question of its own.)
    expect(values("Cho hỏi mấy bạn\nnăm 2024 tỉnh bãi bỏ bao nhiêu TTHC?")).toEqual([176]);
  });

  it("reads 'gì đấy?' and 'gì do … giao' as asking which ones, 'gì đó' after a figure as a hedge only mid-message", () => {
    // (Read as hedges, the count was given: 3 and 31; 172.)
    expect(ask("3 nhiệm vụ chưa hoàn thành là những nhiệm vụ gì đấy ạ?").answered).toBe(false);
    expect(ask("Tỉnh thực hiện những nhiệm vụ gì do Chính phủ, Thủ tướng Chính phủ giao?").answered).toBe(false);
    expect(ask("11 lĩnh vực là lĩnh vực gì đấy?").answered).toBe(false);
  });

  it("keeps remarks that name what is asked ('asked me about …', 'có nhắc tới …'), and 'ít' typed bare", () => {
    // (Dropped, the question was answered of other things: 31 tasks for those who passed; 1.895 and 22.056.)
    expect(values("My director asked me about the recruitment exam: how many passed?")).not.toContain(31);
    expect(values("Chị có nhắc tới biên chế công chức, hiện có mấy người vậy?")).not.toContain(22056);
    // ("it hay nhieu" is "ít hay nhiều", no English "it": was declined.)
    expect(values("ad oi nam 2024 tinh bai bo bn cai vay, it hay nhieu, ong hang xom bao hon 2 tram ma e ko tin, thanks ad")).toEqual([176]);
  });

  it("adds what 'put together a brief count' asks, and leaves out a part by its figure only of its own measure or a level, period or share not asked", () => {
    expect(values("Can you put together a brief count of legal documents issued at the province, district and commune levels?")[0]).toBe(217);
    // ("31 nhiệm vụ" were the 31 resolutions: 94.)
    const [, tasks] = chat("Năm 2024 HĐND, UBND tỉnh ban hành tổng cộng bao nhiêu văn bản QPPL?", "Không tính 31 nhiệm vụ đã hoàn thành thì còn bao nhiêu?");
    expect(tasks!.facts.map((f) => f.value)).not.toContain(94);
    // (A level or an operation asked in the main clause is another figure: was 94.)
    const [, levels] = chat("Tỉnh ban hành bao nhiêu văn bản QPPL?", "Không tính nghị quyết thì cả ba cấp còn bao nhiêu?");
    expect(levels!.facts.map((f) => f.value)).not.toEqual([94]);
    const [, share] = chat("Năm 2024 HĐND, UBND tỉnh ban hành tổng cộng bao nhiêu văn bản QPPL?", "Không tính nghị quyết của HĐND tỉnh thì còn bao nhiêu phần trăm?");
    expect(share!.facts.map((f) => f.value)).not.toEqual([94]);
  });
});

describe("the forty-ninth session's readings", () => {
  it("reads items naming a level in the scene of a measure each at its own level ('Về văn bản QPPL, tỉnh … huyện … xã …')", () => {
    // (A rule reading every item with a scene naming a measure, withdrawn at the midway review, gave 69, 23, 89.)
    expect(values("Đối với văn bản QPPL, cho tôi biết tỉnh ban hành bao nhiêu, huyện bao nhiêu, xã bao nhiêu.")).toEqual([125, 23, 69]);
    expect(values("Về đơn vị sự nghiệp, tỉnh giao bao nhiêu người, hiện có bao nhiêu, tỷ lệ giảm bao nhiêu?")).toEqual([22531, 22056, 4.29]);
  });

  it("reads '…, both in positions and in percent' after a change as its rate asked too", () => {
    // (Was 1.951, 1.895, 2,47%: the amount fell with "and in percent".)
    expect(values("Please give me: the civil servant staffing quota allocated in 2024, the current number of civil-servant positions, and the decrease versus 2023, both in positions and in percent.")).toEqual([1951, 1895, 48, 2.47]);
    // (A rule reading "the staffing quota" as a quantity asked, withdrawn at the midway review, gave the
    // 22.056 of public service units for "the number in post".)
    expect(values("For civil servants, please give me: the staffing quota and the number in post.")).not.toContain(22056);
  });

  it("declines staff of 'departments and sectors', which the report does not count", () => {
    // (A synonym reading "departments and sectors" as "Sở, ban, ngành", withdrawn at the midway review, gave 22 and 988.)
    expect(ask("How many staff work in departments and sectors?").answered).toBe(false);
  });

  it("gives no documents checked for 'mấy đoàn kiểm tra thì góp ý bn văn bản', which asks another action", () => {
    // (A rule taking "văn bản" after the teams as the documents they checked, withdrawn at the midway review, gave 106.)
    expect(values("mấy đoàn kiểm tra thì góp ý bn văn bản")).not.toContain(106);
  });

  it("reads a rate of change asked once of two things joined as each one's rate, not one's level beside the other's rate", () => {
    // (Was 1.895 biên chế beside the 4,29%: a level now given for a rate asked.)
    expect(values("biên chế công chức và người làm việc giảm bao nhiêu %?")).toEqual([2.47, 4.29]);
    expect(values("biên chế công chức và người làm việc giảm bao nhiêu so với 2023?")).toEqual([48, 988]);
  });

  it("reads 'giữa 2 so do' typed without marks as between the two figures just given", () => {
    // (Was declined: "do" alone may be a word of the report's, so "2 so do" named something of its own.)
    const [, , gap] = chat("so tu phap tham dinh bn du thao vb qppl", "con gop y thi bn du thao", "hieu so giua 2 so do la bn");
    expect(gap!.facts[0]!.derived!.formula).toContain("332 − 173");
  });

  it("reads 'nhiệm vụ trong kế hoạch … đề ra' after what was done as the plan that sets them out, the part done asked", () => {
    // (Was declined, or the 34 planned: "đề ra" read as asking what was to be done, "đề" as the "đề án".)
    expect(values("Cho tôi hỏi năm 2024 tỉnh đã làm xong được bao nhiêu nhiệm vụ trong kế hoạch cải cách hành chính đề ra?")).toEqual([31]);
    expect(values("tỉnh đã hoàn thành được bao nhiêu nhiệm vụ trong kế hoạch cải cách hành chính đề ra?")).toEqual([31]);
    // (What the plan sets out, asked alone, is its whole.)
    expect(values("Trong kế hoạch CCHC đề ra bao nhiêu nhiệm vụ?")).toEqual([34]);
  });

  it("gives the amount before the rate for a change asked as an amount ('Chi phí tuân thủ giảm được bao nhiêu?')", () => {
    expect(values("Chi phí tuân thủ giảm được bao nhiêu?")).toEqual([11322000, 42]);
  });

  it("declines 'năm tới' (next year), which the report has no figures for", () => {
    // ("tới" as a stop word, withdrawn at the midway review, gave the 2024 quota.)
    expect(ask("Năm tới tỉnh dự kiến giao bao nhiêu biên chế công chức?").answered).toBe(false);
  });

  it("reads 'trích dẫn cho mình vb nào', 'số liệu lấy từ vb nào' as the source of the figure just given", () => {
    // (Were declined: "vb nào" read as a document's name asked.)
    for (const q of ["trich dan cho minh vb nao vay", "so lieu lay tu vb nao"]) {
      const [, source] = chat("thu dien tu da cap cho bn can bo cong chuc vien chuc vay", q);
      expect(source!.facts.map((f) => f.value), q).toEqual([14970]);
      expect(source!.text, q).toContain("627/BC-UBND");
    }
  });

  it("gives no share against last year for 'How does revenue stack up against the estimate?'", () => {
    // ("stack up against" as "compare with", withdrawn at the midway review, gave the 120,9% of the same period.)
    expect(values("How does revenue stack up against the estimate?")).not.toContain(120.9);
  });
});

describe("the forty-ninth session's readings, as its reviews left them", () => {
  it("reads 'số đó' alone as pointing back, and gives no figure of officials for citizens and businesses", () => {
    // (Stop words "số đó", "hai số đó" and context words "(của) người dân và doanh nghiệp", withdrawn or
    // narrowed at the reviews, gave 120,9% for "số đó có tăng không", 89 and 23 for "hiệu hai số đó",
    // 14.970 for e-mail of citizens and businesses.)
    expect(chat("UBND tỉnh công bố bao nhiêu TTHC?", "số đó có tăng không")[1]!.facts.map((f) => f.value)).not.toContain(120.9);
    expect(chat("UBND tỉnh công bố bao nhiêu TTHC?", "bãi bỏ bao nhiêu", "hiệu hai số đó là bao nhiêu")[2]!.facts.map((f) => f.value)).not.toContain(89);
    for (const q of ["Bao nhiêu tổ chức, cá nhân được cấp thư điện tử?", "Thư điện tử của người dân và doanh nghiệp được cấp bao nhiêu?"]) expect(ask(q).answered, q).toBe(false);
  });

  it("keeps a level listed beside its rate ('Biên chế công chức hiện có, giảm bao nhiêu, và về tỷ lệ?'), no rate given twice", () => {
    expect(values("Biên chế công chức hiện có, giảm bao nhiêu, và về tỷ lệ?")).not.toEqual([2.47, 2.47]);
    expect(values("Công chức và viên chức giảm bao nhiêu % so với năm 2023?")).not.toEqual([2.47, 2.47]);
  });

  it("gives no count of agencies the report does not state after 'I wonder what number … reached.'", () => {
    // ("what number" anywhere as a quantity asked, withdrawn at the final review, gave the 6 agencies whose functions were amended.)
    expect(values("I wonder what number the document management system reached. How many agencies use it?")).not.toContain(6);
  });

  it("gives no part done for 'không hoàn thành bao nhiêu nhiệm vụ trong kế hoạch đề ra'", () => {
    expect(values("Tỉnh không hoàn thành bao nhiêu nhiệm vụ trong kế hoạch đề ra?")).not.toContain(31);
  });

  it("reads 'cần hoàn thành bao nhiêu nhiệm vụ trong kế hoạch … đề ra' as the tasks to be done, the whole", () => {
    expect(values("Tỉnh cần hoàn thành bao nhiêu nhiệm vụ trong kế hoạch CCHC đề ra?")).toEqual([34]);
  });

  it("declines 'trích dẫn cho mình vb nào' with no figure given, and one naming a document of its own", () => {
    // (Was the Plan 391 sentence: no figure was given to cite.)
    expect(ask("trich dan cho minh vb nao").answered).toBe(false);
    expect(ask("Cho mình trích dẫn văn bản nào về 1699").answered).toBe(false);
    for (const q of ["bạn trích dẫn cho mình vb nào", "minh can trich dan vb nao"]) expect(ask(q).answered, q).toBe(false);
    // (A message asking a figure before it is answered.)
    expect(values("Kiến nghị sửa đổi 14 văn bản QPPL, trích dẫn cho mình vb nào")).toEqual([14]);
  });

  it("keeps a change's amount asked beside its rate ('… giảm bao nhiêu, và về tỷ lệ?'), not the rate twice", () => {
    for (const [q, want] of [["Số người làm việc giảm bao nhiêu, và về tỷ lệ?", [988, 4.29]], ["Public service unit staff fell by how many, and in percent?", [988, 4.29]], ["bien che cong chuc giam bn, va ve ty le", [48, 2.47]]] as const)
      expect(values(q), q).toEqual(want);
  });
});

describe("the forty-eighth session's readings", () => {
  it("reads the abbreviations officials type for systems and desks (QLVB, QLVB&ĐH, BPMC, CKS)", () => {
    // (Was the servers' 24/7 sentence: "qlvb" was read as no word of the report's.)
    const [, system] = chat("metronet ket noi bn % co quan nha nuoc", "he thong qlvb va dieu hanh thi sao");
    expect(system!.facts.map((f) => f.value)).toEqual([100]);
    expect(system!.facts[0]!.quote).toContain("Hệ thống quản lý văn bản và điều hành");
    expect(ask("bao nhieu % co quan dung he thong QLVB&ĐH?").facts[0]!.quote).toContain("Hệ thống quản lý văn bản và điều hành");
  });

  it("declines a share of 'that', the figure just given, that would be a ratio of two other figures", () => {
    // (Was those in post over those allocated, 97,89%: the report gives no total of officials and employees.)
    const [, share] = chat("How many officials and public employees have been given official email accounts?", "What share of all the province's officials and public employees does that cover?");
    expect(share!.answered).toBe(false);
    expect(share!.facts).toEqual([]);
    // (A share with the figure just given for a side is still worked out.)
    const [, part] = chat("Cấp tỉnh ban hành bao nhiêu văn bản QPPL?", "số đó chiếm bao nhiêu % tổng 3 cấp?");
    expect(part!.facts[0]!.derived!.formula).toContain("125 / 217");
  });

  it("reads 'gấp' typed with its marks as urgency, never as the English 'gap' between two figures", () => {
    // (Was 556 − 128 = 428: "cần gấp mấy số" read as asking the gap between the two figures listed.)
    const both = ask("Kính gửi ad, tôi cần gấp mấy số để điền vào mẫu báo cáo của phường: (a) số đơn vị sự nghiệp công lập cấp tỉnh đã được phê duyệt đề án vị trí việc làm; (b) số đơn vị sự nghiệp do UBND cấp huyện phê duyệt.");
    expect(both.facts.map((f) => f.value)).toEqual([128, 556]);
    expect(both.facts.some((f) => f.derived)).toBe(false);
    // (The English word still asks it.)
    expect(values("What is the gap between the civil servant posts allocated and those in post?")[0]).toBe(56);
  });

  it("reads an office saying it needs figures as who asks, not as what is asked about", () => {
    // (Was 23 documents checked beside the 173 appraised: "kiểm tra văn bản" of the office's name read as asked.)
    expect(values("Phòng Xây dựng và kiểm tra văn bản cần số liệu gấp: trong năm 2024 Sở Tư pháp đã tiếp nhận và thẩm định bao nhiêu dự thảo văn bản QPPL do các sở, ngành gửi đến?")).toEqual([173]);
    // (Not a place past the office's name, nor a measure it names that the question leaves unsaid.)
    expect(ask("Sở Nội vụ tỉnh Quảng Trị cần số liệu: tỉnh đã công bố bao nhiêu TTHC?").answered).toBe(false);
    expect(values("Phòng Thu ngân sách cần số liệu: đạt bao nhiêu % dự toán?")).toEqual([94.5]);
  });

  it("adds the whole given before, not its part asked after it, when two answers are added", () => {
    // (Was 11 + 556 = 567: the 11 units directly under the committee are part of the province's 128.)
    const turns = chat("Đề án vị trí việc làm đã duyệt cho bao nhiêu đơn vị sự nghiệp công lập của tỉnh?", "Trong đó bao nhiêu đơn vị trực thuộc thẳng UBND tỉnh?", "Còn cấp huyện phê duyệt cho bao nhiêu đơn vị sự nghiệp?", "Tổng cộng lại cả hai cấp là bao nhiêu đơn vị?");
    expect(turns.map((a) => a.facts[0]?.value)).toEqual([128, 11, 556, 684]);
    expect(turns[3]!.facts[0]!.derived!.formula).toContain("128 + 556");
  });

  it("keeps the sentence a question points back at with 'that quota', 'con số đó'", () => {
    // (Was the civil servants' 1.951 − 1.895: the sentence naming the public service units was dropped.)
    expect(values("Public service units were given a staffing quota paid from the state budget. How far below that quota is the actual headcount?")[0]).toBe(475);
    // (A relative "that" or "this year" points at nothing before.)
    expect(values("I am writing about the province. How many procedures that were published this year?")[0]).toBe(1117);
  });

  it("reads a difference naming only the answers' unit, or 'cái trước', as the last two answers' difference", () => {
    // (Was declined: "thủ tục", read as "thủ tục hành chính", counted as words of the message's own.)
    for (const q of ["So với cái trước thì ít hơn bao nhiêu thủ tục?", "ít hơn bao nhiêu thủ tục?"]) {
      const [, , fewer] = chat("Năm 2024 UBND tỉnh công bố bao nhiêu thủ tục hành chính?", "Bãi bỏ bao nhiêu?", q);
      expect(fewer!.facts.map((f) => f.value), q).toEqual([941, 1117, 176]);
    }
    // (With one answer before, nothing to compare it with.)
    expect(chat("Năm 2024 UBND tỉnh công bố bao nhiêu thủ tục hành chính?", "ít hơn bao nhiêu thủ tục?")[1]!.answered).toBe(false);
  });

  it("reads 'hiệu số (giữa A và B)' as the difference of the two", () => {
    // (Was declined: the arithmetic word was no operation.)
    expect(values("Hiệu số giữa số biên chế được giao và số hiện có là bao nhiêu?")[0]).toBe(56);
    expect(values("hieu so giua so tthc cong bo va bai bo")[0]).toBe(941);
  });

  it("reads a bare 'And the rest?', 'số còn lại?' after a part as the rest of its whole", () => {
    // (Was declined: no quantity word asked.)
    for (const q of ["And the rest of the 332?", "And the rest?", "số còn lại?"]) {
      const [, , rest] = chat("How many draft documents did the provincial Department of Justice comment on in 2024?", "Of those, how many were legal normative drafts with comments ensured on time and quality?", q);
      expect(rest!.facts.map((f) => f.value), q).toEqual([129, 332, 203]);
    }
    // (Of a figure no whole is stated over: nothing.)
    expect(chat("Sở Tư pháp thẩm định bao nhiêu dự thảo?", "And the rest?")[1]!.answered).toBe(false);
  });

  it("reads a purpose lead with words before its noun ('For our partner briefing:') as no part of the question", () => {
    // (Was declined: only "For our briefing:" was a purpose.)
    expect(values("For our partner briefing: what was state budget revenue in the province up to 6 December 2024, and what was balanced budget spending over 11 months?")).toEqual([11145304, 11387742]);
    expect(values("Cho bài viết sắp tới của tôi: tỉnh đã công bố bao nhiêu TTHC?")).toEqual([1117]);
  });

  it("reads a greeting opened by the asker's pronoun ('Em chào anh chị,') as a greeting, and the self-introduction after it as who asks", () => {
    // (Was the communes' 69 first: "báo cáo cho xã" of the introduction read as asked.)
    expect(values("Em chào anh chị, em đang làm báo cáo cho xã, cho em hỏi năm 2024 cấp tỉnh (HĐND và UBND tỉnh) đã ban hành bao nhiêu văn bản QPPL ạ?")).toEqual([125]);
    // (The asker's own place pointed back at still asks of it.)
    expect(values("Em chào anh chị, em ở cấp xã, xã em ban hành bao nhiêu văn bản QPPL?")).toEqual([69]);
  });

  it("reads a change since a year asked by an earlier answer's action as that answer's change, not the last one's", () => {
    // (Was declined: the people allocated, answered last, state no change since 2023.)
    const [, , fewer] = chat("How many people are currently working in public service units?", "How about the number the province allocated?", "And how many fewer people are working there now than in 2023?");
    expect(fewer!.facts.map((f) => f.value)).toEqual([988]);
    expect(chat("Hiện có bao nhiêu biên chế công chức?", "còn được giao?", "số hiện có giảm bao nhiêu so với 2023?")[2]!.facts.map((f) => f.value)).toEqual([48]);
    // (The allocation named, no change of it is stated: no figure.)
    expect(chat("Hiện có bao nhiêu biên chế công chức?", "còn được giao?", "số được giao giảm bao nhiêu so với 2023?")[2]!.answered).toBe(false);
  });
});

describe("the forty-eighth session's later readings", () => {
  it("reads 'số đó chiếm …' as a share of the figure just given, declined when read alone it is a ratio of two other figures", () => {
    // (Was 97,13%, those in post over those allocated: the check read the words' tone-coded forms, never "số đó".)
    const [, share] = chat("Bao nhiêu công chức trúng tuyển?", "Số đó chiếm bao nhiêu % biên chế hiện có?");
    expect(share!.answered).toBe(false);
    expect(chat("Cấp tỉnh ban hành bao nhiêu văn bản QPPL?", "số đó chiếm bao nhiêu % tổng 3 cấp?")[1]!.facts[0]!.value).toBe(57.6);
  });

  it("reads 'tính tới (đầu) tháng …' as up to a month", () => {
    // (Was declined: "tính tới" counted as words of the message's own.)
    expect(values("Tính tới đầu tháng 12, tiền thu ngân sách trên địa bàn tỉnh được bao nhiêu rồi?")).toEqual([11145304]);
    // (A month the figure is not of is still another period.)
    expect(ask("Tính đến tháng 6, thu ngân sách được bao nhiêu?").answered).toBe(false);
  });

  it("declines what came of the work counted (rejected, bị trả lại, bị từ chối), which no figure is broken down by", () => {
    // (Was the 173 drafts appraised, all of them, as if all were rejected.)
    const [, , rejected] = chat("How many draft documents did the Department of Justice give comments on?", "How many did it appraise?", "How many of the appraised drafts were rejected?");
    expect(rejected!.answered).toBe(false);
    expect(ask("Bao nhiêu dự thảo thẩm định bị trả lại?").answered).toBe(false);
    // ("kiểm tra lại", "Return the number …" are no such outcome.)
    expect(values("UBND tỉnh đã tự rà soát, tự kiểm tra lại bao nhiêu văn bản quy phạm pháp luật do chính mình ban hành?")).toEqual([89]);
    expect(values("Return the number of district legal normative documents inspected by the Department of Justice under its authority.")).toEqual([23]);
  });
});

describe("the forty-eighth session's readings, as its final review left them", () => {
  it("reads 'còn lại của năm', 'phần còn lại trong năm' as the rest of a time, no rest of the figure", () => {
    for (const q of ["Phần còn lại của năm?", "Còn lại trong năm?", "Còn lại cuối năm?"])
      expect(chat("Sở Tư pháp góp ý bao nhiêu dự thảo QPPL đảm bảo?", q)[1]!.facts.map((f) => f.value), q).not.toContain(129);
  });

  it("reads '… what is that?', 'what percentage is that?' as the value asked, not a share of the figure just given", () => {
    const [, ratio] = chat("Biên chế công chức hiện có bao nhiêu?", "The ratio of people working to those allocated in public service units, what is that?");
    expect(ratio!.facts[0]!.value).toBe(97.89);
  });

  it("reads a difference against a year after two answers as no gap between them", () => {
    // (Was 242.438, the two answers' gap, with the year ignored.)
    expect(chat("Thu ngân sách bao nhiêu?", "Chi bao nhiêu?", "Hiệu số so với năm 2023?")[2]!.answered).toBe(false);
    expect(chat("UBND tỉnh công bố bao nhiêu TTHC?", "Bãi bỏ bao nhiêu?", "Chênh lệch so với năm 2023?")[2]!.answered).toBe(false);
  });

  it("reads 'quá hạn', 'từ chối' bare as no outcome the figures are broken down by; 'không được thông qua' is one", () => {
    expect(values("Có bao nhiêu nhiệm vụ CCHC còn quá hạn chưa hoàn thành?")[0]).toBe(3);
    expect(values("Mong anh chị đừng từ chối, cho em xin số công chức trúng tuyển năm 2024.")).toEqual([16]);
    expect(ask("Bao nhiêu nghị quyết của HĐND không được thông qua?").answered).toBe(false);
  });

  it("reads a difference against a year after two changes since then as their gap", () => {
    expect(chat("Tỷ lệ giảm biên chế công chức?", "Còn người làm việc?", "Chênh nhau bao nhiêu phần trăm so với 2023?")[2]!.facts[0]!.value).toBe(1.82);
  });

  it("reads 'gấp', 'khẩn cấp' as how soon, no word of what is asked; a purpose lead of a closed list's words only", () => {
    expect(values("Trả lời gấp giúp em: biên chế công chức giảm bao nhiêu so với năm 2023?")[0]).toBe(48);
    expect(values("Dưới góc độ người dân: có bao nhiêu TTHC được bãi bỏ?")).toEqual([176]);
    expect(values("Cần gấp cho cuộc họp khẩn cấp: biên chế công chức hiện có bao nhiêu?")).toEqual([1895]);
  });

  it("reads a greeting opened by a pronoun only when short and closed by a comma ('Em chào anh cho em hỏi …' asks)", () => {
    expect(values("Em chào anh cho em hỏi thu ngân sách, em cảm ơn ạ.")).toEqual([11145304]);
  });

  it("points back with 'con số đó' at no sentence stating a figure", () => {
    expect(values("Biên chế công chức giảm 48. Tỷ lệ giảm của con số đó là bao nhiêu?")).toEqual([2.47]);
  });
});

describe("the forty-eighth session's readings, as its midway review left them", () => {
  it("reads 'hiểu số' (understanding) as no difference; 'hiệu số' with its marks or 'hieu so giua' is one", () => {
    // (The review's copy read "Em muốn hiểu số …" as 1.951 − 1.895.)
    expect(values("Em muốn hiểu số biên chế công chức hiện có là bao nhiêu?")).toEqual([1895]);
    expect(values("hieu so nguoi lam viec co mat la bn?")).toEqual([22056]);
    expect(values("Hiểu sơ qua: số TTHC bãi bỏ bao nhiêu?")).toEqual([176]);
  });

  it("keeps an office's lead naming a place, or a measure the question leaves unsaid", () => {
    for (const q of ["Phòng Tư pháp thành phố Huế cần số liệu: thành phố đã ban hành bao nhiêu văn bản QPPL?", "Phòng Tư pháp huyện Phong Điền cần số liệu: huyện đã ban hành bao nhiêu văn bản QPPL?"])
      expect(ask(q).answered, q).toBe(false);
  });

  it("points back with 'con số đó' only past a question naming nothing before it, and not at what the asker says of themself", () => {
    expect(values("Tôi phụ trách thu ngân sách. Số công chức trúng tuyển, con số đó là bao nhiêu?")[0]).toBe(16);
    expect(values("Tôi quan tâm đến thu ngân sách. Còn chi cân đối ngân sách, số đó bao nhiêu?")).toEqual([11387742]);
  });

  it("reads a purpose lead's words before its noun only when they name no topic", () => {
    // (The review's copy answered the council's 31 resolutions: "recruitment" was dropped with the lead.)
    expect(values("For our recruitment article: how many passed?")).not.toContain(31);
    expect(values("For our budget revenue briefing: what percent of the estimate was reached?")).toEqual([94.5]);
  });

  it("reads 'cùng thời điểm', 'the same time last year' as no reference period: only revenue has one, and a follow-up's figure has none", () => {
    // (The final review's copy gave revenue's 120,9% after the procedures published.)
    expect(chat("How many procedures were published?", "How does that compare with the same time last year?")[1]!.facts.map((f) => f.value)).not.toContain(120.9);
    expect(values("Cùng thời điểm này năm trước có bao nhiêu công chức?")[0]).toBe(1943);
    expect(values("Đến cùng thời điểm, thu ngân sách đạt bao nhiêu % dự toán?")).toEqual([94.5]);
  });

  it("leaves unexpanded the abbreviations of words the report never uses (CĐS, CNTT)", () => {
    expect(values("Về CĐS, thư điện tử đã cấp cho bao nhiêu người?")).toEqual([14970]);
  });

  it("reads a difference against a year as the change since then, not the last two answers' gap in their unit", () => {
    expect(chat("Người làm việc hiện có?", "Được giao?", "Người làm việc hiện có ít hơn bao nhiêu so với năm 2023?")[2]!.facts.map((f) => f.value)).toEqual([988]);
    expect(chat("Công bố bao nhiêu TTHC?", "Bãi bỏ?", "Ít hơn bao nhiêu thủ tục so với năm 2023?")[2]!.answered).toBe(false);
    // (An earlier answer named by its action is of the measure the message's words name: "biên chế", not the people working.)
    expect(chat("Số người làm việc hiện có trong ĐVSN công lập?", "Biên chế công chức được giao bao nhiêu?", "Biên chế hiện có ít hơn bao nhiêu so với năm 2023?")[2]!.facts[0]!.value).toBe(48);
  });

  it("adds the last two answers when the message names two of them, not the whole given before", () => {
    expect(chat("Bao nhiêu ĐVSN cấp tỉnh được duyệt VTVL?", "Trực thuộc UBND tỉnh?", "Cấp huyện?", "Cộng hai số vừa rồi?")[3]!.facts[0]!.value).toBe(567);
    expect(chat("Tỉnh ban hành bao nhiêu văn bản QPPL?", "UBND tỉnh bao nhiêu quyết định?", "Cấp xã?", "Add those two together")[3]!.facts[0]!.value).toBe(163);
  });

  it("reads 'that' of the figure just given only at the message's end or as 'số đó'", () => {
    const [, filled] = chat("How many procedures were published?", "What percentage of allocated civil servant positions were filled after that?");
    expect(filled!.facts[0]!.value).toBe(97.13);
  });

  it("reads the rest of a time, or the rest's share, as no rest of the figure", () => {
    expect(chat("Bao nhiêu nghị quyết HĐND tỉnh?", "And the rest of the year?")[1]!.facts.map((f) => f.value)).not.toContain(94);
    expect(chat("Bao nhiêu nghị quyết HĐND tỉnh?", "Rest as a share?")[1]!.facts.map((f) => f.value)).not.toEqual([94]);
  });

  it("lets no change named alone govern the clauses before it", () => {
    // (Was the fall first: "the decrease versus 2023" read as the verb of the people working.)
    expect(values("For a donor meeting: the number of people working in public service units, the decrease versus 2023, and the rate of decrease, respectively.")).toEqual([22056, 988, 4.29]);
    expect(values("Biên chế công chức và người làm việc giảm bao nhiêu?")).toEqual([48, 988]);
  });
});

describe("the forty-seventh session's readings", () => {
  it("reads 'how many percentage points higher … than …' as a gap between the two sides, as 'how much higher' is", () => {
    // (Was the revenue's 94.5% alone: its unit between "how many" and "higher" hid the comparison.)
    const gap = ask("How many percentage points higher was the province's budget revenue completion rate against the estimate than its balanced-budget spending completion rate?");
    expect(gap.facts.map((f) => f.value)).toEqual([19.5, 94.5, 75]);
    expect(values("How many points lower was the spending rate than the revenue rate?")[0]).toBe(19.5);
    // (Against the same period "last year", with its year after it or none, the change since then: not 120.9% as asked.)
    for (const q of ["How much higher was budget revenue than in the same period last year?", "How many percent higher was budget revenue than in the same period last year?", "How many percentage points higher was budget revenue than the same period?"])
      expect(values(q), q).toEqual([20.9, 120.9]);
  });

  it("declines a part 'of those' the report does not state of the figure just given", () => {
    // (Was the 100% received at one-stop desks of all levels: the question read alone.)
    const [, part] = chat("How many internal procedures did the province approve in 2024 for electronic configuration of administrative procedures?", "How many of those are for district-level procedures?");
    expect(part!.answered).toBe(false);
    expect(part!.text).toContain("does not break it down");
    // (A part the report states is still given.)
    expect(chat("Sở Tư pháp góp ý bao nhiêu dự thảo?", "trong đó bao nhiêu dự thảo QPPL?")[1]!.facts.map((f) => f.value)).toEqual([203]);
  });

  it("reads 'how many one-stop procedures' as counting procedures, not as a count a rate cannot give", () => {
    // (Was the 100% received at one-stop desks of all levels: "một" of "một cửa" ended what is counted.)
    expect(ask("How many of the one-stop procedures are handled at district level?").answered).toBe(false);
    expect(ask("How many one-stop procedures are handled at district level?").answered).toBe(false);
    expect(values("How many procedures are handled under the one-stop mechanism?")).toEqual([2071]);
  });

  it("reads a follow-up asking the total of another level as that level's figure, not a sum of the one before", () => {
    // (Was declined as a sum it could not work out: "tổng cộng" said of the districts' own total.)
    expect(chat("Năm 2024 HĐND, UBND tỉnh ban hành bao nhiêu văn bản QPPL?", "Trong đó nghị quyết của HĐND tỉnh là bao nhiêu?", "Còn cấp huyện ban hành tổng cộng bao nhiêu văn bản?")[2]!.facts.map((f) => f.value)).toEqual([23]);
    // (Levels added to the figure before are no one level's figure read afresh.)
    expect(chat("HĐND, UBND tỉnh ban hành tổng cộng bao nhiêu văn bản QPPL trong năm?", "cộng thêm cả huyện và xã?")[1]!.facts.map((f) => f.value)).not.toEqual([23]);
  });

  it("adds a level named after one answer to it when the report gives that level's figure of the same bodies", () => {
    // (Was the districts' 23 alone, or declined: adding needed two answers before.)
    expect(chat("hdnd ubnd tinh ban hanh bn vb qppl nam 2024", "cong them cap huyen?")[1]!.facts.map((f) => f.value)).toEqual([148, 125, 23]);
    expect(chat("HĐND, UBND tỉnh ban hành tổng cộng bao nhiêu văn bản QPPL trong năm?", "cộng thêm cả huyện và xã?")[1]!.facts.map((f) => f.value)).toEqual([217, 125, 23, 69]);
    // (Not to the council's 31 resolutions: the districts' councils and committees together are no part alike,
    // and their 23 alone no sum asked: declined as a breakdown the report does not give.)
    const [, toCouncil] = chat("HĐND tỉnh ban hành bao nhiêu nghị quyết?", "cộng thêm cấp huyện?");
    expect(toCouncil!.answered).toBe(false);
    expect(toCouncil!.text).toContain("không chia nhỏ");
  });

  it("mends after the first review: a level's own total is no sum, adding needs an adding word, rates in points, bare verbs", () => {
    const after125 = (q: string) => chat("HĐND, UBND tỉnh ban hành bao nhiêu văn bản QPPL?", q)[1]!.facts.map((f) => f.value);
    // (Were 148 and 194: the level's own total read as added to the one before.)
    expect(after125("còn cấp huyện tổng cộng bao nhiêu?")).toEqual([23]);
    expect(after125("tổng cộng cấp xã?")).toEqual([69]);
    expect(after125("cấp huyện thì tổng bao nhiêu?")).toEqual([23]);
    expect(after125("total incl. district level?")).toEqual([148, 125, 23]);
    // (After a sum, a level added to all its operands: was 194, the 23 dropped.)
    expect(chat("HĐND, UBND tỉnh ban hành bao nhiêu văn bản QPPL?", "cộng thêm cấp huyện?", "cộng thêm cấp xã?")[2]!.facts.map((f) => f.value)).toEqual([217, 125, 23, 69]);
    // (An amount of another kind asked "trong đó" is the figure's own, no part: was declined.)
    expect(chat("bao nhiêu TTHC được kiến nghị đơn giản hóa?", "trong đó tiết kiệm bao nhiêu tiền mỗi năm?")[1]!.facts.map((f) => f.value)).toEqual([11322000]);
    // ("percent more" is no gap in the figures' own unit: was 941 procedures.)
    expect(values("How many percent more procedures were published than abolished?")).not.toContain(941);
    // (Points are of rates, each side's own: were 940 people and 45.9, spending's share.)
    expect(values("How many percentage points higher was the reduction of public service staff than that of civil servants in 2024?")).not.toContain(940);
    expect(values("How many percentage points higher was budget revenue against the same period than against the estimate?")).not.toContain(45.9);
    expect(values("How much higher is revenue this year than the same period last year, in percent?")).toEqual([20.9, 120.9]);
    // (A bare verb after "và" before ", và" opens the clause after it: was 1951, 48 with the 1.895 lost.)
    expect(values("Tỉnh giao bao nhiêu biên chế và hiện có, và giảm bao nhiêu so với năm 2023?")).toEqual([1951, 1895, 48]);
  });

  it("reads what is left out of a figure asked by 'what was …' as of an amount asked, declined when the report gives no part to take out", () => {
    // (Was the whole revenue, 11.145.304, as if nothing were left out: "what was" read as asking no amount.)
    expect(ask("Excluding land-use fee revenue, what was the province's state budget revenue in 2024?").answered).toBe(false);
    // (What is left out by its number, or a part the report gives, still leaves the rest.)
    expect(values("Excluding the 11 units directly under the provincial committee, what was the number of public service units approved?")).toEqual([117]);
    expect(values("Ngoài 32 cơ quan, đơn vị được ban hành quy định mới, có bao nhiêu cơ quan, đơn vị được sửa đổi, bổ sung chức năng, nhiệm vụ?")).toEqual([6]);
  });

  it("mends after the second review: a level's own total said with 'cũng' or 'hỏi thêm', or twice in a row, is no sum; points are said as such", () => {
    const after125 = (...qs: string[]) => chat("HĐND, UBND tỉnh ban hành bao nhiêu văn bản QPPL?", ...qs).at(-1)!.facts.map((f) => f.value);
    // (Were 148, 148 and 217: "cũng", "hỏi thêm" read as adding, and a second own total added to the two before.)
    expect(after125("cấp huyện cũng tổng cộng bao nhiêu?")).toEqual([23]);
    expect(after125("hỏi thêm, cấp huyện tổng cộng bao nhiêu?")).toEqual([23]);
    expect(after125("cấp huyện tổng cộng bn?", "cấp xã tổng cộng bn?")).toEqual([69]);
    // (Of a level with no one whole figure of the measure, none: was the 22 departments alone; nor with a body named.)
    expect(chat("Cấp huyện ban hành bao nhiêu văn bản QPPL?", "còn HĐND tỉnh tổng cộng bao nhiêu?")[1]!.facts.map((f) => f.value)).not.toContain(125);
    expect(chat("Tỉnh phê duyệt đề án vị trí việc làm cho bao nhiêu UBND cấp huyện?", "còn cấp tỉnh tổng cộng bao nhiêu?")[1]!.answered).toBe(false);
    // ("point" said of anything else asks no percentage points: was declined.)
    expect(values("As of this point, how many more procedures were published than abolished?")[0]).toBe(941);
    expect(values("How much higher was revenue than during the same period last year?")).toEqual([20.9, 120.9]);
    // ("một năm" is a year, not "một cửa": the revenue still offered beside the saving.)
    expect(values("Thu bao nhieu mot nam?")).toContain(11145304);
  });
});

describe("the forty-sixth session's readings", () => {
  it("reads a numbered list's markers as markers, not as a count of levels", () => {
    // (Was 23 + 69 = 92 first: "2. cấp xã" read as "2 cấp", both levels, a sum.)
    expect(values("1. hdnd ubnd cap huyen ban hanh bn vb qppl\n2. cap xa thi bn")).toEqual([23, 69]);
    expect(values("1. cấp huyện ban hành bao nhiêu văn bản QPPL\n2. cấp xã bao nhiêu\n3. cấp tỉnh bao nhiêu")).toEqual([23, 69, 125]);
    // (A count of levels typed as such is still one; so is a list of bare levels asked once, after it.)
    expect(values("tổng cả 2 cấp huyện và xã ban hành bao nhiêu văn bản QPPL?")[0]).toBe(92);
    expect(values("1. cấp huyện 2. cấp xã ban hành bao nhiêu văn bản QPPL?")).toEqual([92, 23, 69]);
  });

  it("reads a follow-up naming only a period as the figure before asked of that period", () => {
    // (Was the report's overall assessment, its alias "tình hình CCHC cả năm": "ca nam?" read alone.)
    for (const period of ["ca nam?", "cả năm?", "the whole year?", "6 tháng đầu năm?"]) {
      const [, a] = chat("Chi cân đối ngân sách đạt bao nhiêu?", period);
      expect(a!.answered, period).toBe(false);
      expect(a!.text, period).toMatch(/11 tháng|11 months/);
    }
    // (Of the year the figure is of: that figure again, not another of its sentence.)
    expect(chat("UBND tỉnh công bố bao nhiêu TTHC?", "ca nam?")[1]!.facts.map((f) => f.value)).toEqual([1117]);
    expect(chat("Sở Tư pháp thẩm định bao nhiêu dự thảo?", "cả năm thì được bao nhiêu?")[1]!.facts.map((f) => f.value)).toEqual([173]);
    // (Was the council's 31 resolutions after the 125 documents: now said to be as of the report's day.)
    const [, asOf] = chat("HĐND, UBND tỉnh ban hành bao nhiêu VB QPPL?", "cả năm?");
    expect(asOf!.facts).toEqual([]);
    expect(asOf!.text).toContain("20/12/2024");
    expect(chat("Chi cân đối bao nhiêu?", "11 tháng đầu năm?")[1]!.facts.map((f) => f.value)).toEqual([11387742]);
    // (Nor a half of the year: "nửa đầu năm" is none of the 11 months, nor of the year to 6/12.)
    for (const [first, half] of [["Chi cân đối ngân sách bao nhiêu?", "nửa đầu năm?"], ["Thu ngân sách nhà nước bao nhiêu?", "nua dau nam?"]] as const)
      expect(chat(first, half)[1]!.answered, half).toBe(false);
    expect(ask("Chi cân đối ngân sách nửa đầu năm bao nhiêu?").answered).toBe(false);
    // (A figure as of the report's day is none of the whole year's, nor of its end.)
    expect(chat("Có bao nhiêu biên chế công chức hiện có?", "by year end?")[1]!.answered).toBe(false);
    expect(chat("Biên chế công chức là bao nhiêu?", "by year end?")[1]!.facts.map((f) => f.value)).toEqual([1951]);
    expect(chat("UBND tỉnh công bố bao nhiêu TTHC?", "quý 3?")[1]!.answered).toBe(false);
  });

  it("reads 'civil servant posts' as the civil-servant positions, as 'civil servant positions' is", () => {
    // (Was the 1.895 in post after the units' rate of fall: "posts" read alone, not the positions' rate.)
    expect(chat("What was the reduction rate of staff in public service units compared with 2023?", "How about civil servant posts?")[1]!.facts.map((f) => f.value)).toEqual([2.47]);
    expect(values("How many civil servant posts were allocated?")).toEqual([1951]);
  });

  it("answers every item of a list of three or four figures, its searches spent on the items", () => {
    // (Was the first two only: a rate read across the items and a reading of each item with "Please
    // give me" spent the question's searches before the last items.)
    expect(values("Please give me three budget figures: 1) state budget revenue collected in the province as of 6 Dec 2024; 2) that revenue as a percentage of the estimate; 3) the same revenue compared with the same period last year.")).toEqual([11145304, 94.5, 120.9]);
    expect(values("Please give me: 1) revenue; 2) revenue as a percentage of the estimate; 3) spending; 4) spending as a percentage of the estimate.")).toEqual([11145304, 94.5, 11387742, 75]);
    // (One item wording a rate of two others: that rate, worked out.)
    expect(ask("1. Số TTHC bãi bỏ? 2. Số TTHC công bố? 3. Số bãi bỏ bằng bao nhiêu % số công bố?").facts[0]!.derived?.formula).toBe("176 / 1.117 ≈ 15,76%");
    // (A scene that names something still qualifies the items.)
    expect(values("Về ngân sách: 1) thu bao nhiêu 2) chi bao nhiêu")).toEqual([11145304, 11387742]);
  });

  it("reads 'by what percentage did … increase' as the rise, not the share of the same period", () => {
    // (Was 120,9%, the revenue as a share of the same period, given as the rise.)
    for (const q of ["By what percentage did state budget revenue increase compared with the same period of the previous year?", "What percentage increase in state budget revenue compared with the same period last year?"])
      expect(ask(q).facts[0]!.derived?.formula, q).toBe("120.9% − 100% = 20.9%");
    expect(values("By what percentage did civil servant positions decrease compared with 2023?")).toEqual([2.47]);
  });

  it("reads 'exceed the estimate' in English as 'vượt dự toán' is read: how far short of its plan", () => {
    // (Was 94,5 − 75 = 19,5: "the estimate" picked the spending's share of its own estimate.)
    expect(ask("By what percentage did revenue exceed the estimate?").facts[0]!.derived?.formula).toBe("100% − 94.5% = 5.5 percentage points");
    expect(ask("Thu ngân sách vượt dự toán bao nhiêu %?").facts[0]!.derived?.formula).toBe("100% − 94,5% = 5,5 điểm phần trăm");
  });

  it("reads an enumeration between em dashes as the items of what it follows, as in brackets", () => {
    // (Was 15 + 9 = 24: the departments read with "state administrative bodies —" and lost.)
    expect(values("In total, how many state administrative bodies — provincial departments, sub-departments and equivalents, and district People's Committees — had their job-position schemes approved?")[0]).toBe(46);
    expect(values("Tổng cộng bao nhiêu cơ quan — Sở ban ngành, Chi cục và UBND cấp huyện — được phê duyệt đề án vị trí việc làm?")[0]).toBe(46);
  });

  it("reads 'how much did … grow/increase compared with 2023' as the change, declined when the report states none", () => {
    // (Was the 759 workflows approved: "how much" was too far from "increase", and "grow" no change word.)
    for (const q of ["How much did the number of approved internal procedures grow compared with 2023?", "How much did the number of approved internal procedures increase compared with 2023?"])
      expect(ask(q).answered, q).toBe(false);
    expect(values("How much did the number of civil servant positions currently filled fall compared with 2023?")).toEqual([48]);
    // (A fall told of beside the count asked, with nothing compared, asks the count.)
    expect(values("How many civil servant positions does the province have now that they dropped?")).toEqual([1895]);
    // (Last year's figure asked from the change stated is still worked out.)
    expect(values("How many people were working in public service units in 2023, judging from the reported decrease?")[0]).toBe(23044);
  });

  it("keeps the sentence stating a count that 'how many of those' asks some of", () => {
    // (Was the 173 appraised and the 203: the 332 stated first was set aside as a remark.)
    expect(ask("The Justice Department commented on 332 drafts in 2024. How many of those were outside the 203 legal-normative drafts the report mentions?").facts[0]!.derived?.formula).toBe("332 − 203 = 129");
  });

  it("compares the rates a follow-up names after two amounts, not the amounts, and works no difference of amounts asked in percent", () => {
    // (Was 11.387.742 − 11.145.304 = 242.438 triệu đồng: the sides "tỷ lệ thu" and "tỷ lệ chi" picked the amounts answered.)
    const rates = chat("Thu ngân sách nhà nước trên địa bàn tỉnh được bao nhiêu?", "Còn chi cân đối ngân sách?", "Tỷ lệ thu đạt dự toán cao hơn tỷ lệ chi đạt dự toán bao nhiêu điểm phần trăm?")[2]!;
    expect(rates.facts.map((f) => f.value)).toEqual([19.5, 94.5, 75]);
    for (const [a, b, q] of [["Thu ngân sách?", "Chi ngân sách?", "chênh nhau bao nhiêu %?"], ["Thu ngân sách?", "Chi ngân sách?", "chi hơn thu bao nhiêu phần trăm?"], ["Biên chế công chức được giao?", "hiện có?", "chênh lệch bao nhiêu phần trăm?"]] as const)
      expect(chat(a, b, q)[2]!.answered, q).toBe(false);
    // (In their own unit, still the difference of the two amounts.)
    expect(chat("Thu ngân sách?", "Chi ngân sách?", "chênh nhau bao nhiêu?")[2]!.facts[0]!.value).toBe(242438);
  });
});

describe("the forty-fifth session's readings", () => {
  describe("after the reviews", () => {
    it("picks a reading by the level named only among readings of one measure", () => {
      // (The civil servants' figures are of the province and its districts; the units' staff, province-wide: no reading is the province's alone.)
      for (const first of ["Bao nhiêu biên chế hiện có?", "Có bao nhiêu biên chế?", "Tỷ lệ giảm biên chế bao nhiêu?", "Số hiện có là bao nhiêu?"])
        expect(chat(first, "còn cấp tỉnh?")[1]!.answered, first).toBe(false);
    });

    it("leaves no part out of a total when what is left out is one of two things its sentence joins", () => {
      // (The 332 drafts "do các cơ quan trung ương và các cơ quan tại địa phương trưng cầu": was 332 − 203 = 129.)
      for (const q of ["Không tính dự thảo của cơ quan trung ương, Sở Tư pháp góp ý bao nhiêu dự thảo?", "Excluding central government agencies' drafts, how many drafts did the Department of Justice comment on?"])
        expect(ask(q).answered, q).toBe(false);
      expect(values("Ngoài 203 dự thảo QPPL, Sở Tư pháp còn góp ý bao nhiêu dự thảo khác?")[0]).toBe(129);
    });

    it("works an operation asked after a figure out of what that figure counted, not another measure of the levels named", () => {
      // (Was 128 + 556 = 684, the public service units of the province and the districts.)
      expect(chat("How many legal documents were issued?", "tổng cấp tỉnh và cấp huyện?")[1]!.facts.map((f) => f.value)).not.toContain(684);
      expect(chat("cấp tỉnh ban hành mấy văn bản QPPL vậy ad", "còn cấp xã?", "cộng cả 3 cấp?")[2]!.facts[0]!.value).toBe(217);
    });

    it("keeps a lead announcing figures about something as the scene of the questions after its colon", () => {
      // (Was the compliance savings and the units' staff, or the procedures: "thu" read alone as "thủ".)
      expect(values("Hai con số về ngân sách: thu bao nhiêu, chi bao nhiêu?")).toEqual([11145304, 11387742]);
      expect(values("hai con số về ngân sách: thu bao nhiêu?")).toEqual([11145304]);
      // (A lead saying what the figures are for still goes: "cho cuộc họp" is no topic.)
      expect(values("Cần số liệu cho cuộc họp giao ban sáng mai: UBND tỉnh công bố bao nhiêu TTHC?")).toEqual([1117]);
    });

    it("continues a follow-up naming the measure again only when it says nothing else of its own", () => {
      for (const q of ["What about legal normative documents issued by the National Assembly?", "What about legal documents issued by ministries?"])
        expect(chat("How many legal documents did the provincial level issue?", q)[1]!.facts.map((f) => f.value), q).not.toEqual([94]);
    });
  });

  it("declines a figure less a part the report never names, even when the words it does have name that figure itself", () => {
    // (Was the 94,5% share: the revenue, matched by "revenue", left out.)
    expect(values("Excluding land-use fee revenue, how much state budget revenue did the province collect by 6 December 2024?")).toEqual([]);
    expect(values("Không tính thu tiền sử dụng đất, thu ngân sách được bao nhiêu?")).toEqual([]);
    expect(values("How much state budget revenue did the province collect by 6 December 2024?")).toEqual([11145304]);
  });

  it("gives the reading of the level a follow-up names among the readings just given, not another figure of that level", () => {
    // (Was the districts' 100% rate: the 556 itself, a reading given, was left out of the figures looked at.)
    for (const q of ["còn cấp huyện?", "What about the district level?", "What about public service units at the district level?"])
      expect(chat("How many public service units had job position schemes approved?", q).map((a) => a.facts.map((f) => f.value)), q).toEqual([[128, 556], [556]]);
    // (A part of a reading is no reading: "trong đó HĐND tỉnh?" after the 125 of the council and the committee.)
    expect(chat("VB QPPL cấp tỉnh 2024 bn?", "trong đó HĐND tỉnh?")[1]!.facts.map((f) => f.value)).toEqual([31]);
  });

  it("declines a count asked of several fields named in English ('the land and construction fields'), as of one", () => {
    for (const q of ["How many administrative procedures are in the land and construction fields?", "How many of those procedures are in the land, construction and transport sectors?", "How many procedures were proposed for simplification in the fields of land and construction?"]) expect(ask(q).answered, q).toBe(false);
    expect(values("How many fields of procedures were proposed for simplification?")).toEqual([11]);
    expect(chat("How many administrative procedures did the province recommend for simplification after its review?", "How many of those procedures are in the land and construction fields?").map((a) => a.facts.map((f) => f.value))).toEqual([[62], []]);
    expect(values("How many procedures were recommended for simplification, and in how many fields?")).toEqual([62, 11]);
  });

  it("reads 'by the latest date covered in the report' as the report's own date, no words of what is asked", () => {
    expect(values("What share of the 2024 budget estimate had the province reached by the latest date covered in the report?")).toEqual([75, 94.5]);
    // (Asked itself, not small talk.)
    expect(ask("What is the latest date covered in the report?").reason).not.toBe("small-talk");
  });

  it("reads 'A rough figure is fine, but please show how you got it' as how to reply, no words of what is asked", () => {
    expect(values("Could you tell me what percentage of the plan's tasks that represents? A rough figure is fine, but please show how you got it.")[0]).toBe(91.18);
  });

  it("reads where the asker will put the answer ('để đưa vào tờ trình') as no word of what is asked: the source asked is cited", () => {
    const [, , cite] = chat("Chi cân đối ngân sách 11 tháng năm 2024 được bao nhiêu tiền?", "Đạt bao nhiêu % dự toán?", "Cho tôi xin trích dẫn văn bản gốc để đưa vào tờ trình.");
    expect(cite!.facts.map((f) => f.value)).toEqual([75]);
    expect(cite!.text).toContain("627");
  });

  it("continues a follow-up that names the previous figure's own measure again in its longer English name", () => {
    const q1 = "How many public service units under district People's Committees have had their job-position schemes approved?";
    expect(chat(q1, "What about public service units at the provincial level?").map((a) => a.facts.map((f) => f.value))).toEqual([[556], [128]]);
    // (Another measure named is still another question: the civil servants' posts are no units.)
    expect(chat(q1, "What about civil servant posts at the provincial level?").map((a) => a.facts.map((f) => f.value))[1]).not.toContain(128);
  });
});

describe("the forty-fourth session's readings", () => {
  it("reads a bare 'cùng kỳ' after a figure as that figure against last year, which the report gives of revenue only", () => {
    for (const q of ["còn cùng kỳ?", "so cùng kỳ?", "cùng kỳ năm trước thì sao?"]) {
      expect(chat("Chi cân đối 11 tháng", q).map((a) => a.facts.map((f) => f.value))).toEqual([[11387742], []]);
      expect(chat("Thu ngân sách bao nhiêu", q).map((a) => a.facts.map((f) => f.value))).toEqual([[11145304], [120.9]]);
    }
  });

  it("tells the two things a figure joins apart by their own words, not a word placing them, and a marked word only by its marks", () => {
    // (332 drafts "do các cơ quan trung ương và các cơ quan tại địa phương trưng cầu": no part of it apart.)
    expect(values("Excluding drafts requested by central agencies, how many drafts from local agencies did the Department of Justice comment on?")).toEqual([]);
    expect(values("Sở Tư pháp góp ý bao nhiêu dự thảo do địa phương trưng cầu?")).toEqual([]);
    expect(values("so tu phap gop y bao nhieu du thao van ban cho tw va dia phuong")).toEqual([332]);
    expect(values("Sở Tư pháp góp ý bao nhiêu dự thảo?")).toEqual([332]);
  });

  it("declines a level's count asked of some of its units only (wards, towns), alone, kept only, or as one clause of several", () => {
    for (const q of ["các phường ban hành bao nhiêu văn bản qppl?", "các thị trấn ban hành bao nhiêu văn bản qppl", "How many legal documents did wards issue?", "Trong số văn bản QPPL cấp xã, chỉ riêng các phường thì ban hành bao nhiêu văn bản?", "cấp xã ban hành bao nhiêu văn bản, chỉ tính phường"])
      expect(ask(q).answered, q).toBe(false);
    // (The level by the name of some of its units, "cấp phường", "ward level", is the level.)
    for (const q of ["cấp xã ban hành bao nhiêu văn bản QPPL?", "xã phường thị trấn ban hành bn vb qppl", "cấp phường ban hành bao nhiêu văn bản QPPL?", "How many legal documents were issued at ward level?"]) expect(values(q), q).toEqual([69]);
    const two = ask("cấp huyện ban hành bao nhiêu văn bản qppl, các phường ban hành bao nhiêu?");
    expect(two.facts.map((f) => f.value)).toEqual([23]);
    expect(two.text).toContain("không có số liệu cho: “các phường ban hành bao nhiêu”");
  });

  it("reads 'From the Department of …:' opening a message as who asks, not a department the figure must be of", () => {
    expect(values("From the Department of Home Affairs: how many of the positions allocated to public service units are not currently filled?")).toEqual([475, 22531, 22056]);
    // (Named in the question itself, the department is still what is asked about.)
    expect(ask("From the Department of Justice: how many drafts did the Department of Home Affairs comment on?").answered).toBe(false);
  });

  it("reads who asks said in passing ('Journalist from a local paper here:', 'As a reporter I'd like to know') as no words of the question", () => {
    expect(values("Journalist from a local paper here: how many civil-servant posts does the province currently have, and by how many posts did that fall from 2023?")).toEqual([1895, 48]);
    for (const q of ["As a reporter I'd like to know what percentage of the budget estimate the province had reached.", "I'd like to know what percentage of the budget estimate the province had reached."])
      expect(values(q).sort(), q).toEqual([75, 94.5]);
  });

  it("declines a figure less something the report never names, said with its marks ('không tính khoản thu tiền sử dụng đất')", () => {
    for (const q of ["Thu ngân sách nhà nước năm 2024 của tỉnh, không tính khoản thu tiền sử dụng đất, là bao nhiêu?", "Không tính tiền thu từ đất, thu ngân sách của tỉnh đến ngày 6/12/2024 là bao nhiêu?", "thu ngân sách không tính tiền đất là bao nhiêu"])
      expect(ask(q).answered, q).toBe(false);
    // (What is left out named by the report's own words is still taken out, or left aside.)
    expect(values("Thu ngân sách bao nhiêu, không tính phần trăm?")).toEqual([11145304]);
  });

  it("reads 'figure' as a figure asked, naming nothing ('the province's budget figure for 2024' is revenue or spending)", () => {
    for (const q of ["What was the province's budget figure for 2024?", "What was the 2024 budget figure for Thua Thien Hue?", "What is the province's 2024 budget figure?"])
      expect(values(q).sort(), q).toEqual([11145304, 11387742]);
    expect(values("The report says there are 1,895 civil servant positions now, 48 fewer than in 2023. So what was the 2023 figure?")).toEqual([1943, 1895, 48]);
  });

  it("reads past a remark of curiosity, of the asker's routine, or of a wider scope that holds the province", () => {
    expect(values("Xin chào, tôi là giáo viên tiểu học ở Hương Thủy, năm nay tôi cũng có làm bài thi trực tuyến tìm hiểu về CCHC. Tò mò quá, không biết cả tỉnh có bao nhiêu lượt người dự thi? Cảm ơn ban tổ chức.")).toEqual([107737]);
    expect(values("chao ad, minh la chu ho kinh doanh o Phu Vang, tuan nao cung phai di lam giay to. cho minh hoi nam 2024 ubnd tinh bai bo bn tthc vay? cam on ad nhiu")).toEqual([176]);
    expect(values("Hello! I'm writing a short piece for a newsletter about local government in Central Vietnam. Could you tell me: 1) how many civil-servant positions Thua Thien Hue currently has, 2) how many fewer that is than in 2023, and 3) the percentage decrease?")).toEqual([1895, 48, 2.47]);
    // (Asked of the wider scope itself, still declined.)
    expect(ask("I'm writing about local government in Vietnam. How many civil servant positions are there nationwide?").answered).toBe(false);
  });

  it("reads an item of a numbered list that asks two figures as two clauses", () => {
    expect(values("cho minh hoi 2 y nha: 1. hoi thi truc tuyen tim hieu cchc nam 2024 co bn co quan don vi va bn luot nguoi tham gia; 2. ubnd tinh da thuc hien bn nhiem vu cp, ttg giao. thanks ad")).toEqual([214, 107737, 172]);
    // (An item asking one is still that item.)
    expect(values("cho minh hoi: 1. ubnd tinh cong bo bn tthc; 2. bai bo bn tthc")).toEqual([1117, 176]);
  });

  describe("after the midway review", () => {
    it("reads 'From the Department of …:' as who asks only opening the message or a sentence", () => {
      for (const q of ["Drafts from the Department of Health: how many did the Justice Department appraise?", "Procedures from the Department of Transport: how many were abolished?"]) expect(ask(q).answered, q).toBe(false);
    });

    it("keeps a remark on the asker's family, which may say what is asked about", () => {
      for (const q of ["vợ tôi đi thi viên chức, có bao nhiêu người đỗ?", "con tôi thi công chức mà không đậu, có bao nhiêu người thi?", "chị em phụ nữ trong cơ quan nhà nước, có bao nhiêu người được cấp thư điện tử?", "Tỉnh tuyển dụng công chức tháng 7. Tăng bao nhiêu người so với năm trước?"])
        expect(ask(q).answered, q).toBe(false);
    });

    it("reads 'số năm trước' typed with its marks as last year's number, a bare 'so' as a comparison only beside a change asked or other marked words", () => {
      expect(chat("biên chế công chức hiện có bao nhiêu?", "số năm trước là bao nhiêu?")[1]!.facts[0]!.value).toBe(1943);
      expect(chat("bien che cong chuc hien co bn", "giam bn so nam truoc")[1]!.facts.map((f) => f.value)).toEqual([48]);
    });

    it("reads a word typed with marks the report never uses as a slip ('trung ưong'), and the joined things of the whole sentence", () => {
      for (const q of ["Sở Tư pháp góp ý bao nhiêu dự thảo của các cơ quan trung ưong?", "Sở Tư pháp thẩm định bao nhiêu dự thảo văn bản do các cơ quan trung ương trưng cầu?"]) expect(ask(q).answered, q).toBe(false);
    });

    it("reads past a wider scope in a remark only when the message names the province itself", () => {
      for (const q of ["em đang ôn thi công chức toàn quốc, tuyển bao nhiêu người?", "For my presentation on Vietnam, what's the revenue?"]) expect(ask(q).answered, q).toBe(false);
    });

    it("says a clause asking some units of a level has no figure, whichever level's figure it would take", () => {
      expect(values("các xã ban hành bao nhiêu văn bản, các phường bao nhiêu?")).toEqual([69]);
    });
  });

  describe("after the final review", () => {
    it("declines a currency asked right after the words that ask it, not one said in passing nor 'yên tâm'", () => {
      expect(values("Có bao nhiêu TTHC được công bố, người dân yên tâm chưa?")).toEqual([1117]);
      expect(values("Compliance costs fell by 11.3 million dong (about 450 USD). By what percent?")).toEqual([42]);
      expect(ask("How much revenue in USD?").answered).toBe(false);
    });

    it("works out no province-wide year before for a question naming a level", () => {
      expect(ask("Số người làm việc trong đơn vị sự nghiệp cấp tỉnh năm 2023?").answered).toBe(false);
    });

    it("gives no figure of an issuing body for documents checked, nor of other costs for the compliance-cost cut", () => {
      for (const q of ["kiểm tra bao nhiêu văn bản do HĐND tỉnh ban hành?", "Doanh nghiệp được cắt giảm bao nhiêu phần trăm thuế?", "Chi phí đi lại của người dân giảm bao nhiêu %?"]) expect(ask(q).answered, q).toBe(false);
      expect(chat("How many public service units had job position schemes approved?", "What about public service units at the district level?")[1]!.facts.map((f) => f.value)).not.toContain(100);
    });
  });

  it("declines an amount asked in a currency the report never states one in ('bn usd'), and reads 'đó là' as no 'đô la'", () => {
    for (const q of ["tiet kiem chi phi tuan thu tthc moi nam la bn usd", "How many US dollars were saved in compliance costs each year?"]) expect(ask(q).answered, q).toBe(false);
    expect(values("tiết kiệm chi phí tuân thủ bao nhiêu tiền?")).toEqual([11322000]);
    expect(chat("phuong an don gian hoa tthc tiet kiem bn tien", "do la tu phuong an don gian hoa bn tthc").map((a) => a.answered)).toEqual([true, true]);
  });

  it("works out a year before of a measure named without an action from the one reading whose change the report states", () => {
    expect(values("What was the headcount in public service units in 2023?")).toEqual([23044, 22056, 988]);
    // (The allocation asked, whose change the report does not state: none.)
    expect(ask("Năm 2023 đơn vị sự nghiệp được giao bao nhiêu người làm việc?").answered).toBe(false);
  });
});

describe("the forty-third session's readings", () => {
  it("reads 'moi doan', 'tung huyen' typed without marks as each team or place, whose own figure the report does not give", () => {
    for (const q of ["moi doan kiem tra bn vb", "tung doan kiem tra bao nhieu van ban", "moi huyen ban hanh bao nhieu van ban qppl"]) expect(values(q)).toEqual([]);
    expect(chat("tinh to chuc may doan di kiem tra vb qppl o cac huyen", "kiem tra tong cong bn vb", "moi doan kiem tra bn vb").map((a) => a.answered)).toEqual([true, true, false]);
    // (An average is still worked out; with marks, "mọi" is all of them, and "moi nam" is not a place.)
    expect(values("binh quan moi doan kiem tra bn vb")).toEqual([26.5, 106, 4]);
    expect(values("moi nam tinh giam bao nhieu bien che")[0]).toBe(48);
  });

  it("adds the items a bracket lists when one names its level ('district-level People's Committees') or its unit and level ('Sở cấp tỉnh')", () => {
    for (const q of [
      "In total, how many administrative bodies (departments, sub-departments and district-level People's Committees) had their job-position schemes approved?",
      "Tổng cộng có bao nhiêu cơ quan hành chính (Sở cấp tỉnh, Chi cục và UBND cấp huyện) được phê duyệt đề án vị trí việc làm?",
    ]) expect(values(q)).toEqual([46, 22, 15, 9]);
  });

  it("reads a gloss of what a name takes in ('incl. equivalents', 'including') as part of the item, not another thing asked", () => {
    expect(values("Leaving out the district people's committees, how many departments and sub-departments (incl. equivalents) in total had job-position schemes approved?")).toEqual([37, 22, 15]);
    expect(values("how many departments and sub-departments including equivalents in total had job-position schemes approved?")).toEqual([37, 22, 15]);
  });

  it("reads 'Sở' typed with its mark as a department, not the 'số' of a number, in a list asked at its end", () => {
    expect(values("sở ban ngành và chi cục được phê duyệt đề án vị trí việc làm bao nhiêu?")).toEqual([22, 15]);
    expect(values("sở ban ngành và UBND cấp huyện được phê duyệt đề án vị trí việc làm bao nhiêu")).toEqual([22, 9]);
    // (A title naming the quantity counts each item the list after its colon names.)
    expect(values("Đề nghị cho biết số lượng được phê duyệt Đề án vị trí việc làm theo từng khối: Sở ban ngành, Chi cục và tương đương, UBND cấp huyện, đơn vị sự nghiệp công lập.")).toEqual([22, 15, 9, 128]);
  });

  it("gives no count of things where people are counted ('bao nhiêu người ở UBND cấp huyện' is no 9 committees)", () => {
    for (const q of ["có bao nhiêu người ở UBND cấp huyện", "bn người ve huyen", "trong 16 nguoi trung tuyen cong chuc, bn nguoi ve so nganh tinh, bn nguoi ve huyen"]) expect(values(q)).toEqual([]);
    // (People are still counted in a unit of people, and the bodies named after them are no people.)
    expect(values("bao nhiêu người được cấp hộp thư điện tử")).toEqual([14970]);
    expect(values("bao nhiêu người tham gia hội thi và bao nhiêu cơ quan đơn vị tham gia?")).toEqual([107737, 214]);
    expect(values("How many district-level People's Committees have had their job-position schemes approved?")).toEqual([9]);
    expect(values("Not the number of contestants, but how many agencies and units took part in the online administrative-reform quiz?")).toEqual([214]);
  });

  it("sets aside why a writer asks ('I'm writing about …:', 'For a story on …:', 'Two quick ones:') as a remark, not words of the question", () => {
    expect(values("I'm writing about the province's red-tape reduction drive: how many administrative procedures were proposed for simplification?")).toEqual([62]);
    expect(values("For a story on red tape in Huế: how many administrative procedures did the province publish in 2024, how many did it abolish?")).toEqual([1117, 176]);
    expect(values("Two quick ones: how many civil servants passed the 2024 recruitment, and how many tasks did the Government and the Prime Minister assign?")[0]).toBe(16);
    // (A lead naming a group is still asked about: no figure of women recruited.)
    expect(values("Về phía nữ giới: bao nhiêu công chức được tuyển dụng?")).toEqual([]);
  });

  it("reads 'public-sector headcount' as the public sector's people, not a count of fields ('sectors')", () => {
    expect(values("By how much did the province's public-sector headcount fall compared with 2023?")).toEqual([48, 988]);
    expect(values("By what percentage did the number of people working in the public sector drop?")).toEqual([4.29, 2.47]);
  });

  it("gives both readings when a follow-up names the other measure after a share asked of the amount ('còn chi cân đối?', 'And for balanced spending?')", () => {
    for (const qs of [
      ["What was state budget revenue?", "As a share of the estimate?", "And for balanced spending?"],
      ["Thu ngân sách bao nhiêu?", "đạt bao nhiêu % dự toán?", "còn chi cân đối?"],
    ]) expect(chat(...qs).at(-1)!.facts.map((f) => f.value)).toEqual([11387742, 75]);
  });

  it("reads a chatty message without its remarks ('em thắc mắc', 'đang viết tiểu luận …', thanks) when read whole it explains no figure", () => {
    expect(values("Chào ad, bố em làm công chức ở Sở, hay kể chuyện tinh giản biên chế. Em thắc mắc không biết năm 2024 tỉnh mình có bao nhiêu biên chế công chức ạ?")).toEqual([1895, 1951]);
    expect(values("I was wondering how many civil servants were recruited")).toEqual([16]);
    // (What is left keeps its shape and gets searches of its own, however many the whole message spent.)
    expect(values("Chào ad, em là học viên cao học luật, đang viết tiểu luận về công tác xây dựng văn bản ở địa phương nên muốn có số liệu chính thức. Em có hai câu hỏi: thứ nhất, năm 2024 HĐND tỉnh ban hành bao nhiêu nghị quyết QPPL; thứ hai, UBND tỉnh ban hành bao nhiêu quyết định QPPL? Em cảm ơn ad ạ.")).toEqual([31, 94]);
  });

  it("reads 'người làm ở các đơn vị sự nghiệp' as the units' staff, not the units, on either side of a comparison", () => {
    expect(values("số người làm ở các đơn vị sự nghiệp hiện có mặt thấp hơn số người làm việc được giao bao nhiêu?")).toEqual([475, 22531, 22056]);
    expect(values("có bao nhiêu người làm ở các đơn vị sự nghiệp công lập")).toEqual([22056, 22531]);
  });

  it("reads '(not …)' in brackets as what is left out, and 'only provincial departments and agencies' as the one figure of that unit, not two items added", () => {
    expect(values("Counting only provincial departments and agencies (not sub-departments or district People's Committees), how many had their job-position schemes approved?")).toEqual([22]);
    expect(values("Chỉ tính sở ban ngành (không tính chi cục và UBND cấp huyện), bao nhiêu cơ quan được phê duyệt đề án vị trí việc làm?")).toEqual([22]);
  });

  it("reads what a question counts past the particles that end it ('… người trúng tuyển vậy ạ?')", () => {
    expect(values("Đợt tuyển dụng công chức tỉnh tổ chức hồi tháng 7/2024 có bao nhiêu người trúng tuyển vậy ạ?")).toEqual([16]);
    // (Still no candidates counted, however politely asked.)
    expect(values("Kỳ thi công chức tháng 7 có bao nhiêu thí sinh vậy ạ?")).toEqual([]);
  });

  it("reads one month named as 'December spending alone', 'just December', 'for December' as a period no figure over 11 months is", () => {
    expect(chat("Chi cân đối ngân sách 11 tháng năm 2024 đạt bao nhiêu?", "đạt bao nhiêu % dự toán?", "How about December spending alone?").at(-1)!.answered).toBe(false);
    expect(values("What was spending in December only?")).toEqual([]);
    // (A date in December the figure is of is still its own: revenue up to 6 December.)
    expect(values("What share of the estimate did revenue reach by 6 December?")).toEqual([94.5]);
  });

  it("reads 'cơ quan, đơn vị' as one name, a list's end at 'thì … bao nhiêu', and 'cho tất cả bao nhiêu' as a total asked", () => {
    expect(values("de an vi tri viec lam: cong ca so ban nganh, chi cuc va ubnd cap huyen thi duoc phe duyet cho bn co quan, don vi")).toEqual([46, 22, 15, 9]);
    expect(values("Gộp Sở ban ngành, Chi cục, UBND cấp huyện và đơn vị sự nghiệp công lập thì tỉnh đã duyệt đề án vị trí việc làm cho tất cả bao nhiêu cơ quan, đơn vị?")).toEqual([174, 22, 15, 9, 128]);
    expect(values("Sở ban ngành, Chi cục, UBND cấp huyện và đơn vị sự nghiệp công lập thì tỉnh đã duyệt đề án vị trí việc làm cho bao nhiêu cơ quan, đơn vị?")).toEqual([22, 15, 9, 128]);
  });

  it("reads a follow-up naming, in a word the report uses of another figure only, that figure ('and MetroNet?')", () => {
    for (const qs of [
      ["What share of state agencies, province to commune, use the document management and operation system?", "and MetroNet?"],
      ["Tỷ lệ cơ quan nhà nước triển khai hệ thống quản lý văn bản và điều hành?", "còn MetroNet?"],
    ]) expect(chat(...qs).at(-1)!.facts.map((f) => f.id)).toEqual(["metronet-ket-noi"]);
  });

  it("gives no count where money is asked, and no total of spending where a purpose the report does not name is asked", () => {
    for (const q of [
      "Tỉnh chi bao nhiêu tiền cho công tác cải cách hành chính năm 2024?",
      "Chi ngân sách cho chuyển đổi số bao nhiêu?",
      "How much did the province spend from the state budget on administrative reform activities in 2024?",
    ]) expect(values(q)).toEqual([]);
    // (The spending asked of its period, or by someone addressed as "anh chị", is still given; "tiến độ" typed bare is no money.)
    expect(values("anh chi cho hoi chi can doi ngan sach 11 thang dc bn")[0]).toBe(11387742);
    expect(values("How much was balanced budget spending for the first 11 months?")).toEqual([11387742]);
    expect(values("bn du thao qppl dc so tu phap tham dinh dung tien do z")).toEqual([173]);
  });

  it("reads the whole message when its asking sentence names no thing of its own ('For a story on the recruitment exam: how many passed?')", () => {
    expect(values("For a story on the recruitment exam: how many passed?")).toEqual([16]);
  });

  describe("after the final review", () => {
    it("reads 'for December 6', 'for January through …' as dates and ranges, not one month", () => {
      expect(values("What was state budget revenue for January through December 6, 2024?")).toEqual([11145304]);
      expect(values("What was the state budget revenue reported for December 6, 2024?")).toEqual([11145304]);
      expect(values("What was the state budget revenue of the province in October 2024?")).toEqual([]);
    });

    it("gives no figure for 'red tape' asked as a count, and reads 'including equivalents' between commas or without marks as the unit's name", () => {
      expect(values("How many red-tape procedures were cut?")).toEqual([]);
      expect(values("How many sub-departments, including equivalents, were approved?")).toEqual([15]);
      expect(values("Bao nhieu chi cuc ke ca tuong duong duoc phe duyet de an vi tri viec lam?")).toEqual([15]);
    });

    it("parts 'cơ quan, đơn vị sự nghiệp' into agencies and public service units, giving no 117 for them", () => {
      for (const q of [
        "Cộng cả cơ quan, đơn vị sự nghiệp công lập và UBND cấp huyện được duyệt đề án vị trí việc làm là bao nhiêu?",
        "Tổng số cơ quan, đơn vị sự nghiệp công lập được phê duyệt đề án vị trí việc làm là bao nhiêu?",
      ]) expect(values(q)).not.toContain(117);
    });

    it("reads where and when spending was ('cho toàn tỉnh', 'for the whole province', 'through November') as no purpose", () => {
      for (const q of [
        "Tỉnh chi cân đối ngân sách cho toàn tỉnh được bao nhiêu?",
        "How much balanced budget spending did Thua Thien Hue make for the whole province?",
        "How much did the province spend on the balanced budget through November 2024?",
      ]) expect(values(q)[0]).toBe(11387742);
    });
  });

  describe("after the midway review", () => {
    it("keeps a remark naming what the asker writes about when it is some part of what the report covers ('về ngành giáo dục', 'about teachers', 'cấp xã')", () => {
      for (const q of [
        "Em là sinh viên, đang làm bài về ngành giáo dục, giảm bao nhiêu người làm việc?",
        "Em là học viên, đang viết tiểu luận về cấp xã, có bao nhiêu thủ tục bị bãi bỏ?",
        "I'm writing about teachers, how many staff positions were cut?",
        "For a piece on the tax department, how many civil servants passed recruitment?",
        "I'm writing about commune level, how many procedures were published?",
      ]) expect(values(q)).toEqual([]);
      // (A topic the report is about, red tape, still sets the scene only.)
      expect(values("For a story on red tape in Huế: how many administrative procedures did the province publish in 2024, how many did it abolish?")).toEqual([1117, 176]);
    });

    it("reads 'tất cả mọi huyện' typed without marks as all of them, and a clause asking each team's count among others as one with no figure", () => {
      expect(values("tat ca moi huyen ban hanh bao nhieu van ban qppl")).toEqual([23]);
      expect(values("e tò mò là tỉnh có bao nhiêu đoàn kiểm tra, mỗi đoàn kiểm tra bao nhiêu văn bản")).toEqual([4]);
      expect(values("Có bao nhiêu đoàn kiểm tra, bình quân mỗi đoàn kiểm tra bao nhiêu văn bản?")).toEqual([26.5, 106, 4]);
    });

    it("reads a hedge in brackets ('(not sure if it's 125)', '(not just …)') as no exclusion, and 'only' a unit with more items as no one figure", () => {
      expect(values("How many legal documents did the province issue (not sure if it's 125)?")).not.toContain(69);
      expect(values("How many legal documents were issued in total (not just the province's)?")).not.toContain(92);
      expect(values("Counting only provincial departments and agencies and sub-departments (not district People's Committees), how many had job-position schemes approved?")).not.toEqual([22]);
    });

    it("reads 'incl. equivalents' as the unit's own name, not a clause of its own, and gives no count of things where every clause counts people", () => {
      expect(values("How many public service units had job schemes approved, including district-level ones?")).not.toContain(9);
      for (const q of ["bn người về sở ngành tỉnh, bn người về chi cục", "có bao nhiêu người ở sở ban ngành và bao nhiêu người ở UBND cấp huyện?", "How many people are in the provincial departments and how many in the sub-departments?"]) expect(values(q)).toEqual([]);
    });
  });
});

describe("the forty-second session's readings", () => {
  it("reads the districts and Huế city joined as chat types 'và' ('các huyện vs tp Huế') as all of them, not Huế alone", () => {
    // (The four teams checked 106 documents of Nam Đông, A Lưới, Phong Điền and Huế city together.)
    for (const q of [
      "4 doan kiem tra da kiem tra tong cong bn vb qppl cua cac huyen vs tp hue",
      "4 đoàn kiểm tra đã kiểm tra bao nhiêu văn bản QPPL của các huyện với thành phố Huế",
    ]) expect(values(q)).toEqual([106]);
    // (Huế city alone still has no figure of its own.)
    expect(values("doan kiem tra kiem tra bn vb qppl cua tp hue")).toEqual([]);
  });

  it("gives no rate of other things for a share of a measure the report gives rates of ('What share of … are civil servants?')", () => {
    // (The report gives no share of civil servants among the public sector; its 100% are agencies with rules.)
    for (const q of [
      "What share of the people on the state payroll are civil servants?",
      "Tỷ lệ công chức trong bộ máy nhà nước là bao nhiêu?",
    ]) expect(values(q)).toEqual([]);
    // (A rate of the measure named is still given, and a word read as a measure in passing stops none.)
    expect(values("Tỷ lệ giảm biên chế công chức là bao nhiêu?")).toEqual([2.47]);
    expect(values("ty le giam staff o dv su nghiep cong lap la bn %")).toEqual([4.29]);
    expect(values("By what percentage did public-sector staffing fall in 2024 compared with 2023?")).toEqual([2.47, 4.29]);
  });

  it("counts what a longer name counts, not the thing it opens with ('public service unit staff')", () => {
    // (The staff of the units, not the 128 and 556 units whose job-position schemes were approved.)
    expect(values("How many public service unit staff are there?")).toEqual([22056, 22531]);
    // (The units themselves are still the units.)
    expect(values("bao nhiêu đơn vị sự nghiệp được phê duyệt đề án vị trí việc làm")).toEqual([128, 556]);
  });

  it("drops the readings of a measure the message leaves out ('Không tính công chức, … người hưởng lương nhà nước')", () => {
    for (const q of [
      "Không tính công chức, có bao nhiêu người hưởng lương nhà nước?",
      "Excluding civil servants, how many people are on the state payroll?",
    ]) expect(values(q)).toEqual([22056]);
    expect(values("Ngoài các đơn vị sự nghiệp, có bao nhiêu người làm việc trong bộ máy nhà nước?")).toEqual([1895]);
    // (Nothing left out, both.)
    expect(values("Có bao nhiêu người hưởng lương nhà nước?")).toEqual([1895, 22056]);
  });

  it("reads people paid from the state budget as the public sector's people, not the budget's revenue", () => {
    for (const q of [
      "so voi nam 2023 tinh giam dc bn nguoi huong luong ngan sach",
      "So với năm 2023, tỉnh đã giảm được bao nhiêu người hưởng lương từ ngân sách?",
    ]) expect(values(q)).toEqual([988, 48]);
    expect(values("By what percentage did the number of people paid from the state budget fall in 2024 compared with 2023?")).toEqual([4.29, 2.47]);
    // (In the units, theirs; as the report names the units' staff, theirs too.)
    expect(values("How many people paid from the state budget work in Thua Thien Hue's public service units?")).toEqual([22056, 22531]);
    expect(values("Số người làm việc hưởng lương từ ngân sách nhà nước năm 2024 là bao nhiêu?")).toEqual([22531, 22056]);
    expect(values("Tỉnh giao bao nhiêu người làm việc hưởng lương từ ngân sách nhà nước cho các đơn vị sự nghiệp công lập?")).toEqual([22531]);
    // (The budget itself is still the budget.)
    expect(values("thu ngân sách nhà nước bao nhiêu")).toEqual([11145304]);
  });

  it("reads 'kèm' before a quantity as adding it to what was asked ('…, kèm tỷ lệ so với dự toán')", () => {
    expect(values("Cho tôi xin số thu ngân sách nhà nước trên địa bàn tính đến 06/12/2024, kèm tỷ lệ so với dự toán.")).toEqual([11145304, 94.5]);
    expect(values("thu ngan sach dc bn, kem ty le so voi cung ky")).toEqual([11145304, 120.9]);
  });

  it("gives no total over several things for a figure of each of them ('mỗi đoàn', 'each district')", () => {
    // (The four teams checked 106 documents together; the report gives no team's own count.)
    for (const q of [
      "mỗi đoàn kiểm tra bao nhiêu văn bản?",
      "How many documents did each of the four teams check?",
      "mỗi huyện ban hành bao nhiêu văn bản QPPL?",
    ]) expect(values(q)).toEqual([]);
    expect(chat("How many inspection teams were set up?", "How many documents did each team check?").map((a) => a.answered)).toEqual([true, false]);
    // (An average is worked out, a figure per year is stated as such, each level has its own, and other clauses are answered.)
    expect(values("Bình quân mỗi đoàn kiểm tra bao nhiêu văn bản?")).toEqual([26.5, 106, 4]);
    expect(values("tiết kiệm bao nhiêu tiền mỗi năm")).toEqual([11322000]);
    expect(values("mỗi cấp ban hành bao nhiêu văn bản QPPL?")).toEqual([69, 23, 125]);
    expect(values("Có bao nhiêu đoàn kiểm tra, mỗi đoàn kiểm tra bao nhiêu văn bản?")[0]).toBe(4);
  });

  it("reads those who sat a recruitment exam ('người dự thi', 'thí sinh', 'candidates') as its candidates, whom the report never counts, not the online contest's entrants", () => {
    for (const q of [
      "Có bao nhiêu thí sinh dự thi tuyển công chức năm 2024 của tỉnh?",
      "co bn nguoi du thi tuyen",
      "tuyển dụng công chức 2024 có bao nhiêu người dự thi?",
      "How many candidates sat the 2024 civil service recruitment exam?",
    ]) expect(values(q)).toEqual([]);
    // (Beside those who passed, that clause is said to have no figure.)
    const both = ask("tuyển dụng công chức 2024 có bao nhiêu người dự thi, bao nhiêu người đỗ?");
    expect(both.facts.map((f) => f.value)).toEqual([16]);
    expect(both.text).toContain("Báo cáo không có số liệu cho");
    // (Those who passed are counted, and the contest's entrants are its own.)
    expect(values("How many candidates passed the recruitment exam?")).toEqual([16]);
    expect(values("Hội thi trực tuyến tìm hiểu CCHC có bao nhiêu người dự thi?")).toEqual([107737]);
    expect(values("hội thi có bao nhiêu cơ quan và bao nhiêu người dự thi")).toEqual([214, 107737]);
  });

  it("gives, of the allocated and in-post pair, the one whose action alone the question names ('… hiện có bao nhiêu biên chế')", () => {
    // (1.951 positions were allocated to those agencies; 1.895 are in post.)
    expect(values("Các cơ quan hành chính cấp tỉnh và UBND cấp huyện hiện có bao nhiêu biên chế công chức?")).toEqual([1895]);
    expect(values("Tỉnh giao bao nhiêu biên chế công chức cho các cơ quan hành chính cấp tỉnh và UBND cấp huyện?")).toEqual([1951]);
    // (People in general in post are still both measures'.)
    expect(values("hien co bn nguoi lam nha nuoc")).toEqual([1895, 22056]);
  });

  it("mends after the midway review: the setting of a clause, a 'mỗi' left out, a comparison, a part of a measure left out, a share of people, a fall asked of a rise", () => {
    // (Recruitment named in one question is not another's online contest.)
    expect(values("Tuyển dụng được bao nhiêu công chức, có bao nhiêu người dự thi trực tuyến?")).toEqual([16, 107737]);
    expect(values("Có bao nhiêu người dự thi tuyên truyền CCHC trực tuyến?")).toEqual([107737]);
    expect(values("Đợt tuyển dụng công chức tháng 7: bao nhiêu người đỗ? bao nhiêu người thi?")).toEqual([16]);
    // ("chứ không phải mỗi huyện" leaves the per-district reading out; "each inspection team", "từng đoàn" ask it.)
    expect(values("Tổng các huyện ban hành bao nhiêu văn bản QPPL, chứ không phải mỗi huyện?")).toEqual([23]);
    for (const q of ["How many documents did each inspection team check?", "Từng đoàn kiểm tra bao nhiêu văn bản?"]) expect(values(q)).toEqual([]);
    // (The districts set against Huế city are no figure of them together.)
    expect(values("So sánh các huyện với thành phố Huế, bên nào ban hành nhiều văn bản hơn?")).toEqual([]);
    // (Some of a measure left out, "công chức mới tuyển", is not all of it.)
    expect(values("Không tính công chức mới tuyển, có bao nhiêu người hưởng lương nhà nước?")).toEqual([1895, 22056]);
    // (A share of people is no share of units.)
    expect(values("What share of people paid from the state budget work in public service units?")).toEqual([]);
    // (A fall asked of revenue that rose gets the rise, said as one.)
    expect(values("Thu ngân sách giảm bao nhiêu % so với cùng kỳ?")).toEqual([20.9, 120.9]);
  });

  it("reads people working in the public sector as a whole as either staff measure's, their change too ('số người làm việc trong khu vực nhà nước giảm bao nhiêu')", () => {
    for (const q of [
      "So với năm 2023, số người làm việc trong khu vực nhà nước của tỉnh giảm đi bao nhiêu?",
      "Số người làm việc trong bộ máy nhà nước giảm bao nhiêu so với 2023?",
      "Số người làm việc khu vực nhà nước giảm bao nhiêu?",
    ]) expect(values(q)).toEqual([988, 48]);
    // (In the units, theirs.)
    expect(values("số người làm việc trong đơn vị sự nghiệp giảm bao nhiêu")).toEqual([988, 4.29]);
  });

  it("mends after the final review: an exam held online is still an exam, the districts and Huế city against another level are joined, people paid for the units are theirs", () => {
    // ("tìm hiểu giúp em" is "look into it for me"; an exam may be online: its candidates are not counted.)
    for (const q of [
      "ad tìm hiểu giúp em năm 2024 có bao nhiêu thí sinh thi tuyển công chức?",
      "Thi tuyển công chức trực tuyến có bao nhiêu người dự thi?",
    ]) expect(values(q)).toEqual([]);
    expect(values("Các huyện với thành phố Huế ban hành bao nhiêu văn bản QPPL, ít hơn cấp xã bao nhiêu?")[0]).toBe(46);
    // ("cho các đơn vị sự nghiệp": given to the units, their staff's fall alone.)
    expect(values("Số người làm việc hưởng lương từ ngân sách nhà nước cho các đơn vị sự nghiệp công lập, giảm bao nhiêu so với 2023?")).toEqual([988, 4.29]);
  });

  it("reads 'lấy đỗ' as those who passed the recruitment exam", () => {
    expect(values("Đợt thi tuyển công chức năm 2024 của tỉnh lấy đỗ được mấy người?")).toEqual([16]);
    expect(values("dot thi cong chuc lay do bn nguoi")).toEqual([16]);
  });
});

describe("the forty-first session's readings", () => {
  it("gives no figure of other things for a count of what a statement names ('ban hành bn chỉ thị')", () => {
    // (The report names the province's directives on reform but counts none; 125 are legal documents.)
    expect(values("nam 2024 ubnd tinh ban hanh bn chi thi ve cchc vay ad")).toEqual([]);
    expect(values("ubnd tinh ban hanh bn chi thi")).toEqual([]);
    // (A figure that counts what the statement's event gave is still that figure.)
    expect(values("Đợt tuyển dụng tháng 7 có bao nhiêu người trúng tuyển?")).toEqual([16]);
  });

  it("reads how far above the same period a figure is as the rise since then, not a gap between two rates ('vượt cùng kỳ bao nhiêu %')", () => {
    // (Revenue is 120,9% of the same period and 94,5% of the estimate: 120,9 − 94,5 compares nothing.)
    for (const q of [
      "By how many percent did state budget revenue exceed the same period of the previous year?",
      "By what percentage was state budget revenue higher than in the same period of the previous year?",
      "thu ngan sach nam 2024 vuot cung ky nam truoc bn %",
      "thu ngân sách cao hơn cùng kỳ năm trước bao nhiêu %?",
    ]) expect(values(q)).toEqual([20.9, 120.9]);
    expect(formula("thu ngân sách vượt so với cùng kỳ năm trước bao nhiêu %?")).toBe("120,9% − 100% = 20,9%");
    // (Than another figure, the gap between the two.)
    expect(values("By how much did the 11-month balanced budget spending exceed the state budget revenue collected?")).toEqual([242438, 11387742, 11145304]);
    // (And the conversation goes on from the revenue.)
    expect(chat("thu ngan sach nam 2024 vuot cung ky nam truoc bn %", "con so voi du toan?").map((a) => a.facts[0]?.value ?? null)).toEqual([20.9, 94.5]);
    // (Not a remark before what is asked, nor above the year before of a figure that fell, nor below it.)
    for (const q of [
      "Thu ngân sách vượt cùng kỳ năm trước, thu được bao nhiêu?",
      "thu ngan sach vuot cung ky roi, thu dc bn vay",
      "Biên chế công chức năm 2024 cao hơn năm trước bao nhiêu?",
      "nguoi lam viec dvsn cao hon cung ky nam truoc bn %",
      "Thu ngân sách thấp hơn cùng kỳ năm trước bao nhiêu %?",
      "Thu ngân sách vượt cùng kỳ, thu bao nhiêu?",
      "thu ngan sach vuot cung ky nam truoc, dat bn?",
      "Civil servant positions exceeded the previous year by how many?",
    ]) expect(values(q)).not.toContain(20.9), expect(values(q)).not.toContain(48), expect(values(q)).not.toContain(4.29);
    expect(values("By what percentage had revenue exceeded the same period of the previous year?")).toEqual([20.9, 120.9]);
    expect(values("The 125 legal documents are made up by how many decisions of the provincial People's Committee?")).toEqual([94]);
  });

  it("reads 'tổng bao nhiêu' as the sum of the items named ('chỉ tính chi cục với UBND cấp huyện thì tổng bn')", () => {
    expect(values("de an vtvl: chi tinh chi cuc voi ubnd cap huyen thoi, ko tinh so ban nganh, ko tinh dvsn, thi tong bn")).toEqual([24, 15, 9]);
    expect(formula("đề án vị trí việc làm: chỉ tính chi cục và UBND cấp huyện thì tổng bao nhiêu?")).toBe("15 + 9 = 24");
    // (Of one figure, that figure; as one of several clauses, that clause's figure, in the order asked.)
    expect(values("UBND tỉnh công bố tổng bao nhiêu TTHC?")).toEqual([1117]);
    expect(values("nhiem vu ke hoach cchc 2024: xong bn; tong bn; cp ttg giao bn")).toEqual([31, 34, 172]);
  });

  it("reads 'down by how many' as the change asked and 'put forward' as proposed", () => {
    expect(chat("How many people are currently working in public service units in the province?", "Down by how many compared with 2023?").map((a) => a.facts[0]?.value ?? null)).toEqual([22056, 988]);
    expect(values("How many administrative procedures were put forward for simplification after the review?")).toEqual([62]);
  });

  it("gives last year's value of the measure a follow-up names, in the year it names or 'năm đó', not the previous figure's", () => {
    const start = ["Số người làm việc có mặt trong các đơn vị sự nghiệp công lập hiện nay là bao nhiêu?", "Năm 2023 thì sao?"];
    for (const third of ["Còn biên chế công chức năm 2023 là bao nhiêu?", "Còn biên chế công chức năm đó là bao nhiêu?"]) {
      expect(chat(...start, third).map((a) => a.facts[0]?.value ?? null)).toEqual([22056, 23044, 1943]);
    }
    expect(chat("How many civil servants are in post?", "And in 2023?", "What about staff in public service units that year?").map((a) => a.facts[0]?.value ?? null)).toEqual([1895, 1943, 23044]);
    // ("năm đó" with no year asked before names none.)
    expect(chat("UBND tỉnh công bố bao nhiêu TTHC năm 2024?", "còn bãi bỏ năm đó?").map((a) => a.facts[0]?.value ?? null)).toEqual([1117, 176]);
    // (After a year declined, "năm đó" is that year, not the one answered before.)
    expect(chat("Số người làm việc năm 2023?", "Năm 2022 thì sao?", "biên chế công chức năm đó?").map((a) => a.facts[0]?.value ?? null)).toEqual([23044, null, null]);
    // (Compared with that year, the year is what a change is since: not last year's figure again.)
    expect(chat("How many civil servant positions were there in 2023?", "How many are there now, compared with that year?")[1]!.facts.map((f) => f.value)).not.toContain(1943);
    expect(chat("số người làm việc năm 2023?", "tỷ lệ giảm so với năm đó?").map((a) => a.facts[0]?.value ?? null)).toEqual([23044, 4.29]);
  });

  it("answers each clause of a list in the order asked when the last computes from those before ('…; chi nhiều hơn thu bao nhiêu?')", () => {
    expect(values("Nhờ ad tổng hợp giúp: 1) thu NSNN trên địa bàn đến 6/12/2024 được bao nhiêu; 2) đạt bao nhiêu % dự toán; 3) chi cân đối 11 tháng là bao nhiêu; 4) như vậy chi nhiều hơn thu bao nhiêu triệu đồng?")).toEqual([11145304, 94.5, 11387742, 242438]);
    expect(values("thu NSNN được bao nhiêu; chi cân đối 11 tháng là bao nhiêu; chi nhiều hơn thu bao nhiêu triệu đồng?")).toEqual([11145304, 11387742, 242438]);
    // (One question of the difference alone is still the difference, shown with its operands.)
    expect(values("chi cân đối nhiều hơn thu ngân sách bao nhiêu triệu đồng?")).toEqual([242438, 11387742, 11145304]);
  });

  it("reads 'civil-servant staffing' as civil-servant positions and 'staff working in public service units' as the units' staff", () => {
    expect(values("What were the reduction rates compared with 2023 for (a) civil-servant staffing and (b) staff working in public service units?")).toEqual([2.47, 4.29]);
    expect(values("What was the reduction rate for civil-servant staffing?")).toEqual([2.47]);
  });

  it("gives no figure of the province as a whole with a level left out that the report does not split it by", () => {
    for (const q of [
      "Excluding commune-level staff, how many officials have been given official email accounts?",
      "Không tính cấp huyện, thu ngân sách được bao nhiêu?",
      "Không tính cấp xã, toàn tỉnh có bao nhiêu người làm việc trong đơn vị sự nghiệp?",
    ]) expect(ask(q).answered).toBe(false);
    expect(ask("Không tính cấp huyện, thu ngân sách được bao nhiêu?").text).toContain("không chia nhỏ");
    // (A figure of named levels, with another left out, is still that figure; a level left of the levels it has, its readings.)
    expect(values("không tính cấp xã, biên chế công chức hiện có bao nhiêu?")).toEqual([1895]);
    expect(values("Không tính cấp xã thì HĐND ban hành bao nhiêu văn bản QPPL?")).toEqual([31, 23]);
  });

  it("reads a gap asked of a message naming both the allocation and those in post as the gap between the two", () => {
    expect(values("Public service units were allotted a certain number of state-paid staff, yet fewer people are actually in post. How big is that gap?")).toEqual([475, 22531, 22056]);
    expect(formula("Tỉnh giao biên chế công chức cho các cơ quan, nhưng hiện có ít hơn. Thiếu bao nhiêu?")).toBe("1.951 − 1.895 = 56");
    // (Not the pair of one measure when the message names the other for a side.)
    expect(values("The province allotted civil-servant positions, yet fewer staff are actually in post in public service units. How big is that gap?")).toEqual([]);
  });
});

describe("the fortieth session's readings", () => {
  it("gives no share of a plan, a total or an allocation for a change asked ('giảm bao nhiêu phần trăm so với năm 2023')", () => {
    // (The report states the rates of the falls; a rate of those in post against those allocated is no fall.)
    expect(values("Năm 2024 số người hưởng lương trong bộ máy của tỉnh giảm bao nhiêu phần trăm so với năm 2023?")).not.toContain(97.89);
    expect(values("Số lượt người dự thi Hội thi trực tuyến tìm hiểu CCHC năm 2024 tăng bao nhiêu phần trăm so với năm 2023?")).toEqual([]);
    // (The rate the report states of a change is still given.)
    expect(values("người làm việc giảm bao nhiêu phần trăm?")).toEqual([4.29]);
  });

  it("reads unmarked 'thi' before the verb of what is asked as 'thì' ('còn cấp huyện thi hoàn thành bn')", () => {
    expect(chat("ke hoach cchc 2024 cua tinh co tong cong bn nhiem vu", "xong bn roi", "con ke hoach cchc cap huyen thi hoan thanh bn").map((a) => a.facts[0]?.value ?? null)).toEqual([34, 31, null]);
    expect(values("con cap huyen thi hoan thanh bn")).toEqual([]);
    expect(values("con cap huyen thi ban hanh bn vb qppl")).toEqual([23]);
    // (The contest stays the contest.)
    expect(values("cuoc thi co bn don vi du thi")).toEqual([214]);
  });

  it("leaves out an item joined past a closed list by 'cũng như', and answers the one item of the list the question still names", () => {
    const q = "Về kết quả phê duyệt Đề án vị trí việc làm, nếu không tính các Sở ban ngành, các Chi cục và tương đương, cũng như các đơn vị sự nghiệp công lập, thì còn bao nhiêu đơn vị UBND cấp huyện đã được phê duyệt?";
    expect(values(q)).toEqual([9]);
    expect(values("Excluding departments, branch departments, as well as public service units, how many district People's Committees had job-position schemes approved?")).toEqual([9]);
    // (Naming no item left, still no other thing's figure.)
    expect(values("Không kể Sở ban ngành, Chi cục và UBND cấp huyện thì còn bao nhiêu cơ quan?")).toEqual([]);
  });

  it("gives, with a level left out, the readings of the levels left, not the figure of two bodies for one named", () => {
    expect(values("Không tính cấp xã thì HĐND ban hành bao nhiêu văn bản QPPL?")).toEqual([31, 23]);
    expect(values("Không tính cấp xã thì UBND ban hành bao nhiêu văn bản QPPL?")).toEqual([94, 23]);
    expect(values("Không tính cấp xã thì HĐND và UBND ban hành bao nhiêu văn bản QPPL?")).toEqual([125, 23]);
  });

  it("answers the operands of one measure asked before their difference in the order the message names their level, body or action", () => {
    expect(values("Cho tôi hỏi: HĐND tỉnh ban hành bao nhiêu nghị quyết QPPL, UBND tỉnh ban hành bao nhiêu quyết định QPPL, và số quyết định nhiều hơn số nghị quyết bao nhiêu văn bản?")).toEqual([31, 94, 63]);
    expect(values("Cấp huyện ban hành bao nhiêu văn bản QPPL, cấp xã bao nhiêu, cấp xã nhiều hơn bao nhiêu?")).toEqual([23, 69, 46]);
    expect(values("UBND tỉnh bãi bỏ bao nhiêu TTHC, công bố bao nhiêu TTHC, và số công bố nhiều hơn số bãi bỏ bao nhiêu?")).toEqual([176, 1117, 941]);
  });

  it("reads 'the amount collected' as the revenue, an item of a list too", () => {
    expect(values("For Thừa Thiên Huế's 2024 state budget revenue, please give: 1) the amount collected as of 6 December 2024, 2) the share of the annual estimate, 3) the comparison with the same period last year.")).toEqual([11145304, 94.5, 120.9]);
  });

  it("reads 'since 2023' as the baseline of a change, as 'compared with 2023'", () => {
    expect(values("By what percentage has the number of people working in public service units fallen since 2023?")).toEqual([4.29]);
    expect(values("How many people are currently working in public service units, by what percentage has that number fallen since 2023, and how many staff did the province allocate to these units?")).toEqual([22056, 4.29, 22531]);
  });

  it("folds its English word lists as questions are folded ('which things' asks which things, no count)", () => {
    // (The report does not list the three tasks left undone: which they were is no count.)
    expect(ask("Which things were not completed?").answered).toBe(false);
    expect(ask("Which tasks were not completed?").answered).toBe(false);
  });

  it("mends after the midway review: the item left of a list only when counted whole; 'thi' of those who sit an exam, 'chỉ thị', 'đô thị'; readings of one level left; readings never summed into another's total; 'since' a baseline only of a change", () => {
    // The item left of a list: only its whole unit counted after "bao nhiêu".
    for (const q of [
      "Không kể Sở ban ngành, Chi cục và đơn vị sự nghiệp thì cấp huyện có bao nhiêu văn bản QPPL được kiểm tra?",
      "Không tính đơn vị sự nghiệp và UBND cấp huyện thì Sở Tư pháp góp ý bao nhiêu dự thảo?",
      "Không tính Sở ban ngành và Chi cục thì đơn vị sự nghiệp có bao nhiêu người làm việc?",
      "Không tính Sở ban ngành, Chi cục và UBND cấp huyện thì còn bao nhiêu đơn vị sự nghiệp trực thuộc UBND tỉnh?",
      "Excluding departments and sub-departments, as well as public service units, how many units are left?",
    ]) expect(ask(q).answered, q).toBe(false);
    // "thi" of an exam, a directive, a city: not "thì".
    expect(values("so nguoi thi la bao nhieu")).toEqual([107737]);
    for (const q of ["chi thi co bao nhieu", "chi thi bn", "co bao nhieu nguoi thi dat"]) expect(ask(q).answered, q).toBe(false);
    // A reading counted in none of the words the question counts in is none: documents, not conclusions.
    expect(values("cấp huyện ban hành bao nhiêu văn bản")).toEqual([23]);
    // Some of a level left out, or one joint figure left: no breakdown.
    for (const q of ["Không tính thị trấn thì HĐND ban hành bao nhiêu văn bản QPPL?", "Không tính thị xã thì HĐND ban hành bao nhiêu văn bản QPPL?", "Không tính cấp tỉnh và cấp xã thì HĐND ban hành bao nhiêu văn bản QPPL?"]) {
      expect(ask(q).answered, q).toBe(false);
    }
    // Readings added only when they are one thing's figures at their levels.
    expect(chat("Không tính cấp xã thì HĐND ban hành bao nhiêu văn bản QPPL?", "cộng lại là bao nhiêu?").at(-1)!.answered).toBe(false);
    expect(chat("HĐND ban hành bao nhiêu văn bản QPPL?", "cộng lại là bao nhiêu?").at(-1)!.facts.map((f) => f.value)).not.toContain(125);
    // "since 2023" of a count is a period the report's 2024 figure is not.
    for (const q of ["How many legal documents has the province issued since 2023?", "How much budget revenue has been collected since 2023?"]) expect(ask(q).answered, q).toBe(false);
    expect(values("How many civil servant positions has the province cut since 2023?")).toEqual([48]);
  });

  it("mends after the final review: readings added only when each is whole and of the bodies asked", () => {
    // (The 11 are part of the province's 128; the 23 and 69 are the councils' and committees' together.)
    expect(chat("UBND phê duyệt bao nhiêu đơn vị?", "cộng lại").at(-1)!.answered).toBe(false);
    expect(chat("không tính cấp tỉnh, HĐND ban hành bao nhiêu văn bản QPPL?", "cộng lại").at(-1)!.answered).toBe(false);
  });

  it("gives no spending for the revenue asked, whatever period its words fit", () => {
    for (const q of ["What was the revenue in the first 11 months?", "What was the amount collected in the first 11 months?"]) expect(ask(q).answered, q).toBe(false);
    expect(values("How much did the province spend?")).toEqual([11387742]);
  });

  it("times nothing: 'bao lâu', 'how long' are declined", () => {
    for (const q of ["nop ho so tthc o 1 cua thi bao lau co ket qua ad", "nộp hồ sơ TTHC ở một cửa thì bao lâu có kết quả", "How long does it take to get a result at the one-stop desk?"]) {
      expect(ask(q).answered, q).toBe(false);
    }
  });
});

describe("no wrong figure near the thirty-sixth session's mechanisms (late review)", () => {
  it("drops no remark that names an agency, nor a number the asker states, when reading a message without its remarks", () => {
    for (const q of ["ông hàng xóm bảo Sở Xây dựng, góp ý bao nhiêu dự thảo vậy ad?", "my boss said the Ministry of Justice, how many drafts were commented on?", "co nguoi noi la Bo Noi vu, giao bao nhieu bien che cong chuc?", "toi nghi la Bo Tu phap, gop y bn du thao?"]) {
      expect(ask(q).answered, q).toBe(false);
    }
    expect(values("e thấy ghi giảm 2,47%, vậy biên chế giảm bao nhiêu người?")).not.toContain(988);
    // (What the asker already has is no question of it.)
    expect(values("chi cân đối đã có rồi, thu ngân sách bao nhiêu, cảm ơn ad")).toEqual([11145304]);
  });

  it("reads a unit as the subject only when it opens the message, alone and not denied", () => {
    expect(values("Sở ban ngành chưa được duyệt đề án VTVL bao nhiêu?")).not.toEqual([22]);
    expect(values("Sở ban ngành, UBND cấp huyện: bao nhiêu được duyệt?")).not.toEqual([9]);
    expect(values("Sở ban ngành, Chi cục và tương đương được duyệt đề án VTVL bao nhiêu?")).not.toEqual([15]);
  });

  it("keeps a total opening a message whose items are each asked ('tổng bn A + bn B?')", () => {
    expect(values("tổng bn nghị quyết + bn quyết định?")[0]).toBe(125);
  });

  it("dates no figure of another level than the one given ('Số thu ngân sách cấp huyện tính đến ngày nào?')", () => {
    expect(chat("Thu ngân sách nhà nước được bao nhiêu?", "Số thu ngân sách cấp huyện tính đến ngày nào?").at(-1)!.answered).toBe(false);
  });
});

describe("no wrong figure near the thirty-sixth session's mechanisms (midway review)", () => {
  it("adds at each level in brackets the things named outside them, not another thing of that level", () => {
    expect(formula("Tổng số ĐVSN (cấp tỉnh + cấp huyện) được phê duyệt đề án VTVL?")).toBe("128 + 556 = 684");
    expect(formula("Total public service units (provincial + district) with job-position schemes approved?")).toBe("128 + 556 = 684");
    expect(values("Tổng số ĐVSN (cấp tỉnh và cấp huyện) được phê duyệt đề án VTVL?")).not.toContain(137);
  });

  it("reads the units as a message's topic only when it names no other thing counted", () => {
    expect(values("ĐVSN đã rõ, giờ hỏi công chức: hiện có bao nhiêu người?")).toContain(1895);
  });

  it("asks no other figure of a sentence by the unit the figure before is counted in", () => {
    // (The sentence's other figure, the 176 abolished, is no answer of its own: at most one reading.)
    expect(chat("TTHC công bố bao nhiêu?", "tổng số TTHC?").at(-1)!.facts.map((f) => f.value)).not.toEqual([176]);
    expect(chat("Bãi bỏ bao nhiêu TTHC?", "số TTHC?").at(-1)!.facts.map((f) => f.value)).not.toEqual([1117]);
  });

  it("adds nothing joined by a plus sign when each is asked ('A + B, mỗi loại bao nhiêu?')", () => {
    expect(values("Số TTHC công bố + bãi bỏ, mỗi loại bao nhiêu?")).toEqual([1117, 176]);
    expect(values("Sở Tư pháp: góp ý + thẩm định bao nhiêu dự thảo, lần lượt?")).toEqual([332, 173]);
  });

  it("leaves out items named in English by their units, none of them one added", () => {
    expect(formula("Agencies with job-position schemes approved (departments + sub-departments; excluding district committees, public service units)?")).toBe("22 + 15 = 37");
  });

  it("reads 'còn lại' after something left out as what the exclusion leaves, no remainder of a plan", () => {
    for (const q of [
      "Không tính ĐVSN thì còn lại bao nhiêu cơ quan, đơn vị được duyệt đề án VTVL?",
      "Đề án VTVL đã duyệt – trừ các ĐVSN công lập ra, còn lại bao nhiêu cơ quan hành chính (Sở ban ngành; Chi cục & TĐ; UBND cấp huyện)?",
    ]) {
      expect(formula(q), q).toBe("22 + 15 + 9 = 46");
    }
    expect(values("Trừ nghị quyết của HĐND tỉnh ra, còn lại bao nhiêu văn bản QPPL cấp tỉnh?")).toEqual([94]);
    // (In English, the tasks that "remain" once the completed are left out are the plan's remainder.)
    expect(formula("Excluding the completed tasks, how many tasks remain?")).toBe("34 − 31 = 3");
    // (With another operation named, "cộng … còn lại", it is read as before: declined, never the sum without what is left out.)
    expect(ask("Không tính các nghị quyết của HĐND tỉnh, cộng toàn bộ văn bản QPPL còn lại ở cả ba cấp tỉnh, huyện, xã thì được bao nhiêu?").facts.map((f) => f.value)).not.toContain(217);
  });

  it("gives no sum without what the message leaves out when it cannot take it out", () => {
    expect(ask("Không tính các nghị quyết của HĐND tỉnh, cộng tất tần tật văn bản QPPL ở cả ba cấp tỉnh, huyện, xã thì được bao nhiêu?").answered).toBe(false);
  });

  it("gives no figure of what is left when the level left out cannot be taken out of 'toàn bộ' (all) of them", () => {
    expect(ask("Không tính cấp tỉnh, cộng toàn bộ văn bản QPPL thì được bao nhiêu?").answered).toBe(false);
  });

  it("adds the items a question asks of a list when the others are left out one by one, each by its unit ('trừ UBND cấp huyện và đơn vị sự nghiệp ra')", () => {
    for (const q of [
      "Đề án vị trí việc làm do UBND tỉnh duyệt, trừ UBND cấp huyện và đơn vị sự nghiệp ra thì còn bao nhiêu Sở ban ngành và Chi cục?",
      "Đề án vị trí việc làm do UBND tỉnh duyệt, không tính UBND cấp huyện và đơn vị sự nghiệp, còn bao nhiêu Sở ban ngành và Chi cục?",
    ]) {
      expect(formula(q), q).toBe("22 + 15 = 37");
    }
    expect(formula("Đề án VTVL: trừ Chi cục và ĐVSN ra thì còn bao nhiêu Sở ban ngành và UBND cấp huyện?")).toBe("22 + 9 = 31");
  });

  it("keeps a rate of two figures a body states, one not a fraction of the other ('… tự kiểm tra so với số quyết định … ban hành': 89 of the 94)", () => {
    expect(formula("Tỷ lệ VB QPPL UBND tỉnh tự kiểm tra so với số quyết định QPPL UBND tỉnh ban hành?")).toBe("89 / 94 ≈ 94,68%");
    // (A part of a whole named with another body: the committee's 94 of the 125 both issued.)
    expect(formula("Quyết định của UBND tỉnh chiếm bao nhiêu phần trăm trong số văn bản QPPL do HĐND, UBND tỉnh ban hành năm 2024?")).toBe("94 / 125 = 75,2%");
  });
});

describe("no wrong figure near the thirty-first session's mechanisms (late review)", () => {
  it("reads a rate asked of each figure before it without the words that say 'each' ('lần lượt' is no 'lượt'), and says which it has none for", () => {
    expect(values("Số biên chế giao bao nhiêu, số người làm việc giao bao nhiêu, lần lượt hiện có bao nhiêu?")).toEqual([1951, 22531, 1895, 22056]);
    expect(values("Thu ngân sách bao nhiêu, chi cân đối bao nhiêu; lần lượt đạt bao nhiêu % dự toán?")).toEqual([11145304, 11387742, 94.5, 75]);
    expect(values("Biên chế hiện có bao nhiêu, người làm việc hiện có bao nhiêu; tỷ lệ giảm lần lượt là bao nhiêu?")).toEqual([1895, 22056, 2.47, 4.29]);
    // (After two figures, a rate against last year is the one that has it, no gap said for the other.)
    const both = ask("Thu ngân sách bao nhiêu, chi bao nhiêu, và đạt bao nhiêu so với cùng kỳ?");
    expect(both.facts.map((f) => f.value)).toEqual([11145304, 11387742, 120.9]);
    expect(both.note ?? "").not.toContain("Báo cáo không có số liệu");
  });

  it("takes a contrast's verb out of what it asks, reads 'ma tinh cap …' typed bare as one, and a total asked instead as nothing subtracted", () => {
    expect(values("Không tính cấp tỉnh mà tính cấp huyện, bao nhiêu đơn vị sự nghiệp được phê duyệt?")).toEqual([556]);
    expect(values("khong tinh cap huyen ma tinh cap xa, ban hanh bn van ban qppl")).toEqual([69]);
    expect(values("Không kể số dự thảo QPPL mà kể tổng số dự thảo Sở Tư pháp đã góp ý?")).toEqual([332]);
  });

  it("keeps a place an address line names with the question, and reads 'toàn bộ' as no reference to the department", () => {
    expect(ask("Kính gửi Sở Nội vụ tỉnh Quảng Trị. Đề nghị Quý Sở cho biết số biên chế công chức hiện có?").answered).toBe(false);
    expect(ask("Kính gửi UBND tỉnh Quảng Trị. Tỉnh đã công bố bao nhiêu TTHC?").answered).toBe(false);
    expect(ask("Kính gửi UBND huyện Phú Vang. Huyện đã ban hành bao nhiêu văn bản QPPL?").answered).toBe(false);
    expect(values("Kính gửi UBND tỉnh Thừa Thiên Huế. Đề nghị cho biết số TTHC được công bố?")).toEqual([1117]);
    expect(values("Đề nghị Quý Sở cho biết toàn bộ số TTHC được công bố?")).toEqual([1117]);
  });
});

describe("no wrong figure near the thirty-first session's mechanisms (midway review)", () => {
  it("reads a relative clause of what is left out ('mà tỉnh …', 'mà Hội đồng …') as no contrast, and a total not asked as nothing subtracted", () => {
    expect(values("Không tính số TTHC mà tỉnh đã bãi bỏ, tỉnh công bố bao nhiêu TTHC?")).toEqual([1117]);
    expect(values("khong tinh cac tthc ma tinh bai bo, tinh cong bo bn tthc")).toEqual([1117]);
    expect(values("Không tính số người mà tỉnh giao, hiện có bao nhiêu người làm việc trong đơn vị sự nghiệp?")).toEqual([22056]);
    expect(values("Không tính những văn bản mà Hội đồng nhân dân tỉnh thông qua, UBND tỉnh ban hành bao nhiêu quyết định QPPL?")).toEqual([94]);
    expect(values("Không hỏi tổng số văn bản mà hỏi số nghị quyết của HĐND tỉnh?")).toEqual([31]);
    expect(values("khong hoi tong so ma hoi so du thao qppl dam bao thoi gian va chat luong gop y")).toEqual([203]);
  });

  it("adds no items when what is left out is a kind or a part the report does not give of them", () => {
    expect(values("Không tính nghị quyết, tổng số văn bản QPPL cấp huyện và cấp xã ban hành là bao nhiêu?")).not.toContain(92);
    expect(values("Không tính TTHC liên thông, tổng số TTHC công bố và bãi bỏ là bao nhiêu?")).not.toContain(1293);
  });

  it("gives the rate the amount's own sentence states, and another figure's rate when the clause names it; a gap only for a plan or period the amount has none against", () => {
    expect(values("Có bao nhiêu TTHC một cửa và đạt tỷ lệ bao nhiêu?")).toEqual([2071, 100]);
    expect(values("Phê duyệt bao nhiêu quy trình nội bộ và đạt tỷ lệ bao nhiêu?")).toEqual([759, 100]);
    expect(values("Thu ngân sách bao nhiêu, chi bao nhiêu, so với cùng kỳ thu đạt bao nhiêu?")).toEqual([11145304, 11387742, 120.9]);
    const spent = ask("Chi cân đối bao nhiêu? Đạt bao nhiêu so với cùng kỳ?");
    expect(spent.facts.map((f) => f.value)).toEqual([11387742]);
    expect(spent.note).toContain("Báo cáo không có số liệu cho");
  });

  it("keeps a lead naming what a bare question leaves unsaid, and a sentence ending in a digit as a sentence", () => {
    expect(values("For our recruitment review, how many passed?")).not.toContain(31);
    expect(values("Thu ngân sách đạt bao nhiêu đến ngày 6. Chi cân đối đạt bao nhiêu?")).toEqual([11145304, 11387742]);
    expect(values("Biên chế hiện có bao nhiêu trong năm 2024, giảm bao nhiêu so với năm 2023 tính theo bảng 2. Tỷ lệ giảm bao nhiêu?")).toEqual([1895, 48, 2.47]);
    expect(values("How many exam candidates passed, and how many civil servants are there now?")).toEqual([16, 1895]);
  });
});

describe("no wrong figure near the thirtieth session's later mechanisms (late review)", () => {
  it("gives the result of what a statement tells only when it is of the statement's own action", () => {
    expect(chat("Quyết định về số lượng Phó Giám đốc Sở là gì?", "kết quả có bao nhiêu người?").at(-1)!.facts.map((f) => f.value)).not.toContain(1951);
  });

  it("answers the report's date however the question joins its words ('vào ngày nào', 'and when')", () => {
    for (const q of ["Báo cáo này được ban hành vào thời gian nào?", "bao cao so 627 ban hanh vao ngay nao", "Who issued this report and when?"]) {
      expect(ask(q).citations[0]?.quote ?? "", q).toContain("Báo cáo số 627/BC-UBND ngày 20/12/2024");
    }
  });

  it("gives no decrease to a question denying one ('số biên chế không giảm là bao nhiêu?')", () => {
    expect(values("số biên chế không giảm là bao nhiêu?")).not.toContain(48);
    expect(values("Biên chế có giảm không, giảm bao nhiêu?")[0]).toBe(48);
    // (Nor after a figure: the change, or its rate, is not what is left.)
    for (const first of ["Hiện có bao nhiêu biên chế công chức?", "Biên chế có giảm không, giảm bao nhiêu?"]) {
      const values = chat(first, "số biên chế không giảm là bao nhiêu?").at(-1)!.facts.map((f) => f.value);
      expect(values).not.toContain(48);
      expect(values).not.toContain(2.47);
    }
  });

  it("reads 'knowledge contest' as the report's 'Hội thi … tìm hiểu' ('How many participants did the online administrative-reform knowledge contest attract?')", () => {
    expect(values("How many participants did the online administrative-reform knowledge contest attract?")).toContain(107737);
  });

  it("keeps the contest's 'thi' after a word of the contest", () => {
    expect(values("cuoc thi kiem tra hieu biet cchc co bn don vi tham gia")).toEqual([214]);
    expect(values("hoi thi chiem bao nhieu phan tram co quan")).not.toContain(100);
  });
});

describe("no wrong figure near the thirtieth session's mechanisms (midway review)", () => {
  it("answers the report's date and issuer only of a question about the report itself", () => {
    // (Every reply names the report in its source line: the sentence cited says which answer it is.)
    const cited = (q: string) => ask(q).citations[0]?.quote ?? "";
    for (const q of ["Theo báo cáo, văn bản QPPL cấp xã do ai ban hành?", "According to the report, what date was the recruitment held?", "Theo báo cáo, quy chế chi tiêu nội bộ được ban hành khi nào?"]) {
      expect(cited(q), q).not.toContain("Báo cáo số 627");
    }
    expect(cited("Which body issued Report No. 627/BC-UBND?")).toContain("Báo cáo số 627/BC-UBND ngày 20/12/2024");
  });

  it("cites the last answer for a source request naming it in common words ('that figure', 'số này')", () => {
    expect(chat("UBND tỉnh thực hiện bao nhiêu nhiệm vụ được Chính phủ giao?", "bãi bỏ bao nhiêu TTHC?", "What's the source for that figure?").at(-1)!.citations[0]!.quote).toContain("bãi bỏ 176");
    expect(chat("hội thi có bao nhiêu lượt người dự thi", "có bao nhiêu công chức trúng tuyển", "nguồn của số này trong báo cáo?").at(-1)!.citations[0]!.quote).toContain("16 công chức");
  });

  it("gives no figure again to a question asked again that denies what it counts", () => {
    expect(chat("Có bao nhiêu công chức trúng tuyển năm 2024?", "bao nhiêu người không trúng tuyển?").at(-1)!.answered).toBe(false);
  });

  it("reads 'the figures for A and B' clause by clause, and a name joined by 'and' as one", () => {
    expect(values("What are the figures for revenue and expenditure?")).toEqual([11145304, 11387742]);
    expect(values("What are the figures for documents issued by the Provincial People's Council and People's Committee?")).toEqual([125]);
  });

  it("keeps answering 'trong số X đó …' of a figure the report states, all of which may be what is asked", () => {
    const last = (...turns: string[]) => chat(...turns).at(-1)!.facts.map((f) => f.value);
    expect(last("có bao nhiêu TTHC thực hiện theo cơ chế một cửa, một cửa liên thông", "trong số TTHC này thì bao nhiêu phần trăm đủ điều kiện được tiếp nhận tại bộ phận một cửa?")).toEqual([100]);
    expect(last("Hiện có bao nhiêu biên chế công chức?", "trong số biên chế đó thì giảm bao nhiêu so với 2023?")[0]).toBe(48);
    expect(last("Sở Tư pháp thẩm định bao nhiêu dự thảo văn bản QPPL?", "trong số dự thảo đó có bao nhiêu dự thảo được thẩm định đúng tiến độ?")).toEqual([173]);
  });

  it("reads 'đạt bao nhiêu so với dự toán' in a clause of several as the share, and 'Kính nhờ', 'Kính mong' as polite requests", () => {
    const share = ask("Thu ngân sách đạt bao nhiêu so với dự toán và dự toán là bao nhiêu?");
    expect(share.facts.map((f) => f.value)).toEqual([94.5]);
    expect(share.note).toContain("dự toán là bao nhiêu");
    expect(values("Thu ngân sách bao nhiêu, bằng bao nhiêu so với cùng kỳ và cùng kỳ năm trước thu bao nhiêu?")).toEqual([11145304, 120.9]);
    expect(values("Kính mong cho biết số công chức trúng tuyển và số biên chế công chức giảm")).toEqual([16, 48]);
  });
});

describe("no wrong figure near this session's mechanisms (midway review)", () => {
  it("asks each part only of a figure the report breaks into parts, and keeps the total asked too", () => {
    // (No provincial or district share of the 1.951 posts is stated: no other measure's figure for either.)
    expect(ask("How many civil servant positions did the province and districts each receive?").answered).toBe(false);
    expect(values("Cấp tỉnh và cấp huyện mỗi cấp được giao bao nhiêu biên chế công chức?")).not.toContain(22531);
    expect(values("How many civil servant positions were allocated to the provincial agencies and district committees respectively?")).not.toContain(22531);
    expect(values("How many legal documents did the council and committee issue in total and each?")).toEqual([125, 31, 94]);
  });

  it("leaves out a level without giving another measure's figure ('biên chế công chức giao, trừ cấp huyện')", () => {
    for (const q of ["Biên chế công chức giao năm 2024 trừ cấp huyện ra thì là bao nhiêu?", "Trừ cấp huyện ra thì biên chế công chức giao năm 2024 là bao nhiêu?", "Ngoài cấp huyện, biên chế công chức được giao là bao nhiêu?"])
      expect(ask(q).answered).toBe(false);
    // (What is left out may be a number: "trừ 31 nghị quyết ra thì còn" the committee's 94.)
    expect(values("Văn bản QPPL cấp tỉnh trừ 31 nghị quyết ra thì còn bao nhiêu?")).toEqual([94]);
  });

  it("keeps the items of a list that asks first, however alike their words ('đoàn kiểm tra, văn bản được kiểm tra và kết luận')", () => {
    expect(values("Có bao nhiêu đoàn kiểm tra, văn bản được kiểm tra và kết luận?")).toEqual([4, 106, 4]);
    expect(values("How many agencies and participants took part in the online contest?")).toEqual([214, 107737]);
  });

  it("keeps a part named in other words than its label's ('văn bản quy phạm' of the QPPL drafts)", () => {
    expect(values("Sở Tư pháp góp ý bao nhiêu dự thảo văn bản quy phạm?")).toEqual([203]);
    expect(values("Of all the drafts the Department of Justice commented on, counting only the legal normative ones, how many were there?")).toEqual([203]);
  });

  it("asks nothing of a lead's own question after a colon ('Note: which year …?', 'Clarify: what does TTHC stand for?')", () => {
    expect(values("Note: which year does this report cover? And how many legal documents did the province issue?")).toEqual([125]);
    expect(values("Report 627/BC-UBND: what date was it issued, and how many legal documents did the province issue?")).toEqual([125]);
    expect(values("Clarify: what does TTHC stand for? How many TTHC were announced?")).toEqual([1117]);
  });

  it("keeps a lead naming the work asked about ('Để hoàn thành kế hoạch CCHC, …'), drops one preparing a document, marks or none", () => {
    expect(values("Để hoàn thành kế hoạch cải cách hành chính, UBND tỉnh đã làm được bao nhiêu nhiệm vụ?")).toEqual([31]);
    expect(values("De hoan thien bao cao gui Bo Noi vu, nho anh chi cho biet nam 2024 UBND tinh da thuc hien bao nhieu nhiem vu do Chinh phu giao?")).toEqual([172]);
  });

  it("settles the reading by a measure named after the figures' own verb ('Đoàn kiểm tra thực hiện kiểm tra văn bản QPPL')", () => {
    expect(values("Đoàn kiểm tra thực hiện kiểm tra văn bản QPPL là bao nhiêu?")).toEqual([106]);
  });
});

describe("no wrong figure near this session's later mechanisms (second review)", () => {
  it("names the rest of two stated parts only by its own words, and never for a level, year or body of its own", () => {
    const first = "Trong các đơn vị sự nghiệp công lập được duyệt vị trí việc làm, bao nhiêu đơn vị trực thuộc UBND tỉnh?";
    expect(chat(first, "Số còn lại thuộc cấp huyện là bao nhiêu?")[1]!.facts.map((f) => f.value)).not.toContain(117);
    expect(chat(first, "How many of the rest are under district committees?")[1]!.facts.map((f) => f.value)).not.toContain(117);
    expect(chat("HĐND tỉnh ban hành bao nhiêu nghị quyết QPPL?", "Năm 2023 còn lại bao nhiêu quyết định?")[1]!.answered).toBe(false);
  });

  it("compares the sides as named: 'ít hơn của UBND tỉnh' is the committee's decisions, not another measure", () => {
    expect(values("Số nghị quyết HĐND tỉnh ít hơn của UBND tỉnh bao nhiêu?")[0]).not.toBe(58);
    expect(values("Số văn bản QPPL HĐND tỉnh ban hành ít hơn của UBND tỉnh bao nhiêu?")[0]).not.toBe(36);
  });

  it("reads 'in A and in B' as where staff are unless a change is named before ('the staffing in the civil service and in public service units')", () => {
    expect(values("What is the staffing in the civil service and in public service units?")).toContain(22056);
    // (A measure after "và"/"and" with none before it to be parallel to is read as ever.)
    expect(values("Cho biết số thu NSNN trên địa bàn tỉnh và số chi cân đối ngân sách 11 tháng năm 2024.")).toEqual([11145304, 11387742]);
    expect(ask("and balanced spending vs its estimate?").answered).toBe(true);
  });

  it("asks the source only for a sentence ('câu gốc'), not for documents counted ('văn bản gốc')", () => {
    expect(ask("Kiến nghị sửa đổi bao nhiêu văn bản gốc?").answered).toBe(true);
  });

  it("gives nothing of an allocation for 'not present' of something else ('How many officials were not present at the contest?')", () => {
    expect(values("How many officials were not present at the contest?")).not.toContain(56);
  });

  it("asks no quantity a semicolon's clause states or says the asker has", () => {
    expect(values("Số quyết định của UBND tỉnh là 94; số nghị quyết bao nhiêu?")).toEqual([31]);
    expect(values("Số TTHC công bố tôi đã có; số TTHC bãi bỏ là bao nhiêu?")).toEqual([176]);
  });

  it("gives the shares against two plans only of the amount the message names", () => {
    const [, shares] = chat("Chi cân đối ngân sách 11 tháng là bao nhiêu?", "so với dự toán và cùng kỳ thì đạt bao nhiêu %?");
    expect(shares!.facts.map((f) => f.value)).not.toContain(120.9);
  });
});

describe("no wrong figure near this session's mechanisms (twenty-ninth session, midway review)", () => {
  it("reads 'payroll' as the staffing it names, never a cost or an amount of money the report gives", () => {
    for (const q of ["What is the total payroll cost?", "How much does the payroll cost per year?", "How much was spent on payroll?", "How much was spent on the payroll?", "How much payroll was saved?"]) {
      expect(ask(q).answered, q).toBe(false);
    }
    expect(values("How many civil servants are on the payroll?")).toContain(1895);
  });

  it("adds a figure and its own change when the sum itself is asked, not when a change is", () => {
    expect(values("Cộng số người làm việc có mặt với số người giảm so với năm 2023 thì được bao nhiêu?")[0]).toBe(23044);
    expect(values("Số biên chế hiện có cộng với số giảm là bao nhiêu?")[0]).toBe(1943);
  });

  it("reads no question of its own as the scene of a request after it", () => {
    expect(values("HĐND tỉnh ban hành bao nhiêu nghị quyết. Cho em xin số quyết định của UBND tỉnh, số văn bản cấp huyện.")).not.toContain(125);
    expect(values("Tỉnh công bố bao nhiêu TTHC. Cho em xin số TTHC bãi bỏ, số TTHC một cửa.")).toContain(1117);
  });

  it("reads two levels typed one after another as listed only when three are, or each is asked ('văn bản của cấp huyện cấp tỉnh đã kiểm tra': the province checks)", () => {
    const checked = values("Văn bản QPPL của cấp huyện cấp tỉnh đã kiểm tra bao nhiêu?");
    // (Its readings, the 23 checked under the department's authority among them; not 106 and 89 as two levels' figures.)
    expect(checked).toEqual(expect.arrayContaining([106, 23]));
  });
});

describe("no wrong figure near this session's later mechanisms (twenty-ninth session, late review)", () => {
  it("reads 'mọi cấp', 'mỗi cấp' as all or each level, not 'mới cấp'; 'newly' of what the year did is that figure", () => {
    expect(values("Có bao nhiêu TTHC thực hiện theo cơ chế một cửa ở mọi cấp?")).toEqual([2071]);
    expect(ask("Mỗi cấp được phê duyệt bao nhiêu đề án vị trí việc làm?").answered).toBe(true);
    expect(values("How many legal normative documents were newly issued by the province?")).toEqual([125]);
  });

  it("keeps what one in charge is in charge of as the scene, only where they work is not", () => {
    expect(values("Tôi phụ trách văn bản QPPL cấp huyện ở Sở Tư pháp, xin cho biết: - số văn bản ban hành; - số văn bản được kiểm tra.")).not.toContain(69);
    expect(values("Mình phụ trách mảng VTVL ở cấp huyện, cho hỏi số đơn vị sự nghiệp và tỷ lệ được phê duyệt.")).not.toContain(128);
  });

  it("says no clause is without a figure when a figure given already explains it", () => {
    for (const q of ["Thu ngân sách đạt bao nhiêu, bằng bao nhiêu % dự toán và cùng kỳ, so với cùng kỳ là bao nhiêu?", "Văn bản QPPL cấp tỉnh bao nhiêu, nghị quyết bao nhiêu, quyết định bao nhiêu, HĐND tỉnh ban hành bao nhiêu?"]) {
      expect(ask(q).note ?? "", q).not.toContain("chưa tìm được");
    }
  });

  it("reads 'lần lượt' alone as no stopword (a breakdown asked), and drops ', respectively,' only after a list of three", () => {
    expect(ask("Thu ngân sách lần lượt các tháng?").answered).toBe(false);
    expect(values("How many resolutions and decisions, respectively, were issued, and how many documents in total?")).toEqual([31, 125]);
  });
});

describe("figures computed from the report's figures", () => {
  it("reads an order to compute ('Hãy tính …', 'tính giúp …', 'Calculate …') as asking the figure it names, not the rate beside it", () => {
    for (const q of ["Hãy tính dự toán thu ngân sách năm 2024.", "tinh giup du toan thu ngan sach nam 2024", "Back-calculate the 2024 state budget revenue estimate."]) {
      expect(values(q)[0], q).toBe(11793972);
    }
    expect(ask("Hãy tính số hồ sơ trễ hạn năm 2024").answered).toBe(false);
  });

  it("reads a closing clause naming the figures to compute from ('from the amount collected and the … rate', 'từ số đã thu và tỷ lệ …') as the operands, not figures asked", () => {
    for (const q of ["Back-calculate the 2024 state budget revenue estimate from the amount collected and the 94.5% completion rate.", "Tính ngược dự toán thu ngân sách năm 2024 từ số đã thu và tỷ lệ hoàn thành."]) {
      expect(values(q)[0], q).toBe(11793972);
    }
    expect(ask("Reconstruct the 2023 total: civil-servant positions plus people working in public service units, using the current figures and the reported decreases.").facts[0]!.derived?.formula).toBe("(1,895 + 48) + (22,056 + 988) = 1,943 + 23,044 = 24,987");
    // (A period after "từ" is no operand, and a clause that asks is not cut.)
    expect(values("thu ngân sách từ đầu năm đến nay bao nhiêu")).toEqual([11145304]);
    expect(values("So với số được giao thì biên chế công chức hiện có còn thiếu bao nhiêu?")[0]).toBe(56);
  });

  it("reads a figure's own unit named with a joiner ('provincial departments and agencies') as one thing, not two items of its sentence", () => {
    expect(values("How many provincial departments and agencies had job-position schemes approved?")).toEqual([22]);
    expect(values("How many departments, sub-departments and district People's Committees had job-position schemes approved?")).toEqual([22, 15, 9]);
  });

  it("gives the close figure whose label names the thing the question names beside what it counts ('Các đoàn kiểm tra …': the teams' 106), not the best figure with it as a reading", () => {
    expect(values("Các đoàn kiểm tra văn bản QPPL cấp huyện của Sở Tư pháp đã kiểm tra bao nhiêu văn bản?")).toEqual([106]);
    // (Not a level in place of a change: the fall asked stays the fall.)
    expect(values("By how many people did the staff actually working in public service units shrink compared with 2023?")[0]).toBe(988);
    // (Nothing named apart: both readings.)
    expect(values("Sở Tư pháp kiểm tra bao nhiêu văn bản QPPL cấp huyện?")).toEqual([23, 106]);
  });

  it("totals a measure counted whose items a list of the report holds ('tổng cộng bao nhiêu cơ quan hành chính …': the departments, sub-departments and district committees)", () => {
    expect(ask("Có tổng cộng bao nhiêu cơ quan hành chính được phê duyệt đề án vị trí việc làm?").facts[0]!.derived?.formula).toBe("22 + 15 + 9 = 46");
    // (Named by a total, "Tổng số …", and of the level it names.)
    expect(ask("Tổng số cơ quan hành chính được phê duyệt đề án vị trí việc làm là bao nhiêu?").facts[0]!.derived?.formula).toBe("22 + 15 + 9 = 46");
    expect(ask("Tổng số cơ quan hành chính cấp tỉnh được phê duyệt đề án vị trí việc làm?").facts[0]!.derived?.formula).toBe("22 + 15 = 37");
  });

  it("reads a plus sign as 'and' within a name, and adds nothing each side of which asks its own ('bn A + bn B?')", () => {
    expect(chat("Sở ban ngành được duyệt đề án VTVL bao nhiêu?", "còn chi cục + tương đương?").at(-1)!.facts.map((f) => f.value)).toEqual([15]);
    expect(values("Bộ máy: bn cơ quan được ban hành quy định chức năng, nhiệm vụ + bn cơ quan được sửa đổi, bổ sung?")).toEqual([32, 6]);
  });

  it("reads two agents joined in a relative clause ('nhiệm vụ mà CP với TTg giao') as the agents of one figure, no list of items", () => {
    expect(values("ad oi nam 2024 ubnd tinh thuc hien dc bn nhiem vu ma cp voi ttg giao vay")).toEqual([172]);
  });

  it("reads a bracket asking on its own ('… giảm bn (tỷ lệ?); …') as a clause of its own", () => {
    expect(values("BC CC giảm bn (tỷ lệ?); SNLV ĐVSN giảm bn (tỷ lệ?) so với 2023")).toEqual([48, 2.47, 988, 4.29]);
    // (A bracket narrowing the question asks nothing of its own.)
    expect(values("Tỉnh giao bao nhiêu biên chế (công chức?)")).toEqual([1951]);
    expect(values("BC CC giảm bn (tỷ lệ?)")).toEqual([48, 2.47]);
    expect(values("biên chế CC giảm bao nhiêu (tỷ lệ?) và người làm việc trong ĐVSNCL giảm bao nhiêu (tỷ lệ?) so với 2023?")).toEqual([48, 2.47, 988, 4.29]);
  });

  it("reads a bracket naming the forms of an answer, a count and a rate ('(số lượng; %)', '(số tiền; % dự toán)'), as asking both", () => {
    expect(values("Theo BC 627/BC-UBND: biên chế CC giảm bao nhiêu (số lượng; %) và người làm việc trong ĐVSNCL giảm bao nhiêu (số lượng; %) so với 2023?")).toEqual([48, 2.47, 988, 4.29]);
    expect(values("bien che cong chuc giam bn (sl, tỷ lệ)?")).toEqual([48, 2.47]);
    expect(values("Thu NSNN đến 06/12: bao nhiêu (số tiền; % dự toán)?")).toEqual([11145304, 94.5]);
    // ("(%)" alone says the answer is a rate.)
    expect(values("bien che cong chuc giam bn (%)?")).toEqual([2.47]);
  });

  it("reads '&' between words as 'và' ('and' in English), and 'TĐ' after 'Chi cục và' as the report's 'tương đương'", () => {
    for (const q of ["ĐA VTVL khối cơ quan HC cấp tỉnh (Sở ban ngành + Chi cục & TĐ) được phê duyệt: tổng = ?", "Đề án VTVL được phê duyệt (Sở ban ngành + Chi cục và TĐ): tổng bn?", "How many departments & sub-departments had job-position schemes approved in total?"]) {
      expect(formula(q), q).toMatch(/^22 \+ 15 = 37$/);
    }
    expect(values("bn Chi cục và TĐ được duyệt đề án VTVL")).toEqual([15]);
    expect(values("Đề án VTVL được phê duyệt: bao nhiêu Sở ban ngành và Chi cục & TĐ?")).toEqual([22, 15]);
  });

  it("reads a plus sign between words as 'and' (officials' shorthand): in a total, in a list in brackets, and beside items left out one by one", () => {
    expect(formula("BC năm 2024: số TTHC công bố + số TTHC bãi bỏ, tổng cộng bn?")).toBe("1.117 + 176 = 1.293");
    expect(formula("Đề án VTVL đã duyệt: tổng (Sở + Chi cục + UBND cấp huyện + ĐVSN) là bao nhiêu đơn vị?")).toBe("22 + 15 + 9 + 128 = 174");
    // (Each item left out another item of the report's list, by a word of its unit: "ĐVSN" is the
    // list's 128, not the districts' 556.)
    expect(formula("Duyệt VTVL cấp tỉnh (Sở ban ngành + Chi cục; không tính UBND huyện, ĐVSN): cộng lại bao nhiêu?")).toBe("22 + 15 = 37");
    // (Not when one left out is one added.)
    expect(ask("Duyệt VTVL cấp tỉnh (Sở ban ngành + Chi cục; không tính Chi cục, UBND huyện): cộng lại bao nhiêu?").facts.map((f) => f.value)).not.toContain(37);
    // (Not a sign before a number: "+84" is no word.)
    expect(values("Gọi +84 234 hỏi: số TTHC được công bố năm 2024 là bao nhiêu?")).toEqual([1117]);
  });

  it("adds what an order to add names ('Add up A and B', 'add the ones … to the ones …'), not gives one of them", () => {
    expect(values("Add up the civil-servant positions and the public-service staff numbers the province allocated in 2024")).toEqual([24482, 1951, 22531]);
    expect(values("How many draft legal normative documents did the Department of Justice handle in total if you add the ones it commented on to the ones it appraised?")).toEqual([376, 203, 173]);
    // ("add A to B": A and B are the things added, of two staff measures that add up each named by its people.)
    expect(values("What is the total current headcount if you add the civil servants now in post to the staff present in public service units?")).toEqual([23951, 1895, 22056]);
    // (Two actions without anything adding them stay two figures asked.)
    expect(values("How many drafts did the Department of Justice comment on, and how many did it appraise?")).toEqual([332, 173]);
  });

  it("adds two measures however the second is placed: given 'cho các đơn vị sự nghiệp' (the units are who received it), 'the drop in … staff' (the staff dropped)", () => {
    expect(values("Cộng biên chế công chức được giao với số người làm việc được giao cho các đơn vị sự nghiệp công lập, tổng là bao nhiêu?")[0]).toBe(24482);
    expect(values("How big was the combined reduction against 2023 if you add the cut in civil-servant positions to the drop in public-service-unit staff?")).toEqual([1036, 48, 988]);
    // (A measure after "in" right after another still says where that one is.)
    expect(values("How many staff in public service units are there now?")).toEqual([22056]);
  });

  it("shows the formula, says it is computed, and cites every operand", () => {
    const a = ask("Kế hoạch CCHC năm 2024 còn bao nhiêu nhiệm vụ chưa hoàn thành?");
    expect(a.facts[0]).toMatchObject({ value: 3, derived: { op: "remaining", operands: ["cchc-nhiem-vu-hoan-thanh"], formula: "34 − 31 = 3" } });
    expect(a.text).toContain("3 nhiệm vụ");
    expect(a.text).toContain("báo cáo không nêu trực tiếp");
    expect(a.citations.map((c) => c.quote).join(" ")).toContain("31/34");
  });

  it("reads the last of two sides without the gap asked after it ('Số nghị quyết và số quyết định chênh lệch bao nhiêu?')", () => {
    for (const q of ["Số nghị quyết và số quyết định chênh lệch bao nhiêu?", "Số nghị quyết và quyết định lệch nhau mấy văn bản?", "Số nghị quyết và quyết định chênh nhau mấy văn bản?"]) expect(formula(q), q).toBe("94 − 31 = 63");
  });

  it("reads 'lệch nhau bao nhiêu' as a difference asked, and a yes-or-no 'lệch nhau không' as none", () => {
    expect(formula("bien che giao voi bien che hien co lech nhau bn")).toBe("1.951 − 1.895 = 56");
    expect(ask("biên chế giao và biên chế hiện có lệch nhau không").facts.some((f) => f.derived)).toBe(false);
  });

  it("gives the share of a plan not achieved when the remainder is asked as a percentage", () => {
    expect(formula("kh cchc 2024 con bn % nhiem vu chua hoan thanh a")).toBe("(34 − 31) / 34 ≈ 8,82%");
  });

  it("reads a lead-in naming the figures to work from ('Căn cứ số thu và tỷ lệ đạt …,') as no part of the question", () => {
    expect(formula("Căn cứ số thu và tỷ lệ đạt so với dự toán, dự toán thu ngân sách năm 2024 ước khoảng bao nhiêu?")).toBe("11.145.304 / 94,5% ≈ 11.793.972");
    // A document named as the basis still says which figures.
    expect(ask("Căn cứ Kế hoạch 391, Sở Tư pháp đã tự kiểm tra bao nhiêu văn bản?").facts[0]!.value).toBe(89);
    // (So does the report itself, named as the basis: every answer is from it. It was declined.)
    expect(values("Căn cứ báo cáo, biên chế công chức của tỉnh năm 2024 là bao nhiêu?")).toEqual([1895, 1951]);
  });

  it("gives those in post of both staff measures for people in general with the allocation left out", () => {
    expect(values("so nguoi dang thuc te lam viec (ko phai so dc giao) la bn")).toEqual([1895, 22056]);
    // (A staff measure named is that measure's.)
    expect(values("Không tính số được giao, biên chế công chức hiện có bao nhiêu?")).toEqual([1895]);
  });

  it("reads a lead saying after which work of the report's the figure came ('Sau rà soát đơn giản hóa, …') as the scene, when the figure's sentence or the one before it tells of that work", () => {
    expect(values("Sau rà soát đơn giản hóa, chi phí tuân thủ thủ tục hành chính được cắt giảm bao nhiêu phần trăm?")).toEqual([42]);
    // (Not a work the report tells of elsewhere: the recruitment simplified no procedure.)
    expect(ask("Sau rà soát tuyển dụng công chức, chi phí tuân thủ thủ tục hành chính được cắt giảm bao nhiêu phần trăm?").answered).toBe(false);
    // (Nor what remains after the work: "Sau khi bãi bỏ, còn bao nhiêu …" asks a figure the report does not give.)
    expect(ask("Sau khi bãi bỏ, còn bao nhiêu TTHC thực hiện theo cơ chế một cửa?").answered).toBe(false);
    // ("con số" is no "còn".)
    expect(values("Sau rà soát đơn giản hóa, con số chi phí tuân thủ cắt giảm là bao nhiêu phần trăm?")).toEqual([42]);
    // (The rate is the simplification plans' as the savings beside it are: a lead naming the plans
    // asks it, not the savings.)
    expect(values("Sau rà soát, phương án đơn giản hóa giúp cắt giảm bao nhiêu phần trăm chi phí tuân thủ thủ tục hành chính?")).toEqual([42]);
  });

  it("reads a lead saying a change has happened ('Sau tinh giản, …', 'After the cuts, …') as the scene: what is asked after it is the figure since", () => {
    expect(values("Sau tinh giản, biên chế công chức còn bao nhiêu?")).toEqual([1895, 1951]);
    expect(values("Sau khi tinh giản so với năm 2023, hiện nay tỉnh còn bao nhiêu người?")).toEqual([1895, 22056]);
    expect(values("After the cuts, how many civil servant positions are filled?")).toEqual([1895]);
    // (The cuts named with their year and whose: "After the 2024 staff reductions, …".)
    expect(values("After the 2024 staff reductions, what is the current headcount?")).toEqual([1895, 22056]);
    // (Nor when what remains is asked against the level before it: the cut is its reference.)
    expect(values("Sau khi cắt giảm, chi phí tuân thủ của các TTHC được kiến nghị đơn giản hóa còn lại bao nhiêu phần trăm so với trước?")[0]).toBe(58);
    // (The change asked again after it is the change.)
    expect(values("Sau tinh giản thì biên chế công chức giảm bao nhiêu?")).toContain(48);
  });

  it("reads 'trên địa bàn tỉnh' as the province's territory, every level in it, not the provincial level", () => {
    for (const q of ["Năm 2024 trên địa bàn tỉnh đã ban hành bao nhiêu văn bản QPPL?", "nam 2024 tren dia ban tinh ban hanh bn van ban qppl vay"]) {
      expect(new Set(values(q)), q).toEqual(new Set([125, 23, 69]));
    }
    // (The revenue collected "trên địa bàn tỉnh" is one figure still.)
    expect(values("Thu ngân sách nhà nước trên địa bàn tỉnh năm 2024 được bao nhiêu?")).toEqual([11145304]);
  });

  it("reads 'the ratio of A to B' as A over B", () => {
    expect(ask("What is the ratio of commune-level legal documents to district-level legal documents?").facts[0]!.derived!.formula).toBe("69 / 23 = 300%");
  });

  it("reads the part of a share as the question names it, and its whole on its own side", () => {
    // The part named, not the best match for the whole message (the council's 31 of the 125).
    expect(formula("Quyết định của UBND tỉnh chiếm tỷ lệ bao nhiêu trong số văn bản QPPL mà HĐND, UBND tỉnh đã ban hành?")).toBe("94 / 125 = 75,2%");
    expect(formula("Tỷ lệ nghị quyết của HĐND tỉnh trên tổng số văn bản QPPL cấp tỉnh là bao nhiêu?")).toBe("31 / 125 = 24,8%");
    expect(formula("What share of the provincial-level legal documents were decisions of the provincial People's Committee?")).toBe("94 / 125 = 75.2%");
    // The part takes the qualifiers it leaves unsaid from its whole: the drafts commented on, not those appraised.
    expect(formula("Dự thảo văn bản QPPL chiếm bao nhiêu phần trăm trong tổng số dự thảo mà Sở Tư pháp đã góp ý?")).toBe("203 / 332 ≈ 61,14%");
  });

  it("reads 'Of B, what share belong to A' and 'B whose …' in English, and 'A rather than C' as the part A", () => {
    expect(formula("What share of the public service units whose job-position schemes the province approved belong to specialised agencies?")).toBe("117 / 128 ≈ 91.41%");
    expect(formula("Of the 128 public service units approved at provincial level, what share belong to the specialised agencies?")).toBe("117 / 128 ≈ 91.41%");
    expect(formula("Of the 128 public service units whose job-position schemes were approved by the provincial People's Committee, what percentage belong to the specialised agencies rather than sitting directly under the Committee?")).toBe("117 / 128 ≈ 91.41%");
    // A question opening with "whose" still asks a person.
    expect(ask("Whose decision approved the recruitment plan?").answered).toBe(false);
  });

  it("adds up a whole the report does not total, listed on the whole's side, and cites each figure", () => {
    const a = ask("Trong số văn bản QPPL do cấp huyện và cấp xã ban hành, cấp xã chiếm bao nhiêu phần trăm?");
    expect(a.facts[0]).toMatchObject({ value: 75, derived: { op: "ratio", formula: "69 / (23 + 69) = 69 / 92 = 75%" } });
    expect(a.facts.map((f) => f.value)).toEqual([75, 69, 23]);
    expect(formula("Văn bản QPPL cấp tỉnh chiếm bao nhiêu phần trăm tổng số văn bản QPPL của cả ba cấp tỉnh, huyện, xã?")).toBe("125 / (125 + 23 + 69) = 125 / 217 ≈ 57,6%");
    // Whichever item of the list is the part; a lead-in year is no whole; the part's qualifiers are its own, not a listed item's.
    expect(formula("Văn bản QPPL cấp huyện chiếm bao nhiêu % văn bản QPPL cấp huyện và cấp xã?")).toBe("23 / (23 + 69) = 23 / 92 = 25%");
    expect(formula("Trong năm 2024, văn bản QPPL cấp tỉnh chiếm bao nhiêu % tổng số văn bản QPPL của cả ba cấp tỉnh, huyện, xã?")).toBe("125 / (125 + 23 + 69) = 125 / 217 ≈ 57,6%");
    expect(formula("Chi cục chiếm bao nhiêu % tổng số Sở ban ngành, Chi cục, UBND cấp huyện và đơn vị sự nghiệp được phê duyệt đề án vị trí việc làm?")).toBe("15 / (22 + 15 + 9 + 128) = 15 / 174 ≈ 8,62%");
    // A share within its whole is never over 100%, whatever two figures are found.
    const over = ask("Chi cục chiếm bao nhiêu % Sở ban ngành, Chi cục, UBND cấp huyện và đơn vị sự nghiệp, không tính cơ quan hành chính?");
    expect(over.facts.every((f) => f.unit !== "%" || f.value! <= 100)).toBe(true);
  });

  it("reads a year in brackets after 'so với năm ngoái' as the baseline", () => {
    expect(values("Số người làm việc trong các đơn vị sự nghiệp công lập giảm bao nhiêu phần trăm so với năm ngoái (2023)?")).toEqual([4.29]);
  });

  it("reads 'cùng kỳ năm 2023' as the reference period of a share, not a year the report lacks", () => {
    const before = ask("thu ngân sách cùng kỳ năm 2023 là khoảng bao nhiêu?");
    expect(before.facts[0]!.derived!.formula).toBe("11.145.304 / 120,9% ≈ 9.218.614");
    // The year 2023 itself is another period.
    expect(ask("Thu ngân sách năm 2023 là bao nhiêu?")).toMatchObject({ answered: false, reason: "other-year" });
  });

  it("divides the two sides of 'A bằng bao nhiêu phần trăm B', not A by a total it is part of", () => {
    expect(formula("Số TTHC bị bãi bỏ bằng khoảng bao nhiêu phần trăm số TTHC được công bố?")).toBe("176 / 1.117 ≈ 15,76%");
    expect(formula("Số nghị quyết của HĐND tỉnh bằng bao nhiêu % số quyết định của UBND tỉnh?")).toBe("31 / 94 ≈ 32,98%");
  });

  it("adds 'Cộng A với B …' (marks typed), and reads a share the message quotes as the rise it implies", () => {
    expect(formula("Cộng biên chế công chức hiện có với số người làm việc có mặt trong các đơn vị sự nghiệp công lập thì được bao nhiêu người?")).toBe("1.895 + 22.056 = 23.951");
    expect(formula("Thu ngân sách đạt 120,9% so với cùng kỳ, vậy là tăng bao nhiêu phần trăm so với cùng kỳ năm trước?")).toBe("120,9% − 100% = 20,9%");
  });

  it("computes the amount a figure rose by from its share of the same period last year", () => {
    const rise = ask("So với cùng kỳ năm trước, thu ngân sách trên địa bàn tăng thêm khoảng bao nhiêu triệu đồng?");
    expect(rise.facts[0]).toMatchObject({ value: 1926690, derived: { op: "difference", formula: "11.145.304 − 11.145.304 / 120,9% ≈ 1.926.690" } });
    expect(rise.facts[0]!.derived!.operands).toEqual(["thu-ngan-sach", "thu-ngan-sach-so-cung-ky"]);
    // In percent it is the share less 100%.
    expect(formula("Thu ngân sách tăng bao nhiêu % so với cùng kỳ?")).toBe("120,9% − 100% = 20,9%");
  });

  it("computes an operation whose two sides each explain their own half of the question", () => {
    expect(formula("bien che cong chuc dc giao nam 2024 voi so hien co chenh nhau bn?")).toBe("1.951 − 1.895 = 56");
    expect(formula("Trong các đơn vị sự nghiệp công lập, số người làm việc được giao chênh với số có mặt thực tế bao nhiêu người?")).toBe("22.531 − 22.056 = 475");
    // ("Chênh lệch giữa A và B" whose sides each hold a "so với": parted at the "và" before the second.)
    expect(values("Chênh lệch giữa tỷ lệ thu ngân sách so với dự toán và tỷ lệ chi cân đối so với dự toán là bao nhiêu điểm phần trăm?")).toEqual([19.5, 94.5, 75]);
    expect(formula("What's the gap between the number of state-salaried staff assigned to public service units and the number actually on duty there?")).toBe("22,531 − 22,056 = 475");
    // ("A minus B", as a system asks it.)
    expect(formula("Compute: number of administrative procedures published minus number abolished by the PPC in 2024.")).toBe("1,117 − 176 = 941");
  });

  it("reads what an allocation is still short of as allocated − in post, or its share of the allocation", () => {
    expect(chat("tinh giao bn nguoi lam viec cho dvsn cong lap", "co mat bn", "con thieu bn nguoi").at(-1)!.facts[0]!.derived!.formula).toBe("22.531 − 22.056 = 475");
    expect(formula("What percentage of the headcount assigned to public service units is currently unfilled?")).toBe("(22,531 − 22,056) / 22,531 ≈ 2.11%");
    // "not currently filled".
    expect(formula("How many of the staff positions allocated to public service units are not currently filled (allocated vs. actually working)?")).toBe("22,531 − 22,056 = 475");
    // (However many words explain it beside: the figures it is computed from explain their halves.)
    expect(formula("Tỉnh giao bao nhiêu biên chế công chức mà hiện chưa sử dụng hết (chênh lệch giữa số giao và số hiện có)?")).toBe("1.951 − 1.895 = 56");
    expect(formula("How many of the civil servant positions allocated for 2024 are not filled, i.e. allocated minus those currently in place?")).toBe("1,951 − 1,895 = 56");
  });

  it("reads what is left after a cut stated as a rate as a share of what the rate is of", () => {
    expect(formula("Sau khi cắt giảm, chi phí tuân thủ các TTHC được đơn giản hóa còn bằng bao nhiêu phần trăm mức cũ?")).toBe("100% − 42% = 58%");
    expect(formula("After the 42% cut in compliance costs, what percentage of the original cost is left?")).toBe("100% − 42% = 58%");
    const staff = ask("Biên chế công chức năm 2024 còn bằng bao nhiêu % so với năm 2023?");
    expect(staff.facts[0]!.derived!.formula).toBe("100% − 2,47% = 97,53%");
    expect(staff.text).toContain("so với năm 2023");
    // An amount asked of what is left is an amount, not a share.
    expect(formula("Chi phí tuân thủ giảm 42%, vậy còn lại bao nhiêu đồng?")).toBe("11.322.000 / 42% − 11.322.000 ≈ 15.635.143");
    // A share of a plan reached is short of the plan, not left after a cut.
    expect(formula("chi cân đối ngân sách còn thiếu bao nhiêu % so với dự toán?")).toBe("100% − 75% = 25 điểm phần trăm");
    // ("still left", "left unspent": what remains, not the share reached.)
    for (const q of ["What share of the spending estimate is still left?", "Looking at balanced budget expenditure over the first 11 months, what share of the annual estimate was still left unspent?"]) {
      expect(values(q)[0], q).toBe(25);
    }
  });

  it("reads 'dang dở', '… nữa mới hết' as what remains, and compares two changes against the same baseline year", () => {
    expect(formula("Kế hoạch CCHC 2024 còn dang dở mấy phần trăm số nhiệm vụ?")).toBe("(34 − 31) / 34 ≈ 8,82%");
    expect(formula("chi can doi ngan sach con bn trieu nua moi het du toan")).toBe("11.387.742 / 75% − 11.387.742 = 3.795.914");
    const changes = ask("So với năm 2023, số người làm việc có mặt trong các đơn vị sự nghiệp công lập giảm nhiều hơn số biên chế công chức giảm bao nhiêu người?");
    expect(changes.facts[0]!.derived!.formula).toBe("988 − 48 = 940");
    // A side named by its level compares its change ("… than civil servant posts").
    expect(formula("Compared with 2023, how many more staff in public service units were cut than civil servant posts?")).toBe("988 − 48 = 940");
    // Each side naming its own change, however the message words it, and whichever the message ranks first.
    for (const q of ["Compared with 2023, how many more people left public service units than civil-servant posts were cut?", "Compared with 2023, how many more people were cut from public service units than from civil servant positions?"]) {
      expect(formula(q), q).toBe("988 − 48 = 940");
    }
    // "How much bigger/larger … than …", the baseline after a comma or none.
    for (const q of ["How much bigger was the drop in public-service-unit staff than the drop in civil-servant positions, compared with 2023?", "How much larger was the fall in people working in public service units than the fall in civil servant positions?", "Số người làm việc giảm nhiều hơn số biên chế công chức giảm bao nhiêu, so với năm 2023?"]) {
      expect(formula(q), q).toBe("988 − 48 = 940");
    }
    // (Against a time, not a figure: the rise since then.)
    expect(formula("In absolute terms, how much higher was budget revenue than in the same period of the previous year?")).toBe("11,145,304 − 11,145,304 / 120.9% ≈ 1,926,690");
    // One side alone against the baseline is the change the report states, not a difference.
    expect(values("So với năm 2023, biên chế công chức giảm bao nhiêu?")).toEqual([48, 2.47]);
    // "Mức giảm" is the fall, as much its count as its rate: both readings, and the count in a list that also asks the rate.
    expect(values("Mức giảm biên chế công chức so với năm 2023 là bao nhiêu?")).toEqual([48, 2.47]);
    expect(values("Số người làm việc có mặt trong ĐVSNCL năm 2024 và mức giảm so với năm 2023?")).toEqual([22056, 988]);
  });

  it("reads figures the message states before its question as the operands of what it asks", () => {
    const before = ask("Tiết kiệm 11.322.000 đồng/năm tương ứng với tỷ lệ cắt giảm 42%, vậy chi phí tuân thủ TTHC trước khi đơn giản hóa là khoảng bao nhiêu?");
    expect(before.facts[0]!.derived!.formula).toBe("11.322.000 / 42% ≈ 26.957.143");
  });

  it("writes rates with a decimal comma in Vietnamese and a point in English", () => {
    expect(formula("ke hoach cchc 2024 hoan thanh dc bn phan tram")).toBe("31 / 34 ≈ 91,18%");
    expect(formula("What percentage of planned reform tasks was completed?")).toBe("31 / 34 ≈ 91.18%");
  });

  it("computes a difference, a sum, a share and last year's value, each from figures of one measure", () => {
    expect(formula("UBND tỉnh ban hành nhiều hơn HĐND tỉnh bao nhiêu văn bản QPPL?")).toBe("94 − 31 = 63");
    expect(formula("cap huyen voi cap xa cong lai ban hanh bn van ban qppl")).toBe("23 + 69 = 92");
    expect(formula("Nghị quyết của HĐND tỉnh chiếm bao nhiêu phần trăm trong tổng số văn bản QPPL cấp tỉnh?")).toBe("31 / 125 = 24,8%");
    // The change the report states is of the positions in post, not of those allocated.
    expect(ask("Năm 2023 tỉnh giao bao nhiêu biên chế công chức?").answered).toBe(false);
    const before = ask("How many civil-servant positions did the province have in 2023?");
    expect(before.facts[0]).toMatchObject({ value: 1943, derived: { op: "previous", formula: "1,895 + 48 = 1,943" } });
  });

  it("computes the plan's amount from a figure and its stated share of the plan, only when the plan is asked", () => {
    const plan = ask("du toan chi can doi ngan sach ca nam la bn trieu dong");
    expect(plan.facts[0]).toMatchObject({ value: 15183656, derived: { op: "reference", operands: ["chi-can-doi-ngan-sach", "chi-can-doi-so-du-toan"], formula: "11.387.742 / 75% = 15.183.656" } });
    expect(formula("Thu ngân sách cùng kỳ năm trước khoảng bao nhiêu triệu đồng?")).toBe("11.145.304 / 120,9% ≈ 9.218.614");
    // Compared with the plan, the stated share answers; so does "what part of" it ("bao nhiêu phần dự toán").
    expect(values("thu ngân sách đạt bao nhiêu so với dự toán?")).toEqual([94.5]);
    expect(values("Chi cân đối đạt bao nhiêu phần dự toán?")).toEqual([75]);
  });

  it("counts civil servants cut in civil-servant positions when adding them to the staff cut", () => {
    expect(formula("cong chuc voi nguoi lam viec dvsn cong lai giam bn nguoi so voi nam 2023")).toBe("48 + 988 = 1.036");
    // Two names of one measure are one figure, not a sum of it with itself.
    expect(values("Công chức với biên chế công chức cộng lại giảm bao nhiêu?")).toEqual([48, 2.47]);
    // Civil servants recruited are civil servants, not positions.
    expect(values("Năm 2024 tỉnh tuyển được bao nhiêu công chức?")).toEqual([16]);
  });

  it("adds over the qualifier no one figure covers, not the one a joint figure already covers", () => {
    // The province's 125 covers the council's and the committee's documents; the districts' are listed beside them.
    expect(formula("If you add up the provincial People's Council resolutions, the provincial People's Committee decisions and the district-level legal documents, what is the total?")).toBe("125 + 23 = 148");
    // "tỉnh" joined to another level by "với"/"và" is a level of its own.
    expect(formula("hdnd ubnd tinh voi cap huyen cong lai ban hanh bn vb qppl")).toBe("125 + 23 = 148");
  });

  it("reads 'tổng A + B' as a sum of the two", () => {
    expect(formula("tong bien che cong chuc + so nguoi lam viec dvsn ma tinh giao nam 2024 la bn")).toBe("1.951 + 22.531 = 24.482");
  });

  it("declines 'how many more … than in 2023' of a figure whose sentence says it rose but gives no change", () => {
    expect(ask("How many more people entered the online administrative reform contest than in 2023?").answered).toBe(false);
    // A change the report states is given.
    expect(values("How many fewer civil servant posts were there than in 2023?")).toEqual([48]);
  });

  it("reads each side of 'A nhiều hơn B' on its own when it names one figure clearly, in the scene a clause before sets", () => {
    expect(formula("Trong số văn bản QPPL cấp tỉnh, quyết định của UBND tỉnh nhiều hơn nghị quyết của HĐND tỉnh bao nhiêu văn bản?")).toBe("94 − 31 = 63");
    // The scene qualifies both sides: the districts' documents, not the communes'.
    expect(formula("Đối với cấp huyện, số văn bản được đoàn kiểm tra nhiều hơn số văn bản ban hành bao nhiêu?")).toBe("106 − 23 = 83");
    // An action saying which documents ("do cấp huyện ban hành", "issued by the districts") is no side of its own.
    for (const q of [
      "Số văn bản QPPL do cấp huyện ban hành mà các đoàn kiểm tra đã kiểm tra nhiều hơn số văn bản Sở Tư pháp kiểm tra theo thẩm quyền bao nhiêu?",
      "How many more legal documents issued by the districts did the four inspection teams examine than the Justice Department checked under its own authority?",
    ]) {
      expect(formula(q), q).toBe("106 − 23 = 83");
    }
    // A decimal comma or names joined by a comma are no scene.
    expect(formula("Tỷ lệ giảm người làm việc (4,29%) cao hơn tỷ lệ giảm biên chế (2,47%) bao nhiêu?")).toBe("4,29 − 2,47 = 1,82");
    // "so với" inside a side is no comparison word when one says more or less.
    expect(formula("Tỷ lệ thu so với dự toán cao hơn tỷ lệ chi so với dự toán bao nhiêu?")).toBe("94,5 − 75 = 19,5");
    expect(formula("Số văn bản QPPL của HĐND, UBND tỉnh nhiều hơn cấp huyện bao nhiêu?")).toBe("125 − 23 = 102");
    // A side that fits several figures ("kiểm tra") is not read alone.
    expect(formula("Tự kiểm tra nhiều hơn kiểm tra bao nhiêu văn bản?")).toBe("89 − 23 = 66");
    expect(formula("How many more public service units had job-position schemes approved by the district committees than by the province?")).toBe("556 − 128 = 428");
  });

  it("reads the side naming no verb by the other side's ('tỉnh ban hành nhiều hơn cấp huyện')", () => {
    for (const q of ["HĐND, UBND tỉnh ban hành nhiều hơn cấp huyện bao nhiêu văn bản QPPL?", "Cấp tỉnh ban hành nhiều hơn cấp huyện bao nhiêu văn bản QPPL?"]) {
      expect(formula(q), q).toBe("125 − 23 = 102");
    }
    // Each side naming its own body keeps it.
    expect(formula("UBND tỉnh ban hành nhiều hơn HĐND tỉnh bao nhiêu văn bản?")).toBe("94 − 31 = 63");
    expect(formula("UBND ban hành nhiều hơn HĐND bao nhiêu văn bản QPPL?")).toBe("94 − 31 = 63");
  });

  it("declines a count of applications (hồ sơ), which the report does not give, rather than a rate of procedures", () => {
    expect(ask("How many administrative procedure applications did the one-stop desks receive in 2024?").answered).toBe(false);
  });

  it("reads 'quota' as the staff positions allocated, in English sums", () => {
    expect(formula("Adding the civil-servant quota and the public-service-unit staff quota, how many positions did the province allocate in 2024 altogether?")).toBe("1,951 + 22,531 = 24,482");
  });

  it("adds what 'cộng cả' joins, and reads last year's value from 'the same point last year'", () => {
    expect(formula("Cộng cả cấp tỉnh và cấp huyện thì có bao nhiêu đơn vị sự nghiệp công lập được phê duyệt đề án vị trí việc làm?")).toBe("128 + 556 = 684");
    expect(formula("Roughly how much state budget revenue had the province collected by the same point last year?")).toBe("11,145,304 / 120.9% ≈ 9,218,614");
  });

  it("adds the levels 'tính cả' counts in, and reads an unmarked 'tinh ca cap' as that verb, not the province", () => {
    expect(formula("Tính cả cấp tỉnh, cấp huyện và cấp xã thì năm 2024 toàn tỉnh ban hành bao nhiêu văn bản QPPL?")).toBe("125 + 23 + 69 = 217");
    expect(formula("So van ban QPPL cap huyen, tinh ca cap xa la bn?")).toBe("23 + 69 = 92");
  });

  it("adds every item a list in brackets names, each read with what follows the brackets, or none: no partial sum", () => {
    expect(formula("Tổng cộng bao nhiêu cơ quan (Sở ban ngành, Chi cục và UBND cấp huyện) được phê duyệt đề án vị trí việc làm?")).toBe("22 + 15 + 9 = 46");
    // (Brackets naming the levels added, each.)
    expect(formula("tổng số văn bản QPPL ban hành ở cả ba cấp (tỉnh, huyện, xã) là bao nhiêu?")).toBe("125 + 23 + 69 = 217");
    // (Semicolons in brackets part no sentence or clause: they list what is added.)
    expect(formula("Tổng số cơ quan hành chính (sở, ban, ngành; chi cục và tương đương; UBND cấp huyện) đã được phê duyệt Đề án vị trí việc làm là bao nhiêu?")).toBe("22 + 15 + 9 = 46");
    // (A name written with commas in brackets glosses one thing: no list to add.)
    expect(values("Trong năm, cấp xã (xã, phường, thị trấn) trên địa bàn tỉnh đã ban hành tổng cộng bao nhiêu văn bản QPPL?")).toEqual([69]);
    expect(formula("Tổng số văn bản QPPL ban hành ở cả ba cấp (xã, huyện, tỉnh)?")).toBe("125 + 23 + 69 = 217");
    expect(formula("Provide the total number of legal normative documents issued in 2024 across all three levels (province, district, commune) combined.")).toBe("125 + 23 + 69 = 217");
    // (Brackets ending a lead before a comma: the items alone, read in the message.)
    expect(formula("Tính riêng khối hành chính (Sở ban ngành, chi cục và UBND cấp huyện), đề án vị trí việc làm đã duyệt cho tổng cộng bao nhiêu cơ quan, đơn vị?")).toBe("22 + 15 + 9 = 46");
    expect(ask("Tính riêng (Sở ban ngành, Chi cục và doanh nghiệp), đề án vị trí việc làm đã duyệt cho tổng cộng bao nhiêu cơ quan?").answered).toBe(false);
    expect(formula("tong cong bn co quan, dv (so, chi cuc, ubnd huyen, dvsn) dc ubnd tinh duyet de an vi tri viec lam")).toBe("22 + 15 + 9 + 128 = 174");
    // The verb they share may come before the brackets.
    expect(formula("Tổng chỉ tiêu biên chế tỉnh được giao năm 2024 (gồm công chức và người làm việc) là bao nhiêu?")).toBe("1.951 + 22.531 = 24.482");
    // An item no figure's own words describe, whatever the words after the brackets: declined rather than a sum.
    expect(ask("Tổng cộng bao nhiêu cơ quan (Sở ban ngành, Chi cục và doanh nghiệp) được phê duyệt đề án vị trí việc làm?")).toMatchObject({ answered: false, reason: "cannot-compute" });
    expect(ask("Tổng cộng bao nhiêu cơ quan (Sở ban ngành, Chi cục và Ban quản lý dự án) được phê duyệt đề án vị trí việc làm?")).toMatchObject({ answered: false, reason: "cannot-compute" });
  });

  it("adds a list of three or more agencies and units, each named, taking a total its item names whole", () => {
    // "đơn vị sự nghiệp" says nothing of "thuộc các cơ quan chuyên môn": the 128, not the 117.
    expect(formula("Tổng cộng sở ban ngành, chi cục, UBND cấp huyện và đơn vị sự nghiệp được phê duyệt đề án vị trí việc làm là bao nhiêu?")).toBe("22 + 15 + 9 + 128 = 174");
    // Three items listed hold the two actions' figures and one more: the three are added, each item
    // counting what the message counts (the documents the teams checked, not the teams).
    expect(formula("Tổng số văn bản QPPL được tự kiểm tra, kiểm tra theo thẩm quyền và kiểm tra qua các Đoàn kiểm tra là bao nhiêu?")).toBe("89 + 23 + 106 = 218");
    // "plus" joins two things added as "and" does.
    expect(formula("Under Plan 391, how many legal documents in total did the Justice Department cover through self-inspection plus inspection under its authority?")).toBe("89 + 23 = 112");
    // A last piece that only asks the total ("tong la bn") is no item.
    expect(formula("ad oi cong het so vb qppl dc kiem tra trong nam: tu kiem tra vb ubnd tinh, kiem tra theo tham quyen vb huyen gui den, va doan kiem tra, tong la bn")).toBe("89 + 23 + 106 = 218");
    // A part of one of them is asked on its own, not added.
    expect(values("Sở Tư pháp góp ý tổng cộng bao nhiêu dự thảo, trong đó bao nhiêu dự thảo QPPL đảm bảo thời gian và chất lượng, và đã thẩm định bao nhiêu dự thảo?")).toEqual([332, 203, 173]);
    // A list ending in what is asked of it: the last item is what comes before "cộng lại".
    expect(formula("Sở ban ngành và chi cục cộng lại có bao nhiêu cơ quan được phê duyệt đề án vị trí việc làm?")).toBe("22 + 15 = 37");
    // Each item takes the verb the message gives them all: "đơn vị sự nghiệp công lập" approved, not those working there.
    expect(formula("Theo báo cáo, UBND tỉnh đã phê duyệt đề án vị trí việc làm cho tổng cộng bao nhiêu đơn vị (Sở ban ngành, Chi cục, UBND cấp huyện và đơn vị sự nghiệp công lập)?")).toBe("22 + 15 + 9 + 128 = 174");
    expect(formula("Counting departments, sub-departments, district People's Committees and public service units, how many job-position schemes did the province approve in total?")).toBe("22 + 15 + 9 + 128 = 174");
    // The levels named, each its figure of the measure counted ("bao nhiêu đơn vị sự nghiệp"), not of the committees.
    expect(formula("Tính chung cả tỉnh và UBND cấp huyện, đề án vị trí việc làm được duyệt cho tổng cộng bao nhiêu đơn vị sự nghiệp?")).toBe("128 + 556 = 684");
    // (Not when another thing is counted beside it: "… đơn vị sự nghiệp và sở ban ngành" is no sum of the units alone.)
    expect(formula("Tính chung cả tỉnh và UBND cấp huyện, tổng cộng bao nhiêu đơn vị sự nghiệp và sở ban ngành được phê duyệt đề án VTVL?")).not.toBe("128 + 556 = 684");
    // A measure named in general ("cơ quan hành chính") of which the list holds several is all of them.
    expect(formula("tong so co quan hanh chinh va don vi su nghiep dc ubnd tinh phe duyet de an vtvl la bn")).toBe("22 + 15 + 9 + 128 = 174");
    // (Not when a level is named that some of them are not of: the district committees and the units.)
    expect(formula("tong so co quan hanh chinh cap huyen va don vi su nghiep dc ubnd tinh phe duyet de an vtvl la bn")).not.toBe("22 + 15 + 9 + 128 = 174");
    // (The first item without "Sum of": not the last two added alone.)
    expect(formula("Sum of departments, sub-departments and district People's Committees with approved job-position schemes?")).toBe("22 + 15 + 9 = 46");
    // (A last piece opening with the verb the items share is no item: not the district committees' 9 added.)
    expect(formula("How many public service units in total, provincial plus district level, have had their job-position schemes approved?")).toBe("128 + 556 = 684");
    // Two figures of different measures the question does not list are not added.
    expect(ask("Tính cả đơn vị sự nghiệp, UBND tỉnh đã phê duyệt đề án vị trí việc làm cho tổng cộng bao nhiêu cơ quan, đơn vị?").facts[0]?.value).not.toBe(150);
  });

  it("gives the report's own total for a thing whose parts the question lists in brackets ('gồm … và …')", () => {
    expect(values("Có bao nhiêu đơn vị sự nghiệp công lập (gồm đơn vị trực thuộc UBND tỉnh và đơn vị thuộc các cơ quan chuyên môn) đã được phê duyệt Đề án vị trí việc làm?")).toEqual([128]);
  });

  it("computes the shortfall a plain 'còn bao nhiêu nữa' asks of an amount, and the cost before a stated cut", () => {
    expect(formula("Chi cân đối ngân sách còn bao nhiêu nữa mới đạt đủ dự toán?")).toBe("11.387.742 / 75% − 11.387.742 = 3.795.914");
    expect(formula("Chi phí tuân thủ của các TTHC được đề xuất đơn giản hóa trước khi cắt giảm là khoảng bao nhiêu đồng một năm?")).toBe("11.322.000 / 42% ≈ 26.957.143");
  });

  it("compares a part with the other part, not with the total over both", () => {
    const a = ask("Trong các đơn vị sự nghiệp được phê duyệt vị trí việc làm, số đơn vị thuộc các cơ quan chuyên môn nhiều hơn số đơn vị trực thuộc UBND tỉnh bao nhiêu?");
    expect(a.facts[0]!.derived!.formula).toBe("117 − 11 = 106");
  });

  it("adds the figures of two actions only when the question joins them, not an action saying which things ('do cấp huyện ban hành')", () => {
    expect(ask("Các đoàn kiểm tra của tỉnh đã kiểm tra tổng cộng bao nhiêu văn bản QPPL do cấp huyện ban hành?").facts[0]).toMatchObject({ value: 106 });
    expect(formula("so tu phap kiem tra tong cong bn van ban qppl, tinh ca tu kiem tra vb ubnd tinh va vb huyen gui den")).toBe("23 + 89 = 112");
    expect(formula("Tổng cộng bao nhiêu cơ quan, đơn vị được ban hành mới hoặc sửa đổi, bổ sung quy định chức năng, nhiệm vụ?")).toBe("32 + 6 = 38");
    // ("Newly regulated" is the report's "ban hành quy định", set beside the amended.)
    expect(formula("In total, how many agencies and units had their functions and duties either newly regulated or amended this year?")).toBe("32 + 6 = 38");
  });

  it("computes an average per unit from two figures of one sentence, and declines one it cannot", () => {
    const a = ask("Trung bình mỗi cơ quan, đơn vị tham gia có bao nhiêu lượt người dự thi Hội thi trực tuyến tìm hiểu CCHC?");
    expect(a.facts[0]).toMatchObject({ value: 503.44, derived: { op: "average", formula: "107.737 / 214 ≈ 503,44" } });
    expect(ask("trung bình mỗi huyện ban hành bao nhiêu văn bản QPPL").answered).toBe(false);
  });

  it("adds figures of two measures when the question names both, not otherwise", () => {
    expect(formula("Tổng cộng biên chế công chức và người làm việc được giao là bao nhiêu?")).toBe("1.951 + 22.531 = 24.482");
    expect(formula("biên chế công chức và người làm việc giảm tổng cộng bao nhiêu so với năm 2023")).toBe("48 + 988 = 1.036");
    expect(values("tong thu ngan sach va chi ngan sach la bao nhieu")).toEqual([11145304, 11387742]);
  });

  it("gives a fraction's whole for a total asked and its part otherwise", () => {
    expect(values("ke hoach cchc nam 2024 cua tinh co tong cong bn nhiem vu")).toEqual([34]);
    expect(ask("Năm 2024 UBND tỉnh đã làm được bao nhiêu nhiệm vụ?").facts[0]!.value).toBe(31);
  });

  it("gives the report's own total when the parts asked add up to one it states", () => {
    expect(values("HĐND tỉnh và UBND tỉnh tổng cộng ban hành bao nhiêu văn bản QPPL?")).toEqual([125]);
  });

  it("compares the two sides a comparison word parts ('A nhiều hơn B bao nhiêu'), across measures of one kind only when both are named", () => {
    expect(formula("Số đơn vị sự nghiệp thuộc các cơ quan chuyên môn nhiều hơn số trực thuộc UBND tỉnh bao nhiêu đơn vị?")).toBe("117 − 11 = 106");
    // (The agencies a side says the units are under are where they are, no measure compared.)
    expect(formula("Đơn vị sự nghiệp thuộc các cơ quan chuyên môn nhiều hơn đơn vị sự nghiệp trực thuộc UBND tỉnh bao nhiêu đơn vị?")).toBe("117 − 11 = 106");
    const fell = ask("Số người làm việc trong đơn vị sự nghiệp công lập giảm nhiều hơn số biên chế công chức giảm bao nhiêu?").facts[0]!;
    expect(fell).toMatchObject({ value: 940, unit: "người làm việc và biên chế công chức", derived: { formula: "988 − 48 = 940" } });
  });

  it("adds what 'cả A lẫn B' and 'A plus B together?' name, with or without 'how many'", () => {
    expect(formula("Tính cả ban hành quy định mới lẫn sửa đổi, bổ sung, năm 2024 có bao nhiêu cơ quan, đơn vị được quy định lại chức năng, nhiệm vụ?")).toBe("32 + 6 = 38");
    expect(formula("Total headcount cut vs 2023 — civil-servant positions plus public service unit staff together?")).toBe("48 + 988 = 1,036");
    expect(formula("Combined, by how many did the civil-servant headcount and the public-service-unit workforce fall compared with 2023?")).toBe("48 + 988 = 1,036");
    expect(formula("Taken together, how many positions were reduced in 2024 compared to 2023, counting both civil servants and employees of public service units?")).toBe("48 + 988 = 1,036");
    // "the gap between A allocated and the number in post": the report's pair, each side naming one by its action.
    expect(ask("What is the gap between the number of public-service staff allocated by the province and the number actually in post?").facts[0]!.derived!.formula).toBe("22,531 − 22,056 = 475");
    // Levels named in parallel, "province-approved and district-approved", are both added.
    expect(formula("Adding province-approved and district-approved units together, how many public service units have approved job-position schemes?")).toBe("128 + 556 = 684");
  });

  it("adds every item 'tính chung' lists", () => {
    expect(formula("Tính chung sở ban ngành, chi cục, UBND cấp huyện và đơn vị sự nghiệp, UBND tỉnh đã phê duyệt đề án vị trí việc làm cho bao nhiêu đơn vị?")).toBe("22 + 15 + 9 + 128 = 174");
  });

  it("divides for 'gấp bao nhiêu lần', naming both figures, and gives no single figure when one is missing", () => {
    const times = ask("Số người làm việc có mặt ở các đơn vị sự nghiệp công lập gấp bao nhiêu lần số biên chế công chức hiện có?");
    expect(times.facts[0]).toMatchObject({ value: 11.64, unit: "lần", derived: { op: "multiple", operands: ["nguoi-lam-viec-hien-co", "bien-che-hien-co"], formula: "22.056 / 1.895 ≈ 11,64 lần" } });
    expect(times.citations.map((c) => c.quote).join(" ")).toContain("22,056 người");
    expect(ask("Số người làm việc có mặt gấp bao nhiêu lần?").answered).toBe(false);
    // "cần gấp" is "urgently": the question is answered as asked.
    expect(values("tôi cần gấp số liệu: tỉnh công bố bao nhiêu TTHC?")).toEqual([1117]);
  });

  it("adds what a bare 'tổng' lists, and reads 'người làm việc ở đơn vị sự nghiệp' as the people, not the units", () => {
    expect(formula("tong bien che cong chuc va so nguoi lam viec dvsn tinh giao nam 2024 la bn")).toBe("1.951 + 22.531 = 24.482");
    expect(formula("Tính cả biên chế công chức và người làm việc ở đơn vị sự nghiệp, tổng số giảm so với năm 2023 là bao nhiêu?")).toBe("48 + 988 = 1.036");
    // Alone, "tổng" names one total; inside what is left out, it adds nothing.
    expect(values("stp gop y tong bn du thao")).toEqual([332]);
  });

  it("declines what it cannot compute instead of giving another figure", () => {
    for (const q of ["Tỷ lệ TTHC được UBND tỉnh công bố là bao nhiêu phần trăm?", "Trong 1.117 TTHC được công bố, có bao nhiêu TTHC thuộc thẩm quyền cấp xã?"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.suggestions.length).toBeGreaterThan(0);
    }
  });

  it("never adds a figure to its own stated change (22.056 in post and the 988 fewer are no total)", () => {
    expect(values("Combined, how many fewer people are actually working than in 2023, counting civil servants and public service unit staff?")).not.toContain(23044);
  });
});

describe("figures computed from two sides or two things counted together", () => {
  it("compares the two stated changes the sides name without a year ('Tỷ lệ giảm biên chế công chức thấp hơn tỷ lệ giảm của đơn vị sự nghiệp bao nhiêu điểm phần trăm?')", () => {
    expect(values("Tỷ lệ giảm biên chế công chức thấp hơn tỷ lệ giảm của đơn vị sự nghiệp bao nhiêu điểm phần trăm?")).toEqual([1.82, 4.29, 2.47]);
    expect(values("so nguoi giam o dvsn nhieu hon so bien che cong chuc giam la bn nguoi")).toEqual([940, 988, 48]);
  });

  it("reads 'in A and in B' as two things named, not B as where A is ('the combined reduction … in civil servants and in public service unit staff')", () => {
    expect(values("What is the combined reduction versus 2023 in civil servants and in public service unit staff?")).toEqual([1036, 48, 988]);
  });

  it("adds the two things 'Tính cả A và B, …' counts together, in Vietnamese and in English", () => {
    expect(formula("Tính cả ban hành mới và sửa đổi, bổ sung, có bao nhiêu cơ quan, đơn vị được quy định lại chức năng, nhiệm vụ?")).toBe("32 + 6 = 38");
    expect(formula("Counting both the new regulations and the amendments, how many agencies had their functions and duties regulated?")).toBe("32 + 6 = 38");
    // A rate of one within both is not their sum.
    expect(values("Tính cả ban hành mới và sửa đổi, bổ sung thì số cơ quan được sửa đổi, bổ sung chiếm bao nhiêu %?")).not.toContain(38);
  });

  it("reads each side of 'A gấp mấy lần B' on its own, the first side setting what the second counts", () => {
    expect(formula("Trong đề án vị trí việc làm, số đơn vị sự nghiệp thuộc các cơ quan chuyên môn gấp mấy lần số đơn vị trực thuộc UBND tỉnh?")).toBe("117 / 11 ≈ 10,64 lần");
    expect(formula("số văn bản QPPL cấp tỉnh gấp mấy lần cấp huyện?")).toBe("125 / 23 ≈ 5,43 lần");
  });
});

describe("two-step figures worded as one question", () => {
  // Each worded one way the formula shows: the figure computed, with every operand.
  it.each([
    ["a whole 'của A và B cộng lại' is the items added", "Đề nghị cho biết, theo báo cáo, số văn bản QPPL do HĐND, UBND cấp huyện ban hành chiếm bao nhiêu phần trăm trong tổng số văn bản QPPL của cấp huyện và cấp xã cộng lại?", "23 / (23 + 69) = 23 / 92 = 25%"],
    ["'nhiệm vụ chưa hoàn thành chiếm bao nhiêu %' is the share of the plan still to do, not the share done", "Số nhiệm vụ trong kế hoạch CCHC năm 2024 chưa hoàn thành chiếm bao nhiêu phần trăm tổng số nhiệm vụ của kế hoạch?", "(34 − 31) / 34 ≈ 8,82%"],
    ["'căn cứ …' after an opening request is what the answer is worked out from", "Đề nghị cho biết, căn cứ số thu và tỷ lệ so với dự toán trong báo cáo, thu ngân sách nhà nước trên địa bàn tỉnh còn thiếu khoảng bao nhiêu triệu đồng nữa mới đạt 100% dự toán?", "11.145.304 / 94,5% − 11.145.304 ≈ 648.668"],
    ["a part that names no measure counts what its whole counts, at the levels the whole lists", "Xin cho biết trong tổng số đơn vị sự nghiệp công lập đã được phê duyệt vị trí việc làm ở cả cấp tỉnh và cấp huyện, phần do UBND cấp huyện phê duyệt chiếm khoảng bao nhiêu phần trăm?", "556 / (128 + 556) = 556 / 684 ≈ 81,29%"],
    ["'Gộp B lại thì A chiếm …' reads B as the whole", "Gộp văn bản QPPL của cả ba cấp tỉnh, huyện, xã lại thì phần của cấp xã chiếm bao nhiêu phần trăm?", "69 / (125 + 23 + 69) = 69 / 217 ≈ 31,8%"],
    ["'Gộp B lại' names a whole only by what it counts: a whole named later is the whole", "Gộp tỉnh và huyện lại thì cấp xã chiếm bao nhiêu % so với tổng ba cấp?", "69 / (125 + 23 + 69) = 69 / 217 ≈ 31,8%"],
    ["'Taking B together, what share did A account for?' reads the lead as the whole", "Taking province, district and commune legal documents together, what share did the communes account for?", "69 / (125 + 23 + 69) = 69 / 217 ≈ 31.8%"],
    ["'Trong tổng số …' reads the whole up to the last comma before the part (levels listed)", "Trong tổng số văn bản QPPL ban hành ở cả ba cấp tỉnh, huyện, xã, phần của cấp tỉnh chiếm bao nhiêu phần trăm?", "125 / (125 + 23 + 69) = 125 / 217 ≈ 57,6%"],
    ["'if … are left out' leaves out what it names", "Across the provincial, district and commune levels, how many legal normative documents were issued in total if the provincial People's Council resolutions are left out?", "125 + 23 + 69 − 31 = 186"],
    ["'if … are removed' leaves out what it names, not the procedures abolished", "Across the provincial, district and commune levels, how many legal normative documents were issued in total if the district ones are removed?", "125 + 69 = 194"],
    ["each side of 'A gấp mấy lần B' is read on its own, both in post", "Số người làm việc hiện có gấp bao nhiêu lần biên chế công chức hiện có?", "22.056 / 1.895 ≈ 11,64 lần"],
  ])("%s", (_, question, expected) => {
    expect(formula(question)).toBe(expected);
  });

  it("declines what remains of tasks no plan is given for ('còn bao nhiêu nhiệm vụ Chính phủ giao chưa thực hiện?'), not the CCHC plan's", () => {
    expect(ask("Trong số nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao, còn bao nhiêu nhiệm vụ chưa thực hiện?").answered).toBe(false);
    expect(formula("còn bao nhiêu nhiệm vụ chưa hoàn thành?")).toBe("34 − 31 = 3");
  });

  it("asks 'Trong mấy lĩnh vực, có bao nhiêu TTHC …?' as two figures", () => {
    expect(values("Trong mấy lĩnh vực, có bao nhiêu TTHC được kiến nghị đơn giản hóa?")).toEqual([11, 62]);
  });

  it("declines last year's value of an action the report states no change for, however the asking clause is worded ('giao 1.951 …, còn năm 2023 thì bao nhiêu?')", () => {
    expect(ask("Năm nay tỉnh được giao 1.951 biên chế công chức, còn năm 2023 thì bao nhiêu?").answered).toBe(false);
  });

  it("declines a multiple of two figures each side leaves allocated or in post open", () => {
    expect(ask("Số người làm việc gấp bao nhiêu lần biên chế công chức?").answered).toBe(false);
  });
});

describe("claims put to be checked", () => {
  it("computes last year's value when the message gives the change and its rate first ('giảm 48 biên chế mà tỷ lệ giảm là 2,47% thì … năm 2023 là bao nhiêu?')", () => {
    expect(formula("Tôi muốn kiểm chứng: giảm 48 biên chế mà tỷ lệ giảm là 2,47% thì con số này được tính trên tổng biên chế năm 2023 là bao nhiêu?")).toBe("1.895 + 48 = 1.943");
  });

  it("answers the exact figure behind a claim ('Có thể viết là … tăng hơn 20%…? Chính xác tăng bao nhiêu phần trăm?')", () => {
    expect(values("Có thể viết là thu ngân sách năm 2024 tăng hơn 20% so với cùng kỳ không? Chính xác tăng bao nhiêu phần trăm?")[0]).toBe(20.9);
  });
});

describe("actions and contrasts", () => {
  it("reads an action after 'do' as saying which things: a figure of only that action is not the one asked", () => {
    expect(ask("cac xa phuong thi tran tu kiem tra bn vb qppl do minh ban hanh")).toMatchObject({ answered: false, facts: [] });
    expect(values("Sở Tư pháp đã giúp UBND tỉnh tự kiểm tra bao nhiêu văn bản QPPL do UBND tỉnh ban hành?")).toEqual([89]);
    // "của mình ban hành": the subject's own, the same.
    expect(ask("xa phuong thi tran tu kiem tra dc bn vb qppl cua minh ban hanh")).toMatchObject({ answered: false, facts: [] });
    expect(values("cho mình hỏi xã ban hành bao nhiêu văn bản QPPL")).toEqual([69]);
  });

  it("reads a part that fits the whole itself as the next figure its words fit ('qd của ubnd tỉnh' of the 125)", () => {
    expect(formula("qd cua ubnd tinh chiem bn % tong so vb qppl cap tinh")).toBe("94 / 125 = 75,2%");
  });

  it("tells the part of a share within one whole apart by its own words ('Of all the drafts …, what percentage were legal normative drafts?')", () => {
    expect(formula("Of all the drafts the Department of Justice commented on, what percentage were legal normative drafts?")).toMatch(/^203 \/ 332 ≈ 61\.14%/);
  });

  it("reads 'gấp khoảng bao nhiêu lần' as a multiple, and 'đạt 94,5% dự toán thì dự toán là bn' as the figure given then what is asked", () => {
    expect(formula("Số người làm việc có mặt trong các đơn vị sự nghiệp công lập gấp khoảng bao nhiêu lần số biên chế công chức hiện có?")).toMatch(/^22\.056 \/ 1\.895 ≈ 11,64/);
    expect(formula("thu ns dat 94,5% du toan thi du toan thu ns cua tinh la bn tien")).toBe("11.145.304 / 94,5% ≈ 11.793.972");
  });

  it("reads 'điện tử 2023' as a year asked, not a baseline 'từ 2023'", () => {
    expect(ask("How many internal procedures did the provincial People's Committee approve for electronic processing in 2023?")).toMatchObject({ answered: false, reason: "other-year" });
  });

  it("ends what is left out where a contrast opens ('Not the savings in đồng, just the rate: …')", () => {
    expect(values("Not the savings in đồng, just the rate: by what percentage were compliance costs cut?")).toEqual([42]);
  });
});

describe("no wrong figure near this session's mechanisms (review)", () => {
  it("keeps the sixteenth session's readings to what they are for (review)", () => {
    // "Of the N …, how many <noun> …" asks another figure about them, not some of them.
    expect(values("Of the 62 procedures proposed for simplification, how many fields do they cover?")).toEqual([11]);
    expect(values("Among 214 agencies, how many entries were there?")).toEqual([107737]);
    // A figure per level only of what the clause counts: the report has no recruitment by level.
    expect(values("How many civil servants were recruited, and how many at the district and commune levels?")).not.toContain(69);
    // A sum that what is left out may overlap is worked out or declined, never the sum as if apart.
    for (const q of ["Total documents self-checked and checked under its authority, excluding those issued by the districts?", "Total resolutions and decisions issued by the province, excluding the self-checked documents?"]) {
      expect(ask(q).answered, q).toBe(false);
    }
    // "Plus," opening a sentence adds nothing: two questions.
    expect(values("How many legal documents did the province issue? Plus, how many did the districts issue?")).toEqual([125, 23]);
  });

  it("declines a share of a whole over itself", () => {
    expect(ask("Văn bản QPPL cấp tỉnh chiếm bao nhiêu % tổng số văn bản QPPL cấp tỉnh?").answered).toBe(false);
  });

  it("gives no total as a month's figure: 'hằng tháng' of revenue up to a date is declined, of spending over 11 months averaged", () => {
    expect(ask("Hằng tháng thu ngân sách được bao nhiêu?").answered).toBe(false);
    expect(formula("Monthly balanced budget spending?")).toBe("11,387,742 / 11 ≈ 1,035,249.27");
  });

  it("declines a rise asked of a fall, and a difference with a measure in another unit", () => {
    expect(chat("Biên chế công chức hiện có bao nhiêu?", "How many more than in 2023?").at(-1)!.answered).toBe(false);
    expect(chat("UBND tỉnh công bố bao nhiêu TTHC?", "so với quy trình nội bộ thì nhiều hơn bao nhiêu?").at(-1)!.answered).toBe(false);
  });

  it("reads 'năm ngoái' beside 'so với dự toán' as the year asked, and leaves out the other of two joined things on every path", () => {
    expect(ask("Năm ngoái thu ngân sách so với dự toán đạt bao nhiêu %?")).toMatchObject({ answered: false, reason: "other-year" });
    expect(ask("Sở Tư pháp góp ý bn dự thảo do các cơ quan trung ương trưng cầu, ko tính địa phương").answered).toBe(false);
  });

  it("reads 'dự thi' as no 'thì', and 'Cho biết số' alone as asking no figure", () => {
    expect(values("Năm 2024 có bao nhiêu lượt người dự thi trong hội thi trực tuyến?")).toEqual([107737]);
    expect(ask("Cho biết số").facts.every((f) => f.value === null)).toBe(true);
  });
});

describe("averages and enumerations", () => {
  it("gives a figure of a number of months per month, from the months its own period states", () => {
    expect(formula("Bình quân mỗi tháng tỉnh chi cân đối ngân sách bao nhiêu triệu đồng?")).toBe("11.387.742 / 11 ≈ 1.035.249,27");
    expect(formula("chi can doi ngan sach binh quan moi thang khoang bn")).toBe("11.387.742 / 11 ≈ 1.035.249,27");
    // Revenue runs to a date, not over months: no average per month.
    expect(ask("Bình quân mỗi tháng thu ngân sách được bao nhiêu?").facts.some((f) => f.derived)).toBe(false);
    // An amount per year, a twelfth of it, in its unit per month.
    const monthly = ask("tiết kiệm chi phí tuân thủ tthc tính ra mỗi tháng được khoảng bao nhiêu tiền?").facts[0]!;
    expect(monthly.derived!.formula).toBe("11.322.000 / 12 = 943.500");
    expect(monthly.unit).toBe("đồng/tháng");
  });

  it("compares one side with the sum of the other's items ('nhiều hơn cấp huyện và cấp xã cộng lại bao nhiêu')", () => {
    expect(formula("Cấp tỉnh ban hành nhiều hơn cấp huyện và cấp xã cộng lại bao nhiêu văn bản QPPL?")).toBe("125 − (23 + 69) = 33");
    expect(formula("Cấp tỉnh (HĐND, UBND tỉnh) ban hành nhiều hơn tổng số văn bản QPPL của cấp huyện và cấp xã cộng lại bao nhiêu văn bản?")).toBe("125 − (23 + 69) = 33");
  });

  it("adds an enumeration of three or more parts of one sum whatever the qualifiers around it", () => {
    expect(formula("Counting departments, sub-departments, district People's Committees and public service units together, how many bodies had job-position schemes approved by the provincial People's Committee?")).toBe("22 + 15 + 9 + 128 = 174");
  });
});

describe("an amount and the rate its sentence states beside it", () => {
  it("gives the amount saved and the rate of the cut its sentence states when asked how much a cost fell ('chi phí tuân thủ … giảm được bao nhiêu?')", () => {
    expect(values("Chi phí tuân thủ của người dân và doanh nghiệp giảm được bao nhiêu?")).toEqual([11322000, 42]);
    // (Not of another cost the message names: fees are no compliance cost.)
    expect(ask("le phi lam tthc o bo phan mot cua dc giam bn tien").answered).toBe(false);
  });

  it("gives the amount alone for 'được bao nhiêu' of a figure whose shares are of a plan", () => {
    expect(values("Thu ngân sách được bao nhiêu?")).toEqual([11145304]);
    expect(values("Chi cân đối ngân sách được bao nhiêu?")).toEqual([11387742]);
  });

  it("gives both when 'đạt / được bao nhiêu' counts nothing ('quy trình điện tử thiết lập được bao nhiêu rồi?')", () => {
    expect(values("quy trình điện tử giải quyết tthc thiết lập được bao nhiêu rồi ad")).toEqual([759, 100]);
    expect(values("TTHC tiếp nhận tại bộ phận một cửa đạt bao nhiêu vậy ad?")).toEqual([100, 2071]);
    // Counting something, the count alone.
    expect(values("Có bao nhiêu quy trình nội bộ được phê duyệt?")).toEqual([759]);
  });
});

describe("rates of one figure against another", () => {
  it("works out no rate of one body's things from another's ('Tỷ lệ hoàn thành các nhiệm vụ Chính phủ giao?': the 31/34 is the province's own plan)", () => {
    for (const q of ["Tỷ lệ hoàn thành các NV CP, TTg giao năm 2024 là bn %?", "Nhiệm vụ do Chính phủ giao đã hoàn thành được bao nhiêu phần trăm?"]) {
      expect(ask(q), q).toMatchObject({ answered: false, reason: "out-of-scope" });
    }
    // (Nor a part of a fraction against another whole: the 31 done of the 34 are no share of the 172.)
    expect(ask("What share of the tasks assigned by the Government did the province complete?").answered).toBe(false);
    // (Its own plan's rate stays; things added may each be another body's.)
    expect(formula("Tỷ lệ hoàn thành kế hoạch CCHC năm 2024 của tỉnh?")).toBe("31 / 34 ≈ 91,18%");
    expect(formula("Cộng số nhiệm vụ kế hoạch CCHC đã hoàn thành với số nhiệm vụ Chính phủ giao đã thực hiện thì được bao nhiêu?")).toBe("31 + 172 = 203");
  });

  it("reads 'A so với B đạt / chiếm tỷ lệ bao nhiêu' as A over B, not a rate stated of A", () => {
    for (const q of ["Biên chế hiện có so với số được giao đạt tỷ lệ bao nhiêu?", "Hiện có 1.895 biên chế so với 1.951 được giao đạt tỷ lệ bao nhiêu?"]) expect(values(q)[0], q).toBe(97.13);
    expect(values("Số TTHC công bố so với 2,071 TTHC một cửa chiếm tỷ lệ bao nhiêu?")[0]).toBe(53.94);
    // (Not against a plan or a period its share is stated of.)
    expect(values("Thu ngân sách so với dự toán đạt bao nhiêu %?")).toEqual([94.5]);
    expect(values("Thu ngân sách so với cùng kỳ đạt bao nhiêu %?")).toEqual([120.9]);
    // (Review: nor against "the total", a part of its whole: 31 of the 125.)
    for (const q of ["Số nghị quyết HĐND tỉnh so với tổng số chiếm bao nhiêu?", "Nghị quyết của HĐND tỉnh so với tổng số văn bản chiếm bao nhiêu?"]) expect(values(q)[0], q).toBe(24.8);
  });

  it("reads a share among the levels added of several levels added, or of a part of one level's figure", () => {
    const a = ask("Cấp huyện và cấp xã cộng lại chiếm bao nhiêu phần trăm tổng số văn bản QPPL được ban hành ở cả ba cấp?");
    expect(a.facts.map((f) => f.value)).toEqual([42.4, 23, 69, 125]);
    expect(a.facts[0]!.derived?.formula).toBe("(23 + 69) / (125 + 23 + 69) = 92 / 217 ≈ 42,4%");
    const b = ask("Nghị quyết của HĐND tỉnh chiếm bao nhiêu phần trăm tổng số văn bản QPPL của cả ba cấp?");
    expect(b.facts[0]!.derived?.formula).toBe("31 / (125 + 23 + 69) = 31 / 217 ≈ 14,29%");
  });

  it("reads 'hơn' between two things counted as the first's excess over the second, and only of those two", () => {
    expect(values("chi cân đối hơn thu ngân sách bao nhiêu?")).toEqual([242438, 11387742, 11145304]);
    // (A name running on before "hơn": "Chi cân đối ngân sách hơn …" gave the spending alone.)
    expect(values("Chi cân đối ngân sách hơn thu ngân sách bao nhiêu?")).toEqual([242438, 11387742, 11145304]);
    // (Not two figures of one of them: the allocated and current staff are no difference asked.)
    expect(ask("biên chế công chức hơn người làm việc bao nhiêu?").answered).toBe(false);
    expect(values("By how many percentage points did the reduction rate for staff in public service units exceed the reduction rate for civil-servant posts?")).toEqual([1.82, 4.29, 2.47]);
  });

  it("reads a share of one level in levels a lead names, however the lead is worded, as a share of them added (never of the first two)", () => {
    for (const q of ["Tính cả ba cấp tỉnh, huyện, xã, văn bản QPPL cấp xã chiếm bao nhiêu phần trăm?", "Văn bản QPPL cấp xã chiếm bao nhiêu phần trăm tổng số văn bản QPPL của cả ba cấp?", "Counting all three levels, what share of legal normative documents were issued by communes?"]) {
      const a = ask(q);
      expect(a.facts.map((f) => f.value), q).toEqual([31.8, 69, 125, 23]);
      expect(a.facts[0]!.derived?.formula, q).toContain("69 / (125 + 23 + 69)");
    }
    expect(values("Tính cả cấp tỉnh và cấp huyện, số đơn vị sự nghiệp do UBND cấp huyện phê duyệt chiếm bao nhiêu phần trăm?")[0]).toBe(81.29);
    // (An English lead before "what percentage of B were A" says what the whole counts: not 31 / 69.)
    expect(ask("Taking all three levels together, what percentage of the legal normative documents were resolutions of the provincial People's Council?").facts[0]!.derived?.formula).toBe("31 / (125 + 23 + 69) = 31 / 217 ≈ 14.29%");
    // (A lead naming levels before a count asks the level named, not a sum.)
    expect(values("Counting all three levels, how many legal documents were issued by communes?")).toEqual([69]);
    expect(ask("At the provincial level, what share of legal documents were issued by communes?").answered).toBe(false);
  });

  it("reads the province a level is compared with ('… by the district committees than by the province') as a level", () => {
    expect(formula("How many more public service units had job-position schemes approved by the district committees than by the province?")).toBe("556 − 128 = 428");
  });

  it("takes a whole smaller than its part as one level's, and the whole asked as every level's figure added", () => {
    expect(formula("Đơn vị sự nghiệp do cấp huyện phê duyệt chiếm bao nhiêu phần trăm tổng số đơn vị sự nghiệp được duyệt đề án vị trí việc làm?")).toContain("556 / (128 + 556)");
  });

  it("takes a whole named as all three levels as their figures added ('chiếm bao nhiêu % tổng số văn bản QPPL cả 3 cấp')", () => {
    expect(formula("vb qppl cap xa chiem bn % tong so vb qppl ca 3 cap tinh huyen xa")).toContain("69 / (125 + 23 + 69)");
    expect(values("Văn bản QPPL cấp tỉnh chiếm bao nhiêu % tổng số văn bản QPPL cả ba cấp?")[0]).toBe(57.6);
  });

  it("reads a whole set first as what is counted ('Tính cả ba cấp tỉnh, huyện, xã thì A chiếm tỷ trọng bao nhiêu %?') as the part's figure at each level named", () => {
    expect(formula("Tính cả ba cấp tỉnh, huyện, xã thì văn bản QPPL của cấp xã chiếm tỷ trọng bao nhiêu phần trăm?")).toContain("69 / (125 + 23 + 69)");
    expect(formula("Tính cả cấp huyện và cấp xã thì văn bản QPPL cấp xã chiếm bao nhiêu %?")).toContain("69 / (23 + 69)");
  });

  it("reads 'A tương đương bao nhiêu phần trăm B' as A over B", () => {
    expect(formula("Số TTHC bị bãi bỏ tương đương bao nhiêu phần trăm số TTHC được công bố?")).toBe("176 / 1.117 ≈ 15,76%");
  });

  it("computes 'tỷ lệ A so với B' from the two figures, and gives a stated share of a plan as stated", () => {
    expect(formula("ti le tthc bi bai bo so voi so tthc dc cong bo la bn %")).toBe("176 / 1.117 ≈ 15,76%");
    expect(values("tỷ lệ thu ngân sách so với dự toán là bao nhiêu")).toEqual([94.5]);
    // Ending at what it is set against, with no "bao nhiêu": the same rate, asked alone or as a follow-up.
    expect(formula("tỷ lệ TTHC bãi bỏ so với TTHC công bố?")).toBe("176 / 1.117 ≈ 15,76%");
    expect(chat("UBND tỉnh công bố bao nhiêu TTHC?", "bãi bỏ?", "tỷ lệ bãi bỏ so với công bố?").at(-1)!.facts[0]!.derived!.formula).toBe("176 / 1.117 ≈ 15,76%");
  });
});

describe("what remains to a plan", () => {
  it("reads 'được giao mà chưa có mặt', 'not in post' as what the allocation is still short of (22.531 − 22.056)", () => {
    expect(values("so nguoi lam viec dc giao ma chua co mat trong dv su nghiep la bn")[0]).toBe(475);
    // ("dv truc thuoc": the units under a body, "dv" as "đơn vị".)
    expect(values("de an vtvl: dv su nghiep thuoc cac co quan chuyen mon nhieu hon dv truc thuoc ubnd tinh bn dv")[0]).toBe(106);
    expect(values("How many allocated staff positions in public service units are not in post?")[0]).toBe(475);
  });

  it("reads what remains of an allocation named first as what it is measured against ('so với số được giao thì còn thiếu bao nhiêu (%)?')", () => {
    expect(formula("Biên chế công chức hiện có so với số được giao thì còn thiếu bao nhiêu?")).toBe("1.951 − 1.895 = 56");
    // ("còn hụt", as "còn thiếu": what is short, not a share; "thu hút bao nhiêu" is no shortfall.)
    expect(formula("Biên chế công chức hiện có còn hụt bao nhiêu so với số được giao?")).toBe("1.951 − 1.895 = 56");
    expect(values("Hội thi trực tuyến năm nay thu hút bao nhiêu lượt người dự thi?")).toEqual([107737]);
    expect(values("Biên chế công chức hiện có so với số được giao thì còn thiếu bao nhiêu %?")[0]).toBe(2.87);
    expect(chat("Số biên chế công chức thực tế hiện có của tỉnh là bao nhiêu?", "So với số được giao thì còn lại bao nhiêu?").at(-1)!.facts[0]!.value).toBe(56);
    // (A share of it is still the rate.)
    expect(values("Biên chế công chức hiện có chiếm bao nhiêu % số được giao?")[0]).toBe(97.13);
  });

  it("reads 'incomplete', 'not completed' as what remains, never as the tasks completed", () => {
    for (const q of ["How many tasks are incomplete?", "How many tasks were not completed?", "How many of the 34 plan tasks were not completed?", "How many tasks remain unfinished?"]) expect(formula(q), q).toBe("34 − 31 = 3");
  });

  it("reads a completion rate of the reform plan as the tasks done over those planned, not the budget's share of its estimate", () => {
    expect(formula("Tỷ lệ hoàn thành kế hoạch CCHC năm 2024 của tỉnh là bao nhiêu?")).toBe("31 / 34 ≈ 91,18%");
    expect(formula("What is the completion rate of the reform plan?")).toBe("31 / 34 ≈ 91.18%");
    // (The budget's own plan is still its estimate.)
    expect(values("Thu ngân sách đạt bao nhiêu % kế hoạch?")).toEqual([94.5]);
  });

  it("reads 'How far did … get' as how far it got, not what remains ('How far is revenue from the estimate?' still is)", () => {
    expect(values("How far did the budget get against its estimate, in percent?")).toEqual([75, 94.5]);
    expect(values("How far is revenue from the estimate?")[0]).toBe(648668);
    // (Still what remains: "have to go", "come in below"; and of a plan's tasks, the tasks left.)
    expect(values("How far does revenue still have to go to reach the estimate?")[0]).toBe(648668);
    expect(values("How far did revenue come in below the estimate?")[0]).toBe(648668);
    expect(values("How far did the province get with its 34 CCHC tasks?")).toEqual([3, 31]);
  });

  it("reads 'chưa chi', 'still need to collect' as what remains, in money when the amount is what the words name", () => {
    expect(formula("chi can doi con bn tien chua chi so voi du toan")).toBe("11.387.742 / 75% − 11.387.742 = 3.795.914");
    // "How much more … still need … to reach" is what remains, not a difference; the estimate is the full year's.
    expect(formula("How much more revenue does the province still need to collect to reach the full-year budget estimate?")).toBe("11,145,304 / 94.5% − 11,145,304 ≈ 648,668");
    // A percentage asked stays one.
    expect(formula("thu ngân sách còn thiếu bao nhiêu % so với dự toán?")).toBe("100% − 94,5% = 5,5 điểm phần trăm");
    const chat3 = chat("chi can doi ns 11 thang bn", "dat bn % du toan", "vay con bn tien chua chi so voi du toan").at(-1)!;
    expect(chat3.facts[0]!.derived!.formula).toBe("11.387.742 / 75% − 11.387.742 = 3.795.914");
  });

  it("reads an allocation 'chưa dùng đến', 'unused' as what the staff in post fall short of it", () => {
    expect(formula("Biên chế công chức được giao nhưng hiện chưa dùng đến là bao nhiêu chỉ tiêu?")).toBe("1.951 − 1.895 = 56");
    expect(formula("How many of the allocated civil servant posts are unused?")).toBe("1,951 − 1,895 = 56");
  });

  it("continues a part with 'chiếm bn % trong tổng số …' as its share of the total the report states", () => {
    const share = chat("co bn dvsn truc thuoc ubnd tinh dc duyet vtvl", "con thuoc co quan chuyen mon?", "chiem bn % trong tong so dvsn tinh duyet").at(-1)!;
    expect(share.facts[0]!.derived!.formula).toMatch(/^117 \/ 128 ≈ 91,41%/);
  });
});

describe("lists naming 'Sở, ban, ngành'", () => {
  it("reads 'cùng' before a body or group as joining items of a list to add, and a setting before the piece opening the list as no item", () => {
    expect(formula("Tính gộp các Sở ban ngành, Chi cục và tương đương cùng UBND cấp huyện thì có bao nhiêu cơ quan hành chính đã được phê duyệt Đề án vị trí việc làm?")).toBe("22 + 15 + 9 = 46");
    expect(formula("Về cải cách chế độ công vụ, tính gộp các Sở ban ngành, Chi cục và tương đương cùng UBND cấp huyện thì có bao nhiêu cơ quan hành chính đã được phê duyệt Đề án vị trí việc làm?")).toBe("22 + 15 + 9 = 46");
    // ("district-level People's Committees" are the nine committees, not the units they manage.)
    expect(formula("How many departments, sub-departments and district-level People's Committees in total had their job-position schemes approved?")).toBe("22 + 15 + 9 = 46");
    // ("so với cùng kỳ" joins nothing.)
    expect(values("Thu ngân sách nhà nước trên địa bàn đạt bao nhiêu phần trăm so với cùng kỳ năm trước?")).toEqual([120.9]);
  });

  it("reads 'sở, ban, ngành' as one item of a list, not three (all four groups added, not the first three)", () => {
    expect(values("Tính cả sở, ban, ngành, chi cục, UBND cấp huyện và đơn vị sự nghiệp, UBND tỉnh đã phê duyệt đề án vị trí việc làm cho tổng cộng bao nhiêu cơ quan, đơn vị?")).toEqual([174, 22, 15, 9, 128]);
  });
});

describe("exclusions and parts", () => {
  it("reads leaving out what is not X ('loại trừ các dự thảo không phải văn bản QPPL') as asking of X only", () => {
    expect(values("Loại trừ các dự thảo không phải văn bản QPPL, Sở Tư pháp đã góp ý đảm bảo thời gian và chất lượng cho bao nhiêu dự thảo QPPL?")).toEqual([203]);
    expect(values("Sở Tư pháp đã góp ý đảm bảo thời gian và chất lượng cho bao nhiêu dự thảo QPPL, không tính các dự thảo không phải văn bản QPPL?")).toEqual([203]);
  });

  it("reads 'trừ … ra thì' inside a clause as leaving out what it names, and a topic opening a question as no item ('đề án vtvl trừ sở ban ngành và ubnd huyện ra thì có bn chi cục')", () => {
    expect(values("de an vtvl tru so ban nganh va ubnd huyen ra thi co bn chi cuc va tuong duong")).toEqual([15]);
    expect(values("de an vtvl ngoai so ban nganh ra thi co bn chi cuc")).toEqual([15]);
    // (What all the sentence's figures share, said first, is the topic, not an item of a list.)
    expect(values("Đề án VTVL, trừ sở ban ngành và UBND huyện ra thì có bao nhiêu chi cục và tương đương?")).toEqual([15]);
    expect(values("Đề án VTVL, có bao nhiêu chi cục và tương đương?")).toEqual([15]);
    // A list of the sentence's items is still each item's figure.
    expect(values("Có bao nhiêu Sở ban ngành, Chi cục và UBND cấp huyện được phê duyệt đề án vị trí việc làm?")).toEqual([22, 15, 9]);
  });

  it("leaves nothing out for 'bổ sung … rà soát' typed with marks, which folds as 'bo … ra'", () => {
    expect(values("Tỉnh đã kiến nghị Trung ương sửa đổi, bổ sung bao nhiêu văn bản QPPL có liên quan đến các TTHC được rà soát?")).toEqual([14]);
    // ("bỏ … ra" typed as such, or without marks, still leaves out.)
    expect(values("Bỏ phần HĐND tỉnh ra thì tỉnh ban hành bao nhiêu văn bản QPPL?")).toEqual([94]);
    expect(values("bo phan hdnd tinh ra thi tinh ban hanh bn vb qppl")).toEqual([94]);
    // (Review: typed "bõ", "bo" or "lọai" in a message with marks, still left out.)
    for (const q of ["Bõ phần HĐND tỉnh ra thì tỉnh ban hành bao nhiêu văn bản QPPL?", "Nếu bo phần HĐND tỉnh ra thì tỉnh ban hành bao nhiêu văn bản QPPL?", "Lọai phần HĐND tỉnh ra thì còn bao nhiêu văn bản QPPL cấp tỉnh?"]) expect(values(q), q).toEqual([94]);
  });

  it("declines when what is left out is what was counted, rather than give a count of other things ('bn người tham gia, k tính lượt')", () => {
    for (const q of ["hoi thi cchc co bn nguoi tham gia, moi nguoi tinh 1 lan thoi k tinh luot nha", "Hội thi CCHC có bao nhiêu người tham gia, không tính lượt?"]) expect(ask(q).answered, q).toBe(false);
    // (A figure of the same measure still counts what was asked: the committee's decisions of the documents.)
    expect(values("Chỉ tính quyết định của UBND tỉnh, không tính nghị quyết của HĐND, thì năm 2024 có bao nhiêu văn bản QPPL?")).toEqual([94]);
  });

  it("ends what 'Không tính …' leaves out at the comma of 'HĐND, UBND' when nothing else would be asked, and gives no figure of the very level left out", () => {
    expect(values("Không tính nghị quyết của HĐND, UBND tỉnh đã ban hành bao nhiêu văn bản QPPL trong năm?")).toEqual([94]);
    // (Nor at that of "Chính phủ, Thủ tướng Chính phủ": the tasks the two assign are left out together.)
    expect(values("ko tinh nhiem vu chinh phu, thu tuong chinh phu giao thi trong ke hoach cchc 2024 tinh xong dc bn nhiem vu")).toEqual([31]);
    for (const q of ["Không tính cấp tỉnh, cả tỉnh ban hành bao nhiêu văn bản QPPL?", "Excluding the provincial level, how many legal documents were issued province-wide?"]) {
      expect(ask(q).facts.map((f) => f.value), q).not.toContain(125);
    }
    // (Other things than those counted left out leave the count whole: the departments are none of the units.)
    expect(values("Không kể các sở, ban, ngành và chi cục, UBND tỉnh đã phê duyệt đề án vị trí việc làm cho bao nhiêu đơn vị sự nghiệp công lập?")).toEqual([128]);
    expect(values("Không tính các đơn vị trực thuộc UBND tỉnh, bao nhiêu đơn vị sự nghiệp công lập cấp tỉnh được phê duyệt đề án vị trí việc làm?")).toEqual([117]);
    // (A whole the report lists, counted by its name or by the items in brackets, less one of its
    // items: the others added; not a figure quoted that no item is, "the 556 units".)
    for (const q of [
      "Không tính đơn vị sự nghiệp, tổng cộng bao nhiêu cơ quan, đơn vị được phê duyệt đề án vị trí việc làm?",
      "Excluding public service units, how many bodies in total had their job-position schemes approved?",
      "Excluding public service units, how many administrative bodies in total (departments, sub-departments and district People's Committees) had their job-position schemes approved?",
    ]) {
      expect(formula(q), q).toMatch(/^22 \+ 15 \+ 9 = 46/);
    }
    // (Not a part of an item, nor another level's figure of their kind, nor a share asked: none is an item left out whole.)
    for (const q of [
      "Excluding public service units directly under the Provincial People's Committee, how many agencies and units had job position schemes approved?",
      "Không tính các đơn vị sự nghiệp thuộc cơ quan chuyên môn, có bao nhiêu cơ quan, đơn vị được phê duyệt đề án vị trí việc làm?",
      "Không tính đơn vị sự nghiệp cấp huyện, có bao nhiêu cơ quan, đơn vị được phê duyệt đề án vị trí việc làm?",
      "Không tính đơn vị sự nghiệp, cơ quan hành chính chiếm bao nhiêu phần trăm số cơ quan, đơn vị được phê duyệt đề án vị trí việc làm?",
    ]) {
      expect(ask(q).facts.map((f) => f.value), q).not.toContain(46);
      expect(ask(q).facts.map((f) => f.value), q).not.toContain(165);
    }
    // (A level alone left out is the item of that level.)
    expect(formula("Không kể cấp huyện, UBND tỉnh đã phê duyệt đề án vị trí việc làm cho tổng cộng bao nhiêu cơ quan, đơn vị cấp tỉnh (tính cả Sở, Chi cục và đơn vị sự nghiệp)?")).toMatch(/= 165$/);
    const without556 = ask("Excluding the 556 units approved by district People's Committees, how many agencies and units in total had job-position schemes approved (departments, sub-departments, district People's Committees and public service units)?");
    expect(without556.facts.map((f) => f.value)).not.toContain(165);
    // (A total of one thing done, whose verbs the question does not join, "ban hành quyết định công
    // bố", behind a request and a setting parted by commas, less another thing: the thing's figure.)
    expect(values("Đề nghị cho biết, trong công tác kiểm soát TTHC năm 2024, UBND tỉnh đã ban hành quyết định công bố tổng cộng bao nhiêu thủ tục hành chính (chưa kể các thủ tục bị bãi bỏ)?")).toEqual([1117]);
    // (Not when it joins them: the published and the abolished added, less the abolished, is no figure asked.)
    expect(ask("UBND tỉnh công bố và bãi bỏ tổng cộng bao nhiêu TTHC, không tính TTHC bãi bỏ?").facts.map((f) => f.value)).not.toContain(1293);
    // (Unless a part's label names every word left out: the drafts "not of legal documents" are the
    // drafts less the legal ones, 332 − 203.)
    expect(formula("Trong số dự thảo Sở Tư pháp góp ý, có bao nhiêu dự thảo không phải văn bản QPPL?")).toBe("332 − 203 = 129");
    // (A short gloss in brackets ends nothing left out: both the sub-departments and the district committees.)
    expect(values("Excluding branch departments (Chi cục) and district People's Committees, how many provincial departments had their job-position schemes approved?")).toEqual([22]);
    // (Nor does it make an item of a list too long to be one: three things left out, the gloss on the second.)
    expect(values("Not counting the district People's Committees, the branch departments (chi cục) or public service units, how many provincial departments and agencies had their job-position schemes approved?")).toEqual([22]);
    expect(values("Phần chi cân đối ngân sách (không phải thu) đạt bao nhiêu phần trăm dự toán?")).toEqual([75]);
    // (A level beside what else is left out names no level alone: "not the provincial reform plan".)
    expect(values("Only the tasks assigned by the Government and the Prime Minister, not the provincial reform plan: how many did the province carry out?")).toEqual([172]);
  });

  it("reads 'chiếm bao nhiêu người' as a count of a part, not a share: declined where the report gives no such part", () => {
    expect(ask("Trong 22.531 người được giao, các hội có tính chất đặc thù chiếm bao nhiêu người?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(values("Trong 125 văn bản QPPL cấp tỉnh, nghị quyết HĐND chiếm bao nhiêu văn bản?")).toEqual([31]);
    // (In percent it is the share.)
    expect(formula("Nghị quyết của HĐND tỉnh chiếm bao nhiêu phần trăm số văn bản QPPL cấp tỉnh?")).toBe("31 / 125 = 24,8%");
  });

  it("adds the items of a list named right after 'bao nhiêu' when another item of it is left out ('Không tính các Chi cục, … bao nhiêu Sở ban ngành và đơn vị UBND cấp huyện?')", () => {
    expect(formula("Không tính các Chi cục và tương đương, UBND tỉnh phê duyệt đề án vị trí việc làm cho bao nhiêu Sở ban ngành và đơn vị UBND cấp huyện?")).toBe("22 + 9 = 31");
    expect(formula("Không tính UBND cấp huyện, UBND tỉnh phê duyệt đề án vị trí việc làm cho bao nhiêu Sở ban ngành và Chi cục?")).toBe("22 + 15 = 37");
    // (One name of one item, "departments and sectors", is no list.)
    expect(values("Excluding public service units, how many provincial departments and sectors had their job-position schemes approved?")).toEqual([22]);
    // (Or listed in brackets after the whole they make: "bao nhiêu cơ quan hành chính (sở, chi cục, UBND cấp huyện)".)
    for (const q of ["Trừ các đơn vị sự nghiệp công lập ra, có bao nhiêu cơ quan hành chính (sở, chi cục, UBND cấp huyện) được phê duyệt đề án vị trí việc làm?", "Không tính 128 đơn vị sự nghiệp, có bao nhiêu cơ quan hành chính (sở, chi cục, UBND cấp huyện) được phê duyệt đề án vị trí việc làm?"]) {
      expect(formula(q), q).toBe("22 + 15 + 9 = 46");
    }
    // (Each asked on its own, "bao nhiêu A và bao nhiêu B", is not added.)
    expect(values("Không tính các Chi cục, có bao nhiêu Sở ban ngành và bao nhiêu đơn vị UBND cấp huyện được phê duyệt đề án vị trí việc làm?")).toEqual([22, 9]);
  });

  it("declines one alone of the things a figure counts together (units and special associations), however the other is set apart", () => {
    for (const q of [
      "How many staff were assigned to the special-nature associations alone, separate from the public service units?",
      "Riêng các đơn vị sự nghiệp công lập được giao bao nhiêu người làm việc?",
      "Chỉ tính các đơn vị sự nghiệp công lập, không tính các hội có tính chất đặc thù, thì số người làm việc được giao là bao nhiêu?",
    ]) expect(ask(q), q).toMatchObject({ answered: false, reason: "no-breakdown" });
    // (Those in post are counted in the units alone: that figure is theirs.)
    expect(values("Chỉ tính các đơn vị sự nghiệp công lập, không tính các hội có tính chất đặc thù, thì số người làm việc có mặt là bao nhiêu?")).toEqual([22056]);
    expect(values("Tỉnh giao bao nhiêu người làm việc cho các đơn vị sự nghiệp công lập và các hội có tính chất đặc thù?")).toEqual([22531]);
    // (So the 14.970 officials, civil servants and public employees given an e-mail account: not the public employees alone.)
    for (const q of ["Trong số cán bộ, công chức, viên chức được cấp thư điện tử, riêng viên chức là bao nhiêu người?", "Riêng công chức được cấp bao nhiêu hộp thư?"]) {
      expect(ask(q), q).toMatchObject({ answered: false, reason: "no-breakdown" });
    }
    expect(values("Bỏ qua phần hạ tầng, riêng thư điện tử công vụ đã cấp cho bao nhiêu cán bộ, công chức, viên chức?")).toEqual([14970]);
    // (Asked beside another figure, one alone is still declined; "Riêng năm 2024, …" sets apart a year, no thing.)
    expect(ask("Riêng một cửa liên thông thì bao nhiêu thủ tục, và tỷ lệ tiếp nhận là bao nhiêu?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(values("Riêng năm 2024, tỉnh giao bao nhiêu người làm việc cho các ĐVSN?")).toEqual([22531]);
    // (By the items' names as typed: "in 2024 alone" of the inter-agency one-stop procedures is one of them; "officials" are all.)
    expect(ask("How many inter-agency one-stop procedures were there in 2024 alone?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(ask("Riêng ĐVSN được giao bao nhiêu người làm việc?")).toMatchObject({ answered: false, reason: "no-breakdown" });
  });

  it("reads the province named as the context of what is left out as no level left out ('Not counting the tasks in the province's own plan, …')", () => {
    expect(values("Not counting the tasks in the province's own 2024 PAR plan, how many tasks assigned by the Government and the Prime Minister were carried out?")).toEqual([172]);
    // Beside another level the main clause names, "do UBND tỉnh duyệt" is the province's level.
    expect(values("Không tính các đơn vị sự nghiệp do UBND tỉnh phê duyệt, cấp huyện đã phê duyệt đề án vị trí việc làm cho bao nhiêu đơn vị sự nghiệp?")).toEqual([556]);
  });

  it("declines a figure of several levels when one of them is left out mid-sentence ('… nhưng trừ UBND cấp huyện?')", () => {
    for (const q of ["Tỉnh giao bao nhiêu biên chế công chức nhưng trừ UBND cấp huyện?", "How many civil servant positions were allocated excluding the district People's Committees?"]) {
      expect(ask(q).answered, q).toBe(false);
    }
  });

  it("leaves out what is excluded mid-sentence ('nhưng trừ cấp huyện ra', 'but excluding', 'excluding') from a total asked, with or without 'how many'", () => {
    for (const q of [
      "Tổng số văn bản QPPL của cả ba cấp nhưng trừ cấp huyện ra thì là bao nhiêu?",
      "Total legal documents across all three levels excluding the district level?",
      "How many legal documents in total across all three levels, but excluding the district level?",
    ]) {
      expect(values(q), q).toEqual([194, 125, 69]);
    }
  });

  it("reads leaving out the things that are not X as asking the X ('không tính các dự thảo không phải văn bản QPPL', 'excluding drafts that are not …'), never the rest", () => {
    for (const q of [
      "Trong số dự thảo Sở Tư pháp góp ý, không tính các dự thảo không phải văn bản QPPL thì còn bao nhiêu?",
      "Trong số dự thảo Sở Tư pháp tham gia góp ý, loại ra các dự thảo không phải văn bản QPPL thì còn lại bao nhiêu?",
      "Excluding drafts that are not legal normative documents, how many drafts did the Department of Justice comment on?",
    ]) {
      expect(values(q), q).toEqual([203]);
    }
    // (Nor what no part of the whole is: the drafts "không phải của cơ quan trung ương".)
    expect(ask("Sở Tư pháp góp ý bao nhiêu dự thảo, không tính các dự thảo không phải của cơ quan trung ương?").answered).toBe(false);
    // ("loại ra X" leaves out X as "loại X ra" does.)
    expect(values("Trong số dự thảo Sở Tư pháp góp ý, loại ra các dự thảo văn bản QPPL thì còn lại bao nhiêu?")[0]).toBe(129);
    // (Under a condition: "nếu bỏ ra …", "if we leave out …".)
    expect(values("Trong tổng số dự thảo Sở Tư pháp đã góp ý, nếu bỏ ra phần dự thảo văn bản QPPL thì còn lại bao nhiêu dự thảo?")[0]).toBe(129);
    expect(values("Nếu trừ nghị quyết của HĐND tỉnh thì HĐND, UBND tỉnh ban hành bao nhiêu văn bản QPPL?")).toEqual([94]);
    // (A total and one of its parts both quoted, "còn lại": the rest, the other part when the parts are complete.)
    expect(formula("so tu phap gop y 332 du thao ma chi co 203 du thao qppl, vay con lai bn du thao")).toBe("332 − 203 = 129");
    expect(values("Tỉnh ban hành 125 văn bản QPPL, trong đó 31 nghị quyết của HĐND, còn lại bao nhiêu?")).toEqual([94]);
    // (Nor a share or another unit asked of the rest.)
    for (const q of ["Sở Tư pháp góp ý 332 dự thảo, trong đó 203 dự thảo QPPL, còn lại bao nhiêu phần trăm?", "Sở Tư pháp góp ý 332 dự thảo, trong đó 203 dự thảo QPPL, còn lại bao nhiêu ngày?"]) {
      expect(ask(q).facts.map((f) => f.value), q).not.toContain(129);
    }
    // (Not two figures that are no total and part: the 34 tasks' plan is no total of the 172.)
    expect(ask("Tỉnh có 172 nhiệm vụ Chính phủ giao và 34 nhiệm vụ trong kế hoạch, còn lại bao nhiêu?").facts.map((f) => f.value)).not.toContain(138);
    expect(values("If we leave out the resolutions of the provincial People's Council, how many legal documents did the province issue?")).toEqual([94]);
    expect(values("Among the public service units whose job-position schemes the province approved, how many remain once you leave out the ones directly under the provincial People's Committee?")).toEqual([117]);
    // ("Leaving aside X": X is what is left out, not "aside X".)
    expect(values("Leaving aside the documents the districts sent in, how many legal documents did the inspection teams themselves examine?")).toEqual([106]);
    // (What is left out, of the level the main clause's figure is of, leaves no figure far down its
    // ranking instead: not the committee's 89 self-checked documents.)
    expect(values("Không tính các văn bản do huyện gửi đến, các đoàn kiểm tra đã kiểm tra bao nhiêu văn bản QPPL?")).toEqual([106]);
  });

  it("computes the rest of a total only when what is left out names the part first (or by its number)", () => {
    expect(values("Không tính các dự thảo văn bản thông thường, chỉ riêng dự thảo văn bản QPPL mà Sở Tư pháp góp ý đảm bảo thời gian và chất lượng là bao nhiêu?")).toEqual([203]);
    expect(values("Ngoài 203 dự thảo văn bản QPPL, Sở Tư pháp còn góp ý bao nhiêu dự thảo khác?")).toEqual([129, 332, 203]);
    // (Or when the main clause asks the rest, "còn … khác".)
    expect(values("Ngoài dự thảo QPPL, còn bao nhiêu dự thảo văn bản khác được góp ý?")).toEqual([129, 332, 203]);
  });

  it("gives the total of one thing asked when what is left out is neither a part nor the whole of it", () => {
    expect(values("ko tinh nhiem vu chinh phu giao, ke hoach cchc 2024 co tong cong bn nhiem vu")).toEqual([34]);
    // (Two bodies named that the figure has both of name it, not two figures: "UBND tỉnh … do Chính phủ … giao".)
    expect(values("Ngoài kế hoạch của tỉnh, UBND tỉnh đã thực hiện tổng cộng bao nhiêu nhiệm vụ do Chính phủ và Thủ tướng Chính phủ giao trong năm 2024?")).toEqual([172]);
    // (A level left out of a sum of levels is no such figure.)
    expect(values("Không tính cấp xã, tổng cộng bao nhiêu văn bản QPPL?")).not.toEqual([125]);
  });

  it("reads what is left out as the other of two counts of one sentence its words fit alike, not the one asked", () => {
    expect(values("Setting aside the agencies whose functions were newly regulated, how many had their functions and tasks amended or supplemented?")).toEqual([6]);
    expect(values("Apart from the agencies whose functions were amended, how many had their functions regulated?")).toEqual([32]);
  });

  it("leaves out each of several clauses that exclude ('Không tính cấp tỉnh, cũng không tính cấp huyện, thì …')", () => {
    expect(values("Không tính cấp tỉnh, cũng không tính cấp huyện, thì các xã, phường, thị trấn ban hành bao nhiêu văn bản QPPL?")).toEqual([69]);
  });

  it("leaves out every item of a list that 'thì' closes ('không kể Sở ban ngành, Chi cục và UBND cấp huyện thì …'), not its first alone", () => {
    expect(values("Trong các đề án vị trí việc làm UBND tỉnh đã phê duyệt, không kể Sở ban ngành, Chi cục và UBND cấp huyện thì còn bao nhiêu đơn vị sự nghiệp công lập?")).toEqual([128]);
    expect(values("ko tinh so ban nganh, chi cuc va ubnd cap huyen thi con bn dvsn dc duyet vtvl")).toEqual([128]);
    // Without a last item joined by "và", or after a "ra", the piece the "thì" closes is what is asked.
    expect(values("Ngoài UBND tỉnh, UBND cấp huyện thì phê duyệt bao nhiêu đơn vị sự nghiệp?")).toEqual([556]);
    expect(values("Ngoài cấp tỉnh ra, cấp huyện thì ban hành bao nhiêu văn bản QPPL?")).toEqual([23]);
    expect(values("ngoai bien che cong chuc, nguoi lam viec thi giam bn")[0]).toBe(988);
    // (Or a comma, after a last item of five words: "… UBND cấp huyện và các đơn vị sự nghiệp, …".)
    expect(values("Không tính chi cục, UBND cấp huyện và các đơn vị sự nghiệp, đề án vị trí việc làm đã được duyệt cho bao nhiêu Sở, ban, ngành?")).toEqual([22]);
  });

  it("declines a count given to citizens or businesses that the figure's sentence does not name ('email accounts issued to citizens'), not money saved for them", () => {
    expect(ask("How many email accounts were issued to citizens and businesses?").answered).toBe(false);
    expect(values("tiết kiệm bao nhiêu chi phí cho người dân, doanh nghiệp?")[0]).toBe(11322000);
  });

  it("leaves out 'văn bản của HĐND, UBND tỉnh' as one thing, and a second 'cũng không kể …' after it", () => {
    expect(values("Đề nghị cho biết số văn bản QPPL do các xã, phường, thị trấn ban hành, không kể văn bản của HĐND, UBND tỉnh và cũng không kể văn bản của cấp huyện.")).toEqual([69]);
  });

  it("reads an unmarked 'tinh' after 'ko' or in 'chi tinh phan …' as the verb 'tính', not the province", () => {
    expect(values("chi tinh phan ubnd cap huyen tu phe duyet thoi, ko tinh cap tinh, thi bn dvsn dc duyet vtvl")).toEqual([556]);
    // "chỉ tỉnh ban hành", "chỉ tỉnh có …" are still the province.
    expect(values("chi tinh ban hanh bn van ban qppl")).toEqual([125]);
    expect(values("chi tinh co bao nhieu van ban qppl?")).not.toContain(69);
  });

  it("runs what is left out on to the clause opening what is asked ('Không kể A, B của cấp tỉnh, riêng …')", () => {
    expect(values("Không kể nghị quyết, quyết định của cấp tỉnh, riêng HĐND, UBND các huyện, thị xã, thành phố Huế ban hành được bao nhiêu văn bản QPPL?")).toEqual([23]);
    // (However many commas a name and a list of duties put in it, up to "còn".)
    expect(values("Ngoài các cơ quan, đơn vị được ban hành mới quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức, còn bao nhiêu cơ quan, đơn vị chỉ được sửa đổi, bổ sung chức năng, nhiệm vụ?")).toEqual([6]);
  });

  it("ends what 'ngoài …' leaves out at a 'ra' past its commas ('Ngoài 32 cơ quan, đơn vị … ra, còn bao nhiêu …')", () => {
    expect(values("Ngoài 32 cơ quan, đơn vị được ban hành quy định chức năng, nhiệm vụ ra, còn bao nhiêu cơ quan được sửa đổi, bổ sung chức năng, nhiệm vụ?")).toEqual([6]);
    // Or at the body that acts and "còn" after it.
    expect(values("Ngoài 32 cơ quan, đơn vị được ban hành quy định chức năng, nhiệm vụ mới, UBND tỉnh còn sửa đổi, bổ sung chức năng, nhiệm vụ của bao nhiêu cơ quan, đơn vị nữa?")).toEqual([6]);
  });

  it("ends what 'ngoài …' leaves out at 'thì', and reads 'chưa tính' as leaving out", () => {
    expect(values("Trong số văn bản QPPL cấp tỉnh, ngoài phần của UBND tỉnh thì HĐND tỉnh ban hành bao nhiêu?")).toEqual([31]);
    // (The province alone left out is left out as a level.)
    expect(formula("Không tính tỉnh, các huyện và các xã ban hành tổng cộng bao nhiêu văn bản QPPL?")).toBe("23 + 69 = 92");
    expect(values("ngoai ubnd tinh thi hdnd tinh ban hanh bn vb qppl")).toEqual([31]);
    // (Not the "thi" of a contest, nor "thi hành", "thực thi"; "chưa" leaves out only with "tính", "kể".)
    expect(values("Ngoài quyết định thi hành của UBND tỉnh thì HĐND tỉnh ban hành bao nhiêu văn bản QPPL?")).toEqual([31]);
    expect(values("Bao nhiêu TTHC chưa thuộc cơ chế một cửa?")).not.toContain(176);
    expect(ask("Ngoài hội thi trực tuyến, tỉnh còn tổ chức bao nhiêu hội nghị tuyên truyền CCHC?").facts.map((f) => f.value)).not.toContain(214);
    expect(formula("HĐND, UBND cấp tỉnh và cấp huyện cộng lại ban hành bao nhiêu văn bản QPPL (chưa tính cấp xã)?")).toBe("125 + 23 = 148");
  });

  it("ends what any marker leaves out at a 'thì' past it ('Nếu không tính cấp xã thì …'), and adds the other levels' figures", () => {
    expect(formula("Nếu không tính cấp xã thì cấp tỉnh và cấp huyện ban hành tổng cộng bao nhiêu văn bản QPPL?")).toBe("125 + 23 = 148");
    // No level named: the figures of the levels the question leaves open, less the one left out.
    expect(formula("Nếu không tính cấp xã thì tổng cộng có bao nhiêu văn bản QPPL được ban hành?")).toBe("125 + 23 = 148");
    expect(formula("neu ko tinh cap tinh thi tong cong co bn vb qppl dc ban hanh")).toBe("69 + 23 = 92");
    // Two levels left out, each its own "không tính": the one level left, not a sum less the first only.
    expect(values("Trong số văn bản QPPL ban hành ở ba cấp, nếu không tính cấp tỉnh và cũng không tính cấp xã thì còn bao nhiêu văn bản?")).toEqual([23]);
    expect(values("Excluding the provincial and commune levels, how many legal documents were issued across the three levels?")).toEqual([23]);
    // (A level said twice is one left out; the province as where the others are is none; a total
    // asked of the three levels less two is the one left, never the three added.)
    expect(formula("Nếu không tính văn bản của cấp huyện và của các huyện thì tổng cộng có bao nhiêu văn bản QPPL được ban hành?")).toBe("69 + 125 = 194");
    expect(formula("Nếu không tính cấp xã trong tỉnh thì tổng cộng có bao nhiêu văn bản QPPL được ban hành?")).toBe("125 + 23 = 148");
    expect(values("Tổng văn bản QPPL ba cấp, không tính cấp tỉnh và cấp huyện?")).toEqual([69]);
    expect(values("Trong số văn bản QPPL cấp tỉnh, ngoài phần của UBND tỉnh thì HĐND tỉnh ban hành bao nhiêu?")).toEqual([31]);
    // (Readings of other actions are no levels to add: documents issued plus those self-checked.)
    expect(values("Ngoài cấp xã, tổng cộng có bao nhiêu văn bản QPPL?")).not.toContain(214);
  });

  it("declines one body of a figure given for two together when the other is left out ('HĐND các huyện …, ko tính UBND huyện')", () => {
    expect(ask("hdnd cac huyen ban hanh bn nghi quyet qppl, ko tinh ubnd huyen")).toMatchObject({ answered: false, reason: "no-breakdown" });
    // A level named alone, another level's bodies left out: that level's figure.
    expect(values("Xét riêng cấp xã, phường, thị trấn, không tính văn bản của HĐND, UBND cấp huyện, thì năm 2024 đã ban hành bao nhiêu văn bản QPPL?")).toEqual([69]);
  });

  it("reads a total of one thing named ('tổng cộng bao nhiêu văn bản QPPL') as its figure when other figures are left out", () => {
    expect(values("Không hỏi số đoàn hay số kết luận: các đoàn kiểm tra đã kiểm tra tổng cộng bao nhiêu văn bản QPPL của cấp huyện?")).toEqual([106]);
    // Not when the best figure counts another thing than the one asked: the departments are not every agency.
    expect(values("Ngoài đơn vị sự nghiệp, tổng cộng bao nhiêu cơ quan được phê duyệt đề án vị trí việc làm?")).not.toContain(22);
  });

  it("reads 'chỉ hỏi số đoàn …, ko cần số vb' as a number asked with the documents left out", () => {
    expect(values("chi hoi so doan kiem tra vb qppl thoi, ko can so vb")).toEqual([4]);
    expect(values("Cho biết số đoàn kiểm tra văn bản QPPL, không cần số văn bản.")).toEqual([4]);
  });

  it("answers the main clause as asked alone when what it leaves out changes nothing of its figure", () => {
    // "số được giao" is no part of the change since 2023: the change, not the level in post.
    expect(values("Không tính số được giao, biên chế công chức thực có hiện nay đã giảm bao nhiêu so với năm 2023?")).toEqual([48, 2.47]);
  });

  it("leaves out the figure a number quoted beside its unit names, not another of that value ('Ngoài 04 Đoàn kiểm tra, … bao nhiêu Kết luận')", () => {
    expect(values("Ngoài 04 Đoàn kiểm tra được thành lập, tỉnh còn ban hành bao nhiêu Kết luận kiểm tra văn bản QPPL?")).toEqual([4]);
    // Another item of the list the one left out is in is not the rest of it.
    expect(ask("Không tính 22 Sở ban ngành, có bao nhiêu cơ quan được phê duyệt đề án vị trí việc làm?")).toMatchObject({ answered: false, facts: [] });
    // Unless the question names that item.
    expect(values("de an vtvl: chi tinh ubnd cap huyen thoi, ko tinh so ban nganh va chi cuc, thi la bn don vi")).toEqual([9]);
  });

  it("leaves out what the question excludes, through the report's parts and totals", () => {
    expect(ask("HĐND, UBND tỉnh ban hành bao nhiêu văn bản QPPL, không tính các nghị quyết của HĐND tỉnh?").facts[0]!.value).toBe(94);
    expect(ask("cap huyen ban hanh bn vb qppl, ko tinh xa phuong thi tran").facts[0]!.value).toBe(23);
    const others = ask("Ngoài 203 dự thảo văn bản QPPL, Sở Tư pháp còn góp ý bao nhiêu dự thảo khác?");
    expect(others.facts[0]).toMatchObject({ value: 129, derived: { op: "others", formula: "332 − 203 = 129" } });
  });

  it("reads 'tôi không hỏi …' and 'I'm not asking about …' as exclusions, and 'mấy cái bị bãi bỏ' as the figure left out, not every count", () => {
    expect(values("Tỷ lệ giảm biên chế công chức là bao nhiêu? Tôi không hỏi tỷ lệ giảm người làm việc ở đơn vị sự nghiệp.")).toEqual([2.47]);
    expect(values("What is the rate of decrease in public service unit staff? I'm not asking about civil servant posts.")).toEqual([4.29]);
    expect(values("tthc dc cong bo la bn, ko tinh may cai bi bai bo")).toEqual([1117]);
  });

  it("gives no figure counted in what the message leaves out as a count ('tính số đơn vị, không phải số người'), and suggests the one it found", () => {
    const units = ask("So với năm 2023, tỉnh đã giảm được bao nhiêu đơn vị sự nghiệp công lập (tính số đơn vị, không phải số người)?");
    expect(units.answered).toBe(false);
    expect(units.text).toContain("Số người làm việc trong đơn vị sự nghiệp công lập giảm bao nhiêu");
    expect(ask("How many public service units were cut compared with 2023, not the number of people?").answered).toBe(false);
    // (The people asked, the units left out: the people's figure.)
    expect(values("Số người làm việc trong đơn vị sự nghiệp giảm bao nhiêu, không tính số đơn vị?")).toEqual([988]);
    // (Each of the things so named: no teams when teams and conclusions are left out.)
    expect(values("The province sent inspection teams to check legal documents issued in several districts. Not the number of teams or conclusions, only how many documents did those teams inspect?")).not.toContain(4);
  });

  it("answers a sum the main clause names of things none of which is left out ('Không tính UBND cấp huyện …, số Sở ban ngành cộng với Chi cục …')", () => {
    expect(values("Không tính UBND cấp huyện và các đơn vị sự nghiệp, số Sở ban ngành cộng với Chi cục và tương đương được phê duyệt Đề án vị trí việc làm là bao nhiêu?")).toEqual([37, 22, 15]);
    expect(values("Trừ đơn vị sự nghiệp công lập và UBND cấp huyện ra, UBND tỉnh đã phê duyệt đề án vị trí việc làm cho bao nhiêu Sở ban ngành và Chi cục cộng lại?")).toEqual([37, 22, 15]);
    // (One of its items left out: no sum.)
    expect(ask("Không tính Chi cục, số Sở ban ngành cộng với Chi cục được phê duyệt Đề án vị trí việc làm là bao nhiêu?").answered).toBe(false);
  });

  it("reads what a contrast after the part left out opens ('không hỏi A mà chỉ hỏi B', 'không tính A mà chỉ tính B') as what is asked", () => {
    expect(values("Biên chế công chức hiện có 1.895, không hỏi giảm bao nhiêu người mà chỉ hỏi tỷ lệ giảm so với 2023 là bao nhiêu?")).toEqual([2.47]);
    expect(values("không tính HĐND mà chỉ tính UBND cấp tỉnh ban hành bao nhiêu văn bản QPPL?")).toEqual([94]);
  });

  it("reads a total of joined bodies without other levels as that total, a joined body left out as the other, and never gives a figure left out by its number", () => {
    expect(values("HĐND và UBND tỉnh ban hành tổng cộng bao nhiêu văn bản QPPL, không tính cấp huyện và cấp xã?")).toEqual([125]);
    expect(values("HĐND và UBND tỉnh ban hành tổng cộng bao nhiêu văn bản QPPL, không tính nghị quyết của HĐND tỉnh?")).toEqual([94]);
    const out = ask("Tổng số đơn vị được duyệt đề án vị trí việc làm, không tính 22 Sở ban ngành?");
    expect(out.facts.map((f) => f.value)).not.toContain(22);
  });

  it("reads ', không riêng gì …' / ', not only …' as counting it in: the whole is asked", () => {
    expect(values("Sở Tư pháp góp ý tất cả bao nhiêu dự thảo văn bản, không riêng gì dự thảo QPPL?")).toEqual([332]);
    expect(formula("Sở Tư pháp góp ý bao nhiêu dự thảo văn bản, không tính dự thảo QPPL?")).toBe("332 − 203 = 129");
  });

  it("reads 'ko phải tổng số …' as leaving out the whole of a fraction", () => {
    expect(values("ke hoach cchc 2024 hoan thanh bn nhiem vu, ko phai tong so nhiem vu nhe")).toEqual([31]);
  });

  it("leaves a part out of a sum over levels, and reads an excluded enumeration past its commas", () => {
    expect(formula("tong vb qppl ca 3 cap tinh huyen xa, tru 31 nghi quyet cua hdnd tinh ra thi con bn")).toBe("125 + 23 + 69 − 31 = 186");
    expect(ask("Chỉ riêng HĐND, UBND các huyện, thị xã, thành phố Huế thôi — không tính các xã, phường, thị trấn — đã ban hành bao nhiêu văn bản QPPL?").facts[0]!.value).toBe(23);
  });

  it("leaves out a kind of figure ('not the percentage, the money')", () => {
    expect(ask("Not the percentage, the money: how much per year does simplifying procedures save in compliance costs?").facts[0]!.value).toBe(11322000);
  });

  it("reads what follows the words that leave something out, not those words ('ko tinh' is not 'tỉnh')", () => {
    expect(ask("de an vi tri viec lam da duyet cho bn so ban nganh vay, ko tinh chi cuc").facts[0]!.value).toBe(22);
    const others = ask("Trong số dự thảo Sở Tư pháp góp ý, có bao nhiêu dự thảo không thuộc nhóm văn bản QPPL đảm bảo thời gian và chất lượng?");
    expect(others.facts[0]).toMatchObject({ value: 129, derived: { op: "others", formula: "332 − 203 = 129" } });
    // "Only counting …", "chỉ riêng …" name the part asked; they are not words a figure must explain.
    expect(ask("Only counting legal normative drafts, how many drafts did the Department of Justice comment on with guaranteed timing and quality?").facts[0]!.value).toBe(203);
    expect(ask("chỉ riêng dự thảo văn bản QPPL, Sở Tư pháp góp ý bao nhiêu dự thảo?").facts[0]!.value).toBe(203);
  });

  it("answers the main clause alone when what is left out is a figure stated apart from its answer, and declines when it may be inside", () => {
    expect(values("Only the district tier (districts, the town and Hue city), not counting communes: how many legal normative documents were issued?")).toEqual([23]);
    expect(values("Just the civil-servant cut, not the drop in public-service staff: how many positions fewer than in 2023?")).toEqual([48]);
    expect(values("Chỉ tính các cơ quan hành chính cấp tỉnh và UBND cấp huyện, không tính đơn vị sự nghiệp, năm 2024 tỉnh giao bao nhiêu biên chế công chức?")).toEqual([1951]);
    expect(values("Không kể các văn bản QPPL kiến nghị sửa đổi, tổng số TTHC được kiến nghị phương án đơn giản hóa là bao nhiêu?")).toEqual([62]);
    // (A part of the answer, or a figure whose sentence joins both, is no figure apart.)
    expect(ask("Không tính 22 Sở ban ngành, có bao nhiêu cơ quan được phê duyệt đề án vị trí việc làm?").answered).toBe(false);
    expect(ask("góp ý bn dự thảo do cơ quan trung ương trưng cầu, ko tính địa phương").answered).toBe(false);
    // What is left out is a part only when it names that part as well as it names anything: "the
    // state administrative bodies" are not the 117 units under the specialised agencies.
    expect(values("Excluding the state administrative bodies, how many public service units at provincial level had job position schemes approved?")).toEqual([128]);
    expect(values("Trong tổng số văn bản QPPL cấp tỉnh, nếu không tính phần do UBND tỉnh ban hành thì còn lại bao nhiêu văn bản?")).toEqual([31]);
    // (An operation named only in what is left out asks nothing: "…, ko tính tổng số góp ý".)
    expect(values("chi tinh so du thao qppl dam bao thoi gian va chat luong gop y thoi, ko tinh tong so gop y")).toEqual([203]);
    // A total asked without "bao nhiêu" still leaves out what it names (194, never the 23 left out).
    expect(values("Tổng văn bản QPPL cả 3 cấp, trừ văn bản do các huyện ban hành")[0]).toBe(194);
  });

  it("reads 'không trực thuộc X' as leaving out X's part only: not after 'kể cả', 'bao gồm cả', nor past 'mà …' or the verb after the name", () => {
    expect(values("Bao nhiêu đơn vị sự nghiệp không trực thuộc UBND tỉnh mà thuộc các cơ quan chuyên môn?")).toEqual([117]);
    expect(values("How many units not directly under the provincial People's Committee but under specialised agencies?")).toEqual([117]);
    expect(values("Có bao nhiêu đơn vị sự nghiệp được duyệt, bao gồm cả đơn vị không trực thuộc UBND tỉnh?")).toEqual([128]);
    expect(values("Bao nhiêu đơn vị sự nghiệp trực thuộc UBND tỉnh được duyệt, không trực thuộc thì bao nhiêu?")).toEqual([11, 117]);
    // (The departments are not split by whom they are under: no figure, never a statement instead.)
    expect(ask("Có bao nhiêu Sở ban ngành không trực thuộc UBND tỉnh được duyệt đề án?").answered).toBe(false);
  });

  it("reads 'how many were not [a thing counted]' as the whole less that part, and still declines a denied action", () => {
    expect(ask("Of the drafts the Department of Justice gave comments on, how many were not legal normative drafts?").facts[0]).toMatchObject({ value: 129, derived: { formula: "332 − 203 = 129" } });
    expect(ask("How many drafts were not appraised?").answered).toBe(false);
  });

  it("reads 'không trực thuộc X', 'not directly under X' as the whole less the part directly under X", () => {
    expect(values("Of the public service units whose job-position schemes were approved by the province, how many are NOT directly under the provincial People's Committee?")).toEqual([117]);
    expect(values("Trong số đơn vị sự nghiệp được tỉnh phê duyệt đề án vị trí việc làm, bao nhiêu đơn vị không trực thuộc UBND tỉnh?")).toEqual([117]);
    // (Those directly under it are still the part.)
    expect(values("Bao nhiêu đơn vị sự nghiệp trực thuộc UBND tỉnh được phê duyệt đề án vị trí việc làm?")).toEqual([11]);
  });

  it("reads 'Of all the drafts on which …, how many were …?' as asking the part ('on which' asks nothing)", () => {
    expect(values("Of all the drafts on which the Department of Justice gave comments, how many were legal normative documents? Leave out the other drafts.")).toEqual([203]);
  });

  it("reads 'không xét …' as left out", () => {
    expect(values("Chỉ xét phần chi cân đối ngân sách 11 tháng, không xét thu, tỷ lệ đạt so với dự toán là bao nhiêu?")).toEqual([75]);
  });

  it("reads the sentence before a colon as the subject of the question after it, and a short 'not X' as left out", () => {
    expect(values("Only the public service units under the specialised agencies, not those directly under the Provincial People's Committee: how many had job-position schemes approved?")).toEqual([117]);
    expect(values("Only the spending side, please, not revenue: what share of the estimate had balanced budget spending reached after 11 months?")).toEqual([75]);
    // "… xin được hỏi:" only announces the question: its words are not what is asked about.
    expect(values("Tôi là cán bộ tư pháp cấp huyện, xin được hỏi: tỉnh đã công bố bao nhiêu TTHC?")).toEqual([1117]);
  });

  it("answers the part its qualifiers name, and the change 'giảm bao nhiêu' asks, over the figure that shares more words", () => {
    expect(ask("UBND tỉnh ban hành bao nhiêu văn bản QPPL trong năm?").facts[0]!.value).toBe(94);
    expect(ask("bien che cc hien co giam bn bien che so voi 2023 a").facts[0]!.value).toBe(48);
    // (The plan's sentence states two checks: both are given.)
    expect(values("Theo Kế hoạch 391/KH-UBND, bao nhiêu văn bản QPPL đã được kiểm tra?")).toEqual(expect.arrayContaining([89, 23]));
  });
});

describe("some of a figure the opening names ('Trong số X, … bao nhiêu?')", () => {
  it("declines what the report does not break down of X, rather than give X itself", () => {
    for (const q of ["Trong số nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao, tỉnh đã hoàn thành được bao nhiêu nhiệm vụ?", "Among the tasks assigned by the Government and the Prime Minister, how many did the province complete?"]) {
      expect(ask(q), q).toMatchObject({ answered: false, reason: "no-breakdown" });
    }
    // (Nor at a level X is not of.)
    expect(ask("Trong số TTHC UBND tỉnh công bố, bao nhiêu TTHC thuộc cấp huyện?")).toMatchObject({ answered: false, reason: "no-breakdown" });
  });

  it("declines some of a figure quoted ('Trong số 1.117 TTHC, …') that the report does not state, and gives the part it does", () => {
    for (const q of ["Trong số 1.117 TTHC, bao nhiêu TTHC được cắt giảm?", "Trong số 2.071 TTHC, bao nhiêu TTHC được cắt giảm?"]) expect(ask(q), q).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(values("Trong số 1.951 biên chế được giao, hiện có bao nhiêu?")).toEqual([1895]);
    expect(values("Trong số 22.531 người làm việc được giao, hiện có mặt bao nhiêu?")).toEqual([22056]);
    // (Another thing counted about them is no part: the documents the 4 teams checked.)
    expect(values("Trong 04 đoàn kiểm tra, kiểm tra bao nhiêu văn bản?")).toEqual([106]);
    // (Nor a figure of another measure from another sentence: no Sở among the 32 bodies, not the 117 units.)
    expect(ask("trong số 32 đơn vị đó có bao nhiêu Sở?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    const [, among] = chat("UBND tỉnh đã ban hành quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức cho bao nhiêu cơ quan, đơn vị?", "trong số 32 đơn vị đó có bao nhiêu Sở?");
    expect(among!.answered).toBe(false);
  });

  it("gives the part of X that what follows sets apart by its label's words ('…, chỉ tính các đơn vị trực thuộc UBND tỉnh thì có bao nhiêu?')", () => {
    expect(values("Trong số đơn vị sự nghiệp công lập cấp tỉnh được phê duyệt vị trí việc làm, chỉ tính các đơn vị trực thuộc thẳng UBND tỉnh thì có bao nhiêu?")).toEqual([11]);
    // (Two parts asked are each given.)
    expect(values("Among the public service units whose job-position schemes the province approved, how many report directly to the provincial People's Committee and how many sit under the specialised agencies?")).toEqual([11, 117]);
  });

  it("gives the part the report states, and X when what follows asks nothing more of it", () => {
    expect(values("Trong số nhiệm vụ trong kế hoạch CCHC, bao nhiêu nhiệm vụ đã hoàn thành?")).toEqual([31]);
    expect(values("Trong số văn bản QPPL cấp tỉnh ban hành, HĐND tỉnh ban hành bao nhiêu?")).toEqual([31]);
    expect(values("Trong số nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao, UBND tỉnh đã thực hiện bao nhiêu nhiệm vụ?")).toEqual([172]);
    // (Review: an action its label says in other words, "triển khai" of those "thực hiện"; and the part
    // the report states, those in post of the positions allocated.)
    expect(values("Trong số các nhiệm vụ Chính phủ giao, tỉnh đã triển khai bao nhiêu?")).toEqual([172]);
    expect(values("Trong số biên chế công chức giao cho các cơ quan hành chính, hiện có bao nhiêu?")).toEqual([1895]);
  });
});

describe("several figures in one message", () => {
  it("reads one question over two things as of what it asks done, each thing's figure of it ('Số người có mặt của ĐVSN và công chức?': in post, neither allocated nor approved schemes)", () => {
    expect(values("Số người có mặt của ĐVSN và công chức?")).toEqual([22056, 1895]);
    // (Not the 117 units whose job schemes were approved, found by "ĐVSN" alone.)
    expect(values("ĐVSN và công chức: số người có mặt?")).not.toContain(117);
  });

  it("asks a quantity named before a semicolon and a clause asking its own, as officials list what they need ('ĐVSN: số người có mặt; giảm bn người so 2023?')", () => {
    expect(values("Đơn vị sự nghiệp: số người có mặt; giảm bn so với năm 2023?")).toEqual([22056, 988]);
    expect(values("Biên chế công chức: số được giao; hiện có bao nhiêu?")).toEqual([1951, 1895]);
  });

  it("reads 'tiếp nhận, trả kết quả' as one service, its comma parting no clause ('… bao nhiêu quy trình nội bộ, và tỷ lệ TTHC … được tiếp nhận, trả kết quả tại Bộ phận một cửa?')", () => {
    expect(values("UBND tỉnh đã duyệt bao nhiêu quy trình nội bộ để giải quyết TTHC, và tỷ lệ TTHC đủ điều kiện được tiếp nhận, trả kết quả tại Bộ phận một cửa các cấp là bao nhiêu?")).toEqual([759, 100]);
  });

  it("carries the measure before into a clause naming none only by a figure it may be answered with ('…; còn thư điện tử đã cấp cho bao nhiêu người?' after the workflows)", () => {
    expect(values("Có bao nhiêu TTHC theo cơ chế một cửa, bao nhiêu quy trình nội bộ được phê duyệt; còn thư điện tử đã cấp cho bao nhiêu người?")).toEqual([2071, 759, 14970]);
  });

  it("answers each of a series of questions closed by their own question marks ('Email accounts issued to officials? Civil servants recruited in 2024? …')", () => {
    expect(values("Email accounts issued to officials? Civil servants recruited in 2024? Share of units with internal spending rules?")).toEqual([14970, 16, 100]);
    // (Each keeps its own kind: the recruits after a share are not a rate.)
    expect(values("Share of units with internal spending rules? Civil servants recruited in 2024?")).toEqual([100, 16]);
    // (A bare quantity after a question asks of its figure: the 1.117 published have no fields stated.)
    expect(values("Tỉnh công bố bao nhiêu TTHC? Số lĩnh vực?")).toEqual([1117]);
  });

  it("splits at the clause break that asks again, not at an 'and' inside the first question ('How many agencies and units took part …, and how many …?')", () => {
    expect(values("How many agencies and units took part in the online CCHC contest, and how many participations were recorded?")).toEqual([214, 107737]);
    // (A second question about a thing the report never counts gets no figure of the first one's words.)
    const widgets = values("How many agencies and units took part in the online CCHC contest, and how many widgets were recorded?");
    expect(widgets).not.toContain(6);
    expect(widgets).not.toContain(107737);
    // (Two things joined in one question still get one figure each.)
    expect(values("Thu ngân sách nhà nước và chi cân đối ngân sách là bao nhiêu?")).toEqual([11145304, 11387742]);
  });

  it("asks a quantity requested after the scene is set, before a clause that asks ('Về …, cho tôi xin: số TTHC kiến nghị đơn giản hóa, thuộc bao nhiêu lĩnh vực, …'), and says when more were asked than it answers", () => {
    const a = ask("Về đơn giản hóa TTHC, cho tôi xin: số TTHC kiến nghị đơn giản hóa, thuộc bao nhiêu lĩnh vực, số văn bản QPPL kiến nghị sửa đổi, bổ sung, tỷ lệ cắt giảm chi phí và số tiền tiết kiệm mỗi năm.");
    expect(a.facts.map((f) => f.value)).toEqual([62, 11, 14, 42]);
    expect(a.text).toContain("tối đa bốn số liệu");
    expect(values("Cho biết số TTHC kiến nghị đơn giản hóa, thuộc bao nhiêu lĩnh vực?")).toEqual([62, 11]);
    // (A request naming nothing done to what it counts is the scene, not a figure asked.)
    expect(values("Cho tôi xin số liệu TTHC, bao nhiêu thủ tục được công bố?")).toEqual([1117]);
    // (Three asked, three given: no note.)
    expect(ask("Có bao nhiêu Sở ban ngành, Chi cục và UBND cấp huyện được phê duyệt đề án vị trí việc làm?").text).not.toContain("tối đa");
  });

  it("reads each item of a request listed with semicolons after a colon ('Xin số liệu về TTHC: số A; số B; số C')", () => {
    expect(values("Xin số liệu về TTHC năm 2024: số TTHC được công bố; số TTHC bị bãi bỏ; số TTHC đang thực hiện theo cơ chế một cửa, một cửa liên thông.")).toEqual([1117, 176, 2071]);
    expect(values("Xin so lieu ve TTHC nam 2024: so TTHC duoc cong bo; so TTHC bi bai bo.")).toEqual([1117, 176]);
    expect(values("Cho mình hỏi: bao nhiêu TTHC được công bố; cảm ơn ad.")).toEqual([1117]);
  });

  it("reads a clause no figure explains on its own words in the scene the message sets ('For the online contest, how many agencies took part and how many entries were recorded; also, …')", () => {
    expect(values("For the online administrative-reform contest, how many agencies took part and how many entries were recorded; also, how many tasks assigned by the Government and the Prime Minister did the province carry out?")).toEqual([214, 107737, 172]);
    expect(values("How many TTHC were published, and also how many were abolished?")).toEqual([1117, 176]);
  });

  it("reads a first piece saying what the list is about ('Về đề án vị trí việc làm, số A, số B và số C … lần lượt') as the scene, not an item", () => {
    expect(values("Về đề án vị trí việc làm, số sở ban ngành, số chi cục và tương đương và số đơn vị UBND cấp huyện được phê duyệt lần lượt là bao nhiêu?")).toEqual([22, 15, 9]);
    const four = ask("Về đề án vị trí việc làm, số sở ban ngành, số chi cục và tương đương, số đơn vị UBND cấp huyện và số đơn vị sự nghiệp công lập được phê duyệt lần lượt là bao nhiêu?");
    expect(four.facts.map((f) => f.value)).toEqual([22, 15, 9, 128]);
    expect(four.text).not.toContain("tối đa");
    // (A first item at a level is an item: "Ở cấp tỉnh, cấp huyện và cấp xã, …" lists three.)
    expect(values("Ở cấp tỉnh, cấp huyện và cấp xã, số văn bản QPPL ban hành lần lượt là bao nhiêu?")).toEqual([125, 23, 69]);
  });

  it("gives the figures it has of several asked and says which one the report has none for, never another figure in its place", () => {
    const staff = ask("Please provide, in order: the number of public-service-unit staff allocated, the number actually working, and the number who left under the staff streamlining policy in 2024.");
    expect(staff.facts.map((f) => f.value)).toEqual([22531, 22056]);
    expect(staff.note).toBe("The report gives no figure for: “the number who left under the staff streamlining policy in 2024”.");
    expect(staff.text).toContain(staff.note!);
    expect(unbacked(staff)).toEqual([]);
    const rated = ask("How many administrative procedures were published, how many were abolished, and how many citizens rated the services as satisfactory?");
    expect(rated.facts.map((f) => f.value)).toEqual([1117, 176]);
    expect(rated.note).toContain("how many citizens rated the services as satisfactory");
    // (Two questions, the second of nothing the report counts: no figure of the first one's words for it.)
    expect(values("Bao nhiêu TTHC được công bố và bao nhiêu người dân hài lòng?")).toEqual([1117]);
    expect(values("How many procedures were published and how many citizens were satisfied?")).toEqual([1117]);
    // (A clause a sentence of the report describes is no gap: "24/7" of the servers.)
    expect(ask("How many hours a day is the provincial server infrastructure kept running, and what share of state agencies use the document management and executive system?").note).toBeUndefined();
  });

  it("reads a request listing quantities with semicolons and no question word ('Cho biết số A; số B; số C; số D.') item by item, not as its last items asked", () => {
    const a = ask("Cho biết số dự thảo Sở Tư pháp đã góp ý; số dự thảo đã thẩm định; số văn bản QPPL của UBND tỉnh được tự kiểm tra; số đoàn kiểm tra văn bản QPPL cấp huyện; số công chức trúng tuyển.");
    expect(a.facts.map((f) => f.value)).toEqual([332, 173, 89, 4]);
    expect(a.text).toContain("tối đa bốn số liệu");
    // (One quantity requested is still asked: "… là bao nhiêu?" read after it.)
    expect(values("Cho biết số dự thảo Sở Tư pháp đã thẩm định.")).toEqual([173]);
  });

  it("gives no figure to a clause of several that its own words do not explain, whatever the scene or the request before it (midway review)", () => {
    // (Read in the scene, a figure the clause's own words explain none of: prizes, disciplined officials.)
    for (const q of ["Về hội thi trực tuyến, có bao nhiêu cơ quan tham gia và bao nhiêu giải thưởng được trao?", "Xin số liệu về hội thi: số cơ quan tham gia; số giải thưởng."]) {
      expect(values(q)).not.toContain(107737);
      expect(values(q)).not.toContain(759);
    }
    expect(values("Về kiểm tra văn bản QPPL, có bao nhiêu đoàn kiểm tra và bao nhiêu cán bộ bị kỷ luật?")).not.toContain(106);
    // (A quantity requested, then a question of some of it the report has no figure for.)
    expect(values("Xin số văn bản QPPL tỉnh ban hành, bao nhiêu văn bản bị bãi bỏ?")).toEqual([125]);
    expect(values("Cho tôi xin số dự thảo được thẩm định, bao nhiêu dự thảo đạt yêu cầu?")).toEqual([173]);
    expect(values("Please give the number of civil servant positions allocated, how many are at district level?")).not.toContain(9);
    // (A list's scene names no item; one naming a quantity is the first item.)
    expect(values("Về đề án vị trí việc làm, số sở ban ngành, số chi cục và số người nghỉ hưu lần lượt là bao nhiêu?")).not.toContain(9);
    expect(values("Về số TTHC được công bố, số TTHC bị bãi bỏ và số TTHC một cửa, lần lượt là bao nhiêu?")).toEqual([1117, 176, 2071]);
    // (Items naming their own measures are no places of the last one's: each is asked.)
    expect(values("Về ngân sách, thu ngân sách, chi cân đối và tỷ lệ chi so với dự toán lần lượt là bao nhiêu?")).toEqual([11145304, 11387742, 75]);
    // (What the asker says they have is not asked.)
    expect(values("Cho mình hỏi bao nhiêu TTHC được công bố; số TTHC bị bãi bỏ thì mình đã có rồi.")).toEqual([1117]);
  });

  it("names the clause it has no figure for as typed, without what lists or joins it, and never shows a number no citation states", () => {
    expect(ask("Please provide: (a) the number of civil servant positions allocated; (b) the number in place; (c) the number of overtime hours.").note).toBe("The report gives no figure for: “the number of overtime hours”.");
    const five = ask("How many procedures were published, how many were abolished, how many citizens rated the services as satisfactory, how many internal workflows were approved, and how many one-stop procedures are there?");
    expect(five.facts.map((f) => f.value)).toEqual([1117, 176, 759]);
    expect(five.note).toContain("“how many citizens rated the services as satisfactory”.");
    expect(five.note).toContain("at most four figures");
    // (A fifth clause past the gap is said to be unread, not dropped.)
    const fifth = ask("Please provide, in order: the number of public-service-unit staff allocated, the number actually working, the number who left under the staff streamlining policy, the number of units with approved job schemes, and the number of civil servants recruited.");
    expect(fifth.facts.map((f) => f.value)).toEqual([22531, 22056, 128]);
    expect(fifth.note).toContain("at most four figures");
    const contract = ask("Please provide, in order: the number of public-service-unit staff allocated, the number actually working, and the number of the 531 contract workers who left under the streamlining policy.");
    expect(contract.note).toBe("The report gives no figure for the rest of the question.");
    expect(unbacked(contract)).toEqual([]);
    expect(ask("Tỉnh giao bao nhiêu biên chế công chức, hiện có bao nhiêu và bao nhiêu người \"nghỉ hưu\"?").note).toBe("Báo cáo không có số liệu cho: “bao nhiêu người nghỉ hưu”.");
  });

  it("says which clause of several it found no figure for, never dropping it unsaid", () => {
    const retired = ask("Cho tôi xin: số TTHC công bố, số TTHC bãi bỏ, số TTHC một cửa, số người nghỉ hưu.");
    expect(retired.facts.map((f) => f.value)).toEqual([1117, 176, 2071]);
    expect(retired.note).toBe("Tôi chưa tìm được số liệu của báo cáo cho: “số người nghỉ hưu”; bạn có thể hỏi riêng phần này.");
    const reinstated = ask("How many procedures were published, how many were abolished, and how many of those were reinstated?");
    expect(reinstated.facts.map((f) => f.value)).toEqual([1117, 176]);
    expect(reinstated.note).toBe("I found no figure in the report for: “how many of those were reinstated”; you may ask it on its own.");
    expect(reinstated.text).toContain(reinstated.note!);
    // (Every clause answered: no such line.)
    expect(ask("Cho tôi xin: số TTHC công bố, số TTHC bãi bỏ, số TTHC một cửa.").note).toBeUndefined();
    expect(ask("Kế hoạch CCHC năm 2024 đã hoàn thành bao nhiêu nhiệm vụ trên tổng số bao nhiêu nhiệm vụ, số nhiệm vụ Chính phủ, Thủ tướng giao đã thực hiện là bao nhiêu?").note).toBeUndefined();
  });

  it("answers the amount beside a clause asking the plan or last year's amount the report gives only a share against, and says it has no figure for that clause", () => {
    for (const q of ["Thu ngân sách bao nhiêu, cùng kỳ năm trước thu bao nhiêu?", "Thu ngân sách bao nhiêu và dự toán thu bao nhiêu?", "How much revenue, and what was revenue in the same period last year?"]) {
      const a = ask(q);
      expect(a.facts.map((f) => f.value)).toEqual([11145304]);
      expect(a.note).toMatch(/^(Báo cáo không có số liệu cho|The report gives no figure for): “(cùng kỳ|dự toán|what was revenue)/);
    }
    // (Asked worked out, the amount near the plan's is given, computed and shown so; not the share.)
    const worked = ask("Thu ngân sách bao nhiêu, và ước tính dự toán thu khoảng bao nhiêu?");
    expect(worked.facts.map((f) => f.value)).toEqual([11145304, 11793972]);
    expect(worked.facts[1]!.derived?.op).toBe("reference");
  });

  it("answers a clause asked of each figure before it ('tỉ lệ giảm của từng cái') as each one's own figure, after the figures asked", () => {
    for (const q of ["bien che cong chuc giam bn, nguoi lam viec dvsn giam bn so voi 2023; ti le giam cua tung cai la bn %", "Biên chế công chức giảm bao nhiêu, người làm việc giảm bao nhiêu; tỷ lệ giảm của mỗi loại?"]) {
      expect(values(q)).toEqual([48, 988, 2.47, 4.29]);
    }
  });

  it("answers an amount beside a rate asked of it against a period it has none against, never another amount's rate", () => {
    // (The spending has a share of its estimate, 75%, none of last year: the 120,9% is the revenue's.)
    const spent = ask("Chi cân đối ngân sách địa phương bao nhiêu và đạt bao nhiêu so với cùng kỳ?");
    expect(spent.facts.map((f) => f.value)).toEqual([11387742]);
    expect(spent.note).toBe("Báo cáo không có số liệu cho: “đạt bao nhiêu so với cùng kỳ”.");
    // (Against the estimate it has: both.)
    expect(values("Chi cân đối ngân sách bao nhiêu và đạt bao nhiêu so với dự toán?")).toEqual([11387742, 75]);
    expect(values("Thu ngân sách bao nhiêu, đạt bao nhiêu so với cùng kỳ?")).toEqual([11145304, 120.9]);
  });

  it("answers the clauses of a year the report covers and names the one of a year it does not, asked last, never giving that year another year's figure", () => {
    const contest = ask("Xin cho biết Hội thi trực tuyến tìm hiểu CCHC năm 2024 có bao nhiêu lượt người dự thi, và năm 2023 là bao nhiêu lượt?");
    expect(contest.facts.map((f) => f.value)).toEqual([107737]);
    expect(contest.note).toBe("Báo cáo không có số liệu cho: “năm 2023 là bao nhiêu lượt”.");
    const published = ask("How many procedures were published in 2024, and how many procedures were published in 2023?");
    expect(published.facts.map((f) => f.value)).toEqual([1117]);
    // (The clause holds a number no citation states: said without it.)
    expect(published.note).toBe("The report gives no figure for the rest of the question.");
    // (Clauses naming no year before one asking the same thing in another year, or what no figure is of.)
    const entries = ask("On the online PAR contest: how many agencies and units took part, how many entries were recorded, and how many entries were there in the 2023 edition?");
    expect(entries.facts.map((f) => f.value)).toEqual([214, 107737]);
    expect(entries.note).toContain("2023 edition");
    expect(ask("Tỉnh công bố bao nhiêu TTHC, bãi bỏ bao nhiêu TTHC trong năm 2022?").answered).toBe(false);
    // (A year named first may govern the clauses after it; one whose figure the report's change since it gives is computed.)
    expect(ask("Năm 2022 tỉnh công bố bao nhiêu TTHC, năm 2024 bãi bỏ bao nhiêu?").answered).toBe(false);
    expect(values("Working back from the reported decrease, how many people were on staff in public service units in 2023, and by how many did that exceed the headcount the province assigned for 2024?")).not.toContain(1951);
    expect(ask("Năm 2023 tỉnh công bố bao nhiêu TTHC và bãi bỏ bao nhiêu?").answered).toBe(false);
    // (What comes before the year's clause is read as its own question, not by that clause's words: midway review.)
    expect(values("Năm 2024 có bao nhiêu biên chế, năm 2022 giảm bao nhiêu?")).not.toContain(48);
    expect(values("Năm 2024 có bao nhiêu người làm việc, năm 2023 tỷ lệ giảm bao nhiêu?")).not.toContain(988);
    expect(values("Năm 2024 có bao nhiêu công chức, năm 2023 tuyển bao nhiêu?")).not.toContain(16);
    expect(values("In 2024 how many people worked in public service units, and how many were cut in 2022?")).not.toContain(988);
    // (A clause of what no figure is of, in a year no report covers.)
    const par = ask("Kế hoạch CCHC năm 2024 của tỉnh đã hoàn thành bao nhiêu nhiệm vụ, và Chỉ số PAR INDEX năm 2023 của tỉnh đạt bao nhiêu điểm?");
    expect(par.facts.map((f) => f.value)).toEqual([31]);
    expect(par.note).toBe("Báo cáo không có số liệu cho phần còn lại của câu hỏi.");
  });

  it("splits one question by the values it joins, not by the one who acted, and only into figures of the level and action it names", () => {
    // ("district councils and committees" are joined; the Justice Department checked: no statement, no
    // provincial committee's documents, none of the documents the districts issued.)
    expect(values("Excluding the provincial People's Committee's own documents, how many legal documents sent in by district councils and committees did the Justice Department check?")).toEqual([23]);
    expect(values("UBND tỉnh công bố và bãi bỏ bao nhiêu TTHC?")).toEqual([1117, 176]);
  });

  it("gives no second reading counted in one word of the unit named ('ban' of UBND, 'ủy ban') when the question names the figure's own unit in full", () => {
    expect(values("Đề án vị trí việc làm đã được phê duyệt cho bao nhiêu Sở, ban, ngành?")).toEqual([22]);
    const c = ask("Đề án vị trí việc làm đã được phê duyệt cho bao nhiêu Sở, ban, ngành?");
    expect(ask("Còn UBND cấp huyện thì bao nhiêu đơn vị?", { context: c.context }).facts.map((f) => f.value)).toEqual([9]);
  });

  it("reads the inspection teams of the Department of Justice as the teams that examined the 106 district documents", () => {
    expect(values("so tu phap lap doan di ktra vb qppl o nam dong, a luoi, phong dien vs tp hue thi tong cong ktra bn van ban")).toEqual([106]);
    expect(values("Not counting the provincial documents it self-checked, how many legal documents did the Department of Justice's inspection teams examine?")).toEqual([106]);
  });

  it("parts requests at a slash or bar with spaces around it ('số sở ban ngành / số chi cục / …'), not at a fraction's ('31/34')", () => {
    expect(values("Đề án vị trí việc làm đã duyệt cho: số sở ban ngành / số chi cục / số đơn vị UBND cấp huyện?")).toEqual([22, 15, 9]);
    expect(values("Đề án vị trí việc làm đã duyệt cho: số sở ban ngành | số chi cục | số đơn vị UBND cấp huyện?")).toEqual([22, 15, 9]);
    expect(values("Hoàn thành 31/34 nhiệm vụ là bao nhiêu phần trăm?")[0]).toBeCloseTo(91.18, 2);
  });

  it("asks each quantity requested before a semicolon, not only the last ('Số nghị quyết …; số quyết định …; số văn bản … cấp xã?')", () => {
    expect(values("Số nghị quyết QPPL của HĐND tỉnh; số quyết định QPPL của UBND tỉnh; số văn bản QPPL cấp xã?")).toEqual([31, 94, 69]);
  });

  it("reads a clause opening 'how did …', 'how has …' as asking ('…, what share of the estimate was that, and how did it compare with the same period last year?')", () => {
    expect(values("On the state budget: how much revenue had been collected in the province by 6 December 2024, what share of the estimate was that, and how did it compare with the same period last year?")).toEqual([11145304, 94.5, 120.9]);
  });

  it("reads a measure named by its abbreviation as the clause's own ('…, bn chi cuc, bn dvsn': the units, not another agency of the figure before)", () => {
    expect(values("de an vi tri viec lam dc duyet cho bn so ban nganh, bn chi cuc, bn dvsn")).toEqual([22, 15, 128]);
    // (A synonym is no measure named: "their actual headcount" is still the units' staff before it.)
    expect(values("How many people paid from the state budget were assigned to public service units, and by what percentage did their actual headcount fall from 2023?")).toEqual([22531, 4.29]);
  });

  it("reads a question word after the colon that names the subject as asking ('Public service units: what is the current headcount, …')", () => {
    expect(values("Public service units: what is the current headcount, how many fewer people than in 2023, and what is the rate of decline?")).toEqual([22056, 988, 4.29]);
  });

  it("gives each one's own figure, not the figure of both, when each of two bodies is asked ('did the council and the committee each issue?', 'mỗi bên', 'respectively')", () => {
    expect(values("How many legal normative documents did the provincial People's Council and the provincial People's Committee each issue?")).toEqual([31, 94]);
    expect(values("How many legal normative documents did the provincial People's Council and the provincial People's Committee issue respectively?")).toEqual([31, 94]);
    expect(values("HĐND tỉnh và UBND tỉnh mỗi bên ban hành bao nhiêu văn bản QPPL?")).toEqual([31, 94]);
    // (Not asked of each, both together are the figure of both.)
    expect(values("HĐND tỉnh và UBND tỉnh ban hành bao nhiêu văn bản QPPL?")).toEqual([125]);
  });

  it("reads a clause pointing back at the figure before ('…, and how many legal documents did they check?') as that figure's follow-up", () => {
    expect(values("How many inspection teams on legal documents were formed, and how many legal normative documents did they check?")).toEqual([4, 106]);
  });

  it("reads 'Report the number of …, the …, and the …' as a request for each", () => {
    expect(values("Report the number of tasks completed in the 2024 CCHC plan, the total number of tasks in that plan, and the number of tasks assigned by the Government and the Prime Minister.")).toEqual([31, 34, 172]);
  });

  it("reads a list of quantities named as nouns in English ('the current number of …, the decrease versus 2023, and the rate of decrease')", () => {
    expect(values("Please give me the current number of civil servant positions, the decrease versus 2023, and the rate of decrease.")).toEqual([1895, 48, 2.47]);
    // ("Could you tell me" asks, as "please tell me" does.)
    expect(values("Could you tell me the headcount in public service units, the drop compared with 2023 and the percentage of decline?").slice(1)).toEqual([988, 4.29]);
  });

  it("reads a total asked as one of three clauses as that clause's figure, not a sum of the others ('… có tổng cộng mấy nhiệm vụ, đã xong mấy, và …?')", () => {
    expect(values("Kế hoạch CCHC 2024 có tổng cộng mấy nhiệm vụ, đã xong mấy, và tỉnh đã thực hiện bao nhiêu nhiệm vụ Chính phủ, Thủ tướng giao?")).toEqual([34, 31, 172]);
    // (A total asked last is of the clauses before it.)
    const total = ask("How many provincial departments, how many sub-departments and equivalents, and how many district People's Committees had job-position schemes approved, and what is their total?");
    expect(total.facts.map((f) => f.value)).toEqual([22, 15, 9, 46]);
    expect(total.facts.at(-1)!.derived!.formula).toBe("22 + 15 + 9 = 46");
  });

  it("keeps an item's own quantity in a list opening with a rate ('Tỷ lệ … và số chi cân đối lần lượt'), and asks no sum of all levels of one level named", () => {
    expect(values("Tỷ lệ thu ngân sách so với dự toán và số chi cân đối lần lượt là bao nhiêu?")).toEqual([94.5, 11387742]);
    for (const q of ["Tính cả ba cấp, cấp xã ban hành bao nhiêu văn bản QPPL?", "Counting all three levels, how many legal documents were issued by communes?"]) expect(values(q), q).toEqual([69]);
    expect(values("How many legal normative documents were issued at all three levels?")).toEqual([217, 125, 23, 69]);
  });

  it("adds or compares the figures asked before when the last clause asks it of them ('…, and how many is that altogether?', '… và số công bố nhiều hơn số bãi bỏ là bao nhiêu?')", () => {
    expect(values("How many agencies got new regulations on their functions and structure, how many had their functions amended, and how many is that altogether?")).toEqual([32, 6, 38]);
    // (A message repeating its words, as a three-part question does, is read to its end.)
    expect(values("UBND tỉnh công bố bao nhiêu TTHC, bãi bỏ bao nhiêu TTHC, và số công bố nhiều hơn số bãi bỏ là bao nhiêu?")).toEqual([1117, 176, 941]);
  });

  it("gives the figures a 'What were A and B, …' or two 'how many' ask before the operation first, the computed figure last", () => {
    expect(values("What were the assigned and the actual civil-servant headcounts in 2024, and how many positions are still unfilled?")).toEqual([1951, 1895, 56]);
    expect(values("How many tasks were in the 2024 administrative reform plan, how many were completed, and what is the completion rate?")).toEqual([34, 31, 91.18]);
  });

  it("reads a rate of no measure of its own after an amount as the amount's share, however many questions follow ('… đạt bao nhiêu và bằng mấy % dự toán? Còn …')", () => {
    expect(values("Chi cân đối ngân sách 11 tháng đạt bao nhiêu và bằng mấy % dự toán? Còn số công chức trúng tuyển năm 2024?")).toEqual([11387742, 75, 16]);
    // ("con số" typed with its marks is "the figure": no "còn" opening a clause of its own.)
    expect(values("Chi cân đối ngân sách 11 tháng: con số tuyệt đối là bao nhiêu, và bằng mấy phần trăm dự toán?")).toEqual([11387742, 75]);
  });

  it("gives each item of a list asked 'lần lượt' its own part of a total over them ('HĐND tỉnh và UBND tỉnh lần lượt …': 31 and 94, never 125)", () => {
    for (const q of ["Năm 2024 HĐND tỉnh và UBND tỉnh lần lượt ban hành bao nhiêu văn bản QPPL?", "HĐND tỉnh và UBND tỉnh mỗi bên ban hành bao nhiêu văn bản QPPL?"]) {
      expect(values(q), q).toEqual([31, 94]);
    }
    // (Items a semicolon parts before the "lần lượt" are each asked, not the last alone.)
    expect(values("Đề án vị trí việc làm đã duyệt cho sở ban ngành; chi cục và tương đương; UBND cấp huyện — lần lượt bao nhiêu đơn vị?")).toEqual([22, 15, 9]);
    // (A clause of its own naming both is the total.)
    expect(values("How many legal normative documents did the provincial People's Council and People's Committee issue, and how many did the communes, wards and towns issue?")).toEqual([125, 69]);
  });

  it("asks the kind a list opens with of each item ('tỷ lệ giảm của A và của B lần lượt': both rates)", () => {
    for (const q of ["ti le giam cua bien che cong chuc va cua nguoi lam viec trong dvsn lan luot la bn", "tỷ lệ giảm của biên chế công chức và người làm việc lần lượt là bao nhiêu"]) {
      expect(values(q), q).toEqual([2.47, 4.29]);
    }
    // (A later item naming its own kind keeps it.)
    expect(values("Tỷ lệ giảm biên chế công chức là bao nhiêu, và số người làm việc giảm bao nhiêu người?")).toEqual([2.47, 988]);
  });

  it("gives the figures asked one by one, then their difference, in the order the message names them", () => {
    expect(values("Thu ngân sách đến 6/12 được bao nhiêu, chi cân đối 11 tháng bao nhiêu, chi lớn hơn thu bao nhiêu?")).toEqual([11145304, 11387742, 242438]);
    // (Not a gap of two rates where the message asks an amount of one: no figure.)
    expect(ask("What is the revenue as a share of the estimate, and how much larger was the spending?").facts.every((f) => f.derived?.op !== "difference")).toBe(true);
  });

  it("drops a role before a colon as before a comma ('As a researcher comparing cuts:'), not the place it is from", () => {
    expect(values("As a researcher comparing cuts: give me the civil-servant reduction rate and the public-service staff reduction rate versus 2023, respectively.")).toEqual([2.47, 4.29]);
    expect(ask("As a reporter from Hanoi: how many procedures did the province announce?")).toMatchObject({ answered: false, reason: "other-place" });
  });

  it("gives figures asked one by one and then a rate of them, in that order, the rate computed last", () => {
    for (const q of ["How many tasks did the 2024 administrative reform plan contain, how many were completed, and what completion rate does that give?", "Kế hoạch CCHC 2024 có bao nhiêu nhiệm vụ, hoàn thành bao nhiêu, tỷ lệ hoàn thành là bao nhiêu?"]) {
      const a = ask(q);
      expect(a.facts.map((f) => f.value), q).toEqual([34, 31, 91.18]);
      expect(a.facts[2]!.derived?.formula, q).toContain("31 / 34");
    }
  });

  it("answers a list asked 'lần lượt' before its operation in the order asked, the computed figure last", () => {
    expect(values("Số TTHC được kiến nghị đơn giản hóa và số lĩnh vực lần lượt là bao nhiêu, trung bình mỗi lĩnh vực mấy TTHC?")).toEqual([62, 11, 5.64]);
  });

  it("reads a verb at the end into the clauses before it that say only how many of what ('how many A and how many B did the province allocate': both allocated)", () => {
    expect(values("In 2024, how many civil-servant positions and how many public-service-unit staff did the province allocate?")).toEqual([1951, 22531]);
    expect(values("Bao nhiêu biên chế công chức và bao nhiêu người làm việc được giao?")).toEqual([1951, 22531]);
    // (A clause with words of its own keeps its reading: "hiện có" in post.)
    expect(values("Hiện có bao nhiêu biên chế công chức, và bao nhiêu người làm việc được giao?")).toEqual([1895, 22531]);
  });

  it("reads 'they' as pointing back, no word of its own ('how many fields do they cover')", () => {
    expect(values("How many procedures were proposed for simplification, how many fields do they cover, and what is the cost-cut percentage?")).toEqual([62, 11, 42]);
    // "con số:" introduces one figure, whatever its words join ("giảm với tỷ lệ …").
    expect(values("Là phóng viên, tôi cần con số: số người làm việc trong các đơn vị sự nghiệp công lập giảm với tỷ lệ bao nhiêu phần trăm so với năm 2023?")).toEqual([4.29]);
    // A list after a colon is not read item by item without the level it is of (review).
    for (const q of ["Riêng cấp xã, cho tôi các số liệu sau: văn bản QPPL ban hành, TTHC công bố, TTHC bãi bỏ.", "For the communes I need two numbers: legal documents issued and procedures announced."]) {
      expect(ask(q).facts.map((f) => f.value), q).not.toContain(1117);
    }
  });

  it("reads 'số A hơn số B bao nhiêu?' as a difference, and no other 'hơn' ('hơn 20%', 'hơn một nghìn', 'nhanh hơn')", () => {
    expect(values("Số biên chế giao hơn số hiện có bao nhiêu?")).toEqual([56, 1951, 1895]);
    expect(values("so tthc cong bo hon so bai bo bn")).toEqual([941, 1117, 176]);
    expect(values("Có thể viết là thu ngân sách năm 2024 tăng hơn 20% so với cùng kỳ không? Chính xác tăng bao nhiêu phần trăm?")[0]).toBe(20.9);
    expect(values("Tỉnh giao hơn một nghìn biên chế phải không, bao nhiêu?")).not.toContain(56);
    expect(values("Nhằm giải quyết nhanh hơn hồ sơ, tỉnh phê duyệt bao nhiêu quy trình nội bộ?")).toEqual([759]);
    expect(values("Tỷ lệ thu so với dự toán hơn tỷ lệ chi so với dự toán bao nhiêu?")).not.toContain(25);
    // In a conversation, no figure of one side alone (was the 1.951 allocated).
    expect(chat("bien che cong chuc tinh giao nam 2024 la bn", "hien co bn", "vay so giao hon so hien co bn")[2]!.facts.map((f) => f.value)).not.toEqual([1951]);
  });

  it("reads 'A gấp mấy lần B' from the clause the comparison opens, not the first figure asked before it", () => {
    expect(values("Bao nhiêu TTHC bãi bỏ, bao nhiêu công bố, công bố gấp mấy lần bãi bỏ?")).toContain(6.35);
    expect(values("Bao nhiêu TTHC bãi bỏ, bao nhiêu công bố, công bố gấp mấy lần bãi bỏ?")).not.toContain(0.16);
    expect(values("Số TTHC công bố gấp mấy lần số bãi bỏ?")).toEqual([6.35, 1117, 176]);
  });

  it("answers each operand asked before the operation in the order asked, the computed figure last", () => {
    expect(values("Năm 2024 UBND tỉnh công bố bao nhiêu TTHC, bãi bỏ bao nhiêu, và số công bố nhiều hơn số bãi bỏ bao nhiêu?")).toEqual([1117, 176, 941]);
    expect(values("Sở Tư pháp thẩm định bao nhiêu dự thảo, góp ý bao nhiêu dự thảo, và cộng lại là bao nhiêu?")).toEqual([173, 332, 505]);
    expect(ask("Năm 2024 UBND tỉnh công bố bao nhiêu TTHC, bãi bỏ bao nhiêu, và số công bố nhiều hơn số bãi bỏ bao nhiêu?").text.indexOf("1.117")).toBeLessThan(
      ask("Năm 2024 UBND tỉnh công bố bao nhiêu TTHC, bãi bỏ bao nhiêu, và số công bố nhiều hơn số bãi bỏ bao nhiêu?").text.indexOf("941"),
    );
    // Asked as the operation alone, the computed figure leads, its operands after.
    expect(values("Số TTHC công bố nhiều hơn số bãi bỏ bao nhiêu?")).toEqual([941, 1117, 176]);
  });

  it("reads 'Please provide …', 'Could you provide …' as the request, not the action 'provided', and 'the number …' as a figure asked", () => {
    expect(values("Please provide the number of civil-servant positions allocated in 2024 and the number currently in post.")).toEqual([1951, 1895]);
    expect(values("Could you provide the number of civil-servant positions allocated in 2024 and the number currently in post?")).toEqual([1951, 1895]);
  });

  it("asks a figure each of one question over two things and a second asked as 'số …' (a level named in one of them)", () => {
    expect(values("Có bao nhiêu Sở ban ngành được phê duyệt đề án vị trí việc làm và số UBND cấp huyện?")).toEqual([22, 9]);
    expect(values("Đã phê duyệt đề án vị trí việc làm cho bao nhiêu đơn vị sự nghiệp công lập và số đơn vị của cấp huyện?")).toEqual([128, 556]);
  });

  it("declines several figures none of which is of the level below the province the message names ('biên chế công chức cấp xã, giảm bao nhiêu')", () => {
    expect(ask("Hiện có bao nhiêu biên chế công chức cấp xã, giảm bao nhiêu so với năm 2023?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(values("cấp huyện và cấp xã ban hành bao nhiêu văn bản QPPL?")).toEqual([23, 69]);
    // A range of levels or one counted in too is no such level alone.
    expect(values("Hội thi trực tuyến có bao nhiêu cơ quan, đơn vị từ cấp tỉnh đến cấp xã tham gia và bao nhiêu lượt người dự thi?")).toEqual([214, 107737]);
  });

  it("reads a piece setting the scene ('Ở cấp huyện, …') as no item of a list", () => {
    expect(values("Ở cấp huyện, năm 2024 ban hành được bao nhiêu văn bản QPPL?")).toEqual([23]);
    expect(chat("Ở cấp huyện, năm 2024 ban hành được bao nhiêu văn bản QPPL?", "cấp xã?").at(-1)!.facts.map((f) => f.value)).toEqual([69]);
  });

  it("reads questions one after another ('… bao nhiêu biên chế? So với 2023 giảm bao nhiêu …?') as a clause each", () => {
    expect(values("Hiện tỉnh có bao nhiêu biên chế công chức? So với 2023 giảm bao nhiêu biên chế, tương ứng tỷ lệ mấy phần trăm?")).toEqual([1895, 48, 2.47]);
    // ("Chi cục và tương đương" is one name.)
    expect(values("Đề án vị trí việc làm được phê duyệt cho bao nhiêu Sở ban ngành? Bao nhiêu Chi cục và tương đương? Và mấy đơn vị UBND cấp huyện?")).toEqual([22, 15, 9]);
  });

  it("gives each of two measures named their own figure, however far ahead one ranks ('thu ngân sách … và chi cân đối … bao nhiêu tiền?')", () => {
    expect(values("thu ngân sách trên địa bàn và chi cân đối ngân sách 11 tháng là bao nhiêu tiền?")).toEqual([11145304, 11387742]);
    // A clause naming its measure in few words of its own ("thu ngân sách bao nhiêu tiền") says which figure is its.
    expect(values("thu ngân sách bao nhiêu tiền và chi cân đối bao nhiêu")).toEqual([11145304, 11387742]);
  });

  it("gives a figure for each level a clause joins, when each level has its own ('…, and how many did the district and commune levels issue?')", () => {
    expect(values("How many legal documents did the provincial level issue in 2024, and how many did the district and commune levels issue?")).toEqual([125, 23, 69]);
    // (One figure given for two levels together is not split: the 1.951 positions are the province's and the districts'.)
    expect(values("Tỉnh giao bao nhiêu người làm việc cho đvsn, và bao nhiêu biên chế công chức cho cấp tỉnh và cấp huyện?")).toEqual([22531, 1951]);
  });

  it("asks what comes before 'từng cấp:' of each item listed after it, in the order listed, or declines an item no figure is of", () => {
    expect(values("Đề nghị cung cấp số văn bản QPPL đã ban hành ở từng cấp: tỉnh, huyện và xã.")).toEqual([125, 23, 69]);
    // The report gives the procedures announced by the province only: no rate or other figure for the districts.
    expect(ask("cho biết số tthc công bố của từng cấp: tỉnh, huyện, xã").answered).toBe(false);
    expect(ask("số tthc công bố của cấp tỉnh, huyện, xã").answered).toBe(false);
  });

  // Shapes of several figures in one message, each answered in the order asked.
  it.each([
    ["answers each item of a numbered list typed on lines after a request without a colon ('ad cho hỏi ⏎ 1. … 2. …')", "ad cho hoi\n1. tong so vb qppl cap tinh\n2. so nghi quyet hdnd tinh\n3. so quyet dinh ubnd tinh", [125, 31, 94]],
    ["answers each item of a numbered or lettered list of requests, in order, the words before the list its setting (1)", "cho e xin: 1. so tthc cong bo 2. so tthc bai bo 3. so quy trinh noi bo dc phe duyet de cau hinh dien tu", [1117, 176, 759]],
    ["answers each item of a list numbered with slashes ('1/ … 2/ … 3/ …')", "hoi 3 cau: 1/ bn tthc theo co che mot cua, mot cua lien thong 2/ bn quy trinh noi bo dc phe duyet de cau hinh dien tu 3/ ubnd tinh cong bo bn tthc", [2071, 759, 1117]],
    ["answers each item of a numbered or lettered list of requests, in order, the words before the list its setting (2)", "Về Sở Tư pháp, cho tôi xin: (a) số dự thảo văn bản đã góp ý; (b) trong đó bao nhiêu dự thảo QPPL đảm bảo thời gian và chất lượng góp ý; (c) số dự thảo QPPL đã thẩm định.", [332, 203, 173]],
    ["answers each item of a numbered or lettered list of requests, in order, the words before the list its setting (3)", "Nhờ anh/chị cho tôi mấy số liệu: 1) số Đoàn kiểm tra văn bản QPPL đã tổ chức; 2) số văn bản QPPL các đoàn đã kiểm tra.", [4, 106]],
    ["asks what the words before a lettered list say of each item, the item alone explaining too little", "Return counts of legal normative documents issued in 2024 by: (a) district-level authorities; (b) commune-level authorities.", [23, 69]],
    ["answers a whole requested before its parts ('Đề nghị cho biết tổng số …, trong đó bao nhiêu …'), the whole first", "Đề nghị cho biết tổng số văn bản QPPL cấp tỉnh đã ban hành, trong đó bao nhiêu nghị quyết của HĐND và bao nhiêu quyết định của UBND?", [125, 31, 94]],
    ["answers a whole requested before its part ('… commented on, of which how many …')", "Please provide the number of draft documents the Department of Justice commented on, of which how many were legal normative drafts?", [332, 203]],
    ["answers two clauses each asking a stated figure, one a rate against a year, not one rate of the two amounts", "Tỉnh giao bao nhiêu người làm việc hưởng lương ngân sách cho đơn vị sự nghiệp, và số người có mặt giảm với tỷ lệ bao nhiêu so với năm 2023?", [22531, 22056, 4.29]],
    ["answers each item parted by semicolons after a colon, in order (1)", "Return two values: internal procedures approved for electronic configuration in 2024; administrative procedures handled under the one-stop / inter-agency one-stop mechanism.", [759, 2071]],
    ["answers each item parted by semicolons after a colon, in order, the words before the colon its setting (2)", "Return counts of bodies with approved job-position schemes, split by: provincial departments; sub-departments and equivalent; district-level PCs.", [22, 15, 9]],
    ["answers each item parted by semicolons after a colon, a rate of no measure its own the rate of the item before (3)", "Return: state budget revenue in the province as of 06/12/2024 (million VND); % of the estimate; % versus the same period last year.", [11145304, 94.5, 120.9]],
    ["asks each kind of figure listed after a colon of what comes before it (1)", "Return civil servant headcount decrease versus 2023: absolute number and percentage.", [48, 2.47]],
    ["asks each kind of figure listed after a colon of what comes before it (2)", "số người làm việc trong đvsn giảm so với 2023: số lượng và tỷ lệ", [988, 4.29]],
    ["answers each item of a bulleted list after a colon, in order, the words before the list its setting", "Khối đơn vị sự nghiệp công lập:\n- số người làm việc được giao\n- số người có mặt\n- tỷ lệ giảm so với 2023", [22531, 22056, 4.29]],
    ["reads 'Anh chị cho tôi biết số A, và số B' after a self-introduction as two requests", "Xin chào, tôi là chuyên viên văn phòng đang tổng hợp số liệu chuyển đổi số của tỉnh. Anh chị cho tôi biết số cán bộ công chức, viên chức đã được cấp thư điện tử, và số quy trình nội bộ được phê duyệt để cấu hình điện tử giải quyết TTHC nhé", [14970, 759]],
    ["keeps a measure named with 'and' ('officials and public employees') one name, not two clauses", "How many officials and public employees have been given official e-mail accounts, and what share of state agencies is connected to the MetroNet wide-area network?", [14970, 100]],
    ["reads 'Ở cấp tỉnh, cấp huyện và cấp xã, số văn bản QPPL ban hành lần lượt …' as the last piece counted at each level before it", "Ở cấp tỉnh, cấp huyện và cấp xã, số văn bản QPPL ban hành lần lượt là bao nhiêu?", [125, 23, 69]],
    ["asks what follows '…; còn X?' of X, a clause of its own (1)", "de an vtvl dc duyet cho bn so ban nganh; con chi cuc? con ubnd cap huyen?", [22, 15, 9]],
    ["asks what follows '…; còn X?' of X, a clause of its own (2)", "bien che cong chuc dc giao nam 2024 la bn; con so nguoi lam viec giao cho dvsn?", [1951, 22531]],
    ["reads a first piece setting the scene before 'lần lượt' as the setting, not an item whose figure the message quotes", "Trong 128 đơn vị sự nghiệp được phê duyệt vị trí việc làm, số đơn vị trực thuộc UBND tỉnh và số thuộc các cơ quan chuyên môn lần lượt là bao nhiêu?", [11, 117]],
    ["reads a first piece saying as of when before 'lần lượt' as the setting (1)", "Tính đến thời điểm báo cáo, thu NSNN trên địa bàn và chi cân đối ngân sách 11 tháng lần lượt là bao nhiêu?", [11145304, 11387742]],
    ["reads a first piece saying as of when before 'lần lượt' as the setting (2)", "Năm 2024, thu NSNN trên địa bàn và chi cân đối ngân sách lần lượt là bao nhiêu?", [11145304, 11387742]],
    ["reads a request closed by a colon ('Please provide: A, its percentage …, and …') as a request of each", "Please provide: balanced budget expenditure over 11 months, its percentage of the estimate, and the number of staff issued official email accounts.", [11387742, 75, 14970]],
    ["reads 'list the number of A, the number of B and …' as a request of each", "For the approved job-position schemes, list the number of provincial departments, the number of sub-departments and equivalents, and the number of district People's Committee units.", [22, 15, 9]],
    ["gives a clause counting a measure its figure, not another measure's ranked above it by the body named ('Sở Tư pháp lập bao nhiêu đoàn kiểm tra, …')", "Sở Tư pháp lập bao nhiêu đoàn kiểm tra và các đoàn đã kiểm tra tổng cộng bao nhiêu văn bản QPPL?", [4, 106]],
    ["gives a clause counting in words of a figure's own unit that figure ('civil servants … in post' of the positions)", "How many civil servants and how many public service employees are currently in post?", [1895, 22056]],
    ["gives no clause a figure it would be declined alone (the communes' 69 documents for their resolutions)", "cap xa ban hanh bao nhieu nghi quyet qppl, bao nhieu quyet dinh", []],
    ["reads a short clause naming an action no figure of the one before is of as its own question ('…, and how much is saved per year?')", "How many legal documents were recommended for amendment, and how much is saved per year?", [14, 11322000]],
    ["reads a measure named with a chat abbreviation ('thu ns') as named, so its clause decides", "thu ns den 6/12 dc bn tien, chi can doi 11 thang dc bn", [11145304, 11387742]],
    ["reads clauses typed without a comma, each with its own 'bn', as a question each (a verb after the first 'bn' opens the next)", "ubnd tinh cong bo bn tthc bai bo bn tthc", [1117, 176]],
    ["reads clauses typed without a comma as a question each (the counted words after 'bn', then the next clause's verb)", "hoi thi truc tuyen bn don vi tham gia bn luot du thi", [214, 107737]],
    ["reads clauses typed without a comma as a question each ('giao bn co mat bn')", "nguoi lam viec dvsn giao bn co mat bn", [22531, 22056]],
    ["reads 'How many A, B and C, respectively, have …?' as the enumeration it is, each its figure in order", "How many provincial departments, sub-departments and district People's Committees, respectively, have had their job-position schemes approved?", [22, 15, 9]],
    ["reads 'province-level' as the province named as a level: its documents, not the communes' whose label says more of 'legal normative documents'", "What share of the province-level legal normative documents were resolutions of the Provincial People's Council, in percent?", [24.8, 31, 125]],
    ["reads a rate of no measure after a share of the amount before as that amount's other share ('(b) … as a percentage of the estimate, (c) as a percentage of the same period last year')", "Please give me: (a) state budget revenue collected in the province as of 6 December 2024, (b) that amount as a percentage of the estimate, (c) as a percentage of the same period last year.", [11145304, 94.5, 120.9]],
    ["reads who asks ('tôi phụ trách … ở Văn phòng UBND huyện') as no scene of the items requested after it", "Kính gửi, tôi phụ trách mảng tài chính ở Văn phòng UBND huyện, cần số liệu để so sánh. Xin cho biết:\n- thu NSNN trên địa bàn đạt bao nhiêu % dự toán;\n- chi cân đối ngân sách 11 tháng đạt bao nhiêu % dự toán.", [94.5, 75]],
    ["reads 'Chính phủ, Thủ tướng giao' and 'cp, ttg giao' as one name, not two clauses", "chao ad. ubnd tinh hoan thanh bn nhiem vu trong kh cchc 2024, tren tong so bn nhiem vu. con nhiem vu cp, ttg giao thi thuc hien bn", [31, 34, 172]],
    ["reads 'cp, ttg giao' as one name in a list's items too, not an item each", "nam 2024 ubnd tinh thuc hien bn nhiem vu cp, ttg giao z", [172]],
    ["reads 'nói lần lượt giúp mình' closing a list as no words of its last item", "so tu phap gop y bn du thao, tham dinh bn du thao, tu kiem tra bn vb cua ubnd tinh, noi lan luot giup minh", [332, 173, 89]],
    ["reads 'so 2023' typed before a year as 'so với 2023', no word of its own", "giam bn nguoi so 2023", [988, 48]],
    ["reads 'cho e xin' (em, as typed) as a request, its first item asked", "cho e xin so so ban nganh, so chi cuc, so dv ubnd cap huyen va so dv su nghiep cong lap da duoc duyet a", [22, 15, 9, 128]],
    ["reads a request after sentences saying who asks and why as opening the list, those sentences its scene", "e la sv dang lam tieu luan ve de an vi tri viec lam o hue, thay co giao bat phai co so lieu cu the. cho e xin so so ban nganh, so chi cuc, so dv ubnd cap huyen va so dv su nghiep cong lap da duoc duyet a", [22, 15, 9, 128]],
    ["reads levels typed one after another with no joiner ('cap tinh cap huyen cap xa') as listed, each its figure in the order typed", "ad cho hoi lan luot so vb qppl cap tinh cap huyen cap xa ban hanh nam 2024 la bn", [125, 23, 69]],
    ["reads clauses typed without a comma as a question each past the whole name of what the first counts ('giao bn bien che cong chuc | hien co thuc te bn nguoi')", "tinh giao bn bien che cong chuc hien co thuc te bn nguoi va giam bn bien che so voi nam 2023", [1951, 1895, 48]],
    ["reads 'số A với số B' as two figures asked, 'với' joining them like 'và' (marks or none)", "số văn bản được kiểm tra với số kết luận ban hành là bao nhiêu", [106, 4]],
    ["reads 'so A voi so B' typed without marks as two figures asked", "so nghi quyet voi so quyet dinh qppl ban hanh la bn", [31, 94]],
    ["keeps 'A với B' in one question when a rate or a gap of the two is asked ('Tỷ lệ số A với số B', '… thì tỷ lệ là bao nhiêu?'): no figure of either alone", "Số TTHC bãi bỏ với số TTHC công bố thì tỷ lệ là bao nhiêu?", []],
    ["keeps 'tỷ lệ số A với số B' in one question", "Tỷ lệ số TTHC bãi bỏ với số TTHC công bố là bao nhiêu?", []],
    ["still parts 'tỷ lệ … là bao nhiêu với số … là bao nhiêu' (a rate asked, then a number): two questions", "Tỷ lệ giảm biên chế là bao nhiêu với số biên chế giảm là bao nhiêu?", [2.47, 48]],
    ["still parts 'tỷ lệ cắt giảm chi phí với số tiền tiết kiệm được' (the rate of a cut, then an amount): two figures", "Cho biết tỷ lệ cắt giảm chi phí với số tiền tiết kiệm được", [42, 11322000]],
    ["keeps 'với tỷ lệ' (at a rate) and 'so với số' (against) within one question", "Số người làm việc trong các đơn vị sự nghiệp công lập của tỉnh giảm với tỷ lệ bao nhiêu phần trăm so với năm 2023?", [4.29]],
    ["reads parallel clauses typed without a comma, each verb before its own 'bn' counting the same thing, as a question each", "ubnd tinh quy dinh chuc nang nv cho bn co quan sua doi bo sung bn co quan tuyen dung dc bn cong chuc", [32, 6, 16]],
    ["keeps a verb after 'được' with the things counted before it, though the next 'bn' counts the same thing ('bn nhiem vu duoc hoan thanh bn nhiem vu cua chinh phu')", "bn nhiem vu duoc hoan thanh bn nhiem vu cua chinh phu", [31, 172]],
    ["keeps a verb after 'được' with what the first 'bn' counts ('bn du thao duoc gop y bn du thao qppl')", "bn du thao duoc gop y bn du thao qppl", [332, 203]],
    ["reads clauses typed without a comma whose verbs follow what each 'bn' counts as a question each ('bn tthc cong bo bn tthc bai bo')", "tinh co bn tthc duoc cong bo bn tthc bi bai bo", [1117, 176]],
    ["still adds what a second clause lists to add ('…, và tổng cộng góp ý và thẩm định bao nhiêu dự thảo?'), after the figure the first clause asks", "Sở Tư pháp góp ý bao nhiêu dự thảo, và tổng cộng góp ý và thẩm định bao nhiêu dự thảo?", [332, 505, 173]],
    ["reads a total said inside the second of two clauses, each asking its own quantity, as that clause's figure, not a sum of both", "Sở Tư pháp lập mấy đoàn đi kiểm tra văn bản QPPL cấp huyện, và các đoàn đã kiểm tra tổng cộng bao nhiêu văn bản?", [4, 106]],
    ["reads 'So với năm 2023, …' opening a message as its setting, not a figure asked (both staff measures' falls, not the units' staff in post)", "So với năm 2023, số người giảm bao nhiêu?", [988, 48]],
    ["reads '…, so với dự toán đạt bao nhiêu %?' after a quantity as that quantity's share, the next item (not the scene)", "Cho biết số thu ngân sách, so với dự toán đạt bao nhiêu %?", [11145304, 94.5]],
    ["reads '…, so với năm trước giảm bao nhiêu' after a quantity as its change, the next item", "Số biên chế hiện có, so với năm trước giảm bao nhiêu biên chế?", [1895, 48]],
    ["reads '…, tỷ lệ so với dự toán và so với cùng kỳ' as two rates asked, the comparison after the first the next item", "Cho biết số thu ngân sách trên địa bàn đến 06/12/2024, tỷ lệ so với dự toán và so với cùng kỳ.", [11145304, 94.5, 120.9]],
    ["reads a 'với' between two figures asked, typed without a comma, as joining two questions", "cat giam tthc tiet kiem bn tien 1 nam voi ty le cat giam chi phi bn %", [11322000, 42]],
    ["reads 'bn sở ban ngành với bn chi cục' typed without a comma as a question each", "de an vtvl dc duyet cho bn so ban nganh voi bn chi cuc", [22, 15]],
    ["gives a clause naming a total's part in no words that set it apart the total ('bao nhiêu đơn vị sự nghiệp': the 128, not the 117 under the departments)", "Đề án vị trí việc làm được duyệt cho bao nhiêu Sở ban ngành, bao nhiêu Chi cục và bao nhiêu đơn vị sự nghiệp?", [22, 15, 128]],
    ["keeps a part its clause ranks well ahead of its total, in words the label does not use ('public service units run by the departments': the 117)", "How many sub-departments and how many public service units run by the departments had job position schemes approved?", [15, 117]],
    ["reads a 'với' saying against what or at which rate ('với năm trước tăng bn %', 'với tỷ lệ bn %') as no join", "hoàn thành bn nhiệm vụ trong kế hoạch với tỷ lệ bn %", [91.18, 31]],
    ["reads 'so với' between two 'bn' as no join ('đạt bn so với dự toán bn %': the share)", "chi can doi ngan sach dat bn so voi du toan bn %", [75]],
    ["reads 'bn … trên tổng số bn' typed without a comma as the two sides of one fraction still", "ke hoach cchc hoan thanh bn nhiem vu tren tong so bn", [31, 34]],
    ["reads 'bn' that is 'bạn' ('bn có biết …', 'bn xem giúp …') as no question of its own", "bn có biết ubnd tỉnh công bố bn tthc ko", [1117]],
    ["reads an unmarked 'thi' before what is asked as 'thì', not the contest", "chi tinh cac doan kiem tra thoi, ko tinh 23 vb huyen gui den, thi kiem tra bn vb qppl", [106]],
    ["reads 'bn cơ quan …' unmarked as a figure asked, not 'bạn có'", "bn co quan tham gia hoi thi bn luot nguoi du thi", [214, 107737]],
    ["reads a verb alone after a 'bn' ('thu ngan sach bn chi bn') as the next clause's", "thu ngan sach bn chi bn", [11145304, 11387742]],
    ["reads the verb after what a 'bn' counts as that clause's when none comes before it ('bn đơn vị tham gia | bn lượt dự thi')", "bn don vi tham gia bn luot du thi", [214, 107737]],
    ["reads 'Bao nhiêu TTHC công bố bao nhiêu bãi bỏ' as two questions in the order asked", "Bao nhiêu TTHC công bố bao nhiêu bãi bỏ", [1117, 176]],
    ["reads 'bn xem giúp …' opening a message as 'bạn'", "bn xem giup minh hoi thi co bn luot du thi", [107737]],
    ["reads no clause of a bare 'bn' put last (no guess at what the districts' 'bn' counts)", "cap tinh ban hanh bn vb qppl cap huyen bn", []],
    ["reads a relative clause after a comma ('…, which is more than last year') as no question", "How many procedures were published, which is more than last year?", [1117]],
    ["reads a request after a form of address written with a slash ('Anh/chị cho em xin số A và số B') as a request of each", "Anh/chị cho em xin số thủ tục hành chính đang thực hiện theo cơ chế một cửa, một cửa liên thông và số quy trình nội bộ đã được phê duyệt để cấu hình điện tử ạ.", [2071, 759]],
    ["reads a list opened by 'cụ thể là' as a request of each item", "Tôi cần một số số liệu về thủ tục hành chính năm 2024, cụ thể là số TTHC được công bố, số TTHC bị bãi bỏ và số TTHC thực hiện theo cơ chế một cửa.", [1117, 176, 2071]],
    ["reads 'vs' as chat writes 'và' between two questions", "hoi thi cchc truc tuyen co bn co quan don vi tham gia vs bn luot nguoi du thi", [214, 107737]],
    ["reads a sentence announcing figures of a measure it names as what the requests after it are of", "Cho tôi hai số liệu về biên chế công chức: số được giao và số hiện có.", [1951, 1895]],
    ["reads 'hai số liệu' after a full stop as how many figures the question after it asks, not a word of what is measured", "Tôi cần hai số liệu về biên chế công chức. Số được giao và số hiện có là bao nhiêu?", [1951, 1895]],
    ["reads a heading sentence ('Về biên chế công chức.') as what the question after it, naming no measure, is about", "Về biên chế công chức. Số được giao và số hiện có là bao nhiêu?", [1951, 1895]],
    ["reads a few words naming a measure, as a heading, as what the question after it is about", "Bien che cong chuc nam 2024. Duoc giao bn, hien co bn?", [1951, 1895]],
    ["answers as many items as a colon announces ('cho e xin 4 so: …'), the one that asks without 'bn' too", "cho e xin 4 so: hoan thanh bn nhiem vu ke hoach cchc, bn tthc theo co che mot cua, bien che cong chuc hien co, bn nguoi dc cap email", [31, 2071, 1895, 14970]],
    ["reads no list whose commas part more pieces than the figures announced ('2 số: … HĐND, UBND tỉnh … và …')", "cho e xin 2 số: số văn bản QPPL do HĐND, UBND tỉnh ban hành và số TTHC bị bãi bỏ", []],
    ["answers each item after a colon announcing how many figures ('Return three values for 2024: A, B, and C'), in order", "Return three values for 2024: administrative procedures announced, procedures abolished, and procedures handled under the one-stop mechanism.", [1117, 176, 2071]],
  ])("%s", (_, question, expected) => {
    expect(values(question)).toEqual(expected);
  });

  it("says the rest were not read when a numbered list asks more than four figures, and reads no list in 'xếp thứ 1. … thứ 2.'", () => {
    const four = ask("cho e xin: 1. so tthc cong bo 2. so tthc bai bo 3. so quy trinh noi bo dc phe duyet 4. so nguoi lam viec giam");
    expect(four.facts.map((f) => f.value)).toEqual([1117, 176, 759, 988]);
    expect(four.text).not.toContain("tối đa");
    const five = ask("cho e xin: 1. so tthc cong bo 2. so tthc bai bo 3. so quy trinh noi bo dc phe duyet 4. so nguoi lam viec giam 5. so cong chuc trung tuyen");
    expect(five.facts.map((f) => f.value)).toEqual([1117, 176, 759, 988]);
    expect(five.text).toContain("tối đa bốn số liệu");
  });

  it("reads 'cán bộ, viên chức' as the officials and public employees together, not the public employees alone", () => {
    expect(values("Cô nghe nói tỉnh cấp hộp thư điện tử công vụ cho cán bộ, viên chức, vậy đến nay đã cấp cho bao nhiêu người rồi ạ?")).toEqual([14970]);
    // The public employees alone are a part the report does not give.
    expect(ask("bao nhiêu viên chức được cấp thư điện tử?").answered).toBe(false);
  });

  it("reads a measure's name written with commas ('cán bộ, công chức, viên chức') as one name, not as clauses", () => {
    expect(values("Đề nghị cho biết số cán bộ, công chức, viên chức đã được cấp thư điện tử và tỷ lệ cơ quan nhà nước được kết nối mạng MetroNet.")).toEqual([14970, 100]);
    expect(values("bn can bo, cong chuc, vien chuc dc cap thu dien tu va bn % co quan dc ket noi metronet")).toEqual([14970, 100]);
  });

  it("reads 'ca A lan B' typed without marks as 'cả A lẫn B', and 'đã xong' as done", () => {
    expect(formula("tinh lam tong cong bn nhiem vu, tinh ca nv ke hoach cchc da xong lan nv chinh phu giao")).toBe("31 + 172 = 203");
    expect(formula("Tỉnh làm tổng cộng bao nhiêu nhiệm vụ, tính cả nhiệm vụ kế hoạch CCHC đã xong lẫn nhiệm vụ Chính phủ giao?")).toBe("31 + 172 = 203");
  });

  it("gives each part asked and then the total the report states ('bao nhiêu A, bao nhiêu B, tổng cộng bao nhiêu?')", () => {
    expect(values("Đề án vị trí việc làm được duyệt cho bao nhiêu ĐVSN trực thuộc UBND tỉnh, bao nhiêu đơn vị thuộc các cơ quan chuyên môn, tổng cộng bao nhiêu?")).toEqual([11, 117, 128]);
    // A total asked alone is the total.
    expect(values("Tổng cộng bao nhiêu nghị quyết HĐND tỉnh và quyết định UBND tỉnh?")).toEqual([125]);
  });

  it("reads 'the size of', 'hồi tháng 7', 'người đậu' as the question's form, a time marker and those recruited", () => {
    expect(values("What was the size of Thua Thien Hue's state budget in 2024?").sort()).toEqual([11145304, 11387742]);
    expect(values("Đợt thi tuyển công chức hồi tháng 7/2024 có bao nhiêu người đậu vậy ạ?")).toEqual([16]);
  });

  it("declines several figures when none is of the period the message names ('cả 12 tháng' of the 11 months')", () => {
    expect(ask("Chi cân đối ngân sách cả 12 tháng đạt bao nhiêu triệu đồng, bằng bao nhiêu phần trăm dự toán?")).toMatchObject({ answered: false, reason: "other-period" });
    expect(ask("What was state budget revenue in the province as of 31 December 2024, and what share of the estimate did it reach?").answered).toBe(false);
    // Of the period named, they are given.
    expect(values("Chi cân đối ngân sách 11 tháng đạt bao nhiêu triệu đồng, bằng bao nhiêu phần trăm dự toán?")).toEqual([11387742, 75]);
  });

  it("reads 'còn' after a subject alone as 'also', not as joining a second question", () => {
    expect(values("Ngoài việc góp ý và thẩm định dự thảo, Sở Tư pháp còn tổ chức bao nhiêu đoàn kiểm tra văn bản QPPL?")).toEqual([4]);
    // After a question, it joins the next one.
    expect(values("HĐND tỉnh ban hành bao nhiêu nghị quyết, còn UBND tỉnh ban hành bao nhiêu quyết định?")).toEqual([31, 94]);
  });

  it("adds every item of a list the report does not total when the question counts its whole ('tổng cộng bao nhiêu cơ quan, đơn vị')", () => {
    expect(formula("Tính cả đơn vị sự nghiệp, UBND tỉnh đã phê duyệt đề án vị trí việc làm cho tổng cộng bao nhiêu cơ quan, đơn vị?")).toBe("22 + 15 + 9 + 128 = 174");
    expect(formula("UBND tỉnh phê duyệt đề án vị trí việc làm cho tổng cộng bao nhiêu cơ quan, đơn vị, tính cả hành chính lẫn sự nghiệp?")).toBe("22 + 15 + 9 + 128 = 174");
    // Items the message names itself are what it adds.
    expect(formula("Sở ban ngành với Chi cục gộp lại thì có bao nhiêu cơ quan được phê duyệt đề án vị trí việc làm?")).toBe("22 + 15 = 37");
  });

  it("adds what 'tính gộp' joins, and gives no total of part of a sentence's list ('có tất cả bao nhiêu cơ quan, đơn vị')", () => {
    expect(formula("Tính gộp cấp tỉnh và cấp huyện thì năm 2024 đã ban hành bao nhiêu văn bản QPPL?")).toBe("125 + 23 = 148");
    // The 22 departments without the 15 sub-departments listed beside them are no total.
    expect(ask("Gộp cả đề án do UBND tỉnh duyệt và do UBND cấp huyện duyệt, có tất cả bao nhiêu cơ quan, đơn vị đã được phê duyệt đề án vị trí việc làm?").answered).toBe(false);
  });

  it("adds items joined by 'với' ('Sở ban ngành với Chi cục gộp lại'), not the 'với' of 'so với'", () => {
    expect(formula("Sở ban ngành với Chi cục gộp lại thì có bao nhiêu cơ quan được phê duyệt đề án vị trí việc làm?")).toBe("22 + 15 = 37");
    // The first item without the words opening the list ("Cộng cả …").
    expect(formula("Cộng cả Sở ban ngành và Chi cục thì có bao nhiêu cơ quan cấp tỉnh được phê duyệt đề án vị trí việc làm?")).toBe("22 + 15 = 37");
    // "cả A lẫn B … thì có bao nhiêu …": the last item ends where "thì" asks.
    expect(formula("Tính cả Sở ban ngành lẫn Chi cục thì có bao nhiêu cơ quan cấp tỉnh đã được phê duyệt đề án vị trí việc làm?")).toBe("22 + 15 = 37");
  });

  it("reads 'bao nhiêu cơ quan' as counting agencies: not the contest's entries", () => {
    expect(ask("bao nhiêu cơ quan thi tìm hiểu CCHC").facts.map((f) => f.value)).not.toContain(107737);
    expect(values("Có bao nhiêu cơ quan tham gia Hội thi trực tuyến tìm hiểu CCHC?")).toEqual([214]);
  });

  it("reads a list opened before a colon ('Cho tôi ba con số: số A, số B và số C') as the figures it names", () => {
    expect(values("Cho tôi ba con số: số nhiệm vụ trong kế hoạch CCHC 2024 đã hoàn thành, số TTHC UBND tỉnh công bố, và số Chi cục được phê duyệt đề án vị trí việc làm.")).toEqual([31, 1117, 15]);
    // What opens the list still says what the figures are of.
    expect(values("Cho tôi đủ ba con số về thu ngân sách: số tiền thu được, tỷ lệ so với dự toán và tỷ lệ so với cùng kỳ năm trước.")).toEqual([11145304, 94.5, 120.9]);
  });

  it("gives each item of an enumeration asked once, when the report states them in one sentence", () => {
    expect(values("Có bao nhiêu Sở ban ngành, Chi cục và UBND cấp huyện được phê duyệt đề án vị trí việc làm?")).toEqual([22, 15, 9]);
    // (After a clause setting the scene, the enumeration that follows it.)
    expect(values("For the job-position schemes, how many provincial departments, sub-departments, and district People's Committees were approved?")).toEqual([22, 15, 9]);
    // "và tương đương" is part of an item's name.
    expect(values("Đề nghị cho biết số lượng Sở ban ngành, Chi cục và tương đương, đơn vị UBND cấp huyện đã được phê duyệt đề án vị trí việc làm.")).toEqual([22, 15, 9]);
    expect(values("Có bao nhiêu Sở ban ngành và Chi cục được phê duyệt đề án vị trí việc làm?")).toEqual([22, 15]);
    // A setting before the question is not an item, nor is what a leading exclusion leaves, nor "so với".
    expect(values("Trong đề án vị trí việc làm, UBND tỉnh đã phê duyệt cho bao nhiêu đơn vị sự nghiệp công lập?")).toEqual([128]);
    expect(values("Leaving aside the departments, sub-departments and public service units, how many district-level People's Committees had their job-position schemes approved?")).toEqual([9]);
    expect(values("bien che cong chuc hien co giam bn bien che so voi nam 2023")[0]).toBe(48);
  });


  it("answers each clause that asks its own 'bao nhiêu' though one names a total ('Tổng số … là bao nhiêu, trong đó … bao nhiêu …?')", () => {
    expect(values("Tổng số văn bản QPPL cấp tỉnh là bao nhiêu, trong đó HĐND tỉnh ban hành bao nhiêu nghị quyết?")).toEqual([125, 31]);
  });

  it("reads two actions joined by a comma alone ('công bố, bãi bỏ') as two figures of one measure", () => {
    expect(values("UBND tỉnh công bố, bãi bỏ bao nhiêu TTHC?")).toEqual([1117, 176]);
    expect(values("Sở Tư pháp góp ý, thẩm định bao nhiêu dự thảo?")).toEqual([332, 173]);
    // One action written as two verbs stays one figure.
    expect(values("Bao nhiêu cơ quan, đơn vị được sửa đổi, bổ sung chức năng, nhiệm vụ?")).toEqual([6]);
  });

  it("reads 'Cho tôi số A và tỷ lệ B', 'lợi ích A và tỷ lệ B' as two quantities asked", () => {
    expect(values("Cho tôi số người làm việc đang có mặt trong các đơn vị sự nghiệp công lập và tỷ lệ giảm so với năm 2023.")).toEqual([22056, 4.29]);
    expect(values("Đề nghị cho biết lợi ích tiết kiệm chi phí tuân thủ TTHC mỗi năm và tỷ lệ cắt giảm chi phí đạt được theo báo cáo.")).toEqual([11322000, 42]);
  });

  it("reads 'mỗi cấp', 'từng cấp' as the question asked of each level listed before it", () => {
    expect(values("tinh, huyen, xa moi cap ban hanh bn vb qppl")).toEqual([125, 23, 69]);
    expect(values("Cấp tỉnh, cấp huyện và cấp xã từng cấp ban hành bao nhiêu văn bản QPPL?")).toEqual([125, 23, 69]);
  });
  it("reads a verb after 'và' and before a comma as opening the next clause ('… và sửa đổi, bổ sung cho bao nhiêu …')", () => {
    expect(values("Năm nay UBND tỉnh ban hành quy định chức năng, nhiệm vụ cho bao nhiêu cơ quan, đơn vị và sửa đổi, bổ sung cho bao nhiêu cơ quan, đơn vị?")).toEqual([32, 6]);
    // ("số cơ quan, đơn vị …, cơ cấu tổ chức và số cơ quan …": names written with commas, two requests.)
    expect(values("Đề nghị cho biết số cơ quan, đơn vị được ban hành quy định chức năng, nhiệm vụ, cơ cấu tổ chức và số cơ quan được sửa đổi, bổ sung chức năng, nhiệm vụ.")).toEqual([32, 6]);
    // (Clauses a semicolon parts, their names written with commas: "chức năng, nhiệm vụ", "sửa đổi, bổ sung".)
    expect(values("Năm nay tỉnh ban hành quy định chức năng, nhiệm vụ cho bao nhiêu cơ quan; sửa đổi, bổ sung cho bao nhiêu cơ quan?")).toEqual([32, 6]);
  });

  it("reads '… trên tổng số bao nhiêu …' without a comma as a second clause asking the whole", () => {
    expect(values("ke hoach cchc 2024 hoan thanh bn nv tren tong so bn nv")).toEqual([31, 34]);
    // A ratio named so ("… trên tổng số nhiệm vụ?") asks no second figure.
    expect(values("Kế hoạch CCHC 2024 hoàn thành bao nhiêu nhiệm vụ trên tổng số nhiệm vụ?")).toEqual([31]);
  });

  it("lets the clauses together say which figure is which (a near tie in the first settled by the second)", () => {
    expect(values("UBND tỉnh quy định chức năng nhiệm vụ cho bao nhiêu cơ quan đơn vị và sửa đổi bổ sung cho bao nhiêu cơ quan đơn vị?")).toEqual([32, 6]);
    expect(values("Bao nhiêu cơ quan được quy định chức năng nhiệm vụ, bao nhiêu cơ quan được sửa đổi bổ sung chức năng nhiệm vụ?")).toEqual([32, 6]);
  });

  it("gives each part a 'gồm bao nhiêu A và bao nhiêu B' asks, not the whole they make", () => {
    expect(values("Các đơn vị sự nghiệp công lập được UBND tỉnh duyệt vị trí việc làm gồm bao nhiêu đơn vị trực thuộc UBND tỉnh và bao nhiêu đơn vị thuộc cơ quan chuyên môn?")).toEqual([11, 117]);
  });

  it("keeps a clause naming its own subject on its own figure, not on the measure of the clause before", () => {
    expect(values("metronet ket noi bn % cq nha nuoc, va bn cbccvc dc cap thu dien tu")).toEqual([100, 14970]);
  });

  it("reads 'out of how many in total' beside other figures asked as the whole of the figure before, not a sum of them all", () => {
    expect(values("How many tasks in the 2024 administrative reform plan were completed, out of how many in total, and how many tasks assigned by the Government and the Prime Minister were carried out?")).toEqual([31, 34, 172]);
    // Of the plan's fraction, the side each clause's own words ask: "were done" the part, first as asked.
    expect(values("How many tasks of the 2024 reform plan were done, out of how many, and how many tasks assigned by the Government and the Prime Minister were carried out?")).toEqual([31, 34, 172]);
    expect(values("Kế hoạch CCHC có tổng cộng bao nhiêu nhiệm vụ và đã hoàn thành bao nhiêu?")).toEqual([34, 31]);
    // (A plan named by what it carries out says nothing done: "kế hoạch thực hiện", "the implementation plan".)
    expect(values("How many tasks does the implementation plan have, and how many tasks assigned by the Government were carried out?")).toEqual([34, 172]);
    expect(values("Kế hoạch thực hiện CCHC năm 2024 có bao nhiêu nhiệm vụ, và tỉnh thực hiện bao nhiêu nhiệm vụ Chính phủ giao?")).toEqual([34, 172]);
  });

  it("asks the question of each item listed before 'lần lượt', 'mỗi cái', 'respectively'", () => {
    // A closing "respectively" after a list with commas adds nothing to it.
    expect(values("How many departments, sub-departments and district People's Committees had their job-position schemes approved, respectively?")).toEqual([22, 15, 9]);
    expect(values("What were state budget revenue and balanced spending, respectively?")).toEqual([11145304, 11387742]);
    // The report's "cơ chế một cửa, một cửa liên thông" is one mechanism, not two items of the list.
    expect(values("Số quy trình nội bộ được phê duyệt năm 2024 và số TTHC đang thực hiện theo cơ chế một cửa, một cửa liên thông lần lượt là bao nhiêu?")).toEqual([759, 2071]);
    expect(values("Số TTHC thực hiện một cửa, một cửa liên thông và số TTHC bãi bỏ lần lượt là bao nhiêu?")).toEqual([2071, 176]);
    // (A comma before the question's word is no list: "As of the report date, how many A and B …".)
    expect(values("As of the report date, how many resolutions and decisions were issued respectively?")).toEqual([31, 94]);
    expect(values("thu ngan sach va chi can doi ngan sach moi cai dc bn trieu dong")).toEqual([11145304, 11387742]);
    expect(values("Về tình hình biên chế công chức năm 2024: số biên chế được giao, số hiện có và số giảm so với năm 2023 lần lượt là bao nhiêu?")).toEqual([1951, 1895, 48]);
  });

  it("lets a level the message opens with qualify each clause after it", () => {
    expect(values("At district level, how many public service units had their job-position schemes approved, and what completion rate does that represent?")).toEqual([556, 100]);
  });

  it("asks a quantity added after the question ('…, đồng thời số …', '… ? Kèm theo đó là số …')", () => {
    expect(values("Đề nghị cho biết số nhiệm vụ đã hoàn thành trong kế hoạch CCHC 2024, đồng thời số nhiệm vụ Chính phủ, Thủ tướng giao mà tỉnh đã thực hiện.")).toEqual([31, 172]);
    expect(values("Toàn tỉnh có bao nhiêu TTHC theo cơ chế một cửa, liên thông? Kèm theo đó là số quy trình nội bộ đã được phê duyệt.")).toEqual([2071, 759]);
    expect(values("UBND tỉnh ban hành bao nhiêu quyết định QPPL, cùng với số nghị quyết HĐND tỉnh ban hành?")).toEqual([94, 31]);
    // (A sentence after the question that adds nothing asked is not read as one.)
    expect(values("Toàn tỉnh có bao nhiêu TTHC theo cơ chế một cửa, liên thông? Kèm theo đó là lời cảm ơn của tôi.")).toEqual([2071]);
    // (Review: after a full stop too; not a yes-or-no question about the figure asked.)
    expect(values("Tỉnh đã công bố bao nhiêu TTHC. Kèm theo đó là số TTHC bị bãi bỏ.")).toEqual([1117, 176]);
    expect(values("Tỉnh hoàn thành bao nhiêu nhiệm vụ CCHC. Kèm theo đó là số nhiệm vụ Chính phủ giao.")).toEqual([31, 172]);
    expect(values("Tỉnh công bố bao nhiêu TTHC? Đồng thời số TTHC này có được công khai trên CSDL quốc gia không?")).toEqual([1117]);
    // ("cùng với số …", "along with the number …" typed without a comma joins two figures; an
    // operation named still adds them.)
    expect(values("Số người làm việc hưởng lương ngân sách được giao cho các đơn vị sự nghiệp công lập cùng với số người thực tế đang có mặt là bao nhiêu?")).toEqual([22531, 22056]);
    expect(values("Tổng số văn bản QPPL cấp huyện cùng với số văn bản cấp xã là bao nhiêu?")).toEqual([92, 23, 69]);
    // (Review: "… và tổng số là bao nhiêu?" asks the sum too.)
    expect(values("Cho biết số văn bản QPPL cấp huyện và cấp xã ban hành, và tổng số là bao nhiêu?")).toEqual([92, 23, 69]);
    // (The request before "đồng thời cho biết …" asks too, and "tổng số" there names the next item, no sum.)
    expect(values("Đề nghị cho biết số TTHC được kiến nghị phương án đơn giản hóa, đồng thời cho biết các TTHC này thuộc bao nhiêu lĩnh vực.")).toEqual([62, 11]);
    expect(values("Đề nghị cho biết số người làm việc hưởng lương từ ngân sách được giao cho các đơn vị sự nghiệp công lập và hội đặc thù, đồng thời cho biết tổng số người làm việc thực tế có mặt.")).toEqual([22531, 22056]);
    // (A polite "Kính" before the request changes nothing: each item asked is given.)
    expect(values("Kính đề nghị cho biết lợi ích tiết kiệm chi phí tuân thủ TTHC mỗi năm và tỷ lệ cắt giảm chi phí đạt được.")).toEqual([11322000, 42]);
    expect(values("Kính đề nghị cho biết số TTHC được công bố, số TTHC bãi bỏ.")).toEqual([1117, 176]);
    // (Nor whom it asks: "quý cơ quan" is no agency asked about.)
    expect(values("Kính đề nghị quý cơ quan cho biết lợi ích tiết kiệm chi phí tuân thủ TTHC (đồng/năm) và tỷ lệ cắt giảm chi phí tương ứng.")).toEqual([11322000, 42]);
    // ("the figures for A, B, C, and D": each item of the list is asked, none read as a qualifier of the first.)
    expect(values("What are the figures for civil-servant positions assigned, civil servants currently in post, staff assigned to public service units, and staff actually present in those units?")).toEqual([1951, 1895, 22531, 22056]);
    expect(values("Give the numbers of procedures published and procedures abolished.")).toEqual([1117, 176]);
    // (A full stop after a question's last word parts two questions: "… dc bn tien. dat bn % du toan".)
    expect(values("chi can doi ngan sach 11 thang dc bn tien. dat bn % du toan")).toEqual([11387742, 75]);
    // ("Also the number …": the same adding words in English.)
    expect(values("How many procedures were published? Also the number abolished.")).toEqual([1117, 176]);
    // (What is added naming no measure continues the figure before: its fall, not another "mức giảm".)
    expect(values("Cho tôi xin số biên chế công chức hiện có của tỉnh, kèm theo mức giảm so với năm 2023.")).toEqual([1895, 48]);
  });

  it("reads sentences that each ask, parted by full stops, as questions of their own ('… cong bo bn tthc. bai bo bn tthc')", () => {
    expect(values("chao ad. cho hoi nam nay tinh cong bo bn tthc. bai bo bn tthc")).toEqual([1117, 176]);
    expect(values("so nguoi lam viec co mat trong dvsn hien la bn. giam bn ng so voi 2023. ty le giam?")).toEqual([22056, 988, 4.29]);
    // (A quantity asked by its question mark alone is asked; "so với …?" names no "số".)
    expect(values("so nguoi lam viec co mat trong dvsn hien la bn, giam bn ng so voi 2023, ty le giam?")).toEqual([22056, 988, 4.29]);
    // ("tỉ lệ", "ti le" as "tỷ lệ": the same quantity named.)
    expect(values("so nguoi lam viec co mat trong dvsn cong lap la bn; ti le giam so voi 2023?")).toEqual([22056, 4.29]);
    expect(values("Thu ngân sách nhà nước trên địa bàn đạt bao nhiêu phần trăm, so với cùng kỳ năm trước?")[0]).toBe(120.9);
    // (Review: a greeting with no comma is of the sentence that asks: "Chào ad thu ngân sách … bao nhiêu. Tks".)
    expect(values("Chào ad thu ngân sách tỉnh bao nhiêu. Tks")).toEqual([11145304]);
    expect(values("chao ad cho hoi cong bo bn tthc. bai bo bn tthc")).toEqual([1117, 176]);
    // (Nor whom a numbered request addresses, up to its full stop: "Kính gửi Sở Nội vụ. …".)
    expect(values("Kính gửi Sở Nội vụ. Đề nghị cho biết lần lượt các số liệu sau: 1. Số biên chế công chức hiện có; 2. Số biên chế giảm so với năm 2023; 3. Tỷ lệ giảm tương ứng.")).toEqual([1895, 48, 2.47]);
    // (A list marker's point ends no sentence: the items after "3. … năm 2023;" stay items.)
    expect(values("Nhờ anh/chị trả lời giúp 4 ý về biên chế công chức: 1. Số được giao năm 2024; 2. Số hiện có; 3. Giảm bao nhiêu so với năm 2023; 4. Tỷ lệ giảm là bao nhiêu %.")).toEqual([1951, 1895, 48, 2.47]);
    // (Second review: a sentence asking only a rate continues the figure before, no rate of another
    // thing; a clause asked by its mark alone takes no figure of another sentence and measure.)
    expect(values("Hoàn thành bao nhiêu nhiệm vụ trong kế hoạch CCHC. Tỷ lệ bao nhiêu?")).toContain(91.18);
    expect(values("Thu ngân sách được bao nhiêu. Tăng bao nhiêu % so với cùng kỳ?")).toEqual([11145304, 20.9]);
    expect(values("Bao nhiêu TTHC bị bãi bỏ, tỷ lệ?")).not.toContain(100);
    expect(values("Tỉnh công bố bao nhiêu TTHC, số lĩnh vực?")).toEqual([1117]);
    expect(values("Số TTHC được công bố là bao nhiêu. Đồng thời số TTHC này có được công khai không?")).toEqual([1117]);
    // (A greeting or a sentence asking nothing is no question: "chao ad.")
    expect(values("Chào ad. Tỉnh công bố bao nhiêu TTHC?")).toEqual([1117]);
  });

  it("lets the verb of a clause govern the clauses after it that name none", () => {
    expect(values("Năm 2024 tỉnh giao bao nhiêu biên chế công chức, và bao nhiêu người làm việc cho các đơn vị sự nghiệp công lập?")).toEqual([1951, 22531]);
  });
});

describe("a number a statement's sentence gives", () => {
  it("gives the figures of the sentence before a statement that sums up its actions ('Qua tự kiểm tra và kiểm tra, các văn bản QPPL không có dấu hiệu trái pháp luật')", () => {
    expect(values("Bao nhiêu văn bản QPPL đã được kiểm tra và không có dấu hiệu trái pháp luật?")).toEqual([89, 23]);
    // A statement about something else after a sentence's figures is not about them (the deputy directors after the agencies).
    expect(ask("Quyết định sửa đổi quy định về số lượng Phó Giám đốc Sở đã cắt giảm bao nhiêu Phó Giám đốc?").answered).toBe(false);
  });

  it("reads the hours a day, or days a week, of '24/7'", () => {
    for (const q of ["he thong may chu cua tinh van hanh on dinh bn gio 1 ngay", "How many hours a day does the province's server infrastructure run?"]) {
      const a = ask(q);
      expect(a.facts.map((f) => [f.value, f.unit]), q).toEqual([[24, a.lang === "vi" ? "giờ mỗi ngày (24/7)" : "hours a day (24/7)"]]);
      expect(a.citations[0]!.quote).toContain("24/7");
    }
    expect(values("Hạ tầng máy chủ vận hành mấy ngày một tuần?")).toEqual([7]);
    expect(values("hạ tầng máy chủ vận hành mấy giờ/ngày?")).toEqual([24]);
  });
});

describe("which document", () => {
  it("reads 'which document' as asking which document", () => {
    expect(ask("Under which document was the recruitment carried out?").citations[0]?.quote ?? "").toContain("1699/QĐ-UBND");
    // (After a figure, "theo văn bản nào?" is still the document its sentence names: late review.)
    expect(chat("Bao nhiêu văn bản QPPL được tự kiểm tra?", "theo văn bản nào?").at(-1)!.citations[0]?.quote ?? "").toContain("391/KH-UBND");
  });
});

describe("people counted", () => {
  it("gives no figure counting other things to 'bao nhiêu người' ('ket qua dau bn nguoi' is not the 32 agencies of a sentence saying 'đầu năm')", () => {
    expect(values("ket qua dau bn nguoi")).not.toContain(32);
    expect(values("How many people took part in the online contest?")).toEqual([107737]);
    expect(values("có bao nhiêu người được tuyển dụng")).toEqual([16]);
  });

  it("reads 'kết quả … bao nhiêu người?' after what a statement tells as the result the next sentence states", () => {
    const [, result] = chat("thang may tinh to chuc tuyen dung cong chuc nam 2024 vay", "ket qua dau bn nguoi");
    expect(result!.facts.map((f) => f.value)).toEqual([16]);
  });
});

describe("'phần' (the part of) as no word of its own", () => {
  it("reads 'riêng phần chi', 'chỉ tính phần chi thôi' as the spending, and 'phần trăm' still as a percentage", () => {
    for (const q of ["riêng phần chi, ngân sách 11 tháng chi được bao nhiêu", "chỉ tính phần chi thôi, không tính thu, ngân sách 11 tháng chi được bao nhiêu", "chi tinh phan chi thoi, ko tinh thu, ngan sach 11 thang chi dc bn"]) {
      expect(values(q), q).toEqual([11387742]);
    }
    expect(values("Thu ngân sách đạt bao nhiêu phần trăm dự toán?")).toEqual([94.5]);
  });
});

describe("a kind of figure ruled out", () => {
  it("answers 'số lượng', 'what number' with the share the report states when it states no count (the agencies connected to MetroNet: all of them, 100%)", () => {
    expect(ask("What number of agencies are connected to MetroNet?").facts.map((f) => f.value)).toEqual([100]);
    expect(ask("số lượng cơ quan kết nối MetroNet").facts.map((f) => f.value)).toEqual([100]);
  });

  it("reads '…, as opposed to B' as leaving B out: the councils' own figure, which the report does not give apart from the committees'", () => {
    const a = ask("How many legal normative documents did district People's Councils issue, as opposed to district People's Committees?");
    expect(a.answered).toBe(false);
    expect(a.reason).toBe("no-breakdown");
  });

  it("gives the amount for 'không cần tỷ lệ' and 'con số tuyệt đối', never a rate of another thing", () => {
    for (const q of ["Không cần tỷ lệ, cho mình con số tuyệt đối thu NSNN trên địa bàn tỉnh", "thu NSNN trên địa bàn tỉnh là bao nhiêu, không cần tỷ lệ", "cho mình con số tuyệt đối thu NSNN trên địa bàn tỉnh"]) {
      expect(ask(q).facts.map((f) => f.value), q).toEqual([11145304]);
    }
    // ("the percentages", "just the amount", "the amount of …": the kinds as words, the amount asked.)
    for (const q of ["Not the percentages, just the amount: how much balanced budget spending was there over the 11 months?", "the amount of balanced budget spending over the 11 months?"]) {
      expect(ask(q).facts.map((f) => f.value), q).toEqual([11387742]);
    }
    // (A figure asked without "how many", of another thing than the one left out.)
    expect(ask("Not the revenue figure, please: what was the balanced budget expenditure over 11 months?").facts.map((f) => f.value)).toEqual([11387742]);
  });

  it("gives the amount when a follow-up asks it 'in absolute terms' after a percentage", () => {
    let context = ask("Compared with the same period of the previous year, what level did state budget revenue reach?").context;
    expect(ask("And in absolute terms?", { context }).facts.map((f) => f.value)).toEqual([11145304]);
    context = ask("chi cân đối ngân sách đạt bao nhiêu % dự toán?").context;
    expect(ask("còn con số tuyệt đối?", { context }).facts.map((f) => f.value)).toEqual([11387742]);
  });
});

describe("what a message names beside its question", () => {
  it("reads a figure the question states as what the asker knows, and answers the thing 'bao nhiêu' counts ('Bốn đoàn kiểm tra … đã kiểm tra được bao nhiêu văn bản?')", () => {
    expect(values("Bốn đoàn kiểm tra VB QPPL mà tỉnh thành lập năm 2024 kiểm tra được bao nhiêu văn bản?")).toEqual([106]);
    expect(values("4 đoàn kiểm tra VB QPPL mà tỉnh thành lập đã kiểm tra bao nhiêu văn bản?")).toEqual([106]);
    // (Not a figure the question does not state: the teams themselves.)
    expect(values("Tỉnh thành lập mấy đoàn kiểm tra văn bản QPPL?")).toEqual([4]);
  });

  it("reads a chat message not answered whole without its remarks: who asks and why, what someone said, thanks", () => {
    expect(values("ad oi may tthc dc kien nghi don gian hoa do thuoc bn linh vuc vay, e dang lam bai thu hoach lop boi duong, cam on ad nhieu a")).toEqual([11]);
    expect(values("ad oi cho e hoi xiu, nam 2024 ubnd tinh cong bo bn tthc vay, ong hang xom bao hon 2 ngan ma e ko tin lam, thanks ad")).toEqual([1117]);
    // (Not a remark saying what the asker means to ask: "em định hỏi ngành y tế, …" narrows the question.)
    expect(ask("em định hỏi ngành y tế, giảm bao nhiêu biên chế?").answered).toBe(false);
    expect(values("xin chao, minh lam van phong o ubnd xa, sep bao tim gap so lieu nay: nam nay ubnd tinh bai bo bn thu tuc hanh chinh z? minh luc mai ko ra, nho ad giup nhe, cam on nhiu")).toEqual([176]);
    // (A remark naming an operation no figure fits: "nghe nói vượt dự toán rồi hả".)
    expect(values("ad oi thu ngan sach nha nuoc tren dia ban tinh tinh den 6/12 dat bn % du toan vay, nghe noi vuot du toan roi ha, cam on ad")).toEqual([94.5]);
    // (Nor the number someone said: not answered with it, nor declined for it.)
    expect(values("chao ad, hom truoc nghe may anh noi hoi thi tim hieu cchc chi co tam 50 ngan nguoi thi thoi, ad cho e hoi chinh xac la co bn luot nguoi du thi vay a, e cam on ad")).toEqual([107737]);
    // (A clause asking stays, however it opens: "em muốn hỏi … bao nhiêu".)
    expect(ask("em la sinh vien, em muon hoi tinh co bn nguoi dan o xa phong dien duoc ho tro, cam on ad").answered).toBe(false);
  });

  it("reads a department's abbreviated name after 'Sở' as that department ('Sở TP' is the Sở Tư pháp), not another one", () => {
    expect(formula("Sở TP: số dự thảo đã góp ý nhiều hơn số dự thảo QPPL đã thẩm định bao nhiêu?")).toBe("332 − 173 = 159");
    expect(ask("Sở NV góp ý bao nhiêu dự thảo?").answered).toBe(false);
  });

  it("reads the unit named as the subject when nothing follows 'bao nhiêu' ('Sở ban ngành được duyệt đề án VTVL: bao nhiêu?')", () => {
    expect(values("Sở ban ngành được duyệt đề án VTVL: bao nhiêu?")).toEqual([22]);
    expect(values("Chi cục được duyệt đề án vị trí việc làm bao nhiêu?")).toEqual([15]);
  });

  it("asks the exact figure past a rough amount heard ('nghe nói có cả ngàn thủ tục …, cụ thể là bao nhiêu?')", () => {
    expect(values("Em hay đi làm giấy tờ ở Bộ phận một cửa, nghe nói tỉnh mình có cả ngàn thủ tục làm qua một cửa, một cửa liên thông, cụ thể là bao nhiêu thủ tục vậy ạ?")).toEqual([2071]);
    expect(values("nghe nói năm 2024 tỉnh công bố hàng nghìn thủ tục hành chính, chính xác là bao nhiêu?")).toEqual([1117]);
    expect(values("I heard the province published thousands of administrative procedures in 2024. Exactly how many?")).toEqual([1117]);
  });

  it("reads a lead saying what the figures are for ('Để hoàn thiện báo cáo gửi Bộ Nội vụ, …') as no part of the question, its office no agency asked about", () => {
    expect(values("Để hoàn thiện báo cáo gửi Bộ Nội vụ, nhờ anh/chị cho biết năm 2024 UBND tỉnh đã triển khai thực hiện bao nhiêu nhiệm vụ do Chính phủ, Thủ tướng Chính phủ giao?")).toEqual([172]);
    expect(values("Để chuẩn bị báo cáo gửi Sở Nội vụ, cho biết có bao nhiêu TTHC bị bãi bỏ?")).toEqual([176]);
    // (A level it names is what is asked about, and stays.)
    expect(values("Để tổng hợp số liệu cấp huyện, cho biết HĐND, UBND ban hành bao nhiêu văn bản QPPL?")).toEqual([23]);
    // (The ministry asked about is still not the province's.)
    expect(ask("Bộ Nội vụ giao bao nhiêu nhiệm vụ cho tỉnh?").answered).toBe(false);
  });

  it("counts the thing named in full ahead of a generic 'bao nhiêu đơn vị'", () => {
    expect(values("Chỉ riêng các Sở, ban, ngành (không tính chi cục, UBND cấp huyện hay đơn vị sự nghiệp) thì bao nhiêu đơn vị được phê duyệt đề án vị trí việc làm?")).toEqual([22]);
  });

  it("reads a number requested as a statement ('Xin cho biết tổng số … được phê duyệt.') as the question it is", () => {
    expect(formula("Xin cho biết tổng số đầu mối (Sở ban ngành, Chi cục, UBND cấp huyện và đơn vị sự nghiệp) được UBND tỉnh phê duyệt đề án vị trí việc làm.")).toBe("22 + 15 + 9 + 128 = 174");
    // Only a request of one sentence: not "… là bao nhiêu?" after its thanks, nor the report's own "Báo cáo số 627".
    expect(values("Xin cho biết tổng số Sở được phê duyệt. Cảm ơn.")[0]).toBe(22);
    // A list of figures requested stays a figure each.
    expect(values("Đề nghị cho biết số lượng Sở ban ngành, Chi cục và tương đương, đơn vị UBND cấp huyện đã được phê duyệt đề án vị trí việc làm.")).toEqual([22, 15, 9]);
  });

  it("reads '…, kể cả loại không phải QPPL' as counting the others in, not as leaving QPPL out", () => {
    expect(values("Không tính phần thẩm định, Sở Tư pháp góp ý cho tất cả bao nhiêu dự thảo văn bản, kể cả loại không phải QPPL?")).toEqual([332]);
    // One thing in brackets to count in too is part of the whole asked.
    expect(formula("UBND tỉnh phê duyệt đề án vị trí việc làm cho tổng cộng bao nhiêu cơ quan, đơn vị (kể cả đơn vị sự nghiệp)?")).toBe("22 + 15 + 9 + 128 = 174");
    // A level in brackets widens what is asked: it stays.
    expect(values("Tỉnh ban hành bao nhiêu văn bản QPPL (kể cả cấp huyện)?")).toContain(23);
  });

  it("leaves out a lead saying why or how soon ('Cần gấp cho cuộc họp:', 'For a briefing tomorrow:')", () => {
    expect(values("Cần gấp cho cuộc họp: thu ngân sách trên địa bàn là bao nhiêu tiền?")).toEqual([11145304]);
    expect(values("For a briefing tomorrow: how many procedures were abolished?")).toEqual([176]);
    // Who asks, by role ("Là phóng viên, …", "As a journalist for Thanh Nien, …", "Là cán bộ cấp huyện, …"):
    // the asker's work says nothing asked.
    expect(values("As a journalist, how many procedures were abolished?")).toEqual([176]);
    expect(values("Là phóng viên, cho tôi hỏi UBND tỉnh bãi bỏ bao nhiêu TTHC?")).toEqual([176]);
    expect(values("As a journalist for Thanh Nien, how many civil servants were recruited?")).toEqual([16]);
    expect(values("Là cán bộ cấp huyện, cho hỏi tỉnh đã giao bao nhiêu biên chế công chức?")).toEqual([1951]);
    expect(values("As a member of the district People's Committee, how many public service units did the province approve?")).toEqual([128]);
    // A lead that names a place, a level or a body says what is asked about: it stays (review).
    for (const q of ["For a story on Quảng Trị: how many procedures were announced?", "As a citizen of Da Nang, how many procedures did my city abolish?", "Là người dân Đà Nẵng, thành phố tôi bãi bỏ bao nhiêu TTHC?"]) {
      expect(ask(q), q).toMatchObject({ answered: false, reason: "other-place" });
    }
    for (const q of ["Là người dân huyện Phong Điền, tôi hỏi huyện ban hành bao nhiêu văn bản QPPL?", "Từ góc nhìn của huyện A Lưới: bao nhiêu văn bản QPPL được kiểm tra?"]) {
      expect(ask(q).answered, q).toBe(false);
    }
    expect(ask("Là người dân xã Phú Vang, cho hỏi xã ban hành bao nhiêu văn bản QPPL?").answered).toBe(false);
    // Or from whose point of view, or for what kind of writing.
    expect(values("From the perspective of a budget analyst: staff actually present in public service units amount to what percentage of the headcount the province allocated?")[0]).toBe(97.89);
    expect(values("For a policy brief: how many procedures were abolished?")).toEqual([176]);
    // (A purpose's audience names nothing asked: "For a briefing to the provincial leadership:".)
    expect(values("For a briefing to the provincial leadership: how many civil-servant posts were allocated in 2024, how many are currently filled, and how many fewer are there than in 2023?")).toEqual([1951, 1895, 48]);
    // A lead announcing figures for an occasion ("… cuộc họp giao ban sáng mai:") asks nothing of tomorrow.
    expect(values("Chào bạn, cần số liệu cho cuộc họp giao ban sáng mai: chi cân đối ngân sách 11 tháng năm 2024 của tỉnh đạt bao nhiêu phần trăm so với dự toán?")).toEqual([75]);
    expect(values("Dưới góc độ quản lý: thu ngân sách trên địa bàn là bao nhiêu tiền?")).toEqual([11145304]);
  });

  it("reads a request written without a question ('Đề nghị cung cấp số …', 'Tôi cần hai số liệu …: số A và số B.') as asking", () => {
    expect(values("Đề nghị cung cấp số liệu biên chế công chức năm 2024 của tỉnh Thừa Thiên Huế.")).toEqual([1895, 1951]);
    expect(values("Chào anh/chị, tôi là phóng viên mảng nội chính. Tôi cần hai số liệu cho bài viết sắp đăng: số công chức trúng tuyển năm 2024 và số biên chế công chức hiện có của tỉnh. Mong sớm nhận được phản hồi.")).toEqual([16, 1895]);
    expect(values("Two numbers for my article: budget revenue up to 6 December as a share of the estimate, and balanced spending over 11 months as a share of its estimate.")).toEqual([94.5, 75]);
    // The sentence saying why ("chúng tôi cần số liệu tham chiếu …") is not what is asked.
    const formal = "Kính gửi Văn phòng UBND tỉnh. Phòng Tài chính - Kế hoạch chúng tôi cần số liệu tham chiếu để xây dựng báo cáo cuối năm. Đề nghị cung cấp số thu ngân sách nhà nước trên địa bàn tỉnh tính đến ngày 06/12/2024 và số chi cân đối ngân sách 11 tháng năm 2024. Trân trọng.";
    expect(values(formal)).toEqual([11145304, 11387742]);
  });

  it("reads a formal message of seventy words to its question, last, past a greeting and a sentence of context", () => {
    const q =
      "Kính chào quý cơ quan. Tôi là phóng viên đang thực hiện loạt bài về kết quả cải cách hành chính năm 2024 của Thừa Thiên Huế. Ngoài kế hoạch CCHC riêng của tỉnh, tôi được biết UBND tỉnh còn triển khai nhiều nhiệm vụ do trung ương giao. Xin cho biết cụ thể tỉnh đã thực hiện bao nhiêu nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao?";
    expect(values(q)).toEqual([172]);
  });

  it("reads 'trong tổng số …, có bao nhiêu …' as the part asked within a whole, not a sum", () => {
    expect(values("trong tổng số dự thảo văn bản mà Sở Tư pháp đã tham gia góp ý theo đề nghị trưng cầu của các cơ quan trung ương và địa phương, có bao nhiêu dự thảo văn bản quy phạm pháp luật được bảo đảm về thời gian và chất lượng góp ý?")).toEqual([203]);
  });

  it("keeps the session's follow-up and lexicon rules to what they were for (review: vacant, share filled, rates, 'so với', 'chi la', 'still left working', 'including taxes', origins)", () => {
    const allocated = "How many civil-servant positions did the province allocate in 2024?";
    expect(chat(allocated, "Of those, how many are currently vacant?").at(-1)!.facts[0]!.value).toBe(56);
    expect(chat(allocated, "Of those, what share is actually filled right now?").at(-1)!.facts[0]!.value).toBe(97.13);
    expect(chat("Tỷ lệ giảm biên chế công chức so với 2023 là bao nhiêu?", "Còn người làm việc thì cao hơn bao nhiêu?").at(-1)!.facts[0]!.value).toBe(1.82);
    expect(chat("Biên chế công chức giảm bao nhiêu so với năm 2023?", "So với số người làm việc thì ít hơn bao nhiêu?").at(-1)!.facts.map((f) => f.value)).not.toContain(988);
    expect(values("chi la bao nhieu % du toan, thu la bao nhieu %?")).toEqual([75, 94.5]);
    expect(values("How many people are still left working in public service units after the cuts?")).not.toContain(475);
    expect(values("How much state budget revenue was collected, including taxes?")).toEqual([11145304]);
    expect(chat("How many civil servants passed the 2024 recruitment?", "Where do the civil servants come from?").at(-1)!.answered).toBe(false);
  });

  it("reads none of its lead-ins, closing operands, pointing back or 'each' into everyday words ('using the platform', 'từ số hóa', 'are there', 'mọi cấp', 'Across the province')", () => {
    expect(ask("Tiết kiệm được bao nhiêu tiền từ số hóa hồ sơ?").answered).toBe(false);
    expect(ask("How many agencies are using the data sharing platform?").answered).toBe(false);
    expect(values("Xin hỏi: từ số liệu báo cáo, hãy tính tỷ lệ TTHC bãi bỏ so với số TTHC công bố.")[0]).toBe(15.76);
    expect(values("Nhờ tính giúp, dựa trên số liệu báo cáo, tỷ lệ TTHC bị bãi bỏ so với số được công bố.")[0]).toBe(15.76);
    expect(ask("Đề nghị cung cấp số TTHC được công bố, căn cứ số liệu năm 2023.").answered).toBe(false);
    expect(values("My cousin works in a public service unit. How many civil servants are there in the province?")).toEqual([1895, 1951]);
    expect(values("Thanks for the budget revenue figure. How many administrative procedures were published, and how many of them were abolished?")).toEqual([1117, 176]);
    expect(new Set(values("Tỉnh cải cách rất mạnh; mọi cấp đã ban hành bao nhiêu văn bản QPPL?"))).toEqual(new Set([69, 23, 125]));
    expect(values("Bao nhiêu Sở ban ngành, chi cục và do UBND cấp huyện được phê duyệt đề án vị trí việc làm?")).toEqual([22, 15, 9]);
    expect(values("Across the province, what share of legal normative documents were issued by communes?")).not.toContain(55.2);
    expect(values("Across the provincial, district and commune levels, what share of all legal normative documents issued came from communes, wards and townships?")[0]).toBe(31.8);
    expect(values("Dựa vào báo cáo của UBND cấp huyện, có bao nhiêu văn bản QPPL được ban hành?")).not.toContain(125);
  });

  it("drops a sentence saying what the report gives, with no figure, before a question naming its measure again", () => {
    const q = "For budget-execution monitoring, we need the full-year estimate implied by the report. Balanced budget expenditure after eleven months is given together with its share of the estimate. What is the implied annual expenditure estimate, in million VND?";
    expect(ask(q).facts[0]!.derived!.formula).toBe("11,387,742 / 75% = 15,183,656");
    // ("What estimate does that imply?": the estimate asked, "imply" no word of what is measured.)
    expect(ask("Given the 11-month balanced expenditure and its completion rate, what full-year expenditure estimate does that imply, in million VND?").facts[0]!.derived!.formula).toBe("11,387,742 / 75% = 15,183,656");
    // (A sentence asking what the report says is a request of its own; one giving a figure is what the answer is worked out from.)
    expect(values("Cho tôi biết báo cáo nêu gì về biên chế công chức được giao. Hiện có bao nhiêu biên chế công chức?")).toContain(1951);
    expect(values("The report states revenue reached 94.5% of the estimate. What was the estimate?")[0]).toBe(11793972);
  });

  it("keeps the sentence before a question that points back at it ('… public service units. How many people are on staff there?')", () => {
    expect(values("I'm writing about public service units. How many people are currently on staff there?")[0]).toBe(22056);
    // (A question naming its own subject reads alone: "their" is its own.)
    expect(values("Hello, I work in the provincial Department of Home Affairs. For the job-position scheme figures, please leave out the sub-departments, the district People's Committees and the public service units. How many provincial departments and sectoral agencies had their schemes approved?")[0]).toBe(22);
  });

  it("reads 'vừa qua', 'vừa rồi' ('vừa r') as when, no word of what is asked", () => {
    expect(values("kỳ tuyển dụng tổ chức trong tháng 7 vừa qua có bao nhiêu người trúng tuyển?")).toEqual([16]);
    expect(values("dot thi tuyen cong chuc thang 7 vua r co bn nguoi dau")).toEqual([16]);
  });

  it("reads what the figures serve ('Để phục vụ báo cáo tổng kết của Sở Nội vụ, …') as no part of the question, an office named in it no body asked", () => {
    expect(values("Để phục vụ báo cáo tổng kết của Sở Nội vụ, số TTHC được công bố là bao nhiêu?")).toEqual([1117]);
    expect(values("Xin chào. Để phục vụ báo cáo tổng kết của Sở Nội vụ, đề nghị cho biết số TTHC được công bố.")).toEqual([1117]);
    // (A place it names is what is asked about: declined as another province.)
    expect(ask("Để phục vụ bài viết về Quảng Trị, số TTHC được công bố là bao nhiêu?")).toMatchObject({ answered: false, reason: "other-place" });
    // (Nor a place after an office, nor a district's name unmarked like an office word.)
    expect(ask("Để phục vụ báo cáo của Văn phòng UBND Quảng Trị, số TTHC được công bố là bao nhiêu?")).toMatchObject({ answered: false, reason: "other-place" });
    expect(ask("Để phục vụ công tác tại Phong Điền, số văn bản QPPL được ban hành là bao nhiêu?").answered).toBe(false);
    // (A measure it names that the question after it does not: no other figure for "số hiện có".)
    expect(values("Phục vụ đánh giá biên chế công chức, số hiện có là bao nhiêu?")).not.toContain(2071);
  });

  it("reads a self-introduction before the question ('Tôi là phóng viên, …') as no part of it", () => {
    expect(values("Tôi là phóng viên, cho hỏi kế hoạch CCHC năm 2024 của tỉnh có tất cả bao nhiêu nhiệm vụ?")).toEqual([34]);
    expect(values("I'm a student, how many administrative procedures were abolished?")).toEqual([176]);
    expect(values("Toi la sinh vien, tinh bai bo bn tthc")).toEqual([176]);
    // What the asker is doing, up to its colon or comma: "thi công chức" is not the figure asked.
    expect(values("Tôi đang tìm hiểu thông tin thi công chức: đợt tuyển dụng công chức năm 2024 của tỉnh có bao nhiêu người trúng tuyển?")).toEqual([16]);
    expect(values("em dang lam bai tap ve cchc, cho em hoi tinh cong bo bn tthc")).toEqual([1117]);
    // (Or the asker's office at work: "Phòng chúng tôi đang rà soát số liệu …,".)
    expect(values("Phòng chúng tôi đang rà soát số liệu công tác thẩm định, xin đồng chí cho biết Sở Tư pháp đã thẩm định bao nhiêu dự thảo văn bản quy phạm pháp luật?")).toEqual([173]);
    expect(values("Don vi chung toi dang tong hop bao cao cuoi nam, cho hoi tinh bai bo bn tthc")).toEqual([176]);
    // (Kept when it names the figures the question then leaves unnamed.)
    expect(values("Tôi đang cập nhật số liệu thu ngân sách, đạt bao nhiêu so với dự toán?")).toEqual([94.5]);
    expect(values("Phòng chúng tôi đang tổng hợp số văn bản QPPL cấp xã, có bao nhiêu văn bản?")).toEqual([69]);
    // ("e", as chat shortens "em".)
    expect(values("e dang lam bao cao thuc tap, cho e hoi nam 2024 ubnd tinh hoan thanh dc bn nhiem vu trong ke hoach cchc vay")).toEqual([31]);
    // Not a sentence that only opens like one ("We are told revenue reached 94.5% …").
    expect(formula("We are told revenue reached 94.5% of the estimate, what was the estimate?")).toBe("11,145,304 / 94.5% ≈ 11,793,972");
  });

  it("takes the year of a heading before the asking sentence", () => {
    const a = ask("Phương hướng năm 2025: kế hoạch CCHC của tỉnh có bao nhiêu nhiệm vụ?");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("2025");
  });
});

describe("no figure where the question's words fit a computation only loosely", () => {
  it("computes no difference of two actions whose figures are at several levels the question leaves unsaid", () => {
    for (const q of ["Văn bản ban hành nhiều hơn văn bản kiểm tra bao nhiêu?", "Do đó, văn bản ban hành nhiều hơn văn bản kiểm tra bao nhiêu?"]) {
      expect(ask(q).answered, q).toBe(false);
    }
    // (One level named: its two figures.)
    expect(formula("Đối với cấp huyện, số văn bản được đoàn kiểm tra nhiều hơn số văn bản ban hành bao nhiêu?")).toBe("106 − 23 = 83");
  });

  it("computes a plan's amount only for the measure asked and the plan the asking clause names", () => {
    // The report gives no spending for the same period last year; two plans fit "dự toán ngân sách".
    expect(values("Chi cân đối ngân sách cùng kỳ năm trước là bao nhiêu?")).toEqual([]);
    expect(values("du toan ngan sach nam 2024 la bao nhieu")).toEqual([]);
    expect(values("Tỉnh đã công khai dự toán ngân sách năm 2024, vậy thu ngân sách được bao nhiêu?")).not.toContain(11793972);
  });

  it("gives a fraction's part when something done is asked, its whole only for the plan, and computes from the whole", () => {
    expect(values("Tổng cộng tỉnh đã thực hiện được bao nhiêu nhiệm vụ trong kế hoạch CCHC?")[0]).toBe(31);
    expect(values("In total, how many tasks of the reform plan has the province carried out?")[0]).toBe(31);
    const plan = ask("How many tasks does the reform plan have?");
    expect(plan.facts.map((f) => f.value)).toEqual([34]);
    expect(ask("tỷ lệ?", { context: plan.context }).facts[0]!.derived!.formula).toBe("31 / 34 ≈ 91,18%");
  });

  it("adds only figures that count the same kind of thing, and leaves out a part only for a sum", () => {
    expect(ask("tổng cộng có bao nhiêu cơ quan đơn vị và lượt người tham gia hội thi?").facts.some((f) => f.derived)).toBe(false);
    expect(values("Cấp tỉnh ban hành nhiều hơn cấp huyện bao nhiêu văn bản QPPL, không tính nghị quyết của HĐND tỉnh?")).toEqual([]);
    expect(values("Không tính cấp xã, cấp tỉnh, cấp huyện ban hành tổng cộng bao nhiêu văn bản QPPL?")[0]).toBe(148);
    expect(values("trung bình mỗi lĩnh vực có bao nhiêu văn bản QPPL kiến nghị sửa đổi")).toEqual([]);
  });

  it("reads a part from the clause that asks, without the setting or what is left out", () => {
    expect(values("Theo báo cáo của UBND tỉnh, tỉnh đã ban hành bao nhiêu văn bản QPPL?")).toEqual([125]);
    expect(values("hdnd, ubnd tinh ban hanh bn vb qppl nam 2024?")).toEqual([125]);
    expect(values("ngoài HĐND tỉnh ra thì tỉnh ban hành bao nhiêu văn bản QPPL")).toEqual([94]);
    expect(values("tru cap tinh voi cap huyen ra thi rieng xa phuong thi tran ban hanh bn vb qppl")).toEqual([69]);
  });

  it("gives the share itself when 'đạt bao nhiêu %' asks it, the rise it implies when growth alone is asked", () => {
    expect(values("Thu ngân sách nhà nước trên địa bàn tỉnh năm 2024 tăng trưởng ra sao, đạt bao nhiêu phần trăm so với cùng kỳ năm trước?")).toEqual([120.9]);
    expect(formula("Tốc độ tăng trưởng thu ngân sách so với cùng kỳ là bao nhiêu?")).toBe("120,9% − 100% = 20,9%");
  });

  it("reads a short lead-in naming a plan or reference ('Cùng kỳ năm trước, …') as what the amount asked is of", () => {
    expect(formula("Cùng kỳ năm trước, thu ngân sách nhà nước trên địa bàn tỉnh ước khoảng bao nhiêu?")).toBe("11.145.304 / 120,9% ≈ 9.218.614");
  });

  it("reads a percentage the message gives as given, and a shortfall asked in money as an amount", () => {
    expect(formula("Thu ngân sách đạt 94,5% dự toán, vậy dự toán thu ngân sách nhà nước năm 2024 của tỉnh là bao nhiêu?")).toBe("11.145.304 / 94,5% ≈ 11.793.972");
    expect(formula("Theo báo cáo, thu ngân sách nhà nước còn thiếu khoảng bao nhiêu triệu đồng nữa mới đạt dự toán?")).toBe("11.145.304 / 94,5% − 11.145.304 ≈ 648.668");
    // (Unmarked, "bn trieu" asks money too.)
    expect(formula("thu ngan sach con thieu bn trieu nua moi dat du toan")).toContain("648.668");
    expect(formula("thu ngan sach con thieu bao nhieu so voi du toan")).toBe("100% − 94,5% = 5,5 điểm phần trăm");
    // "100%" the message gives as the target is not the kind asked: "bao nhiêu tiền" is.
    expect(formula("Chi cân đối ngân sách còn khoảng bao nhiêu tiền nữa mới đạt 100% dự toán ạ?")).toBe("11.387.742 / 75% − 11.387.742 = 3.795.914");
    expect(formula("Thu ngân sách mới bằng 94,5% dự toán. Vậy số thu còn phải thực hiện để đạt đủ 100% dự toán là khoảng bao nhiêu triệu đồng?")).toBe("11.145.304 / 94,5% − 11.145.304 ≈ 648.668");
    // "… nữa thì mới bằng dự toán" asks what is missing; "mới bằng bao nhiêu %" asks the share itself.
    expect(formula("Chi cân đối còn phải chi thêm bao nhiêu triệu đồng nữa thì mới bằng dự toán?")).toBe("11.387.742 / 75% − 11.387.742 = 3.795.914");
    expect(values("Chi cân đối ngân sách mới bằng bao nhiêu % dự toán?")).toEqual([75]);
  });

  it("reads 'cả ba cấp' as the three levels, and a level left out that no figure added is of as left out already", () => {
    expect(formula("Toàn tỉnh cả ba cấp ban hành bao nhiêu văn bản QPPL nếu không tính các nghị quyết của HĐND tỉnh?")).toBe("125 + 23 + 69 − 31 = 186");
    expect(formula("Excluding communes, wards and townships, how many legal normative documents did the provincial and district levels issue in total?")).toBe("125 + 23 = 148");
  });

  it("ranks the province's figure first when the province is named as a level ('at provincial level'), not as a bound or what is left out", () => {
    expect(values("how many legal normative documents were issued at provincial level?")).toEqual([125]);
    expect(values("Other than the provincial People's Committee's decisions, how many legal normative documents were issued at provincial level?")).toEqual([31]);
    // Below the province: the districts and the communes.
    expect(values("How many legal documents were issued below the provincial level?")).toEqual([23, 69]);
    expect(values("Dưới cấp tỉnh, các cấp ban hành bao nhiêu văn bản QPPL?")).toEqual([23, 69]);
    expect(values("may dia phuong duoi tinh ban hanh dc bn vb qppl").map(Number).sort((a, b) => a - b)).toEqual([23, 69]);
  });

  it("reads every level of a joint figure named, one loosely ('cấp tỉnh với ubnd huyen'), as that figure, and one of them alone as its breakdown", () => {
    expect(values("tinh giao bn bien che cc cho cq hanh chinh cap tinh voi ubnd huyen nam 2024")).toEqual([1951]);
    expect(ask("tinh giao bn bien che cong chuc cho ubnd huyen")).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(ask("tỉnh giao bao nhiêu biên chế công chức cho cấp huyện")).toMatchObject({ answered: false, reason: "no-breakdown" });
  });

  it("declines a change the report states without a figure ('tăng so với năm 2023')", () => {
    expect(ask("Hội thi trực tuyến năm nay tăng bao nhiêu lượt người dự thi so với năm 2023?")).toMatchObject({ answered: false, reason: "no-figure" });
  });

  it("stems English verbs to their action ('cutting' is 'cut') and gives no figures of a sentence for another action", () => {
    // (Staff in general: the civil-servant positions first, the public service units' staff beside them.)
    expect(values("How many staff positions is the province cutting?")).toEqual([48, 988]);
    expect(values("Bao nhiêu TTHC được công khai trên CSDL quốc gia?")).toEqual([]);
  });
});

describe("no figure for a place, level or thing the question names and the figure is not about", () => {
  it("reads a word typed without marks in a message typed with them as that word, not a place ('người lao động' is workers, not Laos)", () => {
    expect(ask("Số viên chức, người lao động ở các đơn vị sự nghiệp công lập năm 2024 là bao nhiêu?").reason).not.toBe("other-place");
    expect(ask("Hà Nội công bố bao nhiêu TTHC?").reason).toBe("other-place");
    expect(ask("Ha Noi cong bo bao nhieu tthc?").reason).toBe("other-place");
    // (A longer name typed without marks among marked words is still the place.)
    expect(ask("Ha Noi công bố bao nhiêu TTHC?").reason).toBe("other-place");
    expect(ask("Tỉnh Quang Nam công bố bao nhiêu thủ tục hành chính?").reason).toBe("other-place");
    expect(ask("Lào công bố bao nhiêu TTHC?").reason).toBe("other-place");
  });

  it("gives the communes' documents as a reading of what the councils and committees issued: at every level they are the councils' and committees'", () => {
    expect(values("Năm 2024 HĐND, UBND đã ban hành bao nhiêu văn bản quy phạm pháp luật?")).toEqual([125, 23, 69]);
    // (One of the two alone is a breakdown the report does not give, as for the districts.)
    expect(ask("UBND cấp xã ban hành bao nhiêu văn bản QPPL?").facts).toEqual([]);
  });

  it("declines what was done to agencies, documents or accounts that no figure is of (merged, suspended, hacked), and keeps answering the actions the report states", () => {
    for (const q of ["How many public service units were merged?", "Bao nhiêu đơn vị sự nghiệp bị giải thể?", "How many legal documents were revoked?", "How many email accounts were hacked?", "How many civil servant positions were frozen?"]) expect(ask(q).facts, q).toEqual([]);
    // (Tasks completed, which tasks unsaid: the plan's and the Government's of the one sentence.)
    expect(values("How many tasks were already completed?")).toEqual([31, 172]);
    expect(values("How many inspection teams were established?")).toEqual([4]);
  });

  it("declines the recruitment's applicants ('thí sinh dự tuyển', 'applicants'), which the report never counts, rather than the 16 who passed or the contest's entrants", () => {
    for (const q of ["Có bao nhiêu thí sinh dự tuyển?", "Có bao nhiêu người dự tuyển công chức?", "How many applicants sat the civil service exam?"]) expect(ask(q).facts, q).toEqual([]);
    expect(values("bao nhiêu người trúng tuyển")).toEqual([16]);
    // (Applicants who passed are those recruited, whom the report counts.)
    for (const q of ["Bao nhiêu người dự tuyển trúng tuyển công chức năm 2024?", "bn nguoi du tuyen cong chuc trung tuyen", "Kết quả dự tuyển công chức năm 2024 có bao nhiêu người trúng tuyển?"]) expect(values(q), q).toEqual([16]);
    // (Only within the question the applicants are named in: asked apart, they are still no figure.)
    for (const q of ["Có bao nhiêu người dự tuyển và bao nhiêu người trúng tuyển?", "Bao nhiêu thí sinh dự tuyển, bao nhiêu người trúng tuyển?", "What share of applicants passed?"]) expect(values(q), q).not.toContain(107737);
  });

  it("declines one of two requesters the 332 drafts are of together, asked in English ('requested by central government agencies')", () => {
    expect(ask("Of the drafts the Department of Justice commented on, how many were requested by central government agencies?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(values("How many drafts requested by central and local agencies did the Department of Justice comment on?")).toEqual([332]);
  });

  it("reads what 'how many' counts past a level said first ('how many district-level legal documents'): never the teams or their conclusions", () => {
    expect(values("How many district-level legal documents did the province check in 2024?")).not.toContain(4);
    // Both district figures of documents checked, not the four teams first.
    expect(values("How many district-level legal normative documents were inspected in 2024?")).toEqual([23, 106]);
    // A level that is all the question counts is still what it counts: no commune count in the report.
    for (const q of ["Tỉnh Thừa Thiên Huế hiện có bao nhiêu xã, phường, thị trấn?", "How many communes are connected to the MetroNet wide-area network?", "Bao nhiêu xã, phường, thị trấn ban hành văn bản QPPL?"]) {
      expect(ask(q).answered, q).toBe(false);
    }
  });

  it("gives the drafts commented on in time and to standard when asked in other English words", () => {
    expect(values("Of the drafts the Department of Justice commented on, how many legal normative drafts met the deadline and quality requirements?")).toEqual([203]);
  });

  it("reads a clause opening with what brought a figure about ('Nhờ phương án đơn giản hóa, …', '… giúp …') as its setting, not what is asked", () => {
    for (const q of ["Nhờ phương án đơn giản hóa, chi phí tuân thủ thủ tục hành chính được cắt giảm bao nhiêu phần trăm?", "Nho phuong an don gian hoa, chi phi tuan thu tthc giam bao nhieu %", "Thanks to simplification, by what percentage were compliance costs cut?", "Phương án đơn giản hóa thủ tục hành chính giúp cắt giảm chi phí tuân thủ được bao nhiêu phần trăm?", "The simplification plans helped cut compliance costs by what percentage?"]) {
      expect(values(q)[0], q).toBe(42);
    }
    // The rate of procedures simplified is no rate of the cost.
    expect(ask("Tỷ lệ TTHC được đơn giản hóa là bao nhiêu?").answered).toBe(false);
    // Who acts, an action that is what is asked, or no action at all: no means clause.
    expect(values("Nhờ Sở Tư pháp góp ý, bao nhiêu dự thảo QPPL bảo đảm thời gian và chất lượng?")).toEqual([203]);
    expect(values("Do UBND tỉnh ban hành, có bao nhiêu quyết định QPPL?")).toEqual([94]);
    expect(values("Nhờ tuyển dụng, tỉnh có thêm bao nhiêu công chức?")).toEqual([16]);
    // (Who "giúp" others do something names no means: "Sở Tư pháp đã giúp UBND tỉnh tự kiểm tra …".)
    expect(values("Sở Tư pháp đã giúp UBND tỉnh tự kiểm tra bao nhiêu văn bản QPPL?")).toEqual([89]);
    expect(values("Nhờ cơ chế một cửa, bao nhiêu TTHC được giải quyết?")).toEqual([2071]);
    expect(values("Nhờ tự kiểm tra, bao nhiêu văn bản được rà soát?")).toEqual([89]);
    // A request opening the message is no such clause.
    expect(values("Nhờ trợ lý tra giúp: tỉnh công bố bao nhiêu TTHC, bãi bỏ bao nhiêu?")).toEqual([1117, 176]);
  });

  it("reads 'by how many … fall' as asking the change, in one clause or two ('By how many people, and by what percentage, did … fall?')", () => {
    expect(values("By how many people did the workforce present in public service units fall versus 2023?")).toEqual([988]);
    expect(values("By how many people, and by what percentage, did the workforce present in public service units fall versus 2023?")).toEqual([988, 4.29]);
    // A clause naming its own measure asks it: the number in post, then the fall.
    expect(values("Hiện có bao nhiêu người làm việc trong đơn vị sự nghiệp, giảm bao nhiêu so với 2023?")).toEqual([22056, 988]);
    // A clause naming its measure and asking the change in its own words asks the change.
    expect(values("Xin báo cáo: biên chế công chức hiện có giảm bao nhiêu so với năm 2023 và tỷ lệ giảm tương ứng là bao nhiêu phần trăm?")).toEqual([48, 2.47]);
  });

  it("reads a number of places in the question ('ở 4 địa phương') as where, not a figure to break down", () => {
    expect(values("Ngoài việc kiểm tra văn bản, các đoàn kiểm tra ở 4 địa phương đã ra bao nhiêu kết luận?")).toEqual([4]);
    // A number of what the figure counts still asks a breakdown the report does not give.
    expect(ask("Trong 1.117 TTHC được công bố, có bao nhiêu TTHC cấp xã?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    // (Several figures asked among it too: the figure quoted is never one of them.)
    expect(ask("Đề nghị cho biết trong số 1.117 TTHC được công bố năm 2024, có bao nhiêu thủ tục mới ban hành và bao nhiêu thủ tục sửa đổi, bổ sung?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    // (Its parts the report states give the ones asked in its place.)
    expect(values("Trong số 125 văn bản QPPL cấp tỉnh, HĐND ban hành bao nhiêu và UBND ban hành bao nhiêu?")).toEqual([31, 94]);
    expect(values("Among the 125 legal documents, how many were issued by the Provincial People's Council and how many by the Provincial People's Committee?")).toEqual([31, 94]);
    // (Of a fraction quoted, the part asked beside another question is given: "How many of the 34 tasks … were completed, and …".)
    expect(values("How many of the 34 tasks in the 2024 reform plan were completed, and how many tasks assigned by the Government and Prime Minister were carried out?")).toEqual([31, 172]);
  });

  it("reads who asks as no agency asked about, 'các huyện và thành phố Huế' as the districts together, and 'nằm ngoài' as left out (not 'năm ngoái')", () => {
    expect(values("Kính gửi anh chị, Sở Tài chính cần số liệu nhanh: thu ngân sách trên địa bàn đến 06/12/2024 bằng bao nhiêu phần trăm dự toán?")).toEqual([94.5]);
    expect(ask("Sở Nội vụ tuyển bao nhiêu công chức?").answered).toBe(false);
    expect(values("Chào anh chị, các Đoàn kiểm tra của tỉnh năm 2024 đã kiểm tra bao nhiêu văn bản QPPL của các huyện và thành phố Huế?")[0]).toBe(106);
    expect(formula("Trong số dự thảo Sở Tư pháp góp ý, bao nhiêu dự thảo nằm ngoài nhóm 203 dự thảo QPPL bảo đảm thời gian và chất lượng?")).toBe("332 − 203 = 129");
  });

  it("declines one of the things a figure counts together asked alone ('riêng một cửa liên thông' of the 2.071 one-stop and inter-agency procedures)", () => {
    for (const q of ["rieng co che 1 cua lien thong co bn tthc", "Riêng số TTHC thực hiện theo cơ chế một cửa liên thông (không tính một cửa) là bao nhiêu?", "Trong số TTHC thực hiện một cửa, riêng cơ chế một cửa liên thông có bao nhiêu thủ tục?", "How many procedures run under the inter-agency one-stop mechanism alone?"]) {
      expect(ask(q), q).toMatchObject({ answered: false, reason: "no-breakdown" });
    }
    // Both together, or another thing left out, is the figure.
    expect(values("Có bao nhiêu TTHC thực hiện theo cơ chế một cửa, một cửa liên thông?")).toEqual([2071]);
    expect(values("chi tinh tthc lam qua co che mot cua thoi, ko tinh quy trinh noi bo, thi co bn tthc")).toEqual([2071]);
  });

  it("reads a request opening a list ('Cho hỏi số …, số …') and 'the corresponding rate' as quantities asked, one clause each", () => {
    expect(values("Cho hỏi số người làm việc có mặt trong các đơn vị sự nghiệp công lập hiện nay, số giảm so với 2023 và tỷ lệ giảm là bao nhiêu?")).toEqual([22056, 988, 4.29]);
    expect(values("Dear colleagues, ahead of our workshop on civil service streamlining, could you tell me the current number of civil servant positions in Thua Thien Hue, the reduction compared with 2023, and the corresponding reduction rate?")).toEqual([1895, 48, 2.47]);
  });

  it("reads a request naming a thing counted, then its rates ('its percentage of …'), as a list of quantities, the thing first", () => {
    expect(values("Please give the state budget revenue collected as of 6 December 2024, its percentage of the estimate, and its percentage versus the same period last year.")).toEqual([11145304, 94.5, 120.9]);
    expect(values("Cho biết thu ngân sách đến 6/12/2024, tỷ lệ so với dự toán và tỷ lệ so với cùng kỳ.")).toEqual([11145304, 94.5, 120.9]);
    // (Without a request the first piece sets the scene of the one rate asked.)
    expect(values("Thu ngân sách đến 6/12/2024, tỷ lệ so với dự toán là bao nhiêu?")).toEqual([94.5]);
  });

  it("reads an official's request naming one measure 'and the' next as a list ('Kindly provide …', 'Please state …'), and courtesy words as no content", () => {
    expect(values("Kindly provide the state budget revenue collected in the province as of 6 December 2024 and the balanced budget expenditure for the first eleven months.")).toEqual([11145304, 11387742]);
    expect(values("Please state the annual compliance cost saving from the proposed simplification of administrative procedures and the corresponding cost reduction rate.")).toEqual([11322000, 42]);
    expect(values("Could you kindly indicate the completion rate of the tasks set out in the province's 2024 administrative reform plan?")[0]).toBeCloseTo(91.18, 2);
    // (Not after a comma, nor "and for …", which carries the kind asked of the first item.)
    expect(values("Đề nghị cho biết trong số các dự thảo mà Sở Tư pháp tham gia góp ý, có bao nhiêu dự thảo là văn bản QPPL?")).toEqual([203]);
    expect(values("What were the year-on-year reduction rates for civil-servant positions and for staff in public service units?")).toEqual([2.47, 4.29]);
    // (Nor a part pointing back, nor one continuing an agent or a place: no other figure added.)
    expect(values("Please provide the number of internal workflows approved and the procedures they cover.")).toEqual([759]);
    // ("… and its 11-month balanced budget expenditure": "month" is a word of what is asked, and two figures are.)
    expect(values("What were the province's state budget revenue and its 11-month balanced budget expenditure?")).toEqual([11145304, 11387742]);
    // "both the number of A and the number of B", "A, together with its ratio to …", "the percentage decrease".
    expect(values("As part of our review of local regulatory simplification, could you provide both the number of administrative procedures for which simplification options were proposed and the number of sectors those procedures fall under?")).toEqual([62, 11]);
    expect(values("Could you state the total state budget revenue collected in the province as of 6 December 2024, together with its ratio to the annual estimate?")).toEqual([11145304, 94.5]);
    expect(values("For our dataset on the public-sector workforce, we need three figures for public service units: the number of people currently working in them, the decrease compared with 2023, and the percentage decrease.")).toEqual([22056, 988, 4.29]);
    // ("together with the communes" still adds them; "outstanding results" leave nothing remaining.)
    expect(values("How many legal documents did district-level councils and committees issue together with the communes?")[0]).toBe(92);
    expect(values("Among the outstanding results, how many tasks of the 2024 reform plan were completed?")).toEqual([31]);
    // "amount to", "over the 11 months" say nothing of what is measured.
    expect(values("Leaving revenue aside, how much did balanced budget spending amount to over the 11 months?")).toEqual([11387742]);
    expect(values("Kindly provide the number of legal documents checked by the Department of Justice and the inspection teams.")).not.toContain(4);
    expect(values("Kindly provide the number of administrative procedures received at the one-stop shops and the inter-agency one-stop shops.")).toEqual([2071]);
    // A system's "Return the number of …" is a request; "returned" of the procedures is still theirs.
    expect(values("Return the number of participant entries in the 2024 online administrative reform knowledge contest.")).toEqual([107737]);
    expect(values("What share of eligible procedures is received and returned at one level?")).toEqual([100]);
  });

  it("reads 'how much higher … than in the same period of the previous year' as the rise, not the reference", () => {
    expect(values("In absolute terms, how much higher was 2024 budget revenue than in the same period of the previous year?")[0]).toBe(1926690);
    // The reference itself, asked, is still given.
    expect(values("Cùng kỳ năm trước, thu ngân sách ước khoảng bao nhiêu?")[0]).toBe(9218614);
  });

  it("declines an action the question denies ('không bị bãi bỏ', 'were not appraised'): the report gives those it was done to", () => {
    for (const q of ["How many procedures were not abolished?", "How many drafts weren't appraised?", "bao nhiêu TTHC không bị bãi bỏ?", "bao nhiêu dự thảo chưa được thẩm định?", "Có bao nhiêu TTHC không được công bố?"]) {
      expect(ask(q).answered, q).toBe(false);
    }
    // What remains of a plan is computed; a thing left out is no denial; nor is a yes/no question
    // before the clause that asks.
    expect(formula("How many tasks were not completed?")).toBe("34 − 31 = 3");
    expect(values("Biên chế có giảm không, giảm bao nhiêu?")).toEqual([48, 988]);
    expect(values("Did the province abolish procedures or not? Abolished how many?")).toEqual([176]);
    expect(values("Not revenue but spending: how much was balanced-budget expenditure over the first 11 months?")).toEqual([11387742]);
  });

  it("reads the cost before the cut when 'before the cut' trails the clause that asks", () => {
    expect(formula("roughly what was the annual compliance cost of the procedures, before the cut?")).toBe("11,322,000 / 42% ≈ 26,957,143");
  });

  it("works a plan's amount out of a rounded rate only when asked worked out, about how much, or from the rate the message gives (never an approximation as the report's figure)", () => {
    for (const q of ["Dự toán thu ngân sách nhà nước năm 2024 của tỉnh là bao nhiêu tỷ đồng?", "What was the 2024 state budget revenue estimate in absolute terms?", "What is the province's 2024 state budget revenue estimate, in million dong?", "thu ngân sách cùng kỳ năm 2023 là bao nhiêu?", "what was the annual compliance cost of the procedures, before the cut?", "Dự toán thu ngân sách đưa vào kế hoạch năm 2024 là bao nhiêu?"]) {
      expect(ask(q).answered, q).toBe(false);
    }
    for (const q of ["Vậy dự toán thu ngân sách nhà nước năm 2024 của tỉnh là khoảng bao nhiêu?", "Dự toán thu ngân sách nhà nước năm 2024 của tỉnh là bao nhiêu, nếu suy ra từ số đã thu và tỷ lệ đạt so với dự toán?", "Back-calculate the 2024 state budget revenue estimate.", "thu ns dat 94,5% du toan thi du toan thu ns cua tinh la bn tien"]) {
      expect(values(q)[0], q).toBe(11793972);
    }
    // (Nor, after the shares, the reference's amount asked plainly: no other figure in its place.)
    const [, , plain] = chat("thu ngan sach so voi cung ky nam truoc dat bn %", "vay tang bn %", "cung ky nam truoc thu dc bn tien");
    expect(plain!.answered).toBe(false);
    const [, about] = chat("Thu ngân sách đạt bao nhiêu?", "vậy cùng kỳ năm trước thu khoảng bao nhiêu?");
    expect(about!.facts[0]!.value).toBe(9218614);
  });

  it("reads an unmarked 'phuong' in 'dia phuong', 'phuong an' as that word, not a ward (the commune level)", () => {
    expect(values("so tu phap gop y bao nhieu du thao vb do tw va dia phuong gui xin y kien")[0]).toBe(332);
    expect(values("co bn phuong an don gian hoa tthc")).toEqual([62]);
    // "phuong" alone is still a ward, and so it is before a name ("Phuong An Dong").
    expect(values("cap phuong ban hanh bn vb qppl")).toEqual([69]);
    expect(ask("Phuong An Dong co bao nhieu TTHC mot cua?").answered).toBe(false);
    // One ward by its name, unmarked and opening the message, has no figure of its own.
    for (const q of ["Phuong An Dong ban hanh bao nhieu van ban QPPL?", "Xa Huong Phong ban hanh bao nhieu van ban QPPL?"]) expect(ask(q).answered, q).toBe(false);
  });

  it("reads 'districts, the town and Huế city' as the district level as a whole, not Huế alone", () => {
    expect(values("How many legal normative documents were issued by the councils and committees of districts, the town and Huế city?")).toEqual([23]);
    // (Huế alone is no figure of the report.)
    expect(ask("How many legal documents did Huế city issue?").answered).toBe(false);
  });

  it("declines a target asked ('chỉ tiêu tuyển dụng', 'the recruitment quota') of what was achieved, and gives what was allocated", () => {
    for (const q of ["Chỉ tiêu tuyển dụng công chức năm 2024 là bao nhiêu người?", "nam 2024 tinh tuyen dung cong chuc chi tieu bn nguoi", "chi tieu tuyen dung cong chuc la bn", "What was the recruitment target for civil servants in 2024?"]) expect(ask(q).answered).toBe(false);
    // A staffing quota is what was allocated, and the figures the report relates to it (in post, the cut).
    expect(values("Năm 2024 tỉnh giao bao nhiêu chỉ tiêu biên chế?")).toEqual([1951, 22531]);
    expect(values("How many civil servant quotas are currently in place?")).toEqual([1895]);
    expect(values("By how many positions was the civil servant quota cut compared with 2023?")).toEqual([48]);
    expect(values("Tỉnh hoàn thành bao nhiêu chỉ tiêu nhiệm vụ CCHC?")).toEqual([31]);
    // ("targeted", the verb, names no target.)
    expect(values("How many procedures were targeted for simplification?")).toEqual([62]);
    // Unmarked "chi tieu" is as often spending: "quy chế chi tiêu nội bộ".
    expect(values("ty le co quan dv co quy che chi tieu noi bo la bn")).toEqual([100]);
  });

  it("reads people paid by the state 'in public service units' as the units' staff, not the public sector as a whole", () => {
    expect(values("Tỉnh có bao nhiêu người ăn lương nhà nước trong các đơn vị sự nghiệp công lập?")).toEqual([22056, 22531]);
    expect(values("Tỉnh có bao nhiêu người ăn lương nhà nước?")).toEqual([1895, 22056]);
  });

  it("declines 'how many of the N …' answered by a figure that is no part of the N ('How many of the 62 procedures … belong to the land sector?' is not the 11 fields)", () => {
    expect(ask("How many of the 62 procedures proposed for simplification belong to the land sector?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    // (What the 62 cover, asked as such, is the 11 fields.)
    expect(values("How many fields do the 62 procedures cover?")).toEqual([11]);
    // Named in English after "the", without a number: a field no figure is of.
    expect(ask("How many of the procedures proposed for simplification belong to the land sector?").answered).toBe(false);
    expect(values("In how many fields were procedures proposed for simplification?")).toEqual([11]);
    // Opened with "Of the 62 …": the same question.
    expect(ask("Of the 62 procedures proposed for simplification, how many are in the land sector?")).toMatchObject({ answered: false, reason: "no-breakdown" });
  });

  it("answers 'how many of the N …' with the part the report states of the N ('Of the 34 tasks, how many were completed?' is the 31/34)", () => {
    expect(values("Of the 34 tasks in the plan, how many were completed?")).toEqual([31]);
    expect(values("How many of the 34 tasks in the 2024 reform plan were completed?")).toEqual([31]);
    // (A part the report does not state is still no figure.)
    expect(ask("Of the 34 tasks in the plan, how many were assigned by the Prime Minister?").answered).toBe(false);
  });

  it("declines one place of a joint figure however the rest is left out ('Riêng thành phố Huế, tách khỏi các huyện, thị xã, …')", () => {
    for (const q of ["Riêng thành phố Huế, tách khỏi các huyện, thị xã, ban hành bao nhiêu văn bản QPPL?", "Riêng thành phố Huế, không tính các huyện, thị xã, ban hành bao nhiêu văn bản QPPL?"]) {
      expect(ask(q).answered, q).toBe(false);
    }
  });

  it("answers a figure equal to a number the message gives of another measure ('04 đoàn kiểm tra ban hành mấy kết luận?')", () => {
    expect(values("04 đoàn kiểm tra ban hành mấy kết luận?")).toEqual([4]);
    // (A number of the figure's own measure asks a part of it.)
    expect(ask("Trong 1.117 TTHC được công bố, có bao nhiêu TTHC cấp xã?").answered).toBe(false);
  });

  it("gives a figure of two levels when the question names the lower one joined to the other part in other words ('cho các cơ quan hành chính và UBND huyện')", () => {
    expect(values("năm 2024 tỉnh giao bao nhiêu biên chế công chức cho các cơ quan hành chính và UBND huyện")).toEqual([1951]);
    expect(values("nam 2024 tinh giao bn bien che cong chuc cho cac co quan hanh chinh vs ubnd huyen")).toEqual([1951]);
    // (The lower level alone is still a part the report does not give, and so is it joined to
    // something the figure is not of: "các hội".)
    expect(ask("năm 2024 tỉnh giao bao nhiêu biên chế công chức cho UBND huyện").answered).toBe(false);
    expect(ask("Tỉnh giao bao nhiêu biên chế công chức cho các hội và UBND huyện?").answered).toBe(false);
  });

  it("reads 'quân số công chức' as the civil-servant positions (both readings: allocated and in post)", () => {
    expect(values("quan so cong chuc cua tinh nam 2024 la bn nguoi")).toEqual([1951, 1895]);
  });

  it("reads 'provincial-level' as the level, its 'level' no word of the figures of the levels below", () => {
    expect(values("How many provincial-level legal documents were issued?")).toEqual([125]);
    expect(values("Apart from the 94 decisions of the provincial People's Committee, how many provincial-level legal normative documents were issued?")).toEqual([31]);
  });

  it("gives no figure of things another body issued or assigned than the one named as their agent ('nghị quyết do HĐND tỉnh ban hành' is none of the committee's 89)", () => {
    expect(ask("Sở Tư pháp đã tự kiểm tra bao nhiêu nghị quyết do HĐND tỉnh ban hành?").answered).toBe(false);
    expect(ask("How many resolutions issued by the Provincial People's Council did the Department of Justice self-check?").answered).toBe(false);
    // Before the count, the agent says who acts, not which things are counted.
    expect(values("Sở Tư pháp được UBND tỉnh giao thẩm định bao nhiêu dự thảo văn bản QPPL?")).toEqual([173]);
    expect(values("UBND tỉnh được Chính phủ giao công bố bao nhiêu TTHC?")).toEqual([1117]);
    // The agent the figure is of, or its description names, still fits.
    expect(values("Đề nghị cho biết số đơn vị sự nghiệp thuộc các cơ quan chuyên môn đã được UBND tỉnh phê duyệt đề án vị trí việc làm.")).toEqual([117]);
    expect(values("Sở Tư pháp kiểm tra bao nhiêu văn bản QPPL do HĐND, UBND cấp huyện ban hành?")).toContain(23);
  });

  it("gives no figure of another level for one question over two verbs ('tiếp nhận và thẩm định bao nhiêu dự thảo do cấp huyện gửi đến?')", () => {
    expect(ask("Sở Tư pháp đã tiếp nhận và thẩm định bao nhiêu dự thảo văn bản QPPL do cấp huyện gửi đến?").answered).toBe(false);
    // Items of a list each name their own level.
    expect(values("Đề nghị cho biết số lượng Sở ban ngành, Chi cục và tương đương, đơn vị UBND cấp huyện đã được phê duyệt đề án vị trí việc làm.")).toEqual([22, 15, 9]);
  });

  it("declines a percentage when an amount of money is asked ('… còn bao nhiêu đồng/năm?' of the 42% cut)", () => {
    expect(ask("sau cắt giảm chi phí tuân thủ TTHC còn khoảng bao nhiêu đồng/năm?").answered).toBe(false);
    expect(ask("Tiết kiệm chi phí tuân thủ TTHC được bao nhiêu đồng mỗi năm?").facts[0]!.value).toBe(11322000);
  });

  it("declines a figure whose sentence states what the question negates ('không đảm bảo thời gian' of the 203 drafts that did)", () => {
    expect(ask("Sở Tư pháp đã góp ý bao nhiêu dự thảo văn bản QPPL không đảm bảo thời gian và chất lượng góp ý?").answered).toBe(false);
    expect(ask("so tu phap gop y bn du thao qppl ko dam bao thoi gian").answered).toBe(false);
    expect(ask("Sở Tư pháp góp ý bao nhiêu dự thảo văn bản QPPL chưa đảm bảo thời gian và chất lượng góp ý?").answered).toBe(false);
    // "chưa hoàn thành" asks what remains.
    expect(formula("Kế hoạch CCHC năm 2024 còn bao nhiêu nhiệm vụ chưa hoàn thành?")).toBe("34 − 31 = 3");
    expect(ask("Sở Tư pháp góp ý bao nhiêu dự thảo QPPL đảm bảo thời gian?").facts[0]!.value).toBe(203);
    // A yes/no question ("có … không so với …?") negates nothing.
    expect(values("Thu ngân sách có tăng không so với cùng kỳ?")).toEqual([120.9]);
    expect(values("Biên chế công chức có giảm không so với năm 2023?")).toEqual([48]);
    // "không tính …" leaves out; it negates nothing.
    expect(ask("HĐND, UBND tỉnh ban hành bao nhiêu văn bản QPPL, không tính nghị quyết của HĐND?").facts[0]!.value).toBe(94);
  });

  it("declines a figure of other actions only whose sentence does not say the action asked ('người dự tuyển' is not the contest's entrants)", () => {
    expect(ask("Có bao nhiêu người dự tuyển?").answered).toBe(false);
    // A verb said of almost anything still finds its figure.
    expect(ask("Có bao nhiêu TTHC thực hiện theo cơ chế một cửa, một cửa liên thông?").facts[0]!.value).toBe(2071);
    expect(ask("Năm 2024 có bao nhiêu công chức trúng tuyển?").facts[0]!.value).toBe(16);
  });

  it("gives the result its statement's next sentence states when the statement explains the rest, of what the question counts only", () => {
    // (The July recruitment is described with no figure; the sentence after it gives the 16 recruited.)
    expect(values("Đợt tuyển dụng công chức tỉnh tổ chức vào tháng 7/2024 có bao nhiêu người trúng tuyển?")).toEqual([16]);
    // (However far behind the statement it ranks: "Đợt thi tuyển … của tỉnh tổ chức … có kết quả …" shares more of its words.)
    expect(values("Đợt thi tuyển công chức của tỉnh tổ chức vào tháng 7/2024 có kết quả bao nhiêu người trúng tuyển?")).toEqual([16]);
    // (Not the plan's quota, nor the candidates: the report gives neither.)
    expect(ask("Chỉ tiêu tuyển dụng công chức năm 2024 theo kế hoạch là bao nhiêu người?").answered).toBe(false);
    expect(ask("ke hoach tuyen dung cong chuc 2024 chi tieu la bn nguoi").answered).toBe(false);
    expect(ask("How many candidates sat the civil-servant recruitment exam held in July 2024?").answered).toBe(false);
    // (The candidates who passed are those recruited; the candidates alone, none.)
    expect(values("Kỳ tuyển dụng công chức tổ chức vào tháng 7/2024 có bao nhiêu thí sinh trúng tuyển?")).toEqual([16]);
    expect(ask("Kỳ tuyển dụng công chức tổ chức vào tháng 7/2024 có bao nhiêu thí sinh?").answered).toBe(false);
  });

  it("declines a district's figure when the report gives one over several districts", () => {
    const a = ask("Huyện A Lưới ban hành bao nhiêu văn bản QPPL trong năm 2024?");
    expect(a).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(values("Đoàn kiểm tra đã kiểm tra bao nhiêu văn bản QPPL của các huyện Nam Đông, A Lưới, Phong Điền và thành phố Huế?")).toEqual([106]);
    // 106 is over four places: three of them is not what it counts.
    expect(ask("Các huyện Nam Đông, A Lưới, Phong Điền được kiểm tra bao nhiêu văn bản QPPL?").answered).toBe(false);
  });

  it("declines a department the report does not speak of, and a place named among all the districts only when asked alone", () => {
    expect(ask("Sở Nội vụ đã tham gia góp ý bao nhiêu dự thảo văn bản?")).toMatchObject({ answered: false, reason: "out-of-scope" });
    // "tách riêng với …" leaves out: the districts' councils and committees are one figure, 23.
    for (const q of ["hdnd cac huyen ban hanh bn nghi quyet qppl, tach rieng voi ubnd huyen", "HĐND các huyện ban hành bao nhiêu nghị quyết QPPL, tách riêng với UBND huyện?"]) {
      expect(ask(q), q).toMatchObject({ answered: false, reason: "no-breakdown" });
    }
    // Typed in lower case or without marks too; "số" before such a name is no department.
    for (const q of ["So Noi vu da tham gia gop y bao nhieu du thao van ban?", "so tai chinh gop y bn du thao", "sở nội vụ góp ý bao nhiêu dự thảo?"]) expect(ask(q).answered, q).toBe(false);
    expect(ask("So Tu phap gop y bao nhieu du thao?").facts[0]!.value).toBe(332);
    // (Names that also follow "số" count only in full: "so ke hoach cchc" is "số kế hoạch".)
    expect(values("so ke hoach cchc hoan thanh bn nhiem vu")).toEqual([31]);
    expect(ask("so ke hoach va dau tu gop y bn du thao").answered).toBe(false);
    // A ministry is the Government's, not the province's department of that name.
    for (const q of ["Bộ Tư pháp đã tham gia góp ý bao nhiêu dự thảo văn bản của tỉnh?", "bo tu phap gop y bao nhieu du thao", "How many drafts did the Ministry of Justice comment on?"]) {
      expect(ask(q).answered, q).toBe(false);
    }
    // (Unmarked "bai bo" is "bãi bỏ"; "Bộ TTHC", "các Bộ ngành" name no ministry.)
    expect(values("ubnd tinh bai bo bao nhieu tthc")).toEqual([176]);
    expect(values("Bộ TTHC được công bố gồm bao nhiêu thủ tục?")).toEqual([1117]);
    expect(values("Kiến nghị các Bộ Ngành Trung ương sửa đổi bao nhiêu văn bản QPPL?")).toEqual([14]);
    expect(ask("the ministry of justice commented on how many drafts").answered).toBe(false);
  });

  it("reads a level typed without marks after 'các', 'những' or a body ('ubnd huyen', 'cac xa') as that level, not 'các phương án'", () => {
    for (const q of ["ubnd huyen cong bo bn tthc", "cac xa cong bo bao nhieu tthc", "UBND cac huyen cong bo bao nhieu TTHC nam 2024 a?"]) expect(ask(q).answered, q).toBe(false);
    // (The wards alone: a part of the communes' 69, declined with it first among the suggestions.)
    expect(ask("cac phuong ban hanh bn vb qppl")).toMatchObject({ answered: false, reason: "no-breakdown", suggestionIds: ["vbqppl-cap-xa-ban-hanh", expect.any(String), expect.any(String)] });
    expect(values("cac phuong dien nao co so lieu ve tthc cong bo bn")).toEqual([1117]);
    expect(ask("cac xa dien ra bao nhieu cuoc kiem tra?").answered).toBe(false);
    // In English, any level named is said: the province's 31 resolutions are not the districts'.
    expect(ask("How many resolutions did district councils issue?").answered).toBe(false);
    expect(values("How many legal documents did communes issue?")).toEqual([69]);
    expect(values("Nho cac phuong an don gian hoa, moi nam nguoi dan va doanh nghiep tiet kiem duoc bao nhieu tien chi phi tuan thu TTHC?")).toEqual([11322000]);
    expect(ask("How many drafts did the Department of Home Affairs comment on?").answered).toBe(false);
    expect(ask("How many drafts did the Department of Justice comment on?").facts[0]!.value).toBe(332);
    expect(ask("How many drafts did the Provincial Department of Justice comment on?").facts[0]!.value).toBe(332);
    expect(ask("Which Department appraised the 173 drafts?").facts[0]!.value).toBe(173);
    // "… cho các cơ quan hành chính cấp tỉnh và UBND các huyện, thị xã, thành phố Huế": not Huế's own figure.
    expect(ask("Biên chế công chức được giao cho thành phố Huế năm 2024 là bao nhiêu?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(ask("HĐND, UBND các huyện, thị xã và thành phố Huế ban hành bao nhiêu văn bản QPPL?").facts[0]!.value).toBe(23);
    // One district named with its level is that district alone.
    expect(ask("UBND cấp huyện A Lưới ban hành bao nhiêu văn bản QPPL?")).toMatchObject({ answered: false, reason: "no-breakdown" });
  });

  it("gives no stated change to a question that speaks of none, and no figure of another measure than the one counted", () => {
    expect(values("How many people work in the province's public sector?")).not.toContain(988);
    expect(ask("Năm 2024 tỉnh tuyển dụng được bao nhiêu viên chức vào các đơn vị sự nghiệp?").answered).toBe(false);
    // Case files of procedures are files: the report counts procedures, not files received.
    expect(ask("How many administrative procedure case files were received at the one-stop desks in 2024?").answered).toBe(false);
    expect(ask("Bộ phận một cửa đã tiếp nhận bao nhiêu hồ sơ TTHC?").answered).toBe(false);
    expect(ask("Số người làm việc trong đơn vị sự nghiệp công lập giảm bao nhiêu người?").facts[0]!.value).toBe(988);
  });

  it("declines a lower level or a measure counted that the best figure does not have", () => {
    expect(ask("How many commune-level officials received official email accounts?").answered).toBe(false);
    // "civil servants and public employees" is how English names the "cán bộ công chức, viên chức" counted.
    expect(values("How many civil servants and public employees have been issued official email accounts?")).toEqual([14970]);
    expect(ask("bao nhiêu viên chức được cấp thư điện tử").answered).toBe(false);
    // Typed without marks, names of one level in a row are that level ("xa phuong thi tran"): the
    // civil-servant posts given to provincial agencies and districts are none of the communes'.
    expect(ask("tinh giao bn bien che cong chuc cho ubnd cac xa phuong thi tran nam 2024").answered).toBe(false);
    // "phuong an" typed without marks is "phương án", not "phường".
    expect(ask("co bao nhieu tthc duoc kien nghi phuong an don gian hoa?").facts[0]!.id).toBe("tthc-kien-nghi-don-gian-hoa");
    expect(ask("How many civil servants does the province currently have?").facts[0]!.id).toBe("bien-che-hien-co");
    expect(ask("How many civil-servant positions does the province have right now?").facts[0]!.id).toBe("bien-che-hien-co");
  });
});

describe("years and parts the report does not give", () => {
  it("reads a year named as the baseline and again as the year asked as asked ('so với năm 2023 bãi bỏ nhiều hơn không, năm 2023 bao nhiêu' has no 2023 figure), and works out its value when the change is stated", () => {
    for (const q of ["so voi nam 2023 bai bo nhieu hon k, nam 2023 bao nhieu", "So với năm 2023 bãi bỏ nhiều hơn không, năm 2023 bãi bỏ bao nhiêu?"]) expect(ask(q).answered, q).toBe(false);
    expect(values("Số người làm việc có mặt trong đơn vị sự nghiệp công lập là bao nhiêu, giảm bao nhiêu người so với năm 2023, và như vậy năm 2023 có bao nhiêu người?")).toEqual([22056, 988, 23044]);
    // (A clause naming its own subject in that year: worked out too, never the figure now: late review.)
    expect(values("so voi nam 2023 giam bao nhieu bien che, nam 2023 co bao nhieu bien che?")).toEqual([48, 1943]);
    expect(values("Số người làm việc giảm bao nhiêu so với năm 2023, và năm 2023 có bao nhiêu người làm việc?")).toEqual([988, 23044]);
  });

  it("gives no count of what was newly given in the year of a figure of all there are by the report's date (the 14.970 email accounts)", () => {
    for (const q of ["trong nam 2024 cap moi bn tai khoan thu dien tu cong vu", "How many officials were newly given official email accounts during 2024 alone?", "How many official email accounts were newly issued to staff during 2024?"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.reason, q).toBe("other-period");
    }
    const all = ask("Bao nhiêu cán bộ được cấp thư điện tử?");
    expect(all.facts.map((f) => f.value)).toEqual([14970]);
    expect(all.text).toContain("tính đến thời điểm báo cáo (20/12/2024)");
    expect(ask("trong nam 2024 cap moi bn tai khoan thu dien tu cong vu").text).toContain("chỉ tính đến thời điểm báo cáo");
  });

  it("reads a number written with a thousands separator as a number, never a year ('Trong số 2.071 TTHC …')", () => {
    for (const q of ["Trong số 2.071 TTHC thực hiện một cửa, bao nhiêu TTHC cấp huyện?", "So với 2.071 TTHC một cửa thì số TTHC công bố là bao nhiêu?"]) {
      expect(ask(q).text, q).not.toMatch(/2071|năm 2\.071/);
    }
    // (Nor a number of the last century with no word naming a year: "giao 1951 … hiện có 1895".)
    expect(values("bien che cong chuc giao 1951 ma hien co 1895, vay con bn bien che chua su dung")[0]).toBe(56);
    expect(ask("Năm 1995 tỉnh có bao nhiêu biên chế?")).toMatchObject({ answered: false, reason: "other-year" });
    for (const q of ["Biên chế công chức 1999 là bao nhiêu?", "So với 1999, biên chế công chức giảm bao nhiêu?", "What was the civil servant headcount for 1998?"]) expect(ask(q), q).toMatchObject({ answered: false, reason: "other-year" });
    // (A year written as one still is: "so với 2023".)
    expect(ask("So với 2022, tỉnh giảm bao nhiêu biên chế công chức?")).toMatchObject({ answered: false, reason: "other-year" });
  });

  it("declines a part of the year (a quarter, some months, one month) asked of a figure for the whole year, unless its sentence names that part", () => {
    for (const q of ["Trong quý III/2024, UBND tỉnh đã công bố bao nhiêu TTHC?", "6 tháng đầu năm 2024 tỉnh công bố bao nhiêu TTHC?"]) expect(ask(q)).toMatchObject({ answered: false, reason: "other-period" });
    // The recruitment was held in July; a date is no part of the year; figures as of the report's day are December's.
    for (const q of ["Trong tháng 7 năm 2024 tuyển được bao nhiêu công chức?", "In July 2024, how many civil servants were recruited?"]) expect(values(q), q).toEqual([16]);
    expect(values("Tính đến ngày 20 tháng 12 năm 2024, tỉnh có bao nhiêu biên chế công chức?")[0]).toBe(1895);
    expect(values("Vào tháng 12/2024, tỉnh có bao nhiêu biên chế công chức?")[0]).toBe(1895);
    expect(ask("In the first half of 2024, how many procedures were published?").answered).toBe(false);
    // A quarter in English, a month the question opens with or typed without marks.
    for (const q of ["In the third quarter of 2024, how many internal procedures were approved for electronic configuration?", "How many procedures were announced in Q3 2024?", "thang 11 tinh cong bo bn tthc", "In November how many procedures were announced?"]) {
      expect(ask(q), q).toMatchObject({ answered: false, reason: "other-period" });
    }
  });

  it("reads a cut-off month of a figure as of the report's day or of the whole year, and 'Q1:' numbering no quarter, the report's own month no period", () => {
    for (const q of ["How many tasks were completed by the end of November?", "Đến cuối tháng 11, tỉnh hoàn thành bao nhiêu nhiệm vụ CCHC?", "By the beginning of December, how many tasks had been completed?", "Đến cuối tháng 6, tỉnh đã công bố bao nhiêu TTHC?"]) {
      expect(ask(q), q).toMatchObject({ answered: false, reason: "other-period" });
    }
    expect(values("Đến tháng 12, tỉnh công bố bao nhiêu TTHC?")).toEqual([1117]);
    expect(values("Q1: How many administrative procedures were published?")).toEqual([1117]);
    expect(values("q2 bao nhiêu TTHC bị bãi bỏ")).toEqual([176]);
    expect(values("Báo cáo ban hành vào tháng 12 cho biết tỉnh đã công bố bao nhiêu TTHC?")).toEqual([1117]);
    // ("Theo báo cáo" beside a month asked leaves it asked.)
    for (const q of ["Theo báo cáo, trong tháng 11 tỉnh bãi bỏ bao nhiêu TTHC?", "According to the report, in November how many procedures were abolished?"]) {
      expect(ask(q), q).toMatchObject({ answered: false, reason: "other-period" });
    }
    // A cut-off day and month in words: the figure's own date, or another.
    expect(values("Đến ngày 6 tháng 12, thu ngân sách bao nhiêu?")).toEqual([11145304]);
    expect(ask("Đến ngày 30 tháng 11, thu ngân sách bao nhiêu?")).toMatchObject({ answered: false, reason: "other-period" });
    // "tôi mấy" is no "tới May".
    expect(values("Nhờ anh/chị cho tôi mấy số liệu: 1) số Đoàn kiểm tra văn bản QPPL đã tổ chức; 2) số văn bản QPPL các đoàn đã kiểm tra.")).toEqual([4, 106]);
  });

  it("reads a cut-off month ('đến đầu tháng 12', 'by early December') against a figure's own date or months", () => {
    for (const q of ["thu ngan sach tinh den dau thang 12 dc bn?", "How much revenue had been collected by early December?"]) expect(values(q)[0], q).toBe(11145304);
    for (const q of ["thu ngân sách tỉnh đến cuối tháng 11 được bao nhiêu?", "How much revenue had been collected by the end of December?", "What was the province's state budget revenue in the first quarter of 2024?"]) {
      expect(ask(q), q).toMatchObject({ answered: false, reason: "other-period" });
    }
    // Eleven months run to the end of November: up to it, or up to the start of December.
    expect(values("chi cân đối ngân sách đến hết tháng 11 là bao nhiêu?")[0]).toBe(11387742);
    expect(ask("chi cân đối ngân sách đến đầu tháng 11 là bao nhiêu?")).toMatchObject({ answered: false, reason: "other-period" });
  });

  it("computes last year's value only of a figure the question names well ('chỉ số PAPI năm 2023' is no staff figure)", () => {
    expect(ask("chi so papi cua tinh nam 2023 dc bn diem").answered).toBe(false);
    // (A longer wording of the figure whose change the report states still is it.)
    expect(values("Hồi năm 2023, tổng số cán bộ công chức đang làm việc ở các cơ quan hành chính của tỉnh là bao nhiêu?")[0]).toBe(1943);
    expect(values("Năm 2023 tỉnh có bao nhiêu biên chế công chức?")[0]).toBe(1943);
  });

  it("gives last year's value of each measure only for the province as a whole ('… ở cấp xã' is declined)", () => {
    expect(ask("Năm 2023 có bao nhiêu người làm việc và biên chế công chức ở cấp xã?").answered).toBe(false);
  });

  it("gives last year's value of each of two measures named, each from its stated change", () => {
    for (const q of ["Năm 2023 tỉnh có bao nhiêu biên chế công chức và người làm việc?", "How many civil-servant positions and public-service staff were there in 2023?"]) {
      const a = ask(q);
      expect(a.facts.slice(0, 2).map((f) => [f.value, f.derived?.formula]), q).toEqual([[1943, "1.895 + 48 = 1.943"], [23044, "22.056 + 988 = 23.044"]].map(([v, f]) => [v, q.startsWith("How") ? String(f).replace(/\./g, ",") : f]));
    }
  });

  it("declines a change asked that none of several figures is ('So với năm 2023, … tăng thêm bao nhiêu lượt?')", () => {
    expect(ask("So với năm 2023, số lượt người dự thi Hội thi trực tuyến tìm hiểu công tác CCHC tăng thêm bao nhiêu lượt?")).toMatchObject({ answered: false, reason: "no-figure" });
    expect(values("Hiện có bao nhiêu biên chế công chức, giảm bao nhiêu so với 2023?")).toEqual([1895, 48]);
  });

  it("gives last year's value only of the measure the question counts ('năm 2023 bn lượt?' is no civil servants' 2023 figure)", () => {
    expect(chat("hoi thi truc tuyen tim hieu cchc co bn luot nguoi thi", "bao nhieu co quan don vi tham gia", "nam 2023 bn luot?").at(-1)).toMatchObject({ answered: false, reason: "other-year" });
    expect(values("năm 2023 có bao nhiêu công chức?")[0]).toBe(1943);
  });

  it("adds last year's value of each measure named that adds up, each from its stated change ('Năm 2023, biên chế công chức cộng với người làm việc')", () => {
    expect(formula("Năm 2023, tổng số biên chế công chức cộng với người làm việc có mặt trong các đơn vị sự nghiệp công lập là bao nhiêu?")).toBe("(1.895 + 48) + (22.056 + 988) = 1.943 + 23.044 = 24.987");
    // Of those allocated, no change is stated: no figure.
    expect(ask("Năm 2023, tỉnh giao tổng cộng bao nhiêu biên chế công chức và người làm việc?").answered).toBe(false);
    // "công chức" by the change of the civil-servant positions it is counted in.
    expect(values("nam 2023 tong so cong chuc voi nguoi lam viec o dvsn cong lap la bn")[0]).toBe(24987);
  });

  it("reads 'năm ngoái' in a question of its own as the year before the report's, not a reference period", () => {
    expect(ask("Năm ngoái tỉnh giao bao nhiêu biên chế công chức?")).toMatchObject({ answered: false, reason: "other-year" });
    // Last year's value the report's stated change gives is computed.
    expect(formula("biên chế công chức năm trước là bao nhiêu?")).toBe("1.895 + 48 = 1.943");
    // "so với năm trước" is a baseline, "the same period of the previous year" a reference period.
    expect(values("Biên chế công chức giảm bao nhiêu so với năm trước?")).toEqual([48, 2.47]);
    expect(values("What was the state budget revenue in Thua Thien Hue as a percentage of the same period of the previous year?")).toEqual([120.9]);
  });

  it("declines a comparison with a year no figure is compared with", () => {
    expect(ask("Thu ngân sách nhà nước trên địa bàn năm 2024 đạt bao nhiêu phần trăm so với năm 2022?")).toMatchObject({ answered: false, reason: "other-year" });
  });

  it("declines the second of two things a figure's sentence gives together ('các hội có tính chất đặc thù'), not the first", () => {
    expect(ask("Số người làm việc có mặt trong các hội có tính chất đặc thù là bao nhiêu?")).toMatchObject({ answered: false, facts: [] });
    expect(values("Bao nhiêu người làm việc được giao cho các đơn vị sự nghiệp công lập?")).toEqual([22531]);
  });

  it("declines one sector no sentence of the report names ('Riêng ngành giáo dục, …'), not 'Sở, ban, ngành'", () => {
    expect(ask("Riêng ngành giáo dục, số người làm việc trong các đơn vị sự nghiệp công lập giảm bao nhiêu người so với năm 2023?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(ask("rieng nganh y te co bn nguoi lam viec").answered).toBe(false);
    expect(values("Có bao nhiêu sở, ban, ngành được phê duyệt đề án vị trí việc làm?")).toContain(22);
    // A sector in the report's own words, and a field in a lead, are no such breakdown (review).
    expect(values("Riêng ngành tư pháp đã góp ý bao nhiêu dự thảo văn bản?")).toEqual([332]);
    expect(values("Số biên chế công chức trong ngành hành chính hiện có là bao nhiêu?")).toEqual([1895]);
    expect(values("Về lĩnh vực cải cách thể chế, HĐND, UBND tỉnh ban hành bao nhiêu văn bản QPPL?")).toEqual([125]);
  });

  it("declines a breakdown by a group no sentence of the report uses (sex, age, ethnicity), also as a follow-up", () => {
    expect(ask("Biên chế công chức giảm 48 so với năm 2023, trong đó bao nhiêu nam, bao nhiêu nữ?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(ask("bao nhieu can bo nu duoc cap email")).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(ask("How many female civil servants does the province have?").answered).toBe(false);
    expect(chat("Thư điện tử đã được cấp cho bao nhiêu cán bộ, công chức, viên chức?", "trong đó bao nhiêu người dưới 30 tuổi?").at(-1)!.answered).toBe(false);
    // A source of revenue: the revenue collected is given whole.
    expect(chat("Thu ngân sách nhà nước trên địa bàn tỉnh năm 2024 được bao nhiêu?", "thu nội địa riêng bao nhiêu?").at(-1)!.answered).toBe(false);
    expect(ask("How much tax revenue did the province collect?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    // A kind of spending: the balanced spending is given whole.
    expect(ask("Chi đầu tư phát triển 11 tháng là bao nhiêu?").answered).toBe(false);
    expect(values("chi cân đối ngân sách 11 tháng là bao nhiêu")).toEqual([11387742]);
    // A field the report never names ("62 TTHC thuộc 11 lĩnh vực" names none); counting fields is asked.
    expect(ask("Có bao nhiêu TTHC trong lĩnh vực đất đai được kiến nghị phương án đơn giản hóa?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(values("tthc kien nghi don gian hoa nam trong may linh vuc ad")).toEqual([11]);
    // A group named in the asking clause's first piece; a field of any name the report does not give.
    expect(ask("Công chức nữ, có bao nhiêu người trúng tuyển?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(ask("Có bao nhiêu TTHC thuộc lĩnh vực xây dựng được kiến nghị đơn giản hóa?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    // A sector no sentence names: the units' figure is for all sectors together.
    expect(ask("Số người làm việc có mặt trong các đơn vị sự nghiệp công lập ngành y tế là bao nhiêu?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(ask("bn nguoi lam viec co mat trong dvsn nganh giao duc")).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(chat("Hiện có bao nhiêu người làm việc trong các đơn vị sự nghiệp công lập?", "riêng ngành giáo dục bao nhiêu người?").at(-1)!.answered).toBe(false);
    // A person's name is no ward ("Em Phuong Anh …").
    expect(values("Em Phuong Anh muốn biết tỉnh công bố bao nhiêu TTHC?")).toEqual([1117]);
    // One commune or ward by its name: the report gives the communes' figure together.
    expect(ask("Phường Vỹ Dạ ban hành bao nhiêu văn bản QPPL trong năm 2024?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(values("Cấp xã Thừa Thiên Huế ban hành bao nhiêu văn bản QPPL?")).toEqual([69]);
    // Words of the setting before the question are no breakdown asked.
    expect(values("Dạ thưa, bà năm nay đã lớn tuổi, cho hỏi tỉnh giao bao nhiêu biên chế công chức?")).toEqual([1951]);
    // Without marks "nam" is a year: the question is answered.
    expect(values("nam 2024 tinh giao bn bien che cong chuc")).toEqual([1951]);
  });

  it("reads 'what score', 'what rank' as asking a number, which a statement of the report does not give", () => {
    expect(ask("What rank did the province get in 2023?")).toMatchObject({ answered: false, reason: "no-figure" });
    // What was done with the results is a statement's answer.
    expect(ask("What did the province do with the 2023 administrative reform assessment results?").answered).toBe(true);
  });

  it("declines one month ('riêng tháng 11', 'in November') of a figure up to a date or over months, in a follow-up too", () => {
    expect(ask("thu ngan sach rieng thang 11/2024 dc bn trieu dong")).toMatchObject({ answered: false, reason: "other-period" });
    expect(ask("What was budget revenue in November?")).toMatchObject({ answered: false, reason: "other-period" });
    // Months counted in English, in digits or words, are another part of the year than the 11 months.
    expect(ask("How much was spent in the first 6 months?")).toMatchObject({ answered: false, reason: "other-period" });
    expect(ask("How much budget was spent in the first six months?").answered).toBe(false);
    // Up to a month is not one month.
    expect(values("thu ngân sách tính đến tháng 11 là bao nhiêu")).toEqual([11145304]);
    // The whole year asked after the 11 months' spending: no figure, as asked alone.
    const [months, year] = chat("chi can doi ngan sach 11 thang dc bn trieu", "ca nam 2024 thuc chi het bn");
    expect(months!.facts.map((f) => f.value)).toEqual([11387742]);
    expect(year).toMatchObject({ answered: false, reason: "other-period" });
    // One month named bare, alone or as a follow-up of the 11 months: not their figure; up to it is.
    expect(ask("chi can doi ngan sach thang 12 bn")).toMatchObject({ answered: false, reason: "other-period" });
    expect(chat("Chi cân đối ngân sách 11 tháng đạt bao nhiêu % dự toán?", "Còn dự kiến chi tháng 12 bao nhiêu?").at(-1)).toMatchObject({ answered: false, reason: "other-period" });
    expect(values("chi can doi ngan sach den het thang 11 dc bn")).toEqual([11387742]);
    // Nor the months it is of, named as a range.
    expect(values("Chi cân đối từ tháng 1 đến tháng 11 là bao nhiêu?")).toEqual([11387742]);
    expect(values("Chi cân đối tháng 1-11 bao nhiêu?")).toEqual([11387742]);
  });

  it("declines a rate of case files ('tỷ lệ hồ sơ') the report does not give", () => {
    expect(ask("Tỷ lệ hồ sơ TTHC được tiếp nhận và trả kết quả đúng hạn tại Bộ phận một cửa các cấp là bao nhiêu phần trăm?").answered).toBe(false);
    // In English, "share of … applications".
    expect(ask("What share of administrative procedure applications were processed fully online in 2024?").answered).toBe(false);
    // (Files received of a rate of procedures: the rate of procedures.)
    expect(values("Bao nhiêu phần trăm TTHC đủ điều kiện được nhận hồ sơ và trả kết quả ngay tại Bộ phận một cửa các cấp?")[0]).toBe(100);
    expect(values("Tỷ lệ TTHC đủ điều kiện được tiếp nhận và trả kết quả tại Bộ phận một cửa các cấp là bao nhiêu?")[0]).toBe(100);
  });
});

describe("words a figure's qualifiers explain", () => {
  it("reads 'PAR' as administrative reform ('the online PAR contest'), and still has no PAR INDEX", () => {
    expect(values("how many entries were recorded in the online PAR contest?")).toEqual([107737]);
    expect(ask("What was the province's PAR INDEX score?").answered).toBe(false);
    expect(ask("Chỉ số PAR INDEX năm 2024 của tỉnh đạt bao nhiêu điểm?").answered).toBe(false);
  });

  it("counts a word naming a qualifier the figure has as explained ('now' of those in post)", () => {
    expect(values("How many civil servants are there now?")).toEqual([1895]);
  });

  it("reads 'thanks to …' as no word to match and 'eleven months' as the report's '11 tháng'", () => {
    expect(values("By what percentage were compliance costs cut thanks to the procedure simplification proposals?")).toEqual([42]);
    expect(values("What share of the budget estimate had been spent after eleven months?")).toEqual([75]);
  });

  it("reads English 'took part' as 'tham gia', chat 'rn' as 'right now', and 'thành lập' as setting up", () => {
    expect(values("hi how many ppl took part in the online cchc contest?")[0]).toBe(107737);
    expect(values("How many agencies and units took part in the online contest?")[0]).toBe(214);
    expect(values("how many civil servant slots r actually filled rn")).toEqual([1895]);
    expect(values("Sở Tư pháp thành lập mấy đoàn kiểm tra?")).toEqual([4]);
  });

  it("reads 'quy mô biên chế' (the size of the staff quota) as the quota, and declines a 'quy mô' of what no figure counts", () => {
    expect(values("Quy mô biên chế công chức của tỉnh trong năm 2024 là bao nhiêu?")).toEqual([1895, 1951]);
    expect(values("quy mo bien che cong chuc cua tinh nam 2024 la bn")).toEqual([1895, 1951]);
    expect(ask("Quy mô tài chính của các đơn vị sự nghiệp công lập năm 2024 là bao nhiêu?").answered).toBe(false);
  });

  it("declines an action no figure of the report is of (prizes, delays), whatever figure shares its other words", () => {
    expect(ask("Hội thi trực tuyến tìm hiểu công tác CCHC năm 2024 đã trao bao nhiêu giải thưởng?").answered).toBe(false);
    expect(ask("bn nguoi doat giai hoi thi truc tuyen tim hieu cchc").answered).toBe(false);
    expect(ask("Sở Tư pháp có bao nhiêu dự thảo văn bản QPPL thẩm định bị chậm tiến độ?").answered).toBe(false);
    expect(values("Có bao nhiêu cơ quan, đơn vị tham gia Hội thi trực tuyến tìm hiểu CCHC?")).toEqual([214]);
    // ("participants" are the people who entered: "Not the number of agencies, just the people".)
    expect(values("How many participants entered the contest?")).toEqual([107737]);
    expect(values("How many contestants entered the online administrative reform contest?")).toEqual([107737]);
  });

  it("gives the figure of what 'mấy' counts when the best figure for the question's other words is not it ('Sở Tư pháp lập mấy đoàn …'), and only then", () => {
    for (const q of ["so tu phap lap may doan kiem tra vb qppl cap huyen", "Sở Tư pháp lập mấy đoàn kiểm tra văn bản QPPL ở cấp huyện?"]) {
      expect(values(q), q).toEqual([4]);
    }
    // (Not a figure of another action: no procedures published for "sửa đổi, bổ sung bao nhiêu TTHC".)
    expect(ask("Năm 2024 UBND tỉnh đã sửa đổi, bổ sung bao nhiêu thủ tục hành chính?").answered).toBe(false);
    // A count asked of a measure whose rate ranks first: the count, with the rate its sentence states beside it.
    expect(values("Hệ thống thông tin một cửa điện tử của tỉnh đã thiết lập được bao nhiêu quy trình điện tử?")).toEqual([759, 100]);
    // (A rate asked is still the rate.)
    expect(values("Tỷ lệ quy trình điện tử được thiết lập trên Hệ thống thông tin một cửa điện tử là bao nhiêu?")).toEqual([100]);
  });

  it("gives a figure done in time only where the report says it was (the 203 drafts, the 173 appraisals), never the 172 tasks carried out", () => {
    expect(ask("Trong số nhiệm vụ Chính phủ, Thủ tướng giao, tỉnh đã hoàn thành đúng hạn bao nhiêu nhiệm vụ?").answered).toBe(false);
    expect(ask("How many Government-assigned tasks did the province complete on time?").answered).toBe(false);
    expect(values("Sở Tư pháp góp ý đúng hạn bao nhiêu dự thảo?")).toEqual([203]);
    expect(values("How many drafts did the Justice Department comment on on time?")).toEqual([203]);
    expect(values("bao nhiêu dự thảo được thẩm định đúng tiến độ")).toEqual([173]);
    // (Asked without a time, the tasks are still answered.)
    expect(values("UBND tỉnh đã thực hiện bao nhiêu nhiệm vụ được Chính phủ giao?")).toEqual([172]);
  });

  it("gives no count of the teams when a later 'bn' counts documents by a short name ('mấy đoàn kiểm tra … kiểm tra tổng cộng bn vb')", () => {
    expect(ask("may doan kiem tra vb qppl o huyen kiem tra tong cong bn vb").facts.map((f) => f.value)).not.toContain(4);
    // The documents the teams checked, counted after the later "bn".
    expect(values("may doan kiem tra qppl xuong huyen kiem tra tong cong bn vb")[0]).toBe(106);
    // Two questions, each its own count: the teams, then the documents.
    expect(values("Có mấy đoàn kiểm tra và kiểm tra bao nhiêu văn bản?")).toEqual([4, 106]);
  });

  it("reads the thing counted after a later 'bao nhiêu' when a 'mấy' speaks of another ('mấy TTHC … thuộc bn lĩnh vực')", () => {
    expect(values("may tthc kien nghi don gian hoa do thuoc bn linh vuc")).toEqual([11]);
    expect(values("Có mấy TTHC được kiến nghị đơn giản hóa?")).toEqual([62]);
  });

  it("declines a thing no figure counts wherever the question names it ('cấp chữ ký số', 'nghị quyết cá biệt'), not only as what is counted", () => {
    expect(ask("Bao nhiêu cán bộ, công chức, viên chức đã được cấp chữ ký số?").answered).toBe(false);
    expect(ask("bn cbccvc dc cap chung thu chu ky so nam 2024").answered).toBe(false);
    expect(ask("HĐND tỉnh đã ban hành bao nhiêu nghị quyết cá biệt, không phải văn bản QPPL, trong năm 2024?").answered).toBe(false);
    // (How long procedures take, which the report never measures: not the 42% cut in their costs.)
    expect(ask("By what percentage was the processing time of administrative procedures reduced?").answered).toBe(false);
    expect(ask("Thời gian giải quyết TTHC giảm bao nhiêu phần trăm?").answered).toBe(false);
    expect(values("Chi phí tuân thủ TTHC giảm bao nhiêu phần trăm?")).toEqual([42]);
    // Left out ("không nói đến …"), it is no part of what is asked.
    expect(values("Chỉ tính việc cấp thư điện tử công vụ, không nói đến chữ ký số, đã có bao nhiêu cán bộ, công chức, viên chức được cấp?")).toEqual([14970]);
  });

  it("declines a count of citizens or businesses, which no figure counts ('thư điện tử cấp cho bn người dân' is not the 14.970 officials)", () => {
    expect(ask("thu dien tu da dc cap cho bn nguoi dan").answered).toBe(false);
    expect(ask("How many businesses had their compliance costs cut?").answered).toBe(false);
    // Named as who is served, not what is counted, they leave the question as it was.
    expect(values("Chi phí tuân thủ TTHC người dân tiết kiệm được mỗi năm là bao nhiêu tiền?")).toEqual([11322000]);
  });

  it("gives no figure counted in something else for a count of places ('bao nhiêu xã, phường, thị trấn?' is not the communes' 69 documents)", () => {
    expect(ask("Tỉnh Thừa Thiên Huế hiện có bao nhiêu xã, phường, thị trấn?").answered).toBe(false);
    expect(ask("How many communes are there in the province?").answered).toBe(false);
    // A figure counted in those places is one.
    expect(values("bao nhiêu huyện được phê duyệt đề án vị trí việc làm")).toEqual([9]);
  });

  it("gives no rate for a count asked, of things its description names or not ('kết nối bao nhiêu cơ quan' of the 100% connected)", () => {
    expect(ask("metronet ket noi dc bn xa phuong thi tran roi")).toMatchObject({ answered: false, facts: [] });
    expect(ask("Hệ thống quản lý văn bản và điều hành đã liên thông bao nhiêu văn bản điện tử qua Trục liên thông văn bản Quốc gia?").answered).toBe(false);
    // A count of what the rate is of is still no rate: declined, the rate's question suggested.
    const a = ask("Mạng diện rộng MetroNet đã kết nối cụ thể bao nhiêu cơ quan nhà nước?");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("bao nhiêu phần trăm cơ quan nhà nước");
    expect(ask("Có bao nhiêu TTHC được tiếp nhận và trả kết quả tại Bộ phận một cửa cấp xã?").answered).toBe(false);
    expect(values("MetroNet kết nối bao nhiêu phần trăm cơ quan nhà nước?")).toEqual([100]);
    // An amount of money its sentence states beside the rate is asked too ("bao nhiêu chi phí").
    expect(values("Tỉnh cắt giảm được bao nhiêu chi phí tuân thủ thủ tục hành chính?").sort()).toEqual([11322000, 42].sort());
  });
});

describe("ambiguous questions", () => {
  it("gives the shares against each plan the question names ('đạt bao nhiêu % dự toán và cùng kỳ', 'of the estimate and of the same period last year')", () => {
    expect(values("Thu ngân sách đạt bao nhiêu % dự toán và cùng kỳ?")).toEqual([94.5, 120.9]);
    expect(values("What share of the annual estimate and of the same period last year did the state budget revenue reach?")).toEqual([94.5, 120.9]);
    expect(values("What was the province's state budget revenue as of 6 December 2024, and what share of the annual estimate and of the same period last year did it reach?")).toEqual([11145304, 94.5, 120.9]);
    // (One plan named, its share alone.)
    expect(values("Thu ngân sách đạt bao nhiêu % so với dự toán?")).toEqual([94.5]);
  });

  it("gives both figures of one sentence when the question names a measure only as what another word acts on ('qua rà soát TTHC, tỉnh kiến nghị bn': 62 procedures, 14 documents)", () => {
    expect(values("qua ra soat tthc tinh kien nghi bn")).toEqual([62, 14]);
    // (Counted, the measure settles it.)
    expect(values("Tỉnh kiến nghị đơn giản hóa bao nhiêu TTHC?")).toEqual([62]);
    // (Named as the subject asked of, too: the administrative agencies, not the public service units.)
    expect(values("co quan hanh chinh cap tinh dc duyet de an vi tri viec lam co bn")).not.toContain(128);
  });

  it("reads a bare 'co' before 'bao nhieu'/'bn'/'may' as the 'có' of a question, not the 'cơ' of 'cơ quan'", () => {
    // (The 11 units "trực thuộc", not the 117 "thuộc các cơ quan chuyên môn" that "co" matched.)
    expect(values("co bn dv su nghiep truc thuoc dc duyet de an vi tri viec lam")[0]).toBe(11);
    expect(values("bn dv su nghiep truc thuoc dc duyet de an vi tri viec lam")[0]).toBe(11);
    // ("co quan" after it is still the agencies.)
    expect(values("co bao nhieu co quan tham gia hoi thi")).toEqual([214]);
  });

  it("reads 'by late 2024' as a date, not as 'late' (overdue): the budget's two shares of the estimate", () => {
    expect(values("What share of the budget estimate had been reached by late 2024?").sort()).toEqual([75, 94.5]);
    // ("late" on its own still asks of overdue handling, which the report does not count.)
    expect(ask("How many procedures were handled late?").answered).toBe(false);
  });

  it("gives no figure of another measure for the figures a sentence before names ('Tôi cần hai số liệu về biên chế công chức. Số được giao …')", () => {
    expect(ask("Tôi cần hai số liệu về biên chế công chức. Số được giao và số hiện có là bao nhiêu?").facts.map((f) => f.value)).not.toContain(172);
    // (Nor a sentence that says something of a measure, "… đã rõ.", "TTHC công bố 1.117.": no heading.)
    expect(values("Thu ngân sách đã rõ. Vậy chi đạt bao nhiêu phần trăm dự toán?")[0]).toBe(75);
    expect(values("TTHC công bố 1.117. Bãi bỏ bao nhiêu?")).toEqual([176]);
    // ("Chỉ tính …" after a heading is no verb of spending: the heading stays.)
    expect(values("Về biên chế công chức. Chỉ tính số được giao thì bao nhiêu?")).toContain(1951);
    expect(values("Về biên chế công chức. Chỉ tính số được giao thì bao nhiêu?")).not.toContain(172);
    // (Nor is a sentence of the asker's, naming a measure, what the request after it is about: it asks each figure it lists.)
    expect(values("Chào trợ lý, tôi là phóng viên Đài Phát thanh – Truyền hình, đang làm phóng sự về cải cách TTHC ở Huế. Nhờ cung cấp giúp ba con số: số TTHC UBND tỉnh đã công bố, số TTHC bị bãi bỏ và số TTHC toàn tỉnh thực hiện theo cơ chế một cửa, một cửa liên thông.")).toEqual([1117, 176, 2071]);
  });

  it("gives the budget's execution of the estimate as both the spending's and the revenue's share ('tỷ lệ thực hiện dự toán ngân sách')", () => {
    expect(values("Tỷ lệ thực hiện dự toán ngân sách năm 2024 của tỉnh là bao nhiêu?").sort()).toEqual([75, 94.5]);
    expect(values("Ngân sách của tỉnh năm 2024 đã thực hiện được bao nhiêu phần trăm dự toán?").sort()).toEqual([75, 94.5]);
  });

  it("gives staff in general both measures in post and then the allocation ('How many staff does the province have?')", () => {
    expect(values("How many staff does the province have?")).toEqual([1895, 22056, 1951]);
    // A measure named keeps its own pair of readings.
    expect(values("biên chế công chức là bao nhiêu?")).toEqual([1895, 1951]);
  });

  it("counts the people of the public sector as a whole as those in post of both staff measures ('bộ máy nhà nước', 'public sector')", () => {
    expect(values("How many people work in the province's public sector?")).toEqual([1895, 22056]);
    expect(values("Hiện có bao nhiêu người làm việc trong bộ máy nhà nước của tỉnh?")).toEqual([1895, 22056]);
    expect(values("hien tinh co bn nguoi trong bien che, an luong nha nuoc")).toEqual([1895, 22056]);
    // The public service units named, their staff: not the civil servants' posts in place of theirs.
    expect(values("dvsn cong lap hien co mat bn nguoi")[0]).toBe(22056);
    // ("tổng cộng" of people said to be in the units: their staff, not both measures added.)
    expect(values("hien trong cac dvsn cong lap co mat tong cong bn nguoi vay")[0]).toBe(22056);
    expect(values("hien trong cac dvsn cong lap co mat tong cong bn nguoi vay")).not.toContain(23951);
    // (Nor the civil servants in post as another reading: people said to be in the units, however the units are written.)
    for (const q of ["so nguoi co mat trong dvsn bn", "tong so nguoi co mat trong dvsn cong lap bn"]) expect(values(q), q).toEqual([22056]);
    // (Or the units opening the message as its topic, as officials write: "ĐVSN: số người có mặt?".)
    for (const q of ["ĐVSN: số người có mặt?", "Khối đơn vị sự nghiệp công lập: hiện có bao nhiêu người?"]) expect(values(q), q).toEqual([22056]);
    // (Those in the units counted in too are no units' people alone.)
    expect(values("Hiện có bao nhiêu người, tính cả ở các đơn vị sự nghiệp?")).toEqual(expect.arrayContaining([22056, 1895]));
    // ("công tác", "và làm việc ở" say where, as "trong" does: no civil servants.)
    for (const q of ["Có bao nhiêu người đang công tác trong các dvsn?", "bn nguoi huong luong ngan sach va lam viec o cac dvsn"]) expect(values(q), q).not.toContain(1895);
    // Posts ("biên chế"), not persons: allocated and in post.
    expect(values("biên chế công chức là bao nhiêu?")).toEqual([1895, 1951]);
  });

  it("counts the officials, civil servants and public employees in post as those in post of both staff measures, not those given an e-mail account", () => {
    expect(values("CBCCVC hien co bn nguoi vay")).toEqual([1895, 22056]);
    expect(values("Hiện có bao nhiêu cán bộ, công chức, viên chức?")).toEqual([1895, 22056]);
    // What the e-mail figure's people were given, or a word of its sentence, named: that figure.
    expect(values("Hiện nay đã có bao nhiêu cán bộ, công chức, viên chức được cấp tài khoản thư điện tử công vụ?")).toEqual([14970]);
    expect(values("hien co bn cbccvc co hop thu cong vu")).toEqual([14970]);
  });


  it("gives a part and its total when the question says the part's own phrase in part only ('thuộc UBND tỉnh' of 11 'trực thuộc' and the province's 128)", () => {
    expect(values("Có bao nhiêu đơn vị sự nghiệp thuộc UBND tỉnh được phê duyệt đề án vị trí việc làm?")).toEqual([11, 128]);
    expect(values("How many public service units under the provincial People's Committee had job position schemes approved?")).toEqual([11, 128]);
    // Said whole, the phrase settles it.
    expect(values("Có bao nhiêu đơn vị sự nghiệp trực thuộc UBND tỉnh được phê duyệt đề án vị trí việc làm?")).toEqual([11]);
  });

  it("gives the total, not a part ranked a hair above it, when the question says nothing setting the part apart ('đơn vị sự nghiệp': 128, not the 117 'thuộc các cơ quan chuyên môn')", () => {
    expect(values("co bao nhieu don vi su nghiep dc phe duyet de an vi tri viec lam")).toEqual([128, 556]);
    expect(values("Có bao nhiêu đơn vị sự nghiệp được phê duyệt đề án vị trí việc làm?")).toEqual([128, 556]);
    // ("co" of "có" typed bare is not the "cơ" of "cơ quan"; the part's own words still name it.)
    expect(values("co bn dvsn thuoc cac co quan chuyen mon dc phe duyet de an vtvl")[0]).toBe(117);
  });

  it("reads 'Số văn bản QPPL do UBND tỉnh ban hành …' like the question without 'số': the decisions and the documents self-checked", () => {
    expect(values("Số văn bản QPPL do UBND tỉnh ban hành là bao nhiêu?")).toEqual([94, 89]);
  });


  it("reads no body or action into a document's sign ('391/KH-UBND'): both checks the plan's sentence states", () => {
    expect(values("Theo Kế hoạch số 391/KH-UBND, Sở Tư pháp đã kiểm tra bao nhiêu văn bản QPPL?")).toEqual([23, 89]);
    expect(values("How many legal documents were checked under Plan No. 391/KH-UBND?")).toEqual([23, 89]);
  });


  it("reads 'tong chi tieu' typed without marks as a quota's total, not total spending, and adds things joined by '+'", () => {
    expect(formula("tong chi tieu bien che cong chuc va nguoi lam viec tinh giao nam 2024 la bn")).toBe("1.951 + 22.531 = 24.482");
    expect(formula("bien che cong chuc + nguoi lam viec dc giao = bn")).toBe("1.951 + 22.531 = 24.482");
    expect(formula("What is the combined allocation of civil servant positions and public service staff for 2024?")).toBe("1,951 + 22,531 = 24,482");
    expect(values("Tổng chi ngân sách 11 tháng là bao nhiêu?")[0]).toBe(11387742);
  });

  it("adds the two staff readings when people in general are asked a total ('cả khối hành chính lẫn khối sự nghiệp giảm tổng cộng bao nhiêu người?')", () => {
    expect(formula("So với năm 2023, cả khối hành chính lẫn khối sự nghiệp của tỉnh giảm tổng cộng bao nhiêu người?")).toBe("988 + 48 = 1.036");
    // Of agencies and units counted apart, "tổng số" asks the one figure named.
    expect(values("tong so dvsn cong lap dc ubnd tinh phe duyet de an vtvl la bn")[0]).toBe(128);
  });

  it("gives the civil-servant positions' figure and the public service units' alike when people are asked in general", () => {
    expect(values("So với năm 2023, tỉnh tinh giản được bao nhiêu người?")).toEqual([988, 48]);
    expect(values("Tỷ lệ tinh giản nhân sự so với năm 2023 là bao nhiêu?")).toEqual([4.29, 2.47]);
    // A measure named settles which; "giảm bao nhiêu" with no unit fits the fall and the rate of it the sentence states.
    expect(values("Biên chế công chức giảm bao nhiêu so với 2023?")).toEqual([48, 2.47]);
    expect(values("Số người làm việc giảm bao nhiêu?")).toEqual([988, 4.29]);
  });

  it("gives another figure of a fraction's sentence as a reading: only the fraction's own part and whole are one figure", () => {
    // 34 in the plan and the 172 assigned by the Government are both tasks carried out; 31 of the 34 is the same fraction.
    expect(values("Năm 2024 tỉnh phải thực hiện bao nhiêu nhiệm vụ?")).toEqual([34, 172]);
    expect(values("Kế hoạch CCHC năm 2024 có bao nhiêu nhiệm vụ?")).toEqual([34]);
  });

  it("gives no reading counted in another unit when every word the question counts is the best figure's unit ('bao nhiêu Chi cục')", () => {
    expect(values("Có bao nhiêu Chi cục được phê duyệt đề án vị trí việc làm?")).toEqual([15]);
  });

  it("gives the documents a whole fraction's sentence describes in every word asked beside the decisions counted ('văn bản QPPL do UBND tỉnh ban hành')", () => {
    // 94 decisions issued; "tự kiểm tra 89/89 văn bản QPPL do UBND tỉnh ban hành": both readings.
    expect(values("UBND tỉnh ban hành bao nhiêu văn bản QPPL?")).toEqual([94, 89]);
    expect(values("bn vb qppl do ubnd tinh ban hanh")).toEqual([94, 89]);
    // Decisions named, or the council with the committee: one figure.
    expect(values("UBND tỉnh ban hành bao nhiêu quyết định QPPL?")).toEqual([94]);
    expect(values("HĐND, UBND tỉnh ban hành bao nhiêu văn bản QPPL?")).toEqual([125]);
  });

  it("reads a bare 'biên chế' as staff positions in general: the civil servants' and the public service units' alike", () => {
    expect(values("Năm 2024 tỉnh giao bao nhiêu biên chế?")).toEqual([1951, 22531]);
    // "biên chế công chức" names one of them.
    expect(values("Năm 2024 tỉnh giao bao nhiêu biên chế công chức?")).toEqual([1951]);
  });

  it("gives an amount and the share its sentence states when the question settles neither ('đạt bao nhiêu?')", () => {
    expect(ask("Chi cân đối ngân sách đạt bao nhiêu?")).toMatchObject({ answered: true, facts: [{ value: 11387742 }, { value: 75 }] });
    expect(values("Tỉnh cắt giảm được bao nhiêu chi phí tuân thủ thủ tục hành chính?").sort()).toEqual([11322000, 42].sort());
    // A unit, a percentage or the plan named settles it.
    expect(values("Chi cân đối ngân sách đạt bao nhiêu triệu đồng?")).toEqual([11387742]);
    expect(values("Thu ngân sách đạt bao nhiêu so với dự toán?")).toEqual([94.5]);
    // "tỷ lệ?" next asks the reading of that kind.
    expect(chat("Chi cân đối ngân sách 11 tháng năm 2024 đạt bao nhiêu?", "tỷ lệ so với dự toán?").at(-1)!.facts.map((f) => f.value)).toEqual([75]);
    // A budget that names neither revenue nor spending is either of them before a share of one.
    expect(values("How much did the provincial budget reach in 2024?").sort()).toEqual([11145304, 11387742]);
    expect(values("Ngân sách tỉnh năm 2024 đạt bao nhiêu?").sort()).toEqual([11145304, 11387742]);
    // (Not when it names what the figure is compared with, nor from a share ranked first: no two shares instead.)
    expect(values("Ngân sách năm nay đạt bao nhiêu so với năm trước?")).toContain(120.9);
    expect(values("Ngân sách nhà nước đạt bao nhiêu?")).toContain(11145304);
  });

  it("reads no measure named only as a verb as often ('theo kiến nghị') as another thing named", () => {
    expect(values("bn tthc bi bai bo theo kien nghi")[0]).toBe(176);
    expect(values("Bao nhiêu TTHC bị bãi bỏ theo kiến nghị?")[0]).toBe(176);
  });

  it("ranks first a figure whose label names the other thing the question names besides what it counts", () => {
    // (The fields the procedures proposed for simplification are in, not the procedures.)
    expect(values("Những thủ tục hành chính được đề xuất phương án đơn giản hoá nằm trong bao nhiêu lĩnh vực?")).toEqual([11]);
    expect(values("Các thủ tục hành chính được đề xuất phương án đơn giản hóa nằm trong mấy lĩnh vực?")).toEqual([11]);
    // (Not in a message asking two things, each counted in turn: no sum of documents checked and issued.)
    expect(values("Các Đoàn kiểm tra đã ban hành mấy Kết luận và kiểm tra tổng cộng bao nhiêu văn bản QPPL?")).toEqual([4, 106]);
    // (The documents the teams checked, not those they were issued by.)
    expect(values("Các Đoàn kiểm tra đã kiểm tra bao nhiêu văn bản QPPL do HĐND, UBND các huyện ban hành?")).toEqual([106]);
  });

  it("gives no reading the question tells apart by another thing it names ('các đoàn kiểm tra': the teams' 106, not the department's 23 and 89)", () => {
    expect(values("các đoàn kiểm tra đã kiểm tra bao nhiêu văn bản QPPL?")).toEqual([106]);
    expect(values("How many legal documents did the inspection teams themselves examine?")).toEqual([106]);
    // (Without the teams, the department's checks and the teams' are all readings.)
    expect(values("Sở Tư pháp đã kiểm tra bao nhiêu văn bản QPPL?")).toContain(23);
  });

  it("gives both readings, each labelled, rather than guess one", () => {
    const a = ask("Biên chế công chức của tỉnh năm 2024 là bao nhiêu?");
    expect(a.facts.map((f) => f.value).sort()).toEqual([1895, 1951]);
    expect(a.text).toContain("hai số liệu");
    // Settled by the question: one figure.
    expect(values("Biên chế công chức hiện có là bao nhiêu?")).toEqual([1895]);
    // "How big" asks an amount: the budget's two figures, not a sentence about settling accounts.
    expect(values("How big was the provincial state budget in 2024?")).toEqual([11145304, 11387742]);
    // ("How big", "how large" are the question's form, not a word the figure must explain.)
    expect(values("How large was the province's budget in 2024?").sort()).toEqual([11145304, 11387742]);
    // (The budget's share of its plan, "kế hoạch" as "dự toán": revenue's and spending's alike.)
    expect(values("ngan sach 2024 dat bn phan tram ke hoach").sort()).toEqual([75, 94.5]);
    expect(values("thu ngan sach dat bn phan tram ke hoach")).toEqual([94.5]);
  });

  it("gives both readings when only the setting names a measure ('Qua rà soát TTHC, tỉnh kiến nghị bao nhiêu?')", () => {
    expect(values("Qua rà soát TTHC năm 2024, tỉnh đã kiến nghị Trung ương bao nhiêu?")).toEqual([62, 14]);
    expect(values("Qua rà soát, tỉnh kiến nghị đơn giản hóa bao nhiêu TTHC?")).toEqual([62]);
  });

  it("gives both figures when the question names what sets each apart ('kiến nghị sửa đổi, đơn giản hóa bn')", () => {
    expect(values("tinh kien nghi trung uong sua doi, don gian hoa bn")).toEqual([14, 62]);
    // One of the two named settles it.
    expect(values("tinh kien nghi trung uong sua doi bn van ban")).toEqual([14]);
  });

  it("reads 'cắt giảm' said of procedures as those abolished and those simplified: both figures", () => {
    expect(values("Năm 2024 tỉnh cắt giảm được bao nhiêu thủ tục hành chính?")).toEqual([176, 62]);
    expect(values("tinh cat bot dc bn tthc")).toEqual([176, 62]);
    expect(values("How many administrative procedures were cut in 2024?")).toEqual([176, 62]);
    // Said of the cost of compliance it is a cut of that cost; said of staff, a fall; "giảm … so với
    // 2023" asks a change, and what is cut of the procedures may be named ("processing time").
    expect(values("Tỷ lệ cắt giảm chi phí tuân thủ TTHC là bao nhiêu?")).toEqual([42]);
    expect(values("Số TTHC giảm bao nhiêu so với năm 2023?")).not.toContain(176);
    expect(ask("How many procedures had their processing time cut?").answered).toBe(false);
    expect(values("Biên chế công chức giảm bao nhiêu so với 2023?")).toEqual([48, 2.47]);
  });

  it("reads 'kiểm tra' as covering 'tự kiểm tra' too, and 'tự kiểm tra' as that alone", () => {
    expect(values("Theo Kế hoạch 391, bao nhiêu văn bản QPPL đã được kiểm tra?")).toEqual(expect.arrayContaining([23, 89]));
    expect(values("Sở Tư pháp tự kiểm tra bao nhiêu văn bản QPPL?")).toEqual([89]);
  });

  it("gives no reading counted in another thing than the one named ('bao nhiêu Sở ban ngành' is not 117 units)", () => {
    expect(values("bao nhiêu sở ban ngành được phê duyệt đề án vị trí việc làm?")).not.toContain(117);
    // "đơn vị" is what several figures count: both readings stay.
    expect(values("Ở cấp huyện có bao nhiêu đơn vị được phê duyệt đề án vị trí việc làm?").sort((a, b) => a! - b!)).toEqual([9, 556]);
  });

  it("reads a clause that names no measure as about the figure before it", () => {
    expect(values("Chi cân đối ngân sách 11 tháng đạt bao nhiêu tiền và bằng bao nhiêu phần trăm dự toán?")).toEqual([11387742, 75]);
    expect(values("Có bao nhiêu TTHC được kiến nghị đơn giản hóa, tiết kiệm được bao nhiêu tiền mỗi năm và tỷ lệ cắt giảm chi phí là bao nhiêu?")).toEqual([62, 11322000, 42]);
    expect(ask("How much did balanced budget spending reach over 11 months?").facts[0]!.value).toBe(11387742);
  });

  it("gives the three levels' figures, each labelled, when the question names no level", () => {
    const a = ask("Năm 2024 ở Thừa Thiên Huế ban hành bao nhiêu văn bản quy phạm pháp luật?");
    expect(a.facts.map((f) => f.value).sort((x, y) => x! - y!)).toEqual([23, 69, 125]);
    expect(a.text).toContain("ba số liệu");
  });
});

describe("follow-ups of words no figure has", () => {
  it("declines a follow-up whose own words no figure of the reports has, whatever level it names ('what was the provincial debt?' after the revenue)", () => {
    const [, debt] = chat("What was state budget revenue as of 6 December 2024?", "what was the provincial debt?");
    expect(debt!.answered).toBe(false);
    // ("phía", the side of: no word of its own.)
    expect(chat("Năm 2024 HĐND tỉnh ban hành được bao nhiêu nghị quyết QPPL?", "Còn phía UBND tỉnh?").at(-1)!.facts.map((f) => f.value)).toEqual([94]);
  });
});

describe("a body the report's text implies", () => {
  it("reads the documents the Department of Justice's inspection teams checked among what the department checked, the sentence leaving its subject to the ones before", () => {
    expect(values("Sở Tư pháp đã kiểm tra bao nhiêu văn bản QPPL?")).toEqual([23, 89, 106]);
    expect(values("so tu phap kiem tra bn vb qppl")).toEqual([23, 89, 106]);
    expect(values("Sở Tư pháp đã kiểm tra bao nhiêu văn bản QPPL của cấp huyện?")).toEqual([23, 106]);
    // (Words of one label, the body's name aside, still tell the figures apart.)
    expect(values("Sở Tư pháp kiểm tra theo thẩm quyền bao nhiêu văn bản QPPL cấp huyện gửi đến?")).toEqual([23]);
    expect(values("Return the number of district legal normative documents inspected by the Department of Justice under its authority.")).toEqual([23]);
    expect(values("Các đoàn kiểm tra của tỉnh đã kiểm tra bao nhiêu văn bản QPPL do HĐND, UBND các huyện ban hành?")).toEqual([106]);
    // (Its name explains the teams too: what "bao nhiêu đoàn" counts, not the documents they checked.)
    expect(values("Sở Tư pháp tổ chức bao nhiêu đoàn kiểm tra?")).toEqual([4]);
    expect(values("Sở Tư pháp lập bao nhiêu đoàn kiểm tra?")).toEqual([4]);
    // (The reply says the report only implies who did it.)
    expect(ask("Sở Tư pháp đã kiểm tra bao nhiêu văn bản QPPL?").note).toBe("Câu của báo cáo về “Số văn bản QPPL cấp huyện được các đoàn kiểm tra” không nêu cơ quan thực hiện; số liệu này được hiểu là của Sở Tư pháp theo các câu liền trước.");
    expect(ask("How many legal documents did the Department of Justice check in 2024?").note).toContain("does not say who did it; it is read as the Department of Justice's");
    expect(ask("bao nhiêu đoàn kiểm tra?").note).toBeUndefined();
    // (Bodies joined that one figure is of together: the department helped the committee self-check.)
    expect(values("Sở Tư pháp và UBND tỉnh kiểm tra bao nhiêu văn bản?")).toEqual([89]);
  });

  it("reads bodies joined in one question ('district-level councils and committees') as whom one figure is of, not two questions", () => {
    expect(values("How many legal documents sent in by district-level councils and committees did the Justice Department check under its authority?")).toEqual([23]);
    expect(values("tổng thu ngân sách và chi cân đối ngân sách là bao nhiêu")).toEqual([11145304, 11387742]);
  });
});

describe("follow-ups through the context token", () => {
  it("answers 'as of when' asked as when the figures were closed ('số liệu chốt đến ngày nào', 'chốt số ngày nào') with the figure's own sentence", () => {
    for (const q of ["số liệu chốt đến ngày nào vậy?", "chốt số ngày nào?"]) {
      const a = chat("Thu ngân sách nhà nước trên địa bàn tỉnh năm 2024 được bao nhiêu?", q).at(-1)!;
      expect(a.facts.map((f) => f.value), q).toEqual([11145304]);
      expect(a.text, q).toContain("06/12/2024");
    }
  });

  it("adds the answers before for 'cộng lại', 'cộng cả hai loại' naming only what any agency is counted in, not the list they are items of", () => {
    const sum = (...qs: string[]) => chat(...qs).at(-1)!.facts[0]!.derived?.formula;
    expect(sum("bn Sở ban ngành được duyệt đề án VTVL?", "còn chi cục?", "cộng 2 loại là bao nhiêu cơ quan, đơn vị?")).toBe("22 + 15 = 37");
    expect(sum("bn Sở ban ngành được duyệt đề án VTVL?", "còn chi cục?", "cộng lại là bao nhiêu cơ quan, đơn vị?")).toBe("22 + 15 = 37");
    expect(sum("bn Sở ban ngành được duyệt đề án VTVL?", "còn chi cục?", "còn UBND cấp huyện?", "cộng lại là bao nhiêu cơ quan, đơn vị?")).toBe("22 + 15 + 9 = 46");
    expect(sum("UBND tỉnh ban hành quy định chức năng, nhiệm vụ, cơ cấu tổ chức của bao nhiêu cơ quan, đơn vị?", "Thế còn sửa đổi, bổ sung chức năng nhiệm vụ?", "Cộng cả hai loại là bao nhiêu cơ quan, đơn vị?")).toBe("32 + 6 = 38");
    // (Or the answers' own unit, the number of answers between "cộng" and "lại".)
    expect(sum("stp tu kiem tra bn vb qppl cua ubnd tinh", "con kiem tra theo tham quyen vb cua huyen gui len bn", "cộng cả 2 lại là bao nhiêu văn bản")).toBe("89 + 23 = 112");
    expect(sum("Cấp tỉnh ban hành bao nhiêu văn bản QPPL?", "cấp huyện?", "cấp xã?", "cộng cả 2 lại là bao nhiêu văn bản")).toBe("23 + 69 = 92");
    // (As many answers as that number, and none the other's allocation, part or whole.)
    expect(chat("stp tu kiem tra bn vb qppl cua ubnd tinh", "con kiem tra theo tham quyen vb cua huyen gui len bn", "cộng cả 3 lại là bao nhiêu văn bản").at(-1)!.answered).toBe(false);
    expect(chat("Biên chế công chức được giao?", "hiện có?", "cộng lại?").at(-1)!.answered).toBe(false);
    expect(chat("HĐND tỉnh ban hành bao nhiêu nghị quyết?", "cấp tỉnh tổng cộng bao nhiêu văn bản?", "cộng lại?").at(-1)!.answered).toBe(false);
  });

  it("answers a figure named beside a request for the source ('cấp xã bao nhiêu, nói ở đoạn nào?') as that figure, with its sentence", () => {
    const last = (...qs: string[]) => chat(...qs).at(-1)!.facts.map((f) => f.value);
    expect(last("Cấp huyện ban hành bao nhiêu văn bản QPPL?", "cấp xã bao nhiêu, nói ở đoạn nào?")).toEqual([69]);
    expect(last("Biên chế công chức hiện có?", "số giảm ghi ở dòng nào?")).toEqual([48]);
    expect(last("Số người làm việc hiện có trong ĐVSN?", "tỷ lệ giảm ghi ở đoạn nào?")).toEqual([4.29]);
    expect(last("Thu ngân sách bao nhiêu?", "còn chi ghi ở đoạn nào?")).toEqual([11387742]);
    // (The report's number asked of the figure is its source: "số mấy" asks no other figure.)
    expect(chat("Thu ngân sách năm 2024 đạt bao nhiêu % so với cùng kỳ năm trước?", "Tức là tăng bao nhiêu phần trăm?", "Số liệu này theo báo cáo số mấy?").at(-1)!.answered).toBe(true);
  });

  it("cites the figure before for 'Where exactly does the report say this?'", () => {
    for (const q of ["Where exactly does the report say this?", "Where exactly is that in the report?"]) {
      const a = chat("How many provincial departments had their job-position schemes approved?", q).at(-1)!;
      expect(a.facts.map((f) => f.value), q).toEqual([22]);
      expect(a.citations[0]!.quote, q).toContain("22 Sở ban ngành");
    }
  });

  it("reads 'nguon o doan nao' as the passage of the figure before ('đoạn' typed bare like the teams' 'đoàn'), a figure named beside a request for the source still that figure's", () => {
    for (const q of ["nguon o doan nao vay ad", "bao cao ghi o doan nao", "số này nằm ở đoạn nào?"]) {
      const a = chat("chi can doi ngan sach 11 thang", q).at(-1)!;
      expect(a.facts.map((f) => f.value), q).toEqual([11387742]);
      expect(a.citations[0]!.quote, q).toContain("Chi cân đối ngân sách 11 tháng");
    }
    expect(chat("thu nsnn den dau thang 12 dc bn tien", "con chi can doi ngan sach thi sao", "cho xin nguon so lieu thu ngan sach").at(-1)!.facts.map((f) => f.value)).toEqual([11145304]);
    // Alone, a request for the source asks of no figure.
    expect(ask("bao cao ghi o doan nao").answered).toBe(false);
  });

  it("reads clauses that each continue the conversation as messages in a row, each after the answer before it", () => {
    for (const q of ["Giảm bao nhiêu so với năm 2023, tỷ lệ bao nhiêu?", "Giảm bao nhiêu, tỷ lệ bao nhiêu?"]) {
      expect(chat("Hiện có bao nhiêu biên chế công chức?", q).at(-1)!.facts.map((f) => f.value), q).toEqual([48, 2.47]);
      expect(chat("Số người làm việc có mặt ở ĐVSN?", q).at(-1)!.facts.map((f) => f.value), q).toEqual([988, 4.29]);
    }
    expect(chat("Thu ngân sách được bao nhiêu?", "đạt bao nhiêu % dự toán, so với cùng kỳ bao nhiêu %?").at(-1)!.facts.map((f) => f.value)).toEqual([94.5, 120.9]);
    expect(chat("Biên chế công chức hiện có?", "tỷ lệ giảm, còn số giao?").at(-1)!.facts.map((f) => f.value)).toEqual([2.47, 1951]);
  });

  it("leans a long message naming no measure on the conversation when alone it fits figures of several measures, not when alone it finds none", () => {
    const a = chat("How many legal normative documents did district-level authorities issue in 2024?", "And the communes, wards and townships?", "Taking province, district and commune together, what share did the communes account for?").at(-1)!;
    expect(a.facts[0]!.derived?.formula).toBe("69 / (125 + 23 + 69) = 69 / 217 ≈ 31.8%");
    // (What the report has no figure for stays declined: no quota for the recruitment.)
    expect(chat("nam 2024 bn nguoi trung tuyen cong chuc vay", "thi tuyen vao thang may", "chi tieu tuyen dung nam do la bn nguoi").at(-1)!.answered).toBe(false);
  });

  it("reads a fill rate as those in post over the allocation, alone or after both were answered, not the rate of the fall", () => {
    expect(ask("What is the fill rate of civil-servant positions?").facts[0]!.derived?.formula).toBe("1,895 / 1,951 ≈ 97.13%");
    expect(ask("What is the fill rate of staff positions in public service units?").facts[0]!.derived?.formula).toBe("22,056 / 22,531 ≈ 97.89%");
    const a = chat("How many civil-servant positions did Thua Thien Hue assign for 2024?", "And how many are actually filled now?", "So what's the fill rate?").at(-1)!;
    expect(a.facts[0]!.derived?.formula).toBe("1,895 / 1,951 ≈ 97.13%");
    // (A rate against last year is the fall's, however that year is said.)
    expect(chat("Giao bao nhiêu biên chế công chức?", "hiện có bao nhiêu?", "tỷ lệ hiện có so với năm trước?").at(-1)!.facts.map((f) => f.value)).toEqual([2.47]);
  });

  it("adds the figures just given when a message counts them by a classifier ('cong 3 loai lai', 'cộng 2 loại lại')", () => {
    const [first, second, third] = ["bn so ban nganh dc phe duyet de an vi tri viec lam", "chi cuc va tuong duong?", "don vi ubnd cap huyen?"];
    expect(chat(first, second, third, "cong 3 loai lai").at(-1)!.facts[0]!.derived?.formula).toBe("22 + 15 + 9 = 46");
    expect(chat(first, second, "cộng 2 loại lại").at(-1)!.facts[0]!.derived?.formula).toBe("22 + 15 = 37");
  });

  it("keeps readings among what an opening names, and gives the rest of its parts by name ('Trong các đơn vị sự nghiệp …, bao nhiêu … trực thuộc UBND tỉnh?' then 'Số còn lại thuộc các cơ quan chuyên môn?')", () => {
    const [part, rest, share] = chat(
      "Trong các đơn vị sự nghiệp công lập được duyệt vị trí việc làm, bao nhiêu đơn vị trực thuộc UBND tỉnh?",
      "Số còn lại thuộc các cơ quan chuyên môn là bao nhiêu?",
      "Khối đó chiếm bao nhiêu phần trăm?",
    );
    // (Not the 22 departments, which are no public service units.)
    expect(part!.facts.map((f) => f.value)).toEqual([11]);
    expect(rest!.facts.map((f) => f.value)).toEqual([117]);
    expect(share!.facts[0]!.value).toBeCloseTo(91.41, 2);
  });

  it("declines some of a figure just given, named at length ('trong mấy nhiệm vụ chưa xong đó có mấy …'), rather than give that figure again", () => {
    const turns = ["còn kế hoạch CCHC của tỉnh thì hoàn thành bao nhiêu", "vậy còn mấy nhiệm vụ chưa xong"];
    expect(chat(...turns).at(-1)!.facts[0]!.value).toBe(3);
    const part = chat(...turns, "trong mấy nhiệm vụ chưa xong đó có mấy nhiệm vụ về chính quyền số?").at(-1)!;
    expect(part.answered).toBe(false);
    expect(part.text).toContain("không chia nhỏ");
    // (A part the report states of the figure is still given: the council's 31 of the 125.)
    expect(chat("HĐND, UBND tỉnh ban hành bao nhiêu văn bản QPPL?", "trong số 125 văn bản đó thì có bao nhiêu nghị quyết của HĐND tỉnh?").at(-1)!.facts.map((f) => f.value)).toEqual([31]);
  });

  it("cites the earlier answer a source request names by a rare word of it ('nguồn câu MetroNet ở trên'), else the last answer", () => {
    const turns = ["MetroNet kết nối bao nhiêu phần trăm cơ quan nhà nước?", "còn hệ thống quản lý văn bản và điều hành triển khai cho bao nhiêu % cơ quan?"];
    expect(chat(...turns, "cho xin nguồn câu MetroNet 100% ở trên với?").at(-1)!.citations[0]!.quote).toContain("MetroNet");
    expect(chat(...turns, "nguồn?").at(-1)!.citations[0]!.quote).toContain("quản lý văn bản");
    // (A request naming nothing of its own: the last answer's.)
    expect(chat("Thu ngân sách tính đến 06/12/2024 được bao nhiêu?", "chi thì sao?", "nguồn ở đâu?").at(-1)!.citations[0]!.quote).toContain("Chi cân đối");
    // (Its rare word as typed, not as read: "trúng tuyển" is read as "tuyển dụng", which the last answer has.)
    const recruits = ["How many people passed the 2024 civil-service recruitment in the province?", "Tổ chức tuyển dụng vào tháng mấy?"];
    expect(chat(...recruits, "Cho mình xin câu gốc trong báo cáo về số người trúng tuyển").at(-1)!.citations[0]!.quote).toContain("16 công chức trúng tuyển");
    // (A word that asks nothing, "này", names no earlier answer, however few sentences have it.)
    expect(chat("Tỉnh đã xây dựng những nền tảng số nào?", "Thư điện tử cấp cho bao nhiêu cán bộ?", "Số này lấy ở đâu trong báo cáo vậy?").at(-1)!.citations[0]!.quote).toContain("14.970");
  });

  it("answers a request for the sentence of a figure it names, with no conversation before, as the question of that figure", () => {
    for (const q of ["Cho mình xin câu gốc trong báo cáo về số người trúng tuyển", "Give me the exact sentence on how many civil servants were recruited"]) {
      expect(ask(q).citations[0]?.quote, q).toContain("16 công chức trúng tuyển");
    }
  });

  it("answers the same question asked again in other words with the figure just given, and no part or other thing asked that way", () => {
    const [, again] = chat("ket qua tuyen dung cong chuc nam 2024 dau bn nguoi", "bao nhiêu người trúng tuyển");
    expect(again!.facts.map((f) => f.value)).toEqual([16]);
    // (Its parts, two asked: the report gives none.)
    const [, parts] = chat("còn biên chế công chức được giao?", "cấp tỉnh được giao bao nhiêu, cấp huyện bao nhiêu?");
    expect(parts!.answered).toBe(false);
    // (Nor more of what a sentence said: "24/7" is no count of the servers.)
    const [, , servers] = chat("Mạng MetroNet đã kết nối bao nhiêu phần trăm cơ quan nhà nước?", "hạ tầng máy chủ vận hành mấy giờ/ngày?", "tỉnh có bao nhiêu máy chủ?");
    expect(servers!.answered).toBe(false);
  });

  it("reads 'on the payroll' as no word of its own: the allocation, then those actually on the payroll now, and the source of that", () => {
    const [, now, source] = chat("How many civil servant positions were allocated for 2024?", "And how many are actually on the payroll now?", "source?");
    expect(now!.facts.map((f) => f.value)).toEqual([1895]);
    expect(source!.citations[0]!.quote).toContain("1.895");
    // (Nor a change: the falls of both staff measures added.)
    expect(values("Combined, how many fewer people were on the payroll than in 2023, counting both civil-servant positions and public service unit staff?")[0]).toBe(1036);
  });

  it("reads 'cost saving', 'cost reduction' as the compliance costs named, in a follow-up too", () => {
    const [, , rate] = chat("How many administrative procedures were proposed for simplification after the review?", "in how many fields?", "how about the cost reduction rate?");
    expect(rate!.facts.map((f) => f.value)).toEqual([42]);
    const [, , saving] = chat("How many administrative procedures were recommended for simplification?", "Across how many fields?", "And the yearly cost saving?");
    expect(saving!.facts.map((f) => f.value)).toEqual([11322000]);
    expect(values("What is the yearly cost saving?")).toEqual([11322000]);
    expect(ask("How much did the reform cost?").answered).toBe(false);
    // (Nor do costs said in other words stop naming them: late review.)
    for (const q of ["By how much were costs reduced?", "What percentage were costs reduced by?"]) expect(values(q)[0], q).toBe(42);
  });

  it("reads 'Cho xin câu gốc trong báo cáo' as asking the source of the answer before", () => {
    const [, source] = chat("Sở Tư pháp đã góp ý bao nhiêu dự thảo văn bản trong năm?", "Cho xin câu gốc trong báo cáo.");
    expect(source!.answered).toBe(true);
    expect(source!.citations[0]!.quote).toContain("332");
  });

  it("adds the three levels each named in a follow-up ('Total across province, district and commune?' after the districts' and communes' documents)", () => {
    const [, total] = chat("How many legal documents did the district-level councils and committees issue?", "What is the total across province, district and commune?");
    expect(total!.facts.map((f) => f.value)).toEqual([217, 125, 23, 69]);
  });

  it("answers a follow-up too short to show its language ('source?', 'nguon?') in the conversation's language", () => {
    const en = chat("What share of state agencies, province to commune, use the document management and operation system?", "and MetroNet?", "source?");
    expect(en.at(-1)).toMatchObject({ answered: true, lang: "en" });
    expect(chat("Thu ngân sách bao nhiêu?", "nguon?").at(-1)).toMatchObject({ answered: true, lang: "vi" });
    // (Alone, a message that shows no language is answered in Vietnamese.)
    expect(ask("source?").lang).toBe("vi");
  });

  it("reads 'how many fewer …' of another measure after a change since a year as that measure's change since it, and 'Both together?' as their sum", () => {
    const turns = chat("How many civil-servant posts were cut compared with 2023?", "And how many fewer people work in public service units?", "Both together?");
    expect(turns.map((a) => a.facts[0]?.value)).toEqual([48, 988, 1036]);
  });

  it("reads a share of one of two answers 'trên tổng hai cấp' as its share of the two added, the one named by its level", () => {
    const last = chat("UBND tỉnh đã phê duyệt đề án vị trí việc làm cho bao nhiêu đơn vị sự nghiệp công lập?", "Còn cấp huyện duyệt bao nhiêu?", "Phần cấp huyện chiếm tỷ lệ bao nhiêu trên tổng hai cấp?").at(-1)!;
    expect(last.facts[0]!.derived!.formula).toBe("556 / (128 + 556) = 556 / 684 ≈ 81,29%");
  });

  it("reads 'how many of them are actually filled' after an allocation as the number in post it is paired with", () => {
    expect(chat("How many civil-servant positions did the province allocate in 2024?", "And how many of them are actually filled today?").at(-1)!.facts.map((f) => f.value)).toEqual([1895]);
  });

  it("reads a follow-up asking a total of what it names itself as its own question ('Các đoàn kiểm tra tổng cộng bao nhiêu văn bản?' after the teams)", () => {
    expect(chat("Tỉnh đã tổ chức mấy đoàn kiểm tra văn bản QPPL ở cấp huyện?", "Các đoàn kiểm tra tổng cộng bao nhiêu văn bản?").at(-1)!.facts.map((f) => f.value)).toEqual([106]);
  });

  it("reads 'actually working' after an allocation as the number in post, and its fall since 2023 after that", () => {
    const turns = chat("How many state-budget-paid staff were allocated to public service units in 2024?", "And how many are actually working there?", "By how many did that fall compared with 2023?");
    expect(turns.map((a) => a.facts.map((f) => f.value))).toEqual([[22531], [22056], [988]]);
    // (After the allocation, which states no change: the change of the number in post, labelled so.)
    const after = chat("So nguoi lam viec co mat trong cac dvsn cong lap la bn", "con so dc giao?", "giam bn nguoi so voi 2023?").at(-1)!;
    expect(after.facts.map((f) => f.value)).toEqual([988]);
    expect(after.text).toContain("Số người làm việc trong đơn vị sự nghiệp công lập giảm");
    // ("actually using at the moment": in post, the share of the allocation it is. It was declined.)
    expect(values("What percentage of its allocated civil-servant quota is the province actually using at the moment?")).toEqual([97.13, 1895, 1951]);
  });

  it("reads the difference of two rates asked in points, or 'cách nhau', after them as their gap in points (never one of them)", () => {
    for (const q of ["What is the difference between them in percentage points?", "hai tỷ lệ cách nhau bao nhiêu?", "How many percentage points apart are they?"]) {
      const [, , a] = chat("What was the reduction rate in civil-servant positions compared with 2023?", "And for people working in public service units?", q);
      expect(a!.facts.map((f) => f.value), q).toEqual([1.82, 4.29, 2.47]);
    }
  });

  it("reads 'Nhờ tổng hợp giúp 4 chỉ số: A; B; C; D' as a list, answering each; of five, four and saying the rest were not read", () => {
    const a = ask("Nhờ tổng hợp giúp 4 chỉ số: số nhiệm vụ Chính phủ, Thủ tướng giao đã thực hiện; số quy trình nội bộ được phê duyệt; số công chức trúng tuyển; số người được cấp thư điện tử.");
    expect(a.facts.map((f) => f.value)).toEqual([172, 759, 16, 14970]);
    const five = ask("Nhờ tổng hợp giúp 5 chỉ số: số nhiệm vụ Chính phủ, Thủ tướng giao đã thực hiện; số quy trình nội bộ được phê duyệt; số công chức trúng tuyển; số người được cấp thư điện tử; số TTHC bị bãi bỏ.");
    expect(five.facts.map((f) => f.value)).toEqual([172, 759, 16, 14970]);
    expect(five.text).toContain("tối đa bốn số liệu");
  });

  it("reads no list in a colon and semicolons that request nothing, nor in a time; an item naming its own measure or action decides alone", () => {
    expect(values("Lưu ý: tôi hỏi năm 2024; tỉnh đã công bố bao nhiêu thủ tục hành chính?")).toEqual([1117]);
    expect(values("Note: I mean 2024; how many administrative procedures were published?")).toEqual([1117]);
    expect(values("Cuộc họp lúc 10:30; có bao nhiêu TTHC được công bố?")).toEqual([1117]);
    expect(values("Về văn bản QPPL: 1. cấp tỉnh ban hành bao nhiêu 2. số TTHC được công bố")).toEqual([125, 1117]);
    expect(values("Biên chế công chức hiện có: 1. số được giao 2. số hiện có")).toEqual([1951, 1895]);
  });

  it("reads 'đó' (that) as no agent: the follow-up names the measure it compares", () => {
    const [, a] = chat("Tỉnh được giao bao nhiêu người làm việc hưởng lương từ ngân sách?", "so với đó biên chế công chức nhiều hơn bao nhiêu?");
    expect(a!.facts.map((f) => f.value)).not.toContain(56);
  });

  it("reads the unit a request states ('đơn vị: triệu đồng', '(unit: million VND)') as no question of its own, and 'lũy kế' as no content", () => {
    expect(values("Báo cáo số liệu thu ngân sách nhà nước trên địa bàn tỉnh lũy kế đến ngày 06/12/2024 (đơn vị: triệu đồng).")).toEqual([11145304]);
    expect(values("Báo cáo số liệu thu ngân sách nhà nước trên địa bàn tỉnh đến ngày 06/12/2024, đơn vị: triệu đồng.")).toEqual([11145304]);
    expect(values("Provide state budget revenue up to 6 December 2024 (unit: million VND).")).toEqual([11145304]);
    // ("đơn vị tính" names no units counted, whatever the unit after it.)
    expect(values("Cho biết số biên chế công chức được giao, đơn vị tính: biên chế")).toEqual([1951]);
    expect(values("Biên chế công chức hiện có bao nhiêu, đơn vị tính là người?")).toEqual([1895]);
    expect(values("Thu ngân sách năm 2024 là bao nhiêu, đơn vị tính triệu đồng?")).toEqual([11145304]);
    // (A bracket that names units counted is no unit stated.)
    expect(values("Có bao nhiêu đơn vị (đơn vị sự nghiệp công lập) cấp tỉnh được phê duyệt vị trí việc làm?")).toEqual([128]);
  });

  it("reads who is asking ('mình làm ở Sở Tài chính, …', 'e o phong tc-kh huyen phu vang, …') as no part of the question, unless it asks of the asker's own place", () => {
    expect(values("Chào bạn, mình làm ở Sở Tài chính, cần số liệu cho cuộc họp giao ban sáng mai: chi cân đối ngân sách 11 tháng năm 2024 của tỉnh đạt bao nhiêu phần trăm so với dự toán?")).toEqual([75]);
    expect(values("e o phong tc-kh huyen phu vang, can so thu nsnn tren dia ban tinh den 6/12/2024 la bn trieu dong a")).toEqual([11145304]);
    expect(ask("Tôi ở huyện Phú Vang, huyện tôi ban hành bao nhiêu văn bản QPPL?").answered).toBe(false);
    expect(ask("Em ở Phú Vang, huyện em được phê duyệt bao nhiêu đơn vị sự nghiệp?").answered).toBe(false);
    // ("cho mình hỏi" is no "chợ mình", the asker's own place; "ad oi" opens the message as "Chào bạn," does.)
    expect(values("Tôi là giáo viên ở Phú Vang, cho mình hỏi số người làm việc có mặt trong các đơn vị sự nghiệp công lập giảm bao nhiêu phần trăm so với năm 2023?")).toEqual([4.29]);
    expect(values("ad oi minh la vien chuc truong hoc o phu vang, cho minh hoi so nguoi lam viec co mat trong cac dvsn cong lap giam bao nhieu phan tram so voi nam 2023 nhi?")).toEqual([4.29]);
    // (What the asker needs to know, said as a reason before the question, "cần nắm thủ tục nào còn", asks nothing.)
    expect(values("Tôi giúp bà con chuẩn bị hồ sơ nên cần nắm thủ tục nào còn, thủ tục nào đã bỏ. Trong năm 2024, UBND tỉnh đã bãi bỏ bao nhiêu thủ tục hành chính vậy?")).toEqual([176]);
    // (Asked, not said as a reason: "Em muốn biết … theo quyết định nào." is a question.)
    expect(values("Em muon biet ke hoach tuyen dung cong chuc theo quyet dinh nao. Co bao nhieu cong chuc trung tuyen?")).toContain(1699);
  });

  it("reads a closing 'không' / 'k' after 'bao nhiêu' as a tag, not a yes/no question ('dot tuyen cong chuc 2024 co bn nguoi dau k')", () => {
    expect(values("dot tuyen cong chuc 2024 co bn nguoi dau k")).toEqual([16]);
    // (A yes/no question naming the figure is still one: its sentence confirms it.)
    expect(values("Có phải tỉnh bãi bỏ 176 TTHC không?")).toEqual([176]);
  });

  it("reads 'cuối cùng', 'rốt cuộc' (in the end) as saying nothing of what is asked", () => {
    for (const q of ["Đợt tuyển dụng công chức tháng 7/2024 của tỉnh cuối cùng có mấy người trúng tuyển hả anh?", "rốt cuộc có mấy người trúng tuyển?", "cuoi cung co may nguoi trung tuyen"]) expect(values(q), q).toEqual([16]);
  });

  it("declines a count in the unit another figure of the measure is counted in ('quyết định', 'nghị quyết') when the figure found is counted in its own", () => {
    expect(ask("Cấp huyện ban hành bao nhiêu quyết định QPPL?").answered).toBe(false);
    expect(ask("cap xa ban hanh bao nhieu nghi quyet qppl").answered).toBe(false);
    expect(values("HĐND tỉnh ban hành bao nhiêu nghị quyết?")).toEqual([31]);
    expect(values("UBND tỉnh ban hành bao nhiêu quyết định QPPL?")).toEqual([94]);
    // (A unit of one word, "người", counts people of any figure.)
    expect(values("Năm 2024 tỉnh giao chỉ tiêu bao nhiêu người?")[0]).toBe(22531);
  });

  it("reads English abbreviations of the bodies ('district PCs', 'PSUs') as their names", () => {
    expect(values("What is the total count of state administrative bodies (provincial departments, sub-departments and district PCs) with an approved job-position scheme?")).toEqual([46, 22, 15, 9]);
    expect(values("How many PSUs are there with approved job position schemes at district level?")).toEqual([556]);
  });

  it("reads 'provincial' before what is counted as the province's, and before agencies as their level", () => {
    expect(values("How many provincial civil servant positions were allocated?")).toEqual([1951]);
    expect(values("provincial civil servant headcount decrease versus 2023?")).toEqual([48]);
    // (The 1.951 are the provincial agencies' and the district committees' together.)
    expect(ask("How many civil servant positions were allocated to provincial agencies?")).toMatchObject({ answered: false, reason: "no-breakdown" });
    // (Past other levels joined to it: every level of the figure named.)
    expect(values("Civil servant positions for provincial, district agencies?")).toEqual([1951, 1895]);
  });

  it("reads 'Chênh lệch giữa số giao và số hiện có' after the two answers as their difference, each side naming one", () => {
    const a = chat("Biên chế công chức giao cho tỉnh năm 2024 là bao nhiêu?", "Hiện có bao nhiêu?", "Chênh lệch giữa số giao và số hiện có là bao nhiêu?").at(-1)!;
    expect(a.facts[0]!.derived!.formula).toBe("1.951 − 1.895 = 56");
    // (Said alone, a "và" inside a side's words is not where the sides part.)
    expect(formula("Chênh lệch giữa số người làm việc được giao và số người thực tế có mặt tại các đơn vị sự nghiệp công lập là bao nhiêu?")).toBe("22.531 − 22.056 = 475");
  });

  it("reads 'What's that as a ratio of the published ones?' after the procedures abolished as their share of those published", () => {
    const a = chat("How many administrative procedures did the province publish in 2024?", "And how many were abolished?", "What's that as a ratio of the published ones?").at(-1)!;
    expect(a.facts.map((f) => f.value)).toEqual([15.76, 176, 1117]);
  });

  it("reads 'Net difference?', 'How big is the gap?', 'Difference between the two?' after two figures as their difference", () => {
    for (const q of ["Net difference?", "How big is the gap?", "Difference between the two?", "chênh lệch giữa hai số?"]) {
      const [, , a] = chat("How many administrative procedures did the provincial committee announce?", "And abolished?", q);
      expect(a!.facts.map((f) => f.value), q).toEqual([941, 1117, 176]);
    }
  });

  it("does not carry a share of one reference to another measure's share of another ('Còn chi cân đối?' after revenue against the same period)", () => {
    expect(chat("Thu NSNN trên địa bàn tỉnh tính đến 06/12/2024 được bao nhiêu?", "So với cùng kỳ?", "Còn chi cân đối?").at(-1)!.facts[0]!.value).toBe(11387742);
    // Of the same reference, the share is carried.
    expect(chat("Thu NSNN đạt bao nhiêu % dự toán?", "Còn chi cân đối?").at(-1)!.facts[0]!.value).toBe(75);
    // The action alone, with the kind asked after it, is the same follow-up.
    expect(chat("thu ns dat bn % du toan", "chi thì sao, bn %?").at(-1)!.facts.map((f) => f.value)).toEqual([75]);
  });

  it("computes the rise a share of the same period implies when a follow-up asks it ('tức là tăng thêm bao nhiêu tiền?')", () => {
    const money = chat("Thu ngân sách năm 2024 đạt bao nhiêu phần trăm so với cùng kỳ năm trước?", "tức là tăng thêm bao nhiêu tiền?").at(-1)!;
    expect(money.facts[0]!.derived!.formula).toContain("1.926.690");
    const rate = chat("Thu ngân sách tỉnh đến 06/12/2024 được bao nhiêu?", "so với cùng kỳ tăng bao nhiêu %?").at(-1)!;
    expect(rate.facts[0]!.value).toBe(20.9);
  });

  it("reads 'năm ngoái có bao nhiêu người?' after the change as last year's value, not the figure the change is of", () => {
    const last = chat("Hiện có bao nhiêu người làm việc có mặt trong các đơn vị sự nghiệp công lập?", "giảm bao nhiêu so với 2023?", "vậy năm ngoái có bao nhiêu người?").at(-1)!;
    expect(last.facts[0]!.derived!.formula).toBe("22.056 + 988 = 23.044");
  });

  it("reads a rate asked with no subject ('chiếm bao nhiêu % tổng số văn bản QPPL cấp tỉnh?') as the previous figure's, however long the whole it names", () => {
    for (const q of ["chiếm bao nhiêu % tổng số văn bản cấp tỉnh?", "chiếm bao nhiêu phần trăm tổng số văn bản QPPL cấp tỉnh?"]) {
      expect(chat("HĐND tỉnh thông qua bao nhiêu nghị quyết quy phạm pháp luật?", "Còn UBND tỉnh?", q).at(-1)!.facts[0]!.derived!.formula).toBe("94 / 125 = 75,2%");
    }
  });

  it("cites the previous answer again for 'Where does the report say that?' and 'Báo cáo nói ở đâu?'", () => {
    // ("Đoàn nào kiểm tra?" asks which teams, not where the answer is from.)
    expect(chat("How many civil servants passed the 2024 recruitment?", "Đoàn nào kiểm tra?").at(-1)!.citations[0]?.quote ?? "").not.toContain("16 công chức trúng tuyển");
    for (const q of ["Where does the report say that?", "where is that from?", "Where does that figure come from?", "Where does the figure on recruitment come from?", "Báo cáo nói ở đâu?", "số liệu này ghi ở đâu vậy"]) {
      const a = chat("How many civil servants passed the 2024 recruitment?", q).at(-1)!;
      expect(a.facts.map((f) => f.value)).toEqual([16]);
      expect(a.citations[0]!.quote).toContain("16 công chức trúng tuyển");
    }
  });

  it("reads an order to add ('cộng A với B lại giúp mình'), with no 'bao nhiêu', as asking the sum", () => {
    expect(formula("cộng văn bản QPPL cấp huyện với cấp xã lại giúp mình")).toBe("23 + 69 = 92");
    expect(chat("HĐND tỉnh ban hành bao nhiêu nghị quyết QPPL trong năm 2024?", "Còn cấp huyện?", "cấp xã thì sao", "cộng huyện với xã lại giúp mình").at(-1)!.facts[0]!.derived!.formula).toBe("23 + 69 = 92");
  });

  it("reads 'tương ứng' ('correspondingly') after a rate as asking the count that goes with it", () => {
    for (const q of ["Tương ứng giảm bao nhiêu biên chế?", "tuong ung giam bn bien che?"]) {
      expect(chat("Tỷ lệ giảm biên chế công chức so với năm 2023 là bao nhiêu?", q).at(-1)!.facts.map((f) => f.value), q).toEqual([48]);
    }
  });

  it("reads 'help' in an English question ('did it help self-check') as no content word", () => {
    expect(values("How many draft legal documents did the Department of Justice appraise, and how many documents issued by the provincial People's Committee did it help self-check?")).toEqual([173, 89]);
  });

  it("reads 'ngoài ra' ('besides') opening a clause as asking one more figure, nothing left out", () => {
    expect(values("KH CCHC 2024: đã hoàn thành bao nhiêu NV / tổng số bao nhiêu NV; ngoài ra thực hiện bao nhiêu NV được CP, TTgCP giao?")).toEqual([31, 34, 172]);
    expect(values("ngoài 31 nghị quyết ra thì còn bao nhiêu văn bản QPPL cấp tỉnh?")).toEqual([94]);
  });

  it("reads 'CQCM' as the report's 'cơ quan chuyên môn'", () => {
    expect(values("ĐVSN được phê duyệt VTVL: (a) trực thuộc UBND tỉnh; (b) thuộc các CQCM; (c) thuộc thẩm quyền quản lý của UBND cấp huyện – mỗi loại bao nhiêu?")).toEqual([11, 117, 556]);
  });

  it("keeps asking shares across measures when the other measure's share is of another reference ('còn chi cân đối?' after revenue against the same period)", () => {
    const a = chat("Thu NSNN đến 06/12 đạt bao nhiêu % dự toán?", "So với cùng kỳ năm trước thì sao?", "Còn chi cân đối ngân sách?").at(-1)!;
    expect(a.facts.map((f) => f.value)).toEqual([75]);
    expect(a.text).toContain("dự toán");
    expect(chat("What share of the annual estimate had state budget revenue reached by 6 December 2024?", "And compared with the same period last year?", "What about balanced budget spending?").at(-1)!.facts.map((f) => f.value)).toEqual([75]);
  });

  it("answers an operand asked on its own before the operation first, then the computed figure ('hoàn thành bao nhiêu, và còn mấy chưa xong?')", () => {
    expect(values("Năm 2024 tỉnh hoàn thành bao nhiêu nhiệm vụ trong kế hoạch CCHC, và còn mấy nhiệm vụ chưa xong?").slice(0, 2)).toEqual([31, 3]);
    expect(values("Chi cân đối ngân sách 11 tháng đạt mấy phần trăm dự toán, còn thiếu mấy phần trăm nữa mới đủ 100%?")).toEqual([75, 25]);
    expect(values("Biên chế công chức hiện có của tỉnh là bao nhiêu; còn năm 2023 là bao nhiêu?").slice(0, 2)).toEqual([1895, 1943]);
    // (The computed figure asked alone comes first.)
    for (const q of ["còn bao nhiêu nhiệm vụ chưa hoàn thành?", "còn mấy nhiệm vụ chưa hoàn thành?"]) expect(values(q)[0], q).toBe(3);
    expect(values("Biên chế công chức năm 2023 là bao nhiêu?")[0]).toBe(1943);
  });

  it("reads 'bên' ('side') as no content word ('còn bên công chức?')", () => {
    const turns = chat("so nguoi lam viec co mat trong dvsn cong lap la bn", "giam bn?", "con ben cong chuc?", "cong lai?");
    expect(turns[2]!.facts.map((f) => f.value)).toEqual([48]);
    expect(turns[3]!.facts[0]!.derived!.formula).toBe("988 + 48 = 1.036");
  });

  it("reads 'trừ đi thì sao?' after two figures as the first less the second, and 'Trừ đi X, …' as leaving X out", () => {
    for (const q of ["tru di thi sao", "trừ đi còn bao nhiêu"]) {
      expect(chat("UBND tỉnh công bố bao nhiêu thủ tục hành chính trong năm?", "bãi bỏ?", q).at(-1)!.facts[0]!.derived!.formula, q).toBe("1.117 − 176 = 941");
    }
    expect(values("Trừ đi các sở ban ngành và chi cục, có bao nhiêu đơn vị UBND cấp huyện được phê duyệt đề án vị trí việc làm?")).toEqual([9]);
  });

  it("reads 'mỗi nơi' after a list as asking each item's figure", () => {
    expect(values("Năm 2024, HĐND tỉnh, UBND tỉnh, cấp huyện và cấp xã mỗi nơi ban hành bao nhiêu văn bản QPPL?")).toEqual([31, 94, 23, 69]);
  });

  it("leaves out every item of an English enumeration, hyphenated words too ('excluding A, the sub-departments and B, how many …')", () => {
    expect(values("Excluding the district People's Committees, the sub-departments and the public service units, how many provincial departments had job-position schemes approved?")).toEqual([22]);
  });

  it("reads a bare 'tỷ lệ?' after last year's figure worked out from the change as the change's stated rate, not in post over allocated", () => {
    expect(chat("Năm 2024 tỉnh giao bao nhiêu biên chế công chức cho các cơ quan hành chính?", "hien co?", "nam ngoai?", "ty le?").at(-1)!.facts.map((f) => f.value)).toEqual([2.47]);
    expect(chat("Năm 2024 tỉnh giao bao nhiêu biên chế công chức?", "hien co?", "ty le?").at(-1)!.facts[0]!.derived!.formula).toBe("1.895 / 1.951 ≈ 97,13%");
  });

  it("takes out of a sum the operand what is left out names by its unit or level ('không tính UBND cấp huyện thì tổng số cơ quan hành chính …')", () => {
    expect(formula("không tính UBND cấp huyện thì tổng số cơ quan hành chính được duyệt đề án VTVL là bao nhiêu?")).toBe("22 + 15 = 37");
    expect(formula("không tính cấp huyện thì tổng số cơ quan hành chính được duyệt đề án VTVL là bao nhiêu?")).toBe("22 + 15 = 37");
    expect(formula("không tính Chi cục thì tổng số cơ quan hành chính được duyệt đề án VTVL là bao nhiêu?")).toBe("22 + 9 = 31");
  });

  it("after a rate, 'tương ứng bao nhiêu …?' asks the count its sentence states with it; 'tương ứng' alone is no small talk", () => {
    expect(chat("Tỷ lệ giảm biên chế công chức?", "tương ứng bao nhiêu biên chế?").at(-1)!.facts.map((f) => f.value)).toEqual([48]);
    expect(chat("Tỷ lệ giảm người làm việc?", "tương ứng bao nhiêu người?").at(-1)!.facts.map((f) => f.value)).toEqual([988]);
    expect(chat("Chi cân đối đạt bao nhiêu % dự toán?", "tương ứng bao nhiêu?").at(-1)!.facts.map((f) => f.value)).toEqual([11387742]);
  });

  it("keeps in post over allocated for a rate naming those in post after last year's figure ('fill rate?', 'tỷ lệ hiện có?')", () => {
    for (const q of ["fill rate?", "tỷ lệ hiện có?"]) {
      expect(chat("Năm 2024 tỉnh giao bao nhiêu biên chế công chức?", "hien co?", "nam ngoai?", q).at(-1)!.facts[0]!.value, q).toBe(97.13);
    }
  });

  it("reads a last clause saying only 'mỗi cấp bao nhiêu?' after a clause that asks as asking each item of it", () => {
    for (const q of ["Cấp huyện và cấp xã ban hành bao nhiêu văn bản QPPL, mỗi cấp bao nhiêu?", "Cấp huyện và cấp xã ban hành bao nhiêu văn bản QPPL, mỗi nơi bao nhiêu?"]) expect(values(q), q).toEqual([23, 69]);
    // ("mỗi cơ quan" may ask a figure per agency: no list of items.)
    expect(values("Sở Tư pháp và UBND tỉnh, mỗi cơ quan góp ý bao nhiêu dự thảo?")).toEqual([332]);
  });

  it("still declines a place asked ('… nằm ở đâu?', '… lấy ở đâu ra?'), and reads 'Trừ đi số …, …' as leaving out", () => {
    for (const q of ["Bộ phận một cửa nằm ở đâu?", "Tiền chi cân đối lấy ở đâu ra?"]) expect(ask(q).answered, q).toBe(false);
    expect(values("Trừ đi số TTHC bãi bỏ, tỉnh công bố bao nhiêu TTHC?")).toEqual([1117]);
  });

  it("asks no rate a bracket names after a clause asking no change nor a rate of what it names ('(số; tỷ lệ)' of e-mail accounts)", () => {
    expect(values("Thư điện tử cấp cho bao nhiêu người (số; tỷ lệ)?")).not.toContain(100);
    expect(values("Tỷ lệ cắt giảm chi phí (số tiền; %)?")).toEqual([42]);
  });

  it("keeps a count across to another measure after a share of the estimate unless that measure's amounts share its unit ('còn TTHC một cửa?' is 2.071)", () => {
    expect(chat("Thu ngân sách bằng bao nhiêu % dự toán?", "còn TTHC một cửa?").at(-1)!.facts.map((f) => f.value)).toEqual([2071]);
    expect(chat("Thu NSNN đến 06/12 đạt bao nhiêu % dự toán?", "So với cùng kỳ năm trước thì sao?", "còn quy trình nội bộ?").at(-1)!.facts.map((f) => f.value)).toEqual([759]);
  });

  it("adds to the answers before, each of its own level, the level a follow-up adds ('cộng lại cả tỉnh nữa?'), and takes a level out of that sum ('không tính cấp xã thì sao?')", () => {
    for (const q of ["cong lai ca tinh nua?", "cộng thêm cấp tỉnh?", "cộng cả tỉnh nữa?"]) {
      expect(chat("Cấp huyện năm nay ban hành bao nhiêu văn bản QPPL?", "con xa?", q).at(-1)!.facts[0]!.derived!.formula, q).toBe("23 + 69 + 125 = 217");
    }
    expect(chat("Cấp huyện năm nay ban hành bao nhiêu văn bản QPPL?", "con xa?", "cong lai ca tinh nua?", "không tính cấp xã thì sao?").at(-1)!.facts[0]!.derived!.formula).toBe("23 + 125 = 148");
  });

  it("gives the whole before its part among readings when the question says only that the part belongs somewhere ('public service units under the province')", () => {
    expect(values("How many public service units under the province had their job-position schemes approved?")[0]).toBe(128);
    // (Naming what sets the part apart keeps it first.)
    expect(values("How many public service units under specialised agencies had their schemes approved?")[0]).toBe(117);
  });

  it("after a sum, reads a message leaving something out that asks another thing as that question; adds to the answers as given; no sum still of a level left out", () => {
    expect(chat("Cấp huyện năm nay ban hành bao nhiêu văn bản QPPL?", "con xa?", "cong lai ca tinh nua?", "không tính cấp xã thì UBND tỉnh ban hành bao nhiêu quyết định?").at(-1)!.facts.map((f) => f.value)).toEqual([94]);
    expect(chat("UBND tỉnh ban hành bao nhiêu quyết định QPPL?", "còn huyện?", "cộng cả xã nữa?").at(-1)!.facts[0]!.derived!.formula).toBe("94 + 23 + 69 = 186");
    expect(chat("tổng biên chế công chức và người làm việc được giao?", "không tính cấp tỉnh thì sao?").at(-1)!.answered).toBe(false);
    // ("cộng thêm bao nhiêu" asks how many more: no sum of the answers.)
    expect(ask("năm 2024 tỉnh được cộng thêm bao nhiêu biên chế công chức?").facts.some((f) => f.derived)).toBe(false);
  });

  it("leaves out an enumeration of one level's names ('không tính cấp xã, phường, thị trấn thì …') and every item of a list before 'và … thì'", () => {
    for (const q of [
      "Không tính cấp xã, phường, thị trấn thì HĐND, UBND cấp tỉnh và cấp huyện ban hành tổng cộng bao nhiêu văn bản QPPL trong năm 2024?",
      "khong tinh xa, phuong, thi tran thi tong so vb qppl ban hanh la bn",
    ]) expect(ask(q).facts[0]?.derived?.formula, q).toBe("125 + 23 = 148");
    // (Another level after the comma is still what is asked.)
    expect(values("Ngoài cấp tỉnh, cấp huyện thì ban hành bao nhiêu văn bản QPPL?")).toEqual([23]);
    // Every item left out: no figure of one of them.
    for (const q of ["không kể Sở ban ngành, Chi cục, và UBND cấp huyện thì còn bao nhiêu cơ quan được duyệt đề án VTVL?", "không kể Sở ban ngành, Chi cục và UBND cấp huyện thì còn bao nhiêu cơ quan được duyệt đề án VTVL?"]) {
      expect(ask(q).facts.map((f) => f.value), q).not.toContain(22);
    }
    expect(values("không kể Sở ban ngành, Chi cục và UBND cấp huyện thì còn bao nhiêu đơn vị được duyệt đề án VTVL?")).toEqual([128]);
  });

  it("reads 'ít hơn bao nhiêu so với năm 2023' as the change the report states, and 'ít hơn năm 2023 bao nhiêu' never as last year's figure", () => {
    expect(values("biên chế công chức ít hơn bao nhiêu so với năm 2023?")).toEqual([48]);
    // ("hơn năm 2023" is no baseline: read so, it gave levels and rates for changes the report never states.)
    for (const q of ["dvsn cong lap nam nay co mat it hon nam 2023 bn nguoi vay", "người làm việc trong đvsn năm nay có mặt ít hơn năm 2023 bao nhiêu người?"]) expect(values(q)[0], q).not.toBe(23044);
  });

  it("cites the previous answer when its wording is asked ('câu đó trong báo cáo ghi thế nào?'), not which report", () => {
    for (const q of ["câu đó trong báo cáo ghi thế nào, trích nguyên văn giúp mình", "báo cáo ghi thế nào?", "what is the exact wording?"]) {
      const a = chat("Tỉnh bãi bỏ bao nhiêu TTHC?", q).at(-1)!;
      expect(a.facts.map((f) => f.value), q).toEqual([176]);
      expect(a.citations[0]!.quote, q).toContain("bãi bỏ 176");
    }
    expect(chat("Tỉnh bãi bỏ bao nhiêu TTHC?", "theo báo cáo nào?").at(-1)!.facts.map((f) => f.value)).toEqual([627]);
  });

  it("reads an action that says whose things before a passive one as describing them ('documents issued by the communes were checked'): no figure of the issuing alone", () => {
    for (const q of ["How many legal normative documents issued by the communes were checked in 2024?", "van ban qppl cap xa ban hanh dc kiem tra bn"]) expect(ask(q).answered, q).toBe(false);
    // (One action named twice over, "cut", or one asked alone, is still answered.)
    expect(ask("How many legal documents did the communes issue?").facts.map((f) => f.value)).toEqual([69]);
    expect(values("Sở Tư pháp tự kiểm tra bao nhiêu văn bản do UBND tỉnh ban hành?")).toEqual([89]);
  });

  it("parts the items of a list after a colon at a dash as at a semicolon ('…; B – và C?'), and says a clause left unsearched was not found, never that the report lacks it", () => {
    expect(values("Cho tôi xin các tỷ lệ sau: tỷ lệ cắt giảm chi phí tuân thủ TTHC; tỷ lệ giảm biên chế công chức so với 2023 – và chi cân đối ngân sách 11 tháng đạt bao nhiêu % dự toán?")).toEqual([42, 2.47, 75]);
    const four = ask("Cho tôi xin các tỷ lệ sau: tỷ lệ cắt giảm chi phí tuân thủ TTHC; tỷ lệ giảm biên chế công chức so với 2023; tỷ lệ giảm người làm việc trong ĐVSN công lập so với 2023 – và chi cân đối ngân sách 11 tháng đạt bao nhiêu % dự toán?");
    expect(four.facts.map((f) => f.value).slice(0, 3)).toEqual([42, 2.47, 4.29]);
    expect(four.text).not.toContain("Báo cáo không có số liệu");
    if (four.facts.length < 4) expect(four.text).toContain("Tôi chưa tìm được số liệu");
  });

  // Known miss: "Gộp A với B" past the commas of their names (read so, "Gộp 22 Sở, 15 Chi cục với 09 UBND cấp huyện" added only the last two).
  it.fails("adds what 'Gộp A với B' joins past the commas of their names", () => {
    expect(ask("Gộp số cơ quan, đơn vị được ban hành quy định chức năng, nhiệm vụ mới với số được sửa đổi, bổ sung chức năng, nhiệm vụ thì được bao nhiêu lượt cơ quan, đơn vị?").facts[0]?.derived?.formula).toBe("32 + 6 = 38");
  });

  it("never adds only the last items of a list joined to 'Gộp … với' ('Gộp 22 Sở, 15 Chi cục với 09 UBND cấp huyện')", () => {
    expect(ask("Gộp 22 Sở, 15 Chi cục với 09 UBND cấp huyện thì bao nhiêu cơ quan?").facts.map((f) => f.value)).not.toContain(24);
  });

  it("reads a list after a colon item by item, no courtesy as an item ('…; cảm ơn ad nhiều')", () => {
    expect(values("cho e hoi may cai nay: ubnd tinh cong bo bn tthc; bai bo bn tthc; cam on ad nhieu")).toEqual([1117, 176]);
  });

  it("parts clauses at a slash typed alone between them ('A bao nhiêu / B là bao nhiêu / và C bao nhiêu?')", () => {
    expect(values("hiện có bao nhiêu biên chế công chức / tổng số người làm việc có mặt trong các đơn vị sự nghiệp công lập là bao nhiêu / và thư điện tử đã cấp cho bao nhiêu cán bộ, công chức, viên chức?")).toEqual([1895, 22056, 14970]);
    expect(values("bien che cong chuc hien co bn / nguoi lam viec co mat la bn / thu dien tu cap cho bn can bo")).toEqual([1895, 22056, 14970]);
  });

  it("reads 'tiện hỏi luôn', 'by the way' as saying nothing, no money asked", () => {
    expect(values("hoi thi truc tuyen tim hieu cchc co bn co quan, don vi tham gia, bn luot nguoi du thi?? tien hoi luon dot tuyen dung cong chuc 2024 co bn nguoi trung tuyen")).toEqual([214, 107737, 16]);
    expect(values("tiện hỏi luôn tiết kiệm bao nhiêu tiền?")).toEqual([11322000]);
  });

  it("after a sum, gives the share of the one figure added a follow-up names by its level ('vậy phần của cấp xã chiếm bao nhiêu phần trăm?')", () => {
    const a = chat("Tổng văn bản QPPL ba cấp là bao nhiêu?", "vậy phần của cấp xã chiếm bao nhiêu phần trăm?").at(-1)!;
    expect(a.facts[0]!.derived!.formula).toBe("69 / (125 + 23 + 69) = 69 / 217 ≈ 31,8%");
    // (A body within one of them is no figure added: declined, not another's share.)
    expect(chat("Tổng văn bản QPPL ba cấp là bao nhiêu?", "HĐND tỉnh chiếm bao nhiêu %?").at(-1)!.facts.map((f) => f.value)).not.toContain(57.6);
  });

  it("declines a count of what a figure's sentence says is had when the question denies it ('chưa có thư điện tử', 'have no email account')", () => {
    for (const q of ["bao nhiêu cán bộ chưa có thư điện tử?", "bao nhieu can bo chua co thu dien tu", "How many officials still have no official email account?"]) expect(ask(q).answered, q).toBe(false);
    expect(values("có bao nhiêu cán bộ có thư điện tử?")).toEqual([14970]);
    expect(values("How many officials have an email account?")).toEqual([14970]);
    expect(ask("How many tasks were not completed?").facts[0]!.derived!.formula).toBe("34 − 31 = 3");
  });

  it("declines a follow-up counting places or things a rate given is not a count of ('cụ thể là bn xã, phường dc kết nối' after the 100% connected)", () => {
    for (const t of ["cu the la bn xa, phuong dc ket noi", "bao nhiêu xã được kết nối?"]) expect(chat("metronet ket noi dc bn % co quan nha nuoc", t).at(-1)!.answered, t).toBe(false);
    expect(chat("metronet ket noi dc bn % co quan nha nuoc", "còn hệ thống quản lý văn bản?").at(-1)!.facts.map((f) => f.value)).toEqual([100]);
  });

  it("mends after the midway review: places, some of a level's units, or one level left out; 'hơn' a baseline only of a stated change; wording asked of a new subject; lists within names", () => {
    // Places left out: the report breaks no figure down by district.
    for (const q of ["Không tính Nam Đông, A Lưới, Phong Điền và thành phố Huế thì kiểm tra bao nhiêu văn bản?", "khong tinh nam dong, a luoi, phong dien va tp hue thi kiem tra bn vb"]) expect(ask(q).answered, q).toBe(false);
    // Wards or townships only: no breakdown; a level left out: the levels left, each.
    for (const q of ["Không tính phường, thị trấn thì ban hành bao nhiêu văn bản QPPL?", "Không tính thị trấn thì ban hành bao nhiêu văn bản QPPL?"]) expect(ask(q).answered, q).toBe(false);
    expect(values("Không tính cấp xã thì ban hành bao nhiêu văn bản QPPL?")).toEqual([125, 23]);
    expect(values("Khong tinh cap xa, phuong, thi tran thi ban hanh bao nhieu van ban QPPL?")).toEqual([125, 23]);
    expect(values("Không tính huyện, thị xã thì ban hành bao nhiêu văn bản QPPL?")).toEqual([125, 69]);
    // No change since 2023 stated: declined, not the level or another measure's change.
    for (const q of ["Chi cân đối ngân sách nhiều hơn năm 2023 bao nhiêu?", "Số lượt người dự thi cao hơn năm 2023 bao nhiêu %?", "Tiết kiệm chi phí nhiều hơn năm 2023 bao nhiêu?", "Dự toán thu ngân sách cao hơn năm 2023 bao nhiêu?"]) expect(ask(q).answered, q).toBe(false);
    expect(ask("biên chế công chức năm 2024 ít hơn 2023 mấy người?").facts.map((f) => f.value)).not.toContain(940);
    expect(values("bien che cong chuc it hon nam ngoai bn")[0]).not.toBe(1943);
    expect(values("biên chế công chức ít hơn năm 2023 bao nhiêu, người làm việc ít hơn bao nhiêu?")).not.toContain(22056);
    // Its wording asked of a new subject is that subject.
    expect(chat("Tỉnh bãi bỏ bao nhiêu TTHC?", "còn thư điện tử ghi thế nào?").at(-1)!.facts.map((f) => f.value)).toEqual([14970]);
    // A list's items part at ";" (or a dash before "và"), not at an ellipsis or a dash within a name; "chi" is spending.
    expect(values("Mấy ý sau: chi cân đối ngân sách... đạt bao nhiêu % dự toán; thu ngân sách?")).toEqual([75, 11145304]);
    expect(values("cho hỏi mấy số sau: thu ngân sách; chi")).toEqual([11145304, 11387742]);
    expect(values("Cho hỏi mấy ý: số TTHC một cửa – một cửa liên thông; số TTHC công bố")).toEqual([2071, 1117]);
    // A verb after "by" before an active one is no passive: "recruited by the province passed".
    expect(values("How many civil servants recruited by the province passed?")).toEqual([16]);
  });

  it("shares one of two figures added in their sum ('… % tổng số công bố và bãi bỏ', '…, trong đó bãi bỏ chiếm bao nhiêu %'), never one over the other", () => {
    for (const q of ["TTHC bãi bỏ chiếm bao nhiêu % tổng số công bố và bãi bỏ?", "Gộp TTHC công bố với bãi bỏ, trong đó bãi bỏ chiếm bao nhiêu %?", "Tổng TTHC công bố và bãi bỏ, trong đó bãi bỏ chiếm bao nhiêu phần trăm?"]) {
      expect(ask(q).facts[0]?.derived?.formula, q).toBe("176 / (1.117 + 176) = 176 / 1.293 ≈ 13,61%");
    }
  });

  it("gives no figure of another thing, nor of an item quoted, when items of a list are left out ('Không kể Sở ban ngành, Chi cục và UBND cấp huyện thì còn bao nhiêu cơ quan?')", () => {
    for (const q of ["Không kể Sở ban ngành, Chi cục và UBND cấp huyện thì còn bao nhiêu cơ quan?", "khong ke so ban nganh, chi cuc va ubnd cap huyen thi con bn co quan", "Không tính 22 Sở ban ngành, 15 Chi cục và 09 UBND cấp huyện thì còn bao nhiêu?"]) {
      expect(ask(q).answered, q).toBe(false);
    }
    expect(values("Không tính 31 nghị quyết, 94 quyết định và 23 văn bản cấp huyện thì còn bao nhiêu văn bản QPPL?")).toEqual([69]);
    expect(values("không kể Sở ban ngành, Chi cục và UBND cấp huyện thì còn bao nhiêu đơn vị được duyệt đề án VTVL?")).toEqual([128]);
  });

  it("gives those in post over those allocated for a rate 'so với được giao' right after the allocation, those in post answered before it", () => {
    expect(chat("hien co bn bien che cong chuc vay", "the so dc giao nam 2024", "ti le so voi dc giao").at(-1)!.facts[0]!.derived!.formula).toBe("1.895 / 1.951 ≈ 97,13%");
  });

  // Known miss: an item of a list after a colon asking two figures past "??" and an ellipsis is read as one.
  it("reads an item of a list after a colon that asks twice as two questions ('… là bn?? lợi ích … bn tiền... còn …; e cần gấp ạ')", () => {
    expect(values("cho e hoi may cai nay nha ad: so tthc dc kien nghi don gian hoa la bn?? loi ich tiet kiem chi phi tuan thu moi nam la bn tien... con ubnd tinh bai bo bn tthc; e can gap a")).toEqual([62, 11322000, 176]);
  });

  it("keeps a part named by what it belongs to first among readings ('under provincial departments'), the whole first after a level alone ('thuộc tỉnh')", () => {
    expect(values("How many public service units under provincial departments had their schemes approved?")[0]).toBe(117);
    expect(values("Có bao nhiêu đơn vị sự nghiệp thuộc tỉnh được phê duyệt đề án vị trí việc làm?")[0]).toBe(128);
  });

  it("keeps 'nữa' a word of its own ('còn mấy nhiệm vụ nữa?', 'nửa năm', '2 năm nữa'), and adds a level only when nothing else is asked ('cộng thêm cấp xã, tỷ lệ cấp xã?')", () => {
    expect(chat("hoàn thành bao nhiêu nhiệm vụ CCHC?", "còn mấy nhiệm vụ nữa?").at(-1)!.facts.map((f) => f.value)).not.toEqual([34, 172]);
    for (const q of ["thu ngan sach nua nam dau?", "2 năm nữa có bao nhiêu công chức?"]) expect(ask(q).answered, q).toBe(false);
    expect(chat("tỉnh ban hành bao nhiêu văn bản QPPL?", "còn huyện?", "cộng thêm cấp xã, tỷ lệ cấp xã?").at(-1)!.facts[0]?.value).not.toBe(217);
    expect(chat("Cấp huyện năm nay ban hành bao nhiêu văn bản QPPL?", "con xa?", "cong lai ca tinh nua?").at(-1)!.facts[0]!.derived!.formula).toBe("23 + 69 + 125 = 217");
  });

  it("answers a question that asks its source beside it ('…, nguồn ở đâu?', '…, báo cáo ghi ở đâu?'), no place asked", () => {
    expect(values("Sở Tư pháp tự kiểm tra bao nhiêu văn bản, nguồn ở đâu?")).toEqual([89]);
    expect(values("tỉnh giao bao nhiêu biên chế công chức, nói ở đâu?")).toEqual([1951]);
    expect(ask("Việc tự kiểm tra văn bản triển khai theo kế hoạch nào, nguồn ở đâu?").text).toContain("391/KH-UBND");
    // (A place asked is still no question the report answers.)
    expect(ask("Bộ phận một cửa tỉnh ở đâu?")).toMatchObject({ answered: false, reason: "out-of-scope" });
  });

  it("cites the previous answer again for a sentence of the report asked ('Trong báo cáo câu nào nói vậy, trích giúp mình.'), not the report's number", () => {
    for (const q of ["Trong báo cáo câu nào nói vậy, trích giúp mình.", "Báo cáo câu nào nói vậy?"]) {
      const a = chat("Hệ thống quản lý văn bản và điều hành đã triển khai cho bao nhiêu phần trăm cơ quan nhà nước?", q).at(-1)!;
      expect(a.facts.map((f) => f.value)).toEqual([100]);
      expect(a.citations[0]!.quote).toContain("Hệ thống quản lý văn bản và điều hành");
    }
    // Which report, asked: its number.
    expect(values("Báo cáo nào?")).toEqual([627]);
    for (const q of ["Báo cáo đoạn nào?", "Trong báo cáo đoạn nào?", "Báo cáo phần nào?", "số liệu này lấy ở đoạn nào trong báo cáo?", "lấy ở đoạn nào?", "mục nào của báo cáo?"]) {
      const a = chat("Tỉnh bãi bỏ bao nhiêu TTHC?", q).at(-1)!;
      expect(a.facts.map((f) => f.value)).toEqual([176]);
      expect(a.citations[0]!.quote).toContain("bãi bỏ 176");
    }
    // (A new figure asked with where it is said is that figure: "còn công bố bao nhiêu, ở đoạn nào?".)
    expect(chat("Tỉnh bãi bỏ bao nhiêu TTHC?", "còn công bố bao nhiêu, ở đoạn nào?").at(-1)!.facts.map((f) => f.value)).toEqual([1117]);
    // A part asked ("phần nào do …"), teams ("đoàn nào") are no passage.
    expect(chat("HĐND, UBND tỉnh ban hành bao nhiêu văn bản QPPL?", "phần nào do HĐND tỉnh ban hành?").at(-1)!.facts.map((f) => f.value)).toEqual([31]);
    expect(chat("Sở Tư pháp tổ chức bao nhiêu đoàn kiểm tra?", "đoàn nào kiểm tra bao nhiêu văn bản?").at(-1)!.facts.map((f) => f.value)).toEqual([106]);
  });

  it("answers a follow-up asking the change since a year with the previous figure's own change, or declines ('tăng bn so với 2023?')", () => {
    // The contest's entries rose, the report says, by no stated amount: not revenue's rise instead.
    expect(chat("bn lượt người dự thi hội thi cchc", "tăng bn so với 2023?").at(-1)).toMatchObject({ answered: false, reason: "cannot-compute" });
    // Civil servants in post fell by 48: that, and no rise.
    expect(chat("bn biên chế công chức hiện có", "so với năm trước giảm bao nhiêu?").at(-1)!.facts.map((f) => f.value)).toEqual([48]);
    expect(chat("bn biên chế công chức hiện có", "tăng bn so với 2023?").at(-1)!.answered).toBe(false);
    expect(chat("bn biên chế công chức hiện có", "giảm bao nhiêu %?").at(-1)!.facts.map((f) => f.value)).toEqual([2.47]);
    // Asked which way too, the previous figure's sentence answers it.
    expect(chat("bn biên chế công chức hiện có", "Tăng hay giảm bao nhiêu so với 2023?").at(-1)!.answered).toBe(true);
  });

  it("adds the figure of each of the three levels when a follow-up asks them all ('cộng cả 3 cấp?', 'tổng 3 cấp?')", () => {
    const sum = (...turns: string[]) => chat(...turns).at(-1)!.facts.map((f) => f.value);
    expect(sum("cấp tỉnh ban hành mấy văn bản QPPL vậy ad", "còn cấp xã?", "cộng cả 3 cấp?")).toEqual([217, 125, 23, 69]);
    expect(sum("cấp huyện ban hành bn văn bản qppl", "tổng 3 cấp?")).toEqual([217, 125, 23, 69]);
    // A part of a level's figure stands for it by its total (31 of the province's 125).
    expect(sum("HĐND tỉnh ban hành bao nhiêu nghị quyết QPPL", "cộng cả ba cấp?")).toEqual([217, 125, 23, 69]);
    // A figure of no level has no such sum.
    expect(chat("tỉnh giao bao nhiêu biên chế công chức", "cả ba cấp?").at(-1)!.answered).toBe(false);
    // A month's "3" is no three levels (and March is not the year the 69 cover).
    expect(ask("Tính đến tháng 3 cấp xã ban hành bao nhiêu văn bản QPPL?")).toMatchObject({ answered: false, reason: "other-period" });
  });

  it("reads 'khoảng', 'roughly' as asking the figure itself, not as a word of what is asked ('vay du toan chi ca nam khoang bn tien')", () => {
    const plan = chat("chi can doi ngan sach 11 thang dat bn % du toan", "vay du toan chi ca nam khoang bn tien").at(-1)!;
    expect(plan.facts[0]!.derived!.formula).toContain("15.183.656");
    expect(values("Roughly how many administrative procedures were abolished?")).toEqual([176]);
  });

  it("reads 'bình quân mỗi cơ quan, đơn vị bao nhiêu lượt?' after the entries as their average per unit", () => {
    expect(chat("Có bao nhiêu lượt người tham gia dự thi tìm hiểu công tác CCHC?", "Bình quân mỗi cơ quan, đơn vị bao nhiêu lượt?").at(-1)!.facts[0]!.value).toBe(503.44);
  });

  it("reads 'bình quân mỗi đơn vị mấy lượt?' as the average per unit, as with 'bao nhiêu'", () => {
    expect(chat("Hội thi trực tuyến tìm hiểu CCHC có bao nhiêu cơ quan, đơn vị tham gia?", "bao nhiêu lượt người?", "bình quân mỗi đơn vị mấy lượt?").at(-1)!.facts[0]!.derived!.formula).toContain("107.737 / 214");
    // (Chat's "tb moi dv": "trung bình mỗi đơn vị"; "dv" is a unit after "mỗi", "các", "cơ quan".)
    expect(chat("Hội thi trực tuyến tìm hiểu CCHC có bao nhiêu cơ quan, đơn vị tham gia?", "tb moi dv bn luot").at(-1)!.facts[0]!.derived!.formula).toContain("107.737 / 214");
  });

  it("answers 'other kinds' after a part the report states the total of with the total less it ('So how many were other kinds of drafts?')", () => {
    expect(chat("How many draft documents did the provincial Department of Justice give comments on this year?", "How many of those were legal normative drafts?", "So how many were other kinds of drafts?").at(-1)!.facts[0]!.derived!.formula).toBe("332 − 203 = 129");
    expect(chat("Sở Tư pháp góp ý bao nhiêu dự thảo QPPL?", "còn lại bao nhiêu dự thảo khác?").at(-1)!.facts[0]!.value).toBe(129);
    // The other part itself when the report states the whole of them (125 = 31 + 94).
    expect(chat("HĐND tỉnh ban hành bao nhiêu nghị quyết QPPL?", "còn lại bao nhiêu văn bản khác?").at(-1)!.facts.map((f) => f.value)).toEqual([94]);
    // Not with a year of its own, nor "khắc phục".
    expect(chat("Sở Tư pháp góp ý bao nhiêu dự thảo QPPL?", "Năm 2023 có bao nhiêu dự thảo khác?").at(-1)!.answered).toBe(false);
    expect(chat("Sở Tư pháp góp ý bao nhiêu dự thảo QPPL?", "Bao nhiêu hạn chế đã được khắc phục?").at(-1)!.answered).toBe(false);
  });

  it("reads 'theo báo cáo số mấy?', 'Which report are these figures from?' after a figure as asking its source", () => {
    const a = chat("Thu ngân sách năm 2024 đạt bao nhiêu % so với cùng kỳ năm trước?", "Số liệu này theo báo cáo số mấy?").at(-1)!;
    expect(a.text).toContain("627/BC-UBND");
    expect(a.facts.map((f) => f.value)).toEqual([120.9]);
    expect(chat("How many administrative procedures were proposed for simplification?", "Which report are these figures from?").at(-1)!.text).toContain("627/BC-UBND");
    // A pronoun pointing back, in a sum: the sibling figure of the sentence.
    expect(chat("Tỉnh lập mấy đoàn kiểm tra văn bản QPPL ở cấp huyện?", "Họ kiểm tra tổng cộng bao nhiêu văn bản?").at(-1)!.facts.map((f) => f.value)).toEqual([106]);
  });

  it("gives no count when which things are asked ('… là nhiệm vụ nào?', 'Which procedures …?'), only how many", () => {
    const which = ask("Những nhiệm vụ chưa hoàn thành là nhiệm vụ nào?");
    expect(which.answered).toBe(false);
    expect(which.text).toContain("không chia nhỏ con số đó");
    expect(chat("Kế hoạch CCHC năm 2024 của tỉnh đã hoàn thành bao nhiêu nhiệm vụ?", "Những nhiệm vụ chưa hoàn thành cụ thể là nhiệm vụ nào, vì sao?").at(-1)!.answered).toBe(false);
    expect(ask("Which administrative procedures were abolished?").answered).toBe(false);
    expect(ask("nhung nv chua hoan thanh la nv nao").answered).toBe(false);
    // ("… là nhiệm vụ gì?" asks which as "nào" does, alone and after the completion rate.)
    expect(ask("Những nhiệm vụ chưa hoàn thành là nhiệm vụ gì vậy?").answered).toBe(false);
    // (Or by a word for any thing: "những việc gì".)
    expect(ask("3 nhiệm vụ chưa hoàn thành là những việc gì?").answered).toBe(false);
    expect(chat("Kế hoạch CCHC năm 2024 của tỉnh có tổng cộng bao nhiêu nhiệm vụ?", "tính tỷ lệ hoàn thành giúp", "những nhiệm vụ chưa hoàn thành là nhiệm vụ gì vậy?").at(-1)!.answered).toBe(false);
    // How many is still a count; "what are the figures", "liệt kê số …" ask figures; a count whose
    // sentence names them by place answers which ("04 Kết luận … các huyện Nam Đông, A Lưới, …").
    expect(values("Liệt kê số TTHC công bố và bãi bỏ.")).toEqual([1117, 176]);
    expect(values("Kết luận nào được ban hành?")).toEqual([4]);
    expect(values("Còn bao nhiêu nhiệm vụ chưa hoàn thành?")).toEqual([3, 31]);
    expect(values("What are the figures for procedures published and abolished?")).toEqual([1117, 176]);
  });

  it("reads 'bao cao gap' typed without marks as an urgent report, no operation ('gap', 'cao gấp'), and still a ratio asked 'cao gap bao nhieu lan'", () => {
    expect(ask("ubnd tinh cong bo bn tthc trong nam 2024 a, mk can so de lam bao cao gap").facts.map((f) => f.value)).toEqual([1117]);
    expect(formula("so tthc cong bo cao gap bao nhieu lan so tthc bai bo")).toBe("1.117 / 176 ≈ 6,35 lần");
    expect(formula("What is the gap between the number of procedures published and the number abolished?")).toBe("1,117 − 176 = 941");
  });

  it("answers each clause asking a document's number with the number its own statement names, and gives no count for one among counts", () => {
    const vi = ask("Kế hoạch tự kiểm tra văn bản QPPL là kế hoạch số mấy; kế hoạch tuyển dụng công chức ban hành theo quyết định số mấy?");
    expect(vi.facts.map((f) => f.value)).toEqual([391, 1699]);
    expect(vi.text).toContain("391/KH-UBND");
    expect(ask("What is the number of the plan for self-checking legal documents, and what is the number of the decision on the 2024 recruitment plan?").facts.map((f) => f.value)).toEqual([391, 1699]);
    // Among counts: the counts, and the number asked said not found (not the 89 documents checked).
    const mixed = ask("Sở Tư pháp thẩm định bao nhiêu dự thảo, góp ý bao nhiêu dự thảo, và kế hoạch tự kiểm tra văn bản là kế hoạch số mấy?");
    expect(mixed.facts.map((f) => f.value)).toEqual([173, 332]);
    expect(mixed.text).toContain("Tôi chưa tìm được số liệu của báo cáo cho: “kế hoạch tự kiểm tra văn bản là kế hoạch số mấy”");
  });

  it("reads 'cp giao' as the Government's tasks: of the 172 carried out, none is said completed", () => {
    const a = ask("trong so nhiem vu cp giao, tinh hoan thanh bn");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("“Số nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao");
  });

  it("reads 'theo văn bản nào?' after a figure as asking the document its sentence names, else the report's (the 173 drafts appraised)", () => {
    // None near the 173 drafts appraised: the report itself, the figure cited again (not the 203 before it).
    expect(chat("Sở Tư pháp thẩm định bao nhiêu dự thảo?", "theo văn bản nào?").at(-1)!.facts.map((f) => f.value)).toEqual([173]);
    // Asked with the figure: the figure, its sentence naming the decision.
    expect(values("Theo văn bản nào thì có 16 công chức trúng tuyển?")).toEqual([16]);
    // After a setting restating a figure, of that figure: its decision, or the report cited.
    expect(values("Có 16 công chức trúng tuyển. Theo văn bản nào?")).toEqual([1699]);
    expect(values("tinh cong bo 1117 tthc. theo vb nao?")).toEqual([1117]);
    expect(values("Sở Tư pháp tự kiểm tra văn bản theo văn bản nào?")).toEqual([391]);
  });

  it("declines which is first when what is compared stands between ('Huyện nào ban hành nhiều văn bản QPPL nhất?'), not 'bao nhiêu … cập nhật'", () => {
    expect(ask("Huyện nào ban hành nhiều văn bản QPPL nhất?").answered).toBe(false);
    expect(ask("Sở nào có tỷ lệ hồ sơ trực tuyến cao nhất?").answered).toBe(false);
    // Levels the report does compare; "nhất là" (especially) compares nothing.
    expect(values("Cấp nào ban hành nhiều văn bản QPPL nhất?")).toEqual([69, 23, 125]);
    expect(values("Tỉnh đã làm nhiều việc CCHC, nhất là về TTHC: công bố bao nhiêu TTHC?")).toEqual([1117]);
    expect(values("Có bao nhiêu TTHC được cập nhật lên CSDL quốc gia trong năm?")).toEqual([1117, 176]);
  });

  it("gives the month of a document the question names by number from its own date ('Quyết định 1699 ban hành tháng mấy?' is June, not the July recruitment)", () => {
    expect(values("Quyết định 1699 ban hành tháng mấy?")).toEqual([6]);
    expect(values("Quyết định số 1699 được ký vào tháng nào?")).toEqual([6]);
    // The event the sentence tells, asked: its month.
    expect(values("Tuyển dụng công chức vào tháng nào?")).toEqual([7]);
  });

  it("reads a bare verb clause after a figure as that figure's change, of the figure in post ('Có bao nhiêu người làm việc, giảm bao nhiêu?' is 22.056 and 988)", () => {
    expect(values("Có bao nhiêu người làm việc, giảm bao nhiêu?")).toEqual([22056, 988]);
    expect(values("Số người làm việc là bao nhiêu, giảm bao nhiêu?")).toEqual([22056, 988]);
    expect(values("Số người làm việc là bao nhiêu, tỷ lệ giảm bao nhiêu?")).toEqual([22056, 4.29]);
    // The allocation named keeps its figure; a verb of a clause naming its own thing governs those before.
    expect(values("Tỉnh giao bao nhiêu người làm việc, giảm bao nhiêu?")).toEqual([22531, 988]);
    expect(values("How many agencies and how many participants took part in the online administrative reform contest?")).toEqual([214, 107737]);
    // A later clause's action of its own still governs a bare first clause; a quota named keeps the allocation;
    // another measure's change is no change of this one.
    expect(values("Có bao nhiêu cơ quan, đơn vị, dự thi bao nhiêu?")).toEqual([214, 107737]);
    expect(values("Chỉ tiêu biên chế công chức là bao nhiêu, giảm bao nhiêu?")).toEqual([1951, 48]);
    expect(values("Số người làm việc là bao nhiêu, biên chế công chức giảm bao nhiêu?")).not.toContain(22056);
    // A level asked before a bare change of it is the level, whatever words name it.
    expect(values("How many public service employees are there, and by how much did that fall?")).toEqual([22056, 988]);
  });

  it("reads a list opened by 'Số' and asked at its end, after a topic and a colon or not, item by item ('Đề án VTVL: số Sở ban ngành, Chi cục, UBND cấp huyện được duyệt bn')", () => {
    expect(values("Số Sở ban ngành, Chi cục, UBND cấp huyện được duyệt đề án vị trí việc làm là bao nhiêu?")).toEqual([22, 15, 9]);
    expect(values("Đề án VTVL: số Sở ban ngành, Chi cục, UBND cấp huyện được duyệt bn")).toEqual([22, 15, 9]);
    expect(values("de an vtvl: so so ban nganh, chi cuc va tuong duong, ubnd cap huyen dc duyet bn")).toEqual([22, 15, 9]);
    // A total asked is added, not listed.
    expect(values("Đề án VTVL: tổng số Sở ban ngành, Chi cục, UBND cấp huyện được duyệt là bao nhiêu?")).toEqual([46, 22, 15, 9]);
    expect(ask("Researchers' query: how many bodies in total — departments, sub-departments, district People's Committees and public service units — had their job-position schemes approved by the provincial People's Committee?").facts.length).not.toBe(4);
  });

  it("gives both sides of a fraction asked as one ('Tỉnh hoàn thành bn/bn nhiệm vụ?' is 31 and 34)", () => {
    expect(values("Tỉnh hoàn thành bn/bn nhiệm vụ?")).toEqual([31, 34]);
    expect(values("hoàn thành mấy/mấy nhiệm vụ")).toEqual([31, 34]);
    expect(values("How many of how many tasks were completed?")).toEqual([31, 34]);
    expect(values("KH CCHC 2024 xong bn/bn NV; NV CP, TTg giao thì thực hiện bn?")).toEqual([31, 34, 172]);
    // One side asked: that side (the plan's named; unnamed, the Government's tasks beside it).
    expect(values("Tỉnh hoàn thành bao nhiêu nhiệm vụ trong kế hoạch?")).toEqual([31]);
  });

  it("reads a piece saying how the one before is measured ('in number of', 'tính theo số') as no item of a list ('how big is the civil service in 2024, in number of civil-servant posts?')", () => {
    expect(values("how big is the civil service in 2024, in number of civil-servant posts?")).toEqual([1895, 1951]);
    expect(values("For my article: how big is Thua Thien Hue's civil service in 2024, in number of civil-servant posts?")).not.toContain(48);
    // Items each opening with "in" are a list.
    expect(values("How many job position schemes were approved in departments, in sub-departments, in district committees?")).toEqual([22, 15, 9]);
    expect(values("How many legal normative documents were issued in the districts, in the communes?")).toEqual([23, 69]);
  });

  it("reads a joiner inside the name of what the best figure counts as part of the name, not two questions ('officials, civil servants and public employees … issued one' is the 14.970 e-mail accounts)", () => {
    expect(values("On e-government, the report mentions official email accounts. How many officials, civil servants and public employees have been issued one?")).toEqual([14970]);
    expect(values("Leaving aside the agencies whose functions were merely amended, for how many agencies and units did the province issue new rules on functions, duties and organisational structure?")).toEqual([32]);
    // Two things the report counts apart are still two figures.
    expect(values("Bao nhiêu công chức và viên chức hiện có?")).toEqual([1895, 22056]);
    // A name of two things is one only where the figure's own unit or label says it.
    expect(values("Số công chức và viên chức là bao nhiêu?")).toContain(1895);
  });

  it("reads 'đạt' as asking how far a figure got, no subject of its own ('Thu đạt bao nhiêu % dự toán? >> chi đạt bn %?' is spending's 75%)", () => {
    expect(chat("Thu đạt bao nhiêu % dự toán?", "chi đạt bn %?").at(-1)!.facts.map((f) => f.value)).toEqual([75]);
    expect(values("Dự toán: thu đạt bn %, chi đạt bn %?")).toEqual([94.5, 75]);
    expect(values("Thu ngân sách đạt bao nhiêu % dự toán, chi đạt bao nhiêu %?")).toEqual([94.5, 75]);
  });

  it("gives the whole of a fraction's part quoted, asked 'out of how many' ('31 nhiệm vụ hoàn thành trên tổng số bao nhiêu nhiệm vụ?' is 34)", () => {
    expect(values("31 nhiệm vụ hoàn thành trên tổng số bao nhiêu nhiệm vụ?")).toEqual([34]);
    // (Or "trên tổng bao nhiêu", without "số", after the part asked or in a follow-up: not another figure of tasks.)
    expect(values("KH CCHC 2024 xong bao nhiêu nhiệm vụ, trên tổng bao nhiêu?")).toEqual([31, 34]);
    expect(chat("Kế hoạch CCHC 2024 hoàn thành bao nhiêu nhiệm vụ?", "trên tổng bao nhiêu?").at(-1)!.facts.map((f) => f.value)).toEqual([34]);
    expect(values("Out of how many tasks were 31 completed?")).toEqual([34]);
    expect(values("How many tasks were completed out of how many?")).toEqual([31, 34]);
    // "tổng số bao nhiêu" counts; a document's number asked is no count of it.
    expect(ask("31 nhiệm vụ hoàn thành trên tổng số bao nhiêu nhiệm vụ?").facts[0]!.unit).not.toBe("số hiệu văn bản");
    // A breakdown of a figure quoted is still none the report gives.
    expect(ask("Trong 1.117 TTHC được công bố, có bao nhiêu TTHC cấp xã?").answered).toBe(false);
    // A task left undone is what remains of the plan.
    expect(values("How many tasks in the province's 2024 PAR plan were still left undone when the report was issued?")).toEqual([3, 31]);
  });

  it("reads 'triển khai xong', 'hoàn tất' as completing ('UBND tỉnh đã triển khai xong bao nhiêu nhiệm vụ trong năm 2024?' is the 31 done)", () => {
    // (The plan's first, the tasks unnamed: the Government's 172 of its sentence beside.)
    expect(values("UBND tỉnh đã triển khai xong bao nhiêu nhiệm vụ trong năm 2024?")).toEqual([31, 172]);
    expect(values("Tỉnh hoàn tất bao nhiêu nhiệm vụ trong kế hoạch?")).toEqual([31]);
  });

  it("gives the month of the event a document named after 'theo' governs, not the document's date ('… theo QĐ 1699 được tổ chức vào tháng mấy?' is July)", () => {
    expect(values("Đợt tuyển dụng công chức năm 2024 theo QĐ 1699 được tổ chức vào tháng mấy?")).toEqual([7]);
    expect(values("Under Decision 1699, in which month was the recruitment held?")).toEqual([7]);
    // The document itself asked: its own date.
    expect(values("In which month was Decision 1699 issued?")).toEqual([6]);
    // Its issuing asked, whatever words name it: its own date; "triển khai" follows it too.
    expect(values("Kế hoạch tuyển dụng theo Quyết định 1699 ban hành tháng mấy?")).toEqual([6]);
    expect(values("Kế hoạch tuyển dụng ban hành kèm theo QĐ 1699 tháng mấy?")).toEqual([6]);
    expect(values("Triển khai QĐ 1699, tỉnh tuyển dụng công chức tháng mấy?")).toEqual([7]);
    // ("kỳ" is no signing.)
    expect(values("Kỳ tuyển dụng công chức theo QĐ 1699 được tổ chức vào tháng mấy?")).toEqual([7]);
  });

  it("adds two things joined by 'cộng' typed with its marks ('số công bố cộng số bãi bỏ' is 1.117 + 176)", () => {
    expect(values("TTHC 2024: số công bố cộng số bãi bỏ là bn?")).toEqual([1293, 1117, 176]);
    expect(values("Số Sở ban ngành cộng Chi cục là bao nhiêu?")).toEqual([37, 22, 15]);
    expect(values("Tổng chỉ tiêu tỉnh giao năm 2024, biên chế CC cộng người làm việc ĐVSN, là bao nhiêu?")).toEqual([24482, 1951, 22531]);
    // "tổng cộng" and "công" are no joiner.
    expect(values("công bố bao nhiêu TTHC?")).toEqual([1117]);
    // "cộng đồng" is a community, "cộng thêm" one joiner.
    expect(values("Văn bản QPPL cho cộng đồng: HĐND tỉnh ban hành bao nhiêu?")).toEqual([31]);
    expect(values("Số Sở ban ngành cộng thêm Chi cục là bao nhiêu?")).toEqual([37, 22, 15]);
  });

  it("says the month or number asked first, before the sentence that may tell another ('Quyết định 1699 ban hành tháng mấy?' opens 'Tháng 6 —')", () => {
    expect(ask("Quyết định 1699 ban hành tháng mấy?").text).toMatch(/^Tháng 6 — Triển khai Quyết định số 1699/);
    expect(ask("In which month was Decision 1699 issued?").text).toMatch(/^June — /);
    expect(ask("Kế hoạch tự kiểm tra số mấy?").text).toMatch(/^Số hiệu văn bản 391 — /);
    expect(ask("Kế hoạch tự kiểm tra số mấy?").highlights[0]!.figure).toBe("Số hiệu văn bản 391");
  });

  it("declines a document's number the report does not give, not answering with the sentence that tells of it ('Chỉ thị … số mấy, ban hành ngày nào?')", () => {
    const a = ask("Chỉ thị đẩy nhanh quyết toán NSNN của UBND tỉnh số mấy, ban hành ngày nào?");
    expect(a.answered).toBe(false);
    expect(a.reason).toBe("no-figure");
    expect(values("Kế hoạch tự kiểm tra số mấy?")).toEqual([391]);
    // A date the sentence gives is no decline; "which decisions" asks a description.
    expect(ask("Quyết định 1699 ban hành ngày nào?").answered).toBe(true);
    expect(ask("Quyết định 1699 ban hành ngày nào?").citations[0]!.quote).toContain("24/6/2024");
    expect(ask("What decisions, plans or directives did the provincial People's Committee issue at the beginning of 2024 to steer the reform?").answered).toBe(true);
  });

  it("gives no count to a question asking a document's number ('Kế hoạch số mấy?' is not the plan's 34 tasks)", () => {
    expect(ask("Kế hoạch số mấy?").answered).toBe(false);
    expect(ask("Quyết định số mấy?").answered).toBe(false);
    expect(values("Kế hoạch tự kiểm tra số mấy?")).toEqual([391]);
    // "số mấy" of no document asks a count; a figure quoted is the one asked of.
    expect(values("Chính phủ giao số mấy nhiệm vụ?")).toEqual([172]);
    expect(values("Kế hoạch nào có 34 nhiệm vụ?")).toEqual([34]);
  });

  it("gives each thing joined its stated change when a change is asked once of them ('biên chế công chức và số người làm việc giảm bao nhiêu so với 2023?')", () => {
    expect(values("biên chế công chức và số người làm việc giảm bao nhiêu so với 2023?")).toEqual([48, 988]);
    expect(values("bien che cong chuc va nguoi lam viec giam bn so voi nam truoc")).toEqual([48, 988]);
  });

  it("reads a question after a setting that restates a figure of the report as a follow-up of it ('Tỉnh hoàn thành 31/34 nhiệm vụ. Tỷ lệ hoàn thành?')", () => {
    expect(formula("Tỉnh hoàn thành 31/34 nhiệm vụ. Tỷ lệ hoàn thành?")).toBe("31 / 34 ≈ 91,18%");
    expect(values("Tỉnh giao 22.531 người làm việc. Hiện có bao nhiêu?")).toEqual([22056]);
    // Not a question naming its own subject, a place, or two questions: each read as asked.
    expect(values("Tỉnh hoàn thành 31/34 nhiệm vụ. Tỷ lệ giảm biên chế?")).toEqual([2.47, 4.29]);
    expect(ask("Tỉnh ban hành 125 văn bản QPPL. Còn huyện A Lưới?").answered).toBe(false);
    expect(values("Tỉnh công bố 1.117 TTHC. Bãi bỏ bao nhiêu, một cửa bao nhiêu?")).toEqual([176, 2071]);
    // Not a level the figure has no part of its own for.
    expect(ask("Biên chế công chức giảm 48 biên chế so với năm 2023; trong đó cấp huyện giảm bao nhiêu biên chế?").answered).toBe(false);
  });

  it("gives no figure the message's own setting states when its question asks another ('Tỉnh tuyển được 16 công chức. Còn viên chức …?')", () => {
    expect(ask("Tỉnh tuyển được 16 công chức năm 2024. Còn viên chức thì năm 2024 tuyển dụng được bao nhiêu người?").answered).toBe(false);
    // A figure stated and confirmation asked is answered with the figure.
    expect(values("Tỉnh công bố 1.117 TTHC. Đúng không?")).toEqual([1117]);
    expect(values("The province abolished 176 procedures. Is that correct?")).toEqual([176]);
    // A setting that states no figure still gives the question its subject.
    expect(ask("Con tôi thi công chức năm 2024. Kỳ đó có bao nhiêu người đỗ?").facts.map((f) => f.value)).toEqual([16]);
  });

  it("answers 'báo cáo này số mấy?' after a figure with the report's number, and 'số liệu này lấy từ văn bản nào?' with the figure's source", () => {
    const own = chat("các TTHC kiến nghị đơn giản hóa thuộc bao nhiêu lĩnh vực?", "báo cáo này số mấy?").at(-1)!;
    expect(own.facts.map((f) => f.value)).toEqual([627]);
    const source = chat("Thu NSNN trên địa bàn tỉnh được bao nhiêu?", "số liệu này lấy từ văn bản nào vậy?").at(-1)!;
    expect(source.facts.map((f) => f.value)).toEqual([11145304]);
    expect(source.text).toContain("627/BC-UBND");
    expect(chat("How many administrative procedures were abolished?", "Which document is this figure from?").at(-1)!.facts.map((f) => f.value)).toEqual([176]);
    // The conversation stays on the figure: what follows the report's number continues it.
    expect(chat("Thu ngân sách được bao nhiêu?", "báo cáo số mấy?", "so với dự toán?").map((a) => a.facts.map((f) => f.value))).toEqual([[11145304], [627], [94.5]]);
    expect(chat("Có bao nhiêu công chức trúng tuyển?", "báo cáo này số mấy?", "tuyển tháng mấy?").at(-1)!.facts.map((f) => f.value)).toEqual([7]);
  });

  it("takes the difference of the two answers before when a follow-up names only their unit ('Chênh nhau bao nhiêu người?')", () => {
    const [, , gap] = chat("Hiện có bao nhiêu biên chế công chức?", "Còn người làm việc có mặt trong đơn vị sự nghiệp công lập?", "Chênh nhau bao nhiêu người?");
    expect(gap!.facts.map((f) => f.value)).toEqual([20161, 22056, 1895]);
  });

  it("adds the two answers before when a follow-up asks the two together ('Add the two together?', 'Tổng hai việc đó?', 'Gộp hai cấp đó lại?')", () => {
    const sum = (...turns: string[]) => chat(...turns).at(-1)!.facts[0]!.value;
    // The first answer's figure counts though it comes back among the second's readings.
    expect(sum("How many legal documents did the Department of Justice self-check for the provincial People's Committee?", "How many documents did the four inspection teams review?", "Add the two together?")).toBe(195);
    expect(sum("Sở Tư pháp góp ý bao nhiêu dự thảo QPPL?", "còn thẩm định?", "Tổng hai việc đó?")).toBe(376);
    expect(sum("các xã, phường, thị trấn ban hành bao nhiêu văn bản QPPL trong năm?", "Cấp huyện thì sao?", "Gộp hai cấp đó lại?")).toBe(92);
    // Not two of something else, nor the first answer's own readings.
    expect(chat("Sở Tư pháp góp ý bao nhiêu dự thảo QPPL?", "còn thẩm định?", "Tổng hai năm?").at(-1)!.answered).toBe(false);
    expect(chat("How many documents did the four inspection teams review?", "How many documents did the four inspection teams review?", "Add the two together?").at(-1)!.answered).toBe(false);
  });

  it("answers a follow-up naming another item of a list by its unit alone ('And the sub-departments?' after the district committees, of another level)", () => {
    expect(chat("How many provincial departments had their job-position schemes approved?", "How about the district People's Committees?", "And the sub-departments?").at(-1)!.facts.map((f) => f.value)).toEqual([15]);
    // (Its unit's words said together: "the people" is none of the "district People's Committees".)
    expect(chat("How many provincial departments had their job-position schemes approved?", "How about the district People's Committees?", "And the sub-departments?", "And the people?").at(-1)!.facts.map((f) => f.value)).not.toContain(9);
  });

  it("computes a rate asked after a figure only of that figure: one of a body it is not of is that body's rate or none ('còn nhiệm vụ Chính phủ giao thì hoàn thành bao nhiêu %?')", () => {
    const last = chat("ke hoach cchc 2024 co bn nhiem vu", "xong dc bn roi", "dat bn %", "con nhiem vu chinh phu giao thi hoan thanh dc bn %").at(-1)!;
    expect(last.answered).toBe(false);
    expect(last.facts).toEqual([]);
    // (A figure of the body named whose share the report's figures give: the committee's 94 of the 125.)
    expect(chat("HĐND tỉnh ban hành bao nhiêu nghị quyết QPPL?", "còn UBND tỉnh thì bao nhiêu phần trăm?").at(-1)!.facts[0]!.derived?.formula).toBe("94 / 125 = 75,2%");
    // (The rate the report states of the level named still answers.)
    expect(chat("bao nhiêu đơn vị sự nghiệp cấp tỉnh được phê duyệt đề án vị trí việc làm", "còn cấp huyện thì đạt tỷ lệ bao nhiêu?").at(-1)!.facts.map((f) => f.value)).toEqual([100]);
  });

  it("keeps last year's value asked when a follow-up names the other staff measure ('And civil servants?' after the units' 2023 staff)", () => {
    expect(chat("How many people work in public service units now?", "What was it in 2023?", "And civil servants?").at(-1)!.facts[0]!.derived?.formula).toBe("1,895 + 48 = 1,943");
  });

  it("gives the same share of another part the follow-up names ('Còn của UBND tỉnh thì chiếm bao nhiêu %?' after the council's share of the province's documents)", () => {
    const formula = (...turns: string[]) => chat(...turns).at(-1)!.facts[0]?.derived?.formula;
    expect(formula("Cấp tỉnh ban hành bao nhiêu văn bản QPPL?", "Nghị quyết của HĐND tỉnh bao nhiêu?", "chiếm bao nhiêu %?", "Còn của UBND tỉnh thì chiếm bao nhiêu %?")).toBe("94 / 125 = 75,2%");
    expect(formula("How many legal documents did the province issue?", "Of those, how many were council resolutions?", "What share is that?", "And the People's Committee's decisions, what share?")).toBe("94 / 125 = 75.2%");
    // (Not when the follow-up names a whole of its own: "… so với nghị quyết?" is no share of the 125.)
    expect(formula("Nghị quyết HĐND tỉnh chiếm bao nhiêu % văn bản QPPL của tỉnh?", "Còn quyết định của UBND tỉnh thì chiếm bao nhiêu % so với nghị quyết?")).not.toBe("94 / 125 = 75,2%");
    // Right after the whole, the share of the one part of it the follow-up names by its body, "trong đó" or not.
    for (const q of ["UBND tỉnh chiếm bao nhiêu % trong đó?", "ubnd tinh chiem bn % trong do", "UBND tỉnh chiếm bao nhiêu %?"]) expect(formula("Cấp tỉnh ban hành bao nhiêu văn bản QPPL?", q), q).toBe("94 / 125 = 75,2%");
    expect(formula("Cấp tỉnh ban hành bao nhiêu văn bản QPPL?", "HĐND tỉnh chiếm bao nhiêu % trong đó?")).toBe("31 / 125 = 24,8%");
    expect(chat("Cấp tỉnh ban hành bao nhiêu văn bản QPPL?", "trong đó UBND tỉnh bao nhiêu?").at(-1)!.facts.map((f) => f.value)).toEqual([94]);
    // (Never a part of another level than named.)
    expect(chat("Tỉnh ban hành bao nhiêu văn bản QPPL?", "HĐND cấp huyện chiếm bao nhiêu % trong đó?").at(-1)!.answered).toBe(false);
  });

  it("adds as many answers before as a follow-up names ('cộng cả 3 loại', 'What do the three add up to?'), or none when fewer were given", () => {
    const formula = (...turns: string[]) => chat(...turns).at(-1)!.facts[0]?.derived?.formula;
    expect(formula("de an vtvl dc duyet cho bn so ban nganh", "chi cuc thi sao", "con ubnd cap huyen", "cong ca 3 loai la bn")).toBe("22 + 15 + 9 = 46");
    expect(formula("How many departments had job-position schemes approved?", "And sub-departments?", "And district People's Committees?", "What do the three add up to?")).toBe("22 + 15 + 9 = 46");
    // ("The two" of three answers is the last two.)
    expect(formula("How many departments had job-position schemes approved?", "And sub-departments?", "And district People's Committees?", "Add up the two?")).toBe("15 + 9 = 24");
    expect(chat("How many departments had job-position schemes approved?", "And sub-departments?", "Add up all four?").at(-1)!.answered).toBe(false);
    // (Nor three of four answers alike, which three unsaid.)
    expect(chat("Bao nhiêu sở ban ngành được phê duyệt đề án vị trí việc làm?", "còn chi cục?", "còn ubnd cấp huyện?", "còn đơn vị sự nghiệp?", "tổng 3 loại?").at(-1)!.answered).toBe(false);
    // (A share of "cả 3 cấp" is of the three levels, not of the last two answers.)
    expect(chat("cấp tỉnh ban hành bn vbqppl", "cấp huyện?", "cấp xã?", "cấp xã chiếm bao nhiêu % của cả 3 cấp?").at(-1)!.facts[0]!.value).toBe(31.8);
  });

  it("answers 'Số đó tính đến ngày nào?', 'Là số mấy tháng?' with the figure just given, whose answer states its period", () => {
    const [, when, share] = chat("Thu ngân sách nhà nước trên địa bàn tỉnh năm 2024 được bao nhiêu?", "Số đó tính đến ngày nào?", "Bằng bao nhiêu % dự toán?");
    expect(when!.text).toContain("06/12/2024");
    // The conversation goes on from that figure.
    expect(share!.facts.map((f) => f.value)).toEqual([94.5]);
    expect(chat("Tính đến nay tỉnh chi cân đối ngân sách bao nhiêu tiền?", "Là số mấy tháng?").at(-1)!.text).toContain("11 tháng");
    // (Naming the figure's own measure, beside a clause asking the source alone.)
    const named = chat("Thu ngân sách nhà nước bằng bao nhiêu % dự toán?", "Số liệu thu đó tính đến ngày nào, báo cáo ghi ở đâu?").at(-1)!;
    expect(named.facts.map((f) => f.value)).toEqual([94.5]);
    expect(named.text).toContain("06/12/2024");
    // (Another measure's date is a question of its own: not the revenue's again.)
    expect(chat("Thu ngân sách nhà nước bằng bao nhiêu % dự toán?", "Số liệu chi cân đối tính đến ngày nào?").at(-1)!.facts.map((f) => f.value)).not.toContain(94.5);
    // A question of its own about when something happened, or another year, is not the figure again.
    expect(chat("Thu ngân sách nhà nước trên địa bàn tỉnh năm 2024 được bao nhiêu?", "Hội thi trực tuyến diễn ra vào thời điểm nào?").at(-1)!.facts.map((f) => f.value)).not.toContain(11145304);
    expect(chat("UBND tỉnh công bố bao nhiêu TTHC?", "Mất bao nhiêu tháng để công bố?").at(-1)!.answered).toBe(false);
  });

  it("reads 'khối công chức', 'khối sự nghiệp' as the civil servants and the public service units ('còn khối công chức?' after the units' rate of decrease)", () => {
    expect(chat("Tỷ lệ giảm của khối sự nghiệp so với 2023?", "còn khối công chức?").map((a) => a.facts[0]?.value)).toEqual([4.29, 2.47]);
  });

  it("adds the answers named ('cộng 3 loại lại là bn cơ quan?'), counted by a word any agency is counted in", () => {
    const sum = chat("Bao nhiêu Sở ban ngành được phê duyệt đề án vị trí việc làm?", "còn Chi cục?", "UBND cấp huyện thì sao?", "cộng 3 loại lại là bao nhiêu cơ quan?").at(-1)!;
    expect(sum.facts[0]!.derived?.formula).toBe("22 + 15 + 9 = 46");
    // (Three named of two answers alike: none.)
    expect(chat("Bao nhiêu Sở ban ngành được phê duyệt đề án vị trí việc làm?", "còn Chi cục?", "cộng 3 loại lại là bao nhiêu cơ quan?").at(-1)!.facts.map((f) => f.value)).not.toContain(37);
  });

  it("adds the counts answered, not a rate asked in between ('cộng cả 2 cấp?' after the 128, the districts' 556 and its 100%)", () => {
    const sum = chat("Bao nhiêu đơn vị sự nghiệp công lập cấp tỉnh được duyệt đề án vị trí việc làm?", "còn cấp huyện?", "tỷ lệ?", "cộng cả 2 cấp là bao nhiêu?").at(-1)!;
    expect(sum.facts[0]!.derived?.formula).toBe("128 + 556 = 684");
  });

  it("continues a list the report states with its next item of the measure a follow-up names ('còn đơn vị sự nghiệp công lập?' after the UBND cấp huyện)", () => {
    expect(chat("Đề án vị trí việc làm được phê duyệt cho bao nhiêu UBND cấp huyện?", "còn đơn vị sự nghiệp công lập?").at(-1)!.facts.map((f) => f.value)).toEqual([128]);
    // (A level named says which: the districts' own units.)
    expect(chat("Đề án vị trí việc làm được phê duyệt cho bao nhiêu UBND cấp huyện?", "còn đơn vị sự nghiệp cấp huyện?").at(-1)!.facts.map((f) => f.value)).toEqual([556]);
    // (Nor the item when the message says more of it: one part of it, which is no item.)
    expect(chat("Đề án vị trí việc làm được phê duyệt cho bao nhiêu UBND cấp huyện?", "còn đơn vị sự nghiệp trực thuộc?").at(-1)!.facts.map((f) => f.value)).not.toContain(128);
  });

  it("reads a verb put first as the topic ('Chi thì tăng bao nhiêu % so với cùng kỳ?' after revenue) as the action asked: the spending's rise, which the report does not state, not the revenue's", () => {
    const spending = chat("Thu ngân sách nhà nước trên địa bàn tỉnh đến đầu tháng 12/2024 được bao nhiêu?", "Chi thì tăng bao nhiêu % so với cùng kỳ?").at(-1)!;
    expect(spending.answered).toBe(false);
    expect(chat("Thu ngân sách nhà nước trên địa bàn tỉnh đến đầu tháng 12/2024 được bao nhiêu?", "thu thì tăng bao nhiêu % so với cùng kỳ?").at(-1)!.facts.map((f) => f.value)).toEqual([20.9, 120.9]);
    // (Whatever came before: the spending's share of the estimate; the revenue's rise after the staff.)
    expect(chat("Thu ngân sách nhà nước trên địa bàn tỉnh đến đầu tháng 12/2024 được bao nhiêu?", "Chi thì đạt bao nhiêu % so với dự toán?").at(-1)!.facts.map((f) => f.value)).toEqual([75]);
    expect(chat("Biên chế công chức hiện có bao nhiêu?", "thu thì tăng bao nhiêu % so với cùng kỳ?").at(-1)!.facts.map((f) => f.value)).toEqual([20.9, 120.9]);
    // (Its "thì" after what it is compared with, when the figure before is of that action: the spending's rise, not stated.)
    expect(chat("thu ngan sach dat bn % du toan", "con chi?", "chi so voi cung ky nam truoc thi tang bn %").at(-1)!.answered).toBe(false);
    // (Unmarked, "chi thi" may be "Chỉ thị": the spending only when a figure is asked.)
    expect(chat("Thu ngân sách được bao nhiêu?", "chi thi ve ngan sach la gi?").at(-1)!.facts.map((f) => f.value)).not.toContain(11387742);
    // (As typed: "Chỉ thị …" is a directive, no spending.)
    expect(chat("Thu ngân sách nhà nước trên địa bàn tỉnh đến đầu tháng 12/2024 được bao nhiêu?", "Chỉ thị về quyết toán ngân sách là số mấy?").at(-1)!.facts.map((f) => f.value)).not.toContain(75);
  });

  it("declines a follow-up naming a reference the previous figure's share is not of ('Cùng kỳ năm 2023 chi bao nhiêu?' after the spending, a share of the estimate)", () => {
    expect(chat("Tính đến nay tỉnh chi cân đối ngân sách bao nhiêu tiền?", "Cùng kỳ năm 2023 chi bao nhiêu?").at(-1)!.answered).toBe(false);
    expect(chat("Thu NSNN trên địa bàn tỉnh tính đến 06/12/2024 được bao nhiêu?", "So với cùng kỳ?").at(-1)!.facts.map((f) => f.value)).toEqual([120.9]);
  });

  it("declines the count behind a rate the report gives alone ('cụ thể là bn cơ quan?' after the 100% of agencies connected)", () => {
    expect(chat("metronet ket noi bn % co quan nha nuoc", "cu the la bn co quan?").at(-1)).toMatchObject({ answered: false, reason: "cannot-compute" });
    // (Not of a rate whose sentence states the count too: the districts' 100% of their 556 units.)
    expect(chat("What percentage of district-managed public service units had job-position schemes approved?", "How many units is that?").at(-1)!.facts.map((f) => f.value)).toEqual([556]);
    // (Asked in English, its things read in the report's words: "How many agencies is that?".)
    expect(chat("What share of state agencies does the MetroNet wide-area network connect?", "How many agencies is that in absolute numbers?").at(-1)).toMatchObject({ answered: false, reason: "cannot-compute" });
    // The rate of a change the report states the count of gives it.
    expect(chat("ty le giam nguoi lam viec trong dvsn cong lap so voi 2023 la bn", "giam bn nguoi").at(-1)!.facts.map((f) => f.value)).toEqual([988]);
    // A question of its own after the rate is read as one.
    expect(chat("ubnd cap huyen phe duyet vtvl cho bn dvsn", "dat ty le bn", "con ubnd tinh phe duyet bn dvsn").at(-1)!.facts[0]!.value).toBe(128);
  });

  it("reads a share's part that points back ('What share of the announced number is that?', 'số đó chiếm bao nhiêu %') as the figure before", () => {
    expect(chat("How many administrative procedures did the provincial People's Committee announce in 2024?", "And how many were abolished?", "What share of the announced number is that?").at(-1)!.facts[0]!.derived!.formula).toBe("176 / 1,117 ≈ 15.76%");
    expect(chat("UBND tỉnh công bố bao nhiêu TTHC?", "bãi bỏ bao nhiêu?", "số đó chiếm bao nhiêu % số công bố?").at(-1)!.facts[0]!.derived!.formula).toBe("176 / 1.117 ≈ 15,76%");
  });

  it("answers a follow-up adding the bodies of another level ('And at district level, councils and committees combined?') with that level's one figure", () => {
    expect(chat("How many legal normative resolutions did the provincial People's Council issue in 2024?", "And at district level, councils and committees combined?").at(-1)!.facts.map((f) => f.value)).toEqual([23]);
    // Adding a level to the figure before is no such figure.
    expect(chat("cấp tỉnh ban hành bn vb qppl", "Cộng cả cấp huyện?").at(-1)!.facts.map((f) => f.value)).not.toEqual([23]);
  });

  it("declines a follow-up naming one body of a figure given for several together ('còn HĐND cấp huyện riêng?')", () => {
    const [, alone, level] = chat("HĐND tỉnh ban hành bao nhiêu nghị quyết QPPL?", "còn HĐND cấp huyện riêng thì ban hành mấy nghị quyết?", "còn cấp huyện?");
    expect(alone).toMatchObject({ answered: false, reason: "no-breakdown" });
    // The level alone is the districts' figure (their councils and committees together).
    expect(level!.facts.map((f) => f.value)).toEqual([23]);
  });

  it("reads 'lấy từ câu nào trong báo cáo?', 'Which sentence of the report says that?' as asking the source again", () => {
    const [first, again, en] = chat("Lợi ích tiết kiệm chi phí tuân thủ TTHC mỗi năm là bao nhiêu?", "Số liệu này lấy từ câu nào trong báo cáo?", "Which sentence of the report says that?");
    expect(again!.facts.map((f) => f.value)).toEqual(first!.facts.map((f) => f.value));
    expect(again!.citations[0]!.quote).toBe(first!.citations[0]!.quote);
    expect(en!.answered).toBe(true);
  });

  it("reads a follow-up's closing before a polite word or term of address ('năm 2023 thì sao ad?')", () => {
    // The 16 recruited: no 2023 figure, and not another measure's 2023 value instead.
    expect(chat("tuyen dung cong chuc 2024 dc bn nguoi trung tuyen", "nam 2023 thi sao ad").at(-1)).toMatchObject({ answered: false, reason: "other-year" });
    expect(chat("Năm 2024 có bao nhiêu văn bản QPPL cấp tỉnh được ban hành?", "còn cấp huyện thì sao ạ").at(-1)!.facts.map((f) => f.value)).toEqual([23]);
  });

  it("reads a follow-up's own 'bao nhiêu' as an amount, whatever the kind before", () => {
    let context: string | undefined;
    for (const q of ["bien che cong chuc giam bn so voi nam 2023", "ti le?"]) context = ask(q, { context }).context;
    expect(ask("con so nguoi lam viec trong dvsn thi giam bn", { context }).facts[0]!.value).toBe(988);
  });

  it("gives a follow-up naming another measure the figure its words explain, not one the previous qualifiers fit better", () => {
    // Typed without marks, "một cửa" loses nothing: the one-stop count, not the procedures the same body abolished.
    expect(chat("ubnd tinh duyet bn quy trinh noi bo cau hinh dien tu", "con tthc mot cua?").at(-1)!.facts[0]!.value).toBe(2071);
  });

  it("reads 'bao nhiêu <unit>?' as the figure the previous figure's sentence counts in that unit", () => {
    const units = chat("Hội thi trực tuyến tìm hiểu CCHC có bao nhiêu lượt người dự thi?", "bao nhiêu cơ quan, đơn vị?").at(-1)!;
    expect(units.facts.map((f) => f.value)).toEqual([214]);
    // "gồm" says what the figure before holds ("62 TTHC thuộc 11 lĩnh vực").
    expect(chat("Tỉnh kiến nghị phương án đơn giản hóa thuộc mấy lĩnh vực?", "gồm bao nhiêu TTHC?").at(-1)!.facts.map((f) => f.value)).toEqual([62]);
    // (Or a count named by its noun: "số TTHC?", "tổng số TTHC?" ask as "bao nhiêu TTHC?" does.)
    for (const q of ["số TTHC?", "tổng số TTHC?"]) expect(chat("Tỉnh kiến nghị phương án đơn giản hóa thuộc mấy lĩnh vực?", q).at(-1)!.facts.map((f) => f.value), q).toEqual([62]);
    expect(chat("Hội thi trực tuyến tìm hiểu CCHC có bao nhiêu lượt người dự thi?", "số cơ quan, đơn vị?").at(-1)!.facts.map((f) => f.value)).toEqual([214]);
    // Saying more than the unit is a question of its own.
    expect(chat("Hội thi trực tuyến tìm hiểu CCHC có bao nhiêu lượt người dự thi?", "bao nhiêu cơ quan, đơn vị được sửa đổi, bổ sung chức năng, nhiệm vụ?").at(-1)!.facts[0]!.value).toBe(6);
  });

  it("reads 'so với dự toán?' after an amount as the share its sentence states of that plan", () => {
    const [, ofPlan, ofLastYear] = chat("Thu ngân sách nhà nước trên địa bàn tỉnh tính đến 06/12/2024 được bao nhiêu?", "so với dự toán?", "so với cùng kỳ?");
    expect(ofPlan!.facts.map((f) => f.value)).toEqual([94.5]);
    expect(ofLastYear!.facts.map((f) => f.value)).toEqual([120.9]);
    // An amount asked of that reference is not its share.
    expect(chat("Thu ngân sách đạt bao nhiêu % so với cùng kỳ năm trước?", "vậy cùng kỳ năm trước thu khoảng bao nhiêu?").at(-1)!.facts[0]!.derived!.formula).toBe("11.145.304 / 120,9% ≈ 9.218.614");
  });

  it("reads 'Căn cứ kế hoạch tuyển dụng nào?' as which document, not as asking the source again", () => {
    const which = chat("Năm 2024 có bao nhiêu công chức trúng tuyển?", "Căn cứ kế hoạch tuyển dụng nào vậy?").at(-1)!;
    expect(which.facts.map((f) => f.value)).toEqual([1699]);
  });

  it("answers 'theo quyết định nào?' from the sentence right before the figure, and nothing from further away", () => {
    const which = chat("Năm 2024 tỉnh tuyển được bao nhiêu công chức?", "theo quyết định nào?").at(-1)!;
    expect(which.facts.map((f) => f.value)).toEqual([1699]);
    expect(which.citations[0]!.quote).toContain("Quyết định số 1699/QĐ-UBND");
    // The plan of 391 is three sentences past the 94 decisions, about checking them: not their basis.
    expect(chat("UBND tỉnh ban hành bao nhiêu quyết định QPPL?", "theo kế hoạch số mấy?").at(-1)!.answered).toBe(false);
  });

  it("reads 'năm ngoái thì sao?' as the year before the figure's, and a follow-up naming an action its measure has no figure of as a question of its own", () => {
    expect(chat("bien che cong chuc hien co la bn", "năm ngoái thì sao?").at(-1)!.facts[0]!.derived!.formula).toBe("1.895 + 48 = 1.943");
    expect(chat("bien che cong chuc hien co la bn", "what about the previous year?").at(-1)!.facts[0]!.value).toBe(1943);
    // Said alone ("năm trước?", "last year?"): no small talk, the year asked as "năm 2023?" asks it.
    for (const q of ["năm trước?", "nam ngoai?", "last year?"]) expect(chat("nguoi lam viec co mat trong dvsn cong lap bn", q).at(-1)!.facts[0]!.derived!.formula.replace(/,/g, "."), q).toBe("22.056 + 988 = 23.044");
    // (Not a remark that names it: thanks are still thanks.)
    expect(chat("nguoi lam viec co mat trong dvsn cong lap bn", "Cảm ơn nhé, năm ngoái mình cũng hỏi rồi").at(-1)!.reason).toBe("small-talk");
    const before = chat("Năm 2024 tỉnh công bố bao nhiêu TTHC?", "năm ngoái thì sao?").at(-1)!;
    expect(before.answered).toBe(false);
    expect(before.text).toContain("2023");
    expect(chat("Tỉnh kiến nghị phương án đơn giản hóa cho bao nhiêu TTHC?", "tiết kiệm được bao nhiêu tiền?").at(-1)!.facts.map((f) => f.value)).toEqual([11322000]);
  });

  it("keeps what a short follow-up leaves unsaid, and gives no figure of another scope or action instead", () => {
    const rate = chat("How many people did the province assign, paid from the state budget, to public service units and special associations?", "And how many are actually present at work?", "percentage decrease vs 2023?").at(-1)!;
    expect(rate.facts.map((f) => f.value)).toEqual([4.29]);
    expect(chat("How many civil-servant positions did the province assign for 2024?", "How many are actually in post?").at(-1)!.facts.map((f) => f.value)).toEqual([1895]);
    // Another level named with "combined": not the total of the level before (125).
    expect(chat("How many legal normative resolutions did the provincial People's Council issue in 2024?", "And at district level, councils and committees combined?").at(-1)!.facts.map((f) => f.value)).not.toContain(125);
    // The report gives no public employees recruited: no other figure about public employees.
    expect(chat("Năm 2024 tỉnh tuyển được bao nhiêu công chức?", "còn viên chức thì sao?").at(-1)!.answered).toBe(false);
  });

  it("gives the rate the figure's sentence states for 'tỷ lệ bao nhiêu?', and reads 'so với năm trước' as the change", () => {
    expect(chat("UBND tỉnh đã phê duyệt bao nhiêu quy trình nội bộ để cấu hình điện tử giải quyết TTHC?", "tỷ lệ bao nhiêu?").at(-1)!.facts.map((f) => f.value)).toEqual([100]);
    expect(chat("Tỉnh giao bao nhiêu người làm việc hưởng lương từ NSNN cho các đơn vị sự nghiệp công lập?", "hiện có mặt bao nhiêu?", "giảm mấy % so với năm trước?").at(-1)!.facts.map((f) => f.value)).toEqual([4.29]);
  });

  it("reads 'còn chi thì sao?' after revenue as spending, and declines 'which … the most?'", () => {
    expect(chat("Tính đến 06/12/2024, thu ngân sách nhà nước trên địa bàn tỉnh được bao nhiêu?", "bằng bao nhiêu % dự toán?", "còn chi thì đạt mấy % dự toán?").at(-1)!.facts.map((f) => f.value)).toEqual([75]);
    expect(chat("tỉnh thu ngân sách nhà nước được bao nhiêu?", "còn chi thì sao?").at(-1)!.facts.map((f) => f.value)).toEqual([11387742]);
    // ("Cộng cả UBND cấp huyện thì tổng cộng …?" after two items of a list the report states: those and the one it adds.)
    expect(chat("Đề án vị trí việc làm đã được phê duyệt cho bao nhiêu Sở, ban, ngành?", "Còn Chi cục và tương đương?", "Cộng cả UBND cấp huyện thì tổng cộng bao nhiêu cơ quan?").at(-1)!.facts[0]!.derived!.formula).toMatch(/^22 \+ 15 \+ 9 = 46/);
    // ("tổng hai loại là bao nhiêu?" after the departments and the sub-departments: the two added.)
    expect(chat("Đề án vị trí việc làm đã được phê duyệt cho bao nhiêu sở, ban, ngành?", "còn chi cục và tương đương?", "tổng hai loại là bao nhiêu?").at(-1)!.facts[0]!.derived!.formula).toMatch(/^22 \+ 15 = 37/);
    // ("vậy cộng cả công bố và bãi bỏ …?" after the two: both actions named, added, not the other action's figure alone.)
    expect(chat("Năm 2024 UBND tỉnh công bố bao nhiêu thủ tục hành chính?", "thế bãi bỏ?", "vậy cộng cả công bố và bãi bỏ là bao nhiêu thủ tục?").at(-1)!.facts[0]!.derived!.formula).toMatch(/^1\.117 \+ 176 = 1\.293/);
    // ("chi hơn thu bao nhiêu?" after the revenue and the spending: each bare word names one of the two answers.)
    expect(chat("Thu ngân sách nhà nước trên địa bàn đến ngày 6/12/2024 được bao nhiêu?", "còn chi cân đối 11 tháng?", "chi hơn thu bao nhiêu?").at(-1)!.facts[0]!.derived!.formula).toMatch(/^11\.387\.742 − 11\.145\.304 = 242\.438/);
    // ("còn tự kiểm tra …?" typed without marks after a figure asks a figure too, not what the report says of it.)
    expect(chat("Sở Tư pháp thẩm định bao nhiêu dự thảo?", "con tu kiem tra vb cua ubnd tinh?").at(-1)!.facts.map((f) => f.value)).toEqual([89]);
    // ("So với dự toán đạt bao nhiêu?" without "%": what the revenue reached against the estimate, its share.)
    expect(chat("Thu ngân sách nhà nước trên địa bàn tỉnh là bao nhiêu?", "So với dự toán đạt bao nhiêu?").at(-1)!.facts.map((f) => f.value)).toEqual([94.5]);
    expect(chat("Thu ngân sách nhà nước trên địa bàn tỉnh là bao nhiêu?", "So với dự toán đạt bao nhiêu?", "còn so với năm trước?").at(-1)!.facts.map((f) => f.value)).toEqual([120.9]);
    expect(chat("Thu ngân sách nhà nước trên địa bàn tỉnh là bao nhiêu?", "so vs du toan dat bn?").at(-1)!.facts.map((f) => f.value)).toEqual([94.5]);
    // The report ranks nothing.
    expect(chat("How many legal normative documents did the district-level councils and committees issue?", "Which district issued the most?").at(-1)!.answered).toBe(false);
  });

  it("asks the same figure of another subject ('còn dvsn công lập?' after a rate of decrease), and reads a figure after a statement", () => {
    expect(chat("Biên chế công chức giảm bao nhiêu phần trăm so với năm 2023?", "con dvsn cong lap?").at(-1)!.facts.map((f) => f.value)).toEqual([4.29]);
    // Named in full, "đơn vị sự nghiệp công lập" is still the staff's subject here, not the units' approval rate.
    expect(chat("Biên chế công chức giảm bao nhiêu phần trăm so với năm 2023?", "còn đơn vị sự nghiệp công lập?").at(-1)!.facts.map((f) => f.value)).toEqual([4.29]);
    // A level named changes the level, not the subject.
    expect(chat("Cấp tỉnh đã phê duyệt đề án vị trí việc làm cho bao nhiêu đơn vị sự nghiệp công lập?", "còn cấp huyện thì sao?").at(-1)!.facts.map((f) => f.value)).toEqual([556]);
    // Its own "bao nhiêu" asks an amount: read alone, not the rate carried over.
    expect(chat("Biên chế công chức giảm bao nhiêu phần trăm so với năm 2023?", "còn người làm việc trong đvsn thì giảm bn").at(-1)!.facts.map((f) => f.value)).toEqual([988, 4.29]);
    expect(chat("Kế hoạch tuyển dụng công chức năm 2024 được ban hành kèm quyết định số mấy?", "tuyển được mấy người?").at(-1)!.facts.map((f) => f.value)).toEqual([16]);
    // Naming another measure, one the report has no figure of: not the civil servants recruited.
    expect(chat("Năm 2024 tỉnh tuyển được bao nhiêu công chức?", "Tổ chức tuyển dụng vào tháng mấy?", "thế viên chức tuyển được bao nhiêu?").at(-1)!.answered).toBe(false);
  });

  it("asks the other action's figure of the same kind and reference ('Còn thu?' after spending's share of the estimate)", () => {
    expect(chat("Chi cân đối ngân sách 11 tháng đạt bao nhiêu % dự toán?", "Còn thu?").at(-1)!.facts.map((f) => f.value)).toEqual([94.5]);
    expect(chat("Thu ngân sách đạt bao nhiêu % dự toán?", "còn chi thì sao?").at(-1)!.facts.map((f) => f.value)).toEqual([75]);
    // Spending states no share of the same period last year: no other share instead.
    expect(chat("Thu ngân sách đạt bao nhiêu % so với cùng kỳ?", "còn chi thì sao?").at(-1)!.answered).toBe(false);
  });

  it("declines some of the figure before that the report does not break down ('How many of those were issued in 2024 alone?'), not read alone", () => {
    expect(chat("How many officials and public employees have been given official email accounts?", "How many of those were issued in 2024 alone?").at(-1)).toMatchObject({ answered: false, reason: "no-breakdown" });
    // (A part the report states is given.)
    expect(chat("Sở Tư pháp góp ý bao nhiêu dự thảo?", "trong đó bao nhiêu dự thảo QPPL?").at(-1)!.facts.map((f) => f.value)).toEqual([203]);
  });

  it("declines a part of the figure before that the report does not state, not another figure of its sentence ('Trong số đó đã hoàn thành bao nhiêu?' after the 172 tasks)", () => {
    const last = chat("Tỉnh đã thực hiện bao nhiêu nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao?", "Trong số đó đã hoàn thành bao nhiêu?").at(-1)!;
    // (It says the report gives the total and not that part of it.)
    expect(last).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(last.text).toMatch(/Chính phủ, Thủ tướng Chính phủ giao/);
    // (Those done of a total the report states, "31/34", are a part of it.)
    expect(chat("Kế hoạch CCHC năm 2024 có bao nhiêu nhiệm vụ?", "Trong số đó đã hoàn thành bao nhiêu?").at(-1)!.facts.map((f) => f.value)).toEqual([31]);
    // (Review: "trong số đó" asking a rate, a figure of another measure of the sentence, an item of a
    // list, or a figure of those very things by its label is still answered.)
    const lastValues = (...turns: string[]) => chat(...turns).at(-1)!.facts.map((f) => f.value);
    expect(lastValues("Hiện có bao nhiêu biên chế công chức?", "Trong số đó giảm bao nhiêu phần trăm?")).toEqual([2.47]);
    expect(lastValues("Đến nay hoàn thành bao nhiêu nhiệm vụ trong kế hoạch CCHC?", "Trong số đó tỷ lệ hoàn thành là bao nhiêu?")[0]).toBe(91.18);
    expect(lastValues("Tổ chức mấy đoàn kiểm tra?", "Trong số đó kiểm tra bao nhiêu văn bản?")).toEqual([106]);
    expect(lastValues("Bao nhiêu TTHC được kiến nghị đơn giản hóa?", "Of those, how many fields do they cover?")).toEqual([11]);
    expect(lastValues("Tổ chức mấy đoàn kiểm tra?", "Trong số đó ban hành bao nhiêu kết luận?")).toEqual([4]);
    // (Second review: some of them counted the same is a part the report states, never another figure
    // of that measure, larger or of another action; another thing counted is one of the same sentence.)
    for (const [first, next] of [
      ["Tỉnh hoàn thành bao nhiêu nhiệm vụ trong kế hoạch CCHC?", "Of those, how many were assigned by the Government?"],
      ["Bao nhiêu TTHC được kiến nghị phương án đơn giản hóa?", "Trong số đó bao nhiêu bị bãi bỏ?"],
      ["Sở Tư pháp thẩm định bao nhiêu dự thảo?", "Trong số đó bao nhiêu dự thảo đã góp ý?"],
      ["UBND tỉnh công bố bao nhiêu thủ tục hành chính?", "trong đó bãi bỏ bn?"],
      ["Hiện có bao nhiêu biên chế công chức?", "Of those, how many were allocated?"],
      ["Hiện có bao nhiêu biên chế công chức?", "Trong số đó bao nhiêu biên chế được giao?"],
      ["UBND tỉnh phê duyệt bao nhiêu quy trình nội bộ?", "Trong số đó bao nhiêu TTHC?"],
      ["Bao nhiêu Sở, ban, ngành được phê duyệt đề án vị trí việc làm?", "Trong số đó bao nhiêu chi cục?"],
    ]) expect(chat(first!, next!).at(-1), next).toMatchObject({ answered: false, reason: "no-breakdown" });
  });

  it("keeps the procedures for 'thế sửa đổi, bổ sung thì sao?' after those abolished: no other measure's amended figures instead", () => {
    for (const [first, next] of [
      ["Năm 2024 tỉnh bãi bỏ bao nhiêu TTHC?", "Thế sửa đổi, bổ sung thì sao?"],
      ["How many administrative procedures did the province abolish in 2024?", "What about amended or supplemented ones?"],
    ] as const) expect(chat(first, next).at(-1)!.answered).toBe(false);
    // After the agencies given new functions, the agencies amended are the same measure's other action.
    expect(chat("UBND tỉnh ban hành quy định chức năng nhiệm vụ cho bao nhiêu cơ quan?", "còn sửa đổi bổ sung?").at(-1)!.facts.map((f) => f.value)).toEqual([6]);
  });

  it("adds or compares the answers before ('gộp cả hai cấp?', 'cộng lại?' across staff measures, 'chênh lệch bn?' in one unit)", () => {
    const levels = chat("Năm 2024 HĐND, UBND cấp huyện ban hành được bao nhiêu văn bản QPPL?", "còn cấp xã?", "gộp cả hai cấp thì bao nhiêu?").at(-1)!;
    expect(levels.facts[0]!.derived!.formula).toBe("23 + 69 = 92");
    expect(chat("cap xa phuong thi tran ban hanh bn vb qppl", "con cap huyen?", "cong ca 2 cap lai").at(-1)!.facts[0]!.derived!.formula).toBe("69 + 23 = 92");
    const staff = chat("Năm 2024 tỉnh giao bao nhiêu biên chế công chức cho khối hành chính?", "Còn số người làm việc giao cho các đơn vị sự nghiệp?", "Cộng lại là bao nhiêu?").at(-1)!;
    expect(staff.facts[0]!.derived!.formula).toBe("1.951 + 22.531 = 24.482");
    const gap = chat("thu ngan sach tinh den 6/12/2024 dc bn", "con chi can doi 11 thang", "chenh lech bn").at(-1)!;
    expect(gap.facts[0]!.derived!.formula).toBe("11.387.742 − 11.145.304 = 242.438");
    // The two cover different periods, and the reply says so.
    expect(gap.text).toContain("hai số liệu khác kỳ");
    // "chênh" typed bare is the same question.
    expect(chat("bien che cong chuc tinh dc giao nam 2024 la bn", "hien co?", "chenh bn?").at(-1)!.facts[0]!.derived!.formula).toBe("1.951 − 1.895 = 56");
    // Each side naming one of the answers before: "số giao hơn số hiện có bn", "the ratio of the commune figure to the district figure".
    expect(chat("bien che cong chuc tinh giao nam 2024 la bn", "hien co bn", "vay so giao hon so hien co bn").at(-1)!.facts[0]!.derived!.formula).toBe("1.951 − 1.895 = 56");
    expect(chat("How many legal normative documents were issued at district level in 2024?", "And at commune level?", "What's the ratio of the commune figure to the district figure?").at(-1)!.facts.map((f) => f.value)).toEqual([300, 69, 23]);
    // …but no difference in "có lệch nhau không?", a yes/no question of the two counts.
    expect(values("Số đoàn kiểm tra và số kết luận có lệch nhau không?")).toEqual([4, 4]);
  });

  it("reads a figure 'chênh bao nhiêu' against its plan as what remains to reach it, and against last year as the change the report states", () => {
    expect(ask("Thu ngân sách chênh bao nhiêu so với dự toán?").facts[0]!.derived!.formula).toBe("100% − 94,5% = 5,5 điểm phần trăm");
    expect(values("biên chế công chức hiện có chênh bn so với năm trước")).toEqual([48]);
    expect(values("Biên chế công chức hiện có chênh bao nhiêu so với năm 2023?")).toEqual([48]);
    // (Two rates against their plans are compared with each other.)
    expect(ask("Chênh lệch giữa tỷ lệ thu ngân sách so với dự toán và tỷ lệ chi cân đối so với dự toán là bao nhiêu điểm phần trăm?").facts[0]!.value).toBeCloseTo(19.5, 5);
  });

  it("reads 'năm 2023 … bao nhiêu?' naming its own subject after a rate as last year's value of that subject", () => {
    const last = chat("Biên chế công chức giảm bao nhiêu phần trăm so với năm 2023?", "con dvsn cong lap?", "vậy năm 2023 khối sự nghiệp có mặt bao nhiêu người?").at(-1)!;
    expect(last.facts[0]!.derived!.formula).toBe("22.056 + 988 = 23.044");
  });

  it("answers 'tăng hay giảm?' with the direction the previous figure's sentence states, or declines", () => {
    const up = chat("bn luot nguoi du thi hoi thi cchc", "so voi 2023 tang hay giam").at(-1)!;
    expect(up.answered).toBe(true);
    expect(up.text).toContain("tăng so với năm 2023");
    // "hạ tầng" states no direction.
    expect(chat("Hạ tầng máy chủ vận hành mấy giờ mỗi ngày?", "tăng hay giảm?").at(-1)!.answered).toBe(false);
  });

  it("answers 'từ cấp nào tới cấp nào?' with the figure's sentence naming its levels, never another figure", () => {
    const levels = chat("MetroNet kết nối được bao nhiêu phần trăm cơ quan nhà nước?", "từ cấp nào tới cấp nào?").at(-1)!;
    expect(levels.facts.map((f) => f.value)).toEqual([100]);
    expect(levels.citations[0]!.quote).toContain("từ cấp tỉnh đến cấp xã");
    expect(chat("Có bao nhiêu văn bản QPPL cấp huyện ban hành?", "cấp nào?").at(-1)!.facts.map((f) => f.value)).toEqual([23]);
    // (Only a message asking nothing else: a figure of its own, a ranking, "còn cấp nào nữa?".)
    expect(chat("MetroNet kết nối được bao nhiêu phần trăm cơ quan nhà nước?", "TTHC được công bố ở cấp nào?").at(-1)!.facts.map((f) => f.value)).not.toContain(100);
    expect(chat("Có bao nhiêu văn bản QPPL cấp huyện ban hành?", "cấp nào ban hành nhiều nhất?").at(-1)!.answered).toBe(false);
  });

  it("answers 'ở những địa phương nào?' with the places the previous figure is of, or declines", () => {
    const where = chat("Các đoàn kiểm tra đã kiểm tra bao nhiêu văn bản QPPL?", "Ở những địa phương nào?").at(-1)!;
    expect(where.facts.map((f) => f.value)).toEqual([106]);
    expect(where.text).toContain("Nam Đông, A Lưới, Phong Điền");
    expect(chat("Thư điện tử cấp cho bao nhiêu người?", "ở những huyện nào?").at(-1)!.answered).toBe(false);
    // A ranking is not asked of the places.
    expect(chat("Có mấy đoàn kiểm tra văn bản QPPL ở các huyện?", "Huyện nào nhiều nhất?").at(-1)!.answered).toBe(false);
    // (Typed without marks, "nhiều nhất" right after the verb.)
    expect(ask("huyen nao ban hanh nhieu nhat vay?").answered).toBe(false);
    expect(chat("nam 2024 cap xa ban hanh bn vb qppl?", "con cap huyen?", "huyen nao ban hanh nhieu nhat vay?").at(-1)!.answered).toBe(false);
  });

  it("computes the plan's amount when a follow-up asks it in money ('vậy dự toán chi là bao nhiêu tiền?')", () => {
    const plan = chat("Chi cân đối ngân sách 11 tháng đạt bao nhiêu phần trăm dự toán?", "vậy dự toán chi là bao nhiêu tiền?").at(-1)!;
    expect(plan.facts[0]!.derived!.formula).toBe("11.387.742 / 75% = 15.183.656");
  });

  it("adds the figures of the answers before ('cộng lại?'), and averages over the figure beside the one before ('bình quân mỗi đơn vị?')", () => {
    const added = chat("UBND tỉnh ban hành quy định chức năng, nhiệm vụ, cơ cấu tổ chức cho bao nhiêu cơ quan, đơn vị?", "còn sửa đổi, bổ sung?", "cộng lại là bao nhiêu?").at(-1)!;
    expect(added.facts[0]!.derived!.formula).toBe("32 + 6 = 38");
    // (Every answer before of the same thing and action, not only the last two; not the other
    // reading given beside the first answer, the 9 district committees.)
    expect(chat("de an vi tri viec lam dc duyet cho bn so ban nganh", "the chi cuc?", "con ubnd cap huyen", "cong lai bn").at(-1)!.facts[0]!.derived!.formula).toBe("22 + 15 + 9 = 46");
    expect(chat("Đề án vị trí việc làm được phê duyệt cho bao nhiêu Sở ban ngành?", "còn chi cục?", "cộng lại?").at(-1)!.facts[0]!.derived!.formula).toBe("22 + 15 = 37");
    // (An allocation and those in post are never added: the allocations only.)
    expect(chat("Tỉnh giao bao nhiêu biên chế công chức?", "còn người làm việc được giao?", "cộng lại?").at(-1)!.facts[0]!.derived!.formula).toBe("1.951 + 22.531 = 24.482");
    // (Nor a total with its own part, nor the other reading given beside an answer a source was asked of.)
    expect(chat("HĐND tỉnh ban hành bao nhiêu nghị quyết QPPL?", "cấp huyện ban hành bao nhiêu văn bản QPPL?", "tỉnh ban hành bao nhiêu văn bản QPPL?", "cộng lại").at(-1)!.facts[0]!.derived!.formula).toBe("23 + 125 = 148");
    expect(chat("bn Sở ban ngành được phê duyệt đề án vị trí việc làm?", "nguồn ở đâu?", "còn chi cục?", "cộng lại").at(-1)!.facts[0]!.derived!.formula).toBe("22 + 15 = 37");
    // A total the report states is given as stated, not added up.
    expect(chat("hdnd tinh ban hanh bn nghi quyet qppl", "con ubnd tinh ban hanh bn quyet dinh", "tong cong?").at(-1)!.facts.map((f) => f.value)).toEqual([125]);
    // Figures of measures that do not add up are not added: the sum is declined, no figure instead.
    expect(chat("Có bao nhiêu đoàn kiểm tra văn bản QPPL?", "còn bao nhiêu TTHC bị bãi bỏ?", "cộng lại là bao nhiêu?").at(-1)).toMatchObject({ answered: false, reason: "cannot-compute" });
    const average = chat("Hội thi trực tuyến tìm hiểu CCHC có bao nhiêu cơ quan, đơn vị tham gia?", "bình quân mỗi đơn vị bao nhiêu lượt người dự thi?").at(-1)!;
    expect(average.facts[0]!.derived!.formula).toMatch(/^107\.737 \/ 214 ≈ 503/);
    // "trung bình mỗi đoàn?" names the unit averaged over, not another figure asked.
    const perTeam = chat("Có mấy Đoàn kiểm tra văn bản QPPL được thành lập?", "các đoàn kiểm tra bao nhiêu văn bản?", "trung bình mỗi đoàn?").at(-1)!;
    expect(perTeam.facts[0]!.derived!.formula).toBe("106 / 4 = 26,5");
    const english = chat("How many inspection teams were set up to check legal documents?", "How many documents did they inspect?", "So on average per team?").at(-1)!;
    expect(english).toMatchObject({ lang: "en" });
    expect(english.facts[0]!.label).toContain("on average per inspection team");
    // The quantity asked after the unit ("tb mỗi cơ quan bn lượt") is what is averaged.
    const entries = chat("hoi thi truc tuyen cchc co bn luot nguoi du thi vay", "bn co quan don vi", "tb moi co quan bn luot").at(-1)!;
    expect(entries.facts[0]!.derived!.formula).toMatch(/^107\.737 \/ 214 ≈ 503/);
  });

  it("keeps the previous action for another subject its words explain as fully ('tỉnh giao …' → 'còn người làm việc ở đvsn công lập?'), and adds 'cả hai'", () => {
    expect(chat("Năm 2024 tỉnh giao bao nhiêu biên chế công chức?", "Còn người làm việc ở đơn vị sự nghiệp công lập?").at(-1)!.facts.map((f) => f.value)).toEqual([22531]);
    const both = chat("Sở Tư pháp thẩm định bao nhiêu dự thảo văn bản QPPL?", "Còn góp ý thì bao nhiêu dự thảo?", "Cộng cả hai lại?").at(-1)!;
    expect(both.facts[0]!.derived!.formula).toBe("173 + 332 = 505");
  });

  it("reads 'Kiểm tra tổng cộng mấy văn bản?' after the teams as the figure of that unit their sentence states, not a total of teams", () => {
    expect(chat("Tỉnh lập bao nhiêu đoàn kiểm tra văn bản QPPL ở cấp huyện?", "Kiểm tra tổng cộng mấy văn bản?").at(-1)!.facts.map((f) => f.value)).toEqual([106]);
    // And back, typed without marks: "may doan?" is "mấy đoàn?".
    expect(chat("doan kiem tra vb qppl kiem tra dc bn van ban", "may doan?").at(-1)!.facts.map((f) => f.value)).toEqual([4]);
  });

  it("combines the two answers before when the message only points back at them ('Add them up?', 'hai tỷ lệ chênh nhau mấy điểm phần trăm?')", () => {
    const added = chat("How many administrative procedures did the provincial People's Committee announce in 2024?", "And how many were abolished?", "Add them up?").at(-1)!;
    expect(added).toMatchObject({ lang: "en" });
    expect(added.facts[0]!.derived!.formula).toBe("1,117 + 176 = 1,293");
    const gap = chat("Thu ngân sách nhà nước năm 2024 đạt bao nhiêu phần trăm dự toán?", "còn chi cân đối?", "hai tỷ lệ chênh nhau mấy điểm phần trăm?").at(-1)!;
    expect(gap.facts[0]!.derived!.formula).toBe("94,5 − 75 = 19,5");
    expect(gap.text).toContain("19,5 điểm phần trăm");
  });

  it("computes with the answers before what a follow-up names ('bãi bỏ bằng bao nhiêu % số công bố?', 'so với số thu … thì chi nhiều hơn bao nhiêu?', 'How many fewer than in 2023?')", () => {
    const share = chat("Năm 2024 UBND tỉnh đã công bố bao nhiêu thủ tục hành chính?", "And how many were abolished?", "bãi bỏ bằng bao nhiêu % số công bố?").at(-1)!;
    expect(share.facts[0]!.derived!.formula).toMatch(/^176 \/ 1\.117 ≈ 15,76%/);
    const more = chat("Chi cân đối ngân sách 11 tháng là bao nhiêu?", "so với số thu ngân sách thì chi nhiều hơn bao nhiêu?").at(-1)!;
    expect(more.facts[0]!.derived!.formula).toBe("11.387.742 − 11.145.304 = 242.438");
    expect(chat("biên chế công chức hiện có bao nhiêu?", "How many fewer than in 2023?").at(-1)!.facts.map((f) => f.value)).toEqual([48]);
  });

  it("reads 'bằng bao nhiêu % số được giao?' after the people in post as in post over allocated, not the stated rate of decrease", () => {
    const share = chat("How many people are currently working in public service units?", "What share of the allocated number is that?").at(-1)!;
    expect(share.facts[0]!.derived!.formula).toMatch(/^22,056 \/ 22,531 ≈ 97\.89/);
    const vi = chat("biên chế công chức hiện có?", "tỷ lệ so với số được giao?").at(-1)!;
    expect(vi.facts[0]!.derived!.formula).toMatch(/^1\.895 \/ 1\.951 ≈ 97,13/);
    // The rate of decrease is still what "tỷ lệ giảm?" asks.
    expect(chat("Hiện có bao nhiêu người làm việc trong các đơn vị sự nghiệp công lập?", "tỷ lệ giảm?").at(-1)!.facts[0]!.value).toBe(4.29);
  });

  it("keeps 'so với cùng kỳ thì sao?' on the figure before: declined when the report compares it with no earlier period", () => {
    const [spending, sameTime] = chat("chi can doi ngan sach 11 thang dat bn % du toan", "so voi cung ky nam truoc thi sao");
    expect(spending!.facts[0]!.value).toBe(75);
    // Revenue's 120,9% shares the words, but the spending is what was asked about.
    expect(sameTime!.answered).toBe(false);
    expect(chat("thu ngân sách đạt bao nhiêu % dự toán?", "so với cùng kỳ năm trước thì sao?")[1]!.facts[0]!.value).toBe(120.9);
    // The amount of the period compared with, from the figures of the sentence before: 11.145.304 / 120,9%.
    const reference = chat("thu ngân sách đạt bao nhiêu % so với cùng kỳ năm trước?", "còn so với dự toán?", "vậy cùng kỳ năm trước thu khoảng bao nhiêu?").at(-1)!;
    expect(reference.facts[0]!.derived!.formula).toMatch(/^11\.145\.304 \/ 120,9% ≈ 9\.218\.614/);
  });

  it("reads an amendment as issued too: 'ban hành quy định chức năng' gives the functions newly set and those amended, and 'còn sửa đổi, bổ sung?' the amended of them", () => {
    const first = ask("UBND tỉnh ban hành quy định chức năng, nhiệm vụ cho bao nhiêu cơ quan, đơn vị?");
    expect(first.facts.map((f) => f.value)).toEqual([32, 6]);
    for (const q of ["còn sửa đổi, bổ sung?", "sửa đổi, bổ sung thì mấy?"]) {
      expect(ask(q, { context: first.context }).facts.map((f) => f.value), q).toEqual([6]);
    }
    const amended = ask("còn sửa đổi, bổ sung?", { context: first.context });
    expect(ask("cộng lại là bao nhiêu?", { context: amended.context }).facts[0]!.derived!.formula).toBe("32 + 6 = 38");
    // Each named by its own action, one of them broader: both.
    expect(values("Năm 2024, UBND tỉnh đã ban hành/sửa đổi quy định chức năng, nhiệm vụ cho bao nhiêu cơ quan, đơn vị?").sort()).toEqual([32, 6].sort());
    // (Not a recommendation to amend, "kiến nghị … sửa đổi": nothing the province issued.)
    expect(ask("Còn Chính phủ thì sao?", { context: ask("Tỉnh ban hành bao nhiêu văn bản QPPL?").context }).facts.map((f) => f.value)).not.toContain(14);
    expect(values("Tỉnh ban hành bao nhiêu văn bản QPPL cấp tỉnh?")).toEqual([125]);
    // Of other answers, nothing else asked: "tỷ lệ giảm?" after last year's value is the rate, not the fall beside it.
    const year = ask("nam 2023 thi bn", { context: ask("hien tai tinh co bn bien che cong chuc").context });
    expect(ask("ty le giam?", { context: year.context }).facts.map((f) => f.value)).toEqual([2.47]);
  });

  it("carries an unsaid action over as the kind it is of where the new level has none of its own ('And how many sent in by the districts?' after the province's documents self-checked)", () => {
    const first = ask("How many legal documents issued by the provincial People's Committee did the Department of Justice self-inspect?");
    expect(first.facts.map((f) => f.value)).toEqual([89]);
    expect(ask("And how many sent in by the districts?", { context: first.context }).facts.map((f) => f.value)).toEqual([23]);
    expect(ask("còn của huyện gửi đến thì sao?", { context: first.context }).facts.map((f) => f.value)).toEqual([23]);
    // And the other way: the province's documents are checked as self-checked.
    const districts = ask("Sở Tư pháp kiểm tra theo thẩm quyền bao nhiêu văn bản QPPL do cấp huyện gửi đến?");
    expect(districts.facts.map((f) => f.value)).toEqual([23]);
    expect(ask("còn cấp tỉnh?", { context: districts.context }).facts.map((f) => f.value)).toEqual([89]);
  });

  it("gives the whole a part is out of ('out of how many?' after 31/34 tasks)", () => {
    const first = ask("How many tasks in the 2024 administrative reform plan has the province completed?");
    expect(first.facts[0]!.value).toBe(31);
    expect(ask("Out of how many?", { context: first.context }).facts.map((f) => f.value)).toEqual([34]);
    expect(ask("trên tổng số bao nhiêu?", { context: first.context }).facts.map((f) => f.value)).toEqual([34]);
  });

  it("answers another figure of the previous sentence for a message pointing back at it ('they'), and reads alone one that names a new subject", () => {
    const teams = ask("How many inspection teams checked district legal documents?");
    expect(teams.facts[0]!.value).toBe(4);
    expect(ask("How many documents did they check?", { context: teams.context }).facts.map((f) => f.value)).toEqual([106]);
    const internal = ask("How many internal procedures were approved for electronic configuration of administrative procedures?");
    const oneStop = ask("And how many procedures go through the one-stop mechanism?", { context: internal.context });
    expect(oneStop.facts[0]!.value).toBe(2071);
    // Another figure of that sentence only of the kind asked and at the level named: the report
    // does not break the 2,071 down by level, and its 100% of all levels is no count of the districts'.
    const districts = ask("How many of those are handled at district level?", { context: oneStop.context });
    expect(districts.answered).toBe(false);
    expect(districts.facts).toEqual([]);
    // A new measure alone still continues the previous question.
    const spending = ask("Thu ngân sách nhà nước trên địa bàn tỉnh đạt bao nhiêu % dự toán?");
    expect(ask("còn chi cân đối ngân sách thì sao?", { context: spending.context }).facts[0]!.value).toBe(75);
  });

  it("continues with the conversation's subject after a share asked of it ('thu bn? → so với dự toán? → còn chi?': spending's amount, then its share as the other reading)", () => {
    expect(chat("Thu ngân sách nhà nước trên địa bàn tính đến 6/12/2024 là bao nhiêu?", "so với dự toán?", "còn chi?").at(-1)!.facts.map((f) => f.value)).toEqual([11387742, 75]);
    expect(chat("How much state budget revenue had the province collected as of 6 December 2024?", "what % of the estimate is that?", "and balanced spending?").at(-1)!.facts.map((f) => f.value)).toEqual([11387742, 75]);
    // (The share again when the message names its plan, or when the share opened the conversation.)
    expect(chat("Chi cân đối ngân sách 11 tháng đạt bao nhiêu?", "Bằng bao nhiêu % dự toán?", "Còn thu ngân sách so với dự toán?").at(-1)!.facts.map((f) => f.value)).toEqual([94.5]);
    expect(chat("thu ngan sach den 6/12/2024 dat bn % du toan", "con chi can doi?").at(-1)!.facts.map((f) => f.value)).toEqual([75]);
    expect(chat("How many tasks in the 2024 administrative reform plan has the provincial People's Committee completed?", "How many are still outstanding?").at(-1)!.facts[0]!.derived!.formula).toBe("34 − 31 = 3");
    // (A percentage the message asks is the share, whatever the conversation's subject.)
    expect(chat("thu ngân sách bn?", "đạt bao nhiêu % dự toán?", "còn chi bao nhiêu phần trăm?").at(-1)!.facts.map((f) => f.value)).toEqual([75]);
  });

  it("gives the figure that explains a how-many question nearly as well as a sentence with none", () => {
    expect(values("Đợt tuyển dụng công chức tháng 7 năm 2024 có bao nhiêu người trúng tuyển?")).toEqual([16]);
  });

  it("declines a change asked against another year than the one the report states it from", () => {
    expect(ask("Biên chế công chức của tỉnh giảm bao nhiêu so với năm 2022?")).toMatchObject({ answered: false, reason: "other-year" });
    expect(ask("Biên chế công chức giảm bao nhiêu so với năm 2023?").facts[0]!.value).toBe(48);
  });

  it("reads what 'how many of those …' counts past the words taking some of a whole: a count of agencies is no share of them", () => {
    const share = ask("and the document management system, what share of agencies use it?");
    expect(ask("how many of those agencies are at commune level?", { context: share.context })).toMatchObject({ answered: false, facts: [] });
    expect(ask("bao nhiêu trong số các cơ quan đó ở cấp xã?", { context: share.context })).toMatchObject({ answered: false, facts: [] });
    // (The whole some are taken of does not rank the figures: the decisions among the documents are the 94.)
    expect(values("Bao nhiêu trong số các văn bản QPPL là quyết định của UBND tỉnh?")).toContain(94);
  });

  it("declines a follow-up asking the rise in a year the report does not cover, rather than giving the stated year's", () => {
    const revenue = ask("Thu ngân sách nhà nước trên địa bàn đạt bao nhiêu phần trăm so với cùng kỳ năm trước?");
    expect(ask("Năm 2025 dự kiến tăng bao nhiêu?", { context: revenue.context })).toMatchObject({ answered: false, reason: "other-year" });
    // (The rise of the year it states is still worked out.)
    expect(ask("tăng thêm bao nhiêu tiền?", { context: revenue.context }).facts[0]!.derived?.op).toBe("difference");
  });

  it("gives the change the report states when a follow-up compares with last year", () => {
    const now = ask("Tổng số người làm việc có mặt trong các đơn vị sự nghiệp công lập là bao nhiêu?");
    expect(ask("so với năm trước?", { context: now.context }).facts.map((f) => f.value)).toEqual([988]);
    const posts = ask("hien co bn bien che cong chuc");
    expect(ask("compared with last year?", { context: posts.context }).facts.map((f) => f.value)).toEqual([48]);
  });

  it("declines one body's share of a figure the report gives for several bodies together", () => {
    // The report splits the province's documents between the council (31) and the committee (94)
    // but gives the districts' 23 and the communes' 69 whole.
    for (const q of ["HĐND cấp huyện ban hành bao nhiêu văn bản QPPL?", "UBND các xã ban hành bao nhiêu văn bản QPPL?", "HĐND các xã, phường, thị trấn ban hành bao nhiêu nghị quyết QPPL?"]) {
      expect(ask(q), q).toMatchObject({ answered: false, reason: "no-breakdown" });
    }
    expect(ask("HĐND, UBND cấp huyện ban hành bao nhiêu văn bản QPPL?").facts[0]!.value).toBe(23);
    expect(ask("UBND tỉnh ban hành bao nhiêu văn bản QPPL?").facts[0]!.value).toBe(94);
    expect(ask("UBND tỉnh đã cấp bao nhiêu thư điện tử?").facts[0]!.value).toBe(14970);
    // (Named in a lead saying only what is counted: the part, not the 125 of both.)
    for (const q of ["Riêng nghị quyết của HĐND tỉnh, có bao nhiêu văn bản QPPL được ban hành?", "Only counting the resolutions of the provincial People's Council, how many legal normative documents were issued?"]) {
      expect(values(q), q).toEqual([31]);
    }
    // (A lead saying whose report it is names no part.)
    expect(values("Theo báo cáo của UBND tỉnh, có bao nhiêu văn bản QPPL được ban hành ở cấp tỉnh?")).toEqual([125]);
  });

  it("gives the figure of what 'bao nhiêu' counts when it explains the question nearly as well as the best", () => {
    expect(ask("Những thủ tục hành chính được đề xuất đơn giản hóa nằm trong bao nhiêu lĩnh vực?").facts[0]!.value).toBe(11);
    expect(ask("Những thủ tục hành chính được đề xuất đơn giản hóa là bao nhiêu?").facts[0]!.value).toBe(62);
    // The report counts the fields of the procedures simplified, not of those published.
    expect(ask("Các thủ tục hành chính được công bố thuộc bao nhiêu lĩnh vực?").answered).toBe(false);
  });

  it("answers 'tháng mấy?' and 'Kế hoạch số mấy?' with the month or number the statement's sentence names", () => {
    const month = ask("Đợt tuyển dụng công chức năm 2024 của tỉnh được tổ chức vào tháng mấy?");
    expect(month.facts[0]).toMatchObject({ value: 7, unit: "tháng" });
    expect(month.text).toContain("tháng 7 năm 2024");
    expect(ask("Việc tự kiểm tra văn bản QPPL của UBND tỉnh được triển khai theo Kế hoạch số mấy?").facts[0]).toMatchObject({ value: 391 });
    expect(ask("Kế hoạch tuyển dụng công chức năm 2024 được ban hành theo Quyết định số mấy?").facts[0]).toMatchObject({ value: 1699 });
    // Typed on a phone: "qd so bn" is "Quyết định số bao nhiêu", "kh" Kế hoạch.
    expect(ask("qd ban hanh ke hoach tuyen dung cc nam 2024 la qd so bn").facts[0]).toMatchObject({ value: 1699 });
    expect(ask("ke hoach so bn/kh-ubnd ve tu kiem tra vb qppl cua ubnd tinh").facts[0]).toMatchObject({ value: 391 });
    // The report's own number, cited from the sentence that names it ("số" here is no "chuyển đổi số").
    for (const q of ["bc ket qua cchc 2024 cua ubnd tinh tth la bc so bn", "Kết quả CCHC 2024 nêu trong báo cáo số mấy?", "Which report are these figures from?"]) {
      const a = ask(q);
      expect(a.facts[0], q).toMatchObject({ value: 627 });
      expect(a.citations[0]!.quote).toContain("Báo cáo số 627/BC-UBND");
    }
    // The month and, asked beside it, the figure the other clause asks.
    expect(values("Tuyển dụng công chức năm 2024 tổ chức vào tháng mấy và có bao nhiêu người trúng tuyển?")).toEqual([7, 16]);
    // (In the order asked, the month still the statement's: "…, and in which month was it held?" after the figure.)
    const asked = ask("How many civil servants passed the 2024 recruitment, and in which month was the recruitment held?");
    expect(asked.facts.map((f) => f.value)).toEqual([16, 7]);
    expect(asked.facts[1]!.unit).toBe(ask("In which month was the recruitment held?").facts[0]!.unit);
    expect(values("Năm 2024 có bao nhiêu công chức trúng tuyển, và kỳ tuyển dụng tổ chức vào tháng mấy?")).toEqual([16, 7]);
    // A how-many question is not an identifier: the 16 recruited, not the month.
    expect(ask("Đợt tuyển dụng công chức tháng 7 năm 2024 có bao nhiêu người trúng tuyển?").facts[0]!.value).toBe(16);
  });

  it("gives no figure of another action for a statement the report states without one", () => {
    // The report describes CCHC inspections but counts none: not the 214 agencies in the contest.
    expect(ask("Năm 2024 tỉnh đã tổ chức kiểm tra công tác CCHC tại bao nhiêu cơ quan, đơn vị?")).toMatchObject({ answered: false, reason: "no-figure" });
    expect(ask("Đợt tuyển dụng công chức tháng 7 năm 2024 có bao nhiêu người trúng tuyển?").facts[0]!.value).toBe(16);
  });

  it("declines a figure of other bodies than every one the question names, or of another action on documents", () => {
    // The 172 tasks were assigned by the Government and the Prime Minister, not by the council.
    expect(ask("How many tasks assigned by the provincial People's Council did Thua Thien Hue carry out in 2024?").answered).toBe(false);
    expect(ask("How many tasks assigned by the Government did the province carry out?").facts[0]!.value).toBe(172);
    // Nor is a figure of documents to be amended one of documents to be abolished.
    expect(ask("Tỉnh kiến nghị Trung ương bãi bỏ bao nhiêu văn bản QPPL?").answered).toBe(false);
    expect(ask("Tỉnh kiến nghị sửa đổi bao nhiêu văn bản QPPL?").facts[0]!.value).toBe(14);
    // "the provincial government" is the People's Committee, not the Government.
    expect(ask("Which digital platforms has the provincial government built?").facts[0]!.id).toBe("nen-tang-so");
  });

  it("declines one of two things the report's sentence joins in one figure", () => {
    const central = ask("Sở Tư pháp góp ý bao nhiêu dự thảo văn bản do các cơ quan trung ương gửi xin ý kiến?");
    expect(central).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(central.suggestionIds).toContain("stp-gop-y-du-thao");
    expect(ask("Sở Tư pháp góp ý bao nhiêu dự thảo do cơ quan trung ương và địa phương trưng cầu?").facts[0]!.value).toBe(332);
    // Leaving out the other of the two is the same part asked.
    const leftOut = ask("so tu phap gop y bn du thao do cac co quan trung uong trung cau, ko tinh dia phuong");
    expect(leftOut).toMatchObject({ answered: false, facts: [] });
  });

  it("declines a full year asked of a figure for part of it, and says which part", () => {
    const year = ask("chi can doi ngan sach ca nam 2024 dat bn % du toan");
    expect(year).toMatchObject({ answered: false, reason: "other-period" });
    expect(year.text).toContain("11 tháng năm 2024");
    expect(ask("What was the full-year 2024 state budget revenue?")).toMatchObject({ answered: false, reason: "other-period" });
    // (A plan of the whole year is the plan's, as stemmed too: "the whole year estimate" asks the share of it.)
    expect(ask("What share of the whole year estimate has revenue reached?").facts.map((f) => f.value)).toEqual([94.5]);
    // (Nor are the last 12 months a part of the year.)
    expect(ask("How many administrative procedures did the province publish over the last 12 months?").facts.map((f) => f.value)).toEqual([1117]);
    // (English words as stemmed: "the whole of 2024", "the entire year".)
    for (const q of ["What is the province's projected state budget revenue for the whole of 2024?", "How much balanced spending was there over the entire year?"]) {
      expect(ask(q), q).toMatchObject({ answered: false, reason: "other-period" });
    }
    expect(ask("Thu ngân sách năm 2024 là bao nhiêu?").facts[0]!.value).toBe(11145304);
    // A cut-off day other than the figure's ("đến 31/12" of a figure up to 06/12/2024), or the year's end.
    const cutOff = ask("Thu ngân sách tính đến 31/12/2024 là bao nhiêu?");
    expect(cutOff).toMatchObject({ answered: false, reason: "other-period" });
    expect(cutOff.text).toContain("đến ngày 06/12/2024");
    expect(ask("What was the province's total state budget revenue for the whole of 2024, through 31 December?")).toMatchObject({ answered: false, reason: "other-period" });
    expect(ask("thu ngan sach den ngay 6/12 dc bn").facts[0]!.value).toBe(11145304);
  });

  it("reads 'Bên cạnh …' as leaving out, and English items with apostrophes as one enumeration", () => {
    expect(values("Bên cạnh việc ban hành quy định chức năng, nhiệm vụ cho 32 cơ quan, đơn vị, UBND tỉnh còn sửa đổi, bổ sung chức năng, nhiệm vụ của bao nhiêu cơ quan, đơn vị nữa?")).toEqual([6]);
    expect(ask("Excluding the sub-departments, the district People's Committees and the public service units, how many provincial departments and agencies had their job-position schemes approved?").facts[0]!.value).toBe(22);
  });

  it("gives a figure's stated share of the plan the question compares it with", () => {
    const revenue = ask("Tính đến ngày 06/12/2024, thu ngân sách nhà nước trên địa bàn tỉnh bằng bao nhiêu phần trăm dự toán?");
    expect(ask("Còn chi cân đối ngân sách, so với dự toán?", { context: revenue.context }).facts[0]!.value).toBe(75);
    expect(ask("Chi cân đối ngân sách 11 tháng là bao nhiêu tiền?").facts[0]!.value).toBe(11387742);
  });

  it("reads 'bỏ phần … ra' as leaving out, but not 'Bộ phận một cửa'", () => {
    expect(ask("Trong 125 văn bản QPPL cấp tỉnh, bỏ phần quyết định của UBND ra thì HĐND tỉnh ban hành bao nhiêu nghị quyết?").facts[0]!.value).toBe(31);
    expect(ask("Trong năm 2024, Bộ phận một cửa các cấp đã tiếp nhận bao nhiêu hồ sơ TTHC?").answered).toBe(false);
  });

  it("reads what is left out as a whole enumeration ('A, B hay C'), and adds what 'chỉ tính' or brackets list", () => {
    expect(ask("Không tính chi cục, UBND cấp huyện hay đơn vị sự nghiệp, đề án vị trí việc làm đã được phê duyệt cho bao nhiêu sở, ban, ngành?").facts[0]!.value).toBe(22);
    expect(ask("trong de an vtvl cua tinh, ko tinh so, chi cuc hay dvsn, thi co bn don vi ubnd cap huyen").facts[0]!.value).toBe(9);
    const only = ask("Đề án vị trí việc làm: chỉ tính Sở ban ngành và Chi cục, không tính UBND cấp huyện, thì bao nhiêu cơ quan?");
    expect(only.facts[0]).toMatchObject({ value: 37, derived: { formula: "22 + 15 = 37" } });
    expect(ask("Không tính UBND cấp huyện và các đơn vị sự nghiệp, có bao nhiêu cơ quan cấp tỉnh (Sở ban ngành và Chi cục) được phê duyệt đề án vị trí việc làm?").facts[0]!.value).toBe(37);
    // Typed without marks, "so" is "sở" beside "chi cục"; a listed item no figure explains is not the other item's figure alone.
    expect(formula("de an vtvl: chi tinh so va chi cuc, ko tinh ubnd cap huyen va dvsn, thi bn co quan")).toBe("22 + 15 = 37");
    expect(ask("de an vtvl: chi tinh so va ban quan ly du an, ko tinh ubnd cap huyen va dvsn, thi bn co quan").answered).toBe(false);
    // Items that are one thing ("the Government and the Prime Minister") are not added.
    expect(ask("Only counting tasks assigned by the Government and the Prime Minister, not the province's own reform plan, how many tasks did the province carry out?").facts[0]!.value).toBe(172);
  });

  it("reads each later clause of a several-figure message as a follow-up of the figure before it", () => {
    expect(values("ubnd tinh hoan thanh bn nv cchc 2024, tren tong so bn nv")).toEqual([31, 34]);
    expect(values("How many drafts did the Department of Justice comment on in total, and how many of those were legal normative drafts?")).toEqual([332, 203]);
    expect(values("Tính đến ngày 06/12/2024, thu ngân sách trên địa bàn được bao nhiêu và bằng mấy phần trăm dự toán?")).toEqual([11145304, 94.5]);
    // Two actions joined in one clause: a figure for each.
    expect(values("Tỉnh kiến nghị đơn giản hóa bao nhiêu TTHC, đồng thời công bố và bãi bỏ bao nhiêu TTHC?")).toEqual([62, 1117, 176]);
  });

  it("reads 'which month' alone after a figure, and 'in total' with another action as that action's figure", () => {
    const passed = ask("How many civil servants passed the 2024 recruitment?");
    expect(ask("In which month was the recruitment held?", { context: passed.context }).facts[0]).toMatchObject({ value: 7 });
    const appraised = ask("How many draft legal documents did the Department of Justice appraise?");
    expect(ask("And how many drafts did it comment on in total?", { context: appraised.context }).facts.map((f) => f.value)).toEqual([332]);
  });

  it("does not add the levels one figure already covers, whatever is left out", () => {
    expect(values("Excluding staff of public service units, how many civil-servant posts were assigned to provincial agencies and district People's Committees in 2024?")).toEqual([1951]);
  });

  it("reads 'tính chung cả A và B' and 'counting … together' as a sum, declined when the listed parts are not all found", () => {
    expect(formula("Tính chung cả ban hành mới và sửa đổi, bổ sung, UBND tỉnh đã quy định chức năng, nhiệm vụ cho bao nhiêu lượt cơ quan, đơn vị?")).toBe("32 + 6 = 38");
    expect(formula("Counting the departments, sub-departments, district People's Committees and public service units together, how many bodies had their job-position schemes approved by the province?")).toBe("22 + 15 + 9 + 128 = 174");
    // A last piece opening with what is asked names no item of the list.
    expect(formula("Adding up the departments, sub-departments and district people's committees with approved job-position schemes, how many administrative bodies is that in total?")).toBe("22 + 15 + 9 = 46");
    // Not one of the parts listed (the 9 district committees) in place of their total.
    expect(ask("Counting the departments, sub-departments, district People's Committees and public service units together, how many bodies had their job-position schemes approved?").facts[0]?.value).not.toBe(9);
    // Three kinds of checks listed, two of them named as actions: the three, not the sum of those two.
    expect(formula("Cộng cả tự kiểm tra, kiểm tra theo thẩm quyền và kiểm tra qua các Đoàn kiểm tra, năm 2024 có tổng cộng bao nhiêu lượt văn bản QPPL được kiểm tra?")).toBe("89 + 23 + 106 = 218");
    // "Gộp A và B" (with its marks) adds them; leaving out a figure of its own beside them (the
    // documents the teams checked) leaves the sum as it is.
    expect(formula("Gộp tự kiểm tra và kiểm tra theo thẩm quyền, Sở Tư pháp đã kiểm tra bao nhiêu văn bản QPPL?")).toBe("89 + 23 = 112");
    expect(formula("Gộp tự kiểm tra và kiểm tra theo thẩm quyền, Sở Tư pháp đã kiểm tra bao nhiêu văn bản QPPL (không tính các Đoàn kiểm tra)?")).toBe("89 + 23 = 112");
    // So does "Cộng A và B thì …".
    expect(formula("Cộng số văn bản tự kiểm tra và số văn bản kiểm tra theo thẩm quyền thì Sở Tư pháp đã kiểm tra bao nhiêu văn bản QPPL?")).toBe("89 + 23 = 112");
    // (Unmarked, "gop" may be "góp": "góp ý và thẩm định" are two figures, not added.)
    expect(values("So tu phap gop y va tham dinh bao nhieu du thao?")).toEqual([332, 173]);
    expect(formula("tong so bien che cong chuc va nguoi lam viec o dvsn tinh giao nam 2024 la bn")).toBe("1.951 + 22.531 = 24.482");
  });

  it("gives a figure for each quantity a request names in parallel ('số A, số tiền B và tỷ lệ C'), and splits a rate that is a second question", () => {
    expect(values("Xin cho biết số TTHC được kiến nghị đơn giản hóa, số tiền tiết kiệm chi phí tuân thủ mỗi năm và tỷ lệ cắt giảm chi phí.")).toEqual([62, 11322000, 42]);
    expect(values("Đề nghị cung cấp tổng số người làm việc có mặt trong các đơn vị sự nghiệp công lập và tỷ lệ giảm so với năm 2023.")).toEqual([22056, 4.29]);
    expect(values("ty le dv co quy che chi tieu noi bo va ty le chi can doi ngan sach 11 thang so voi du toan la bn")).toEqual([100, 75]);
    // One quantity whose subject is an enumeration is one question.
    expect(values("Tỷ lệ cơ quan, đơn vị có quy chế chi tiêu nội bộ là bao nhiêu?")).toEqual([100]);
    expect(values("Năm 2024 UBND tỉnh phê duyệt bao nhiêu quy trình nội bộ để cấu hình điện tử và bao nhiêu phần trăm quy trình điện tử đã được thiết lập trên Hệ thống thông tin một cửa điện tử?")).toEqual([759, 100]);
  });

  it("gives both levels of 'số X cấp tỉnh và số X cấp xã', and reads 'hơn bao nhiêu' of a figure stated as 'hơn N' as that figure", () => {
    expect(values("Cho tôi xin số văn bản QPPL cấp tỉnh và số văn bản QPPL cấp xã ban hành năm 2024.")).toEqual([125, 69]);
    expect(values("Hội thi trực tuyến tìm hiểu CCHC năm nay thu hút hơn bao nhiêu lượt người dự thi?")).toEqual([107737]);
    expect(formula("UBND ban hành nhiều hơn HĐND bao nhiêu văn bản QPPL?")).toBe("94 − 31 = 63");
  });

  it("reads a share of the same period last year as the rise it implies when a rise is asked, and 'so với năm 2023' as that period", () => {
    for (const q of ["thu ngân sách tăng bao nhiêu phần trăm so với cùng kỳ?", "By what percentage did revenue grow year on year?", "Tỷ lệ tăng trưởng thu ngân sách năm 2024?"]) {
      const a = ask(q);
      expect(a.facts[0]!.derived, q).toMatchObject({ op: "difference", operands: ["thu-ngan-sach-so-cung-ky"] });
      expect(a.facts[0]!.value, q).toBe(20.9);
    }
    // The share itself when the share is asked; no rise of a share of the estimate (a plan, not a period).
    expect(values("thu ngân sách bằng bao nhiêu % so với cùng kỳ năm trước?")).toEqual([120.9]);
    expect(ask("thu ngan sach tang bn % so voi du toan").facts.every((f) => !f.derived)).toBe(true);
    // In the report of 2024, "so với năm 2023" is the same period of the previous year, not the estimate.
    expect(values("tỷ lệ thu ngân sách so với năm 2023")).toEqual([120.9]);
    // A rate asked without saying of what: both the report states.
    expect(values("Xin cho biết tỷ lệ thu ngân sách nhà nước trên địa bàn tỉnh năm 2024.")).toEqual([94.5, 120.9]);
  });

  it("declines one level of a count given for several, a share of another plan, and another part of the year", () => {
    expect(ask("bien che cong chuc giao cho cap huyen la bn")).toMatchObject({ answered: false, reason: "no-breakdown" });
    expect(ask("How many civil-servant positions did the province allocate in 2024 to provincial agencies and district committees?").facts[0]!.value).toBe(1951);
    // The report gives the spending as a share of the estimate, the revenue of both.
    expect(ask("chi ngan sach 11 thang dat bn % so voi cung ky nam truoc").answered).toBe(false);
    expect(ask("thu ngân sách bằng bao nhiêu % so với cùng kỳ năm trước?").facts[0]!.value).toBe(120.9);
    expect(ask("chi can doi ngan sach 6 thang dau nam 2024 dc bn a")).toMatchObject({ answered: false, reason: "other-period" });
    expect(ask("Chi cân đối ngân sách 11 tháng đạt bao nhiêu?").facts[0]!.value).toBe(11387742);
  });

  it("reads 'không tính các … khác' as the main clause alone, not as its total less it", () => {
    expect(values("Sở Tư pháp góp ý bao nhiêu dự thảo văn bản QPPL, không tính các dự thảo văn bản khác?")).toEqual([203]);
    // "mấy" leading what is left out is "those few", not a question.
    expect(values("so tu phap gop y bn du thao qppl thoi, ko tinh may du thao vb khac")).toEqual([203]);
    expect(ask("Ngoài 203 dự thảo QPPL, Sở Tư pháp còn góp ý bao nhiêu dự thảo văn bản khác?").facts[0]!.value).toBe(129);
  });

  it("continues with a new measure asked alone ('Across how many fields?')", () => {
    const simplified = ask("How many administrative procedures were proposed for simplification?");
    expect(ask("Across how many fields?", { context: simplified.context }).facts.map((f) => f.value)).toEqual([11]);
  });

  it("gives a part of the previous figure for 'trong đó' / 'of those', and a measure named by its head word", () => {
    const drafts = ask("Sở Tư pháp góp ý bao nhiêu dự thảo?");
    expect(ask("trong đó bao nhiêu dự thảo QPPL?", { context: drafts.context }).facts.map((f) => f.value)).toEqual([203]);
    const checked = ask("Còn các đoàn kiểm tra thì kiểm tra bao nhiêu văn bản?");
    expect(checked.facts[0]!.value).toBe(106);
    expect(ask("mấy đoàn?", { context: checked.context }).facts.map((f) => f.value)).toEqual([4]);
  });

  it("declines a count of what the report does not count, though its word is also a verb the report uses", () => {
    expect(ask("Các huyện đã xử lý bao nhiêu kiến nghị theo kết luận của các đoàn kiểm tra văn bản QPPL?").answered).toBe(false);
    expect(ask("kiến nghị sửa bao nhiêu văn bản luật").facts[0]!.value).toBe(14);
    expect(ask("Bao nhiêu TTHC được kiến nghị phương án đơn giản hóa?").facts[0]!.value).toBe(62);
  });

  it("gives what was to be done ('phải thực hiện') as a fraction's whole", () => {
    expect(ask("Năm 2024 tỉnh phải thực hiện bao nhiêu nhiệm vụ CCHC?").facts[0]!.value).toBe(34);
    expect(ask("Năm 2024 tỉnh đã thực hiện bao nhiêu nhiệm vụ CCHC?").facts[0]!.value).toBe(31);
    // (The plan as the setting, "trong các nhiệm vụ đề ra tại kế hoạch", asks what was done among them.)
    expect(values("Trong các nhiệm vụ đề ra tại kế hoạch CCHC năm 2024, tính đến thời điểm báo cáo UBND tỉnh đã hoàn thành được bao nhiêu nhiệm vụ?")).toEqual([31]);
    // (The plan itself setting out tasks is the plan's whole.)
    expect(values("Trong kế hoạch CCHC đề ra bao nhiêu nhiệm vụ cần hoàn thành?")).toEqual([34]);
  });

  it("reads a measure named only as who did it ('by the inspection teams') as no new measure: the documents are still counted", () => {
    for (const q of ["And the number inspected by the inspection teams?", "And by the inspection teams?", "còn số do các đoàn kiểm tra kiểm tra?"]) {
      expect(chat("Sở Tư pháp kiểm tra theo thẩm quyền bao nhiêu văn bản QPPL cấp huyện?", q).map((a) => a.facts[0]?.value), q).toEqual([23, 106]);
    }
  });

  it("changes only the slot the message names", () => {
    const [a, b, c] = chat("hdnd ubnd tinh ban hanh bn van ban qppl", "con cap huyen", "cap xa thi sao");
    expect([a, b, c].map((x) => x!.facts[0]!.value)).toEqual([125, 23, 69]);
    expect(chat("UBND tỉnh công bố bao nhiêu thủ tục hành chính?", "Thế bãi bỏ bao nhiêu?")[1]!.facts[0]!.value).toBe(176);
  });

  it("computes from the previous figure, cites it again, and declines other places and years", () => {
    expect(chat("hien co bn bien che cong chuc", "nam 2023 thi sao")[1]!.facts[0]!.value).toBe(1943);
    expect(chat("bai bo bn tthc", "nam 2023 thi sao")[1]!.answered).toBe(false);
    expect(chat("Năm 2024 thu ngân sách đạt bao nhiêu phần trăm dự toán?", "Còn Đà Nẵng thì sao?")[1]!.answered).toBe(false);
    const cited = chat("bn can bo cong chuc dc cap thu dien tu", "trich nguyen van cau do trong bao cao dc ko")[1]!;
    expect(cited.citations[0]!.quote).toContain("Thư điện tử đã được cấp cho 14.970");
  });

  it("reads a bare rate after the allocation and then those in post as their ratio; 'tỷ lệ giảm?' as the stated rate", () => {
    expect(chat("Năm 2024 tỉnh giao bao nhiêu biên chế công chức?", "Thực tế hiện có bao nhiêu?", "tỷ lệ?")[2]!.facts.map((f) => f.value)).toEqual([97.13, 1895, 1951]);
    expect(chat("Tỉnh giao bao nhiêu người làm việc hưởng lương ngân sách cho các đơn vị sự nghiệp công lập?", "how many are actually in post?", "what share is that?")[2]!.facts[0]!.value).toBe(97.89);
    expect(chat("Năm 2024 tỉnh giao bao nhiêu biên chế công chức?", "Hiện có bao nhiêu?", "Tỷ lệ giảm?")[2]!.facts[0]!.value).toBe(2.47);
    // Without the allocation asked before, the rate its sentence states.
    expect(chat("biên chế công chức hiện có bao nhiêu?", "tỷ lệ?")[1]!.facts[0]!.value).toBe(2.47);
    // A rate against a year is the stated rate of the change since it.
    expect(chat("Năm 2024 tỉnh giao bao nhiêu biên chế công chức?", "hiện có bao nhiêu?", "tỷ lệ so với năm 2023?")[2]!.facts[0]!.value).toBe(2.47);
  });

  it("reads a rate asked against 'the total' as the previous figure's share of its whole, not a sum", () => {
    const first = "How many public service units under the specialised agencies had job-position schemes approved?";
    for (const q of ["What share of the total is that?", "what share of the total?", "What percentage of the total is that?", "tỷ lệ trên tổng số?"]) {
      const a = chat(first, q)[1]!;
      expect(a.facts.map((f) => f.value), q).toEqual([91.41, 117, 128]);
      expect(a.facts[0]!.derived!.formula, q).toContain("117");
    }
  });

  it("reads alone a message that ends like a follow-up but is about something else", () => {
    const context = ask("UBND tỉnh đã bãi bỏ bao nhiêu TTHC?").context;
    for (const q of ["thời tiết hôm nay thế nào", "giá vàng thì sao"]) expect(ask(q, { context }).answered, q).toBe(false);
    expect(ask("thế công bố?", { context }).facts[0]!.value).toBe(1117);
  });

  it("declines an operation or a kind the previous figure cannot give, rather than another figure", () => {
    const abolished = ask("UBND tỉnh đã bãi bỏ bao nhiêu TTHC?").context;
    for (const q of ["tổng cộng?", "tỷ lệ?"]) expect(ask(q, { context: abolished }).answered, q).toBe(false);
    const current = ask("hien co bn bien che cong chuc").context;
    expect(ask("còn cấp huyện thì sao?", { context: current }).answered).toBe(false);
    // (What the current number is short of is the allocation's gap.)
    expect(ask("còn thiếu bao nhiêu?", { context: current }).facts[0]!.derived!.formula).toBe("1.951 − 1.895 = 56");
    expect(ask("tỷ lệ giảm?", { context: current }).facts[0]!.value).toBe(2.47);
    const spent = ask("Chi cân đối ngân sách 11 tháng năm 2024 đạt bao nhiêu triệu đồng?").context;
    expect(ask("bằng bao nhiêu % dự toán?", { context: spent }).facts[0]!.value).toBe(75);
  });

  it("reads numbers with separators as numbers, and names the measure of a difference", () => {
    expect(values("ngoài 1.117 TTHC được công bố, có bao nhiêu TTHC khác?")).not.toContain(1117);
    expect(ask("UBND tỉnh ban hành nhiều hơn HĐND tỉnh bao nhiêu văn bản QPPL?").facts[0]!.unit).toBe("văn bản QPPL");
    expect(ask("nguồn?").answered).toBe(false);
  });

  it("declines a bare continuation with nothing before it", () => {
    for (const q of ["cap xa thi sao", "thế bãi bỏ?", "còn cấp huyện thì sao?"]) expect(ask(q).answered, q).toBe(false);
  });

  it("reads a complete new question alone", () => {
    expect(chat("cap huyen ban hanh bn van ban qppl", "tinh thuc hien bn nhiem vu dc chinh phu giao")[1]!.facts[0]!.value).toBe(172);
  });

  it("ignores a forged or stale token, and keeps nothing of what was typed", () => {
    const alone = ask("con cap huyen");
    for (const context of ["garbage", "eyJ2IjoxfQ", Buffer.from(JSON.stringify({ v: 1, kb: "0.0.0", plan: { op: "value", slots: {}, facts: ["vbqppl-tinh-ban-hanh"] } })).toString("base64url"), Buffer.from(JSON.stringify({ v: 1, kb: KB.version, plan: { op: "value", slots: {}, facts: ["no-such-fact"] } })).toString("base64url")])
      expect(ask("con cap huyen", { context })).toEqual({ ...alone, context: alone.context });
    const a = ask("SĐT 0905123456, cho hỏi UBND tỉnh công bố bao nhiêu TTHC?");
    expect(a.facts[0]!.value).toBe(1117);
    expect(Buffer.from(a.context, "base64url").toString()).not.toContain("0905123456");
    expect(a.context.length).toBeLessThanOrEqual(2048);
  });
});

describe("every number in a reply is backed by a cited quote or a returned figure", () => {
  const cases = ["dev-compositional.jsonl", "blind-compositional-A.jsonl", "blind-compositional-C.jsonl", "blind-compositional-D.jsonl", "blind-compositional-E.jsonl", "blind-compositional-G.jsonl"].flatMap(readCases);
  it.each(cases.flatMap((c) => (c.turns ?? [c]).map((t) => t.q)))("%s", (q) => {
    const a = ask(q);
    if (a.answered) expect(unbacked(a)).toEqual([]);
  });
});

// dev-compositional.jsonl: the product team's examples (shared/eval); blind-compositional-*: written
// blind from the report alone, each scored once as written (README, "Compositional questions"), then
// tuned against. held-out-*.jsonl are never tuned against and are not asserted here (`npm run eval`
// scores them). Misses listed here must still miss, so a fix shows up as a test to move: "miss" is
// declined or one of two readings given, "wrong" still gives a figure that was not asked.
const KNOWN_MISSES = new Map<string, "miss" | "wrong">([
  ["C-084", "miss"],
  ["E-027", "miss"], ["E-083", "miss"],
  ["G-036", "wrong"], ["G-047", "miss"], ["G-051", "miss"], ["G-080", "miss"],
  ["H-036", "miss"], ["H-084", "miss"],
  ["K-033", "miss"], ["K-075", "miss"], ["K-080", "miss"], ["K-082", "miss"],
  ["L-083", "miss"],
  ["Q-075", "miss"], ["Q-081", "miss"], ["Q-082", "miss"],
  ["R-077", "miss"], ["R-082", "miss"], ["R-084", "miss"],
  ["S-077", "miss"], ["S-083", "miss"], ["S-084", "miss"],
  ["T-026", "miss"], ["T-054", "miss"], ["T-062", "miss"],
  ["U-035", "miss"], ["U-054", "miss"], ["U-067", "miss"], ["U-080", "miss"], ["U-092", "wrong"],
  ["V-031", "miss"], ["V-074", "miss"],
  ["Y-062", "wrong"],
  ["AA-060", "miss"], ["AA-077", "miss"], ["AA-082", "miss"], ["AA-096", "wrong"],
  ["AC-081", "miss"],
  ["AD-067", "miss"],
  ["AH-036", "miss"],
  ["AK-073", "miss"], ["AK-076", "miss"],
  ["AP-031", "wrong"], ["AP-082", "miss"],
  ["AR-033", "miss"], ["AR-034", "wrong"],
  ["AU-074", "miss"], ["AU-076", "miss"],
  ["AV-074", "miss"],
  ["AW-073", "miss"],
  ["AX-084", "miss"],
  ["AY-029", "miss"], ["AY-030", "miss"], ["AY-035", "miss"], ["AY-080", "miss"], ["AY-083", "miss"],
  ["AZ-079", "miss"], ["AZ-081", "miss"], ["AZ-083", "miss"],
  ["BG-077", "miss"], ["BG-079", "miss"], ["BG-084", "miss"],
  ["BH-077", "miss"], ["BH-083", "miss"],
  ["BI-030", "miss"], ["BI-033", "miss"], ["BI-061", "wrong"],
  ["BJ-033", "miss"], ["BJ-075", "miss"], ["BJ-077", "miss"], ["BJ-078", "miss"], ["BJ-081", "miss"],
  ["BJ-083", "miss"],
  ["BK-040", "wrong"],
  ["BP-076", "miss"], ["BP-084", "miss"],
  ["BS-079", "miss"],
  ["BW-073", "miss"],
  ["BZ-077", "miss"],
  ["CD-036", "miss"],
  ["CF-074", "miss"], ["CF-079", "miss"], ["CF-081", "miss"], ["CF-082", "miss"],
  ["CG-077", "miss"],
  ["CI-027", "miss"], ["CI-035", "miss"],
  ["CJ-028", "miss"], ["CJ-038", "wrong"], ["CJ-053", "miss"], ["CJ-070", "miss"], ["CJ-083", "miss"],
  ["CK-073", "miss"], ["CK-083", "miss"],
  ["CL-017", "miss"], ["CL-069", "miss"],
  ["CO-074", "miss"],
  ["CP-030", "miss"], ["CP-059", "miss"], ["CP-080", "miss"], ["CP-082", "miss"],
  ["CS-036", "miss"], ["CS-073", "miss"], ["CS-081", "miss"],
  ["CT-030", "miss"], ["CT-034", "miss"], ["CT-059", "wrong"], ["CT-063", "miss"],
  ["CW-031", "miss"], ["CW-038", "miss"], ["CW-053", "miss"], ["CW-064", "wrong"],
  ["CX-080", "miss"],
  ["CY-056", "miss"], ["CY-069", "miss"],
  ["CZ-084", "miss"], ["CZ-087", "wrong"],
  ["DA-073", "miss"], ["DA-079", "miss"], ["DA-082", "miss"],
  ["DB-032", "wrong"], ["DB-034", "wrong"], ["DB-043", "wrong"], ["DB-054", "wrong"], ["DB-076", "miss"],
  ["DB-078", "wrong"], ["DB-079", "wrong"],
  ["DE-052", "miss"], ["DE-072", "miss"], ["DE-080", "miss"], ["DE-081", "miss"], ["DE-082", "miss"],
  ["DF-036", "miss"], ["DF-084", "miss"],
  ["DG-072", "miss"],
  ["DL-035", "wrong"],
  ["DM-055", "wrong"],
  ["DN-069", "miss"], ["DN-078", "miss"],
  ["DU-042", "miss"],
  ["DX-065", "miss"], ["DX-066", "miss"],
  ["EA-034", "wrong"], ["EA-072", "miss"],
  ["EF-047", "wrong"],
  ["EI-072", "miss"],
  ["EY-070", "miss"], ["EY-071", "miss"],
  ["EZ-061", "miss"], ["EZ-062", "miss"], ["EZ-063", "miss"], ["EZ-064", "miss"], ["EZ-065", "wrong"],
  ["FC-030", "miss"], ["FC-033", "miss"], ["FC-079", "miss"], ["FC-081", "miss"],
  ["FD-095", "wrong"],
  ["FG-063", "miss"], ["FG-075", "miss"],
  ["FH-079", "miss"],
  ["FK-044", "miss"], ["FK-056", "miss"], ["FK-080", "miss"],
  ["FN-075", "wrong"],
  ["FU-041", "miss"], ["FU-070", "miss"],
  ["FX-063", "miss"], ["FX-072", "miss"],
  ["GB-062", "miss"],
  ["GC-024", "miss"], ["GC-070", "miss"], ["GC-086", "wrong"],
  ["GF-052", "miss"], ["GF-054", "miss"], ["GF-055", "miss"], ["GF-058", "miss"],
  ["GG-095", "wrong"],
  ["GJ-068", "miss"], ["GJ-079", "wrong"],
  ["GN-066", "miss"], ["GN-083", "miss"],
  ["GR-030", "miss"], ["GR-070", "miss"], ["GR-071", "miss"],
  ["GS-072", "miss"], ["GS-075", "wrong"],
  ["GV-018", "wrong"],
  ["GX-011", "miss"],
  ["GY-054", "wrong"],
  ["HB-071", "miss"],
  ["HC-071", "miss"],
  ["HF-034", "miss"], ["HF-072", "miss"],
  ["HG-072", "miss"], ["HG-081", "miss"],
  ["HI-081", "miss"],
  ["HL-029", "wrong"], ["HL-033", "miss"], ["HL-042", "miss"], ["HL-043", "wrong"], ["HL-071", "miss"],
  ["HL-085", "wrong"],
  ["HM-055", "miss"], ["HM-058", "miss"], ["HM-059", "miss"], ["HM-064", "miss"],
  ["HN-069", "miss"], ["HN-076", "wrong"],
  ["HO-036", "wrong"], ["HO-053", "miss"], ["HO-056", "miss"], ["HO-057", "wrong"], ["HO-064", "miss"],
  ["HO-069", "miss"],
  ["HZ-059", "miss"],
  ["ID-053", "miss"], ["ID-068", "miss"],
  ["IF-029", "miss"],
  ["IG-070", "miss"],
  ["IJ-035", "miss"], ["IJ-068", "miss"], ["IJ-069", "miss"],
  ["IK-068", "miss"], ["IK-072", "miss"],
  ["IN-062", "miss"], ["IN-070", "miss"], ["IN-083", "miss"],
  ["IO-072", "miss"],
  ["IR-027", "wrong"], ["IR-034", "miss"], ["IR-041", "miss"], ["IR-068", "miss"],
  ["IS-048", "miss"], ["IS-068", "miss"], ["IS-072", "miss"],
  ["IV-066", "miss"], ["IV-069", "miss"],
  ["IW-030", "miss"], ["IW-061", "miss"], ["IW-068", "miss"],
  ["IZ-036", "wrong"],
  ["JA-002", "wrong"], ["JA-031", "miss"], ["JA-048", "miss"], ["JA-055", "miss"], ["JA-061", "miss"],
  ["JA-070", "miss"],
  ["JF-050", "miss"], ["JF-063", "miss"], ["JF-072", "miss"],
  ["JG-027", "miss"], ["JG-048", "miss"], ["JG-062", "miss"], ["JG-068", "miss"],
  ["JL-070", "miss"], ["JL-080", "miss"], ["JL-082", "wrong"], ["JL-096", "wrong"],
  ["JM-012", "miss"], ["JM-065", "miss"],
  ["JP-026", "miss"], ["JP-027", "miss"], ["JP-039", "miss"], ["JP-068", "miss"], ["JP-070", "miss"],
  ["JQ-034", "miss"], ["JQ-047", "miss"], ["JQ-070", "miss"], ["JQ-071", "miss"],
  ["JT-043", "miss"], ["JT-070", "wrong"], ["JT-071", "miss"], ["JT-072", "miss"],
  ["JU-033", "miss"],
  ["JY-028", "wrong"], ["JY-035", "miss"], ["JY-062", "miss"], ["JY-066", "miss"], ["JY-067", "miss"],
  ["JY-068", "miss"], ["JY-070", "miss"], ["JY-072", "miss"],
  ["KB-035", "miss"],
  ["KC-061", "miss"], ["KC-069", "miss"],
  ["KF-021", "miss"], ["KF-033", "miss"], ["KF-050", "miss"], ["KF-059", "miss"], ["KF-060", "wrong"],
  ["KF-065", "miss"], ["KF-069", "miss"],
  ["KG-052", "miss"],
  ["KJ-023", "miss"], ["KJ-055", "miss"], ["KJ-067", "miss"], ["KJ-071", "miss"],
  ["KK-065", "miss"], ["KK-071", "miss"],
  ["KP-065", "miss"], ["KP-066", "miss"], ["KP-069", "miss"], ["KP-072", "miss"],
  ["KT-072", "miss"],
  ["KU-061", "miss"], ["KU-070", "miss"], ["KU-079", "wrong"], ["KU-081", "wrong"],
  ["KX-018", "miss"], ["KX-030", "miss"], ["KX-036", "wrong"], ["KX-057", "miss"], ["KX-080", "miss"],
  ["KY-029", "wrong"], ["KY-070", "miss"],
  ["KZ-020", "miss"], ["KZ-027", "wrong"], ["KZ-054", "miss"], ["KZ-059", "wrong"], ["KZ-061", "miss"],
  ["KZ-064", "miss"], ["KZ-067", "miss"], ["KZ-084", "miss"],
  ["LE-071", "miss"], ["LE-072", "miss"],
  ["LF-044", "miss"], ["LF-064", "miss"], ["LF-071", "miss"],
  ["LI-092", "wrong"],
  ["LM-071", "miss"], ["LM-072", "miss"],
  ["LN-051", "wrong"], ["LN-060", "miss"],
  ["LO-064", "miss"], ["LO-076", "miss"],
  ["LS-050", "miss"],
  ["LT-041", "wrong"], ["LT-077", "wrong"],
  ["LX-003", "miss"], ["LX-041", "miss"], ["LX-063", "miss"],
  ["MC-084", "miss"],
  ["MD-064", "miss"], ["MD-067", "miss"], ["MD-070", "miss"],
  ["MG-065", "miss"], ["MG-076", "miss"],
  ["MH-060", "miss"],
  ["MK-063", "miss"],
  ["MP-003", "miss"], ["MP-068", "miss"],
  ["MQ-002", "miss"],
  ["MR-036", "wrong"],
  ["MV-059", "wrong"],
  ["MY-007", "miss"],
  ["MZ-069", "miss"],
  ["NA-004", "wrong"],
  ["NB-047", "miss"], ["NB-050", "miss"], ["NB-052", "miss"], ["NB-055", "miss"], ["NB-058", "miss"],
  ["NF-010", "miss"], ["NF-072", "miss"],
  ["NI-011", "miss"], ["NI-054", "miss"],
  ["NJ-070", "miss"],
  ["NK-068", "miss"], ["NK-072", "miss"],
  ["NL-060", "miss"],
  ["NO-009", "miss"], ["NO-060", "miss"], ["NO-077", "wrong"],
  ["NP-005", "miss"], ["NP-059", "miss"],
  ["NQ-071", "miss"],
  ["NR-068", "miss"], ["NR-072", "miss"],
  ["NU-060", "wrong"],
  ["NV-056", "wrong"], ["NV-059", "wrong"],
  ["OC-003", "miss"], ["OC-005", "miss"], ["OC-019", "wrong"], ["OC-041", "wrong"], ["OC-070", "miss"],
  ["OD-009", "miss"], ["OD-077", "miss"],
  ["OE-052", "miss"], ["OE-083", "miss"],
  ["OF-069", "miss"],
  ["OG-033", "miss"], ["OG-070", "miss"],
  ["OJ-041", "miss"], ["OJ-060", "wrong"], ["OJ-066", "miss"],
  ["OK-043", "miss"], ["OK-059", "miss"],
  ["ON-002", "miss"], ["ON-050", "wrong"], ["ON-053", "miss"], ["ON-060", "wrong"], ["ON-074", "wrong"],
  ["OO-050", "miss"], ["OO-053", "wrong"], ["OO-071", "miss"], ["OO-072", "miss"],
  ["OP-005", "miss"], ["OP-050", "miss"], ["OP-054", "miss"], ["OP-060", "miss"],
  ["OQ-004", "miss"], ["OQ-012", "miss"], ["OQ-024", "miss"],
  ["OZ-035", "wrong"], ["OZ-084", "miss"],
  ["PB-050", "wrong"], ["PB-066", "miss"],
  ["PF-047", "miss"],
  ["PG-068", "miss"],
  ["PJ-007", "wrong"], ["PJ-065", "miss"],
  ["PK-060", "wrong"],
]);
describe.each(TUNED_SETS)("compositional questions (%s)", (file) => {
  const cases = readCases(file);
  it.each(cases.filter((c) => !KNOWN_MISSES.has(c.id)))("$id $q", (c) => {
    expect(judgeCase(c).why).toEqual([]);
  });
  it.each(cases.filter((c) => KNOWN_MISSES.has(c.id)))("known miss: $id $q", (c) => {
    const r = judgeCase(c);
    expect(r.why.length).toBeGreaterThan(0);
    expect(r.wrong).toBe(KNOWN_MISSES.get(c.id) === "wrong");
  });
});
