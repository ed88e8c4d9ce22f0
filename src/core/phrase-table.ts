// Lexicon phrases indexed by the folded form of their first word, longest first, so matching a
// question costs a map lookup per word instead of a scan of every phrase.
import { matchAt, type Token } from "./normalize.ts";

export interface PhraseEntry<T> {
  phrase: Token[];
  value: T;
}

export interface PhraseHit<T> {
  value: T;
  /** Word positions the phrase covers: [start, end). */
  start: number;
  end: number;
}

const NONE: readonly never[] = Object.freeze([]);

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, PhraseEntry<T>[]>();

  constructor(entries: Iterable<PhraseEntry<T>>) {
    for (const e of entries) {
      const first = e.phrase[0];
      if (!first) continue;
      const list = this.byFirst.get(first.fold) ?? [];
      list.push(e);
      this.byFirst.set(first.fold, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  }

  /** Entries that may match at position i, longest first. */
  candidates(tokens: readonly Token[], i: number): readonly PhraseEntry<T>[] {
    return this.byFirst.get(tokens[i]?.fold ?? "") ?? NONE;
  }

  /** The longest entry matching at position i. */
  at(tokens: readonly Token[], i: number, literal = false): PhraseEntry<T> | undefined {
    // Plain loops here and below: every reading of a question calls these for each of its words.
    const list = this.candidates(tokens, i);
    for (let c = 0; c < list.length; c++) if (matchAt(tokens, i, list[c]!.phrase, literal) > 0) return list[c];
    return undefined;
  }

  /** Longest-first, non-overlapping matches, left to right. */
  findAll(tokens: readonly Token[], literal = false): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = this.at(tokens, i, literal);
      if (hit) {
        hits.push({ value: hit.value, start: i, end: i + hit.phrase.length });
        i += hit.phrase.length;
      } else i++;
    }
    return hits;
  }

  /** Does any entry match anywhere? */
  any(tokens: readonly Token[]): boolean {
    for (let i = 0; i < tokens.length; i++) if (this.at(tokens, i) !== undefined) return true;
    return false;
  }
}

/** The word positions a set of hits covers. */
export function positionsCovered(hits: readonly { start: number; end: number }[]): Set<number> {
  const at = new Set<number>();
  for (const h of hits) for (let i = h.start; i < h.end; i++) at.add(i);
  return at;
}
