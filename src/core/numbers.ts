// The report mixes number conventions ("1,117" and "1.895" are thousands, "2.47%" and "94,5%"
// are decimals), so parsing looks at the shape of each number rather than at a locale.

/** Matches a number token as the coverage check and the parser see it. */
export const NUMBER_TOKEN = /\d+(?:[.,/]\d+)*%?/g;

/**
 * Parses a number as printed in a Vietnamese report.
 * - "31/34" → 31 (a fraction's numerator; the total is kept apart in the fact)
 * - groups of exactly three digits after each separator → thousands ("1,117", "11.145.304")
 * - otherwise the single separator is a decimal mark ("2.47%", "94,5%")
 */
export function parseReportNumber(raw: string): number {
  const text = raw.trim().replace(/%$/, "");
  if (!/^\d+(?:[.,/]\d+)*$/.test(text)) throw new Error(`numbers: cannot parse "${raw}"`);
  if (text.includes("/")) return parseReportNumber(text.split("/")[0]!);
  const parts = text.split(/[.,]/);
  if (parts.length === 1) return Number(parts[0]);
  const groupsOfThree = parts.slice(1).every((p) => p.length === 3);
  const isPercent = raw.trim().endsWith("%");
  // "2.470%" would be ambiguous; a percentage with a single separator reads as a decimal.
  if (groupsOfThree && !(isPercent && parts.length === 2)) return Number(parts.join(""));
  if (parts.length === 2) return Number(`${parts[0]}.${parts[1]}`);
  throw new Error(`numbers: ambiguous separators in "${raw}"`);
}

export type Lang = "vi" | "en";

const formatters = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
};

/** Formats a value one way per language: vi 1.117 / 2,47; en 1,117 / 2.47. */
export function formatNumber(value: number, lang: Lang): string {
  // Intl in some runtimes ships without full ICU data; fall back to explicit grouping.
  const out = formatters[lang].format(value);
  if (lang === "vi" && value >= 1000 && !out.includes(".")) return manualGroup(value, ".", ",");
  return out;
}

function manualGroup(value: number, group: string, decimal: string): string {
  const [int, frac] = String(value).split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return frac ? `${grouped}${decimal}${frac}` : grouped;
}

/** A figure with its unit: "94,5%", "1.117 thủ tục hành chính", "11.145.304 triệu đồng". */
export function formatFigure(value: number, unit: string, lang: Lang, total?: number): string {
  const n = formatNumber(value, lang);
  const of = total === undefined ? "" : lang === "vi" ? `/${formatNumber(total, lang)}` : ` of ${formatNumber(total, lang)}`;
  if (unit === "%") return `${n}%`;
  return `${n}${of} ${unit}`;
}

/** "2024-12-20" → "20/12/2024": every date shown the way the reports write them (one definition). */
export function formatReportDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return y && m && d ? `${d}/${m}/${y}` : iso;
}

/** Numbers a user quotes, as values ("ngoài 1.117 TTHC", "94,5%"); years left out: they name a period. */
export function quotedNumbers(text: string): number[] {
  return [...text.matchAll(NUMBER_TOKEN)].map((m) => m[0]).filter((raw) => !/^(19|20)\d\d$/.test(raw)).flatMap((raw) => {
    try {
      return [parseReportNumber(raw)];
    } catch {
      return [];
    }
  });
}
