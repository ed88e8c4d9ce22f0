// question → Answer: find the sentences that ask, read the intent, refuse what the reports cannot
// answer, retrieve and rank, pick one fact (or two: two-figures.ts), compose with citations.
import type { Answer, AskOptions, Lang } from "./answer.ts";
import { composeAbstention, composeAnswer, type AbstainReason } from "./compose.ts";
import { readIntent, yearIsSubject, type Intent } from "./intent.ts";
import { knowledge, type LoadedKnowledge } from "./kb.ts";
import type { CompiledFact } from "./kb-types.ts";
import { detectLang } from "./lang.ts";
import { focus } from "./message-focus.ts";
import { cleanText } from "./normalize.ts";
import { search, type Candidate } from "./search.ts";
import { MIN_COVERAGE } from "./thresholds.ts";
import { splitByFacet, splitByQuestion } from "./two-figures.ts";

/** A question longer than this is cut before analysis (the API refuses longer ones anyway). */
export const MAX_QUESTION_CHARS = 1000;
/** A best fact this many times ahead of the runner-up is the one asked about: no two-figure split. */
const DOMINANT_RATIO = 3;
/** A runner-up this close to the best fact makes the answer ambiguous: offer it as a suggestion. */
const AMBIGUOUS_RATIO = 0.9;

function suggestionsFor(k: LoadedKnowledge, near: Candidate[]): CompiledFact[] {
  const picked: CompiledFact[] = [];
  for (const f of [...near.map((c) => c.fact), ...k.kb.facts.filter((f) => f.headline)]) {
    if (picked.length === 3) break;
    if (!picked.includes(f)) picked.push(f);
  }
  return picked;
}

function abstain(k: LoadedKnowledge, reason: AbstainReason, lang: Lang, near: Candidate[] = [], detail = ""): Answer {
  return composeAbstention(k, reason, lang, suggestionsFor(k, near), detail);
}

export function ask(question: string, options: AskOptions = {}): Answer {
  const k = knowledge();
  const text = cleanText(question).slice(0, MAX_QUESTION_CHARS);
  const written = detectLang(text);
  const lang = options.lang ?? written;
  if (!text) return abstain(k, "empty", lang);
  const all = readIntent(text, k.contentFolds, k.places, written);
  // Attempts to steer the assistant count wherever they are in the message.
  if (all.injection) return abstain(k, "unsafe", lang);

  // The sentences that ask first; the whole message when they say too little on their own
  // ("Con tôi thi công chức năm 2024. Kỳ đó có bao nhiêu người đỗ?").
  const focused = focus(text);
  if (focused === text) return answerText(k, text, all, lang).answer;
  const first = answerText(k, focused, readIntent(focused, k.contentFolds, k.places, written), lang);
  if (first.answered || (first.reason !== "out-of-scope" && first.reason !== "small-talk")) return first.answer;
  const whole = answerText(k, text, all, lang);
  return whole.answered ? whole.answer : first.answer;
}

type Outcome = { answered: true; answer: Answer } | { answered: false; answer: Answer; reason: AbstainReason };

/** The answer to `text` (a message or the sentences of it that ask), read as `intent`. */
function answerText(k: LoadedKnowledge, text: string, intent: Intent, lang: Lang): Outcome {
  const refuse = (reason: AbstainReason, near: Candidate[] = [], detail = ""): Outcome => ({ answered: false, answer: abstain(k, reason, lang, near, detail), reason });
  if (intent.smallTalk) return refuse("small-talk");

  const ranked = search(k, intent);
  if (intent.places.length) return refuse("other-place", ranked.slice(0, 3), intent.places.join(", "));

  const best = ranked[0];
  const knownYears = new Set(k.kb.reports.flatMap((r) => r.years));
  // A year the reports do not cover is fine as a baseline ("giảm so với năm 2023"), or when the
  // best fact is about that year itself (rankings of 2023 published in 2024); not when the report
  // only compares with it ("Năm 2023 có bao nhiêu biên chế?" must not get 2024's figure).
  const strayYears = intent.years.filter(
    (y) => !knownYears.has(y) && !intent.baselineYears.includes(y) && !(best && yearIsSubject(best.fact.quote, y)),
  );
  if (strayYears.length) return refuse("other-year", ranked.slice(0, 3), strayYears.join(", "));
  if (intent.unanswerable || !best || best.coverage < MIN_COVERAGE) {
    return refuse("out-of-scope", ranked.filter((c) => c.coverage >= MIN_COVERAGE / 2).slice(0, 3));
  }

  // "Bao nhiêu cơ quan được kiểm tra?" when the report only describes the inspections.
  if (intent.howMany && best.fact.kind === "statement") return refuse("no-figure", ranked.slice(0, 3), best.fact.label[lang]);

  // A fact far ahead of the rest is the answer even when two facet values are joined ("councils
  // and committees" as the senders of the documents); two question forms are asked explicitly.
  const dominant = !ranked[1] || best.score >= DOMINANT_RATIO * ranked[1].score;
  const multi = (dominant ? null : splitByFacet(k, intent, ranked)) ?? splitByQuestion(k, text, intent, best, dominant);
  if (multi) return { answered: true, answer: composeAnswer(k, multi, lang) };

  const close = ranked
    .slice(1, 3)
    .filter((c) => c.score >= best.score * AMBIGUOUS_RATIO && c.coverage >= MIN_COVERAGE && !best.fact.related.includes(c.fact.id));
  return { answered: true, answer: composeAnswer(k, [best.fact], lang, close.map((c) => c.fact)) };
}

/** The answer for one fact, as if asked for it (suggestion buttons, topic lists). */
export function answerFact(id: string, lang: Lang = "vi"): Answer | null {
  const k = knowledge();
  const fact = k.byId.get(id);
  return fact ? composeAnswer(k, [fact], lang) : null;
}

/** Up to `limit` distinct facts for a query, each as its own answer (inline search results). */
export function searchAnswers(query: string, lang?: Lang, limit = 10): Answer[] {
  const k = knowledge();
  const text = cleanText(query).slice(0, MAX_QUESTION_CHARS);
  const l = lang ?? detectLang(text);
  const facts = text
    ? search(k, readIntent(text, k.contentFolds, k.places)).filter((c) => c.coverage >= MIN_COVERAGE / 2).map((c) => c.fact)
    : k.kb.facts.filter((f) => f.headline);
  return facts.slice(0, limit).map((f) => composeAnswer(k, [f], l));
}
