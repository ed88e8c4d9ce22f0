// MiniSearch options shared by the build (which indexes each report apart) and the app (which loads
// a report's index when a question needs it): texts are analyzed before they reach MiniSearch, so
// its tokenizer only splits on spaces.
import type { Options } from "minisearch";

export interface IndexedDoc {
  /** Position of the fact among its report's facts (the index is the report's own). */
  n: number;
  /** What the fact is called: labels, aliases, its model questions (both languages). */
  names: string;
  /** The report's sentence and, for statements, the answer. */
  quote: string;
  /** Scope, unit, comparison and section title. */
  detail: string;
}

export const INDEX_FIELDS = ["names", "quote", "detail"] as const;

/** What a fact is called weighs most, its sentence next, its scope and unit least. */
export const FIELD_BOOST: Record<(typeof INDEX_FIELDS)[number], number> = { names: 2.5, quote: 1, detail: 0.5 };

export const INDEX_OPTIONS: Options<IndexedDoc> = {
  idField: "n",
  fields: [...INDEX_FIELDS],
  tokenize: (text) => (text ? text.split(" ") : []),
  processTerm: (term) => term || null,
};
