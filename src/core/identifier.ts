// "tháng mấy?", "Kế hoạch số mấy?": a question asking which month or which document a statement
// names is answered with that number, read from the statement's own sentence (so it is cited).
import type { Bilingual } from "../../knowledge/schema.ts";
import type { Lang } from "./answer.ts";
import type { Intent } from "./intent.ts";
import type { CompiledFact } from "./kb-types.ts";
import { fold, tokenize } from "./normalize.ts";

const ASKS_MONTH = /\b(thang may|thang nao|what month|which month|khi nao|luc nao|thoi gian nao|when)\b/;
/** Which document a figure rests on (folded): "theo / căn cứ (vào) / dựa trên văn bản nào". */
const BASIS = String.raw`(?:theo|can cu(?: vao)?|dua tren|dua vao) van ban nao`;
// (On the words as analyzed: "decision", "plan" read as the report's "quyết định", "kế hoạch".)
/** A number asked in so many words (folded), not which document: "số mấy", "số hiệu", "document number". */
const NUMBER_WORDS = String.raw`so may|so nao|so hieu|so bao nhieu|what number|(?:document|report|referenc\w*|quyet dinh|ke hoach|bao cao) number|number of the (?:document|report|quyet dinh|ke hoach|bao cao)`;
const ASKS_NUMBER = new RegExp(String.raw`\b(${NUMBER_WORDS}|(?:which|what) (?:report|ke hoach|quyet dinh|bao cao)|(ke hoach|quyet dinh|bao cao)(?: \w+){0,2} nao|${BASIS})\b`);
const ASKS_NUMBER_WORDED = new RegExp(String.raw`\b(?:${NUMBER_WORDS})\b`);
const BASIS_ASKED = new RegExp(String.raw`\b${BASIS}\b`);
/** The report itself ("báo cáo số mấy?"), and no other kind of document it names. */
const NAMES_REPORT = /\b(bao cao|report)\b/;
// (As analyzed: "plan", "decision", "resolution" read as "kế hoạch", "quyết định", "nghị quyết"; "directive" is stemmed.)
const NAMES_OTHER_DOCUMENT = /\b(ke hoach|quyet dinh|chi thi|nghi quyet|ket luan|cong van|thong bao|plan|decision|resolution|conclusion|directiv\w*)\b/;
/** "trong tháng 7 năm 2024" (a month), not "11 tháng" (a number of months). */
const MONTH = /(?<!\d\s)\btháng\s+(\d{1,2})(?!\d|\/)/giu;
/** A document's date right after its number's remainder ("…/QĐ-UBND ngày 24/6/2024"): its month. */
const DATED = /^[^\s,;.]*\s+ngày\s+\d{1,2}\/(\d{1,2})\/\d{4}/u;
/** Words naming a document as what an event follows, folded: "theo QĐ 1699", "triển khai QĐ 1699", "under Decision 1699" (not "kèm theo", issued with it). */
const FOLLOWING = /\b(?<!kem\s+)(?:theo|can cu(?: vao)?|trien khai|thuc hien|according to|under|per|pursuant to|implementing)\b/;
/** "Kế hoạch số 391/KH-UBND", "Quyết định số 1699/QĐ-UBND" (the report puts no-break spaces in them). */
const DOCUMENT = /\b(Kế\s+hoạch|Quyết\s+định|Chỉ\s+thị|Nghị\s+quyết|Công\s+văn|Thông\s+báo|Báo\s+cáo)\s+số\s+(\d+)\//gu;

const MONTH_UNIT: Bilingual = { vi: "tháng", en: "month" };
const HOURS_UNIT: Bilingual = { vi: "giờ mỗi ngày (24/7)", en: "hours a day (24/7)" };
const DAYS_UNIT: Bilingual = { vi: "ngày mỗi tuần (24/7)", en: "days a week (24/7)" };
/** "bao nhiêu giờ mỗi ngày", "how many hours a day"; "mấy ngày một tuần", "days a week" (folded). */
const ASKS_HOURS = /\b(bao nhieu|may) gio\b.*\bngay\b|\bhours?\b.*\b(day|daily)\b/;
const ASKS_DAYS = /\b(bao nhieu|may) ngay\b.*\btuan\b|\bdays?\b.*\bweek\b/;
/** "24/7": around the clock, every day of the week. */
const AROUND_THE_CLOCK = /(?<![\d/])(24)\/(7)(?![\d/])/;
const NUMBER_UNIT: Bilingual = { vi: "số hiệu văn bản", en: "document number" };

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** "tháng 6", "June", "số hiệu văn bản 391", "24 giờ mỗi ngày (24/7)": a month or number asked, in words. */
export function identifierSaid(id: Identifier, lang: Lang): string {
  if (id.unit === MONTH_UNIT) return lang === "vi" ? `tháng ${id.value}` : (MONTHS_EN[id.value - 1] ?? `month ${id.value}`);
  // (A document's number after what it is; hours and days after their count.)
  return id.unit === NUMBER_UNIT ? `${id.unit[lang]} ${id.value}` : `${id.value} ${id.unit[lang]}`;
}

/** A month or a document's number, as the answer's figure. */
export interface Identifier {
  value: number;
  unit: Bilingual;
}

/** Chat abbreviations spelled out: "qd so bn" is "quyết định số bao nhiêu". */
const askedIn = (intent: Intent) => intent.words.map((t) => t.fold).join(" ");

/**
 * "Báo cáo số mấy?", "which report is this from?": the number of the report the answers come from,
 * read from the sentence of it that names the report (so it is cited like any figure).
 */
export function reportNumberIn(intent: Intent, report: { number: string }, facts: readonly CompiledFact[]): { fact: CompiledFact; identifier: Identifier } | null {
  if (!asksReportNumber(intent)) return null;
  const value = Number.parseInt(report.number, 10);
  const fact = facts.find((f) => f.kind === "statement" && [...f.quote.matchAll(DOCUMENT)].some((m) => fold(m[1]!).toLowerCase().replace(/\s+/g, " ") === "bao cao" && Number(m[2]) === value));
  return fact ? { fact, identifier: { value, unit: NUMBER_UNIT } } : null;
}

/** The number of the report itself asked ("báo cáo (này) số mấy?"), not of a plan or decision it names. */
export function asksReportNumber(intent: Intent): boolean {
  const asked = askedIn(intent);
  return ASKS_NUMBER.test(asked) && NAMES_REPORT.test(asked) && !NAMES_OTHER_DOCUMENT.test(asked);
}

/** Words pointing at a figure given ("số liệu này", "these figures"), folded. */
const FIGURE_POINTED = /\b(?:so lieu|con so|figures?|data|statistics?)\b/;
/** The report's own number asked after a figure, not which report that figure is from ("Số liệu này theo báo cáo số mấy?"). */
export const asksReportItself = (intent: Intent): boolean => intent.identifier && asksReportNumber(intent) && !FIGURE_POINTED.test(askedIn(intent));

/** Issued, dated (folded, as typed and as analyzed): what a question about the report itself asks of it (not who signed it: the report names no signer). */
const ISSUED = /\b(ban hanh|phat hanh|issu\w*|publish\w*|releas\w*|dated?)\b/;
/** Words that name the report itself, its date or issuer, and ask when or by whom (folded and stemmed as questions are). */
const REPORT_ITSELF: ReadonlySet<string> = new Set(
  tokenize(
    "bao cao nay do so bc ubnd ve cua cong tac cai cach hanh chinh cchc nam tinh thua thien hue tth uy nhan dan ban phat duoc ngay nao may khi luc gio thoi gian co quan don vi cap ai la vay a oi ad cho biet hoi xin vao va nhe " +
    "the this report no number of on about for administrative reform par province provincial people s committee when what which date dated who whom by was is were did it issued issue published released body agency authority and in",
  ).map((t) => t.fold),
);
/** When or by whom (folded): "ngày nào", "khi nào", "cơ quan nào", "ai", "when", "who", "by whom". */
const WHEN_OR_WHO = /\b(ngay nao|ngay may|ngay bao nhieu|khi nao|luc nao|bao gio|thoi gian nao|co quan nao|don vi nao|cap nao|ai|when|what date|which date|who|whom|which (?:body|agency|authority))\b/;

/**
 * "Báo cáo 627/BC-UBND ban hành ngày nào?", "Who issued the report?": the report's date or issuer,
 * which the sentence naming the report states (cited like any figure). Only a question about the
 * report itself: no other document, nothing counted.
 */
export function reportNamedIn(intent: Intent, report: { number: string }, facts: readonly CompiledFact[]): CompiledFact | null {
  const typed = intent.raw.map((t) => t.fold).join(" ");
  const asked = `${typed} ${askedIn(intent)}`;
  if (intent.howMany || intent.kind || !NAMES_REPORT.test(asked) || NAMES_OTHER_DOCUMENT.test(asked) || !ISSUED.test(asked) || !WHEN_OR_WHO.test(typed)) return null;
  // (Naming nothing but the report and when or by whom: "Theo báo cáo, văn bản QPPL cấp xã do ai ban
  // hành?", "According to the report, what date was the recruitment held?" ask of what it tells.)
  if (intent.raw.some((t) => !REPORT_ITSELF.has(t.fold) && !/^\d+$/.test(t.fold))) return null;
  const value = Number.parseInt(report.number, 10);
  return facts.find((f) => f.kind === "statement" && [...f.quote.matchAll(DOCUMENT)].some((m) => fold(m[1]!).toLowerCase().replace(/\s+/g, " ") === "bao cao" && Number(m[2]) === value)) ?? null;
}

/**
 * "Vận hành ổn định bao nhiêu giờ mỗi ngày?" of a sentence saying "24/7": the hours a day (or the
 * days a week) it states, read from the sentence (so cited like any figure).
 */
export function clockIn(intent: Intent, fact: CompiledFact): Identifier | null {
  const m = AROUND_THE_CLOCK.exec(fact.quote);
  if (!m) return null;
  const asked = askedIn(intent);
  if (ASKS_HOURS.test(asked)) return { value: Number(m[1]), unit: HOURS_UNIT };
  if (ASKS_DAYS.test(asked)) return { value: Number(m[2]), unit: DAYS_UNIT };
  return null;
}

/** A kind of document other than the report named ("Kế hoạch số mấy?"): whose number a question may ask. */
export const namesDocument = (intent: Intent): boolean => NAMES_OTHER_DOCUMENT.test(askedIn(intent));
/** Which document a figure rests on, asked ("theo văn bản nào?"). */
export const asksBasis = (intent: Intent): boolean => BASIS_ASKED.test(askedIn(intent));

/** A number (NUMBER_WORDS) or a time (ASKS_MONTH) asked: not "What decisions … did the committee issue?", which asks which, a description. */
export const asksNumberWorded = (intent: Intent): boolean => ASKS_NUMBER_WORDED.test(askedIn(intent)) || ASKS_MONTH.test(askedIn(intent));

/** A sentence naming no document's number and no date ("ngày 24/6/2024"): one of which the report gives neither. */
export const namesNoNumberOrDate = (quote: string): boolean => !quote.match(DOCUMENT) && !/\d{1,2}\/\d{1,2}\/\d{4}/.test(quote);

/** Does the question ask a document's number or a month (what `identifierIn` reads), not a date or a name? */
export const asksNumberOrMonth = (intent: Intent): boolean => ASKS_NUMBER.test(askedIn(intent)) || ASKS_MONTH.test(askedIn(intent));

/** The month or document number the question asks, when the statement's sentence names exactly one. */
export function identifierIn(intent: Intent, fact: CompiledFact): Identifier | null {
  const asked = askedIn(intent);
  if (ASKS_NUMBER.test(asked)) {
    const docs = [...fact.quote.matchAll(DOCUMENT)];
    // The kind of document the question names ("Kế hoạch số mấy"), else any.
    const named = docs.filter((m) => asked.includes(fold(m[1]!).toLowerCase().replace(/\s+/g, " ")));
    const pick = named.length ? named : docs;
    return pick.length === 1 ? { value: Number(pick[0]![2]), unit: NUMBER_UNIT } : null;
  }
  if (ASKS_MONTH.test(asked)) {
    // ("Quyết định 1699 ban hành tháng mấy?": of a document the question names by its number, the month
    // of its own date, "số 1699/QĐ-UBND ngày 24/6/2024", not of the event the sentence tells; none undated.)
    const typed = new Set(intent.raw.filter((t) => /^\d+$/.test(t.fold)).map((t) => Number(t.fold)));
    // (Not one named as what an event follows: "Đợt tuyển dụng … theo QĐ 1699 được tổ chức vào tháng
    // mấy?" asks the recruitment's month, 7.)
    // (Unless its issuing is asked: "Kế hoạch tuyển dụng theo QĐ 1699 ban hành tháng mấy?" is June.)
    const basis = ISSUED.test(asked) ? [] : [...typed].filter((n) => new RegExp(`${FOLLOWING.source}(?:\\s+\\S+){0,3}?\\s+(?:so\\s+)?${n}\\b`).test(asked));
    const doc = [...fact.quote.matchAll(DOCUMENT)].find((m) => typed.has(Number(m[2])) && !basis.includes(Number(m[2])));
    if (doc) {
      const dated = DATED.exec(fact.quote.slice(doc.index! + doc[0].length));
      return dated ? { value: Number(dated[1]), unit: MONTH_UNIT } : null;
    }
    const months = [...new Set([...fact.quote.matchAll(MONTH)].map((m) => Number(m[1])))].filter((m) => m >= 1 && m <= 12);
    return months.length === 1 ? { value: months[0]!, unit: MONTH_UNIT } : null;
  }
  return null;
}
