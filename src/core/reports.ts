// Which report(s) a question is about: the years it names choose them (a year named as a
// comparison baseline, "so với năm 2023", does not: the report that compares answers); no year
// means the latest report. Two years that two reports cover make a comparison across them.
import type { Intent } from "./intent.ts";
import { latestReport, type LoadedKnowledge } from "./kb.ts";
import type { CompiledReport } from "./kb-types.ts";

export interface ReportChoice {
  /** Facts of these reports answer. */
  reports: ReadonlySet<string>;
  /** Newer and older report when the question compares two years the reports cover. */
  compare?: { newer: CompiledReport; older: CompiledReport };
}

export function chooseReports(k: LoadedKnowledge, intent: Intent): ReportChoice {
  const all = k.kb.reports;
  if (all.length === 1) return { reports: new Set([all[0]!.id]) };
  const covering = (y: number) => all.filter((r) => r.years.includes(y));
  const named = [...new Set(intent.years.filter((y) => !intent.baselineYears.includes(y)))].filter((y) => covering(y).length);
  const byYear = named.map((y) => ({ y, reports: covering(y) })).sort((a, b) => b.y - a.y);
  if (byYear.length >= 2) {
    const newer = byYear[0]!.reports[0]!;
    const older = byYear[byYear.length - 1]!.reports.find((r) => r !== newer);
    if (older) return { reports: new Set([newer.id, older.id]), compare: { newer, older } };
  }
  if (byYear.length === 1) return { reports: new Set(byYear[0]!.reports.map((r) => r.id)) };
  return { reports: new Set([latestReport(k.kb).id]) };
}

/**
 * A comparison with a baseline year another report covers ("… giảm bao nhiêu so với năm 2023?" when
 * a 2023 report is loaded): the report answering and the baseline's, for when the answering report
 * states no change since it (the figure is then worked out across both).
 */
export function baselineComparison(k: LoadedKnowledge, intent: Intent): ReportChoice["compare"] {
  const all = k.kb.reports;
  if (all.length === 1 || !intent.baselineYears.length) return undefined;
  const chosen = chooseReports(k, intent);
  if (chosen.compare || chosen.reports.size !== 1) return undefined;
  const newer = all.find((r) => chosen.reports.has(r.id))!;
  const older = all.find((r) => r !== newer && intent.baselineYears.some((y) => r.years.includes(y)) && Math.max(...r.years) < Math.max(...newer.years));
  return older ? { newer, older } : undefined;
}
