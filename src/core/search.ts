// Retrieval and ranking: MiniSearch finds facts that share the question's words; the facets
// (level, body, action, kind of figure) then decide between facts that share vocabulary.
import { analyze, queryTerms, type QueryTerm, type Word } from "./analyze.ts";
import type { Intent } from "./intent.ts";
import type { LoadedKnowledge } from "./kb.ts";
import type { CompiledFact } from "./kb-types.ts";

export interface Candidate {
  fact: CompiledFact;
  /** MiniSearch's BM25 score. */
  text: number;
  /** After facet adjustments. */
  score: number;
  /** Share of the question's content words this fact's text covers (0–1). */
  coverage: number;
}

const FIELD_BOOST = { names: 2.5, quote: 1, detail: 0.5 };
/** Typos are forgiven on long English words only: Vietnamese syllables are too short for it. */
const FUZZY_WORD = /^[a-z]{7,}$/;
/** Coverage is computed for the best-ranked facts only; the rest cannot be the answer. */
const COVERAGE_DEPTH = 12;

/** Facet values the question names, possibly narrowed to one (for questions asking two figures). */
export interface FacetQuery {
  level: string[];
  body: string[];
  action: string[];
}

export function facetsOf(intent: Intent): FacetQuery {
  const uniq = (xs: { value: string }[]) => [...new Set(xs.map((x) => x.value))];
  return { level: uniq(intent.level), body: uniq(intent.body), action: uniq(intent.action) };
}

/**
 * A question that names no action ("how many civil servants does the province have?") reads as
 * asking for the state of things, not for what some action produced (assigned, recruited, cut).
 */
const STATE_ACTION = "hien-co";
const actionFreeFactor = (asked: FacetQuery, fact: CompiledFact) =>
  asked.action.length === 0 && fact.facets.action.some((a) => a !== STATE_ACTION) ? 0.9 : 1;

/**
 * Asked values shared with the fact count for it, most when the sets are equal: "HĐND tỉnh" asks
 * for the council's resolutions rather than the council-and-committee total.
 */
function facetFactor(asked: string[], has: readonly string[], weakOnly = false): number {
  if (!asked.length) return 1;
  const shared = asked.filter((v) => has.includes(v)).length;
  if (shared) {
    const jaccard = shared / new Set([...asked, ...has]).size;
    return weakOnly ? 1.1 : 1.2 + 0.2 * jaccard;
  }
  if (!has.length) return 0.85;
  return weakOnly ? 0.8 : 0.5;
}

function kindFactor(intent: Intent, fact: CompiledFact): number {
  const k = fact.kind;
  const quantitative = intent.quantitative;
  if (k === "statement") return quantitative ? 0.5 : intent.listing || intent.identifier ? 1.3 : 1;
  if (!quantitative && (intent.listing || intent.identifier)) return 0.85;
  if (intent.kind === "percent") return k === "percent" ? 1.6 : 0.6;
  if (intent.kind === "money") return k === "money" ? 1.6 : 0.6;
  if (intent.kind === "count") return k === "count" ? 1.2 : 0.6;
  // A plain "bao nhiêu" asks for the amount itself, not for a rate derived from it.
  return k === "percent" ? 0.8 : 1;
}

/** Folded content words of a fact's text, analyzed like questions; cached per fact and text. */
const wordCache = new WeakMap<CompiledFact, Map<string, Set<string>>>();
function wordsOf(fact: CompiledFact, part: string, texts: () => readonly string[]): Set<string> {
  let parts = wordCache.get(fact);
  if (!parts) wordCache.set(fact, (parts = new Map()));
  let words = parts.get(part);
  if (!words) {
    words = new Set(texts().flatMap((t) => analyze(t, { literal: true }).filter((w) => !w.stop).map((w) => w.fold)));
    parts.set(part, words);
  }
  return words;
}
const unitOf = (fact: CompiledFact) => wordsOf(fact, "unit", () => (fact.unit ? [fact.unit.vi, fact.unit.en] : []));

/**
 * The more of a fact's own label the question says, the likelier it is about that fact: with
 * "góp ý bao nhiêu dự thảo", all drafts commented on beats the subset "bảo đảm thời gian và
 * chất lượng" the question never mentions.
 */
function labelFactor(intent: Intent, fact: CompiledFact, asked: ReadonlySet<string>): number {
  const label = wordsOf(fact, `label:${intent.lang}`, () => [fact.label[intent.lang]]);
  if (!label.size) return 1;
  let said = 0;
  for (const w of label) if (asked.has(w)) said++;
  return 0.85 + (0.3 * said) / label.size;
}

/** "bao nhiêu đơn vị sự nghiệp" prefers a fact counted in đơn vị sự nghiệp. */
function countedFactor(intent: Intent, fact: CompiledFact): number {
  if (!intent.counted.length || fact.kind === "percent" || fact.kind === "statement") return 1;
  const unit = unitOf(fact);
  const shared = intent.counted.filter((w) => unit.has(w)).length / intent.counted.length;
  return shared >= 0.6 ? 1.25 : shared > 0 ? 1.1 : 1;
}

export function scoreFact(fact: CompiledFact, text: number, intent: Intent, facets: FacetQuery, asked: ReadonlySet<string>): number {
  // "tỉnh" is in nearly every question as context, so it is a weak signal on its own.
  const levelWeak = facets.level.every((l) => l === "tinh");
  return (
    text *
    facetFactor(facets.level, fact.facets.level, levelWeak) *
    facetFactor(facets.body, fact.facets.body) *
    facetFactor(facets.action, fact.facets.action) *
    actionFreeFactor(facets, fact) *
    kindFactor(intent, fact) *
    countedFactor(intent, fact) *
    labelFactor(intent, fact, asked)
  );
}

/**
 * Share of the question's content words that the fact covers. A word inside a matched word pair
 * counts fully; a word matched only on its own counts half when it has a content neighbour it
 * should have paired with ("tiết" of "thời tiết" must not pass for "tiết kiệm"), fully when it
 * stands alone. An ambiguous unaccented word ("cua": "của"/"cửa") counts only when it matches.
 */
function coverage(words: Word[], terms: QueryTerm[], matched: ReadonlySet<string>, contentAt: ReadonlySet<number>): number {
  let total = 0;
  let size = 0;
  for (const at of contentAt) {
    const pair = terms.some((t) => t.pair && (t.at === at || t.at === at - 1) && matched.has(t.term) && contentAt.has(t.at === at ? at + 1 : at - 1));
    const single = terms.some((t) => !t.pair && t.at === at && matched.has(t.term));
    const alone = !contentAt.has(at - 1) && !contentAt.has(at + 1);
    const score = pair ? 1 : single ? (alone ? 1 : 0.5) : 0;
    if (words[at]!.ambiguous && score === 0) continue;
    total += score;
    size++;
  }
  return size ? total / size : 0;
}

export function search(k: LoadedKnowledge, intent: Intent, facets = facetsOf(intent)): Candidate[] {
  const terms = queryTerms(intent.words);
  if (!terms.length) return [];
  const contentAt = new Set<number>();
  intent.words.forEach((w, i) => {
    if (!w.stop && !w.context && !/^\d/.test(w.fold)) contentAt.add(i);
  });
  // Only terms the index holds can match; long unknown English words stay for fuzzy matching.
  const sent = terms.filter((t) => k.vocabulary.has(t.term) || (!t.pair && FUZZY_WORD.test(t.term)));
  if (!sent.length) return [];
  const boost = new Map(sent.map((t) => [t.term, (t.pair ? 1.5 : 1) * (t.accented ? 0.5 : 1)]));
  const results = k.index.search([...boost.keys()].join(" "), {
    boost: FIELD_BOOST,
    combineWith: "OR",
    boostTerm: (term) => boost.get(term) ?? 1,
    fuzzy: (term) => (FUZZY_WORD.test(term) && !k.vocabulary.has(term) ? 0.2 : false),
  });
  const asked = new Set(intent.words.filter((w) => !w.stop).map((w) => w.fold));
  const ranked = results
    .map((r) => {
      const fact = k.kb.facts[r.id as number]!;
      return { fact, text: r.score, coverage: 0, score: scoreFact(fact, r.score, intent, facets, asked), matched: r.queryTerms };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, COVERAGE_DEPTH);
  return ranked.map(({ matched, ...c }) => ({ ...c, coverage: coverage(intent.words, terms, new Set(matched), contentAt) }));
}
