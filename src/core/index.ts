// The core's public surface: adapters and routes import from here and nothing else in src/core.
import type { Lang } from "./answer.ts";
import { answerFactOf, citationOf, composeAnswer, figureOf } from "./compose.ts";
import { knowledge, reportsLatestFirst } from "./kb.ts";

export { ask, answerFact, searchAnswers, MAX_QUESTION_CHARS } from "./ask.ts";
export { explain } from "./explain.ts";
export { AbstainReason, Answer, HANDOFF_REASONS, AnswerFact, AskOptions, Citation, Derivation, Highlight, Lang } from "./answer.ts";
export { detectLang } from "./lang.ts";
export { formatNumber, formatReportDate } from "./numbers.ts";
export { fold } from "./normalize.ts";

export interface SectionSummary {
  reportId: string;
  id: string;
  title: string;
  factIds: string[];
}

/** The reports' sections, in report order, with the facts each holds. */
export function sections(lang: Lang = "vi"): SectionSummary[] {
  const { kb } = knowledge();
  return kb.reports.flatMap((r) =>
    r.sections.map((s) => ({
      reportId: r.id,
      id: s.id,
      title: s.title[lang],
      factIds: kb.facts.filter((f) => f.reportId === r.id && f.section === s.id).map((f) => f.id),
    })),
  );
}

/** One answer listing a section's figures (numeric facts first), each cited. */
export function sectionAnswer(sectionId: string, lang: Lang = "vi", limit = 8, reportId?: string) {
  const k = knowledge();
  // Reports reuse section ids: the section of the given report, by default the latest one's.
  const report = reportId ? k.kb.reports.find((r) => r.id === reportId) : reportsLatestFirst(k.kb).find((r) => r.sections.some((s) => s.id === sectionId));
  if (!report) return null;
  const facts = k.kb.facts.filter((f) => f.reportId === report.id && f.section === sectionId).sort((a, b) => Number(a.value === null) - Number(b.value === null));
  const title = report.sections.find((s) => s.id === sectionId)?.title[lang] ?? "";
  return facts.length ? composeAnswer(k, facts.slice(0, limit), lang, { list: title }) : null;
}

/** The headline figures (greeting, empty inline query). */
export function headlineFactIds(): string[] {
  return knowledge().kb.facts.filter((f) => f.headline).map((f) => f.id);
}

/** Report metadata for "/nguon" and the API. */
export function reports(lang: Lang = "vi") {
  return knowledge().kb.reports.map((r) => ({
    id: r.id,
    number: r.number,
    date: r.date,
    issuer: r.issuer[lang],
    title: r.title[lang],
    published: r.published,
    source: r.source,
    citation: r.citation[lang],
    years: r.years,
    sections: r.sections.map((s) => ({ id: s.id, title: s.title[lang] })),
  }));
}

/** Every fact as the API lists it, with its citation. */
export function facts(lang: Lang = "vi") {
  const k = knowledge();
  return k.kb.facts.map((f) => ({
    ...answerFactOf(f, lang),
    reportId: f.reportId,
    sectionId: f.section,
    kind: f.kind,
    figure: figureOf(f, lang),
    scope: f.scope[lang],
    period: f.period[lang],
    question: f.question[lang],
    citation: citationOf(k, f, lang),
  }));
}

export function knowledgeVersion(): { version: string; facts: number } {
  const { kb } = knowledge();
  return { version: kb.version, facts: kb.facts.length };
}
