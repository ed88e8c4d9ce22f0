// A figure the report states for two things joined ("dự thảo do các cơ quan trung ương và các cơ
// quan tại địa phương trưng cầu") is not the figure of one of them: a question naming only "các cơ
// quan trung ương" asks a part the report does not give.
import type { Intent } from "./intent.ts";
import type { CompiledFact } from "./kb-types.ts";
import { tokenize } from "./normalize.ts";

/** Words that introduce a noun without saying which ("các", "những", "the"). */
const DETERMINERS = new Set(["cac", "nhung", "moi", "the", "all"]);
/** Words that join the two things. */
const JOINS = new Set(["va", "and"]);
/** Words in the head noun the two things share. */
const HEAD = 2;
/** How far back the first thing may begin. */
const SPAN = 8;

interface Joined {
  /** What tells each thing apart from the other, as folded words ("trung uong" / "tai dia phuong"). */
  first: string[];
  second: string[];
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
    const t = tokenize(clause).map((x) => x.fold);
    t.forEach((w, v) => {
      if (!JOINS.has(w)) return;
      let after = v + 1;
      while (DETERMINERS.has(t[after] ?? "")) after++;
      // A head of two syllables, as most Vietnamese nouns are ("cơ quan"): one syllable repeats by chance ("văn bản" … "ban hành").
      const head = t.slice(after, after + HEAD);
      if (head.length < HEAD || head.some((x) => /^\d/.test(x))) return;
      for (let j = v - HEAD; j >= Math.max(0, v - SPAN); j--) {
        if (!head.every((x, i) => t[j + i] === x)) continue;
        const first = t.slice(j + HEAD, v);
        const second = t.slice(after + HEAD, after + HEAD + 3);
        if (first.length && second.length && ![...first, ...second].some((x) => /^\d/.test(x))) out.push({ first, second });
        return;
      }
      // "các A và các B": each thing after its determiner, whatever their heads.
      if (after === v + 1 || !DETERMINERS.has(t[v + 1]!)) return;
      for (let j = v - 1; j >= Math.max(0, v - SPAN); j--) {
        if (!DETERMINERS.has(t[j]!)) continue;
        const first = t.slice(j + 1, v);
        const second = t.slice(after, after + 3);
        if (first.length >= HEAD && second.length >= HEAD && ![...first, ...second].some((x) => /^\d/.test(x))) out.push({ first, second, secondOnly: true });
        return;
      }
    });
  }
  return out;
}

/** What a clause says, as folded words: does it say these words in a row, or any of them? */
function sayer(intent: Intent) {
  // (As typed, and as read: an English question says "central" in the reports' words, "trung ương".)
  const asked = ` ${intent.raw.map((t) => t.fold).join(" ")} | ${intent.words.map((w) => w.fold).join(" ")} `;
  return {
    says: (words: string[]) => asked.includes(` ${words.join(" ")} `),
    saysAny: (words: string[]) => words.some((w) => w.length > 2 && asked.includes(` ${w} `)),
  };
}

/** Does the question name one of two things the fact's sentence joins, and not the other? */
export function namesOneOfJoined(intent: Intent, fact: CompiledFact): boolean {
  const { says, saysAny } = sayer(intent);
  return joinedThings(fact.quote).some((j) => (!j.secondOnly && says(j.first) && !saysAny(j.second)) || (says(j.second) && !saysAny(j.first)));
}

/** Does the main clause name one of two things the fact's sentence joins, and the excluded clause the other? */
export function leavesOutJoined(main: Intent, out: Intent, fact: CompiledFact): boolean {
  const asked = sayer(main);
  const left = sayer(out);
  return joinedThings(fact.quote).some((j) => (asked.says(j.first) && left.saysAny(j.second)) || (asked.says(j.second) && left.saysAny(j.first)));
}
