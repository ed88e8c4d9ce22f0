// The shared vocabulary that facts.json and relations.json are written in: facet ids (what tells
// facts with the same words apart) and measures (what a figure counts or rates). The core reads
// questions into these ids (src/core/lexicon/*.ts holds the phrases); the knowledge files are
// validated against them. Adding a measure here is how a new report brings a new kind of figure.

export const LEVELS = ["tinh", "huyen", "xa"] as const;
export const BODIES = ["hdnd", "ubnd", "so-tu-phap", "chinh-phu"] as const;
export const ACTIONS = [
  "ban-hanh", "gop-y", "tham-dinh", "kiem-tra", "tu-kiem-tra", "giao", "hien-co", "cong-bo",
  "bai-bo", "giam", "tuyen-dung", "phe-duyet", "hoan-thanh", "tham-gia", "tiet-kiem", "thu",
  "chi", "ket-noi", "trien-khai", "xay-dung", "don-gian-hoa", "kien-nghi", "sua-doi", "cap",
  "cong-khai", "van-hanh", "to-chuc",
  // Asked of reports that may state no figure of them (prizes, commendations, discipline, fines, delays).
  "trao-giai", "khen-thuong", "ky-luat", "xu-phat", "tre-han",
  // (Or done to agencies, documents, accounts: merged, suspended, attacked.)
  "sap-nhap", "dinh-chi", "tan-cong",
  // Done in time: said of some figures only ("203 dự thảo … đảm bảo thời gian", "173 … đúng tiến độ").
  "dung-han",
] as const;
export const KINDS = ["count", "percent", "money"] as const;

/**
 * Groups of actions that exclude each other (documents and procedures issued, amended, abolished,
 * announced; the budget collected or spent): a figure of one is never the figure of another of its group.
 */
export const EXCLUSIVE_ACTIONS: readonly (readonly (typeof ACTIONS)[number][])[] = [
  ["ban-hanh", "sua-doi", "bai-bo", "cong-bo"],
  ["thu", "chi"],
];

/**
 * How an action was done (in time): a figure the report does not say it of is not the figure of
 * things done so ("hoàn thành đúng hạn bao nhiêu nhiệm vụ" of the 172 tasks carried out).
 */
export const MANNER_ACTIONS: readonly (typeof ACTIONS)[number][] = ["dung-han"];

/**
 * What a figure measures. Figures of one measure can be combined (summed, subtracted, divided);
 * figures of different measures never are. A follow-up ("còn cấp huyện?") stays within the measure
 * of the previous answer.
 */
export const MEASURES = [
  "van-ban-qppl", "nhiem-vu", "co-quan-don-vi", "luot-du-thi", "du-thao", "doan-kiem-tra",
  "ket-luan-kiem-tra", "tthc", "linh-vuc", "chi-phi-tuan-thu", "quy-trinh-noi-bo",
  "bien-che-cong-chuc", "nguoi-lam-viec", "co-quan-hanh-chinh", "don-vi-su-nghiep", "cong-chuc",
  "thu-ngan-sach", "chi-ngan-sach", "can-bo-cong-chuc-vien-chuc",
  // Things people ask the counts of that this report does not count (no fact has them): a question
  // naming one is declined rather than answered with another figure.
  "ho-so", "vien-chuc", "kien-nghi", "van-ban-ca-biet", "chu-ky-so", "nguoi-dan", "doanh-nghiep", "thoi-gian-giai-quyet",
  "ung-vien",
] as const;

/**
 * Of those, things that are never another measure by a looser name (unlike "viên chức" for the staff
 * of public service units, or "hồ sơ" for procedures): a question naming one anywhere, not only as
 * what "bao nhiêu" counts ("bao nhiêu cán bộ được cấp chữ ký số?"), is about it.
 */
export const DISTINCT_THINGS: readonly (typeof MEASURES)[number][] = ["van-ban-ca-biet", "chu-ky-so", "thoi-gian-giai-quyet", "ung-vien"];

/** People on the payroll: the civil-servant positions and the public service units' staff. */
export const STAFF_MEASURES: readonly (typeof MEASURES)[number][] = ["bien-che-cong-chuc", "nguoi-lam-viec"];
/** People of both staff measures named together ("cán bộ, công chức, viên chức"): those in post are theirs. */
export const STAFF_TOGETHER: (typeof MEASURES)[number] = "can-bo-cong-chuc-vien-chuc";
/**
 * Measures that count the same kind of thing, so that a question naming each may add them: staff
 * positions (civil-servant and public-service), and agencies with units. Agencies are never added
 * to contest entries, nor documents to procedures.
 */
export const ADDABLE_MEASURES: readonly (readonly (typeof MEASURES)[number][])[] = [
  STAFF_MEASURES,
  ["co-quan-hanh-chinh", "don-vi-su-nghiep", "co-quan-don-vi"],
];

/**
 * A measure whose count the report gives under another for some actions: civil servants cut or
 * allocated are counted in civil-servant positions ("công chức giảm" is "biên chế công chức giảm 48").
 */
export const COUNTED_IN: Partial<Record<(typeof MEASURES)[number], (typeof MEASURES)[number]>> = { "cong-chuc": "bien-che-cong-chuc" };

export type Level = (typeof LEVELS)[number];
export type Body = (typeof BODIES)[number];
export type Action = (typeof ACTIONS)[number];
export type AskedKind = (typeof KINDS)[number];
export type Measure = (typeof MEASURES)[number];
