// How reports print the counted nouns of the shared measures (knowledge/vocabulary.ts), for
// reading units and guessing measures. A few nouns count something the shared vocabulary has no
// measure for yet: they get a proposed id, which the build refuses until someone adds it there
// (or picks an existing one), and `kb:draft --check` says so.
import { MEASURES, type Measure } from "../vocabulary.ts";

export interface MeasureEntry {
  measure: Measure | ProposedMeasure;
  /** Noun phrases as printed in reports; matched ignoring case and commas. */
  phrases: string[];
  /** Only when the words after the noun say this ("lượt người … dự thi"). */
  when?: RegExp;
}

/** Counted nouns common in these reports with no shared measure yet. */
type ProposedMeasure =
  | "nghi-quyet" | "quyet-dinh" | "van-ban" | "ho-so" | "dich-vu-cong" | "luot-nguoi" | "vien-chuc" | "nguoi"
  | "don-vi-hanh-chinh" | "kien-nghi" | "vi-tri-viec-lam" | "nen-tang-so" | "tai-khoan" | "chu-ky-so";

// Longer phrases are tried first wherever they are listed; for one phrase, the first entry whose
// `when` holds wins.
export const VOCABULARY: MeasureEntry[] = [
  { measure: "van-ban-qppl", phrases: ["văn bản QPPL", "văn bản quy phạm pháp luật", "VBQPPL", "văn bản pháp quy"] },
  { measure: "du-thao", phrases: ["dự thảo văn bản QPPL", "dự thảo văn bản quy phạm pháp luật", "dự thảo văn bản", "dự thảo"] },
  { measure: "nghi-quyet", phrases: ["nghị quyết"] },
  { measure: "quyet-dinh", phrases: ["quyết định"] },
  { measure: "van-ban", phrases: ["văn bản"] },
  { measure: "tthc", phrases: ["TTHC", "thủ tục hành chính", "thủ tục"] },
  { measure: "ho-so", phrases: ["hồ sơ", "hồ sơ TTHC", "hồ sơ thủ tục hành chính"] },
  { measure: "dich-vu-cong", phrases: ["dịch vụ công trực tuyến", "dịch vụ công", "DVC", "DVCTT"] },
  { measure: "quy-trinh-noi-bo", phrases: ["quy trình nội bộ", "quy trình"] },
  { measure: "linh-vuc", phrases: ["lĩnh vực"] },
  { measure: "nhiem-vu", phrases: ["nhiệm vụ"] },
  { measure: "bien-che-cong-chuc", phrases: ["biên chế công chức", "biên chế"] },
  { measure: "nguoi-lam-viec", phrases: ["người làm việc", "số lượng người làm việc"] },
  { measure: "can-bo-cong-chuc-vien-chuc", phrases: ["cán bộ, công chức, viên chức", "CBCCVC", "cán bộ, công chức", "công chức, viên chức"] },
  { measure: "cong-chuc", phrases: ["công chức"] },
  { measure: "vien-chuc", phrases: ["viên chức"] },
  { measure: "luot-du-thi", phrases: ["lượt người dự thi", "lượt dự thi", "lượt người", "lượt"], when: /dự thi/u },
  { measure: "luot-nguoi", phrases: ["lượt người", "lượt"] },
  { measure: "nguoi", phrases: ["người"] },
  { measure: "don-vi-su-nghiep", phrases: ["đơn vị sự nghiệp công lập", "đơn vị sự nghiệp", "ĐVSNCL", "ĐVSN"] },
  { measure: "co-quan-hanh-chinh", phrases: ["cơ quan hành chính nhà nước", "cơ quan hành chính", "Sở, ban, ngành", "sở, ngành", "chi cục", "UBND cấp huyện", "UBND cấp xã"] },
  { measure: "co-quan-don-vi", phrases: ["cơ quan, đơn vị", "cơ quan nhà nước", "cơ quan", "đơn vị"] },
  { measure: "don-vi-hanh-chinh", phrases: ["đơn vị hành chính", "xã, phường, thị trấn", "huyện, thị xã, thành phố"] },
  { measure: "doan-kiem-tra", phrases: ["đoàn kiểm tra", "cuộc kiểm tra", "đợt kiểm tra"] },
  { measure: "ket-luan-kiem-tra", phrases: ["kết luận kiểm tra", "kết luận"] },
  { measure: "kien-nghi", phrases: ["kiến nghị", "phản ánh, kiến nghị", "phản ánh"] },
  { measure: "vi-tri-viec-lam", phrases: ["vị trí việc làm"] },
  { measure: "nen-tang-so", phrases: ["nền tảng số", "nền tảng"] },
  { measure: "tai-khoan", phrases: ["tài khoản"] },
  { measure: "chu-ky-so", phrases: ["chữ ký số", "chứng thư số"] },
  { measure: "thu-ngan-sach", phrases: ["thu ngân sách", "thu ngân sách nhà nước", "nguồn thu"] },
  { measure: "chi-ngan-sach", phrases: ["chi ngân sách", "chi cân đối ngân sách", "chi thường xuyên"] },
];

/** Money figures are named by what the sentence says before them, not by "triệu đồng". */
export const MONEY_TOPICS: { measure: string; pattern: RegExp }[] = [
  { measure: "thu-ngan-sach", pattern: /thu ngân sách|nguồn thu|tổng thu/iu },
  { measure: "chi-ngan-sach", pattern: /chi (?:cân đối )?ngân sách|chi thường xuyên|tổng chi/iu },
  { measure: "von-dau-tu-cong", pattern: /vốn đầu tư|giải ngân/iu },
  { measure: "chi-phi-tuan-thu", pattern: /chi phí tuân thủ/iu },
  { measure: "chi-phi", pattern: /chi phí/iu },
  { measure: "kinh-phi", pattern: /kinh phí/iu },
];

const shared = new Set<string>(MEASURES);
/** A measure the build accepts (knowledge/vocabulary.ts). */
export const isSharedMeasure = (m: string | undefined) => !!m && shared.has(m);
