// The compiled knowledge base and its prebuilt index, loaded once per isolate on first use.
import MiniSearch from "minisearch";
import { INDEX_JSON, KB } from "../../knowledge/dist/kb.gen.ts";
import { FIELD_BOOST, INDEX_OPTIONS, type IndexedDoc } from "./index-options.ts";
import { placeTable } from "./intent.ts";
import type { PhraseTable } from "./phrase-table.ts";
import { TermScores } from "./term-scores.ts";
import type { CompiledFact, CompiledReport, KnowledgeBase } from "./kb-types.ts";

export interface LoadedKnowledge {
  kb: KnowledgeBase;
  index: MiniSearch<IndexedDoc>;
  /** Every term the index holds: a query term outside it cannot match, so it is not sent. */
  vocabulary: ReadonlySet<string>;
  /** Each term's MiniSearch score per fact, computed on first use. */
  termScores: TermScores;
  byId: Map<string, CompiledFact>;
  reportOf: (fact: CompiledFact) => CompiledReport;
  contentFolds: ReadonlySet<string>;
  contentAccents: ReadonlySet<string>;
  /** Every place name the loaded reports answer for. */
  places: PhraseTable<string>;
  /** When set, searches see only the facts of these reports (the reports a question is about). */
  scope?: ReadonlySet<string>;
}

/** The same knowledge, with searches limited to some reports (caches are shared: they key on kb). */
export const scoped = (k: LoadedKnowledge, reports: ReadonlySet<string>): LoadedKnowledge => ({ ...k, scope: reports });

let loaded: LoadedKnowledge | undefined;

/** The knowledge base this isolate ships (built by `npm run build:kb`), loaded once on first use. */
export function knowledge(): LoadedKnowledge {
  return (loaded ??= loadKnowledge(KB, INDEX_JSON));
}

/** A compiled knowledge base and its serialized index, ready to answer (tests load others). */
export function loadKnowledge(kb: KnowledgeBase, indexJSON: string): LoadedKnowledge {
  const reports = new Map(kb.reports.map((r) => [r.id, r]));
  // loadJSON is JSON.parse + loadJS: parsing once here also yields the vocabulary.
  const serialized = JSON.parse(indexJSON) as Parameters<typeof MiniSearch.loadJS>[0] & { index: [string, unknown][] };
  const vocabulary = new Set(serialized.index.map(([term]) => term));
  const index = MiniSearch.loadJS<IndexedDoc>(serialized, INDEX_OPTIONS);
  return {
    kb,
    vocabulary,
    index,
    termScores: new TermScores(index, vocabulary, FIELD_BOOST),
    byId: new Map(kb.facts.map((f) => [f.id, f])),
    reportOf: (f) => reports.get(f.reportId)!,
    contentFolds: new Set(kb.contentFolds),
    contentAccents: new Set(kb.contentAccents),
    places: placeTable(kb.reports.flatMap((r) => r.places)),
  };
}
