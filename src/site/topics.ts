// Topic chips: the sections that hold at least one figure, the latest report's first, each
// report's in report order. Rendered on the web page (grouped by report) and served as JSON at
// /chat/topics (API adapter).
import { facts, sections, type Lang } from "../core/index.ts";
import { reportsLatestFirst } from "./reports.ts";

export function topics(lang: Lang): { id: string; title: string; reportId: string }[] {
  const withFigures = new Set(facts(lang).filter((f) => f.value !== null).map((f) => `${f.reportId}\n${f.sectionId}`));
  const all = sections(lang).filter((s) => withFigures.has(`${s.reportId}\n${s.id}`));
  return reportsLatestFirst(lang).flatMap((r) => all.filter((s) => s.reportId === r.id).map(({ id, title, reportId }) => ({ id, title, reportId })));
}
