// The reports latest first, each with the years it covers: the order GET /api/reports lists them
// in, and the groups of /explore and of the chat page's topic chips. Shared by the API and web
// adapters (adapters do not import each other).
import { reports, type Lang } from "../core/index.ts";

type CoreReport = ReturnType<typeof reports>[number];
export type DatedReport = CoreReport & { years: number[] };

/** What the order needs: the years a report covers and the date it was signed (YYYY-MM-DD). */
export interface Dated {
  years: readonly number[];
  date: string;
}

/** Latest first: by the latest year covered, then the later signing date (a newer report on the same year first). */
export function latestFirst<T extends Dated>(list: readonly T[]): T[] {
  const latest = (r: Dated) => (r.years.length ? Math.max(...r.years) : -Infinity);
  return [...list].sort((a, b) => latest(b) - latest(a) || b.date.localeCompare(a.date));
}

/** The core's report metadata with `years`, latest first. */
export function reportsLatestFirst(lang: Lang = "vi"): DatedReport[] {
  return latestFirst(reports(lang));
}

/** Items grouped by their report, the reports in `order` (latest first); items keep their order. */
export function groupByReport<R extends { id: string }, T extends { reportId: string }>(items: readonly T[], order: readonly R[]): { report: R; items: T[] }[] {
  return order.map((report) => ({ report, items: items.filter((i) => i.reportId === report.id) })).filter((g) => g.items.length);
}

/** "Năm 2024" / "2024"; "Năm 2023, 2024" for a report over two years. */
export function yearsLabel(years: readonly number[], lang: Lang): string {
  const list = [...years].sort((a, b) => a - b).join(", ");
  return lang === "vi" ? `Năm ${list}` : list;
}
