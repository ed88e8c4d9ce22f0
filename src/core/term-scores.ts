// MiniSearch's score of each term of one report's index, memoized per isolate. A question's score
// for a fact is then combined from its terms the way MiniSearch's OR query does (see search.ts):
// same ranking, but a term is scored over the index once instead of on every question that uses it.
import type MiniSearch from "minisearch";
import { BoundedMemo } from "./budget.ts";
import type { IndexedDoc } from "./index-options.ts";

export interface TermHit {
  /** Position of the fact in KnowledgeBase.facts. */
  n: number;
  /** MiniSearch's BM25 score of the term alone for this fact, field boosts applied. */
  score: number;
}

const NONE: readonly TermHit[] = [];

export class TermScores {
  /** Bounded by the report's vocabulary: only terms its index holds are memoized. */
  readonly #memo = new Map<string, readonly TermHit[]>();
  readonly #fuzzy = new BoundedMemo<string, readonly TermHit[]>();

  /** `start`: where the report's facts begin in KnowledgeBase.facts (its index numbers them from 0). */
  constructor(
    private readonly index: MiniSearch<IndexedDoc>,
    private readonly vocabulary: ReadonlySet<string>,
    private readonly boost: Record<string, number>,
    private readonly start = 0,
  ) {}

  #search(term: string, fuzzy?: number): TermHit[] {
    return this.index.search(term, { boost: this.boost, ...(fuzzy === undefined ? {} : { fuzzy }) }).map((r) => ({ n: this.start + (r.id as number), score: r.score }));
  }

  /** Facts that hold `term`, with its score; none for a term outside the index. */
  of(term: string): readonly TermHit[] {
    let hits = this.#memo.get(term);
    if (hits) return hits;
    if (!this.vocabulary.has(term)) return NONE;
    hits = this.#search(term);
    this.#memo.set(term, hits);
    return hits;
  }

  /** Has `fuzzy(term)` been computed (and is still memoized)? The caller counts the scans it costs. */
  hasFuzzy(term: string): boolean {
    return this.#fuzzy.get(term) !== undefined;
  }

  /** Facts holding a word within a few typos of `term` (English words typed wrong); memoized, bounded. */
  fuzzy(term: string, distance: number): readonly TermHit[] {
    return this.#fuzzy.get(term) ?? this.#fuzzy.set(term, this.#search(term, distance));
  }
}
