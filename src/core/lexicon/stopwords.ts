// Words that carry no content in a question: question words, particles, pronouns, politeness.
// An unaccented word is only dropped when its folded form is not also a content word of the
// knowledge base ("co" may be "có" or "cơ quan"; "ban" may be "bạn" or "ban hành").
import { PUBLIC_SECTOR } from "./measures.ts";

export const STOPWORDS: string[] = [
  // Vietnamese question words and particles
  "bao nhiêu", "bao", "nhiêu", "mấy", "là", "có", "được", "đã", "đang", "sẽ", "những", "các", "của",
  "và", "với", "trong", "cho", "hỏi", "mình", "tôi", "em", "anh", "chị", "bạn", "admin", "ạ", "à",
  "vậy", "nhé", "nhỉ", "ơi", "thế nào", "như thế nào", "gì", "nào", "không", "thì", "mà", "ra",
  "cũng", "rồi", "phần", "nhỉ", "hả", "hở", "nha", "nhá", "xin", "vui lòng", "quý cơ quan", "quý vị", "quý ban", "giúp", "giúp mình", "nói lần lượt", "nói giúp", "cho biết", "biết",
  "muốn", "cần", "ạ", "lắm", "rất", "này", "đó", "kia", "đấy", "thôi", "ạh", "ah", "oh", "ok",
  "số lượng", "tổng", "tổng số", "bị", "về", "theo", "tại", "từ", "đến", "nay", "ở", "do",
  "phần trăm", "so với", "một", "hay", "hoặc", "vào", "hồi", "chưa", "hết", "lúc", "khi", "đúng không", "phải không", "có phải", "nhiều", "ít", "bởi", "như", "mọi người", "để", "lại", "gồm", "thế", "tất cả",
  "giờ", "bây giờ", "còn", "nhờ", "số liệu", "đề nghị cung cấp", "đề nghị cho biết", "cung cấp số liệu", "mong", "trân trọng", "tham chiếu", "danh sách", "cụ thể", "tổng cộng", "mỗi năm", "hằng năm", "hàng năm", "mỗi tháng", "hằng tháng", "hàng tháng",
  "chỉ tính", "chỉ xét", "xét riêng", "chỉ riêng", "tính riêng", "riêng", "sau khi", "đưa", "lên", "thưa", "dạ", "dạ thưa", "bà", "ông", "cô", "chú", "bác",
  "cháu", "con",  "chúng", "ra sao", "sao", "các loại", "diễn ra", "phía", "bên",
  // A classifier, as chat counts things ("mấy cái TTHC"): unmarked, "cai" may be "cải" of "cải cách".
  "cái",
  // How soon ("Trả lời gấp giúp em: …", "cần gấp"): no word of what is asked. (Folded, so the English
  // "gap" too, which is an operation word, never what is asked about: operations are read by their
  // phrases, "the gap between …", "gấp bao nhiêu lần", whatever words are stop words.)
  "gấp", "rất gấp", "khẩn", "khẩn cấp", "urgent", "urgently",
  // The figures just given, between which a gap is asked ("hiệu số giữa 2 số đó"): typed without marks,
  // "do" alone may be a word of the report's ("độ"). (Not "số đó" alone, "số đó có tăng không?" asks of it;
  // nor "hiệu hai số đó", whose "hiệu" alone is the report's "dấu hiệu".)
  "giữa hai số đó", "giữa 2 số đó", "giữa các số đó", "giữa hai con số đó", "giữa 2 con số đó", "giữa các con số đó",
  // "While I'm at it" ("tiện hỏi luôn …"): no money ("tiền") asked. (Not "nhân tiện", "tiện thể":
  // typed without marks, "nhận tiền", "tiền thế".)
  "tiện hỏi luôn", "tiện hỏi", "hỏi luôn", "by the way", "btw",
  // "Em thắc mắc không biết …", "I was wondering …": the asker's wish to know, no word of what is asked.
  "thắc mắc", "băn khoăn", "tò mò", "wondering", "wonder", "curious",
  // "In the end", said of the result: "cuối cùng có mấy người trúng tuyển?" (not "cuối năm", a period).
  "cuối cùng", "rốt cuộc", "rốt cục", "sau cùng", "tóm lại",
  // A rough amount heard ("nghe nói có cả ngàn thủ tục …, cụ thể là bao nhiêu?"): the exact figure is asked.
  "cả ngàn", "cả nghìn", "hàng ngàn", "hàng nghìn", "cả trăm", "hàng trăm", "hàng chục", "thousands of", "hundreds of",
  // "kỳ tuyển dụng tháng 7 vừa qua", "vừa r" as chat writes it: when, said of the report's own year.
  "vừa qua", "vừa rồi", "vừa r", "mới đây",
  // "Báo cáo số mấy?": the number asked, not "số" of "chuyển đổi số".
  "số mấy", "số nào", "số bao nhiêu", "số hiệu",
  // "cho mình con số tuyệt đối …": asks a figure, names none (intent.ts reads "tuyệt đối" as not a rate).
  "con số", "tuyệt đối", "absolute", "absolute terms",
  // "Tôi cần hai số liệu về …": how many figures are asked, which the clauses after it say again.
  "hai số liệu", "ba số liệu", "bốn số liệu", "hai con số", "ba con số", "bốn con số", "2 số liệu", "3 số liệu", "2 con số", "3 con số",
  // …or how many things it asks ("Two things: …", "Em hỏi hai việc: …"), which its clauses say again.
  ...["two", "three", "a few", "some", "several", "a couple of"].flatMap((n) => ["things", "questions", "points"].map((w) => `${n} ${w}`)),
  // (Not "mấy việc": "hoàn thành mấy việc?" asks the tasks; nor "mấy câu": "Hội thi có mấy câu?" asks the contest's.)
  ...["hai", "ba", "mấy", "vài"].flatMap((n) => ["điều", "ý"].map((w) => `${n} ${w}`)), "hai việc", "ba việc", "hai câu hỏi", "ba câu hỏi", "hai câu", "ba câu",
  // English
  "how", "many", "much", "what", "which", "was", "were", "is", "are", "be", "been", "did", "does",
  "do", "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "and", "or", "this",
  "that", "these", "those", "there", "their", "its", "it", "they", "them", "ones", "please", "help", "helped", "helping", "tell", "me", "us", "i", "we",
  "you", "can", "could", "would", "give", "show", "number", "total", "about", "from", "as", "than",
  "have", "has", "had", "get", "got", "so", "far", "year", "s", "whats", "what's", "hi", "hey",
  // (Contractions are read joined: "I'd like to know …" is "id like to know".)
  "i'd", "id", "i'm", "im", "i've", "ive",
  // "the money figure", "the figures for …": a figure asked, none named.
  "figure", "figures",
  // Who asks, said in passing: "As a reporter I'd like to know …".
  "as a reporter", "as a journalist", "as a student", "as a researcher",
  // …or who wants the figure ("Bí thư chi đoàn muốn ghi …"): a person, no word of the report's. (Not one
  // that may be counted, "bao nhiêu giảng viên", nor typed bare like a verb, "co giao" of "có giao".)
  "bí thư chi đoàn", "bí thư chi bộ", "bí thư đoàn",
  "know", "want", "like", "actually", "really", "exactly", "annual", "annually", "yearly", "per year", "each year", "per month", "each month", "monthly", "use", "used", "uses", "done", "way", "kind", "kinds", "type", "types", "down", "briefly", "in brief", "in short", "make", "made",
  "thanks to", "as a result of",
  "only", "just", "also", "counting", "alone", "please provide", "need", "reach", "reached", "reaching", "across", "within", "own", "right",
  // "What estimate does that imply?": a figure worked out from others is asked, named by what it is.
  "imply", "implies", "implied", "does that imply", "do they imply", "do those imply",
  // "How big was the budget?", "the budget figure": the question's form, not what is measured.
  "how big", "how large", "size",
  // An official's courtesy ("Could you kindly indicate …", "Please state …", "the tasks set out in the plan").
  "kindly", "indicate", "specify", "please state", "set out",
  // A system's request ("Return the number of …", "Return counts of …"). (Matched stemmed: "returned
  // the …" is stopped too; the report's "received and returned at one level" is not.)
  "return the", "return counts", "return count", "return both", "return two", "return three",
  // ("just the amount: …", "the amount of balanced budget spending": the kind asked, read as such in
  // intent.ts; no word of what is measured.)
  "just the amount", "the amount of", "amount to", "amounts to", "amounted to",
  // "over the 11 months": the period, read as such in period.ts.
  "over the",
  // An estimate asked ("khoảng bao nhiêu", "roughly how much"): the figure is still the stated one.
  "khoảng", "chừng", "xấp xỉ", "approximately", "roughly", "around",
  // …or said to do ("A rough figure is fine, but please show how you got it"): how to reply, which
  // every worked-out answer does, no word of what is asked.
  "a rough figure is fine", "an estimate is fine", "a rough figure", "rough figure", "rough estimate", "show how you got it", "show how you worked it out", "show your working", "show your workings", "show the calculation", "show your calculation",
  // Where the asker will put the answer ("… để đưa vào tờ trình", "to put in my report"): no word of what is asked.
  "để đưa vào tờ trình", "để đưa vào báo cáo", "để đưa vào bài viết", "để đưa vào văn bản", "đưa vào tờ trình", "to put in my report", "to include in my report", "for my report",
  // …or what the asker is writing ("I'm putting together a feature on …"; plan.ts reads no sum before a piece of writing).
  "putting together a", "putting together an", "putting together my", "putting together our", "putting together some",
  // …or in what form, and why ("ghi dưới dạng phần trăm cho dễ nhìn, mà báo cáo chỉ ghi dạng phân số"): how to write it.
  // (Not "dưới dạng" or "phân số" alone: "… dưới dạng phân số?" asks a ratio, "dưới dạng bảng" a list.)
  "dưới dạng phần trăm", "ghi dạng phân số", "cho dễ nhìn", "cho dễ hiểu", "cho dễ đọc", "cho dễ theo dõi", "cho dễ hình dung",
  // …or an exact one ("chính xác tăng bao nhiêu %"): the same figure.
  "chính xác", "chính xác là", "precisely",
  // A claim put to be checked ("Có thể viết là …", "Có đúng là …"): what it claims is what is asked about.
  "có thể viết là", "có thể viết", "có thể nói là", "có thể nói", "có đúng là", "có phải là", "is it true that", "is it correct that", "can i write that", "can we say that",
];

/** Words that only name the report's own context: neutral for deciding whether a question is covered. */
export const CONTEXT_WORDS: string[] = [
  "tỉnh", "thừa thiên huế", "thừa thiên", "huế", "năm", "cải cách hành chính", "kết quả", "báo cáo",
  "province", "provincial", "thua thien hue", "hue", "report", "results", "result", "result",
  "toàn tỉnh", "địa bàn", "năm trước", "ủy ban nhân dân tỉnh", "trên địa bàn tỉnh",
  // When the figures stand: every figure of a report is "as of" it.
  "thời điểm báo cáo", "đến thời điểm báo cáo", "tính đến thời điểm báo cáo", "đến nay", "tính đến nay",
  // ("Tính tới đầu tháng 12, …": up to a month, which the period check reads; not "tính đến ngày …",
  // whose day it reads with "đến".)
  "tính tới nay", "tính tới đầu tháng", "tính đến đầu tháng", "tính tới cuối tháng", "tính đến cuối tháng", "tính tới giữa tháng", "tính đến giữa tháng", "tính tới hết tháng", "tính đến hết tháng", "tính tới tháng", "tính đến tháng",
  "as of the report date", "so far", "to date",
  // ("… by the latest date covered in the report": the report's own date, as above; not "What is the
  // latest date covered?", which asks it.)
  "by the latest date covered in the report", "by the latest date covered", "by the latest date", "as of the latest date", "by the most recent date", "by the date covered in the report", "according to the latest figures", "as of the latest figures",
  // Cumulative to a date ("lũy kế đến 06/12"), and the unit a request names ("đơn vị tính", "đơn vị
  // triệu đồng"; a unit stated after a colon or closing the message, message-focus.ts drops): how the
  // figure is stated, not what it counts.
  "lũy kế", "luỹ kế", "cumulative", "cumulatively", "đơn vị tính", "đơn vị triệu đồng", "in million vnd",
  // Which part of a month a cut-off is in ("đến đầu tháng 12"): the period check reads it.
  "đầu tháng", "giữa tháng", "cuối tháng", "hết tháng", "by early", "by mid", "by late", "by the end of", "by the start of", "by the beginning of",
  // The public sector as a whole (PUBLIC_SECTOR): the setting of a figure, not what it counts.
  ...PUBLIC_SECTOR,
];
