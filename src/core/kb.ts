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
}

let loaded: LoadedKnowledge | undefined;

export function knowledge(): LoadedKnowledge {
  if (loaded) return loaded;
  const reports = new Map(KB.reports.map((r) => [r.id, r]));
  // loadJSON is JSON.parse + loadJS: parsing once here also yields the vocabulary.
  const serialized = JSON.parse(INDEX_JSON) as Parameters<typeof MiniSearch.loadJS>[0] & { index: [string, unknown][] };
  const vocabulary = new Set(serialized.index.map(([term]) => term));
  const index = MiniSearch.loadJS<IndexedDoc>(serialized, INDEX_OPTIONS);
  loaded = {
    kb: KB,
    vocabulary,
    index,
    termScores: new TermScores(index, vocabulary, FIELD_BOOST),
    byId: new Map(KB.facts.map((f) => [f.id, f])),
    reportOf: (f) => reports.get(f.reportId)!,
    contentFolds: new Set(KB.contentFolds),
    contentAccents: new Set(KB.contentAccents),
    places: placeTable(KB.reports.flatMap((r) => r.places)),
  };
  return loaded;
}
