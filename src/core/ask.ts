// question → Answer: read the intent, refuse what the reports cannot answer, retrieve and rank,
// pick one fact (or one per coordinated facet value: "công bố và bãi bỏ"), compose with citations.
import type { Answer, AskOptions, Lang } from "./answer.ts";
import { composeAbstention, composeAnswer, type AbstainReason } from "./compose.ts";
import { readIntent, type FacetHit, type Intent } from "./intent.ts";
import { knowledge, type LoadedKnowledge } from "./kb.ts";
import type { CompiledFact } from "./kb-types.ts";
import { detectLang } from "./lang.ts";
import { cleanText, fold } from "./normalize.ts";
import { facetsOf, search, type Candidate, type FacetQuery } from "./search.ts";

/** A question longer than this is cut before analysis (the API refuses longer ones anyway). */
export const MAX_QUESTION_CHARS = 1000;
/** Share of the question's content words the best fact must cover to be an answer. */
const MIN_COVERAGE = 0.7;
/** A best fact this many times ahead of the runner-up is the one asked about: no two-figure split. */
const DOMINANT_RATIO = 3;
/** A runner-up this close to the best fact makes the answer ambiguous: offer it as a suggestion. */
const AMBIGUOUS_RATIO = 0.9;

/** The quote names the year other than as a baseline ("so với năm 2023"). */
function yearIsSubject(quote: string, year: number): boolean {
  const text = fold(quote).toLowerCase();
  return [...text.matchAll(new RegExp(`(?<!\\d)${year}(?!\\d)`, "g"))].some((m) => !/(so voi|compared (with|to)|than)( nam| the year)? ?$/.test(text.slice(Math.max(0, m.index - 20), m.index)));
}

/**
 * Facet values joined by a coordinator ("công bố và bãi bỏ", "HĐND ban hành mấy nghị quyết, còn
 * UBND …"): the question asks for each. The coordinator must lead to the second value, with only
 * function words between; in "đơn giản hóa thủ tục, người dân và doanh nghiệp tiết kiệm" it joins
 * "người dân" and "doanh nghiệp", not the two actions.
 */
function coordinated<T extends string>(intent: Intent, hits: FacetHit<T>[]): T[] {
  const values = [...new Set(hits.map((h) => h.value))];
  if (values.length < 2) return [];
  const leadsTo = (end: number, start: number) => intent.words.slice(end, start).every((w) => w.stop || w.context);
  const joined = hits.some((a, i) =>
    hits.slice(i + 1).some((b) => b.value !== a.value && intent.coordinators.some((j) => j.start >= a.end && j.end <= b.start && leadsTo(j.end, b.start))),
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

/** A question form: an amount, a which/what/how, or a question mark (on folded, lower-case text). */
const ASKS = /\?|\b(bao nhieu|bn|may|nao|gi|the nao|ra sao|khong|chua|co phai|how|what|which|when|does|did|is there|are there)\b/;
/** "… và …", "…, còn …", "… and …": where a question may hold a second question. */
const JOINER = /(?:^|[\s,;])(?:và|va|còn|con|and|as well as)(?=\s)/giu;
/** A question form asking for an amount, on folded text. */
const ASKS_AMOUNT = /\b(bao nhieu|bn|may|how (many|much)|what (percent|share|proportion)|phan tram|ty le|ti le)\b/;

/**
 * "Thu ngân sách đạt bao nhiêu % dự toán và bằng bao nhiêu % so với cùng kỳ?": two questions
 * joined. The first part is answered on its own; the second often leaves its subject to the
 * first, so its answer is the best other fact for the whole question that the second part alone
 * also ranks near the top.
 */
function splitByQuestion(k: LoadedKnowledge, text: string): CompiledFact[] | null {
  for (const m of text.matchAll(JOINER)) {
    const first = text.slice(0, m.index).trim();
    const second = text.slice(m.index + m[0].length).trim();
    // Both parts ask, the second by itself: "…, và bằng bao nhiêu % …", "what were the savings,
    // and by what percentage …"; not "… by councils and committees did the department check?".
    const tail = fold(second).toLowerCase();
    // "Số nghị quyết của HĐND và số quyết định của UBND?": "số …" is "the number of …".
    const numberOf = (part: string) => /^(tổng số|số lượng|số)\s/iu.test(part);
    const firstAsks = ASKS.test(fold(first).toLowerCase()) || numberOf(first);
    if (!firstAsks || !(ASKS_AMOUNT.test(tail) || numberOf(second) || /^((by|in|for|on|at|to) )?(what|which|how)\b/.test(tail))) continue;
    const a = search(k, readIntent(first, k.contentFolds, k.places))[0];
    if (!a || a.coverage < MIN_COVERAGE) continue;
    const secondIntent = readIntent(second, k.contentFolds, k.places);
    const alone = search(k, secondIntent);
    // What the second part names (an action, a level, a body) decides among the whole question's
    // facts: "how many are in place now" asks for the current number of what the first part asked.
    const wholeIntent = readIntent(text, k.contentFolds, k.places);
    const named = facetsOf(secondIntent);
    const facets = facetsOf(wholeIntent);
    for (const dim of ["level", "body", "action"] as const) if (named[dim].length) facets[dim] = named[dim];
    const whole = search(k, wholeIntent, facets).filter((c) => c.fact !== a.fact && c.coverage >= MIN_COVERAGE / 2);
    // Each fact by its share of the best score in both rankings: the second part says what is
    // asked, the whole question supplies what the second part leaves out.
    const share = (list: Candidate[], f: CompiledFact) => (list.find((c) => c.fact === f)?.score ?? 0) / (list[0]?.score || 1);
    let b: CompiledFact | undefined;
    let bestShare = 0;
    for (const c of whole) {
      const s = share(whole, c.fact) * (alone.length ? share(alone, c.fact) : 1);
      if (s > bestShare) [b, bestShare] = [c.fact, s];
    }
    if (b) return [a.fact, b];
  }
  return null;
}


/**
 * The sentences that ask, without greetings, self-introductions and thanks around them ("Kính
 * gửi…, tôi là cán bộ tư pháp cấp huyện, xin hỏi: … bao nhiêu …? Trân trọng cảm ơn."): their
 * words are not what is asked about.
 */
function focus(text: string): string {
  const sentences = text.split(/(?<=[.!?:;])\s+|\n+/).filter((s) => s.trim());
  if (sentences.length < 2) return text;
  const asking = sentences.filter((s) => ASKS.test(fold(s).toLowerCase()));
  return asking.length ? asking.join(" ") : text;
}

export function ask(question: string, options: AskOptions = {}): Answer {
  const k = knowledge();
  const text = cleanText(question).slice(0, MAX_QUESTION_CHARS);
  const written = detectLang(text);
  const lang = options.lang ?? written;
  if (!text) return abstain(k, "empty", lang);

  const focused = focus(text);
  const intent = readIntent(focused, k.contentFolds, k.places, written);
  // Attempts to steer the assistant count wherever they are in the message.
  if (intent.injection || (focused !== text && readIntent(text, k.contentFolds, k.places, written).injection)) return abstain(k, "unsafe", lang);
  if (intent.smallTalk) return abstain(k, "small-talk", lang);

  const ranked = search(k, intent);
  if (intent.places.length) return abstain(k, "other-place", lang, ranked.slice(0, 3), intent.places.join(", "));

  const best = ranked[0];
  const knownYears = new Set(k.kb.reports.flatMap((r) => r.years));
  // A year the reports do not cover is fine as a baseline ("giảm so với năm 2023"), or when the
  // best fact is about that year itself (rankings of 2023 published in 2024); not when the report
  // only compares with it ("Năm 2023 có bao nhiêu biên chế?" must not get 2024's figure).
  const strayYears = intent.years.filter(
    (y) => !knownYears.has(y) && !intent.baselineYears.includes(y) && !(best && yearIsSubject(best.fact.quote, y)),
  );
  if (strayYears.length) return abstain(k, "other-year", lang, ranked.slice(0, 3), strayYears.join(", "));
  if (intent.unanswerable || !best || best.coverage < MIN_COVERAGE) {
    return abstain(k, "out-of-scope", lang, ranked.filter((c) => c.coverage >= MIN_COVERAGE / 2).slice(0, 3));
  }

  // "Bao nhiêu cơ quan được kiểm tra?" when the report only describes the inspections.
  if (intent.howMany && best.fact.kind === "statement") return abstain(k, "no-figure", lang, ranked.slice(0, 3), best.fact.label[lang]);

  // A fact far ahead of the rest is the answer even when two facet values are joined ("councils
  // and committees" as the senders of the documents); two question forms are asked explicitly.
  const dominant = !ranked[1] || best.score >= DOMINANT_RATIO * ranked[1].score;
  const multi = (dominant ? null : splitByFacet(k, intent, ranked)) ?? splitByQuestion(k, focused);
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
