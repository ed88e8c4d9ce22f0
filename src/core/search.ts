// Retrieval and ranking: MiniSearch finds facts that share the question's words; the facets
// (level, body, action, kind of figure) then decide between facts that share vocabulary.
import { analyze, queryTerms, type QueryTerm, type Word } from "./analyze.ts";
import { tokenize, type Token } from "./normalize.ts";
import { timesAsked } from "./plan.ts";
import type { Lang } from "./answer.ts";
import { rateWordsAt, type Intent } from "./intent.ts";
import type { LoadedKnowledge, ReportIndex } from "./kb.ts";
import { bodiesOf, type CompiledFact, type CompiledReport } from "./kb-types.ts";
import { MAX_FUZZY_TERMS, QUESTION_BUDGET, questionMemo, work } from "./budget.ts";
import { WEIGHTS } from "./weights.ts";
import { broaderOf, LEVEL_NOUNS } from "./lexicon/facets.ts";
import { measureCounted, measuresIn, measuresNamed } from "./measures-named.ts";
import { COUNTED_ONLY_MEASURES, MEASURE_PHRASES } from "./lexicon/measures.ts";

export interface Candidate {
  fact: CompiledFact;
  /** MiniSearch's BM25 score of the fact for the question's words, before the factors. */
  textScore: number;
  /** The ranking: MiniSearch's score after facet adjustments, times coverage. */
  score: number;
  /** Share of the question's content words this fact's text covers (0–1). */
  coverage: number;
}

/**
 * Typos are forgiven on long English words only: Vietnamese syllables are too short for it. (Up to
 * 24 letters: a fifth of a longer word's letters in edits still leaves it longer than any word the
 * reports use, and a 1,000-letter "word" made MiniSearch walk its whole index, ~1.5 ms.)
 */
const FUZZY_WORD = /^[a-z]{7,24}$/;
/** MiniSearch's fuzzy setting: edits allowed as a share of the word's length. */
const FUZZY_DISTANCE = 0.2;
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
function actionFreeFactor(asked: FacetQuery, fact: CompiledFact): number {
  if (asked.action.length) return 1;
  for (const a of fact.facets.action) if (a !== STATE_ACTION) return WEIGHTS.actionFree;
  return 1;
}

/**
 * Asked values shared with the fact count for it, most when the sets are equal: "HĐND tỉnh" asks
 * for the council's resolutions rather than the council-and-committee total.
 */
/** The question names only a broader action than the fact's ("kiểm tra" of "tự kiểm tra"): shared, though not exactly. */
// (Plain loops here and below: run for every fact of every reading, closures would be garbage.)
function broaderAction(asked: readonly string[], has: readonly string[]): boolean {
  if (!asked.length) return false;
  for (const a of asked) if (has.includes(a)) return false;
  const broader = broaderOf(has);
  return broader !== undefined && asked.includes(broader);
}

function facetFactor(asked: readonly string[], has: readonly string[], weakOnly = false): number {
  if (!asked.length) return 1;
  let shared = 0;
  for (const v of asked) if (has.includes(v)) shared++;
  if (shared) {
    // Both lists hold distinct values, so their union has this many.
    const jaccard = shared / (asked.length + has.length - shared);
    return weakOnly ? WEIGHTS.provinceShared : WEIGHTS.facetShared + WEIGHTS.facetJaccard * jaccard;
  }
  if (weakOnly) return 1;
  if (!has.length) return WEIGHTS.facetUnspecified;
  return WEIGHTS.facetMismatch;
}

function kindFactor(intent: Intent, fact: CompiledFact): number {
  const k = fact.kind;
  const quantitative = intent.quantitative;
  if (k === "statement") return quantitative ? WEIGHTS.statementForAmount : intent.listing || intent.identifier ? WEIGHTS.statementForList : 1;
  // (A part of a fraction, "31/34 nhiệm vụ", states the rate of the action it counts: "completion rate
  // of the reform plan" of the tasks completed.)
  if (intent.kind === "percent") return k === "percent" || (fact.total !== undefined && intent.action.some((h) => (fact.facets.action as string[]).includes(h.value))) ? WEIGHTS.kindMatch : WEIGHTS.kindMismatch;
  if (intent.kind === "money") return k === "money" ? WEIGHTS.kindMatch : WEIGHTS.kindMismatch;
  if (intent.kind === "count") return k === "count" ? WEIGHTS.countMatch : WEIGHTS.kindMismatch;
  // A plain "bao nhiêu" asks for the amount itself, not for a rate derived from it.
  return k === "percent" ? WEIGHTS.plainPercent : 1;
}

const contentWords = (...texts: (string | undefined)[]): Set<string> =>
  new Set(texts.flatMap((t) => (t ? analyze(t, { literal: true }).filter((w) => !w.stop).map((w) => w.fold) : [])));

/** Folded content words of a fact's unit, analyzed like questions. */
const unitWords = new WeakMap<CompiledFact, ReadonlySet<string>>();
function unitOf(fact: CompiledFact): ReadonlySet<string> {
  let words = unitWords.get(fact);
  if (!words) unitWords.set(fact, (words = contentWords(fact.unit?.vi, fact.unit?.en)));
  return words;
}

/** For each folded word of one report's fact labels in one language, the facts whose label has it. */
interface LabelIndex {
  /** Where the report's facts begin in KnowledgeBase.facts; positions below count from there. */
  start: number;
  facts: Map<string, number[]>;
  /** Distinct content words in each fact's label. */
  size: Uint16Array;
}
/** Built the first time a question searches the report: cost grows with the reports asked about. */
const labelIndexes = new WeakMap<CompiledReport, Record<Lang, LabelIndex>>();
function labelIndexOf(k: LoadedKnowledge, report: CompiledReport, lang: Lang): LabelIndex {
  let both = labelIndexes.get(report);
  if (!both) {
    const start = k.kb.facts.findIndex((f) => f.reportId === report.id);
    let end = start;
    while (end < k.kb.facts.length && k.kb.facts[end]!.reportId === report.id) end++;
    const build = (l: Lang): LabelIndex => {
      const facts = new Map<string, number[]>();
      const size = new Uint16Array(end - start);
      for (let i = 0; i < size.length; i++) {
        const words = contentWords(k.kb.facts[start + i]!.label[l]);
        size[i] = words.size;
        for (const w of words) {
          const list = facts.get(w);
          if (list) list.push(i);
          else facts.set(w, [i]);
        }
      }
      return { start, facts, size };
    };
    labelIndexes.set(report, (both = { vi: build("vi"), en: build("en") }));
  }
  return both[lang];
}

/**
 * The more of a fact's own label the question says, the likelier it is about that fact: with
 * "góp ý bao nhiêu dự thảo", all drafts commented on beats the subset "bảo đảm thời gian và
 * chất lượng" the question never mentions. Counted once per question and report over its label index.
 */
function labelFactors(k: LoadedKnowledge, lang: Lang, asked: ReadonlySet<string>): (n: number) => number {
  const counted = new Map<string, { index: LabelIndex; said: Uint8Array }>();
  return (n) => {
    const fact = k.kb.facts[n]!;
    let r = counted.get(fact.reportId);
    if (!r) {
      const index = labelIndexOf(k, k.reportOf(fact), lang);
      const said = new Uint8Array(index.size.length);
      for (const w of asked) for (const i of index.facts.get(w) ?? []) said[i]!++;
      counted.set(fact.reportId, (r = { index, said }));
    }
    const i = n - r.index.start;
    return r.index.size[i] ? WEIGHTS.labelBase + (WEIGHTS.labelShare * r.said[i]!) / r.index.size[i]! : 1;
  };
}

/** Share of the words after "bao nhiêu" ("bao nhiêu [Sở ban ngành]") that the fact's unit has. */
export function countedShare(intent: Intent, fact: CompiledFact): number {
  if (!intent.counted.length || fact.kind === "percent" || fact.kind === "statement") return 0;
  const unit = unitOf(fact);
  let hits = 0;
  for (const w of intent.counted) if (unit.has(w)) hits++;
  return hits / intent.counted.length;
}

/** Folded content words of a fact's unit in one language, analyzed like questions. */
const unitWordsIn = { vi: new WeakMap<CompiledFact, ReadonlySet<string>>(), en: new WeakMap<CompiledFact, ReadonlySet<string>>() };

/** Are all the content words of the fact's unit (in one language) words `has` holds? */
function unitWithin(lang: Intent["lang"], fact: CompiledFact, has: (word: string) => boolean): boolean {
  const memo = unitWordsIn[lang];
  let words = memo.get(fact);
  if (!words) memo.set(fact, (words = contentWords(fact.unit?.[lang])));
  if (!words.size || fact.kind === "percent" || fact.kind === "statement") return false;
  for (const w of words) if (!has(w)) return false;
  return true;
}

/** Does "bao nhiêu …" name the fact's unit in full ("bao nhiêu [Sở ban ngành]"), not just a word of it? */
/**
 * Does the message say the first two words of the figure's unit together, as typed ("sub
 * departments", "chi cuc", "so ban")? `said`: the message's folded words, space-padded. Not a word of
 * the unit alone: "ban" is no "Sở, ban, ngành", "the people" no "district People's Committees".
 * `first`: as the message's first words.
 */
export const unitOpeningSaid = (said: string, fact: CompiledFact, langs: readonly Lang[] = ["vi", "en"], first = false): boolean =>
  langs.some((lang) => {
    const opening = tokenize(fact.unit?.[lang] ?? "").slice(0, 2).map((t) => t.fold).join(" ");
    return opening !== "" && (first ? said.startsWith(` ${opening} `) : said.includes(` ${opening} `));
  });

export const namesUnit = (intent: Intent, fact: CompiledFact): boolean => intent.counted.length > 0 && unitWithin(intent.lang, fact, (w) => intent.counted.includes(w));

/** "bao nhiêu đơn vị sự nghiệp" prefers a fact counted in đơn vị sự nghiệp. */
function countedFactor(intent: Intent, fact: CompiledFact, genericCount: boolean, asked: (word: string) => boolean): number {
  const shared = countedShare(intent, fact);
  // "Chỉ riêng các Sở, ban, ngành thì bao nhiêu đơn vị …": the unit named in full beside a generic
  // "bao nhiêu đơn vị" counts as much as one named after "bao nhiêu".
  if (shared >= WEIGHTS.countedMostShare || (genericCount && unitWithin(intent.lang, fact, asked))) return WEIGHTS.countedMost;
  return shared > 0 ? WEIGHTS.countedSome : 1;
}

/** Words counting anything ("bao nhiêu đơn vị", "how many units"): what they count is named elsewhere. */
export const GENERIC_COUNTERS = new Set(["don", "vi", "co", "quan", "unit", "units", "agency", "agencies", "body", "bodies"]);

/** The factors that multiply MiniSearch's score of one fact (src/core/weights.ts), by name. */
export type Factors = Record<"level" | "body" | "action" | "actionFree" | "kind" | "counted" | "label" | "beside", number>;

/** Is a level word ("cấp tỉnh", "provincial level") within or right beside the words [start, end), not in what the message leaves out ("không tính cấp tỉnh")? */
const levelWordAt = (intent: Intent, start: number, end: number) =>
  intent.words.slice(Math.max(0, start - 1), end + 1).some((w) => LEVEL_NOUNS.has(w.fold)) &&
  !LEAVES_OUT_BEFORE.test(intent.words.slice(Math.max(0, start - 4), start).map((w) => w.fold).join(" "));
/** Words right before a level that leave it out or make it a bound ("dưới cấp tỉnh", "below the provincial level"), folded. */
const LEAVES_OUT_BEFORE = /\b(khong (tinh|ke)|ngoai|tru|bo|duoi|below|beneath|under|lower than|excluding|except|other than|not counting|besides|apart from|leaving|aside)\b/;

function factorScorer(k: LoadedKnowledge, intent: Intent, facets: FacetQuery, asked: ReadonlySet<string>): (n: number) => Factors {
  // "tỉnh" is in nearly every question as context, so it is a weak signal on its own; a little
  // stronger named as a level ("cấp tỉnh", "at provincial level": less the communes' figure; the
  // level may still be who acts, "đoàn kiểm tra cấp tỉnh kiểm tra văn bản cấp huyện").
  const levelWeak = facets.level.every((l) => l === "tinh");
  const provinceAsLevel = levelWeak && intent.level.some((h) => h.value === "tinh" && levelWordAt(intent, h.start, h.end));
  const labelFactor = labelFactors(k, intent.lang, asked);
  const genericCount = intent.counted.length > 0 && intent.counted.every((w) => GENERIC_COUNTERS.has(w));
  const isAsked = (w: string) => asked.has(w);
  // Other things the question names than what it counts ("các đoàn kiểm tra … bao nhiêu văn bản"):
  // a figure whose label names them too is of them (the 106 documents the teams checked).
  const counted = measureCounted(intent)?.measure;
  // (Not a measure named only as a verb as often: "bãi bỏ theo kiến nghị" names no recommendations.)
  // (One thing asked: in "ban hành mấy Kết luận và kiểm tra bao nhiêu văn bản" each is counted in turn.)
  const asksOnce = timesAsked(intent.raw.map((t) => t.fold).join(" ")) + intent.raw.filter(isMay(intent.lang)).length <= 1;
  const beside = counted === undefined || !asksOnce ? [] : measuresNamed(intent).filter((m) => m !== counted && !COUNTED_ONLY_MEASURES.has(m));
  // One record, rewritten for each fact: every fact of every reading is scored, and the caller
  // reads it before asking for the next (explainFactors copies it).
  const out: Factors = { level: 1, body: 1, action: 1, actionFree: 1, kind: 1, counted: 1, label: 1, beside: 1 };
  return (n) => {
    const fact = k.kb.facts[n]!;
    out.level = facetFactor(facets.level, fact.facets.level, levelWeak) * (provinceAsLevel && fact.facets.level.length && !fact.facets.level.includes("tinh" as never) ? WEIGHTS.provinceLevelMismatch : 1);
    out.body = facetFactor(facets.body, fact.facets.body);
    out.action = broaderAction(facets.action, fact.facets.action) ? WEIGHTS.facetShared : facetFactor(facets.action, fact.facets.action);
    out.actionFree = actionFreeFactor(facets, fact);
    out.kind = kindFactor(intent, fact);
    // (What a longer name counts, not the thing it opens with: "how many public service unit staff"
    // counts the staff, however much of the units' unit it says.)
    out.counted = headOfOther(counted, fact) ? 1 : countedFactor(intent, fact, genericCount, isAsked);
    out.label = labelFactor(n);
    out.beside = beside.some((m) => m !== fact.measure && labelMeasures(fact, intent.lang).includes(m)) ? WEIGHTS.besideNamed : 1;
    return out;
  };
}

/** For each measure, the measures a name of which opens with one of its names ("public service unit staff": the units'). */
const OPENED_BY: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const names = Object.entries(MEASURE_PHRASES).map(([m, ps]) => [m, ps.map((p) => tokenize(p).map((t) => t.fold).join(" "))] as const);
  const out = new Map<string, Set<string>>();
  for (const [longer, ls] of names) for (const [head, hs] of names) {
    if (longer !== head && ls.some((l) => hs.some((h) => l.startsWith(`${h} `)))) out.set(longer, (out.get(longer) ?? new Set()).add(head));
  }
  return out;
})();
/** Is the measure counted one whose name opens with the name of the fact's measure ("public service unit staff", not "… units")? */
const headOfOther = (counted: string | undefined, fact: CompiledFact): boolean =>
  counted !== undefined && fact.measure !== undefined && fact.kind !== "percent" && OPENED_BY.get(counted)?.has(fact.measure) === true;

/** "mấy" as typed (or "may" unmarked in a Vietnamese message), which `timesAsked` does not count ("máy" is a machine). */
const MAY = tokenize("mấy")[0]!.acc;
const isMay = (lang: Lang) => (t: Token) => (t.marked ? t.acc === MAY : lang === "vi" && t.fold === "may");

const product = (f: Factors) => f.level * f.body * f.action * f.actionFree * f.kind * f.counted * f.label * f.beside;

/** The measures a fact's label names, per language, read once. */
const labelMeasuresIn = { vi: new WeakMap<CompiledFact, string[]>(), en: new WeakMap<CompiledFact, string[]>() };
export function labelMeasures(f: CompiledFact, lang: Lang): string[] {
  let m = labelMeasuresIn[lang].get(f);
  if (!m) labelMeasuresIn[lang].set(f, (m = measuresIn(f.label[lang])));
  return m;
}

/** Ranks facts for one question: its facets are read once, then each fact is scored. */
function factScorer(k: LoadedKnowledge, intent: Intent, facets: FacetQuery, asked: ReadonlySet<string>) {
  const factors = factorScorer(k, intent, facets, asked);
  return (n: number, text: number): number => text * product(factors(n));
}

/** Each factor's value for some facts of a question (`npm run ask -- --explain`). */
export function explainFactors(k: LoadedKnowledge, intent: Intent, ids: readonly string[]): Record<string, Factors> {
  const asked = new Set<string>();
  for (const w of intent.words) if (!w.stop) asked.add(w.fold);
  const factors = factorScorer(k, intent, facetsOf(intent), asked);
  return Object.fromEntries(ids.map((id) => [id, { ...factors(k.kb.facts.findIndex((f) => f.id === id)) }]));
}

/**
 * Share of the question's content words that a fact covers, given the terms it matched. A word
 * inside a matched word pair counts fully; a word matched only on its own counts half when it has
 * a content neighbour it should have paired with ("tiết" of "thời tiết" must not pass for "tiết
 * kiệm"), fully when it stands alone. An ambiguous unaccented word ("cua": "của"/"cửa") counts
 * only when it matches.
 */
function coverageOf(words: Word[], terms: QueryTerm[]): (has: (term: string) => boolean, stated?: (at: number) => boolean) => number {
  // Plain loops: every reading of a question builds these slots.
  const content = new Uint8Array(words.length + 1);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.stop && !w.context && !/^\d/.test(w.fold)) content[i] = 1;
  }
  const isContent = (i: number) => i >= 0 && content[i] === 1;
  // For each content word: the pairs that join it to a content neighbour, and its single terms.
  const slots: { at: number; pairs: string[]; singles: string[]; alone: boolean; ambiguous: boolean }[] = [];
  const slotAt: number[] = [];
  for (let at = 0; at < words.length; at++) {
    if (!content[at]) continue;
    slotAt[at] = slots.length;
    slots.push({ at, pairs: [], singles: [], alone: !isContent(at - 1) && !isContent(at + 1), ambiguous: words[at]!.ambiguous });
  }
  for (const t of terms) {
    if (!t.pair) {
      if (content[t.at]) slots[slotAt[t.at]!]!.singles.push(t.term);
    } else if (content[t.at] && isContent(t.at + 1)) {
      // A pair counts for both of its words.
      slots[slotAt[t.at]!]!.pairs.push(t.term);
      slots[slotAt[t.at + 1]!]!.pairs.push(t.term);
    }
  }
  return (has, stated) => {
    let total = 0;
    let size = 0;
    for (const slot of slots) {
      const score = slot.pairs.some(has) || stated?.(slot.at) ? 1 : slot.singles.some(has) ? (slot.alone ? 1 : WEIGHTS.coverageUnpaired) : 0;
      if (slot.ambiguous && score === 0) continue;
      total += score;
      size++;
    }
    return size ? total / size : 0;
  };
}

/** Facts matched by a question's terms: MiniSearch's score for each, and the terms it matched. */
interface Retrieved {
  /** Each fact's score, at its slot: one per fact of the reports searched, not of the whole base. */
  text: Float64Array;
  /** Does the fact at this slot match the term? */
  matches: (slot: number, term: string) => boolean;
  /** Positions in KnowledgeBase.facts of the facts matched, in no order. */
  found: number[];
  /** Where fact n is in `text` (slots follow the order of KnowledgeBase.facts). */
  slot: (n: number) => number;
}

/** The indexes of the reports searched, in knowledge-base order: `scope`'s, or all of them. */
function indexesIn(k: LoadedKnowledge, scope: ReadonlySet<string> | undefined): ReportIndex[] {
  const ids = scope ? k.kb.reports.filter((r) => scope.has(r.id)) : k.kb.reports;
  return ids.map((r) => k.indexOf(r.id));
}

/**
 * Facts matching any of the terms, scored as MiniSearch's OR query over each report's own index
 * scores them: the sum of each matched term's score times its boost, times the number of distinct
 * terms matched. Only the reports in scope (`reports`, else `k.scope`, else all) are searched.
 */
export function retrieve(k: LoadedKnowledge, boost: ReadonlyMap<string, number>, reports = k.scope): Retrieved {
  return retrieveIn(indexesIn(k, reports), boost);
}

function retrieveIn(indexes: readonly ReportIndex[], boost: ReadonlyMap<string, number>): Retrieved {
  // Slots follow the reports searched, each report's facts together: slot = position + its shift.
  const shift: number[] = [];
  let size = 0;
  for (const r of indexes) {
    shift.push(size - r.start);
    size += r.size;
  }
  const text = new Float64Array(size);
  // The terms each fact matched, as one bit per term (a row of `width` words a slot): a question
  // matches a hundred-odd facts, and a list per fact was most of what a question allocated.
  const terms = [...boost.keys()];
  const width = Math.ceil(terms.length / 32);
  const bits = new Uint32Array(size * width);
  const count = new Uint16Array(size);
  const found: number[] = [];
  terms.forEach((term, t) => {
    const b = boost.get(term)!;
    // A term some report in scope holds is matched exactly (none in the others), as one index
    // would; a term none holds is searched fuzzily, counted once however many reports it scans.
    const known = indexes.some((r) => r.vocabulary.has(term));
    if (!known && indexes.some((r) => !r.termScores.hasFuzzy(term))) work.fuzzySearches++;
    for (let i = 0; i < indexes.length; i++) {
      const r = indexes[i]!;
      const hits = known ? r.termScores.of(term) : r.termScores.fuzzy(term, FUZZY_DISTANCE);
      const by = shift[i]!;
      for (const { n, score } of hits) {
        const s = n + by;
        if (count[s] === 0) found.push(n);
        count[s]!++;
        bits[s * width + (t >>> 5)]! |= 1 << (t & 31);
        text[s]! += b * score;
      }
    }
  });
  const slot =
    indexes.length === 1
      ? (n: number) => n + shift[0]!
      : (n: number) => {
          let i = 0;
          while (i + 1 < indexes.length && n >= indexes[i + 1]!.start) i++;
          return n + shift[i]!;
        };
  for (const n of found) {
    const s = slot(n);
    text[s]! *= count[s]!;
  }
  const termAt = new Map(terms.map((term, t) => [term, t]));
  const matches = (s: number, term: string) => {
    const t = termAt.get(term);
    return t !== undefined && (bits[s * width + (t >>> 5)]! & (1 << (t & 31))) !== 0;
  };
  return { text, matches, found, slot };
}

/** A word typed with marks that no content word of the reports has ("cái" vs "cải"): not theirs. */
const foreignWord = (k: LoadedKnowledge, w: Word) => w.marked && !w.stop && !k.contentAccents.has(w.acc);

/**
 * Facts ranked for a question. `reports`: only facts of these reports (the year the question names
 * chooses them; reports.ts).
 */
export function search(k: LoadedKnowledge, intent: Intent, facets = facetsOf(intent), reports?: ReadonlySet<string>): Candidate[] {
  // The stages of a question that search the same reading (readIntent keeps them for the question)
  // with the same facets and reports share its ranking.
  const scope = reports ?? k.scope;
  const key = `${facets.level}|${facets.body}|${facets.action}|${scope ? [...scope].join(",") : "*"}`;
  let mine = rankings.get(intent);
  if (!mine) rankings.set(intent, (mine = new Map()));
  const known = mine.get(key);
  if (known) return [...known];
  const ranked = rank(k, intent, facets, scope);
  mine.set(key, ranked);
  return [...ranked];
}

const rankings = questionMemo<Intent, Map<string, Candidate[]>>();

/** The ranking of one reading: none once the question's search budget is spent. */
function rank(k: LoadedKnowledge, intent: Intent, facets: FacetQuery, scope: ReadonlySet<string> | undefined): Candidate[] {
  if (++work.searches > QUESTION_BUDGET.searches) return [];
  const foreign = new Set<number>();
  intent.words.forEach((w, i) => foreignWord(k, w) && foreign.add(i));
  const terms = queryTerms(intent.words).filter((t) => !foreign.has(t.at) && !(t.pair && foreign.has(t.at + 1)));
  // The slots of coverage are built from the terms: index them by word once.
  if (!terms.length) return [];
  // Only the reports the question is about are searched (the year it names chooses them).
  const indexes = indexesIn(k, scope);
  // Only terms an index holds can match; long unknown English words stay for fuzzy matching.
  const boost = new Map<string, number>();
  let fuzzy = MAX_FUZZY_TERMS;
  for (const t of terms) {
    const known = indexes.some((r) => r.vocabulary.has(t.term));
    if (!known && (t.pair || !FUZZY_WORD.test(t.term) || boost.has(t.term) || fuzzy === 0 || work.fuzzySearches >= QUESTION_BUDGET.fuzzySearches)) continue;
    if (!known) fuzzy--;
    boost.set(t.term, (t.pair ? WEIGHTS.pairBoost : 1) * (t.accented ? WEIGHTS.accentedBoost : 1));
  }
  if (!boost.size) return [];
  const asked = new Set<string>();
  for (const w of intent.words) if (!w.stop) asked.add(w.fold);
  const { text, matches, found, slot } = retrieveIn(indexes, boost);
  const scoreOf = factScorer(k, intent, facets, asked);
  const score = new Float64Array(text.length);
  for (const n of found) {
    const s = slot(n);
    score[s] = scoreOf(n, text[s]!);
  }
  const coverage = coverageOf(intent.words, terms);
  // A word naming a level, body or action the fact has is explained by it, whatever its words
  // ("now" of the civil servants in post: their action is "hiện có").
  const facetWords = (["level", "body", "action"] as const).flatMap((dim) => intent[dim].map((h) => ({ dim, h })));
  // (A rate asked is explained by a part of a fraction, "31/34", which states one: "tỷ lệ hoàn thành kế hoạch CCHC".)
  const rateAt = intent.kind === "percent" ? rateWordsAt(intent) : undefined;
  const statedBy = (fact: CompiledFact) => (at: number) => {
    // (A body the report's text implies did it explains its name too, "Sở Tư pháp" of the teams' 106.)
    for (const { dim, h } of facetWords) if (at >= h.start && at < h.end && (dim === "body" ? bodiesOf(fact) : (fact.facets[dim] as readonly string[])).includes(h.value)) return true;
    return fact.total !== undefined && rateAt?.has(at) === true;
  };
  // The best facts by their facets, then by how much of the question each explains: of two
  // facts sharing words, the one that accounts for more of what was asked wins.
  const before = (a: number, b: number) => score[slot(b)]! - score[slot(a)]! || text[slot(b)]! - text[slot(a)]! || a - b;
  // A kind the message rules out ("không cần tỷ lệ") is no answer, whatever its words.
  const allowed = intent.notKind ? found.filter((n) => k.kb.facts[n]!.kind !== intent.notKind) : found;
  return best(allowed, COVERAGE_DEPTH, before)
    .map((n) => {
      const s = slot(n);
      const covered = coverage((term) => matches(s, term), statedBy(k.kb.facts[n]!));
      return { fact: k.kb.facts[n]!, textScore: text[s]!, score: score[s]! * covered, coverage: covered };
    })
    .sort((a, b) => b.score - a.score || b.textScore - a.textScore);
}

/** The `size` first of `xs` in `order`, in that order: one pass, no sort of them all. */
function best(xs: readonly number[], size: number, order: (a: number, b: number) => number): number[] {
  const top: number[] = [];
  for (const x of xs) {
    if (top.length === size && order(x, top[size - 1]!) >= 0) continue;
    let i = Math.min(top.length, size - 1);
    while (i > 0 && order(x, top[i - 1]!) < 0) i--;
    top.splice(i, 0, x);
    if (top.length > size) top.pop();
  }
  return top;
}
