// Which part of a message asks: people write greetings, self-introductions and thanks around
// their question, and those words are not what they ask about.
import { analyze } from "./analyze.ts";
import { asks, asksQuantity, bracketsMasked } from "./question-forms.ts";
import { fold, hasVietnameseMarks, tokenize } from "./normalize.ts";
import { measuresIn } from "./measures-named.ts";
import { numberedList } from "./numbered-list.ts";
import { addsAQuantity, namesQuantity } from "./several.ts";
import { EACH_ASKED } from "./lexicon/intents.ts";
import { verbAloneAction } from "./lexicon/facets.ts";


/** A sentence that only announces what follows ("… xin được hỏi:", "my question is:"), folded. */
const ANNOUNCES = /\b(hoi|question|ask|biet|sau|following|below|cung cap|thong tin)\s*:\s*$/;

/** A lead saying why or how soon ("Cần gấp cho cuộc họp:", "For a briefing tomorrow:"), folded: not what is asked about. */
// (Or from whose point of view: "From the perspective of a budget analyst:", "Dưới góc độ …:". A
// purpose naming a place in capitals stays, below: "For a story on Quảng Trị:". Words before its noun
// only from a closed list, which names no topic: "For our partner briefing:", not "For our budget
// revenue briefing:".)
const PURPOSE =
  /^\s*(?:(?:(?:can|rat|dang) )?(?:gap|khan|urgent(?:ly)?|asap)?\s*(?:(?:cho|de|phuc vu|for|ahead of) (?:(?:a|an|the|my|our|this) )?(?:(?:partner|partners|donor|donors|weekly|monthly|quarterly|annual|yearly|staff|team|board|press|internal|upcoming|next|morning|tomorrow'?s?|today'?s?|leadership|management|steering|regular|routine) ){0,2}(?:cuoc hop|buoi hop|bai viet|bai bao|hoi nghi|nghien cuu|luan van|bai phat bieu|meeting|briefing|article|presentation|policy brief|brief|research|study|thesis|speech|newsletter|story)\b[^:]{0,30})?|(?:from (?:the|a|an) (?:perspective|point of view|standpoint|viewpoint) of|(?:duoi|tu) goc (?:do|nhin)|voi tu cach(?: la)?)\b[^:]{0,60}):\s*$/;

/**
 * Keeps, before a kept sentence, the one it points back at ("… public service units. How many people
 * are on staff there?") and the items a semicolon parts before a "lần lượt" ("… cho sở ban ngành; chi
 * cục và tương đương; UBND cấp huyện — lần lượt bao nhiêu đơn vị?") or before the last of the
 * quantities requested ("Số A; số B; số C?").
 */
function keepWhatIsPointedAt(sentences: string[], kept: boolean[]): void {
  let each = false;
  for (let i = sentences.length - 1; i > 0; i--) {
    each = kept[i] === true && (each || EACH_ASKED.test(sentences[i]!)) && /;\s*$/.test(sentences[i - 1]!);
    // (Or quantities requested one by one, a semicolon after each: "Số nghị quyết …; số quyết định …; số văn bản … cấp xã?".)
    // (Not one stating its figure or what the asker has: "Số quyết định … là 94; …", "Số TTHC công bố tôi đã có; …".)
    const before = sentences[i - 1]!;
    // (Or before a clause asking its own: "ĐVSN: số người có mặt; giảm bn người so 2023?".)
    const listed = kept[i] === true && /;\s*$/.test(before) && (namesQuantity(sentences[i]!) || asksQuantity(sentences[i]!)) && namesQuantity(before) && !/\d/.test(before) && !STATES.test(fold(before).toLowerCase()) && !WHO_ASKS.test(before);
    if (kept[i] && !kept[i - 1] && (each || listed || pointsBackAt(sentences[i]!, sentences[i - 1]!))) kept[i - 1] = true;
  }
}

/** Words pointing back at what a sentence before named ("there", "ở đó"), as typed. */
const POINTS_BACK = /(?<![\p{L}\p{M}])(?:there|they|them|these|those|(?:ở|o|tại|tai) (?:đó|do|đấy|day))(?![\p{L}\p{M}])/iu;
/** "are there", "is there": no pointing back. */
const THERE_IS = /\b(?:are|is|were|was) there\b/i;

/**
 * Does a question point back at the sentence before it ("… public service units. How many people are
 * on staff there?"): it names no measure of its own, the sentence before does.
 */
const pointsBackAt = (question: string, before: string) =>
  (POINTS_BACK.test(question.replace(THERE_IS, " ")) && !measuresIn(question).length && measuresIn(before).length > 0) ||
  // (Or some of a count the sentence before states: "… commented on 332 drafts. How many of those were
  // outside the 203 legal drafts?" is of the 332, whatever the question names.)
  (SOME_OF_THOSE.test(question) && /\d/.test(before) && measuresIn(before).length > 0) ||
  // (Or a thing it names with "that", "số đó": "Public service units were given a staffing quota … How
  // far below that quota is the actual headcount?" is of the units' quota, whatever else it names.)
  // (Not what the question names itself before it, "Số công chức trúng tuyển, con số đó là bao nhiêu?",
  // nor what the asker says of themself, "Tôi phụ trách thu ngân sách.")
  thatThingBefore(question, before);
/**
 * A thing named again with a demonstrative after a preposition or verb ("below that quota", "of this
 * figure"; not the relative "that" of "procedures that were …", nor "this year"), or "số đó", "chỉ tiêu
 * này", as typed.
 */
const THAT_THING =
  /\b(?:below|above|of|from|than|to|in|within|with|against|under|over|for|on|by|exceed(?:s|ed)?|reach(?:es|ed)?|meet|met|is|was)\s+(?:that|this)\s+(?!year\b|period\b|report\b|time\b|is\b|was\b|the\b|a\b|an\b)[a-z]+|(?<![\p{L}\p{M}])(?:số|con số|chỉ tiêu|mức|khoản|so|con so|chi tieu)\s+(?:đó|này|ấy|trên)(?![\p{L}\p{M}])/iu;
const thatThingBefore = (question: string, before: string) => {
  const that = THAT_THING.exec(question);
  // (Nor a sentence stating a figure: "Biên chế công chức giảm 48. Tỷ lệ giảm của con số đó …?" is read as the report's 48, below.)
  return that !== null && !measuresIn(question.slice(0, that.index)).length && measuresIn(before).length > 0 && !WHO_ASKS.test(before) && !/\d/.test(before);
};
/** Some of what was just named ("how many of those"), as typed. (Not "trong số đó", read with the sentence before as a whole.) */
const SOME_OF_THOSE = /\bof (?:those|them|these)\b/i;

/** A sentence asking what the report says ("cho biết báo cáo nêu gì về …", "tell me what the report says about …"), folded. */
const ASKS_WHAT = /\b(?:gi|what|which|tell me|explain|cho (?:toi |em |minh )?biet|xin)\b/;
/** A sentence saying what the report gives ("… is given together with its share", "the report states …"), folded. */
const REPORT_GIVES = /\b(?:is|are|was|were) (?:given|reported|stated|listed|shown)\b|\bthe report (?:gives|states|says|reports|shows|lists)\b|\bbao cao (?:neu|ghi|cho thay)\b/;

/** A sentence requesting figures without a question ("Đề nghị cung cấp số thu …"), folded. */
const REQUESTS = /\b(de nghi (cung cap|cho biet)|xin (cho biet|so lieu)|cung cap so|cho (?:toi|em|minh|chung toi) (?:xin |biet )(?:cac |nhung )?(?:so|ty le|tong so)|please (provide|tell me))\b/;

/** Words naming figures, folded. */
const FIGURE_WORDS = String.raw`(?:so lieu|con so|figures?|numbers?)`;
/** A sentence announcing the figures that follow it ("Tôi cần hai số liệu cho bài viết:"), folded. */
const FIGURES_FOLLOW = new RegExp(String.raw`\b${FIGURE_WORDS}\b[^.?!]*:\s*$`);
/** Figures announced with what they are about ("hai con số về ngân sách:", "two figures on the budget:"), folded. */
const FIGURES_ABOUT = new RegExp(String.raw`\b${FIGURE_WORDS}\s+(?:ve|about|on|regarding)\s+\S`);
/** A sentence naming figures it wants ("Tôi cần hai số liệu về …."), folded. */
const FIGURES_NAMED = new RegExp(String.raw`\b${FIGURE_WORDS}\b`);

/** A sentence opening on what it is about ("Về biên chế công chức.", "Regarding staffing."), folded. */
const ABOUT = /^\W*(?:ve|doi voi|lien quan (?:den|toi)|regarding|concerning|as for|as to|on the (?:subject|topic) of)\b/;
/** Words of a sentence that names a topic, as a heading does. */
const TOPIC_WORDS = 6;
/**
 * Someone asking or telling, as typed: a sentence of theirs is no heading. (Marked, or unmarked
 * where no content word folds alike: unmarked "chi" may be "chi" of spending.)
 */
const WHO_ASKS = /(?<![\p{L}\p{M}])(?:tôi|toi|em|mình|minh|chúng tôi|anh|chị|i|we|my|our)(?![\p{L}\p{M}])/iu;
/** Words that make a few words a statement, not a heading ("Thu ngân sách đã rõ."), folded. */
const STATES = /\b(?:da|ro|roi|xong|la|is|are|was|were)\b/;
/**
 * A sentence naming what it is about, as a heading: opening on "về …", or a few words naming no
 * one who asks, no figure, no statement ("Biên chế công chức năm 2024.").
 */
const isTopic = (s: string) => {
  const folded = fold(s).toLowerCase();
  if (ABOUT.test(folded)) return true;
  const words = folded.trim().split(/\s+/);
  return words.length <= TOPIC_WORDS && !WHO_ASKS.test(s) && !STATES.test(folded) && !words.some((w) => /\d/.test(w) && !/^(?:19|20)\d\d\W*$/.test(w));
};
/** Does a sentence name an action by a verb alone, as typed ("Vậy chi đạt bao nhiêu?"; "Chỉ tính …" does not)? */
const namesActionVerb = (sentence: string) => tokenize(sentence).some((t) => verbAloneAction(t) !== undefined);

/** A leading form of address, up to its comma, colon or full stop (on the text as typed, marks or none). */
// The word must end where the text has a space or comma: "Hiện có …" does not start with "hi".
// (Or its full stop before a request: "Kính gửi Sở Nội vụ. Đề nghị cho biết: 1. …" addresses the
// department, asks nothing of it; "Chào ad thu ngân sách bao nhiêu. Tks" asks in the greeting's sentence.)
// (A formal address line ends at its full stop whatever follows: "Kính gửi Văn phòng UBND tỉnh. Để
// tổng hợp …, đề nghị cho biết: (1) …".)
const FORMAL_ADDRESS = String.raw`kính gửi|kinh gui|kính thưa|kinh thua`;
const VOCATIVE = new RegExp(
  String.raw`^\s*(?:(?:ad|admin|anh chị|anh chi|anh|chị|chi|bạn|ban)\s+(?:ơi|oi)(?![\p{L}\p{M}])[,!]?|(?:${FORMAL_ADDRESS})\s[^,:.?!]{1,60}\.\s|(?:em|e|con|cháu|chau|tôi|toi|mình|minh)\s+(?:chào|chao|xin chào|xin chao|kính chào|kinh chao)(?:\s+[^\s,:.?!]+){0,3}\s*[,!](?=\s)|(?:thưa|thua|${FORMAL_ADDRESS}|chào|chao|xin chào|xin chao|dear|hello|hi)(?=[\s,:])[^,:.?!]{0,40}(?:[,:]|\.(?=\s+(?:đề nghị|de nghi|xin|cho|vui lòng|vui long|please|kindly|could|can|would|request)(?![\p{L}\p{M}]))))\s*`,
  "iu",
);

/** The body referred to as "Sở" alone, as typed with marks (not "Quý Sở", whom a request is made of; not "Sở Tư pháp"). */
const BODY_REFERRED = /(?<![\p{L}\p{M}])(?<!(?:quý|Quý)\s)(?:sở|Sở)(?![\p{L}\p{M}])(?!\s+\p{Lu})/u;
/** A place named by its kind and its name in capitals ("tỉnh Quảng Trị", "huyện Phú Vang"). */
const PLACE_NAMED = /(?<![\p{L}\p{M}])(?:tỉnh|Tỉnh|huyện|Huyện|thành phố|Thành phố|thị xã|Thị xã|quận|Quận|xã|Xã|phường|Phường|tinh|huyen)\s+\p{Lu}/u;

/**
 * Whom a request is made of, in general words, between the request and what it asks for: "Đề nghị
 * Quý Sở cho biết …", "Kính đề nghị Văn phòng cho biết …" (a body the report names, "Đề nghị Sở Tư
 * pháp cho biết …", may be what is asked about: kept).
 */
const REQUEST_ADDRESSEE =
  /(?<=(?<![\p{L}\p{M}])(?:đề nghị|de nghi|nhờ|nho|mong)\s+)(?:(?:quý|quy)\s+(?:sở|so|cơ quan|co quan|ban|phòng|phong|vị|vi|văn phòng|van phong|đơn vị|don vi)|văn phòng|van phong|anh chị|anh chi|anh|chị|chi|ad|admin)\s+(?=(?:cho biết|cho biet|cung cấp|cung cap)(?![\p{L}\p{M}]))/giu;

/**
 * Who is asking, up to its comma: "Tôi là phóng viên, …", "Em là sinh viên, …", "I'm a reporter, …",
 * "Tôi đang tìm hiểu thông tin thi công chức: …", "Em đang làm bài tập về CCHC, …", "Phòng chúng
 * tôi đang rà soát số liệu công tác thẩm định, …".
 */
// (No digits in it, and its comma or point followed by a space: "… 94.5% …" is no end of one.)
const SELF_INTRO =
  /^\s*(?:(?:(?:phòng|phong|ban|đơn vị|don vi|cơ quan|co quan|bộ phận|bo phan|nhóm|nhom|tổ|to)\s+(?=(?:chúng tôi|chung toi|tôi|toi|em|mình|minh)\s))?(?:tôi|toi|em|e|mình|minh|cháu|chau|anh|chị|chúng tôi|chung toi)\s+(?:là|la|đang (?:tìm hiểu|làm|viết|nghiên cứu|học|rà soát|tổng hợp|chuẩn bị|soạn|thống kê|đối chiếu|cập nhật)|dang (?:tim hieu|lam|viet|nghien cuu|hoc|ra soat|tong hop|chuan bi|soan|thong ke|doi chieu|cap nhat)|(?:làm|lam) (?:việc |viec )?(?:ở|o|tại|tai)|(?:công tác|cong tac) (?:ở|o|tại|tai)|ở|o|(?:đến|den) (?:từ|tu))|i(?:'m|’m| am)\s+(?:a|an))\s+[^,.?!:\d]{1,60}[,.:](?=\s)\s*(?=\S)/iu;

/** The asker's own place pointed back at (folded): "huyện tôi", "xã mình", "địa phương em", "ở đây". */
// (Not "chợ mình": folded, it is "cho mình hỏi".)
const OWN_PLACE = /\b(?:(?:huyen|xa|phuong|thi xa|thi tran|thanh pho|tp|dia phuong|que) (?:toi|em|e|minh|chung toi)|o day|my (?:district|commune|town|city|area))\b/;

/** Who is asking, by role alone, up to its comma or colon: "Là phóng viên, …", "As a researcher comparing cuts: …" (not "As a share of …"). */
const ROLE_INTRO =
  /^\s*(?:(?:là|la|với tư cách là|voi tu cach la)\s+(?:một\s+|mot\s+)?(?:phóng viên|phong vien|nhà báo|nha bao|sinh viên|sinh vien|học viên|hoc vien|cán bộ|can bo|công chức|cong chuc|viên chức|vien chuc|người dân|nguoi dan|giáo viên|giao vien|luật sư|luat su|chuyên viên|chuyen vien|đại biểu|dai bieu|nghiên cứu viên|nghien cuu vien)|as an?\s+(?:journalist|reporter|researcher|student|official|civil servant|citizen|resident|teacher|lawyer|analyst|consultant|member|delegate))(?![\p{L}\p{M}])[^,.?!:\d]{0,40}[,:](?=\s)\s*(?=\S)/iu;

/**
 * A lead that names where or whom ("Là người dân huyện Phong Điền,", "cần số liệu của UBND huyện:"):
 * a level or a body, or a name in capitals past its first word. A resident's or a figures-announcing
 * lead that does says what is asked about, so it stays.
 */
const namesWhere = (lead: string) => LEVEL_OR_BODY.test(fold(lead).toLowerCase()) || namesPlace(lead);
/** A name in capitals past a lead's first word ("For a story on Quảng Trị:"); a purpose's audience, "the provincial leadership", is none. */
const namesPlace = (lead: string) => /\s(?!I\b)\p{Lu}/u.test(lead.trim());

/** A lead saying what the figures serve, up to its comma: "Để phục vụ báo cáo tổng kết …,", "Phục vụ cuộc họp …,", "Để hoàn thiện báo cáo gửi Bộ Nội vụ,", "For our partnership review,". */
// (Preparing a document, not doing the work asked about: "Để hoàn thành kế hoạch CCHC, …" is the plan's.)
const SERVES = /^\s*(?:(?:để|de)\s+(?:hoàn thiện|hoan thien|chuẩn bị|chuan bi|tổng hợp|tong hop|xây dựng|xay dung|soạn|soan|viết|viet|làm|lam)\s+(?:(?:một|mot|bản|ban)\s+)?(?:báo cáo|bao cao|tờ trình|to trinh|bài|bai|tài liệu|tai lieu|số liệu|so lieu|hồ sơ|ho so|bản tin|ban tin|phóng sự|phong su)(?![\p{L}\p{M}])|(?:(?:để|de)\s+)?(?:phục vụ|phuc vu)(?:\s+(?:cho|cong tac|công tác))?\s|(?:for|to prepare|to support|as part of|ahead of)\s+(?:our|my|the|a|an|this)\s+(?=[^,.?!:\d]{0,60}?\b(?:review|report|briefing|meeting|article|presentation|study|research|assessment|evaluation|analysis|paper|brief|story|newsletter|workshop)s?,))[^,.?!:\d]{0,80},\s*(?=\S)/iu;
/**
 * An office saying it needs figures, up to its colon: "Phòng Xây dựng và kiểm tra văn bản cần số liệu
 * gấp:", "Văn phòng Sở cần gấp mấy số:". The office is who asks; words of its name ("kiểm tra văn
 * bản") are not what is asked about.
 */
const OFFICE_NEEDS = /^\s*(?:Phòng|Văn phòng|Sở|Ban|Bộ phận|Tổ|Nhóm|Trung tâm|Chi cục|Cục|Vụ)\s+\p{Lu}[^:;?!.]{0,80}?\s((?:cần|can|xin|muốn|muon)\s[^:;?!.\d]{0,40}?(?:số liệu|so lieu|con số|con so|thông tin|thong tin|số|so)(?:\s(?:gấp|gap))?)\s*:\s*(?=\S)/iu;
/**
 * The office's lead, dropped unless it names a place past the office's name ("Sở Nội vụ tỉnh Quảng
 * Trị", "Phòng Tư pháp huyện Phong Điền"), a level or a body, or what it needs names a measure ("cần
 * số liệu cấp huyện:"); and kept when the question after it names no measure of its own, which the
 * office's name may ("Phòng Thu ngân sách cần số liệu: đạt bao nhiêu % dự toán?").
 */
const officeOnly = (lead: string, need: string, at: number, all: string) =>
  /\p{Lu}/u.test(lead.replace(OFFICE, " ")) || LEVEL_OR_BODY.test(fold(lead).toLowerCase()) || namesWhere(need) || measuresIn(need).length > 0 || !measuresIn(all.slice(at + lead.length)).length ? lead : "";

/** The lead, if it names a place, a level or a body besides an office (what is asked about); else nothing. */
// (Or a measure the question after it does not name: "Phục vụ đánh giá biên chế công chức, số hiện có …".)
// (Or what the question after it leaves unsaid, naming hardly anything of its own: "For our
// recruitment review, how many passed?".)
const servesOnly = (lead: string, at: number, all: string) =>
  namesPlace(lead.replace(OFFICE, " ")) ||
  LEVEL_OR_BODY.test(fold(lead.replace(OFFICE, " ")).toLowerCase()) ||
  (measuresIn(lead).length > 0 && !measuresIn(all.slice(at + lead.length)).length) ||
  analyze(all.slice(at + lead.length)).filter((w) => !w.stop).length < 2
    ? lead
    : "";
/** An office named ("Sở Nội vụ", "Văn phòng UBND", "Phòng Nội vụ"): whose work, not a place asked about. */
// (Written with its marks, and one capitalised word of its own, "Sở Nội vụ", "Văn phòng UBND": a place
// after it, "Văn phòng UBND Quảng Trị", stays; unmarked "Phong" may be Phong Điền.)
// (Unmarked "Bo", "So" too, as typed on phones: "gui Bo Noi vu".)
const OFFICE = /(?<![\p{L}\p{M}])(?:Sở|Phòng|Bộ|Ban|Văn phòng|Cục|Viện|Đài|Báo|Bo|So)\s+\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{Ll}\p{M}]+)*/gu;

/** The list before a closing "respectively" has its commas past the question's word ("How many A, B and C …"). */
const listedAfterAsking = (text: string) => {
  const at = fold(text).toLowerCase().search(/\b(?:how many|how much|bao nhieu|bn|what|which)\b/);
  return at >= 0 && text.slice(at).includes(",");
};

/**
 * A role that says where the asker lives ("Là người dân huyện Phong Điền,", "As a citizen of Da
 * Nang,"): that place is what "my city", "huyện tôi" ask about, so such a lead stays. A job's
 * organisation ("Là cán bộ Sở Tư pháp,", "As a journalist for Thanh Nien,") says nothing asked.
 */
const RESIDENT = /\b(?:nguoi dan|cu dan|citizen|resident|native)\b/;
/** A role from a place ("As a reporter from Hanoi:", "Là phóng viên ở Đà Nẵng,"), as typed: the place is asked about. */
const FROM_PLACE = /(?<![\p{L}\p{M}])(?:from|in|ở|tại|từ|o|tai|tu)\s+\p{Lu}/u;

/**
 * An enumeration set between two em dashes, "how many bodies — departments, sub-departments and district
 * committees — had …": the items of what it follows, as in brackets.
 */
const DASHED_LIST = /\s+—\s+([^—.?!;:()]*,[^—.?!;:()]*?)\s+—\s+/gu;

/** "…, respectively?", "… lần lượt?" ending the message, its punctuation kept. */
const CLOSING_EACH = /[,\s]+(?:respectively|lần lượt|lan luot)\s*([?.!]*)\s*$/iu;

/** A lead-in naming what to work from, up to its comma: "Căn cứ …,", "Dựa vào …,", "Given …,". */
// (After a request that opens the message: "Đề nghị cho biết, căn cứ …, …".)
/**
 * "Sau (khi) tinh giản, …", "After the cuts, …": the change that has happened sets the scene; what
 * is asked after it ("hiện còn bao nhiêu người?", "how many are there now?") is the figure since, not
 * the change (a change asked again after it is still asked: "…, giảm bao nhiêu?").
 */
const AFTER_A_CHANGE = /^\s*(?:sau (?:khi )?(?:(?:đợt|dot) )?(?:tinh giản|tinh gian|giảm|giam|cắt giảm|cat giam|sắp xếp|sap xep)|after (?:the )?(?:(?:\d{4}|staff|staffing|payroll|personnel|workforce|headcount) ){0,2}(?:cuts?|reductions?|downsizing|streamlining))(?=[\s,])[^,.?!:]{0,80}(?:,|\s+(?:thì|thi)(?=\s))\s*(?=\S)/iu;

/** What is left against the level before a change ("còn lại bao nhiêu % so với trước", "what is left of the original"), folded: the change is its reference. */
const AGAINST_BEFORE = /\b(?:so voi (?:truoc|ban dau|muc cu|luc dau)|muc cu|ban dau|of the original|than before|compared with before|left of)\b/;

const BASIS = /^\s*(?:(?:(?:đề nghị|de nghi|xin|vui lòng|vui long)\s+)?(?:cho (?:tôi |toi |em |mình |minh )?(?:biết|biet)|cung cấp|cung cap)\s*,\s*)?(?:căn cứ|can cu|dựa vào|dua vao|dựa trên|dua tren|suy ra từ|suy ra tu|given|based on)(?=[\s,])[^,.?!:]{0,120},\s*(?=\S)/iu;

/** …when it names figures ("số thu và tỷ lệ đạt", "the savings and cut rate"), not a document ("Căn cứ Kế hoạch 391"). */
const NAMES_FIGURES = /\b(?:so|ty le|con so|so lieu|muc|figures?|rates?|shares?|savings|amounts?|numbers?|percent\w*)\b/;

/** …or the report itself ("Căn cứ báo cáo, …", "Based on the report, …"): where every answer is from. */
const NAMES_REPORT = /^\W*(?:can cu|dua vao|dua tren|based on)\s+(?:(?:the|this) )?(?:bao cao|report)(?: (?:nay|tren|so [\w/-]+))?\s*,\s*$/;

/**
 * One thing said in brackets to be counted in too ("… bao nhiêu cơ quan, đơn vị (kể cả đơn vị sự
 * nghiệp)?"): the whole the question names already holds it, so the words go. (Not a level or a
 * body, which widens the whole: "(kể cả cấp huyện)".)
 */
const ALSO_COUNTED = /\s*\((?:kể cả|ke ca|tính cả|tinh ca|bao gồm cả|bao gom ca|including)\s[^(),;]*?\)/giu;

/** Words of a level or a body (folded). */
const LEVEL_OR_BODY = /\b(?:cap|huyen|xa|phuong|tinh|level|district|commune|province|provincial|ubnd|hdnd|council|committee)\b/;

/** A clause after a comma saying what is counted in besides ("không riêng gì …", "not only …"). */
// (Or "…, kể cả loại không phải QPPL?", "including those that are not …": the others counted in as well.)
const NOT_ONLY = /\s*,\s*(?:không riêng|khong rieng|ko riêng|ko rieng|không chỉ|khong chi|not only|not just|(?:kể cả|ke ca)(?: (?:loại|loai|các|cac|những|nhung))? (?:không phải|khong phai|không thuộc|khong thuoc)|including (?:those|ones|the ones)(?: that are| which are)? not)(?![\p{L}\p{M}])[^,.;:?!]*/iu;

/**
 * The sentences that ask, without greetings, self-introductions and thanks around them ("Kính
 * gửi…, tôi là cán bộ tư pháp cấp huyện, xin hỏi: … bao nhiêu …? Trân trọng cảm ơn."): their
 * words are not what is asked about.
 */
export function focus(input: string): string {
  // "Thưa cán bộ, …", "Kính gửi Ban biên tập, …", "Chào ad, …": whom the message addresses.
  // "Căn cứ số thu và tỷ lệ đạt so với dự toán, …": what the answer is to be worked out from,
  // which the question after it names again.
  // "…, không riêng gì dự thảo QPPL?", "not only the legal drafts": what it names is counted in, the
  // question asks the whole; its words are not what is asked about.
  // "Tôi là phóng viên, …", "Là phóng viên, …", "As a journalist for Thanh Nien, …": who asks.
  // "How many A, B and C …, respectively?": a closing "respectively" adds nothing to a list with
  // commas ("What were A and B, respectively?" is read item by item through it, several.ts).
  const text = input
    .replace(DASHED_LIST, " ($1) ")
    .replace(CLOSING_EACH, (m, end: string, at: number) => (listedAfterAsking(input.slice(0, at)) ? end : m))
    // (A place the address names stays with the question: "Kính gửi UBND tỉnh Quảng Trị. Tỉnh đã công bố
    // bao nhiêu TTHC?" asks of Quảng Trị, no figure of this report's province.)
    .replace(VOCATIVE, (lead: string) => (asksQuantity(lead) ? lead : PLACE_NAMED.test(lead) ? lead.replace(/[.,:]\s*$/u, ", ") : ""))
    // (Kept when the question speaks of the body asked as "Sở" alone: "Đề nghị Quý Sở cho biết Sở đã
    // góp ý bao nhiêu dự thảo?" asks that department's own figure, not the Sở Tư pháp's.)
    .replace(REQUEST_ADDRESSEE, (whom: string, at: number, all: string) => (BODY_REFERRED.test(all.slice(at + whom.length)) ? whom : ""))
    // (Kept when the question asks of the asker's own place: "Tôi ở Phú Vang, huyện tôi …".)
    // (Or of the figures the asker works on, when the question names none: "Tôi đang cập nhật số liệu
    // thu ngân sách, đạt bao nhiêu so với dự toán?".)
    .replace(SELF_INTRO, (lead: string, at: number, all: string) =>
      (namesWhere(lead) && OWN_PLACE.test(fold(all.slice(at + lead.length)).toLowerCase())) || (measuresIn(lead).length > 0 && !measuresIn(all.slice(at + lead.length)).length) ? lead : "",
    )
    .replace(ROLE_INTRO, (lead) => ((RESIDENT.test(fold(lead).toLowerCase()) || FROM_PLACE.test(lead)) && namesWhere(lead) ? lead : ""))
    // ("Để phục vụ báo cáo tổng kết của Sở Nội vụ, …": what the figures are for, and whose office.)
    .replace(SERVES, servesOnly)
    .replace(OFFICE_NEEDS, officeOnly)
    .replace(BASIS, (lead) => (NAMES_FIGURES.test(fold(lead).toLowerCase()) || NAMES_REPORT.test(fold(lead).toLowerCase()) ? "" : lead))
    .replace(AFTER_A_CHANGE, (lead, at: number, all: string) => (AGAINST_BEFORE.test(fold(all.slice(at + lead.length)).toLowerCase()) ? lead : ""))
    .replace(NOT_ONLY, "")
    .replace(UNIT_STATED, "")
    .replace(ALSO_COUNTED, (b) => (/\s(?:và|va|and)\s/iu.test(b) || LEVEL_OR_BODY.test(fold(b).toLowerCase()) ? b : ""))
    .trim() || input;
  // ("cho e xin: 1. số TTHC công bố 2. số TTHC bãi bỏ …": a numbered list is one request, its
  // items not sentences of their own.)
  if (numberedList(text)) return text;
  // (No sentence ends inside brackets: "(sở, ban, ngành; chi cục …; UBND cấp huyện)".)
  const sentences = splitOutsideBrackets(text).filter((s) => s.trim());
  if (sentences.length < 2) return text;
  // A sentence ending in ":" introduces the one after it ("Chỉ riêng các đơn vị sự nghiệp thuộc sở:
  // bao nhiêu …?"): it goes with it, unless it only announces the question ("xin hỏi:").
  // ("Tôi cần hai số liệu cho bài viết: số A và số B.": a sentence announcing figures makes the one
  // after it a request.)
  const requested = (i: number) => i > 0 && FIGURES_FOLLOW.test(fold(sentences[i - 1]!).toLowerCase());
  // ("… số văn bản QPPL ban hành ở từng cấp: tỉnh, huyện và xã.": what a kept sentence's colon
  // introduces is the rest of it.)
  const kept: boolean[] = [];
  sentences.forEach((s, i) => {
    const completes = i > 0 && kept[i - 1] === true && /:\s*$/.test(sentences[i - 1]!);
    // (A lead announcing figures for some occasion, "cần số liệu cho cuộc họp giao ban sáng mai:",
    // names nothing asked unless a measure, a place, a level or a body.)
    // (Nor one saying what they are about, "Hai con số về ngân sách:": its words are the items' scene.)
    const folded = fold(s).toLowerCase();
    const announcesOnly = FIGURES_FOLLOW.test(folded) && !measuresIn(s).length && !namesWhere(s) && !FIGURES_ABOUT.test(folded);
    // (Nor does a sentence saying what the report gives, asking nothing: "Balanced budget expenditure
    // … is given together with its share of the estimate.")
    // (Only one giving no figure, whose measures the question after it names again.)
    const saysWhatIsGiven =
      !s.includes("?") && !/\d/.test(s) && REPORT_GIVES.test(fold(s).toLowerCase()) && !ASKS_WHAT.test(fold(s).toLowerCase()) && !asksQuantity(s) &&
      sentences.slice(i + 1).some((x) => x.includes("?") && measuresIn(s).every((m) => measuresIn(x).includes(m)));
    // (One announcing figures of something it names is what the requests after it are of: "Cho tôi
    // hai số liệu về biên chế công chức: số được giao và số hiện có.")
    // (Or after a full stop, when what follows names no measure of its own: "Tôi cần hai số liệu về
    // biên chế công chức. Số được giao và số hiện có là bao nhiêu?"), as does a heading naming what
    // it is about ("Về biên chế công chức. Số được giao …?", "Bien che cong chuc nam 2024. Duoc giao bn?").
    const next = sentences[i + 1];
    const announcesOf =
      measuresIn(s).length > 0 && next !== undefined && (FIGURES_FOLLOW.test(fold(s).toLowerCase()) || (!asks(s) && !measuresIn(next).length && (FIGURES_NAMED.test(fold(s).toLowerCase()) || (isTopic(s) && !namesActionVerb(next)))));
    // (Or one adding a quantity to the question before it: "… bao nhiêu TTHC? Kèm theo đó là số quy trình …".)
    const adds = i > 0 && kept[i - 1] === true && addsAQuantity(s);
    // (Or the next item of a list parted by semicolons, naming what it counts: "Xin số liệu về TTHC:
    // số TTHC được công bố; số TTHC bị bãi bỏ; số TTHC …"; not one telling what the asker has, "…; số
    // TTHC bị bãi bỏ thì mình đã có rồi.", as for the items before, keepWhatIsPointedAt.)
    const listGoesOn = i > 0 && kept[i - 1] === true && /;\s*$/.test(sentences[i - 1]!) && measuresIn(s).length > 0 && !WHO_ASKS.test(s);
    // (Nor one telling what the asker needs to know, before the question itself: "… nên cần nắm thủ
    // tục nào còn, thủ tục nào đã bỏ. Trong năm 2024, … đã bãi bỏ bao nhiêu thủ tục?")
    const needsToKnow = !s.includes("?") && !asksQuantity(s) && NEEDS_TO_KNOW.test(fold(s).toLowerCase()) && sentences.slice(i + 1).some((x) => x.includes("?") && asksQuantity(x));
    kept.push(completes || announcesOf || adds || listGoesOn || (asks(s) && !saysWhatIsGiven && !needsToKnow) || REQUESTS.test(fold(s).toLowerCase()) || requested(i) || (/:\s*$/.test(s) && !ANNOUNCES.test(fold(s).toLowerCase()) && !announcesOnly && !(PURPOSE.test(fold(s).toLowerCase()) && !namesPlace(s)) && next !== undefined && asks(next)));
  });
  keepWhatIsPointedAt(sentences, kept);
  // (What the figures serve may open an asking sentence too: "… hỗ trợ. Để phục vụ …, đề nghị …:".)
  const asking = sentences.filter((_, i) => kept[i]).map((s) => s.replace(SERVES, (lead, at: number) => servesOnly(lead, at, s)));
  return asking.length ? asking.join(" ") : text;
}

/**
 * "nên cần nắm … nào", "để biết … gì" (folded): what the asker needs to know, said as their reason
 * (not "Em muốn biết … theo quyết định nào.", which asks).
 */
const NEEDS_TO_KNOW = /\b(?:nen|de|vi vay|vi the)(?: (?:can|phai|muon))? (?:nam|biet|nam ro|biet ro|tim hieu)\b[^.?!]*\b(?:nao|gi)\b/;

/** The text's sentences, parted after ".!?:;" or at a line break, never inside brackets. */
function splitOutsideBrackets(text: string): string[] {
  const masked = bracketsMasked(text, /[.!?:;\n]/g);
  const out: string[] = [];
  let from = 0;
  for (const m of masked.matchAll(/(?<=[.!?:;])\s+|\n+/g)) {
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

/**
 * The unit a request states for the figure, in brackets or closing the message ("…, đơn vị: triệu
 * đồng", "(unit: million VND)", "…, đơn vị tính là người?"): how to write it, no sentence of its own
 * (its colon would part it from what is asked), and no "đơn vị" (units) counted.
 */
const UNIT_STATED =
  /\(\s*(?:(?:đơn vị|don vi|units?)\s*:|(?:đơn vị|don vi) (?:tính|tinh)\s*:?)\s*[^()]{1,24}\)|[,;]\s*(?:(?:đơn vị|don vi|units?)\s*:|(?:đơn vị|don vi) (?:tính|tinh)\s*(?::|là|la)?)\s*[\p{L}%\s]{1,24}(?=[.?!]*\s*$)/giu;

/** "Xin cho biết tổng số …", "Đề nghị cung cấp số lượng …": a number requested without a question word (folded). */
const NUMBER_REQUESTED = /(?:^|[:;]\s*|\b(?:xin|de nghi|vui long|hay|cho (?:toi|em|minh|chung toi))\s+)(?:cho biet|cung cap)\s+(?:giup\s+)?(?:(?:tong|tong cong)\s+)?(?:so|so luong|ty le|con so)\s/;
/** The request's verbs as typed, marks or none (NFC; a message with half its marks is folded below). */
const REQUEST_VERB = /cho bi[eếê]t|cung c[aấâ]p/i;

/**
 * "How many A, B and C, respectively, have …?": the order word set between the items and their verb
 * says nothing the order of the items does not; read without it, the items are one enumeration.
 * (Only after a list of three or more: not "positions and staff, respectively, allocated", where it
 * pairs two with what follows.)
 */
export const withoutRespectivelyInside = (text: string): string => (/^\s*how (?:many|much)\b[^?]*,[^?]*,\s*respectively\s*,/i.test(text) ? text.replace(/,\s*respectively\s*,\s*/gi, " ") : text);

/**
 * A number requested as a statement ("Xin cho biết tổng số Sở, Chi cục … được phê duyệt."): asked
 * as the question it is ("… là bao nhiêu?"), so that what it counts is read as what is counted.
 */
export function asQuestion(text: string): string {
  // (Most messages say none of the request's verbs: a cheap test first.)
  if (!REQUEST_VERB.test(text)) return text;
  const folded = fold(text).toLowerCase();
  // (Not a list of figures requested, "số lượng A, B và C": each is asked. A total of a list is one.)
  const listed = /[,;]|\s(?:va|and)\s/.test(folded.replace(/\([^()]*\)/g, " ")) && !/\btong\b/.test(folded);
  // (One sentence: "… là bao nhiêu?" goes at its end, not after a "Cảm ơn." that follows it.)
  const sentences = text.split(/(?<=[.!?])\s+(?=\S)/).length;
  if (sentences > 1 || !NUMBER_REQUESTED.test(folded) || asks(text) || listed) return text;
  return `${text.replace(/[\s.!;]{1,8}$/, "")} ${hasVietnameseMarks(text) ? "là bao nhiêu" : "la bao nhieu"}?`;
}

/**
 * A closing clause naming the figures to compute from ("… from the amount collected and the 94.5%
 * completion rate", "…, using the current figures and the reported decreases", "… từ số đã thu và tỷ
 * lệ hoàn thành"), folded: the operands, not figures asked. To the end, past no comma and asking
 * nothing; not "từ đầu năm", a period, nor "từ số hóa".
 */
const OPERANDS_NAMED =
  /(?<=\S)[,\s]+(?:(?:from|using|based on|by using)\s+(?:the |its |their |these |those )?(?:(?:current|reported|stated|given|latest|actual) )?(?:amounts?|figures?|numbers?|data|values?|rates?|shares?|percentages?|decreases|increases|changes)|(?:tu|dua (?:tren|vao)|can cu(?: vao)?)\s+(?:cac |nhung )?(?:con so|so lieu|so(?! hoa)|ty le|ti le))\b(?:(?!\b(?:bao nhieu|bn|may|how|what|which)\b)[^?,;:])*(?=[?.!]*\s*$)/;

/** An order to compute, which such a clause may close ("Back-calculate …", "Tính ngược …"), folded. */
const COMPUTE_ORDER = /\b(?:calculate|compute|back-calculate|work out|reconstruct|derive|estimate|tinh nguoc|hay tinh|tinh giup|tinh xem|tinh thu|uoc tinh|suy ra)\b/;

/** The message without a closing clause naming the figures an order to compute works from. */
export function withoutOperandsNamed(text: string): string {
  const folded = fold(text).toLowerCase();
  if (folded.length !== text.length || !COMPUTE_ORDER.test(folded)) return text;
  const m = OPERANDS_NAMED.exec(folded);
  return m ? text.slice(0, m.index) + text.slice(m.index + m[0].length) : text;
}
