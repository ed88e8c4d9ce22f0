// The compiled knowledge base, loaded once per isolate on first use, and each report's search
// index: the latest report's is loaded with the knowledge base, an older one the first time a
// question's year picks it, and only a few are kept, so startup and memory grow with one report.
import MiniSearch from "minisearch";
import { INDEX_JSON_BY_REPORT, KB } from "../../knowledge/dist/kb.gen.ts";
import { FIELD_BOOST, INDEX_OPTIONS, type IndexedDoc } from "./index-options.ts";
import { placeTable, type Intent } from "./intent.ts";
import type { PhraseTable } from "./phrase-table.ts";
import { TermScores } from "./term-scores.ts";
import type { CompiledFact, CompiledReport, KnowledgeBase } from "./kb-types.ts";

/** One report's search index and what searching it needs. */
export interface ReportIndex {
  report: CompiledReport;
  /** Where the report's facts begin in KnowledgeBase.facts (they are contiguous). */
  start: number;
  /** How many facts the report has. */
  size: number;
  /** Documents are numbered from 0 within the report: fact `start + id` of the knowledge base. */
  index: MiniSearch<IndexedDoc>;
  /** Every term the index holds: a query term outside it cannot match, so it is not sent. */
  vocabulary: ReadonlySet<string>;
  /** Each term's MiniSearch score per fact, computed on first use. */
  termScores: TermScores;
}

export interface LoadedKnowledge {
  kb: KnowledgeBase;
  /** A report's search index, loaded on first use; the latest report's is loaded with the rest. */
  indexOf: (reportId: string) => ReportIndex;
  byId: Map<string, CompiledFact>;
  reportOf: (fact: CompiledFact) => CompiledReport;
  contentFolds: ReadonlySet<string>;
  contentAccents: ReadonlySet<string>;
  /** Every place name the loaded reports answer for. */
  places: PhraseTable<string>;
  /** Places inside those (districts, towns), each named by its report. */
  subPlaces: PhraseTable<string>;
  /** When set, searches see only the facts of these reports (the reports a question is about). */
  scope?: ReadonlySet<string>;
}

/** The same knowledge, with searches limited to some reports (caches are shared: they key on kb). */
export const scoped = (k: LoadedKnowledge, reports: ReadonlySet<string>): LoadedKnowledge => ({ ...k, scope: reports });

/** The years the reports cover. */
export const reportYears = (k: LoadedKnowledge): Set<number> => new Set(k.kb.reports.flatMap((r) => r.years));

/** Years the words name, beyond a baseline ("so với năm 2023"), that no report covers. */
export function strayYearsOf(k: LoadedKnowledge, intent: Intent): number[] {
  const known = reportYears(k);
  return intent.years.filter((y) => !known.has(y) && !intent.baselineYears.includes(y));
}

/**
 * Indexes kept per isolate besides the latest report's: a comparison across years needs two, and
 * one report's index is ~2.1 MiB of heap, ~2.6 with the term scores of the dev questions.
 */
export const MAX_OLDER_INDEXES = 3;

let loaded: LoadedKnowledge | undefined;

/** The knowledge base this isolate ships (built by `npm run build:kb`), loaded once on first use. */
export function knowledge(): LoadedKnowledge {
  return (loaded ??= loadKnowledge(KB, INDEX_JSON_BY_REPORT));
}

/** The reports, the one covering the latest year first (listed order kept on ties). */
export function reportsLatestFirst(kb: KnowledgeBase): CompiledReport[] {
  return [...kb.reports].sort((a, b) => Math.max(...b.years) - Math.max(...a.years));
}

/** The report a question without a year is about: the one covering the latest year (first on ties). */
export const latestReport = (kb: KnowledgeBase): CompiledReport => reportsLatestFirst(kb)[0]!;

/** Where each report's facts lie in kb.facts; the build writes a report's facts together. */
function factRanges(kb: KnowledgeBase): Map<string, { start: number; size: number }> {
  const ranges = new Map<string, { start: number; size: number }>();
  kb.facts.forEach((f, n) => {
    const range = ranges.get(f.reportId);
    if (!range) ranges.set(f.reportId, { start: n, size: 1 });
    else if (range.start + range.size === n) range.size++;
    else throw new Error(`knowledge: the facts of report "${f.reportId}" are not contiguous`);
  });
  return ranges;
}

function loadIndex(report: CompiledReport, range: { start: number; size: number }, json: string): ReportIndex {
  // loadJSON is JSON.parse + loadJS: parsing once here also yields the vocabulary.
  const serialized = JSON.parse(json) as Parameters<typeof MiniSearch.loadJS>[0] & { index: [string, unknown][] };
  const vocabulary = new Set(serialized.index.map(([term]) => term));
  const index = MiniSearch.loadJS<IndexedDoc>(serialized, INDEX_OPTIONS);
  return { report, ...range, index, vocabulary, termScores: new TermScores(index, vocabulary, FIELD_BOOST, range.start) };
}

/**
 * A compiled knowledge base and its reports' serialized indexes (by report id), ready to answer
 * (tests load others). Only the latest report's index is parsed now.
 */
export function loadKnowledge(kb: KnowledgeBase, indexJSONByReport: Readonly<Record<string, string>>): LoadedKnowledge {
  const reports = new Map(kb.reports.map((r) => [r.id, r]));
  const ranges = factRanges(kb);
  const latest = latestReport(kb).id;
  // Insertion order is use order: a report used again moves to the end, the first is evicted.
  const older = new Map<string, ReportIndex>();
  const load = (id: string): ReportIndex => {
    const report = reports.get(id);
    const json = indexJSONByReport[id];
    if (!report || json === undefined) throw new Error(`knowledge: no index for report "${id}"`);
    return loadIndex(report, ranges.get(id) ?? { start: 0, size: 0 }, json);
  };
  const latestIndex = load(latest);
  const indexOf = (id: string): ReportIndex => {
    if (id === latest) return latestIndex;
    let r = older.get(id);
    if (r) older.delete(id);
    else {
      r = load(id);
      if (older.size >= MAX_OLDER_INDEXES) older.delete(older.keys().next().value!);
    }
    older.set(id, r);
    return r;
  };
  return {
    kb,
    indexOf,
    byId: new Map(kb.facts.map((f) => [f.id, f])),
    reportOf: (f) => reports.get(f.reportId)!,
    contentFolds: new Set(kb.contentFolds),
    contentAccents: new Set(kb.contentAccents),
    places: placeTable(kb.reports.flatMap((r) => r.places)),
    subPlaces: placeTable(kb.reports.flatMap((r) => r.subPlaces)),
  };
}
