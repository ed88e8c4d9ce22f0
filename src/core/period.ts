// The period a question asks about against the period a figure covers: "chi cân đối cả năm 2024"
// is not the 11 months the report gives, nor is "full-year revenue" the revenue up to 6 December,
// nor "6 tháng đầu năm" either of them.
import type { Intent } from "./intent.ts";
import type { CompiledFact } from "./kb-types.ts";
import { fold, tokenize, type Token } from "./normalize.ts";

/**
 * The year before, named without its number ("năm ngoái", "the previous year"); not "cùng kỳ năm
 * trước", a reference period, nor "so với năm trước", a baseline. (On the words as typed, folded;
 * "befor\w*" and "previou\w*" also take a stemmed form.)
 */
const YEAR_BEFORE = /(?<!\b(cung ky|same period|same time|so voi|voi|than|compar\w* (to|with)|vs|versus|from|since) )\b(nam (ngoai|truoc|roi|lien truoc)|(the )?(previou|prior|preced)\w* year|last year|the year befor\w*|a year (earl|befor)\w*)\b/;
/** A period a figure is compared with, in the words right before "năm trước" / "the previous year" (folded). */
const REFERENCE_PERIOD = /\b(cung ky|same (period|point|time)|so voi|compar\w*|than|year on year|earlier)\b(?:\s+\S+){0,3}\s*$/;

/** "năm" as typed with its marks: "nằm ngoài" (lies outside) is no "năm ngoái". */
const NAM = tokenize("năm")[0]!;

/** Does the message (its words as typed) name the year before as the year asked? */
export function namesYearBefore(raw: readonly Token[]): boolean {
  const said = raw.map((t) => (t.marked && t.fold === NAM.fold && t.acc !== NAM.acc ? "~" : t.fold)).join(" ");
  const m = YEAR_BEFORE.exec(said);
  // (Not a reference period: "the same period of the previous year" is what a share is of.)
  return m !== null && !REFERENCE_PERIOD.test(said.slice(0, m.index));
}

/** "cả năm", "trọn năm", "full year", "đến 31/12": the whole year, not a part of it. (English words stemmed: "whol", "entir".) */
const WHOLE_YEAR = /\b(ca nam|tron nam|nguyen nam|suot nam|het nam|full[ -]year|whole? year|entire? year|all year|the year as a whole?|(?:the )?whole? of (?:the year|20\d\d)|all of 20\d\d|entire? 20\d\d|year end|end of (the )?year|31 12|31 december|december 31)\b/;
/** A plan of the whole year ("full-year budget estimate", "dự toán cả năm"): the year is the plan's, not the figure's. */
const PLAN_OF_THE_YEAR = /\b(?:full[ -]year|whole?[ -]year|annual|ca nam|tron nam)(?: (?:budget|revenue?|spend(?:ing)?|state?))* (?:estimate?|plan|target)s?\b|\b(?:du toan|ke hoach|estimate?|plan|target)(?: (?:thu|chi|ngan sach|nam|for the))* (?:ca nam|tron nam|full[ -]year|whole? year)\b/g;

/** "6 tháng đầu năm", "quý 1", "first half", "(the first) 6 months": a part of the year named (its months, when it says them). */
const PART_NAMED = /(?<!\bngay )\b(\d{1,2}) (?:thang|months?)\b|\bnua (?:dau|cuoi|sau) nam\b|\bquy (?:\d|i{1,3}|iv)\b|\b(?:first|second|third|fourth|1st|2nd|3rd|4th|last) quarter\b|\b(?:in|during|for|of|trong|vao) (?:the )?q ?[1-4]\b|\bq ?[1-4] (?:of )?(?:20\d\d|nam)\b|\b(?:first|second) half\b|\bsau thang\b/;
/** A part of a year asked of a whole year's figure (folded): a quarter, a half, the first or last months. */
const PART_OF_WHOLE_YEAR = /\bquy (?:\d|i{1,3}|iv)\b|\b(?:first|second|third|fourth|1st|2nd|3rd|4th|last) quarter\b|\b(?:in|during|for|of|trong|vao) (?:the )?q ?[1-4]\b|\bq ?[1-4] (?:of )?(?:20\d\d|nam)\b|\b(?:first|second) half\b|\b(?:nua|6 thang) (?:dau|cuoi) nam\b|\b\d{1,2} thang (?:dau|cuoi) nam\b|\b(?:first|last) (?:[1-9]|1[01]) months?\b/;
/** The day a figure is as of, in its period ("tính đến thời điểm báo cáo (20/12/2024)"): day and month. */
const AS_OF_DAY = /\((\d{1,2})\/(\d{1,2})\/\d{4}\)/;
const WHOLE_YEAR_ALL = new RegExp(WHOLE_YEAR.source, "g");
const PART_OF_WHOLE_YEAR_ALL = new RegExp(PART_OF_WHOLE_YEAR.source, "g");
/** Where the message's words (folded, one per word) name the whole year or a part of it: "cả năm", "6 tháng đầu năm", "the whole year". */
export function periodNamedAt(folds: readonly string[]): { start: number; end: number }[] {
  const said = folds.join(" ");
  const spans: { start: number; end: number }[] = [];
  for (const re of [WHOLE_YEAR_ALL, PART_OF_WHOLE_YEAR_ALL]) {
    for (const m of said.matchAll(re)) {
      const start = said.slice(0, m.index).split(" ").length - 1;
      spans.push({ start, end: start + m[0].split(" ").length });
    }
  }
  return spans;
}
/**
 * The whole year, or its end, asked of a figure as of a day before the year's end ("cả năm?", "by year
 * end?" after the civil servants in post on 20/12/2024): another period. (Kept apart from otherPeriod:
 * a question naming its year in full, "cả năm 2024 …", asks the figures the report gives for it.)
 */
export function wholeYearOfADay(asked: Intent, fact: CompiledFact): boolean {
  const day = AS_OF_DAY.exec(fact.period.vi);
  return day !== null && !(day[1] === "31" && day[2] === "12") && WHOLE_YEAR.test(periodText(asked));
}
/**
 * "riêng tháng 11/2024", "trong tháng 11", "in November": one month, which no figure over several
 * months or up to a date is (not "đến tháng 11", up to it, nor a date the report is of).
 */
// (Or "December spending alone", "just December", "for December"; not a day in it, "for December 6", nor a range's start, "for January through …".)
const ONE_MONTH = /\b(?:rieng|trong|vao|cua) thang \d{1,2}\b(?! thang)|\b(?:in|during|for) (?:the month of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?! \d{1,2}(?!\d)| (?:through|thru|to|until|till)\b)|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:'s)?(?: [a-z]+){0,2} (?:alone|alon|only)\b|\b(?:just|only) (?:in )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/;
/** One month named bare (folded), not as a cut-off ("đến (cuối) tháng 11"), a range ("từ tháng 1 đến tháng 11", "tháng 1-11"), a day's ("ngày 6 tháng 12") nor a count of months ("11 tháng"). */
const BARE_MONTH = /(?<!\b(?:den|toi|het|tu|by|until|through) (?:(?:cuoi|dau|het|giua) )?)(?<!\d )\bthang \d{1,2}\b(?! thang| ?[-–] ?\d| \d| (?:den|toi)\b)/;
/** One month as the setting of the question ("tháng 11 tỉnh công bố …", "Trong tháng 11, …", "in November"), folded. */
const ONE_MONTH_ASKED = /^(?:(?:rieng|trong|vao) )?thang (\d{1,2})\b(?! thang)|\b(?:rieng|trong|vao) thang (\d{1,2})\b(?! thang)|\b(?:(?:in|during|for) (?:the month of )?|(?:just|only) (?:in )?)(january|february|march|april|may|june|july|august|september|october|november|december)\b(?! \d{1,2}(?!\d)| (?:through|thru|to|until|till)\b)|\b(january|february|march|april|may|june|july|august|september|october|november|december)(?:'s)?(?: [a-z]+){0,2} (?:alone|alon|only)\b/;
/** A month said of the report itself ("báo cáo ban hành vào tháng 12", "the report published in December"), folded; not "theo báo cáo, trong tháng 11". */
const REPORT_MONTH = /\bbao cao(?: (?:duoc )?(?:ban hanh|cong bo|phat hanh))?(?: (?:vao|ngay))? thang \d{1,2}\b|\breport (?:(?:was|is) )?(?:publish\w*|issu\w*|releas\w*|dat\w*) (?:in |on )?(?:december|november)\b|\bthang \d{1,2}(?: nam 20\d\d)? (?:(?:ubnd|uy ban nhan dan) )?(?:tinh )?bao cao\b/;
const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** The month a question asks of (1–12), or null. */
function monthAsked(text: string): number | null {
  const m = ONE_MONTH_ASKED.exec(text);
  if (!m) return null;
  const name = m[3] ?? m[4];
  const n = name ? MONTH_NAMES.indexOf(name) + 1 : Number(m[1] ?? m[2]);
  return n >= 1 && n <= 12 ? n : null;
}
/** "six months", "eleven months": a number of months in words, read as "6 thang" (folded). */
const MONTH_COUNTS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const MONTHS_IN_WORDS = new RegExp(String.raw`\b(${MONTH_COUNTS.join("|")}) months?\b`, "g");
/** "11 tháng năm 2024": a number of months, not a month ("tháng 7"). */
const MONTHS = /\b(\d{1,2}) thang\b/;

/**
 * The part of the year a figure covers: its months ("11"), "" when it runs to a date ("đến ngày
 * 06/12/2024") or is a quarter; null for a whole year or up to the report's date.
 */
function partOfYear(fact: CompiledFact): string | null {
  const period = fold(fact.period.vi).toLowerCase();
  const months = MONTHS.exec(period);
  if (months) return months[1]!;
  return /\bden ngay\b|\bquy\b/.test(period) ? "" : null;
}

/** "đến ngày 6 tháng 12": a cut-off day and month in words (folded). */
const CUT_OFF_DATE = /\b(?:den|toi) (?:het )?ngay (\d{1,2}) thang (\d{1,2})\b/;
/** "tính đến 31/12", "as of 30 November": a cut-off day (the rest of a date is read as a year or dropped). */
const CUT_OFF = /\b(?:den|toi|through|until|as of|by) (?:het )?(?:ngay )?(\d{1,2})\b(?! (?:thang|month))/;

/** "đến đầu tháng 12", "by the end of November" (folded): a cut-off month and which part of it. */
const CUT_OFF_MONTH = /\b(?:den|toi) (?:(dau|giua|cuoi|het) )?thang (\d{1,2})\b(?! thang)|\b(?:through|until|as of|by) (?:(early|mid|late|the end of|end of|the start of|the begin of|the middl of) )?(january|february|march|april|may|june|july|august|september|october|november|december)\b/;
// (English words as folded: stemmed, "beginning" is "begin".)
const EARLY = new Set(["dau", "early", "the start of", "the begin of"]);
const MIDDLE = new Set(["giua", "mid", "the middl of"]);
function cutOffMonth(text: string): { month: number; part: "early" | "middle" | "end" | null } | null {
  const m = CUT_OFF_MONTH.exec(text);
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : MONTH_NAMES.indexOf(m[4]!) + 1;
  const part = m[1] ?? m[3];
  if (month < 1 || month > 12) return null;
  return { month, part: !part ? null : EARLY.has(part) ? "early" : MIDDLE.has(part) ? "middle" : "end" };
}

/** Does a figure up to a day fit a cut-off month? (Up to a month said plainly runs to its end, the start of the next: "đến tháng 11" of 06/12.) */
function fitsDate(cut: { month: number; part: "early" | "middle" | "end" | null }, day: number, month: number): boolean {
  if (cut.part === null) return month === cut.month || month === cut.month + 1;
  return month === cut.month && (cut.part === "early" ? day <= 10 : cut.part === "middle" ? day > 10 && day <= 20 : day > 20);
}

/** A figure up to a date fits a cut-off month that date is in (early: days 1–10, middle: 11–20, end: 21–31); one of N months fits the end of month N. */
function fitsCutOff(cut: { month: number; part: "early" | "middle" | "end" | null }, fact: CompiledFact, part: string): boolean {
  const date = /\bden ngay (\d{1,2})\/(\d{1,2})\b/.exec(fold(fact.period.vi).toLowerCase());
  if (date) return fitsDate(cut, Number(date[1]), Number(date[2]));
  // (The first N months run to the end of month N, which is the start of the next: "đến tháng 12".)
  const months = Number(part);
  return part !== "" && ((months === cut.month && cut.part !== "early" && cut.part !== "middle") || (months + 1 === cut.month && (cut.part === null || cut.part === "early")));
}

/** The words of a question as the period checks read them, once per question (every candidate figure is checked). */
const periodTexts = new WeakMap<Intent, string>();
function periodText(asked: Intent): string {
  let text = periodTexts.get(asked);
  if (text === undefined) {
    // (The whole year of a plan is the plan's: "the full-year budget estimate", "dự toán cả năm".)
    text = asked.raw
      .map((t) => t.fold)
      .join(" ")
      .toLowerCase()
      .replace(PLAN_OF_THE_YEAR, " ")
      .replace(MONTHS_IN_WORDS, (_, w: string) => `${MONTH_COUNTS.indexOf(w) + 2} thang`);
    periodTexts.set(asked, text);
  }
  return text;
}

/**
 * Those newly given something ("cấp mới", "newly issued", "new accounts"), folded: what was added in
 * the period, not all there are by a date. ("mới cấp" folds as "mọi cấp", "mỗi cấp": all or each level.)
 */
const NEWLY = /\b(?:cap moi|tao moi|newly|new (?:email )?accounts?)\b/;
/** A figure of all there are by a date ("tính đến thời điểm báo cáo"), folded: a stock, not what the year added. */
const STOCK = /^(?:tinh den|den ngay|den nay)\b/;

/** Does the question ask another period than the figure covers (a full year of part of one, or another part)? */
export function otherPeriod(asked: Intent, fact: CompiledFact): boolean {
  const part = partOfYear(fact);
  const text = periodText(asked);
  // "trong năm 2024 cấp mới bao nhiêu tài khoản thư điện tử?" of the 14.970 given accounts by the
  // report's date: what the year added is not all there are.
  // (Of what is given, "cấp": not of what the year did, "newly issued documents" of the 125 issued.)
  if (NEWLY.test(text) && (fact.facets.action as string[]).includes("cap") && STOCK.test(fold(fact.period.vi).toLowerCase())) return true;
  if (part === null) {
    // "Trong quý III/2024, … công bố bao nhiêu TTHC?", "6 tháng đầu năm …" of the year's 1.117: a
    // quarter, a half or the first months asked of a figure for the whole year (or up to the report's
    // date), unless its sentence names that part. (Not one month: an event of the year may be held
    // in it, "tuyển dụng trong tháng 7"; nor a date, "đến ngày 20 tháng 12".)
    const named = PART_OF_WHOLE_YEAR.exec(text);
    if (named) return !fold(fact.quote).toLowerCase().includes(named[0]);
    // One month asked ("tháng 11 tỉnh công bố bao nhiêu TTHC?") of the year's figure, unless the
    // figure's paragraph names that month ("tuyển dụng … trong tháng 7": its 16 are July's too).
    // (A figure as of a day is that day's month's: "vào tháng 12" of one as of 20/12/2024.)
    // (Nor the month the report is of: "Báo cáo ban hành vào tháng 12 cho biết …".)
    const month = REPORT_MONTH.test(text) ? null : monthAsked(text);
    const ofDay = AS_OF_DAY.exec(fact.period.vi);
    if (month !== null && !fact.months?.includes(month) && Number(ofDay?.[2]) !== month) return true;
    // Up to a month ("đến cuối tháng 11", "by the beginning of December") of a figure as of a day
    // (20/12/2024) that is not in it, or of the whole year's, which runs to December's end.
    const cut = cutOffMonth(text);
    if (!cut) return false;
    return ofDay ? !fitsDate(cut, Number(ofDay[1]), Number(ofDay[2])) : !(cut.month === 12 && (cut.part === null || cut.part === "end"));
  }
  if (WHOLE_YEAR.test(text)) return true;
  // A figure up to a date ("đến ngày 06/12/2024") asked up to another day ("đến ngày 30/11",
  // "đến ngày 6 tháng 12" is its own).
  const dated = CUT_OFF_DATE.exec(text);
  const day = dated?.[1] ?? CUT_OFF.exec(text)?.[1];
  const own = /\bden ngay (\d{1,2})\/?(\d{1,2})?\b/.exec(fold(fact.period.vi).toLowerCase());
  if (day && own && (Number(day) !== Number(own[1]) || (dated && own[2] && Number(dated[2]) !== Number(own[2])))) return true;
  // Or up to a month ("đến đầu tháng 12", "by the end of November") its date or months are not in.
  const cut = cutOffMonth(text);
  if (cut && !fitsCutOff(cut, fact, part)) return true;
  // (Or named bare, "chi tháng 12 bao nhiêu?", "còn tháng 12 thì sao?": one month is not the months the figure is of.)
  if (ONE_MONTH.test(text) || BARE_MONTH.test(text)) return true;
  const named = PART_NAMED.exec(text);
  return named !== null && named[1] !== part;
}

/**
 * "vượt cùng kỳ", "cao hơn cùng kỳ năm trước", "exceed the same period of the previous year" (folded
 * and stemmed as read, which may cut a word: "exceed" may be "exce", "before" "befor", "preceding"
 * "preced"): above a time, not above another figure. (Only above: "thấp hơn cùng kỳ" of a figure
 * that rose is no fall to give.)
 */
export const ABOVE_A_TIME =
  /\b(?:exce\w*|surpass\w*|outstrip\w*|outpac\w*|(?:higher|more|greater|bigger|larger) than|vuot|(?:cao|nhieu) hon)(?: (?:so voi|so|that of|than|in|during|for|over))* (?:the )?(?:same period|same time|cung ky(?: nam truoc| nam ngoai| nam \d{4})?|nam truoc|nam ngoai|(?:previous|last|prior|preced\w*) year|year befor\w*|a year (?:earli\w*|befor\w*|ago))\b/;
/** "so với năm trước?", "compared with last year?": the change the report states against the year before. */
const LAST_YEAR = /\b(so voi (nam truoc|nam ngoai|cung ky)|(?:^|con |va |the )cung ky(?: nam truoc| nam ngoai)?(?: thi sao)?\W*$|(compar\w* (to|with)|versus|vs|than) (last|the previous|previou|a) year|from last year|year on year)\b/;
/** "so cùng kỳ", "giam bn so nam truoc" (folded): "so" without "với", which unmarked may be "số". */
const BARE_SO = /\bso (nam truoc|nam ngoai|cung ky)\b/;
/** A change asked (folded): "giam bn so nam truoc" compares; "so nam truoc la bn" may ask last year's number. */
const CHANGE_ASKED = /\b(giam|tang|chenh|lech|hon|kem|vuot)\b/;
export const comparesWithLastYear = (intent: Intent): boolean => {
  const folded = intent.raw.map((t) => t.fold).join(" ");
  if (LAST_YEAR.test(folded)) return true;
  if (!BARE_SO.test(folded)) return false;
  // ("Số năm trước là bao nhiêu?" asks last year's number; "so" typed bare among marked words compares.)
  const so = intent.raw.filter((t) => t.fold === "so");
  if (so.some((t) => t.marked)) return false;
  return intent.raw.some((t) => t.marked) || CHANGE_ASKED.test(folded);
};
