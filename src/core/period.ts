// The period a question asks about against the period a figure covers: "chi cân đối cả năm 2024"
// is not the 11 months the report gives, nor is "full-year revenue" the revenue up to 6 December,
// nor "6 tháng đầu năm" either of them.
import type { Intent } from "./intent.ts";
import type { CompiledFact } from "./kb-types.ts";
import { fold } from "./normalize.ts";

/** "cả năm", "trọn năm", "full year": the whole year, not a part of it. */
const WHOLE_YEAR = /\b(ca nam|tron nam|nguyen nam|suot nam|full[ -]year|whole year|entire year|all year|the year as a whole)\b/;

/** A figure of part of a year: "11 tháng năm 2024", "đến ngày 06/12/2024" (not the report's date). */
const PART_OF_YEAR = /\b\d{1,2} thang\b|\bden ngay\b|\bquy [1-4i]+\b|\b6 thang\b/;

export const asksWholeYear = (intent: Intent): boolean => WHOLE_YEAR.test(intent.raw.map((t) => t.fold).join(" "));

export const coversPartOfYear = (f: CompiledFact): boolean => PART_OF_YEAR.test(fold(f.period.vi).toLowerCase());

/** "6 tháng đầu năm", "quý 1", "first half": a part of the year named. */
const PART_NAMED = /\b(\d{1,2}) thang\b|\bquy (\d|i{1,3}|iv)\b|\b(first|second) half\b|\bfirst (\d{1,2}) months\b|\bsau thang\b/;
const MONTHS = /\b(\d{1,2}) thang\b/;

/** "chi cân đối 6 tháng đầu năm" when the report gives 11 months: another part of the year. */
export function otherPartOfYear(asked: Intent, fact: CompiledFact): boolean {
  const text = asked.raw.map((t) => t.fold).join(" ");
  const named = PART_NAMED.exec(text);
  if (!named) return false;
  const period = fold(fact.period.vi).toLowerCase();
  const own = MONTHS.exec(period);
  // The same number of months is the same period ("11 tháng"); any other part is another period.
  if (own && named[1] === own[1]) return false;
  return own !== null || /\bden ngay\b/.test(period);
}
