// How each measure (knowledge/vocabulary.ts) is named in a reply, and the phrases that name it in a
// question: a question that names a measure is about that measure, and a message that names none
// ("còn cấp huyện thì sao?") continues the previous one.
import type { Bilingual } from "../../../knowledge/schema.ts";
import { STAFF_MEASURES, STAFF_TOGETHER, type Measure } from "../../../knowledge/vocabulary.ts";

export const MEASURE_NAMES: Record<Measure, Bilingual> = {
  "van-ban-qppl": { vi: "văn bản QPPL", en: "legal documents" },
  "nhiem-vu": { vi: "nhiệm vụ", en: "tasks" },
  "co-quan-don-vi": { vi: "cơ quan, đơn vị", en: "agencies and units" },
  "luot-du-thi": { vi: "lượt người dự thi", en: "entries" },
  "du-thao": { vi: "dự thảo văn bản", en: "draft documents" },
  "doan-kiem-tra": { vi: "đoàn kiểm tra", en: "inspection teams" },
  "ket-luan-kiem-tra": { vi: "kết luận kiểm tra", en: "inspection conclusions" },
  tthc: { vi: "thủ tục hành chính", en: "administrative procedures" },
  "linh-vuc": { vi: "lĩnh vực", en: "fields" },
  "chi-phi-tuan-thu": { vi: "chi phí tuân thủ TTHC", en: "compliance costs" },
  "quy-trinh-noi-bo": { vi: "quy trình nội bộ", en: "internal procedures" },
  "bien-che-cong-chuc": { vi: "biên chế công chức", en: "civil servant positions" },
  "nguoi-lam-viec": { vi: "người làm việc", en: "staff positions" },
  "co-quan-hanh-chinh": { vi: "cơ quan hành chính", en: "administrative agencies" },
  "don-vi-su-nghiep": { vi: "đơn vị sự nghiệp công lập", en: "public service units" },
  "cong-chuc": { vi: "công chức", en: "civil servants" },
  "thu-ngan-sach": { vi: "thu ngân sách", en: "budget revenue" },
  "chi-ngan-sach": { vi: "chi ngân sách", en: "budget spending" },
  "can-bo-cong-chuc-vien-chuc": { vi: "cán bộ, công chức, viên chức", en: "officials and public employees" },
  "ho-so": { vi: "hồ sơ", en: "applications" },
  "vien-chuc": { vi: "viên chức", en: "public employees" },
  "kien-nghi": { vi: "kiến nghị", en: "recommendations" },
  "van-ban-ca-biet": { vi: "văn bản cá biệt", en: "individual (non-normative) documents" },
  "chu-ky-so": { vi: "chữ ký số", en: "digital signatures" },
  "nguoi-dan": { vi: "người dân", en: "citizens" },
  "doanh-nghiep": { vi: "doanh nghiệp", en: "businesses" },
  "thoi-gian-giai-quyet": { vi: "thời gian giải quyết", en: "processing time" },
  "ung-vien": { vi: "người dự tuyển", en: "applicants" },
};

/**
 * Measures that hold others: "bao nhiêu hồ sơ TTHC", "how many administrative procedure case files"
 * count files, not procedures, whichever word comes first.
 */
export const CONTAINER_MEASURES: ReadonlySet<string> = new Set(["ho-so"]);
/**
 * Measures named only as what "bao nhiêu" counts: a word that is also a verb ("kiến nghị sửa đổi 14
 * văn bản"), or people a question names as who is served ("chi phí người dân tiết kiệm").
 */
export const COUNTED_ONLY_MEASURES: ReadonlySet<string> = new Set(["kien-nghi", "nguoi-dan", "doanh-nghiep"]);

/**
 * The public sector as a whole, where both the civil servants and the public service units' staff
 * work: "bao nhiêu người làm việc trong bộ máy nhà nước" asks both, not the units' staff alone.
 * (Not "bộ máy của tỉnh": the report's "tổ chức bộ máy" is a subject of its own.)
 */
export const PUBLIC_SECTOR: string[] = [
  "bộ máy nhà nước", "bộ máy hành chính nhà nước", "khu vực công", "khu vực nhà nước", "ăn lương nhà nước", "hưởng lương nhà nước",
  "public sector", "state apparatus", "state sector", "government workforce", "state payroll",
];

/**
 * Words naming people on the payroll in general ("bao nhiêu người", "nhân sự", "staff"): the
 * civil-servant positions and the public service units' staff alike (STAFF_MEASURES in
 * knowledge/vocabulary.ts), when no measure is named.
 */
/** Of those, the words naming persons, not posts ("người", "people"; not "biên chế", which counts posts). */
export const PERSON_WORDS: string[] = ["người", "nhân sự", "nhân lực", "people", "persons", "personnel", "workforce"];
export const STAFF_WORDS: string[] = [...PERSON_WORDS, "biên chế", "cán bộ", "staff", "headcount", "employees"];
/** Measures counting people (the others count things: agencies, units, procedures, documents). */
export const PERSON_MEASURES: ReadonlySet<string> = new Set<Measure>([...STAFF_MEASURES, STAFF_TOGETHER, "cong-chuc", "vien-chuc", "luot-du-thi", "nguoi-dan", "ung-vien"]);

/** Phrases naming a measure in a question (the longest match wins). */
export const MEASURE_PHRASES: Record<Measure, string[]> = {
  "van-ban-qppl": ["văn bản quy phạm pháp luật", "văn bản qppl", "qppl", "nghị quyết", "legal documents", "legal normative documents", "regulations", "resolutions"],
  "nhiem-vu": ["nhiệm vụ", "tasks", "task"],
  "co-quan-don-vi": ["cơ quan đơn vị", "agencies and units", "cơ quan", "agencies"],
  "luot-du-thi": ["lượt người", "lượt dự thi", "lượt", "entries", "participations", "contestants"],
  "du-thao": ["dự thảo", "drafts", "draft"],
  "doan-kiem-tra": ["đoàn kiểm tra", "đoàn", "inspection teams", "teams"],
  "ket-luan-kiem-tra": ["kết luận kiểm tra", "kết luận", "conclusions"],
  tthc: ["thủ tục hành chính", "tthc", "thủ tục", "administrative procedures", "procedures"],
  "linh-vuc": ["lĩnh vực", "fields", "sectors"],
  "chi-phi-tuan-thu": ["chi phí tuân thủ", "chi phí", "compliance costs", "compliance cost", "cost saving", "cost savings", "cost reduction", "cost cut"],
  "quy-trinh-noi-bo": ["quy trình nội bộ", "quy trình", "internal procedures", "workflows", "processes"],
  "bien-che-cong-chuc": ["biên chế công chức", "biên chế cc", "civil servant positions", "civil-servant positions", "established posts",
    "civil servant posts", "civil-servant posts", "civil-servant staff positions", "civil servant staff positions", "civil servant headcount",
    "civil-servant headcount", "headcount of civil servants", "civil servant quota", "civil-servant quota", "civil servant staffing quota", "civil service",
    "civil-servant staffing quota", "civil-servant staffing", "civil servant staffing", "quân số công chức"],
  "nguoi-lam-viec": [
    "người làm việc", "số người làm việc", "người làm việc trong đơn vị sự nghiệp", "staff positions in public service units",
    // ("người làm ở các đơn vị sự nghiệp", as people say it: those working there, not the units.)
    "người làm ở đơn vị sự nghiệp", "người làm ở các đơn vị sự nghiệp", "người làm tại đơn vị sự nghiệp", "người làm tại các đơn vị sự nghiệp",
    "người làm trong đơn vị sự nghiệp", "người làm trong các đơn vị sự nghiệp",
    "staff in public service units", "staff of public service units", "employees in public service units", "employees of public service units", "workers in public service units", "people working in public service units",
    "staff working in public service units", "staff employed in public service units", "people employed in public service units",
    "staff for public service units", "paid staff for public service units", "public service unit staff", "staff positions for public service units",
    "public-service staff", "public service staff", "public service unit workforce", "public service unit employees", "public service unit personnel",
    "workforce in public service units", "public service unit staff quota", "public-service-unit staff quota", "staff quota for public service units",
  ],
  "co-quan-hanh-chinh": ["cơ quan hành chính", "administrative agencies"],
  "don-vi-su-nghiep": ["đơn vị sự nghiệp công lập", "đơn vị sự nghiệp", "public service units", "public service unit", "PSUs", "PSU"],
  "cong-chuc": ["công chức", "civil servants", "civil servant"],
  "thu-ngan-sach": ["thu ngân sách", "budget revenue", "revenue", "revenues"],
  "chi-ngan-sach": ["chi ngân sách", "chi cân đối", "budget spending", "spending", "expenditure"],
  "can-bo-cong-chuc-vien-chuc": ["cán bộ công chức viên chức", "cán bộ, công chức, viên chức", "officials, civil servants and public employees", "cadres, civil servants and public employees", "công chức, viên chức", "officials and public employees", "công chức và viên chức", "civil servants and public employees", "cán bộ, viên chức", "cán bộ viên chức"],
  "ho-so": ["hồ sơ", "hồ sơ thủ tục hành chính", "dossiers", "dossier", "application files", "case files", "case file", "applications", "procedure applications"],
  "vien-chuc": ["viên chức", "public employees"],
  "kien-nghi": ["kiến nghị", "recommendations", "recommendation"],
  "van-ban-ca-biet": ["văn bản cá biệt", "nghị quyết cá biệt", "quyết định cá biệt", "individual decisions", "individual resolutions", "non-normative documents", "non-normative resolutions", "non-normative decisions"],
  "chu-ky-so": ["chữ ký số", "chứng thư số", "chứng thư chữ ký số", "digital signature", "digital signatures", "digital certificates"],
  // How long procedures take to handle, which the report never measures.
  "thoi-gian-giai-quyet": ["thời gian giải quyết", "thời gian xử lý", "thời gian thực hiện thủ tục", "thời gian làm thủ tục", "processing time", "processing times", "handling time", "turnaround time", "time to process"],
  "nguoi-dan": ["người dân", "công dân", "citizens", "residents"],
  "doanh-nghiep": ["doanh nghiệp", "businesses", "enterprises", "companies"],
  // Those who applied or sat a recruitment exam, which the report never counts (only the 16 who passed;
  // MEASURE_UNLESS).
  "ung-vien": ["dự tuyển", "người dự tuyển", "thí sinh dự tuyển", "ứng viên", "ứng tuyển", "nộp hồ sơ dự tuyển", "applicants", "job applicants"],
};

/**
 * Words that, said in the same question, make a measure's phrase name another thing: applicants "who
 * passed" are those recruited ("bao nhiêu người dự tuyển trúng tuyển?"), which the report counts.
 * (Not "took the exam": the online contest's entrants took one too.)
 */
export const MEASURE_UNLESS: Partial<Record<Measure, string[]>> = {
  "ung-vien": ["trúng tuyển", "thi đỗ", "thi đậu", "người đỗ", "người đậu", "passed", "pass", "successful"],
};

/**
 * Phrases that name a measure only beside words of its setting, and none of another's: "người dự thi",
 * "participants" of a recruitment exam are its candidates, whom the report never counts; of the
 * online contest ("hội thi") they are its entrants, counted as "lượt người dự thi".
 */
export const MEASURE_ONLY_WITH: Partial<Record<Measure, { phrases: string[]; with: string[]; unless: string[] }>> = {
  "ung-vien": {
    phrases: ["người dự thi", "dự thi", "người thi", "thí sinh", "participants", "candidates", "examinees", "exam takers", "sat the exam", "took the exam"],
    with: ["tuyển dụng", "thi tuyển", "tuyển công chức", "recruit", "recruited", "recruitment", "recruiting", "civil service exam", "entrance exam"],
    // (Nor "thi tuyên truyền", which typed without marks reads "thi tuyen" too. "Trực tuyến", "tìm hiểu"
    // say nothing of which: an exam may be online, and "tìm hiểu giúp em" is "look into it for me".)
    unless: ["hội thi", "cuộc thi", "contest", "competition", "quiz", "tuyên truyền"],
  },
};
