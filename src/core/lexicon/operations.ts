// Phrases that name what a question asks to do with the figures (an operation), and the words that
// mark a message as continuing the previous one. Written with diacritics; matched on normalized
// words (abbreviations expanded, diacritics optional) like every other lexicon.
import type { Operation } from "../plan.ts";

/**
 * "bn/bn", "bao nhiêu/bao nhiêu", "mấy/mấy", "how many (…) out of how many": both sides of a fraction
 * asked. (A pattern matched on the folded message, not a phrase list: the "/" is no word.)
 */
export const BOTH_SIDES_ASKED = /\b(?:bao nhieu|bn|may)\s*\/\s*(?:bao nhieu|bn|may|tong so)\b|\bhow many (?:out )?of how many\b|\bhow many\b[^,;?]*\bout of how many\b/;

/** Sum words asking the whole a part is out of ("31 … → out of how many?", "… trên tổng bao nhiêu?"). */
export const OUT_OF_PHRASES: string[] = ["out of how many", "trên tổng số bao nhiêu", "trong tổng số bao nhiêu", "trên tổng bao nhiêu", "trong tổng bao nhiêu", "trên bao nhiêu"];

/** Operations that compute a figure the report does not state. */
export const OPERATION_PHRASES: Partial<Record<Operation, string[]>> = {
  remaining: [
    "chưa hoàn thành", "chưa làm", "chưa xong", "chưa hoàn tất", "dang dở", "dở dang", "nữa mới", "mới hết", "để hết", "chưa hết", "chưa thực hiện", "chưa đạt", "còn lại", "còn thiếu", "thiếu bao nhiêu", "còn hụt", "thiếu hụt",
    "còn cách", "mới đạt 100", "mới đủ", "thì mới bằng", "nữa mới bằng", "để bằng", "mới đạt đủ", "đạt đủ 100", "còn phải", "bao nhiêu nữa", "bn nữa", "để đạt 100", "not completed", "not yet completed", "uncompleted",
    "unfinished", "incomplete", "remaining", "remain", "left to", "short of", "shortfall", "still to", "how far", "still outstanding", "remain outstanding", "left outstanding", "still pending", "not yet done",
    "chưa chi", "chưa thu", "chưa giải ngân", "still need", "still needs", "still needed", "yet to",
    // (Not "still left working …": what remains of a plan or estimate.)
    "is still left", "was still left", "left undone", "still undone", "còn dư", "chưa dùng hết", "chưa sử dụng hết", "left unspent", "unspent", "not spent", "not yet spent", "uncollected", "not yet collected",
    "away from", "from 100",
    // What is left of a reference after a cut: "còn bằng bao nhiêu % mức cũ", "what is left of the original".
    "còn bằng", "mức cũ", "mức ban đầu", "is left", "what is left", "of the original",
    // What an allocation is still short of: "còn trống", "unfilled", "vacant".
    "còn trống", "chưa được bố trí", "unfilled", "vacant", "vacancies",
    "chưa dùng", "chưa sử dụng", "chưa có người", "chưa có mặt", "not in post", "not yet in post", "unused", "not yet filled", "not filled", "not used", "not currently filled", "not filled yet", "currently unfilled",
  ],
  // "A gấp bao nhiêu lần B": A / B. (Not a bare "gấp": "cần gấp" is "urgently"; nor "mấy lần",
  // which counts occasions.)
  multiple: [
    "gấp bao nhiêu lần", "gấp mấy lần", "gấp khoảng bao nhiêu lần", "gấp khoảng mấy lần", "gấp chừng bao nhiêu lần", "gấp xấp xỉ bao nhiêu lần", "lớn gấp", "nhiều gấp", "cao gấp", "how many times as", "how many times more",
    "how many times larger", "how many times bigger", "how many times higher", "times as many", "times as much",
  ],
  // (A month's figure of one given over months is its average: "hằng tháng chi bao nhiêu?".)
  average: ["trung bình", "bình quân", "tính trung bình", "on average", "average", "mean", "mỗi tháng", "hằng tháng", "hàng tháng", "per month", "each month", "a month", "monthly"],
  difference: [
    "nhiều hơn", "ít hơn", "cao hơn", "thấp hơn", "lớn hơn", "nhỏ hơn", "hơn bao nhiêu", "chênh lệch", "chênh nhau",
    "more than", "fewer than", "less than", "higher than", "lower than", "greater than", "difference", "how many more",
    "how many fewer", "how much more", "how much less", "bigger than", "larger than", "smaller than", "gap between", "exceed", "exceeded", "vượt", "vượt quá",
    "net difference", "gap", "cách nhau", "chênh với", "points apart", "minus", "subtract", "subtracted",
    // (With what it parts: "Difference between the two?", "chênh lệch giữa hai số?".)
    "difference between", "chênh lệch giữa",
    // (The arithmetic word: "Hiệu số giữa số được giao và số hiện có?".)
    "hiệu số", "hiệu số giữa",
    // (Bare, as typed in a hurry: "chênh bn?", "lệch bao nhiêu?"; not "lệch nhau" alone, as often "có
    // lệch nhau không?".)
    "chênh", "lệch bao nhiêu", "lệch nhau bao nhiêu", "lệch nhau mấy",
    // ("trừ đi thì sao?" after two figures: the first less the second; not "trừ (đi)" opening what
    // is left out, "Trừ đi các sở ban ngành, …", "Trừ đi số TTHC bãi bỏ, …".)
    "trừ đi thì", "trừ đi còn", "trừ đi được",
  ],
  sum: [
    // Matched folded: not a bare "cộng" ("công"), "gộp" ("góp ý") or "tính cả" ("toàn tỉnh cả năm").
    "tổng cộng", "tổng số", "cộng lại", "cộng với", "cộng cả", "cộng chung", "cộng dồn", "gộp cả", "gộp chung", "cả ba",
    // ("Tính cả cấp tỉnh, cấp huyện và cấp xã thì …": levels counted together; folded, "tỉnh cả cấp" is no phrase.)
    "tính cả cấp", "tính cả các cấp",
    "cả hai cấp", "cả ba cấp", "hai cấp", "ba cấp", "cả 2 cấp", "cả 3 cấp", "2 cấp", "3 cấp", "both levels", "all three levels",
    "cả hai", "cả 3", "cả 2", "gộp lại", "gồm", "bao gồm", "in total", "total", "altogether", "combined", "sum",
    // ("… cho tất cả bao nhiêu cơ quan, đơn vị?": how many in all.)
    "tất cả bao nhiêu", "có tất cả", "tất cả là",
    "tổng hai việc", "cộng hai việc", "gộp hai việc", "tổng hai số", "cộng hai số", "gộp hai số",
    // (The things just given, counted by a classifier: "cộng 3 loại lại", "gộp hai khoản".)
    ...["cộng", "gộp", "tổng"].flatMap((v) => ["2", "3", "4", "hai", "ba", "bốn"].flatMap((n) => ["loại", "cái", "khoản", "mục", "nhóm", "thứ", "con số"].map((c) => `${v} ${n} ${c}`))),
    "the two together", "both together",
    "cộng hết", "cộng tất cả", "tổng là", "tổng lại", "tổng bao nhiêu", "tổng bn", "tổng được bao nhiêu", "tổng được bn", "counting both", "all three", "together", "tính chung cả", "tính chung", "tính tổng", "tính gộp", "có tất cả", "adding", "added together", "add up", "put together", "taken together", "in all",
    // The whole a part is out of ("31 … → out of how many?").
    ...OUT_OF_PHRASES,
  ],
  ratio: [
    "chiếm", "so với số được giao", "so với kế hoạch", "what share", "what percentage of",
    "what proportion", "share of", "as a percentage of", "percent of", "per cent of", "against the plan", "of the plan",
    "compared with the plan",
    // How much of an allocation is in post ("fill rate"): the current figure over the allocated.
    "fill rate", "occupancy rate", "staffing rate", "tỷ lệ lấp đầy",
  ],
};

/**
 * "How much bigger was A than B?" (folded): a difference of two sides parted by "than", its
 * comparing word (captured) apart from it. (Without "than", "how much larger was the spending?"
 * names no other side.) Percentage points may come between ("how many percentage points higher
 * was A than B?"); not "percent", which asks how far one is above the other relatively.
 */
export const HOW_MUCH_MORE_THAN = /\bhow (?:many|much) (?:(?:percentage )?points? )?(more|fewer|less|bigger|larger|smaller|higher|lower|greater)\b(?=.* than )/;

/**
 * Parts of a text ("câu", "đoạn"): "báo cáo câu nào", "đoạn nào nói vậy?" ask where the report says it,
 * not which report, nor a breakdown ("phần nào do HĐND tỉnh ban hành?", "đoàn nào …").
 */
export const PASSAGE_WORDS = ["câu", "đoạn", "dòng", "chỗ", "phần", "mục"] as const;

/** A message asking for the source of the previous answer ("nguồn?", "trích nguyên văn"). */
export const CITE_PHRASES: string[] = [
  ...PASSAGE_WORDS.flatMap((w) => [`báo cáo ${w} nào`, `${w} nào nói`, `${w} nào ghi`, `${w} nào viết`, `${w} nào trong báo cáo`, `${w} nào của báo cáo`, `lấy ở ${w} nào`, ...["nguồn", "ghi", "nói", "nêu", "viết", "nằm"].map((v) => `${v} ở ${w} nào`)]),
  "nguồn", "trích dẫn", "trích", "nguyên văn", "câu đó", "ở đâu trong báo cáo", "nằm ở đâu", "dẫn chứng", "căn cứ", "câu nào", "lấy từ đâu", "lấy ở đâu", "mục nào", "phần nào của báo cáo",
  "nói ở đâu", "ghi ở đâu", "viết ở đâu", "nêu ở đâu", "dựa vào đâu", "câu gốc", "nguồn ở đâu", "nguồn từ đâu", "nguồn đâu",
  "source", "sources", "cite", "citation", "quote", "exact sentence", "original", "where does it say", "which section", "where in the report", "which sentence", "which part of the report", "where did you get",
  "where does the report say", "where exactly", "where precisely", "where is that from", "where is this from", "where's that from", "where is that stated", "which page", "your source",
];

/** Its wording asked ("báo cáo ghi thế nào?"): the source of the previous answer when the message names nothing else ("còn thư điện tử ghi thế nào?" asks the e-mail figure). */
export const WORDING_PHRASES: string[] = ["ghi thế nào", "ghi như thế nào", "viết thế nào", "viết như thế nào", "exact wording", "word for word", "verbatim"];

/** Words that open a message continuing the previous question ("còn cấp huyện?", "and the districts?"). */
export const FOLLOW_UP_OPENINGS: string[] = [
  "còn", "thế còn", "thế", "vậy", "vậy còn", "còn về", "and", "and the", "what about", "how about", "and for", "then",
  // ("Cộng cả UBND cấp huyện thì …?": what the answers before counted, and one more.)
  "cộng cả", "cộng thêm",
  // ("Tương ứng giảm bao nhiêu biên chế?" after a rate: the count that goes with it.)
  "tương ứng", "tương ứng với", "correspondingly",
];

/** Words that close one ("cấp xã thì sao?", "năm 2023 thì sao?"). */
export const FOLLOW_UP_CLOSINGS: string[] = ["thì sao", "thì thế nào", "thì bao nhiêu", "thế nào", "ra sao", "thì"];

/**
 * Words pointing back at figures already given ("hai tỷ lệ chênh nhau bao nhiêu?", "add them up?"):
 * they name no subject of their own.
 */
export const FIGURES_GIVEN: string[] = [
  "hai số", "hai số này", "hai số liệu", "hai con số", "hai tỷ lệ", "hai tỷ lệ này", "hai khoản", "hai khoản này", "2 số", "2 tỷ lệ",
  "các số này", "những số này", "add them up", "add them", "add these up", "sum them up", "them together", "these two", "those two",
  "the two", "both figures", "the two figures", "these figures", "between them", "of them", "cả hai", "cả 2", "both",
  // (The answer before the last: "So với cái trước thì ít hơn bao nhiêu?", "than the previous one".)
  "cái trước", "cái trước đó", "con số trước", "con số trước đó", "the previous one", "the previous figure", "the one before", "the earlier one", "the earlier figure",
];

/**
 * "cộng" joining two things added ("số công bố cộng số bãi bỏ"), typed with its marks ("công" is
 * another word): not inside "tổng cộng", "công cộng", "cộng đồng", "cộng hòa", "cộng tác", "cộng sản", nor the
 * sums "cộng lại", "cộng với", "cộng dồn", "cộng chung", "cộng cả" read as phrases of their own.
 * ("cộng thêm" is one joiner.)
 */
export const PLUS_WORD = { word: "cộng", notAfterWord: ["tổng", "công"], notBeforeWord: ["lại", "với", "dồn", "chung", "cả", "đồng", "hòa", "hoà", "tác", "sự", "sản", "hưởng"] } as const;
/** The same as a regular expression's source (Unicode flag), on text as typed, lower case. */
export const PLUS_JOINING = String.raw`(?<![\p{L}\p{M}])(?<!(?<![\p{L}\p{M}])(?:${PLUS_WORD.notAfterWord.join("|")})\s+)${PLUS_WORD.word}(?![\p{L}\p{M}])(?!\s+(?:${PLUS_WORD.notBeforeWord.join("|")})(?![\p{L}\p{M}]))(?:\s+thêm(?![\p{L}\p{M}]))?`;
