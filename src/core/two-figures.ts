// Questions that ask for two figures: two facet values joined ("công bố và bãi bỏ") or two
// questions joined ("… bao nhiêu % dự toán và bằng bao nhiêu % so với cùng kỳ?").
import { readIntent, type FacetHit, type Intent } from "./intent.ts";
import { EACH_ASKED, EACH_FLOATING } from "./lexicon/intents.ts";
import { MEASURE_PHRASES } from "./lexicon/measures.ts";
import { akinActions } from "./lexicon/facets.ts";
import type { LoadedKnowledge } from "./kb.ts";
import type { CompiledFact } from "./kb-types.ts";
import { namesOperation } from "./plan.ts";
import { asks, asksAmount } from "./question-forms.ts";
import { fold } from "./normalize.ts";
import { facetsOf, search, type Candidate, type FacetQuery } from "./search.ts";
import { WEIGHTS } from "./weights.ts";
import { changeFrom, partsUnder } from "./relations.ts";

/** Is each of the things named asked ("mỗi bên", "lần lượt", "respectively", "did A and B each issue")? */
const asksEach = (text: string) => EACH_ASKED.test(text) || EACH_FLOATING.test(text);

/**
 * Facet values joined by a coordinator ("công bố và bãi bỏ", "HĐND ban hành mấy nghị quyết, còn
 * UBND …"): the question asks for each. The coordinator must lead to the second value, with only
 * function words between; in "đơn giản hóa thủ tục, người dân và doanh nghiệp tiết kiệm" it joins
 * "người dân" and "doanh nghiệp", not the two actions.
 */
function coordinated<T extends string>(intent: Intent, hits: FacetHit<T>[], text: string): { values: T[]; byWord: boolean } {
  const values = [...new Set(hits.map((h) => h.value))];
  if (values.length < 2) return { values: [], byWord: false };
  const leadsTo = (end: number, start: number) => intent.words.slice(end, start).every((w) => w.stop || w.context);
  // "số văn bản QPPL cấp tỉnh và số văn bản QPPL cấp xã": the words before the second value repeat
  // those before the first (parallel clauses).
  const folds = (from: number, to: number) => intent.words.slice(Math.max(0, from), to).map((w) => w.fold).join(" ");
  const repeats = (a: FacetHit<T>, end: number, start: number) => start > end && folds(a.start - (start - end), a.start) === folds(end, start);
  // "công bố, bãi bỏ bao nhiêu TTHC": a comma right between two values joins them too.
  const folded = fold(text).toLowerCase();
  const comma = (a: FacetHit<T>, b: FacetHit<T>) => b.start === a.end && folded.includes(`${intent.words[a.end - 1]!.fold}, ${intent.words[b.start]!.fold}`);
  const pairs = hits.flatMap((a, i) => hits.slice(i + 1).filter((b) => b.value !== a.value).map((b) => [a, b] as const));
  const joinedByWord = (a: FacetHit<T>, b: FacetHit<T>) => intent.coordinators.some((j) => j.start >= a.end && j.end <= b.start && (leadsTo(j.end, b.start) || repeats(a, j.end, b.start)));
  // (Only the values joined: "… by district councils and committees did the Justice Department check?"
  // asks of the councils and the committees, the department being who checked.)
  // ("cap tinh cap huyen cap xa": values typed one after another, each opening with the same word, are
  // listed, three of them or asked each; not "văn bản của cấp huyện cấp tỉnh đã kiểm tra", whose second
  // is who acts.)
  const alike = (a: FacetHit<T>, b: FacetHit<T>) => b.start === a.end && b.end - b.start >= 2 && intent.words[a.start]!.fold === intent.words[b.start]!.fold;
  const listedAlike = (a: FacetHit<T>, b: FacetHit<T>) => alike(a, b) && (EACH_ASKED.test(text) || hits.some((c) => alike(b, c) || alike(c, a)));
  const joined = pairs.filter(([a, b]) => joinedByWord(a, b) || comma(a, b) || listedAlike(a, b));
  const inPair = new Set(joined.flatMap(([a, b]) => [a.value, b.value]));
  return joined.length ? { values: values.filter((v) => inPair.has(v)), byWord: joined.some(([a, b]) => joinedByWord(a, b)) } : { values: [], byWord: false };
}

/** For "A và B" questions: the best fact for each value, when no single fact covers them all. */
export function splitByFacet(k: LoadedKnowledge, intent: Intent, ranked: Candidate[], dims: (keyof FacetQuery)[], text: string): CompiledFact[] | null {
  for (const dim of dims) {
    const { values, byWord } = coordinated(intent, intent[dim] as FacetHit<string>[], text);
    if (values.length < 2) continue;
    const top = ranked[0]!;
    // A figure of them all answers. (Unless each is asked, "HĐND và UBND mỗi bên …", "did the council
    // and the committee each issue?", and the report states its parts: then each one's part, after
    // the whole when a total is asked too; no part stated, no figure of another measure for one.)
    if (values.every((v) => (top.fact.facets[dim] as string[]).includes(v))) {
      const parts = asksEach(text) ? partsUnder(k, top.fact)?.parts.map((id) => k.byId.get(id)!) : undefined;
      const each = parts && values.map((v) => parts.find((p) => (p.facets[dim] as string[]).includes(v) && !values.every((x) => (p.facets[dim] as string[]).includes(x))));
      if (!each || each.some((p) => !p) || new Set(each).size < each.length) return null;
      return namesOperation(intent.words, "sum") ? [top.fact, ...(each as CompiledFact[])] : (each as CompiledFact[]);
    }
    const base = facetsOf(intent);
    // (Of the level and action the question names, when splitting by another: "… sent in by district
    // councils and committees did the Justice Department check?" has no figure of the provincial
    // committee's documents, nor of those the districts issued.)
    const fitsNamed = (f: CompiledFact, d: "level" | "action") =>
      d === dim || !base[d].length || !f.facets[d].length || base[d].some((v) => (f.facets[d] as string[]).includes(v)) || (d === "action" && akinActions(base.action, f.facets.action));
    const ofNamed = (f: CompiledFact) => fitsNamed(f, "level") && fitsNamed(f, "action");
    const picks: CompiledFact[] = [];
    for (const v of values) {
      const best = search(k, intent, { ...base, [dim]: [v] }).find(
        (c) => (c.fact.facets[dim] as string[]).includes(v) && c.fact.kind !== "statement" && c.coverage >= WEIGHTS.minCoverage / 2 && ofNamed(c.fact),
      );
      if (best && !picks.includes(best.fact)) picks.push(best.fact);
    }
    // (Values joined by a comma alone, "công bố, bãi bỏ", are two of one thing: figures of one measure
    // and one kind, not the count at one level and a rate at another.)
    if (picks.length >= 2 && (byWord || picks.every((f) => f.measure === picks[0]!.measure && f.kind === picks[0]!.kind))) return picks;
    // (One figure for every value joined is of them together: "Sở Tư pháp và UBND tỉnh kiểm tra bao
    // nhiêu văn bản?" is the 89 the department helped the committee self-check.)
    if (picks.length === 1 && values.every((v) => (picks[0]!.facets[dim] as string[]).includes(v))) return picks;
  }
  return null;
}

/**
 * Where a question may hold a second one: "… và …", "…, còn …", "… and …", and a comma before a
 * second "bao nhiêu" ("có bn cơ quan tham gia, bn lượt dự thi?").
 */
const JOIN_WORDS = String.raw`và|va|còn|con|and|as well as`;
const JOINER = new RegExp(String.raw`(?:^|[\s,;])(?:${JOIN_WORDS})(?=\s)|,(?=\s*(?:bao nhiêu|bao nhieu|bn|mấy|how many|how much)\b)`, "giu");
/** Names of what is counted that hold a joiner ("cơ quan và đơn vị", "officials, civil servants and public employees"), folded, with their measure. */
const JOINED_NAMES: { re: RegExp; measure: string; name: string }[] = Object.entries(MEASURE_PHRASES).flatMap(([measure, phrases]) =>
  phrases
    .map((p) => fold(p).toLowerCase())
    .filter((p) => /\b(?:va|and|voi)\b/.test(p))
    .map((name) => ({ re: new RegExp(String.raw`(?<![\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s*,\s*|\s+/g, String.raw`[\s,]+`)}(?![\p{L}])`, "gu"), measure, name })),
);
/** A name of three things or more ("A, B and C"), or the one the figure's own unit or label says: one thing counted. */
const oneThing = (name: string, f: CompiledFact) => name.includes(",") || [f.unit?.vi, f.unit?.en, f.label.vi, f.label.en].some((w) => fold(w ?? "").toLowerCase().includes(name));
/** Where such names of the figure's measure are in a text (start, end), when its folded form keeps its length. */
function joinedNamesIn(text: string, f: CompiledFact): [number, number][] {
  const folded = fold(text).toLowerCase();
  if (!f.measure || folded.length !== text.length) return [];
  return JOINED_NAMES.filter((n) => n.measure === f.measure && oneThing(n.name, f)).flatMap((n) => [...folded.matchAll(n.re)].map((m): [number, number] => [m.index, m.index + m[0].length]));
}

/** Where the words after a joiner meet the next clause: a semicolon, or another joiner. */
const NEXT_JOINED = new RegExp(String.raw`;|,?\s(?:${JOIN_WORDS})\s`, "iu");

/** "Số nghị quyết của HĐND và số quyết định của UBND?": "số …" is "the number of …". */
const NUMBER_OF = /^(tổng số|số lượng|số)\s/iu;


/**
 * Does the joiner after the first `at` words join two values of one facet ("district-level councils
 * and committees")? Then it joins what one figure is of, splitByFacet's to tell apart, not two things
 * each a figure of its own.
 */
const joinsValues = (intent: Intent, at: number) => {
  // (The joiner's own words, however many: "and", "as well as".)
  const joiner = intent.coordinators.find((j) => j.start === at);
  return joiner !== undefined && (["level", "body", "action"] as const).some((d) => intent[d].some((h) => h.end === at) && intent[d].some((h) => h.start === joiner.end));
};

/** Content words of a question or part of one: what it names beyond question forms and context. */
const contentOf = (intent: Intent) => intent.words.filter((w) => !w.stop && !w.context).length;

/**
 * Two figures asked in one message, split where the parts join:
 * - two questions: "Thu ngân sách đạt bao nhiêu % dự toán và bằng bao nhiêu % so với cùng kỳ?",
 *   "what were the savings, and by what percentage …";
 * - one question over two things: "tổng thu ngân sách và chi cân đối ngân sách là bao nhiêu",
 *   "the reduction rates for civil servant positions and for staff in public service units" (not
 *   when one fact is far ahead or explains nearly all of it: then "and" joins what the one figure
 *   is about, as in "HĐND và UBND ban hành bao nhiêu văn bản").
 * `shared`: one question over two things, not two questions.
 * The first part is answered on its own; the second often leaves its subject to the first, so its
 * answer is the best other fact for the whole question that the second part also ranks high.
 */
export function splitByQuestion(k: LoadedKnowledge, text: string, intent: Intent, best: Candidate, dominant: boolean): { facts: CompiledFact[]; shared: boolean } | null {
  // Parts are read once, however many joiners share them.
  const read = new Map<string, Intent>();
  const intentOf = (part: string) => read.get(part) ?? read.set(part, readIntent(part, k.contentFolds, k.places)).get(part)!;
  // One total over what it names: "HĐND và UBND ban hành tổng cộng bao nhiêu …".
  const total = namesOperation(intent.words, "sum");
  const names = joinedNamesIn(text, best.fact);
  // What the question asks done, which a figure is of (or its stated change, when that is asked:
  // "biên chế công chức và số người làm việc giảm bao nhiêu …?" reads the posts in place, then their fall).
  const asked = facetsOf(intent).action;
  const doneAsked = (f: CompiledFact) => {
    if (!asked.length) return true;
    const change = changeFrom(k, f);
    return [f, ...(change ? [k.byId.get(change.change)!] : [])].some((g) => asked.some((x) => (g.facets.action as string[]).includes(x)));
  };
  for (const m of text.matchAll(JOINER)) {
    // (Not one inside the name of what the best figure counts: "officials, civil servants and public
    // employees" given e-mail accounts, "agencies and units" given rules are one thing counted; not
    // "công chức và viên chức", two the report counts apart.)
    if (names.some(([from, to]) => m.index! >= from && m.index! < to)) continue;
    const first = text.slice(0, m.index).trim();
    const second = text.slice(m.index + m[0].length).trim();
    const tail = fold(second).toLowerCase();
    const firstAsks = asks(first) || NUMBER_OF.test(first);
    // (Its question before the next clause: "How many agencies and units took part in the contest,
    // and how many entries were recorded?" joins two things the first question names, no two questions.)
    const head = second.split(NEXT_JOINED, 1)[0]!;
    const secondAsks = asksAmount(head) || NUMBER_OF.test(second) || /^((by|in|for|on|at|to) )?(what|which|how)\b/.test(tail);
    const twoQuestions = firstAsks && secondAsks;
    // ("Sở Tư pháp còn tổ chức bao nhiêu đoàn …": after a subject alone, "còn" is "also", no joiner.)
    if (!firstAsks && /^\W*(?:còn|con)$/iu.test(m[0].trim()) && !intentOf(first).action.length) continue;
    // Not "… by councils and committees did the department check?" (one fact far ahead), nor a
    // total, nor after a comma ("Of the drafts commented on, how many …"): a shared question needs
    // a word joining two things, each named on its side.
    const byWord = !m[0].trim().startsWith(",") || m[0].trim().length > 1;
    const sharedQuestion =
      byWord &&
      !dominant &&
      best.coverage < WEIGHTS.oneFactCoverage &&
      !total &&
      (firstAsks || asks(second)) &&
      // (Nor over what the second part joins before a question of its own, as above.)
      !asksAmount(second.slice(head.length)) &&
      contentOf(intentOf(first)) >= 2 &&
      contentOf(intentOf(second)) >= 2 &&
      !joinsValues(intent, intentOf(first).words.length);
    if (!twoQuestions && !sharedQuestion) continue;
    // "Trong số văn bản QPPL cấp tỉnh, có bao nhiêu nghị quyết của HĐND": the clause that asks.
    const clause = first.slice(first.lastIndexOf(",") + 1).trim();
    const a = [clause, first]
      .filter((part, i) => i === 1 || (part !== first && asks(part)))
      .map((part) => search(k, intentOf(part))[0])
      // A question for amounts is answered with figures, not with what a sentence describes.
      .find((c) => c && c.coverage >= WEIGHTS.minCoverage && !(intent.quantitative && c.fact.kind === "statement"));
    if (!a) continue;
    // (One question over two things: the first thing's figure is of what the question asks done, not
    // one its name alone finds, "ĐVSN" the units approved job schemes in "ĐVSN và công chức: số người
    // có mặt?".)
    if (!twoQuestions && !doneAsked(a.fact)) continue;
    const secondIntent = intentOf(second);
    const alone = search(k, secondIntent);
    // (A second question naming its own subject that no figure explains is not a figure of the first's
    // words: "… và bao nhiêu người dân hài lòng?" has none.)
    if ((!twoQuestions || contentOf(secondIntent) >= 2) && !(alone[0] && alone[0].coverage >= WEIGHTS.minCoverage)) continue;
    // What the second part names (an action, a level, a body) decides among the whole question's
    // facts: "how many are in place now" asks for the current number of what the first part asked.
    const named = facetsOf(secondIntent);
    const facets = facetsOf(intent);
    for (const dim of ["level", "body", "action"] as const) if (named[dim].length) facets[dim] = named[dim];
    const whole = search(k, intent, facets).filter((c) => c.fact !== a.fact && c.coverage >= WEIGHTS.minCoverage / 2);
    // Each fact by its share of the best score in both rankings: the second part says what is
    // asked, the whole question supplies what the second part leaves out.
    const share = (list: Candidate[], f: CompiledFact) => (list.find((c) => c.fact === f)?.score ?? 0) / (list[0]?.score || 1);
    let b: CompiledFact | undefined;
    let bestShare = 0;
    for (const c of whole) {
      // (Of it too: "Số người có mặt của ĐVSN và công chức?" asks no allocation.)
      if (!twoQuestions && !doneAsked(c.fact)) continue;
      const s = share(whole, c.fact) * (alone.length ? share(alone, c.fact) : 1);
      if (s > bestShare) [b, bestShare] = [c.fact, s];
    }
    if (b) return { facts: [a.fact, b], shared: !twoQuestions };
  }
  return null;
}
