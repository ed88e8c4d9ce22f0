// The period a question asks about against the period a figure covers: "chi cân đối cả năm 2024"
// is not the 11 months the report gives, nor is "full-year revenue" the revenue up to 6 December.
import type { Intent } from "./intent.ts";
import type { CompiledFact } from "./kb-types.ts";
import { fold } from "./normalize.ts";

/** "cả năm", "trọn năm", "full year": the whole year, not a part of it. */
const WHOLE_YEAR = /\b(ca nam|tron nam|nguyen nam|suot nam|full[ -]year|whole year|entire year|all year|the year as a whole)\b/;

/** A figure of part of a year: "11 tháng năm 2024", "đến ngày 06/12/2024" (not the report's date). */
const PART_OF_YEAR = /\b\d{1,2} thang\b|\bden ngay\b|\bquy [1-4i]+\b|\b6 thang\b/;

export const asksWholeYear = (intent: Intent): boolean => WHOLE_YEAR.test(intent.raw.map((t) => t.fold).join(" "));

export const coversPartOfYear = (f: CompiledFact): boolean => PART_OF_YEAR.test(fold(f.period.vi).toLowerCase());
