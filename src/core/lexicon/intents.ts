// Question forms the reports cannot answer whatever their words (who someone is, how to do a
// procedure, forecasts), and attempts to steer the assistant. Matched on normalized tokens.
export const UNANSWERABLE_FORMS: string[] = [
  // (Not "whose" anywhere: "units whose schemes were approved" asks no person; a question opening
  // with it does, intent.ts.)
  "ai là", "là ai", "người nào", "tên là gì", "tên gì", "họ tên", "who is", "who are", "who was", "name of the",
  "làm sao để", "làm thế nào để", "cách nào để", "hướng dẫn", "cách đăng ký", "đăng ký như thế nào",
  "how do i", "how can i", "how to", "where can i", "where do i",
  "ở đâu", "địa chỉ", "số điện thoại", "hotline", "giờ làm việc", "where is", "phone number", "address of",
  "ngày mai", "tuần sau", "tháng sau", "năm sau", "dự báo", "tomorrow", "next week", "next year", "forecast",
  "hôm nay", "today",
  // How long something takes: the reports count and rate, they time no procedure ("nộp hồ sơ … thì bao lâu có kết quả?").
  "bao lâu", "how long",
  // Which is first: the reports compare no two agencies or places ("Which district issued the most?").
  "nhiều nhất", "ít nhất", "cao nhất", "thấp nhất", "lớn nhất", "nhỏ nhất",
  "the most", "the least", "the highest", "the lowest", "the largest", "the biggest", "the fewest",
];

export const INJECTION_FORMS: string[] = [
  "ignore previous", "ignore all previous", "ignore the above", "ignore your instructions", "disregard",
  "system prompt", "you are now", "act as", "pretend", "jailbreak", "developer mode", "bỏ qua hướng dẫn",
  "bỏ qua mọi hướng dẫn", "bỏ qua các chỉ dẫn", "quên hết", "hãy đóng vai", "đóng vai", "prompt",
  "instructions", "chỉ dẫn trước",
];

/** A message that is only a greeting, thanks or an acknowledgement: answered in kind, not with a figure. */
export const SMALL_TALK: Record<"greeting" | "thanks" | "ack", string[]> = {
  greeting: ["xin chào", "chào", "chào bạn", "chào ad", "alo", "hello", "hi", "hey", "good morning"],
  thanks: ["cảm ơn", "cám ơn", "cảm ơn nhiều", "thanks", "thank you", "thank", "tks", "thks", "thx"],
  ack: ["ok", "oke", "okie", "okay", "dạ", "vâng", "ừ", "ừm", "được rồi", "tốt", "hay quá", "good", "great", "bye", "tạm biệt"],
};

/** The question asks for an amount: numeric facts answer it, statements do not. */
export const QUANTITY_FORMS: string[] = [
  "bao nhiêu", "mấy", "how many", "how much", "số lượng", "tỷ lệ", "phần trăm", "đạt", "number of", "how big",
  "how large", "bao lớn", "lớn cỡ nào", "the size of", "size of", "figure", "figures",
  // An order to add asks the amount of the sum ("Add up the positions and the staff allocated").
  "add up", "add together", "sum up", "total",
];

/** Asks the amount itself, not a rate of it ("con số tuyệt đối thu ngân sách", "in absolute terms"). */
export const ABSOLUTE_FORMS: string[] = ["tuyệt đối", "con số tuyệt đối", "số tuyệt đối", "giá trị tuyệt đối", "absolute", "in absolute terms", "absolute number", "absolute figure"];

/** Explicitly asks for a number: a fact that states no number cannot answer it. */
export const HOW_MANY_FORMS: Record<"amount" | "which", string[]> = {
  amount: ["bao nhiêu", "mấy", "how many", "how much", "how big", "how large", "bao lớn", "lớn cỡ nào", "the size of", "size of",
    // A score or a rank is a number too ("What rank did the province get?"): a statement does not give it.
    "what score", "what rank", "what ranking", "which rank", "what position", "xếp thứ", "xếp hạng thứ", "điểm số",
    // An order to compute asks the figure it names ("Hãy tính dự toán thu ngân sách", "Calculate the estimate").
    "hãy tính", "tính giúp", "tính hộ", "tính xem", "tính thử", "tính ngược", "calculate", "compute", "work out", "back-calculate"],
  // "mấy" after these asks which one, not how many: "kế hoạch số mấy", "tháng mấy".
  which: ["số mấy", "tháng mấy", "ngày mấy", "thứ mấy", "năm mấy", "mấy giờ", "lần thứ mấy"],
};

/**
 * Yes/no questions: opening English auxiliaries, closing Vietnamese particles. "Did the province
 * change the rules on how many deputy directors…" asks whether, not how many.
 */
export const YES_NO_OPENINGS: string[] = ["did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will"];
export const YES_NO_CLOSINGS: string[] = ["không", "chưa", "hay không", "phải không", "đúng không"];

/** Where the thing counted follows: "bao nhiêu [đơn vị sự nghiệp]", "how many [tasks]". */
export const COUNT_FORMS: string[] = ["bao nhiêu", "mấy", "how many", "số lượng", "number of"];

/** The question asks which things: a statement (a list, a name) answers best. */
export const LISTING_FORMS: string[] = ["nào", "những gì", "là gì", "gì", "which", "what are", "what were", "list", "liệt kê", "kể tên"];

/** The question asks for a document's number or name ("kế hoạch số mấy"), not a quantity. */
export const IDENTIFIER_FORMS: string[] = [
  "số mấy", "số nào", "số hiệu", "số bao nhiêu", "quyết định nào", "kế hoạch nào", "which decision",
  "what decision", "which plan", "what plan", "document number", "tháng mấy", "tháng nào", "khi nào", "lúc nào",
  "thời gian nào", "ngày nào", "when", "what month", "which month", "báo cáo nào", "which report", "what report",
  "report number", "văn bản nào", "which document", "what document",
];

/** Words joining two things asked for ("công bố và bãi bỏ"). */
export const COORDINATORS: Record<"join" | "not", string[]> = {
  join: ["và", "and", "cùng", "lẫn", "với cả", "còn", "as well as", "với", "plus"],
  // "với" joins in chat ("cấp huyện với cấp xã"), but not in a comparison.
  not: ["so với", "cùng với", "đối với"],
};

/** Words that open or close a question without asking an amount ("how", "thế nào", "ra sao"). */
export const QUESTION_WORDS: string[] = [
  "thế nào", "như thế nào", "ra sao", "có phải", "how", "what", "which", "when", "does", "did", "is there", "are there",
];

/**
 * Words asking for what follows, folded, as one pattern's alternatives ("đề nghị", "xin", "cho tôi
 * biết", "cung cấp", "please", "tell me"): what the request names comes after them.
 */
export const REQUEST_WORDS = String.raw`de nghi|xin|vui long|cho (?:(?:toi|em|e|minh|mk|chung toi) )?hoi|cho (?:toi|em|e|minh|mk|chung toi)(?: (?:xin|biet))?|cho biet|cung cap|neu|bao cao|(?:could|can|would) you|please|kindly|(?<=(?:please|kindly|you) )(?:state|indicate|specify)|tell me|give me|give|provide|return|report(?= the )|list|liet ke|what (?:is|are|was|were)`;

/**
 * Names the report writes with commas ("Sở, ban, ngành", "chức năng, nhiệm vụ", "sửa đổi, bổ sung",
 * "xã, phường, thị trấn"; the Government and its Prime Minister as one agent): one name, its
 * commas ending no clause and parting no items.
 */
export const NAMES_WRITTEN_WITH_COMMAS: string[] = ["cơ quan, đơn vị", "chức năng, nhiệm vụ, quyền hạn", "chức năng, nhiệm vụ, cơ cấu tổ chức", "chức năng, nhiệm vụ", "sửa đổi, bổ sung", "Sở, ban, ngành", "xã, phường, thị trấn", "Chính phủ, Thủ tướng Chính phủ", "Chính phủ, Thủ tướng", "Chính phủ, TTg", "CP, TTg", "một cửa, một cửa liên thông", "tiếp nhận, trả kết quả"];

/**
 * What follows the "và" (or "+") of the name "Chi cục và tương đương", "sub-departments and
 * equivalents" (a pattern's source): that "và" joins no two things.
 */
export const AND_EQUIVALENTS = String.raw`(?:tương đương|tuong duong|equivalents?)(?![\p{L}\p{M}])`;

/**
 * Of those, the ones a list never parts into items: the departments, the one-stop mechanisms the
 * report counts together, receiving and returning results (one service of the one-stop desks), and
 * the Government with its Prime Minister, who assign tasks as one (a list
 * may part the others: "sửa đổi, bổ sung").
 */
export const NAMES_NEVER_PARTED: string[] = ["Sở, ban, ngành", "một cửa, một cửa liên thông", "tiếp nhận, trả kết quả", "Chính phủ, Thủ tướng Chính phủ", "Chính phủ, Thủ tướng", "Chính phủ, TTg", "CP, TTg", "cơ quan, đơn vị"];

/**
 * English "each" after the things it spreads over, before their verb or closing the question: "did
 * the council and the committee each issue?", "… issue each?" ("each district" names a noun: no).
 */
export const EACH_FLOATING = /\beach(?=\s+(?:[a-z]+ed|issue|check|publish|approve|have|get|receive|collect|spend|reach|record|do|cut|abolish|simplify|carry|hold|take|send|see|make|adopt|pass)\b|\s*[?.!]*\s*$)/i;

/** "lần lượt", "mỗi cái", "respectively": the question asked of each item listed before it (as typed: "mọi" is not "mỗi"). */
export const EACH_ASKED = /(?<![\p{L}\p{M}])(?:lần lượt|lan luot|mỗi cái|moi cai|mỗi loại|moi loai|từng cái|tung cai|từng loại|tung loai|mỗi bên|moi ben|mỗi cấp|moi cap|từng cấp|tung cap|mỗi nơi|moi noi|từng nơi|tung noi|respectively|each of them|each of these)(?![\p{L}\p{M}])/iu;

/**
 * Who asks, not what is asked about: "Sở Tài chính cần số liệu nhanh: …", "tôi công tác tại Sở
 * Nội vụ, …", "I work at the Department of Home Affairs; …", "From the Department of Home Affairs: …".
 */
export const ASKER = /(?<![\p{L}\p{M}])(?:(?:tôi|toi|mình|minh|em|chúng tôi|chung toi)\s+(?:công tác|cong tac|làm việc|lam viec|làm|lam)\s+(?:tại|tai|ở|o)|I\s+(?:work|am)\s+(?:at|in|with|for|from))\s+[^,.;:?]+|(?:Sở|So|Bộ|Bo|Phòng|Phong)\s+[^,.;:?]{1,30}?\s+(?:cần|can|muốn|muon|xin|đề nghị|de nghi|hỏi|hoi)(?![\p{L}\p{M}])|(?:^|(?<=[.!?]\s+))\s*From\s+(?:the\s+)?(?:Department|Office|Ministry|Division|Bureau|Sở|So|Phòng|Phong)\s[^,.;:?]{1,40}:/giu;

/**
 * Where one in charge of something works, after what they are in charge of: "tôi phụ trách mảng tài
 * chính [ở Văn phòng UBND huyện]" (the office, not the matter, "văn bản QPPL cấp huyện", which may be
 * what is asked about).
 */
// (The lookbehind is tried only after " ở ": tried first, at every position, it scans back to the
// message's start each time.)
export const ASKER_WORKPLACE = /\s+(?:ở|o|tại|tai)\s+(?<=(?:tôi|toi|em|mình|minh|chúng tôi|chung toi)\s+(?:phụ trách|phu trach)[^,.;:?]*?\s+(?:ở|o|tại|tai)\s+)(?:văn phòng|van phong|sở|so|phòng|phong|ban|ubnd|ủy ban|uy ban|bộ|bo|cục|cuc|chi cục|chi cuc|trung tâm|trung tam)(?![\p{L}\p{M}])[^,.;:?]*/giu;

/** Pieces of writing an asker says they are preparing ("for a story on …", "putting together a brief"): what the figure is for, no word of it. */
export const PIECES_OF_WRITING: string[] = ["story", "piece", "article", "feature", "briefing", "brief", "presentation", "newsletter", "column", "post", "report", "note", "notes", "review", "slides", "deck", "summary", "paper", "memo"];
