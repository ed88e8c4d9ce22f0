// Abbreviations users type, keyed by their folded form. Expanded in questions and in the indexed
// text alike, so "TTHC" in the report and "thủ tục hành chính" in a question meet.

/** Administrative abbreviations (as printed in reports and typed by officials). */
export const ADMIN_ABBREVIATIONS: Record<string, string> = {
  tthc: "thủ tục hành chính",
  cchc: "cải cách hành chính",
  par: "cải cách hành chính",
  qppl: "quy phạm pháp luật",
  vbqppl: "văn bản quy phạm pháp luật",
  vbpl: "văn bản pháp luật",
  hdnd: "hội đồng nhân dân",
  ubnd: "ủy ban nhân dân",
  nsnn: "ngân sách nhà nước",
  cbccvc: "cán bộ công chức viên chức",
  cbcc: "cán bộ công chức",
  ccvc: "công chức viên chức",
  dvsncl: "đơn vị sự nghiệp công lập",
  dvsn: "đơn vị sự nghiệp",
  dvc: "dịch vụ công",
  dvctt: "dịch vụ công trực tuyến",
  stp: "sở tư pháp",
  sttp: "sở tư pháp",
  vtvl: "vị trí việc làm",
  csdl: "cơ sở dữ liệu",
  tw: "trung ương",
  cqnn: "cơ quan nhà nước",
  // Systems and desks as officials name them: "hệ thống QLVB&ĐH", "BPMC", "CKS".
  qlvb: "quản lý văn bản",
  qlvbdh: "quản lý văn bản và điều hành",
  cks: "chữ ký số",
  bpmc: "bộ phận một cửa",
  cqhc: "cơ quan hành chính",
  cqcm: "cơ quan chuyên môn",
  cq: "cơ quan",
  cc: "công chức",
  cb: "cán bộ",
  vc: "viên chức",
  tth: "thừa thiên huế",
  ttg: "thủ tướng",
  tp: "thành phố",
  tx: "thị xã",
  tt: "thị trấn",
  gis: "gis",
  // As English texts on Vietnamese government write them.
  ppc: "provincial people's committee",
  pc: "people's committee",
  pcs: "people's committees",
  dpc: "district people's committee",
  dpcs: "district people's committees",
  cpc: "commune people's committee",
  cpcs: "commune people's committees",
  doj: "department of justice",
  psu: "public service unit",
  psus: "public service units",
};

/** Chat abbreviations and spellings (phones, no diacritics). "bn" is handled with context. */
export const CHAT_ABBREVIATIONS: Record<string, string> = {
  // English chat spellings.
  ppl: "people",
  rn: "right now",
  govt: "government",
  dept: "department",
  depts: "departments",
  bnhieu: "bao nhiêu",
  bnh: "bao nhiêu",
  bnhiu: "bao nhiêu",
  baonhieu: "bao nhiêu",
  nhiu: "nhiêu",
  ko: "không",
  k: "không",
  kh: "không",
  khg: "không",
  kg: "không",
  hok: "không",
  dc: "được",
  dk: "được",
  ntn: "như thế nào",
  ad: "admin",
  z: "vậy",
  v: "vậy",
  ak: "ạ",
  mk: "mình",
  mik: "mình",
  mn: "mọi người",
  j: "gì",
  cx: "cũng",
  trc: "trước",
  ng: "người",
  sl: "số lượng",
  nv: "nhiệm vụ",
  vb: "văn bản",
  qd: "quyết định",
  nq: "nghị quyết",
  bc: "báo cáo",
  kh2024: "kế hoạch 2024",
  r: "rồi",
  oy: "rồi",
  thui: "thôi",
  hem: "không",
  nhieu: "nhiêu",
  tyle: "tỷ lệ",
  tile: "tỷ lệ",
  tylê: "tỷ lệ",
  ptram: "phần trăm",
  pt: "phần trăm",
  ns: "ngân sách",
  ktra: "kiểm tra",
  kt: "kiểm tra",
  vs: "với",
  ds: "danh sách",
  tl: "tỷ lệ",
  tb: "trung bình",
};

/** "bn" is "bao nhiêu" in a question, but "bạn" in "bn ơi", "chào bn", "cảm ơn bn". */
// Not unmarked "co": "có bn cơ quan" (typed "co bn co quan") asks how many agencies.
export const BN_AS_BAN_BEFORE = ["ơi", "oi", "có", "xem", "biết", "biet"];
export const BN_AS_BAN_AFTER = ["chào", "chao", "ơn", "on", "hỏi", "hoi", "giúp", "giup", "nhờ", "nho"];

/**
 * Abbreviations read so when they come before one of the words listed, which decides their meaning:
 * "TT Huế" is Thừa Thiên Huế, not a "thị trấn".
 */
export const ABBREVIATIONS_BEFORE: Record<string, { before: string[]; means: string; notAfter?: string[] }> = {
  tt: { before: ["huế", "hue"], means: "thừa thiên" },
  // "bn tr đồng": millions; elsewhere "tr" is as often "trang", "trường" or "trước".
  tr: { before: ["đồng", "dong", "đ", "vnd", "vnđ"], means: "triệu" },
  // "dv su nghiep": units ("đơn vị sự nghiệp"), as "dvsn"; "dv truc thuoc": units under a body.
  dv: { before: ["sự", "su", "trực", "truc", "thuộc", "thuoc"], means: "đơn vị" },
  // "nv cp voi ttg giao": the Government, before the Prime Minister or "giao"; "cp" is as often a
  // cost ("cp tuân thủ").
  cp: { before: ["và", "va", "với", "voi", "ttg", "giao"], means: "chính phủ" },
  // "KL kiểm tra": an inspection's conclusions; "KL" is as often "kỷ luật" ("bị xử lý KL").
  kl: { before: ["kiểm", "kiem"], means: "kết luận" },
  // "…, thi kiem tra bn vb": "thì" before a verb of what is asked; "thi" is as often the contest ("du
  // thi", "hoi thi co bn", "thi dua"), never before these, nor after a word of the contest ("cuoc thi
  // kiem tra hieu biet", "hoi thi chiem"), of those who sit it ("nguoi thi dat") or of "chỉ thị", "đô thị".
  thi: { before: ["kiem", "chiem", "giam", "tang", "tong", "hoan", "ban", "dat", "co", "bn", "sao", "la", "duoc"], means: "thì", notAfter: ["hoi", "cuoc", "du", "ky", "ki", "bai", "de", "thi", "vong", "giai", "nguoi", "chi", "do"] },
};

/**
 * Abbreviations read so when they come after one of the words (or two-word phrases) listed: "sở tp"
 * is Sở Tư pháp, not a city.
 */
export const ABBREVIATIONS_AFTER: Record<string, { after: string[]; means: string }> = {
  tp: { after: ["sở", "so"], means: "tư pháp" },
  // "mỗi dv", "các dv", "cơ quan dv": units; elsewhere "dv" is as often "dịch vụ" ("dv công").
  dv: { after: ["mỗi", "moi", "các", "cac", "từng", "tung", "những", "nhung", "quan"], means: "đơn vị" },
  // "tinh gian bo may", "sap xep bo may": the apparatus (bộ máy), no "mấy" asking how many; "cong bo
  // may TTHC" still asks how many published.
  may: { after: ["gian bo", "xep bo", "chuc bo", "gon bo", "cach bo"], means: "máy" },
  // "ban hành mấy KL?", "bao nhiêu KL?" of the inspections: their conclusions, issued.
  kl: { after: ["ban hành", "ban hanh", "mấy", "may", "bn"], means: "kết luận" },
};
