// Reading each number by its own shape, because one report mixes conventions: "1,117" and "1.895"
// are thousands, "2.47%" and "94,5%" decimals, "31/34" a part of a whole, "04" is 4. The value
// comes from the same parser the build checks with, so a drafted value always passes that check.
import { NUMBER_TOKEN, parseReportNumber } from "../../src/core/numbers.ts";

export type Reading = "integer" | "leading-zero" | "thousands" | "decimal" | "fraction" | "unreadable";

export interface NumberReading {
  raw: string;
  value: number | null;
  /** For "31/34": the whole (34). */
  total?: number;
  reading: Reading;
  /** The separator the number uses, if any: thousands or decimal as `reading` says. */
  separator?: "," | "." | "/";
  percent: boolean;
  /**
   * One separator followed by exactly three digits ("1,117", "2.500"): read as thousands, which is
   * right for counts but could be a decimal for a measured quantity ("2,500 tỷ đồng").
   */
  ambiguous: boolean;
}

export function readNumber(raw: string): NumberReading {
  const percent = raw.endsWith("%");
  const text = raw.replace(/%$/, "");
  const base = { raw, percent, ambiguous: false };
  let value: number;
  try {
    value = parseReportNumber(raw);
  } catch {
    return { ...base, value: null, reading: "unreadable" };
  }
  if (text.includes("/")) {
    const [, whole] = text.split("/");
    return { ...base, value, total: parseReportNumber(whole!), reading: "fraction", separator: "/" };
  }
  const separator = /[.,]/.exec(text)?.[0] as "," | "." | undefined;
  if (!separator) return { ...base, value, reading: /^0\d/.test(text) ? "leading-zero" : "integer" };
  const parts = text.split(/[.,]/);
  const reading: Reading = Number.isInteger(value) && parts.length > 1 && parts.slice(1).every((p) => p.length === 3) && !(percent && parts.length === 2) ? "thousands" : "decimal";
  return { ...base, value, reading, separator, ambiguous: reading === "thousands" && parts.length === 2 };
}

export interface NumberAt {
  raw: string;
  /** Offset in the source. */
  at: number;
}

/** Every number token between two offsets, exactly as the build's coverage check sees them. */
export function numbersIn(source: string, start: number, end: number): NumberAt[] {
  return [...source.slice(start, end).matchAll(NUMBER_TOKEN)].map((m) => ({ raw: m[0], at: start + m.index }));
}
