// What tells apart facts that share vocabulary: the administrative level, the acting body, the
// action (verb) and the kind of figure asked for. Each facet value lists the phrases that signal it
// in a question; the ids themselves are the knowledge files' vocabulary (knowledge/vocabulary.ts).

import type { Action, AskedKind, Body, Level } from "../../../knowledge/vocabulary.ts";
import type { Token } from "../normalize.ts";

export type { Action, AskedKind, Body, Level };

/** Phrases are written with diacritics; matching also accepts them typed without. */
export const LEVEL_PHRASES: Record<Level, string[]> = {
  tinh: ["cấp tỉnh", "tỉnh", "toàn tỉnh", "province", "provincial", "provincial level", "province level"],
  huyen: ["cấp huyện", "huyện", "thị xã", "district", "districts", "district level"],
  xa: ["cấp xã", "xã", "phường", "thị trấn", "commune", "communes", "ward", "wards", "commune level"],
};

export const BODY_PHRASES: Record<Body, string[]> = {
  hdnd: ["hội đồng nhân dân", "people's council", "council", "councils"],
  ubnd: ["ủy ban nhân dân", "people's committee", "committee", "chủ tịch ủy ban nhân dân", "provincial government", "province's government", "local government", "chính quyền tỉnh"],
  "so-tu-phap": ["sở tư pháp", "department of justice", "justice department", "justice"],
  "chinh-phu": ["chính phủ", "thủ tướng", "thủ tướng chính phủ", "government", "prime minister"],
};

/** How a reply names each body. */
export const BODY_NAMES: Record<Body, { vi: string; en: string }> = {
  hdnd: { vi: "HĐND", en: "the People's Council" },
  ubnd: { vi: "UBND", en: "the People's Committee" },
  "so-tu-phap": { vi: "Sở Tư pháp", en: "the Department of Justice" },
  "chinh-phu": { vi: "Chính phủ", en: "the Government" },
};

/**
 * Actions that are a kind of another: "kiểm tra" asked covers "tự kiểm tra" too, "ban hành" covers
 * "sửa đổi" (an amendment is issued too); not the reverse.
 */
const BROADER_ACTION: Partial<Record<Action, Action>> = { "tu-kiem-tra": "kiem-tra", "sua-doi": "ban-hanh" };

/**
 * The action a figure's own one counts as besides ("kiểm tra" of the documents self-checked). Only
 * of a figure of that one action: "kiến nghị sửa đổi" is a recommendation, nothing amended or issued.
 */
export const broaderOf = (actions: readonly string[]): string | undefined => (actions.length === 1 ? BROADER_ACTION[actions[0] as Action] : undefined);

/** Is one figure's action a kind of the other's, either way (each of that one action)? */
export const akinActions = (a: readonly string[], b: readonly string[]): boolean => {
  const [ofA, ofB] = [broaderOf(a), broaderOf(b)];
  return (ofA !== undefined && b.length === 1 && b[0] === ofA) || (ofB !== undefined && a.length === 1 && a[0] === ofB);
};

/** Words naming a level as such, folded: "cấp tỉnh", "provincial level", "at both levels". */
export const LEVEL_NOUNS: ReadonlySet<string> = new Set(["cap", "level", "levels"]);

/**
 * Verbs that name an action alone only in a follow-up after a figure of its counterpart ("còn chi
 * thì sao?" after revenue): elsewhere "chi" is as often "chi cục" or "chi tiết".
 */
export const FOLLOW_UP_ACTIONS: Partial<Record<Action, string[]>> = { chi: ["chi"], thu: ["thu"] };
const VERBS_ALONE: ReadonlyMap<string, Action> = new Map(Object.entries(FOLLOW_UP_ACTIONS).flatMap(([a, words]) => words!.map((w) => [w, a as Action] as const)));
/** The action a word names as a verb alone, as typed ("chi", "thu" without marks; "Chỉ" is none). */
export const verbAloneAction = (t: Token): Action | undefined => VERBS_ALONE.get(t.marked ? t.acc : t.fold);
/** The actions the words name as verbs alone, each once. */
export const verbsAloneIn = (tokens: readonly Token[]): Action[] => [...new Set(tokens.flatMap((t) => verbAloneAction(t) ?? []))];

export const ACTION_PHRASES: Record<Action, string[]> = {
  "ban-hanh": ["ban hành", "quy định mới", "ban hành mới", "issue", "issued", "adopt", "adopted", "promulgate", "promulgated", "pass", "passed", "newly set out", "newly issued", "new regulation", "new regulations", "newly regulated"],
  "gop-y": ["góp ý", "comment", "commented", "comments", "feedback", "opinion", "opinions"],
  "tham-dinh": ["thẩm định", "appraise", "appraised", "appraisal", "vet", "vetted", "review", "reviewed"],
  "kiem-tra": ["kiểm tra", "inspect", "inspected", "inspection", "inspections", "check", "checked", "examine", "examined"],
  "tu-kiem-tra": ["tự kiểm tra", "tự rà soát", "self check", "self checked", "self inspection", "self inspected", "self review", "self reviewed"],
  giao: ["giao", "được giao", "assign", "assigned", "allocate", "allocated", "allocation", "allocations", "allotted"],
  "hien-co": ["hiện có", "có mặt", "hiện nay", "hiện tại", "thực có", "thực tế", "đang làm việc", "current", "currently", "actual", "present", "existing", "now", "in post", "filled", "on duty", "in place", "at work", "actually working", "really working", "working now", "now working", "in reality", "actually", "at the moment", "right now", "in use"],
  "cong-bo": ["công bố", "publish", "published", "announce", "announced"],
  "bai-bo": ["bãi bỏ", "abolish", "abolished", "repeal", "repealed", "annul", "annulled", "scrap", "scrapped", "eliminate", "eliminated", "remove", "removed", "cancel", "cancelled", "canceled"],
  giam: ["giảm", "cắt giảm", "cắt bớt", "tinh giản", "decrease", "decreased", "reduce", "reduced", "reduction", "cut", "fall", "fell", "drop", "dropped", "decline", "declined", "fewer", "lose", "lost", "shed"],
  "tuyen-dung": ["tuyển dụng", "tuyển", "recruit", "recruited", "recruitment", "hire", "hired", "hiring"],
  "phe-duyet": ["phê duyệt", "duyệt", "approve", "approved", "approval"],
  "hoan-thanh": ["hoàn thành", "làm xong", "đã xong", "triển khai xong", "hoàn tất", "complete", "completed", "finish", "finished", "accomplish", "accomplished", "done"],
  "tham-gia": ["tham gia", "dự thi", "participate", "participated", "participant", "participants", "take part", "took part", "join", "joined", "entries", "participations"],
  "tiet-kiem": ["tiết kiệm", "save", "saved", "saving", "savings"],
  thu: ["thu ngân sách", "nguồn thu", "tổng thu", "revenue", "revenues", "income", "collected", "collection"],
  chi: ["chi ngân sách", "chi cân đối", "spending", "spend", "spent", "expenditure", "expenditures", "expense", "expenses"],
  "ket-noi": ["kết nối", "connect", "connected", "connection", "linked"],
  "trien-khai": ["triển khai", "deploy", "deployed", "roll out", "rolled out", "implement", "implemented"],
  "xay-dung": ["xây dựng", "build", "built", "develop", "developed"],
  "don-gian-hoa": ["đơn giản hóa", "simplify", "simplified", "simplification"],
  "kien-nghi": ["kiến nghị", "đề xuất", "propose", "proposed", "recommend", "recommended", "put forward"],
  "sua-doi": ["sửa đổi", "bổ sung", "amend", "amended", "amendment", "amendments", "modify", "modified", "revise", "revised", "revision", "revisions"],
  // (Not "provide" alone: "Please provide / Could you provide the number of …" is the request.)
  cap: ["được cấp", "cấp cho", "provided to", "provided for", "were provided", "was provided", "grant", "granted", "given"],
  "cong-khai": ["công khai", "disclose", "disclosed", "make public", "made public", "transparency"],
  "van-hanh": ["vận hành", "operate", "operated", "operating", "operation", "run", "running"],
  "to-chuc": ["tổ chức", "thành lập", "organize", "organized", "organise", "organised", "hold", "held"],
  "trao-giai": ["trao giải", "đoạt giải", "đạt giải", "giành giải", "giải thưởng", "award", "awards", "awarded", "prize", "prizes", "winner", "winners"],
  "khen-thuong": ["khen thưởng", "commend", "commended", "commendation", "commendations"],
  "ky-luat": ["kỷ luật", "xử lý kỷ luật", "discipline", "disciplined", "disciplinary"],
  "sap-nhap": ["sáp nhập", "giải thể", "hợp nhất", "merge", "merged", "merging", "merger", "mergers", "dissolve", "dissolved", "consolidated", "restructured"],
  "dinh-chi": ["đình chỉ", "tạm dừng", "thu hồi", "suspend", "suspended", "revoke", "revoked", "frozen", "freeze"],
  "tan-cong": ["tấn công mạng", "bị tấn công", "bị hack", "hack", "hacked", "compromised", "breached", "cyberattack", "cyberattacks"],
  "xu-phat": ["xử phạt", "phạt tiền", "fine", "fined", "fines", "penalty", "penalties", "penalise", "penalize", "penalized"],
  "dung-han": ["đúng hạn", "đúng thời hạn", "đúng tiến độ", "bảo đảm thời gian", "đảm bảo thời gian", "trước hạn", "on time", "in time", "on schedule", "ahead of schedule", "timely", "met the deadline", "meet the deadline", "met deadlines", "within the deadline", "before the deadline"],
  "tre-han": ["trễ hạn", "quá hạn", "chậm trễ", "chậm tiến độ", "bị chậm", "overdue", "late", "delayed", "behind schedule"],
};

/**
 * Actions a verb stands for when said of what one measure counts: "cắt giảm bao nhiêu TTHC" is said
 * of procedures abolished and of those simplified alike, so the question gets both figures. Not
 * when the message names what is cut of them ("thời gian", "chi phí") or compares with a year
 * ("giảm bao nhiêu so với 2023" asks a change).
 */
export const ACTION_READINGS: {
  measure: string;
  action: Action;
  phrases: string[];
  as: Action[];
  /** Words that keep the verb as typed in the clause they are said in. */
  unlessNamed: string[];
  /** Words naming which figure is meant, wherever in the message (a clause of its own too). */
  whichNamed: string[];
}[] = [
  {
    measure: "tthc",
    action: "giam",
    phrases: ["cắt giảm", "cắt bớt", "cut"],
    as: ["bai-bo", "don-gian-hoa"],
    unlessNamed: ["thời gian", "chi phí", "lệ phí", "phí", "hồ sơ", "so với", "time", "times", "cost", "costs", "fee", "fees", "paperwork", "than", "compared"],
    whichNamed: [],
  },
  // "Tỉnh hoàn thành bao nhiêu nhiệm vụ?" names neither the year's plan (31/34 completed) nor the
  // tasks the Government assigned (172 carried out): the report's one sentence gives both. Not when
  // the message names which tasks, or asks a share, both sides of the fraction or what is left of the plan.
  {
    measure: "nhiem-vu",
    action: "hoan-thanh",
    phrases: ["hoàn thành", "làm xong", "đã xong", "triển khai xong", "hoàn tất", "complete", "completed", "finish", "finished", "accomplish", "accomplished", "done"],
    as: ["hoan-thanh", "giao"],
    unlessNamed: ["tỷ lệ", "phần trăm", "percent", "percentage", "rate", "share", "chưa", "còn lại", "tồn", "thiếu", "dở", "not", "remaining", "left", "outstanding", "fail", "failed", "unfinished", "incomplete", "trên tổng", "out of"],
    // ("kh": "kế hoạch" as typed on a phone.)
    whichNamed: ["kế hoạch", "kh", "plan", "chính phủ", "thủ tướng", "trung ương", "giao", "government", "prime minister", "assigned"],
  },
  // "How many drafts did the Department of Justice review?": those it commented on (332) or appraised
  // (173); "review" is said of both.
  {
    measure: "du-thao",
    action: "tham-dinh",
    phrases: ["review", "reviewed", "reviewing", "reviews"],
    as: ["tham-dinh", "gop-y"],
    unlessNamed: [],
    whichNamed: ["thẩm định", "appraise", "appraised", "appraisal", "vet", "vetted", "góp ý", "comment", "commented", "comments", "feedback", "opinion", "opinions"],
  },
];

export const KIND_PHRASES: Record<AskedKind, string[]> = {
  percent: ["tỷ lệ", "phần trăm", "bao nhiêu phần trăm", "điểm phần trăm", "percentage points", "percentage point", "percent", "percentage", "percentages", "rate", "rates", "ratio", "proportion", "share", "shares"],
  // Not a bare "đồng": it is also the second word of "hội đồng".
  money: ["bao nhiêu tiền", "tiền", "triệu đồng", "bao nhiêu triệu", "mấy triệu", "bao nhiêu tỷ", "mấy tỷ", "how many million", "how many billion", "tỷ đồng", "nghìn đồng", "bao nhiêu đồng", "vnd", "vnđ", "money", "amount", "how much money", "million dong", "billion dong"],
  count: ["số lượng", "mấy", "how many", "number of", "count"],
};
