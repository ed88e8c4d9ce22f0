// Typos in long English words ("abolshed", "publised"): corrected to the nearest word the
// lexicons know, before synonyms map English to the report's wording. Vietnamese syllables are
// short and never corrected.
import { BoundedMemo, QUESTION_BUDGET, work } from "./budget.ts";

/** Optimal string alignment distance, giving up (returning max + 1) beyond `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2.splice(0, prev2.length, ...prev);
    prev = cur;
  }
  return prev[b.length]!;
}

/** Every string `word` becomes by deleting up to `max` letters (SymSpell's deletion keys). */
function deletions(word: string, max: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < max; d++) {
    const next: string[] = [];
    for (const w of frontier)
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    frontier = next;
  }
  return out;
}

/**
 * A speller over a fixed word list (stemmed like tokens are). Candidates come from a deletion
 * index built once (two words within k edits share a string reachable by k deletions from each),
 * so a correction costs a few dozen lookups and a handful of distance checks, not a scan of the
 * list; corrections are memoized (bounded).
 */
export class Speller {
  private readonly known: Set<string>;
  /** Letters of the longest known word: a word longer by more than two is within two edits of none. */
  private readonly longest: number;
  private readonly order: Map<string, number>;
  private index?: Map<string, string[]>;
  private readonly memo = new BoundedMemo<string, string>();

  constructor(words: Iterable<string>) {
    this.known = new Set([...words].filter((w) => /^[a-z]{4,}$/.test(w)));
    this.longest = Math.max(0, ...[...this.known].map((w) => w.length));
    // Ties go to the word listed first, as the scan this replaces did.
    this.order = new Map([...this.known].map((w, i) => [w, i]));
  }

  private deletionIndex(): Map<string, string[]> {
    if (this.index) return this.index;
    const index = new Map<string, string[]>();
    for (const w of this.known)
      for (const key of deletions(w, MAX_EDITS)) {
        const list = index.get(key);
        if (list) list.push(w);
        else index.set(key, [w]);
      }
    return (this.index = index);
  }

  /** Is `word` never corrected: too short, longer than any known word by more than MAX_EDITS, known, or not a plain Latin word? */
  private leftAsTyped(word: string): boolean {
    return word.length < 6 || word.length > this.longest + MAX_EDITS || this.known.has(word) || !/^[a-z]+$/.test(word);
  }

  /** Does the correction of `word` cost nothing (known, too short, not a plain Latin word, memoized)? */
  free(word: string): boolean {
    return this.leftAsTyped(word) || this.memo.get(word) !== undefined;
  }

  /** The closest known word within 1 edit (2 for words of 9+ letters), or the word itself. */
  correct(word: string): string {
    if (this.leftAsTyped(word)) return word;
    const memo = this.memo.get(word);
    if (memo !== undefined) return memo;
    const max = word.length >= 9 ? 2 : 1;
    // (The strings it looks up, bounded per question: past the budget the word stays as typed.)
    const keys = 1 + word.length + (max === 2 ? (word.length * (word.length - 1)) / 2 : 0);
    if (work.spellingKeys + keys > QUESTION_BUDGET.spellingKeys) return word;
    work.spellingKeys += keys;
    const index = this.deletionIndex();
    let best = word;
    let bestDistance = max + 1;
    let bestOrder = Infinity;
    const seen = new Set<string>();
    for (const key of deletions(word, max))
      for (const w of index.get(key) ?? []) {
        if (seen.has(w)) continue;
        seen.add(w);
        const d = editDistance(word, w, max);
        const o = this.order.get(w)!;
        if (d < bestDistance || (d === bestDistance && d <= max && o < bestOrder)) [best, bestDistance, bestOrder] = [w, d, o];
      }
    return this.memo.set(word, best);
  }
}

/** The largest distance ever corrected (words of 9+ letters). */
const MAX_EDITS = 2;
