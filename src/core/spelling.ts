// Typos in long English words ("abolshed", "publised"): corrected to the nearest word the
// lexicons know, before synonyms map English to the report's wording. Vietnamese syllables are
// short and never corrected.

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

/** A speller over a fixed word list (stemmed like tokens are). */
export class Speller {
  private readonly words: string[];
  private readonly known: Set<string>;

  constructor(words: Iterable<string>) {
    this.known = new Set([...words].filter((w) => /^[a-z]{4,}$/.test(w)));
    this.words = [...this.known];
  }

  /** The closest known word within 1 edit (2 for words of 9+ letters), or the word itself. */
  correct(word: string): string {
    if (word.length < 6 || this.known.has(word) || !/^[a-z]+$/.test(word)) return word;
    const max = word.length >= 9 ? 2 : 1;
    let best = word;
    let bestDistance = max + 1;
    for (const w of this.words) {
      const d = editDistance(word, w, max);
      if (d < bestDistance) {
        best = w;
        bestDistance = d;
      }
    }
    return best;
  }
}
