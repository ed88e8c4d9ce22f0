// Every weight in src/core/weights.ts must matter: scaled by ±30 % it changes at least one answer
// to the questions the project keeps (fixtures and the compositional sets), or, for the few whose
// effect is a step (NEUTRAL), removing it does. A weight that changes nothing is dead and is
// removed rather than kept as a knob nobody can predict.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ask } from "../../src/core/index.ts";
import { NEUTRAL, WEIGHTS, type Weight } from "../../src/core/weights.ts";
import { readCases, TUNED_SETS } from "../../scripts/eval/judge.ts";

const fixtures = join(import.meta.dirname, "fixtures");
const questions = [
  ...["paraphrases", "unseen-batch-4", "unseen-batch-5", "unseen-batch-6", "unseen-batch-7", "unseen-batch-8", "unseen-batch-9", "known-misses", "fixed-misses"].flatMap((f) =>
    readFileSync(join(fixtures, `${f}.jsonl`), "utf8").split("\n").filter(Boolean).map((l) => [(JSON.parse(l) as { q: string }).q]),
  ),
  ...TUNED_SETS.flatMap((f) => readCases(f).map((c) => (c.turns ?? [c]).map((t) => t.q))),
];

/** What a user would see of one conversation: answered or not, and which figures, turn by turn. */
function answer(turns: string[]): string {
  let context: string | undefined;
  return turns
    .map((q) => {
      const a = ask(q, { context });
      context = a.context;
      return `${a.answered}:${a.facts.map((f) => f.id).join(",")}:${a.suggestionIds.join(",")}`;
    })
    .join("|");
}

/** Whether any answer differs from the baseline (stops at the first: one is enough to matter). */
const anyChanged = (baseline: string[]) => questions.some((turns, i) => answer(turns) !== baseline[i]);

describe("every weight changes some answer when moved by 30% (or, for a step, when removed)", () => {
  const baseline = questions.map(answer);
  it.each(Object.keys(WEIGHTS) as Weight[])("%s", (w) => {
    const original = WEIGHTS[w];
    let changed = false;
    try {
      for (const value of [original * 0.7, original * 1.3, ...(NEUTRAL[w] === undefined ? [] : [NEUTRAL[w]])]) {
        WEIGHTS[w] = value;
        if ((changed = anyChanged(baseline))) break;
      }
    } finally {
      WEIGHTS[w] = original;
    }
    expect(changed, "no answer changed at ×0.7, ×1.3 (nor removed)").toBe(true);
  });
});
