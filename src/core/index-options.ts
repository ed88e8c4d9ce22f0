// MiniSearch options shared by the build (which indexes) and the app (which loads the index):
// texts are analyzed before they reach MiniSearch, so its tokenizer only splits on spaces.
import type { Options } from "minisearch";

export interface IndexedDoc {
  /** Position of the fact in KnowledgeBase.facts. */
  n: number;
  label: string;
  aliases: string;
  question: string;
  section: string;
  quote: string;
  detail: string;
}

export const INDEX_FIELDS = ["label", "aliases", "question", "section", "quote", "detail"] as const;

export const INDEX_OPTIONS: Options<IndexedDoc> = {
  idField: "n",
  fields: [...INDEX_FIELDS],
  tokenize: (text) => (text ? text.split(" ") : []),
  processTerm: (term) => term || null,
};
