// question → Answer: read the intent, refuse what the reports cannot answer, retrieve and rank,
// pick one fact (or one per coordinated facet value: "công bố và bãi bỏ"), compose with citations.
import type { Answer, AskOptions, Lang } from "./answer.ts";
import { composeAbstention, composeAnswer, type AbstainReason } from "./compose.ts";
import { readIntent, type FacetHit, type Intent } from "./intent.ts";
import { knowledge, type LoadedKnowledge } from "./kb.ts";
import type { CompiledFact } from "./kb-types.ts";
import { detectLang } from "./lang.ts";
import { cleanText } from "./normalize.ts";
import { facetsOf, search, type Candidate, type FacetQuery } from "./search.ts";

/** A question longer than this is cut before analysis (the API refuses longer ones anyway). */
export const MAX_QUESTION_CHARS = 1000;
/** Share of the question's content words the best fact must cover to be an answer. */
const MIN_COVERAGE = 0.7;
/** A runner-up this close to the best fact makes the answer ambiguous: offer it as a suggestion. */
const AMBIGUOUS_RATIO = 0.9;

/** Facet values joined by a coordinator ("công bố và bãi bỏ"): the question asks for each. */
function coordinated<T extends string>(intent: Intent, hits: FacetHit<T>[]): T[] {
  const values = [...new Set(hits.map((h) => h.value))];
  if (values.length < 2) return [];
  const joined = hits.some((a, i) =>
    hits.slice(i + 1).some((b) => b.value !== a.value && intent.coordinators.some((j) => j.start >= a.end && j.end <= b.start)),
  );
  return joined ? values : [];
}

function suggestionsFor(k: LoadedKnowledge, near: Candidate[], exclude: Set<string> = new Set()): CompiledFact[] {
  const picked: CompiledFact[] = [];
  for (const f of [...near.map((c) => c.fact), ...k.kb.facts.filter((f) => f.headline)]) {
    if (picked.length === 3) break;
    if (!exclude.has(f.id) && !picked.includes(f)) picked.push(f);
  }
  return picked;
}

function abstain(k: LoadedKnowledge, reason: AbstainReason, lang: Lang, near: Candidate[] = [], detail = ""): Answer {
  return composeAbstention(k, reason, lang, suggestionsFor(k, near), detail);
}

/** For "A và B" questions: the best fact for each value, when no single fact covers them all. */
function splitByFacet(k: LoadedKnowledge, intent: Intent, ranked: Candidate[]): CompiledFact[] | null {
  const dims: (keyof FacetQuery)[] = ["action", "level", "body"];
  for (const dim of dims) {
    const values = coordinated(intent, intent[dim] as FacetHit<string>[]);
    if (values.length < 2) continue;
    const top = ranked[0]!;
    if (values.every((v) => (top.fact.facets[dim] as string[]).includes(v))) return null;
    const base = facetsOf(intent);
    const picks: CompiledFact[] = [];
    for (const v of values) {
      const best = search(k, intent, { ...base, [dim]: [v] }).find(
        (c) => (c.fact.facets[dim] as string[]).includes(v) && c.coverage >= MIN_COVERAGE / 2,
      );
      if (best && !picks.includes(best.fact)) picks.push(best.fact);
    }
    if (picks.length >= 2) return picks;
  }
  return null;
}

export function ask(question: string, options: AskOptions = {}): Answer {
  const k = knowledge();
  const text = cleanText(question).slice(0, MAX_QUESTION_CHARS);
  const written = detectLang(text);
  const lang = options.lang ?? written;
  if (!text) return abstain(k, "empty", lang);

  const intent = readIntent(text, k.contentFolds, k.places, written);
  if (intent.injection) return abstain(k, "unsafe", lang);
  if (intent.smallTalk) return abstain(k, "small-talk", lang);

  const ranked = search(k, intent);
  if (intent.places.length) return abstain(k, "other-place", lang, ranked.slice(0, 3), intent.places.join(", "));

  const best = ranked[0];
  const knownYears = new Set(k.kb.reports.flatMap((r) => r.years));
  const strayYears = intent.years.filter((y) => !knownYears.has(y) && !best?.fact.quote.includes(String(y)));
  if (strayYears.length) return abstain(k, "other-year", lang, ranked.slice(0, 3), strayYears.join(", "));
  if (intent.unanswerable || !best || best.coverage < MIN_COVERAGE) {
    return abstain(k, "out-of-scope", lang, ranked.filter((c) => c.coverage >= MIN_COVERAGE / 2).slice(0, 3));
  }

  const multi = splitByFacet(k, intent, ranked);
  if (multi) return composeAnswer(k, multi, lang);

  const close = ranked
    .slice(1, 3)
    .filter((c) => c.score >= best.score * AMBIGUOUS_RATIO && c.coverage >= MIN_COVERAGE && !best.fact.related.includes(c.fact.id));
  return composeAnswer(k, [best.fact], lang, close.map((c) => c.fact));
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
