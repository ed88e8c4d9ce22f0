// `npm run ask -- --explain "…"`: how a question was read and answered: the plan (operation,
// qualifiers, exclusion, continuation), the facts retrieval ranked, and what satisfied the plan.
import type { AskOptions } from "./answer.ts";
import { ask, typedQuestion } from "./ask.ts";
import { readContext } from "./context.ts";
import { readIntent } from "./intent.ts";
import { knowledge, scoped } from "./kb.ts";
import { chooseReports } from "./reports.ts";
import { wordsRead } from "./budget.ts";
import { rankingIntent, readPlan } from "./plan.ts";
import { explainFactors, search } from "./search.ts";

export function explain(question: string, options: AskOptions = {}) {
  const k = knowledge();
  const { text } = wordsRead(typedQuestion(question));
  const intent = readIntent(text, k.contentFolds, k.places);
  const read = readPlan(text, intent);
  const answer = ask(question, options);
  const ranking = rankingIntent(intent, read);
  const ranked = search(scoped(k, chooseReports(k, intent).reports), ranking).slice(0, 6);
  const factors = explainFactors(k, ranking, ranked.map((c) => c.fact.id));
  return {
    plan: { op: read.op, slots: read.slots, excluded: read.excluded, main: read.main, continues: read.continues, cite: read.cite, ownWords: read.ownWords },
    previous: readContext(k, options.context),
    // MiniSearch's score (text) times the factors of src/core/weights.ts, times coverage = score.
    ranked: ranked.map((c) => ({
      fact: c.fact.id,
      measure: c.fact.measure ?? null,
      text: Math.round(c.textScore),
      factors: Object.fromEntries(Object.entries(factors[c.fact.id]!).map(([f, v]) => [f, Math.round(v * 1000) / 1000])),
      coverage: Math.round(c.coverage * 100) / 100,
      score: Math.round(c.score),
    })),
    answered: answer.answered,
    facts: answer.facts.map((f) => ({ id: f.id, value: f.value, ...(f.derived ? { formula: f.derived.formula } : {}) })),
    context: answer.context,
  };
}
