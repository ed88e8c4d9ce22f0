// A large sum in millions is hard to read ("11.145.304 triệu đồng"): the web shows it exact first,
// then in billions, "11.145.304 triệu đồng (≈ 11.145 tỷ đồng)". The widget script carries the same
// function in plain JavaScript (moneyInBillions in assets/widget-js.ts); a test keeps the two equal.
import type { Lang } from "../../src/core/index.ts";

/** The units in millions the facts use, and the same unit in billions, in the facts' own words. */
export const BILLIONS: Readonly<Record<string, string>> = { "triệu đồng": "tỷ đồng", "million VND": "billion VND" };

/** "1234567.8" → "1.234.567,8" (vi) or "1,234,567.8" (en): the replies' number format. */
function group(fixed: string, lang: Lang): string {
  const [int, frac] = fixed.split(".");
  const [sep, dec] = lang === "vi" ? [".", ","] : [",", "."];
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return frac ? grouped + dec + frac : grouped;
}

/**
 * "≈ 11.145 tỷ đồng" for 11145304 triệu đồng; "= 2 tỷ đồng" when the rounding is exact; null
 * below 1.000 (millions read fine) or for any other unit. Three significant digits at least:
 * whole billions from 100, one decimal from 10, two below.
 */
export function moneyInBillions(value: number | null, unit: string, lang: Lang): string | null {
  const larger = Object.hasOwn(BILLIONS, unit) ? BILLIONS[unit] : undefined;
  if (!larger || value === null || !Number.isFinite(value) || Math.abs(value) < 1000) return null;
  const billions = value / 1000;
  const size = Math.abs(billions);
  const digits = size >= 100 ? 0 : size >= 10 ? 1 : 2;
  const rounded = size.toFixed(digits);
  const fixed = rounded.includes(".") ? rounded.replace(/0+$/, "").replace(/\.$/, "") : rounded;
  const exact = Number(fixed) === size;
  return `${exact ? "=" : "≈"} ${billions < 0 ? "-" : ""}${group(fixed, lang)} ${larger}`;
}
