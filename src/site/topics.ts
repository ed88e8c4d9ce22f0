// Topic chips: the sections that hold at least one figure, in report order. Rendered on the web
// page and served as JSON at /chat/topics (API adapter).
import { facts, sections, type Lang } from "../core/index.ts";

export function topics(lang: Lang): { id: string; title: string }[] {
  const withFigures = new Set(facts(lang).filter((f) => f.value !== null).map((f) => f.sectionId));
  return sections(lang)
    .filter((s) => withFigures.has(s.id))
    .map(({ id, title }) => ({ id, title }));
}
