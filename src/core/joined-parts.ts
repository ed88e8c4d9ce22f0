// A figure the report states for two things joined ("dự thảo do các cơ quan trung ương và các cơ
// quan tại địa phương trưng cầu") is not the figure of one of them: a question naming only "các cơ
// quan trung ương" asks a part the report does not give.
import type { Intent } from "./intent.ts";
import type { CompiledFact } from "./kb-types.ts";
import { sameWord, type Token, tokenize } from "./normalize.ts";

/** Words that introduce a noun without saying which ("các", "những", "the"). */
const DETERMINERS = new Set(["cac", "nhung", "moi", "the", "all"]);
/** Words that join the two things. */
const JOINS = new Set(["va", "and"]);
/** Words that place a thing, not tell it apart ("các cơ quan tại địa phương" is told apart by "địa phương"). */
const PLACING = new Set(["tai", "o", "cua", "thuoc"]);
/** The words that tell a thing apart, without a word placing it. */
const apart = (words: Token[]) => (words.length > 1 && PLACING.has(words[0]!.fold) ? words.slice(1) : words);
/** Words in the head noun the two things share. */
const HEAD = 2;
/** How far back the first thing may begin. */
const SPAN = 8;

interface Joined {
  /** What tells each thing apart from the other, as the sentence's words ("trung ương" / "địa phương"). */
  first: Token[];
  second: Token[];
  /**
   * Two things of different heads, each after "các" ("các đơn vị sự nghiệp công lập và các hội có
   * tính chất đặc thù"): the first, named first, is what the figure is mostly of; only the second
   * named alone is a part the report does not give.
   */
  secondOnly?: boolean;
}

/** Each sentence read once per isolate: the report's sentences are few and fixed. */
const bySentence = new Map<string, Joined[]>();

/** "H A và H B" in each clause of a sentence: two things of one head noun H, told apart by A and B. */
function joinedThings(sentence: string): Joined[] {
  let out = bySentence.get(sentence);
  if (out) return out;
  out = [];
  bySentence.set(sentence, out);
  for (const clause of sentence.split(/[,;:.()]/)) {
    const words = tokenize(clause);
    const t = words.map((x) => x.fold);
    t.forEach((w, v) => {
      if (!JOINS.has(w)) return;
      let after = v + 1;
      while (DETERMINERS.has(t[after] ?? "")) after++;
      // A head of two syllables, as most Vietnamese nouns are ("cơ quan"): one syllable repeats by chance ("văn bản" … "ban hành").
      const head = t.slice(after, after + HEAD);
      if (head.length < HEAD || head.some((x) => /^\d/.test(x))) return;
      for (let j = v - HEAD; j >= Math.max(0, v - SPAN); j--) {
        if (!head.every((x, i) => t[j + i] === x)) continue;
        const first = apart(words.slice(j + HEAD, v));
        const second = apart(words.slice(after + HEAD, after + HEAD + 3));
        if (first.length && second.length && ![...first, ...second].some((x) => /^\d/.test(x.fold))) out.push({ first, second });
        return;
      }
      // "các A và các B": each thing after its determiner, whatever their heads.
      if (after === v + 1 || !DETERMINERS.has(t[v + 1]!)) return;
      for (let j = v - 1; j >= Math.max(0, v - SPAN); j--) {
        if (!DETERMINERS.has(t[j]!)) continue;
        const first = words.slice(j + 1, v);
        const second = words.slice(after, after + 3);
        if (first.length >= HEAD && second.length >= HEAD && ![...first, ...second].some((x) => /^\d/.test(x.fold))) out.push({ first, second, secondOnly: true });
        return;
      }
    });
  }
  return out;
}

/** What a clause says: does it say these words in a row, or any of them? `known`: the marked spellings of the reports' words. */
function sayer(intent: Intent, known: ReadonlySet<string>) {
  // (As typed, and as read: an English question says "central" in the reports' words, "trung ương".)
  const said: readonly (readonly Token[])[] = [intent.raw, intent.words];
  // (A word typed with marks the reports use is that word only: "trưng cầu" says no "trung" of "trung
  // ương"; marks they never use are a slip, "trung ưong" still "trung ương".)
  const same = (t: Token, w: Token) => (t.marked && !known.has(t.acc) ? t.fold === w.fold : sameWord(t, w));
  const inRow = (seq: readonly Token[], words: Token[], i: number) => words.every((w, n) => seq[i + n] !== undefined && same(seq[i + n]!, w));
  return {
    says: (words: Token[]) => said.some((seq) => seq.some((_, i) => inRow(seq, words, i))),
    saysAny: (words: Token[]) => words.some((w) => w.fold.length > 2 && said.some((seq) => seq.some((t) => same(t, w)))),
  };
}

/** Does the question name one of two things the fact's sentence joins, and not the other? */
export function namesOneOfJoined(intent: Intent, fact: CompiledFact, known: ReadonlySet<string>): boolean {
  const { says, saysAny } = sayer(intent, known);
  return joinedThings(fact.quote).some((j) => (!j.secondOnly && says(j.first) && !saysAny(j.second)) || (says(j.second) && !saysAny(j.first)));
}

/** Does the main clause name one of two things the fact's sentence joins, and the excluded clause the other? */
export function leavesOutJoined(main: Intent, out: Intent, fact: CompiledFact, known: ReadonlySet<string>): boolean {
  const asked = sayer(main, known);
  const left = sayer(out, known);
  return joinedThings(fact.quote).some((j) => (asked.says(j.first) && left.saysAny(j.second)) || (asked.says(j.second) && left.saysAny(j.first)));
}
