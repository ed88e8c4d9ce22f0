// Numbers of a report's body that are not figures: dates, document numbers, years, months,
// weekdays, lengths of a period, references to an article, numbering. Each gets a reason and, when
// the number alone would also match figures, the verbatim words around it as context.
import type { NumberAt } from "./numbers.ts";

export interface Excluded {
  raw: string;
  reason: string;
  /** Verbatim text holding the number; absent when every occurrence of raw shares the reason. */
  context?: string;
  /** The kind of exclusion, to group occurrences ("year" ones can drop their context). */
  kind: "year" | "date" | "document" | "weekday" | "day" | "month" | "period" | "reference" | "numbering" | "name";
}

export interface Around {
  /** Text of the line before the number, and after it. */
  before: string;
  after: string;
  /** The number stands at the start of its line. */
  lineStart: boolean;
}

const YEAR = /^(19|20)\d{2}$/;
const int = (raw: string) => (/^\d+$/.test(raw) ? Number(raw) : NaN);

/**
 * Context strings are matched by the build wherever they occur, so each one ends on a boundary:
 * the next word is included, so that "tháng 7" cannot match inside "tháng 75".
 */
function withNextWord(core: string, after: string): string {
  const next = /^(\s*[^\s\d]+)/u.exec(after);
  return next ? core + next[1] : core;
}

export function classifyNumber(n: NumberAt, around: Around): Excluded | null {
  const { raw } = n;
  const { before, after } = around;
  const value = int(raw);

  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(raw)) return { raw, kind: "date", reason: "a date (day/month/year)" };
  const dayMonth = /(ngày|Ngày)\s*$/u.exec(before);
  if (dayMonth && /^\d{1,2}\/\d{1,2}$/.test(raw)) return { raw, kind: "date", reason: "a date (day/month)", context: withNextWord(dayMonth[0] + raw, after) };
  const code = /^\/[\p{Lu}Đ][\p{L}\d\-/]*/u.exec(after);
  if (code) return { raw, kind: "document", reason: `document number (${raw}${code[0]})`, context: `${raw}${code[0]}` };

  // "31 / 12 / 2024": a date printed with spaces, one number token per part.
  const spacedBefore = /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*$/.exec(before);
  const spacedAfter = /^\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/.exec(after);
  const spacedMiddle = /(\d{1,2})\s*\/\s*$/.exec(before) && /^\s*\/\s*(\d{4})/.exec(after);
  if (spacedAfter && value <= 31) return { raw, kind: "day", reason: "day of a date", context: raw + spacedAfter[0] };
  if (spacedMiddle && value <= 12) {
    const left = /(\d{1,2})\s*\/\s*$/.exec(before)!;
    return { raw, kind: "month", reason: "month of a date", context: left[0] + raw + /^\s*\/\s*\d{4}/.exec(after)![0] };
  }
  if (spacedBefore && YEAR.test(raw)) return { raw, kind: "year", reason: "year", context: spacedBefore[0] + raw };

  const word = (re: RegExp) => re.exec(before);
  const weekday = word(/(Thứ|thứ)\s*$/u);
  if (weekday && value >= 2 && value <= 7 && /^\s*,/.test(after)) return { raw, kind: "weekday", reason: `weekday (Thứ ${raw})`, context: withNextWord(weekday[0] + raw, after) };
  const month = word(/(tháng|Tháng)\s*$/u);
  if (month && value >= 1 && value <= 12) return { raw, kind: "month", reason: `month (tháng ${raw})`, context: withNextWord(month[0] + raw, after) };
  const day = word(/(ngày|Ngày)\s*$/u);
  if (day && value >= 1 && value <= 31 && !/^\s*(ngày|tháng|năm)/u.test(after)) return { raw, kind: "day", reason: `day of a month (ngày ${raw})`, context: withNextWord(day[0] + raw, after) };
  const quarter = word(/(quý|Quý)\s*$/u);
  if (quarter && value >= 1 && value <= 4) return { raw, kind: "period", reason: `quarter (quý ${raw})`, context: withNextWord(quarter[0] + raw, after) };

  if (YEAR.test(raw)) {
    const yearWord = /(năm|Năm|giai đoạn|Giai đoạn|niên độ|từ|đến|khóa|nhiệm kỳ)\s*$/u.test(before);
    const range = /^\s*[-–]\s*(19|20)\d{2}/.test(after) || /(19|20)\d{2}\s*[-–]\s*$/.test(before);
    if (yearWord || range) return { raw, kind: "year", reason: "year", context: withNextWord((/(\S+\s*)$/u.exec(before)?.[0] ?? "") + raw, after) };
  }

  const length = /^(\s+)(tháng|năm)(?![\p{L}\p{M}])/u.exec(after);
  if (length && value >= 1 && value <= 24)
    return { raw, kind: "period", reason: `length of the period a figure covers (${raw} ${length[2]}), not a figure`, context: raw + length[0] };

  const ref = word(/(Điều|điều|khoản|Khoản|điểm|Điểm|Chương|chương|Mục|mục|Phần|phần|Phụ lục|phụ lục)\s*$/u);
  if (ref && /^\d+$/.test(raw)) return { raw, kind: "reference", reason: `reference to a part of a document (${ref[1]} ${raw})`, context: withNextWord(ref[0] + raw, after) };

  if (around.lineStart && /^[.)]\s/.test(after)) return { raw, kind: "numbering", reason: "numbering of a heading or list item", context: withNextWord(raw + after.slice(0, 1), after.slice(1)) };
  // Glued to a word: part of a name or code ("COVID-19", "ISO 9001" is spaced and stays a figure).
  if (/[\p{L}\-]$/u.test(before)) return { raw, kind: "name", reason: "part of a name or code", context: (/[\p{L}\-]+$/u.exec(before)?.[0] ?? "") + raw };
  return null;
}
