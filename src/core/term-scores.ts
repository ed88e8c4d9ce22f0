// MiniSearch's score of each index term, memoized per isolate. A question's score for a fact is
// then combined from its terms the way MiniSearch's OR query does (see search.ts): same ranking,
// but a term is scored over the index once instead of on every question that uses it.
import type MiniSearch from "minisearch";
import { BoundedMemo, work } from "./budget.ts";
import type { IndexedDoc } from "./index-options.ts";

export interface TermHit {
  /** Position of the fact in KnowledgeBase.facts. */
  n: number;
  /** MiniSearch's BM25 score of the term alone for this fact, field boosts applied. */
  score: number;
}

const NONE: readonly TermHit[] = [];

export class TermScores {
  /** Bounded by the vocabulary: only terms the index holds are memoized. */
  readonly #memo = new Map<string, readonly TermHit[]>();

  constructor(
    private readonly index: MiniSearch<IndexedDoc>,
    private readonly vocabulary: ReadonlySet<string>,
    private readonly boost: Record<string, number>,
  ) {}

  /** Facts that hold `term`, with its score; none for a term outside the index. */
  of(term: string): readonly TermHit[] {
    let hits = this.#memo.get(term);
    if (hits) return hits;
    if (!this.vocabulary.has(term)) return NONE;
    hits = this.index.search(term, { boost: this.boost }).map((r) => ({ n: r.id as number, score: r.score }));
    this.#memo.set(term, hits);
    return hits;
  }

  readonly #fuzzy = new BoundedMemo<string, readonly TermHit[]>();

  /** Facts holding a word within a few typos of `term` (English words typed wrong); memoized, bounded. */
  fuzzy(term: string, distance: number): readonly TermHit[] {
    const memo = this.#fuzzy.get(term);
    if (memo) return memo;
    work.fuzzySearches++;
    return this.#fuzzy.set(term, this.index.search(term, { boost: this.boost, fuzzy: distance }).map((r) => ({ n: r.id as number, score: r.score })));
  }
}
