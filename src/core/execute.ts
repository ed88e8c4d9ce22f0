// Executing a plan's operation over the ranked facts: a figure computed from stated ones, an
// exclusion applied through the report's parts and totals, or both readings of an ambiguous
// question. Each returns null when the plan asks for nothing of the kind, and "cannot" when it
// does but the facts cannot satisfy it: then the assistant declines rather than give another figure.
import { isChange } from "./asked-side.ts";
import { addable, amountOverReference, amountToPlan, averageOf, differenceFromSumOf, monthlyOfYearly, perMonthOf, perYear, singular, changeOverReference, completionOf, differenceOf, multipleOf, othersOf, previousOf, previousSumOf, ratioOf, referenceOf, remainingOfPlan, remainingShareOfPlan, remainingToPlan, leftAfterCut, shareOfSum, shortOfAllocation, sumLessOf, sumOf, type Computed, type Item } from "./derive.ts";
import { actionReadAsOthers, actionsReadAsOthers, readIntent, type Intent } from "./intent.ts";
import type { LoadedKnowledge } from "./kb.ts";
import type { Bilingual } from "../../knowledge/schema.ts";
import { bodiesOf, sameFacet, type CompiledFact, type CompiledRelation } from "./kb-types.ts";
import { analyze, lexicon, type Word } from "./analyze.ts";
import { fold, foldedAsRead, tokenize, type Token } from "./normalize.ts";
import { CONTEXT_WORDS } from "./lexicon/stopwords.ts";
import { parseReportNumber, quotedNumbers } from "./numbers.ts";
import { COUNTED_ONLY_MEASURES, MEASURE_NAMES, MEASURE_PHRASES, PERSON_WORDS, PUBLIC_SECTOR, STAFF_WORDS } from "./lexicon/measures.ts";
import { COUNTED_IN, STAFF_MEASURES, STAFF_TOGETHER, type Measure } from "../../knowledge/vocabulary.ts";
import { broaderOf } from "./lexicon/facets.ts";
import { HOW_MUCH_MORE_THAN } from "./lexicon/operations.ts";
import { measureCounted, measureOnlyActedOn, measuresCompared, measuresCountedNamed, measuresIn, measuresNamed, namesAnyMeasure } from "./measures-named.ts";
import { ADDED_AFTER, actionsJoined, addedItems, allocatedAndCurrent, figuresAtLevels, itemPick, itemPicks, itemsListed, namedTwice, namesAllLevels, onePerItem, onePerValue, operandsFor, poolOf, levelsAsLevels, provinceNamedAsLevel, splitItems, unitParted } from "./operands.ts";
import { multipleSides, ratioSides, type RatioSides } from "./ratio-sides.ts";
import { numberedList } from "./numbered-list.ts";
import { namesOperation, timesAsked, type ReadPlan } from "./plan.ts";
import { BoundedMemo, MAX_ITEMS, MEMO_SIZE } from "./budget.ts";
import { askingClause, asksQuantity } from "./question-forms.ts";
import { leavesOutJoined, namesOneOfJoined } from "./joined-parts.ts";
import { changeFrom, changeStating, EARLIER_PERIOD, labelWords, partOfWhole, partsUnder, relationOf, relationsOf, sameWhole, sharesOf, shareStating, totalOver, wholeOf } from "./relations.ts";
import { positionsCovered } from "./phrase-table.ts";
import { otherPlan } from "./narrower.ts";
import { ABOVE_A_TIME, comparesWithLastYear, otherPeriod } from "./period.ts";
import { countedShare, facetsOf, GENERIC_COUNTERS, labelMeasures, namesUnit, search, unitOpeningSaid, type Candidate, type FacetQuery } from "./search.ts";
import { WEIGHTS } from "./weights.ts";
import { withoutNameCommas } from "./name-commas.ts";

export type Executed = Item[] | "cannot" | null;

/** How many of the best-ranked facts an operation looks at for the figure it works on. */
const OPERAND_DEPTH = 3;

const usable = (ranked: Candidate[]) => ranked.slice(0, OPERAND_DEPTH).filter((c) => c.coverage >= WEIGHTS.minCoverage / 2);
const withOperands = (c: Computed | null): Item[] | null => (c ? [c, ...c.operands] : null);

function remaining(k: LoadedKnowledge, ranked: Candidate[], intent: Intent): Executed {
  // (Of a figure the question names nearly as well as the best: "còn bao nhiêu nhiệm vụ Chính phủ
  // giao chưa thực hiện?" has no plan to the 172 tasks, and the CCHC plan's 34 is another figure.)
  const top = ranked[0]?.score ?? 0;
  for (const { fact, coverage } of usable(ranked).filter((c) => c.score >= WEIGHTS.readingRatio * top)) {
    // A fraction's whole ("34 in the plan") is remaining and completion through its part.
    // ("còn bao nhiêu % nhiệm vụ chưa hoàn thành?": the share of the plan, not the count.)
    // "còn bằng bao nhiêu % mức cũ?" of a rate of a cut (42% of the cost before it, 2,47% since
    // 2023): what is left of that reference.
    const cut = intent.kind === "percent" && fact.kind === "percent" && (fact.facets.action as string[]).includes("giam") ? cutReference(k, fact) : undefined;
    if (cut) return withOperands(leftAfterCut(fact, cut)) ?? "cannot";
    // "còn thiếu bao nhiêu người?" of a number allocated and the number in post: their gap.
    const pair = allocatedAndCurrent(k, fact);
    if (pair) return withOperands(shortOfAllocation(pair[0], pair[1], intent.kind === "percent")) ?? "cannot";
    const part = fact.whole ? partOfWhole(k, fact) ?? fact : fact;
    const plan = intent.kind === "percent" ? remainingShareOfPlan(part) : remainingOfPlan(part);
    if (plan) return withOperands(plan);
    // "còn thiếu bao nhiêu triệu đồng nữa mới đạt dự toán", or a plain "bao nhiêu" about the amount
    // itself ("chi cân đối còn bao nhiêu nữa mới đủ dự toán"): the amount, from the figure and its share.
    // (Or, in English, a share whose amount the question's words explain as well: "How much more
    // revenue … to reach the estimate?" asks the revenue still to collect; "còn thiếu bao nhiêu so
    // với dự toán" names no amount, and the share of the plan is what the report states.)
    const amountAsWell = (f: CompiledFact) =>
      intent.lang === "en" && relationsOf(k, f).some((r) => r.type === "share-of-plan" && r.share === f.id && r.of && ranked.some((c) => c.fact.id === r.of && c.coverage >= coverage));
    const amount = intent.kind === "money" || intent.kind === "count" || (intent.kind === null && (fact.kind !== "percent" || amountAsWell(fact)));
    const of = amount ? relationsOf(k, fact).find((r) => r.type === "share-of-plan" && r.of && (r.of === fact.id || r.share === fact.id)) : undefined;
    if (of?.type === "share-of-plan") return withOperands(amountToPlan(k.byId.get(of.of!)!, k.byId.get(of.share)!, of.plan)) ?? "cannot";
    const share = shareStating(k, fact);
    if (share) return withOperands(remainingToPlan(fact, share.plan));
  }
  return "cannot";
}

/**
 * "Sở Tư pháp góp ý 332 dự thảo, trong đó 203 dự thảo QPPL, còn lại bao nhiêu?": a total and one of
 * its parts, both quoted, leave the rest (the other part when the report's parts are complete).
 */
function restOfQuoted(k: LoadedKnowledge, text: string, intent: Intent): Executed {
  const quoted = quotedNumbers(text);
  if (quoted.length !== 2) return "cannot";
  const withValue = (v: number) => k.kb.facts.filter((f) => f.value === v);
  for (const total of withValue(quoted[0]!)) {
    // (Of what it counts, when the question names what: not "còn lại bao nhiêu ngày?".)
    if (intent.counted.length && !countedShare(intent, total)) continue;
    const rel = partsUnder(k, total);
    const part = rel && withValue(quoted[1]!).find((f) => rel.parts.includes(f.id));
    if (!rel || !part) continue;
    const rest = rel.parts.filter((id) => id !== part.id);
    if (rel.complete && rest.length === 1) return [k.byId.get(rest[0]!)!];
    return withOperands(othersOf(total, [part])) ?? "cannot";
  }
  return "cannot";
}

/** What a rate of a cut is a share of: the plan its sentence names, or the baseline year of the change it rates. */
function cutReference(k: LoadedKnowledge, f: CompiledFact): Bilingual | undefined {
  const plan = shareStating(k, f)?.plan;
  if (plan) return plan;
  const change = relationsOf(k, f).find((r) => r.type === "change" && r.rate === f.id);
  return change?.type === "change" ? { vi: `năm ${change.baselineYear}`, en: String(change.baselineYear) } : undefined;
}

/** A rate the report does not state: done/planned, part/total, current/allocated. */
function rate(k: LoadedKnowledge, text: string, intent: Intent, ranked: Candidate[], explicit: boolean): Executed {
  const best = ranked[0];
  if (!best) return null;
  // "Số TTHC bị bãi bỏ bằng khoảng bao nhiêu phần trăm số TTHC được công bố?", "Quyết định của
  // UBND tỉnh chiếm bao nhiêu % văn bản QPPL cấp tỉnh?": each side read on its own, the part as the
  // question names it. (Two figures the sides name, neither a rate: what the question asks of them,
  // whatever rate its words also fit.)
  const sided = sidedRate(k, text, ranked);
  if (sided && "computed" in sided) return withOperands(sided);
  // The report states this rate itself: the plain answer gives it.
  if (best.fact.kind === "percent") return null;
  // (A change asked, "giảm bao nhiêu phần trăm so với năm 2023", is no share of a plan, a total or an
  // allocation: the report states the rate of its change or has none.)
  if (asksTheChange(intent)) return "cannot";
  for (const { fact } of usable(ranked)) {
    if (fact.kind !== "count" && fact.kind !== "money") continue;
    // (The part the question names, when it named one, `sided`: not the best match for the whole message.)
    if (sided && fact !== sided) continue;
    const done = completionOf(fact.whole ? partOfWhole(k, fact) ?? fact : fact);
    if (done) return withOperands(done);
    const whole = totalOver(k, fact);
    if (whole) return withOperands(ratioOf(fact, k.byId.get(whole.total)!));
    const pair = allocatedAndCurrent(k, fact);
    if (pair) return withOperands(ratioOf(pair[1], pair[0]));
  }
  if (explicit) {
    const ops = operandsFor(k, text, intent, ranked, true);
    const [a, b] = ops;
    // ("Tổng TTHC công bố và bãi bỏ, trong đó bãi bỏ chiếm bao nhiêu %?": of the two added, the one
    // named after "trong đó", in their sum; not one over the other.)
    // (One share asked: "… công bố chiếm bao nhiêu % và bãi bỏ chiếm bao nhiêu %?" is declined whole, not half answered.)
    const within = WITHIN_THE_TWO.exec(text);
    if (within && timesAsked(text) >= 2) return "cannot";
    if (within && a && b && ops.length === 2) {
      const named = text.slice(within.index + within[0].length).split(/\s(?:chiếm|chiem|bằng|bang|là|la|make|makes|account|accounts|is|are|was|were)(?![\p{L}\p{M}])/iu)[0]!;
      // (Only one of the two named before in its own words: "…, trong đó TTHC một cửa chiếm …" names neither.)
      const before = new Set(analyze(text.slice(0, within.index)).map((w) => w.fold));
      const ofTheTwo = analyze(named).filter((w) => !w.stop && !w.context).every((w) => before.has(w.fold));
      const part = ofTheTwo ? itemPick(k, named, poolOf(ranked).filter((c) => c.fact === a || c.fact === b)) : null;
      const share = part ? shareOfSum(part, [a, b], MEASURE_NAMES[part.measure as keyof typeof MEASURE_NAMES]) : null;
      return share ? withOperands(share) : "cannot";
    }
    // (A share worded as within its whole, "A chiếm … B", is at most 100 %; and of two figures: of
    // three levels named, the first two are no rate asked.)
    if (a && b && ops.length === 2 && !(ratioSides(text)?.within && a.value! > b.value!)) return withOperands(ratioOf(a, b));
  }
  return "cannot";
}

/** "trong đó", "of which" before the share asked of two figures named before it. */
const WITHIN_THE_TWO = /(?<![\p{L}\p{M}])(?:trong (?:số )?đó|trong (?:so )?do|of which|of these|of them)(?![\p{L}\p{M}])/iu;

/**
 * The rate a question words as two sides ("what share of B belong to A", "A chiếm bao nhiêu % B"),
 * computed from the two figures they name; null when it words none or they name no two figures.
 * Read before exclusions ("A rather than C" names the part) and whatever the whole message's best
 * figure explains of it: one figure rarely explains both sides.
 */
export function sidesShare(k: LoadedKnowledge, text: string, ranked: Candidate[]): Item[] | null {
  const r = sidedRate(k, text, ranked);
  return r && "computed" in r ? withOperands(r) : null;
}

/** The rate of the sides a question words (neither a rate itself), or the part it names alone, or null. */
function sidedRate(k: LoadedKnowledge, text: string, ranked: Candidate[]): Computed | CompiledFact | null {
  // (Of a list, the one item that words a rate, its sides within it: "1. Số bãi bỏ? 2. Số công bố? 3.
  // Số bãi bỏ bằng bao nhiêu % số công bố?" is 176 / 1.117; and only a rate worked out of two figures,
  // "1) revenue; 2) revenue as a percentage of the estimate; 3) …" asks each item, the stated 94,5% too.)
  const list = numberedList(text);
  const itemSides = list ? list.items.map(ratioSides).filter((x) => x !== null) : [];
  const sides = list ? (itemSides.length === 1 ? itemSides[0]! : null) : ratioSides(text);
  const r = sides ? sidesRate(k, sides, ranked) : null;
  if (list && !(r && "computed" in r)) return null;
  return r && "computed" in r && r.operands.some((f) => f.kind === "percent") ? null : r;
}

/** The name of what figures of these measures count, joined ("biên chế công chức và người làm việc"). */
function measuresName(fs: CompiledFact[]): Bilingual {
  const names = [...new Set(fs.map((f) => f.measure!))].map((m) => MEASURE_NAMES[m as keyof typeof MEASURE_NAMES]);
  return { vi: names.map((x) => x.vi).join(" và "), en: names.map((x) => x.en).join(" and ") };
}

/**
 * Readings that are one figure a level of the same thing (measure, unit and action as `like`), so
 * that they add up to every level's: documents issued at each level, not issued plus self-checked.
 */
const oneALevel = (fs: CompiledFact[], like: CompiledFact): boolean =>
  fs.every((f) => f.measure === like.measure && f.unit?.vi === like.unit?.vi && sameFacet(f, like, "action") && f.facets.level.length === 1) &&
  new Set(fs.map((f) => f.facets.level[0])).size === fs.length;

/** Does a piece name levels and nothing else ("cấp huyện", "và cấp xã")? */
function namesOnlyLevels(k: LoadedKnowledge, piece: string): boolean {
  const intent = readIntent(piece, k.contentFolds, k.places);
  const at = positionsCovered(intent.level);
  return at.size > 0 && intent.words.every((w, i) => w.stop || w.context || at.has(i));
}

/** A side that only refers back ("that", "số đó"): the first candidate, which in a follow-up is the figure before. */
const REFERS_BACK = /^(?:that|this|it|that figure|this figure|that number|this number|đó|này|số đó|số này|con số đó|con số này|nó)$/iu;

/** Items of a whole listed ("cấp huyện và cấp xã") that are added for a share: at most this many. */
const LISTED_WHOLE = 4;

/**
 * The rate of the two sides a question words: part / whole, each side its own best figure; when the
 * whole lists figures the report does not total ("văn bản QPPL cấp huyện và cấp xã"), their sum
 * (the part among them). A share within its whole is at most 100 %: a whole smaller than its part is
 * not the one named. Else the part alone (which the rate must then be of), or null.
 */
function sidesRate(k: LoadedKnowledge, sides: RatioSides, ranked: Candidate[]): Computed | CompiledFact | null {
  // (A rate's sides are amounts: not a rate its words also fit, "tỷ lệ đơn vị … cấp huyện được phê duyệt".)
  const pool = poolOf(ranked).filter((c) => c.fact.kind !== "percent");
  // ("… tổng số văn bản QPPL của cấp huyện và cấp xã cộng lại": the items, without what is asked of them.)
  const items = splitItems(sides.whole.replace(ADDED_AFTER, ""));
  // (The part takes what it leaves unsaid from a whole that is one thing, not from one item of a list.)
  // (Within a whole that is one thing, among the figures the whole question explains, the part's
  // own words need only tell them apart: "what percentage were legal normative drafts".)
  // (Or a thing at levels listed: "đơn vị sự nghiệp … ở cả cấp tỉnh và cấp huyện".)
  const one = items.length === 1 || items.slice(1).every((item) => namesOnlyLevels(k, item));
  // (A part named in no word its whole's side lacks, "Dự thảo góp ý chiếm bao nhiêu % tổng số dự
  // thảo được góp ý", is that whole: no share of it is asked.)
  // ("… chiếm bao nhiêu % tổng số văn bản QPPL cả 3 cấp": a whole of the levels' figures, added.)
  const wholeIntent = one ? readIntent(sides.whole, k.contentFolds, k.places) : undefined;
  // ("… all three levels", "cả ba cấp": every level.)
  const levels = wholeIntent && (namedTwice(wholeIntent).find((d) => d.dim === "level") ?? (namesAllLevels(wholeIntent) ? { dim: "level" as const, values: ["tinh", "huyen", "xa"] } : undefined));
  // ("What share of the announced number is that?" after the abolished: "that" is the first candidate, the figure before.)
  const back = REFERS_BACK.test(sides.part.trim());
  if (one && sides.within && !levels && !back && !namesMoreThan(sides.part, sides.whole)) return null;
  const least = one && sides.within ? WEIGHTS.minCoverage / 2 : WEIGHTS.minCoverage;
  const before = back ? poolOf(ranked)[0]?.fact : undefined;
  const picked = back ? (before && before.kind !== "percent" ? before : null) : itemPick(k, sides.part, pool, one ? sides.whole : undefined, undefined, least);
  // (A part that names no measure counts what its whole counts: "phần do UBND cấp huyện phê duyệt"
  // of the public service units is theirs, not the 9 district committees approved.)
  const wholeNamed = wholeIntent && !back && picked ? measuresNamed(wholeIntent) : [];
  const wholeMeasure = wholeIntent && !back && picked ? (measureCounted(wholeIntent)?.measure ?? (wholeNamed.length === 1 ? wholeNamed[0] : undefined)) : undefined;
  const ofWhole = wholeMeasure && picked && picked.measure !== wholeMeasure && !measuresNamed(readIntent(sides.part, k.contentFolds, k.places)).length
    ? itemPick(k, sides.part, pool.filter((c) => c.fact.measure === wholeMeasure), sides.whole, undefined, least)
    : null;
  const part = ofWhole ?? picked;
  if (!part) return null;
  // ("Tính cả ba cấp tỉnh, huyện, xã thì văn bản QPPL cấp xã chiếm …": a whole that names levels
  // and nothing counted is the part's figure at each of those levels, added.)
  const levelsRead = wholeIntent ?? readIntent(sides.whole, k.contentFolds, k.places);
  const atLevels = !measuresNamed(levelsRead).length ? (one ? levels : namedTwice(levelsRead).find((d) => d.dim === "level")) : undefined;
  const ofLevels = atLevels && figuresAtLevels(k, part, atLevels.values);
  const levelShare = ofLevels ? shareOfLevels(k, sides.part, part, ofLevels, pool) : null;
  if (levelShare) return levelShare;
  // (A whole listing its items, "tổng số công bố và bãi bỏ", is their sum, of one measure and unit
  // whatever each was done: the procedures published and those abolished.)
  const picks = items.length >= 2 && items.length <= LISTED_WHOLE ? items.map((item) => itemPick(k, item, pool)) : [];
  if (picks.length) {
    const added = addedItems(picks);
    const given = [...new Set(picks.filter((f) => f !== null))];
    const alike = given.length === items.length && given.every((f) => f.measure === given[0]!.measure && f.kind === given[0]!.kind && f.unit?.vi === given[0]!.unit?.vi);
    const listed = added.length >= 2 ? added : alike ? given : [];
    const name = MEASURE_NAMES[listed[0]?.measure as keyof typeof MEASURE_NAMES];
    const r = listed.length >= 2 && listed.includes(part) ? shareOfSum(part, listed, name) : null;
    if (r) return r;
  }
  if (wholeIntent && levels) {
    const listed = addedItems(onePerValue(k, wholeIntent, "level", levels.values));
    const r = listed.length >= 2 ? shareOfLevels(k, sides.part, part, listed, pool) : null;
    if (r) return r;
  }
  const whole = itemPick(k, sides.whole, pool);
  // (Not one item of a whole that lists several as the whole: "… % tổng số công bố và bãi bỏ" is no 176 / 1.117.)
  const oneOfListed = picks.length >= 2 && picks.includes(whole) && picks.some((f) => f !== null && f !== whole && f !== part);
  if (oneOfListed) return part;
  if (whole && whole !== part && (!sides.within || whole.value! >= part.value!)) return ratioOf(part, whole) ?? part;
  // ("Đơn vị sự nghiệp do cấp huyện phê duyệt chiếm bao nhiêu % tổng số đơn vị sự nghiệp được duyệt?":
  // a whole smaller than its part is one level's; the whole asked is every level's figure added.)
  if (whole && whole !== part && sides.within && wholeIntent) {
    const byLevel = [whole, ...otherReadings(k, wholeIntent, search(k, wholeIntent))];
    if (byLevel.length >= 2 && byLevel.includes(part) && oneALevel(byLevel, part)) {
      const r = shareOfSum(part, byLevel, MEASURE_NAMES[part.measure as keyof typeof MEASURE_NAMES]);
      if (r) return r;
    }
  }
  // (A part read as the whole itself, "qd của ubnd tỉnh" of the 125 whose sentence names the 94
  // decisions: the next figure the part's words fit, among the others.)
  // (Only a part the report states of that whole: "văn bản QPPL cấp tỉnh chiếm bao nhiêu % tổng số
  // văn bản QPPL cấp tỉnh" asks a whole over itself, no part of it.)
  if (whole && whole === part && sides.within) {
    // (And only a part named in words the whole's side lacks: "Đơn vị sự nghiệp chiếm bao nhiêu %
    // tổng số đơn vị sự nghiệp …" names none.)
    if (!namesMoreThan(sides.part, sides.whole)) return null;
    const other = itemPick(k, sides.part, pool.filter((c) => c.fact !== whole), one ? sides.whole : undefined, undefined, WEIGHTS.minCoverage);
    if (other && partsUnder(k, whole)?.parts.includes(other.id)) return ratioOf(other, whole) ?? other;
    return null;
  }
  return part;
}

/**
 * The share of the levels' figures added (`levels`) that the part side asks: one of them; several
 * it lists, added ("Cấp huyện và cấp xã cộng lại chiếm …"); or a part of one of them (the council's
 * 31 resolutions of the province's 125).
 */
function shareOfLevels(k: LoadedKnowledge, partSide: string, part: CompiledFact, levels: CompiledFact[], pool: Candidate[]): Computed | null {
  const name = MEASURE_NAMES[levels[0]!.measure as keyof typeof MEASURE_NAMES];
  const items = splitItems(partSide.replace(ADDED_AFTER, " "));
  if (items.length >= 2 && items.length < levels.length) {
    const parts = [...new Set(items.map((item) => itemPick(k, item, pool.filter((c) => levels.includes(c.fact)))))];
    if (parts.length === items.length && parts.every((p) => p !== null)) return shareOfSum(parts as CompiledFact[], levels, name);
  }
  if (levels.includes(part)) return shareOfSum(part, levels, name);
  const of = totalOver(k, part)?.total;
  return of && levels.some((l) => l.id === of) ? shareOfSum(part, levels, name, true) : null;
}

/** Does a side of a share name a word the other lacks (folded, with abbreviations spelled out)? */
function namesMoreThan(part: string, whole: string): boolean {
  const wholeWords = new Set(analyze(whole).map((w) => w.fold));
  return analyze(part).some((w) => !w.stop && !wholeWords.has(w.fold));
}

function difference(k: LoadedKnowledge, text: string, intent: Intent, ranked: Candidate[]): Executed {
  let ops: CompiledFact[] | undefined;
  // (Two changes the report states against one baseline, each side naming its own: their measures
  // are what the sides name, however they word them.)
  let stated = false;
  // "How many fewer … than in 2023": the change the report states against that year. ("So với năm
  // 2023, người làm việc giảm nhiều hơn biên chế công chức giảm bao nhiêu?": two changes the report
  // states against it, one less the other.)
  // (Or said to be above the year before, how far asked: "thu ngân sách vượt cùng kỳ bao nhiêu %".)
  // (Or "how much higher is revenue this year than the same period last year": the time after "than".)
  const folded = fold(text).toLowerCase();
  const than = HOW_MUCH_MORE_THAN.exec(folded);
  const aboveATime = than !== null && ABOVE_WORDS.has(than[1]!) && againstATime(folded, than);
  const aboveAsked = (ABOVE_A_TIME.test(intent.raw.map((t) => t.fold).join(" ")) || aboveATime) && asksTheChange(intent);
  // (Said to be above the year before, of a figure that fell: "Biên chế công chức năm 2024 cao hơn năm
  // trước bao nhiêu?" has no rise to give.)
  const top = aboveAsked ? ranked[0]?.fact : undefined;
  const fall = (f: CompiledFact | undefined) => f !== undefined && (f.facets.action as string[]).includes("giam");
  if (top && (fall(top) || fall(k.byId.get(changeFrom(k, top)?.change ?? "")))) return "cannot";
  if (intent.baselineYears.length || comparesWithLastYear(intent) || aboveAsked) {
    const sides = comparedSides(text.replace(BASELINE, " "));
    const changes = sides && changesBySides(k, sides, ranked);
    // ("Biên chế hiện có chênh bao nhiêu so với năm 2023?": one side, the figure now, against that
    // year is the change the report states, not a difference with any other figure.)
    if (!changes) {
      // (Of a measure the question names: "giảm bn so với năm ngoái?" leaves both staff measures open.)
      const now = !sides && ranked[0] && measuresNamed(intent).length === 1 ? changeFrom(k, ranked[0].fact) : undefined;
      // (Against a year named, of a figure whose change since it the report does not state: none,
      // "Số lượt người dự thi cao hơn năm 2023 bao nhiêu %?" is no 107.737.)
      const noChange = !sides && intent.baselineYears.length > 0 && ranked[0] !== undefined && !changeFrom(k, ranked[0].fact) && !isChange(k, ranked[0].fact);
      return now ? [k.byId.get(now.change)!] : noChange ? "cannot" : null;
    }
    ops = changes;
    stated = true;
  }
  // "Cấp tỉnh ban hành nhiều hơn cấp huyện và cấp xã cộng lại bao nhiêu?": one side against the
  // sum of the other's items.
  const against = comparedSides(text);
  if (!ops && against && ADDED_SIDE.test(fold(against[1]).toLowerCase())) {
    // (The words opening the side, "tổng số …", itemPicks reads its first item without.)
    const items = splitItems(against[1].replace(ADDED_AFTER, " "));
    if (items.length >= 2 && items.length <= MAX_ITEMS) {
      const one = itemPick(k, against[0], poolOf(ranked));
      const added = itemPicks(k, items.join(", "), ranked, false);
      const parts = [...new Set(added.filter((f) => f !== null))];
      if (one && !added.includes(null) && parts.length === items.length && !parts.includes(one) && parts.every((f) => f.measure === one.measure)) {
        return withOperands(differenceFromSumOf(one, parts, MEASURE_NAMES[one.measure as keyof typeof MEASURE_NAMES])) ?? "cannot";
      }
    }
  }
  // "A nhiều hơn B bao nhiêu": the comparison word parts the two sides, each read on its own
  // ("quyết định của UBND tỉnh nhiều hơn nghị quyết của HĐND tỉnh bao nhiêu văn bản?": the 94
  // decisions, not the committee's 89 documents checked that "văn bản" ranks first for the whole),
  // when each side names one figure clearly and both are of one measure; else what the question
  // names twice or lists decides, the sides (read as items) if nothing does.
  if (!ops) {
    const clear = figuresBySides(k, text, ranked);
    if (clear && clear[0].measure === clear[1].measure) ops = clear;
  }
  // ("Tỷ lệ giảm biên chế công chức thấp hơn tỷ lệ giảm của đơn vị sự nghiệp bao nhiêu?": two changes
  // the report states, one on each side, without a year named, of a question naming the fall.)
  if (!ops && facetsOf(intent).action.includes("giam")) {
    const sides = comparedSides(text);
    const changes = sides && changesBySides(k, sides, ranked);
    if (changes) [ops, stated] = [changes, true];
  }
  // ("the gap between the staff allocated and the number actually in post": the report's pair of
  // the best figure, each side naming one of it by its action alone.)
  const pairSides = !ops ? comparedSides(text) ?? betweenSides(text) : null;
  const pair = pairSides && ranked[0] ? allocatedAndCurrent(k, ranked[0].fact) : null;
  if (pair) {
    const acts = pairSides!.map((side) => facetsOf(readIntent(side, k.contentFolds, k.places)).action);
    const [giao, hienCo] = [acts.map((a) => a.includes("giao")), acts.map((a) => a.includes("hien-co"))];
    if (giao[0] && hienCo[1] && !giao[1] && !hienCo[0]) ops = pair;
    else if (hienCo[0] && giao[1] && !giao[0] && !hienCo[1]) ops = [pair[1], pair[0]];
  }
  // ("… were allotted a certain number of staff, yet fewer are actually in post. How big is that
  // gap?": no sides, the message naming both the allocation and those in post of the best figure's
  // pair; "fewer" says which is less, no change.)
  // (Of the pair's own staff measure only, named or not: "allotted civil-servant positions, yet fewer
  // staff in public service units" compares two measures.)
  const bothActs = !ops && !pairSides && ranked[0] ? facetsOf(intent).action : [];
  const ofOneMeasure = measuresNamed(intent).every((m) => !(STAFF_MEASURES as readonly string[]).includes(m) || m === ranked[0]?.fact.measure);
  if (ofOneMeasure && bothActs.includes("giao") && bothActs.includes("hien-co") && bothActs.every((a) => ["giao", "hien-co", "giam"].includes(a))) ops = allocatedAndCurrent(k, ranked[0]!.fact) ?? undefined;
  ops ??= operandsFor(k, text, intent, ranked, true);
  if (ops.length !== 2) {
    const sides = comparedSides(text);
    const picks = sides ? itemPicks(k, sides.join(", "), ranked, false) : [];
    if (picks.length === 2 && picks[0] && picks[1] && picks[0] !== picks[1] && !picks.some((p) => levelLeftOpen(intent, p!, ranked))) ops = [picks[0], picks[1]];
  }
  // "thu hút hơn bao nhiêu lượt người?" of a figure the report gives as "hơn 107.737 lượt": the
  // figure's own "more than", not a comparison of two.
  // (Nor one figure against a time, "how much higher … than in the same period of the previous
  // year?": the change since then, read as the figure's.)
  if (ops.length !== 2) return ranked[0] && (statedAsMoreThan(ranked[0].fact) || againstATime(fold(text).toLowerCase())) ? null : "cannot";
  // A total and one of its two parts: what is compared with that part is the other part ("đơn vị
  // thuộc các cơ quan chuyên môn nhiều hơn đơn vị trực thuộc UBND tỉnh": 117 − 11, not 128 − 117).
  const [a, b] = ops as [CompiledFact, CompiledFact];
  const rel = [partsUnder(k, a), partsUnder(k, b)].find((r) => r && (r.parts.includes(a.id) || r.parts.includes(b.id)));
  if (rel) {
    if (!rel.complete || rel.parts.length !== 2) return "cannot";
    const part = rel.total === a.id ? b : a;
    ops = [part, k.byId.get(rel.parts.find((id) => id !== part.id)!)!];
  }
  // Figures of two measures in two units ("người làm việc giảm nhiều hơn biên chế công chức giảm")
  // only when the message names both (spending and revenue are both in triệu đồng).
  const measures = [...new Set(ops.map((o) => o.measure!))];
  const named = measuresCountedNamed(intent);
  if (!stated && measures.length > 1 && ops[0]!.unit?.vi !== ops[1]!.unit?.vi && !measures.every((m) => named.includes(m))) return "cannot";
  // (Two sides naming two measures, "biên chế công chức hơn người làm việc bao nhiêu?", are those
  // two: not two figures of one of them.)
  const sides = comparedSides(text)?.map((side) => measuresIn(side));
  const sidesApart = sides !== undefined && sides.every((m) => m.length > 0) && !sides[0]!.some((m) => sides[1]!.includes(m)) && !sides[1]!.some((m) => sides[0]!.includes(m));
  const compared = sidesApart ? sides.flat() : measuresCompared(intent) ? named : null;
  const ofCompared = (o: CompiledFact) => compared!.some((m) => m === o.measure || COUNTED_IN[m as Measure] === o.measure);
  if (!stated && compared && (measures.length < 2 || !ops.every(ofCompared))) return "cannot";
  // "How many percentage points higher …": a gap between two rates; of two actions, not one side's
  // rate of another action than the other side names when it names none ("budget revenue against
  // the same period than against the estimate" is no spending's share).
  if (POINTS_ASKED.test(folded)) {
    // ("How many percentage points larger was the cut in A than the cut in B?": the rates the report
    // states of the two changes.)
    // (Only both changes, to two rates: a change and its own rate have no gap.)
    const rates = ops.map((o) => {
      const r = changeStating(k, o);
      return r?.change === o.id && r.rate ? k.byId.get(r.rate) : undefined;
    });
    if (rates[0] && rates[1] && rates[0] !== rates[1] && rates.every((o) => o?.kind === "percent")) ops = rates as CompiledFact[];
    const bySide = comparedSides(text)?.map((side) => facetsOf(readIntent(side, k.contentFolds, k.places)).action) ?? [];
    const oneSideOnly = bySide.length === 2 && bySide.filter((a) => a.length > 0).length === 1;
    if (!ops.every((o) => o.kind === "percent") || (!sameFacet(ops[0]!, ops[1]!, "action") && oneSideOnly)) return "cannot";
  }
  return withOperands(differenceOf(ops[0]!, ops[1]!, measuresName(ops))) ?? "cannot";
}

/** The changes the report states that two sides of a comparison name, each one's own (none unless both are of one kind). */
function changesBySides(k: LoadedKnowledge, sides: [string, string], ranked: Candidate[]): [CompiledFact, CompiledFact] | null {
  // (A side named by its level, "… than civil servant posts", compares its change: the verb of
  // the other side governs both.)
  const asChange = (f: CompiledFact | null) => {
    const from = f && changeStating(k, f) === undefined ? changeFrom(k, f) : undefined;
    return from ? k.byId.get(from.change)! : f;
  };
  // (Each side's own figures are candidates too: the whole message may rank one side's thing far
  // ahead, "… people left public service units than civil servant posts were cut".)
  const own = sides.flatMap((side) => search(k, readIntent(side, k.contentFolds, k.places)));
  const picks = itemPicks(k, sides.join(", "), [...ranked, ...own], false).map(asChange);
  const [a, b] = picks;
  return picks.length === 2 && a && b && a !== b && a.kind === b.kind && changeStating(k, a) !== undefined && changeStating(k, b) !== undefined ? [a, b] : null;
}

/** "the gap between A and B", "chênh lệch giữa A và B": the two sides as typed, at the first "and" past "between". */
function betweenSides(text: string): [string, string] | null {
  const folded = fold(text).toLowerCase();
  if (folded.length !== text.length) return null;
  const m = /\b(?:between|giua) (.+?) (?:and|va) (.+?)[?.!\s]*$/d.exec(folded);
  return m?.indices ? [text.slice(m.indices[1]![0], m.indices[1]![1]), text.slice(m.indices[2]![0], m.indices[2]![1])] : null;
}

/** A clause setting the scene of a comparison after it ("Đối với cấp huyện, …", "Trong số văn bản QPPL cấp tỉnh, …"), folded. */
const SCENE = /^(?:trong|ve|doi voi|tai|o|rieng|theo|for|in|at|among|regarding|as for|of)\s/;

/**
 * The figures the two sides of a comparison name, each read on its own in the scene a clause
 * before them sets ("Đối với cấp huyện, A nhiều hơn B": both at district level), when each names
 * one clearly (not "kiểm tra" of three kinds of checks).
 */
function figuresBySides(k: LoadedKnowledge, text: string, ranked: Candidate[]): [CompiledFact, CompiledFact] | undefined {
  const sides = comparedSides(text);
  if (!sides) return undefined;
  let [left, right] = sides;
  // (The last ", " of the left side: not the comma of a number, "4,29%"; nor one joining names, "HĐND, UBND tỉnh".)
  const cut = left.lastIndexOf(", ");
  const scene = cut > 0 && SCENE.test(fold(left.slice(0, cut)).toLowerCase().trim()) ? left.slice(0, cut) : undefined;
  if (scene) left = left.slice(cut + 2);
  // (A side listing things, "cấp huyện và cấp xã cộng lại", names no one figure.)
  if ([left, right].some((side) => ADDED_SIDE.test(fold(side).toLowerCase()))) return undefined;
  const pool = poolOf(ranked);
  // (Without a scene, the verb of one side governs the other that names none, and what one side
  // counts the other counts too: "HĐND, UBND tỉnh ban hành nhiều hơn cấp huyện bao nhiêu văn bản
  // QPPL?" compares the documents each issued.)
  const pick = (side: string, other: string) =>
    scene ? itemPick(k, side, pool, scene, ["level", "body", "action"], WEIGHTS.minCoverage, true) : itemPick(k, side, pool, other, ["action"], WEIGHTS.minCoverage, true);
  const a = pick(left, right);
  const b = pick(right, left);
  return a && b && a !== b ? [a, b] : undefined;
}

/**
 * A side read loosely that names no level, of a figure the report gives at other levels too, nearly
 * as well ranked ("văn bản ban hành nhiều hơn văn bản kiểm tra": issued at three levels): no one figure.
 */
function levelLeftOpen(intent: Intent, f: CompiledFact, ranked: Candidate[]): boolean {
  if (facetsOf(intent).level.length) return false;
  const own = ranked.find((c) => c.fact === f)?.score ?? 0;
  return ranked.some((c) => c.fact !== f && c.fact.measure === f.measure && sameFacet(c.fact, f, "action") && !sameFacet(c.fact, f, "level") && c.score >= WEIGHTS.readingRatio * own);
}

/** Comparing words saying one side is above the other ("how much higher …"). */
const ABOVE_WORDS: ReadonlySet<string> = new Set(["more", "bigger", "larger", "higher", "greater"]);

/** Percentage points asked (folded): "how many percentage points", "bao nhiêu điểm phần trăm". */
const POINTS_ASKED = /\b(?:percentage points?|how many points?|points? (?:higher|lower|more|fewer|less|above|below|apart)|diem phan tram)\b|\bdiem %/;

/** Words saying one side is more or less than the other (folded). */
const MORE_OR_LESS = /\b(?:nhieu hon|it hon|cao hon|thap hon|lon hon|nho hon|more than|fewer than|less than|higher than|lower than|greater than|exceed(?:ed|s)?)\b/;
/** Words comparing two sides ("A nhiều hơn B", "A exceeds B", "A so với B"), on folded text. */
const COMPARES = /\b(?:nhieu hon|it hon|cao hon|thap hon|lon hon|nho hon|chenh lech (?:voi|so voi)|so voi|more than|fewer than|less than|higher than|lower than|greater than|exceed(?:ed|s)?)\b/;

/** "how many more A than a time", not a figure ("… than in the same period of the previous year", "… than in 2023"), folded. */
function againstATime(folded: string, than = HOW_MUCH_MORE_THAN.exec(folded)): boolean {
  return than !== null && PERIOD_SIDE.test(folded.slice(folded.indexOf(" than ", than.index + than[0].length) + 6));
}
const A_YEAR_BEFORE = String.raw`(?:(?:previous|last|prior|preceding) year|year before|\d{4}|a year (?:earlier|before|ago))`;
/** (The same period said with its year or without, "the same period last year", "the same period".) */
const PERIOD_SIDE = new RegExp(String.raw`^(?:(?:in|for|during|at|of) )?(?:the )?(?:same (?:period|time)\b(?: (?:of |in )?(?:the )?${A_YEAR_BEFORE})?|(?:period (?:of|in) (?:the )?)?${A_YEAR_BEFORE})\b`);
/** A baseline year a comparison is made against ("so với năm 2023,"), as typed: no side of it. */
const BASELINE = /(?:,\s*)?\b(?:so v[oớ]i|compared (?:with|to)|vs\.?|versus|than)\s+(?:(?:n[aă]m\s+)?\d{4}|n[aă]m\s+(?:tr[uư][oớ]c|ngo[aá]i)|last year|the previous year|a year (?:earlier|before))\s*,?/giu;

/** A side of a comparison that adds its items ("cấp huyện và cấp xã cộng lại", "combined"), folded. */
const ADDED_SIDE = /\b(cong lai|gop lai|cong chung|tong so|combined|together|put together)\b/;

/** "Chênh lệch giữa A và B", "the gap between A and B" (folded): the two sides, parted by the "và" before a side opening as the first does. */
const BETWEEN = /\b(?:chenh lech|khoang cach|hieu so|difference|gap) (?:giua|between) /;

/** The two sides a comparison word parts, as typed ("[A] nhiều hơn [B] bao nhiêu?"). */
export function comparedSides(text: string, ofAnswers = false): [string, string] | null {
  const lower = fold(text).toLowerCase();
  // "Chênh lệch giữa tỷ lệ … so với dự toán và tỷ lệ … so với dự toán": not at a "so với" inside a side.
  // (Only then: without one, "chênh lệch giữa A và B" is read by the figures each names, below.)
  // (Or, of two answers before, with one "và" between them: "Chênh lệch giữa số giao và số hiện có"
  // names each answer; said alone, a "và" may part a side's own words, read by betweenSides below.)
  const between = lower.length === text.length && (COMPARES.test(lower) || ofAnswers) ? BETWEEN.exec(lower) : null;
  if (between) {
    const rest = lower.slice(between.index + between[0].length);
    const head = rest.split(/\s+/).slice(0, 2).join(" ");
    const joins = [...rest.matchAll(/ (?:va|and) /g)];
    const at = COMPARES.test(lower) ? joins.find((m) => rest.startsWith(head, m.index! + m[0].length))?.index : joins.length === 1 ? joins[0]!.index : undefined;
    const typed = text.slice(between.index + between[0].length);
    if (at !== undefined) return [typed.slice(0, at).trim(), typed.slice(at).replace(/^\s*(?:và|va|and)\s+/iu, "").trim()];
  }
  // "số giao hơn số hiện có bn": a bare "hơn" before the "số" of the other side. (Of two answers
  // before, before any word: "chi hơn thu bao nhiêu?".)
  const over = (ofAnswers ? / hon (?=\S)/ : / hon (?=so\b)/).exec(lower);
  if (over && !MORE_OR_LESS.test(lower)) {
    const [left, right] = [text.slice(0, over.index).trim(), text.slice(over.index + over[0].length).trim()];
    if (left && right) return [left, right];
  }
  // "how many more A than B": the sides around "than".
  // (Not against a time: "… than in the same period of the previous year" is the change since then.)
  const than = HOW_MUCH_MORE_THAN.exec(lower);
  if (than && !againstATime(lower, than)) {
    const at = than.index + than[0].length;
    const split = lower.indexOf(" than ", at);
    const [left, right] = [text.slice(at, split).trim(), text.slice(split + 6).trim()];
    if (left && right) return [left, right];
  }
  // (A word saying more or less first: "so với" may be inside a side, "tỷ lệ thu so với dự toán
  // cao hơn tỷ lệ chi so với dự toán".)
  const folded = fold(text).toLowerCase();
  for (const words of [MORE_OR_LESS, COMPARES]) {
    for (const m of folded.matchAll(new RegExp(words, "g"))) {
      const [left, right] = [text.slice(0, m.index).trim(), text.slice(m.index + m[0].length).trim()];
      // (A baseline, "so với năm 2023", compares with no side of the question.)
      if (m[0] === "so voi" && /^(nam )?\d{4}\b/.test(fold(right).toLowerCase())) continue;
      if (left && right) return [left, right];
    }
  }
  return null;
}

/** A figure its sentence gives as "hơn 107.737", "over 107,737". */
function statedAsMoreThan(f: CompiledFact): boolean {
  for (const m of f.quote.matchAll(/(?:hơn|trên|over|more than)\s+(\d[\d.,]*)/giu)) {
    try {
      if (parseReportNumber(m[1]!) === f.value) return true;
    } catch {
      // not a number the report prints: not this figure
    }
  }
  return false;
}

/**
 * Does the figure's description (label, unit, sentence) hold every word an item names of its own,
 * without what the message says of all items? (No search: a question's searches are bounded.)
 */
function namesOwnFigure(k: LoadedKnowledge, item: string, f: CompiledFact): boolean {
  const described = new Set(analyze([f.label.vi, f.label.en, f.unit?.vi ?? "", f.unit?.en ?? "", f.quote].join(" ; ")).map((w) => w.fold));
  // ("district-level People's Committees": the level's own word, "cấp", "level", is named by any figure of a level.)
  const leveled = (f.facets.level as string[]).length > 0;
  return readIntent(item, k.contentFolds, k.places).words.every((w) => w.stop || w.context || described.has(w.fold) || (leveled && LEVEL_WORD.has(w.fold)));
}
const LEVEL_WORD: ReadonlySet<string> = new Set(["cap", "level"]);

/** A list in brackets ("(Sở, Chi cục, UBND cấp huyện và đơn vị sự nghiệp)", "(Sở + Chi cục + …)"): its items. */
const BRACKETED_LIST = /\(([^)]*(?:,|\+|(?<![\p{L}\p{M}])(?:và|and)(?![\p{L}\p{M}]))[^)]*)\)/u;

function sum(k: LoadedKnowledge, text: string, intent: Intent, ranked: Candidate[]): Executed {
  const best = ranked[0];
  // ("Total headcount cut, positions plus staff together?" asks a total without "how many".)
  if (!best || !(intent.quantitative || text.includes("?"))) return null;
  // One fact already covers every value the question names ("HĐND lẫn UBND tỉnh": their total),
  // in each qualifier it names twice (not the district level listed beside them).
  const twice = namedTwice(intent);
  if (twice.length && twice.every(({ dim, values }) => values.every((v) => (best.fact.facets[dim] as string[]).includes(v)))) return null;
  let ops = operandsFor(k, text, intent, ranked, false);
  // "Tính chung cả tỉnh và UBND cấp huyện, … tổng cộng bao nhiêu đơn vị sự nghiệp?": the levels
  // named, each its figure of the measure counted, when the figures read are of another measure.
  // (Only of that one measure: not "… bao nhiêu đơn vị sự nghiệp và sở ban ngành", which adds another thing.)
  const counted = measureCounted(intent);
  const levelsNamed = facetsOf(intent).level;
  const alone = counted !== undefined && measuresNamed(intent).every((m) => m === counted.measure) && !new RegExp(String.raw`\b${counted.words} (?:va|and|hoac|or|voi|cung|ca)\b|\b${counted.words}\s*,`).test(fold(text).toLowerCase());
  if (alone && levelsNamed.length >= 2 && ops.length >= 2 && ops.some((o) => o.measure !== counted.measure)) {
    const like = ranked.find((c) => c.fact.measure === counted.measure && c.fact.kind === "count" && c.coverage >= WEIGHTS.minCoverage)?.fact;
    const atLevels = like ? figuresAtLevels(k, like, levelsNamed) : null;
    if (atLevels) ops = atLevels;
  }
  // "tự kiểm tra, kiểm tra theo thẩm quyền và kiểm tra qua các Đoàn": the three items' figures when
  // they hold the two qualifiers' figures and more.
  // (Of one measure, as the qualifiers' figures are; their actions may differ as theirs do.)
  // (Or, whatever the qualifiers, an enumeration of three or more whose items each name a part of
  // one sum: "Counting departments, sub-departments, district committees and public service units".)
  if (itemsListed(text) >= 3) {
    const picks = itemPicks(k, text, ranked);
    const listed = [...new Set(picks.filter((f) => f !== null))];
    // (Not a part of one of them: "góp ý tổng cộng bao nhiêu, trong đó bao nhiêu …" asks each.)
    const unrelated = listed.every((a) => listed.every((b) => a === b || (totalOver(k, a)?.total !== b.id && !sameWhole(k, a, b))));
    const superset = ops.length >= 2 && listed.length > ops.length && ops.every((o) => listed.includes(o)) && listed.every((f) => f.measure === ops[0]!.measure);
    const parts = listed.length >= 3 && addedItems(listed).length === listed.length;
    if (!picks.includes(null) && unrelated && (superset || parts)) ops = listed;
  }
  // "tổng cộng bao nhiêu cơ quan, đơn vị được phê duyệt đề án vị trí việc làm?": a whole the report
  // lists without totalling it, counted by its name, is every item of the list added; not when the
  // message lists some items of its own ("(Sở, Chi cục và UBND cấp huyện)", "Sở với Chi cục gộp lại").
  const list = wholeListedCounted(k, text, ranked);
  if (list && !/\(/.test(text) && (ops.length < 2 || (ops.every((o) => list.parts.includes(o.id)) && !ops.every((o) => unitNamed(intent, o))))) {
    // (Of several measures, named together by the list's whole.)
    return withOperands(sumOf(list.parts.map((id) => k.byId.get(id)!), list.whole)) ?? "cannot";
  }
  // "Có tổng cộng bao nhiêu cơ quan hành chính được phê duyệt …?": a measure counted of which a list
  // the report states holds several items, the best figure one of them, is those items added (of the
  // level the message names, if any: "cơ quan hành chính cấp tỉnh" are the departments and sub-departments).
  // (Or the one measure a total names, "Tổng số cơ quan hành chính … là bao nhiêu?".)
  const onlyNamed = measuresNamed(intent);
  const totalled = counted?.measure ?? (onlyNamed.length === 1 ? onlyNamed[0] : undefined);
  if (ops.length < 2 && totalled) {
    const listedIn = relationOf(k, best.fact, "listed");
    const levelsAsked = levelsAsLevels(intent);
    const ofCounted = listedIn?.type === "listed" && best.fact.measure === totalled
      ? listedIn.parts.map((id) => k.byId.get(id)!).filter((f) => f.measure === totalled && levelsAsked.every((l) => (f.facets.level as string[]).includes(l)))
      : [];
    if (ofCounted.length >= 2) return withOperands(sumOf(ofCounted, MEASURE_NAMES[totalled as keyof typeof MEASURE_NAMES])) ?? "cannot";
  }
  // "tổng số cơ quan hành chính và đơn vị sự nghiệp được phê duyệt …": a measure named in general,
  // of which the list the figures are parts of holds several, is all of them (the departments, the
  // sub-departments and the district committees), not its best-ranked one.
  const inList = ops.length >= 2 ? relationOf(k, ops[0]!, "listed") : undefined;
  if (inList?.type === "listed" && ops.every((o) => inList.parts.includes(o.id))) {
    const named = measuresNamed(intent);
    const parts = inList.parts.map((id) => k.byId.get(id)!);
    const several = (m: string | null | undefined) => parts.filter((p) => p.measure === m).length > 1;
    // (Not when it names one of them by its unit: "Sở, ban, ngành và đơn vị sự nghiệp" adds the departments.)
    const said = ` ${tokenize(text).map((t) => t.fold).join(" ")} `;
    const general = ops.every((o) => named.includes(o.measure ?? "") && !(several(o.measure) && unitOpeningSaid(said, o)));
    // (Nor when it names a level some of them are not of: "cơ quan hành chính cấp huyện và đvsn".)
    const levels = levelsAsLevels(intent);
    const ofLevels = parts.every((p) => levels.every((l) => (p.facets.level as string[]).includes(l)));
    if (general && ofLevels && parts.length > ops.length && parts.every((p) => named.includes(p.measure ?? ""))) return withOperands(sumOf(parts, inList.whole)) ?? "cannot";
  }
  // A total over a list in brackets ("(Sở, Chi cục, UBND cấp huyện và đơn vị sự nghiệp)") whose
  // items the figures do not give: no single figure is that total.
  // (Unless each item in them is a figure to add: "Tổng số cơ quan, đơn vị (Sở, Chi cục, UBND cấp
  // huyện và đơn vị sự nghiệp) được phê duyệt …" is the list read with what follows it.)
  // (Not a name written with commas, "cấp xã (xã, phường, thị trấn)": one thing, glossed.)
  const bracketed = BRACKETED_LIST.exec(withoutNameCommas(text));
  if (bracketed) {
    // (The verb they share may come before the brackets: "… được giao (gồm công chức và …)".)
    // (Or after them, past a comma closing the lead they end: "Tính riêng khối hành chính (Sở ban ngành,
    // chi cục và UBND cấp huyện), đề án … đã duyệt cho tổng cộng bao nhiêu …?": the items alone, in it.)
    const after = text.slice(bracketed.index + bracketed[0].length);
    const picks = /^\s*,/.test(after) ? itemPicks(k, bracketed[1]!, ranked, true, text) : itemPicks(k, `${bracketed[1]} ${after}`, ranked, true, text);
    const listed = [...new Set(picks.filter((f) => f !== null))];
    const unrelated = listed.every((a) => listed.every((b) => a === b || (totalOver(k, a)?.total !== b.id && !sameWhole(k, a, b))));
    // (Two of measures that add up name each: "(công chức và người làm việc)".)
    const adds = addedItems(listed).length === listed.length || (addable(listed) && listed.every((f) => sameFacet(f, listed[0]!, "action")));
    // (The last item in the brackets, read with what follows them, is its figure by its own words
    // too: "doanh nghiệp [được phê duyệt …]" is none of the units approved.)
    const items = splitItems(bracketed[1]!);
    const last = picks.at(-1);
    const own = items.length === picks.length && last !== null && last !== undefined && namesOwnFigure(k, items.at(-1)!, last);
    // (Items naming a level and nothing else are no things of their own: "Tổng số ĐVSN (cấp tỉnh + cấp
    // huyện)" counts the units at each, below, not the district committees.)
    const levelsOnly = items.every((item) => {
      const i = readIntent(item, k.contentFolds, k.places);
      return facetsOf(i).level.length === 1 && !measuresNamed(i).length;
    });
    if (picks.length >= 2 && !picks.includes(null) && listed.length === picks.length && unrelated && adds && own && !levelsOnly) {
      return withOperands(sumOf(listed, measuresName(listed))) ?? "cannot";
    }
    // (Unless the brackets name the levels the figures added are of, each: "… ở cả ba cấp (tỉnh,
    // huyện, xã)", "across all three levels (province, district, commune)".)
    const levels = facetsOf(readIntent(bracketed[1]!, k.contentFolds, k.places)).level;
    // (In any order: "(xã, huyện, tỉnh)".)
    const ofLevels = ops.length >= 2 && new Set(levels).size === ops.length && levels.every((l) => ops.filter((o) => (o.facets.level as string[]).includes(l)).length === 1);
    if (!ofLevels && (ops.length < 2 || !own)) return "cannot";
  }
  // Nor is a sum that leaves out a figure the list names (a list whose items are not each read
  // above: sub-departments and committees without the departments).
  if (listedLeftOut(k, text, ops)) return "cannot";
  // Nor a sum of the qualifiers named twice when the message lists more things of that measure to
  // add ("tự kiểm tra, kiểm tra theo thẩm quyền và kiểm tra qua các Đoàn": three, not the two actions).
  // (A total of the figures added, or a part of one, is no further thing.)
  const apart = (f: CompiledFact) => !ops.some((o) => totalOver(k, o)?.total === f.id || totalOver(k, f)?.total === o.id || sameWhole(k, o, f));
  // (Only when the message lists more pieces than the figures added and its asking clause: each piece is a search.)
  const moreListed = ops.length >= 2 && ops.every((o) => o.measure === ops[0]!.measure) && itemsListed(text) > ops.length + 1;
  if (moreListed && itemPicks(k, text, ranked).some((f) => f !== null && !ops.includes(f) && f.measure === ops[0]!.measure && apart(f))) return "cannot";
  // "Cả khối hành chính lẫn khối sự nghiệp giảm tổng cộng bao nhiêu người?", "Tổng số biên chế được
  // giao?": a total asked of people in general is the two staff readings (the civil-servant
  // positions' figure and the units' staff alike) added, each cited in the formula.
  // (Not of people said to be in the units: "trong các dvsn … tổng cộng bn người" are their staff.)
  if (ops.length < 2 && isStaff(best.fact) && !saysInUnits(intent)) {
    const twins = [best.fact, ...otherReadings(k, intent, ranked)];
    if (twins.length === 2 && twins.every(isStaff) && twins[0]!.measure !== twins[1]!.measure && addable(twins) && twins[0]!.kind === "count") {
      return withOperands(sumOf(twins, measuresName(twins)));
    }
  }
  // One figure asked for ("tổng số người làm việc"), or one fact that already covers all named.
  if (ops.length < 2) return null;
  // The report states this total itself: give it (after each part, when the message asks each
  // too: "bao nhiêu A, bao nhiêu B, tổng cộng bao nhiêu?").
  for (const f of ops) {
    const whole = totalOver(k, f);
    if (whole?.complete && whole.parts.length === ops.length && ops.every((o) => whole.parts.includes(o.id))) {
      return timesAsked(text) > ops.length ? [...ops, k.byId.get(whole.total)!] : [k.byId.get(whole.total)!];
    }
  }
  if (ops.some((a) => ops.some((b) => a !== b && sameWhole(k, a, b)))) return "cannot";
  // (Nor, when a change is asked, a figure added to its own change: "how many fewer people … than in
  // 2023, counting both …" is no 22.056 + 988; "cộng số người có mặt với số giảm" asks just that.)
  if (asksTheChange(intent) && ops.some((a) => ops.some((b) => changeFrom(k, a)?.change === b.id))) return null;
  // Parts of one sum do one thing ("ban hành"): the documents inspected and those issued are not,
  // unless the question joins the actions to add ("tự kiểm tra … và … kiểm tra"; not "kiểm tra …
  // văn bản do cấp huyện ban hành", where the second names which documents).
  if (!actionsJoined(intent) && ops.some((f) => !sameFacet(f, ops[0]!, "action"))) return null;
  // Figures of different measures add up only when the question names each ("biên chế công chức
  // và người làm việc được giao"): the result is in both their names.
  // (Items of an enumeration name each figure they add: "Sở ban ngành, Chi cục, … và đơn vị sự nghiệp".)
  const measures = [...new Set(ops.map((o) => o.measure!))];
  const eachNamed = () => {
    const listed = onePerItem(k, text, ranked);
    return listed.length === ops.length && ops.every((o) => listed.includes(o));
  };
  const named = measuresNamed(intent).flatMap((m) => [m, ...(COUNTED_IN[m as Measure] ? [COUNTED_IN[m as Measure]!] : [])]);
  if (measures.length > 1 && !measures.every((m) => named.includes(m)) && !eachNamed()) return null;
  // "Gộp cả …, có tất cả bao nhiêu cơ quan, đơn vị …?" adding the 22 departments but not the 15
  // sub-departments their sentence lists beside them: a total of part of the list is no total.
  // (Unless the question names each figure added by its own unit: "Sở ban ngành với Chi cục gộp lại".)
  if (siblingLeftOut(k, ops, facetsOf(intent)) && !ops.every((o) => unitNamed(intent, o))) return "cannot";
  return withOperands(sumOf(ops, measuresName(ops)));
}

/**
 * A figure of an added one's sentence, of its measure, kind and action, that is not added and that
 * nothing the question names tells apart from it (no part or total of it).
 */
function siblingLeftOut(k: LoadedKnowledge, ops: CompiledFact[], named: FacetQuery): boolean {
  return ops.some((o) =>
    k.kb.facts.some(
      (f) =>
        f.quote === o.quote && !ops.includes(f) && f.value !== null && f.kind === o.kind && f.measure === o.measure && !f.whole && !o.whole &&
        sameFacet(f, o, "action") && !facetsApart(o, f, named).settled &&
        totalOver(k, f)?.total !== o.id && totalOver(k, o)?.total !== f.id && !sameWhole(k, o, f),
    ),
  );
}

/** What "bao nhiêu" / "how many" counts, as typed (folded): the words right after it. */
const COUNTED_AFTER = /\b(?:bao nhieu|bn|may|how many)\s+(.*)$/;

/**
 * The words after "bao nhiêu" / "how many" as typed, when they list two things or more ("bao nhiêu
 * Sở ban ngành và đơn vị UBND cấp huyện"), and how many. (Not each asked on its own, "bao nhiêu A
 * và bao nhiêu B", nor a whole glossed in brackets, "bodies in total (departments, … and …)".)
 */
function countedList(text: string): { text: string; items: number } | undefined {
  const folded = fold(text).toLowerCase();
  const m = folded.length === text.length ? COUNTED_AFTER.exec(folded) : null;
  if (!m || COUNTED_AFTER.test(m[1]!)) return undefined;
  const typed = text.slice(m.index + m[0].length - m[1]!.length);
  // (Or the items a whole named right after it lists in brackets: "bao nhiêu cơ quan hành chính (sở,
  // chi cục, UBND cấp huyện)"; not brackets that leave something out, "(…, excluding …)".)
  const glossed = /^[^(),]{1,40}\(([^()]+)\)/u.exec(typed)?.[1];
  const after = glossed !== undefined ? (EXCLUDES_IN_BRACKETS.test(fold(glossed).toLowerCase()) ? undefined : glossed) : typed.includes("(") ? undefined : typed;
  const items = after ? itemsListed(after) : 0;
  return after && items >= 2 ? { text: after, items } : undefined;
}
const EXCLUDES_IN_BRACKETS = /\b(?:excluding|except|not|khong|ko|tru|ngoai)\b/;

/**
 * The listed whole (knowledge/schema.ts "listed") the message counts by one of its names, when an
 * item of it is among the figures the message explains.
 */
function wholeListedCounted(k: LoadedKnowledge, text: string, ranked: Candidate[]): Extract<CompiledRelation, { type: "listed" }> | undefined {
  const after = COUNTED_AFTER.exec(fold(text).toLowerCase().replace(/[,.;:?!]/g, " ").replace(/\s+/g, " "))?.[1];
  if (!after) return undefined;
  for (const c of ranked.slice(0, OPERAND_DEPTH)) {
    const list = relationOf(k, c.fact, "listed");
    if (list && list.names.some((n) => ` ${after} `.startsWith(` ${fold(n).toLowerCase().replace(/,/g, "")} `))) return list;
  }
  return undefined;
}

/** Does the question say a word of the figure's unit beyond words counting anything ("Sở" of "Sở, ban, ngành", not "đơn vị")? */
function unitNamed(intent: Intent, f: CompiledFact): boolean {
  const said = new Set(intent.words.map((w) => w.fold));
  return analyze(f.unit?.[intent.lang] ?? "").some((w) => !w.stop && !GENERIC_COUNTERS.has(w.fold) && said.has(w.fold));
}

/**
 * Does an item name the figure's unit, every word it says (abbreviations spelled out, besides words
 * counting anything and function words) a word of the unit in either language: "ĐVSN" the "đơn vị sự
 * nghiệp công lập", "UBND huyện" the "UBND cấp huyện", "district committees"? Not the "ủy ban" of "UBND
 * huyện" for the "ban" of "Sở, ban, ngành".
 */
function namesUnitOf(item: Intent, f: CompiledFact): boolean {
  const unit = new Set(analyze(`${f.unit?.vi ?? ""} ; ${f.unit?.en ?? ""}`).map((w) => w.fold));
  const own = item.words.filter((w) => !GENERIC_COUNTERS.has(w.fold));
  return own.some((w) => unit.has(w.fold) && !w.stop) && own.every((w) => unit.has(w.fold) || w.stop);
}

/**
 * The items of a list left out one by one ("UBND cấp huyện và đơn vị sự nghiệp (ra)"), each naming
 * the unit of exactly one of the list's parts: those parts; else none.
 */
function eachItemOut(k: LoadedKnowledge, excluded: string, parts: readonly string[]): CompiledFact[] | undefined {
  const items = splitItems(excluded.replace(/\s+ra\s*$/iu, "")).map((item) => readIntent(item, k.contentFolds, k.places));
  if (items.length < 2) return undefined;
  const facts = parts.map((id) => k.byId.get(id)!);
  const out = items.map((item) => facts.filter((f) => namesUnitOf(item, f)));
  return out.every((named) => named.length === 1) && new Set(out.map(([f]) => f)).size === out.length ? out.map(([f]) => f!) : undefined;
}

/**
 * Is the figure an item of a list that an item of what is left out names by its unit, and no other
 * item of it ("không kể Sở ban ngành, …" the 22 Sở ban ngành)?
 */
export function namedLeftOut(k: LoadedKnowledge, excluded: string, f: CompiledFact): boolean {
  const list = relationOf(k, f, "listed");
  if (!list) return false;
  const parts = list.parts.map((id) => k.byId.get(id)!);
  return splitItems(withoutCounts(excluded)).some((text) => {
    const item = readIntent(text, k.contentFolds, k.places);
    const named = parts.filter((p) => namesUnitOf(item, p));
    return named.length === 1 && named[0] === f;
  });
}

/** What is left out without its closing "ra" and the counts it quotes ("22 Sở ban ngành, 15 Chi cục"): the items' names. */
const withoutCounts = (excluded: string) => excluded.replace(/\s+ra\s*$/iu, "").replace(/(?<![\p{L}\d])\d+(?:[.,]\d+)*(?![\p{L}\d])/gu, " ").replace(/\s+/g, " ").trim();

/**
 * When what is left out is two items or more of a list the report gives ("Sở ban ngành, Chi cục và
 * UBND cấp huyện") and the figure is none of that list, what is left of the list: the one item the main
 * clause counts, its whole unit after "bao nhiêu" ("…, đơn vị sự nghiệp thì còn bao nhiêu đơn vị UBND
 * cấp huyện?": the 9), or null (what is left is no other thing's figure). Undefined when the figure is
 * of the list or no list is left out. (Not an item whose unit the clause only mentions, "cấp huyện có
 * bao nhiêu văn bản", "Sở Tư pháp góp ý bao nhiêu dự thảo", nor part of one, "bao nhiêu đơn vị sự
 * nghiệp trực thuộc UBND tỉnh".)
 */
export function leftOfListLeftOut(k: LoadedKnowledge, excluded: string, f: CompiledFact, main: Intent): CompiledFact | null | undefined {
  const items = splitItems(withoutCounts(excluded)).map((text) => readIntent(text, k.contentFolds, k.places));
  if (items.length < 2) return undefined;
  for (const list of k.kb.relations) {
    if (list.type !== "listed") continue;
    const parts = list.parts.map((id) => k.byId.get(id)!);
    const named = items.filter((item) => parts.some((p) => namesUnitOf(item, p)));
    if (named.length < 2) continue;
    if (parts.includes(f)) return undefined;
    const left = parts.filter((p) => !items.some((item) => namesUnitOf(item, p)) && namesUnit(main, p) && countedShare(main, p) >= WEIGHTS.countedMostShare);
    return left.length === 1 ? left[0]! : null;
  }
  return undefined;
}

/** An item of a list in brackets whose own figure is not among those added. */
function listedLeftOut(k: LoadedKnowledge, text: string, ops: CompiledFact[]): boolean {
  const list = /\(([^)]*)\)/u.exec(text)?.[1];
  if (!list) return false;
  const items = list.split(/\s*(?:,|;|(?<![\p{L}\p{M}])(?:và|and)(?![\p{L}\p{M}]))\s*/u).filter((x) => x.trim()).slice(0, MAX_ITEMS);
  if (items.length < 2) return false;
  return items.some((item) => {
    const own = search(k, readIntent(item, k.contentFolds, k.places)).find((c) => c.coverage >= WEIGHTS.minCoverage && c.fact.value !== null && c.fact.kind !== "statement");
    return own !== undefined && !ops.includes(own.fact) && !ops.some((o) => partsUnder(k, o)?.parts.includes(own.fact.id));
  });
}

/** A clause asking for a percentage. */
const ASKS_PERCENT = /%|\b(ty le|phan tram|percent|percentage|rate|share|(?:bao nhieu|bn|may) phan)\b/;

/** Words before a plan's name that make it the comparison, not the figure asked ("so với dự toán"). */
const COMPARED_TO = /\b(so voi|hon|vuot|compar\w* (to|with)|against|relative to|of|vs|bang|dat|dat duoc|as a share of|share of|exce\w*|surpass\w*|above|beyond)( the| cua)?( budget| annual| full-year)?$/;

/** A plan's name as folded words, once per name. */
const PLAN_NAMES = new BoundedMemo<string, string>(MEMO_SIZE);
const planWords = (name: string) => PLAN_NAMES.get(name) ?? PLAN_NAMES.set(name, tokenize(name).map((t) => t.fold).join(" "));

/** Does the clause name this plan as what it asks, not as what a figure is compared with? */
function namesPlan(clause: string[], name: string): boolean {
  const words = planWords(name).split(" ");
  for (let i = 0; i + words.length <= clause.length; i++) {
    if (!words.every((w, j) => clause[i + j] === w)) continue;
    if (!COMPARED_TO.test(clause.slice(Math.max(0, i - 3), i).join(" "))) return true;
  }
  return false;
}

/**
 * "Dự toán thu ngân sách cả năm là bao nhiêu?", "thu cùng kỳ năm trước?": the plan's (or the
 * reference's) amount, from the figure achieved and the share of the plan it is. Only when the
 * clause that asks names the plan as what it asks, and the figure is of the measure asked (named,
 * or else the best-ranked one's); two plans that fit are not chosen between.
 */
/** The amount of a plan a stated share is of ("dự toán thu là bao nhiêu?"): worked out, "cannot" when only near it, null when not asked. */
export function reference(k: LoadedKnowledge, text: string, intent: Intent, ranked: Candidate[]): Executed {
  // (Not how much higher than it: "how much higher was revenue than in the same period of the
  // previous year?" asks the rise over the reference, growthOfShare.)
  if (asksTheChange(intent)) return null;
  // (The relations first: most questions are about figures with no plan to compute.)
  const words = ` ${intent.raw.map((t) => t.fold).join(" ")} `;
  const plans = usable(ranked).flatMap(({ fact }) =>
    relationsOf(k, fact).flatMap((r) => (r.type === "share-of-plan" && r.of && r.names.some((n) => words.includes(` ${planWords(n)} `)) ? [r] : [])),
  );
  if (!plans.length) return null;
  const asking = askingClause(text);
  // A percentage the message gives ("đạt 94,5% dự toán, vậy dự toán là bao nhiêu?") is not asked.
  if (asking === undefined || ASKS_PERCENT.test(fold(asking).toLowerCase())) return null;
  // (With what trails it and asks nothing of its own: "… what was the cost of the procedures, before the cut?".)
  const trailing = text.slice(text.indexOf(asking) + asking.length);
  const clause = tokenize(asksQuantity(trailing) ? asking : `${asking} ${trailing}`).map((t) => t.fold);
  // ("Cùng kỳ năm trước, thu ngân sách ước khoảng bao nhiêu?": a short lead-in naming the plan sets it.)
  const leadIn = tokenize(text.slice(0, Math.max(0, text.indexOf(asking)))).map((t) => t.fold);
  const setsPlan = (n: string) => leadIn.length <= LEAD_IN_WORDS && namesPlan(leadIn, n);
  const fits = new Set(plans.filter((r) => r.names.some((n) => namesPlan(clause, n) || setsPlan(n))));
  if (!fits.size) return null;
  const named = measuresNamed(intent);
  const measure = (r: { of?: string }) => k.byId.get(r.of!)!.measure ?? "";
  const asked = [...fits].filter((r) => (named.length ? named.includes(measure(r)) : measure(r) === ranked[0]!.fact.measure));
  if (asked.length !== 1) return "cannot";
  const r = asked[0]!;
  const share = k.byId.get(r.share)!;
  const whole = referenceOf(k.byId.get(r.of!)!, share, r.plan);
  // (Worked out of a rounded rate, the amount is only near the plan's: given when the message asks
  // it worked out or about how much, or gives the rate itself; "Dự toán thu ngân sách năm 2024 là bao
  // nhiêu?" is a figure the report does not state.)
  if (whole?.rounded && !ASKS_WORKED_OUT.test(fold(text).toLowerCase().replace(/-/g, " ")) && !quotedNumbers(text).includes(share.value!)) return "cannot";
  return withOperands(whole) ?? "cannot";
}

/**
 * Words asking a figure worked out, or about how much, or from what ("khoảng", "ước", "suy ra", "vậy",
 * "căn cứ", "approximately", "back-calculate", "based on", "what would … have been"), folded, hyphens as spaces.
 */
const ASKS_WORKED_OUT = /\b(?:khoang|uoc|suy ra|hay tinh|tinh giup|tinh nguoc|tinh ra|tinh toan|tinh xem|vay|the thi|can cu|dua tren|approximately|approx|roughly|about|around|calculate|compute|work out|worked out|back calculate|derive|derived|implied|infer|inferred|reconstruct|then|based on|would\b.*\bhave been)\b/;

/** A lead-in short enough to be only a setting ("Cùng kỳ năm trước, …"). */
const LEAD_IN_WORDS = 6;

/** A month's figure asked: "mỗi tháng", "hằng tháng", "per month", "monthly" (folded words). */
const PER_MONTH = / (?:(?:moi|hang|per|each|a) (?:thang|month)|monthly) /;

/** Where a question says what the average is per: "mỗi cơ quan", "per agency", "each unit". */
const PER_WORDS = new Set(["moi", "per", "each"]);
/** Where what the average is per ends: the quantity asked after it ("mỗi cơ quan bn lượt"). */
const PER_ENDS = new Set(["bao", "bn", "may", "how", "what", "la", "is", "was"]);

/**
 * "Trung bình mỗi cơ quan có bao nhiêu lượt người dự thi?": a figure divided by the count of a
 * related figure of its own sentence that the question says it is per (214 cơ quan, đơn vị beside
 * 107.737 lượt).
 */
function average(k: LoadedKnowledge, intent: Intent, ranked: Candidate[]): Executed {
  // (As read: "mỗi dv" is "mỗi đơn vị".)
  const words = intent.words.map((w) => w.fold);
  // Every "mỗi/per/each" ("moi" typed without marks may also be "mới", "mọi"): what follows each.
  // "Bình quân mỗi tháng, chi cân đối bao nhiêu?", "hằng tháng", "monthly": a figure of a number of
  // months, per month; none for a figure of no number of months (revenue up to a date).
  if (PER_MONTH.test(` ${words.join(" ")} `)) {
    for (const { fact } of usable(ranked)) {
      const months = Number(/\b(\d{1,2}) thang\b/.exec(fold(fact.period.vi).toLowerCase())?.[1]);
      if (months && fact.quote.includes(`${months} tháng`)) return withOperands(perMonthOf(fact, months)) ?? "cannot";
      // ("tiết kiệm … tính ra mỗi tháng được bao nhiêu?" of 11.322.000 đồng/năm: a twelfth of it.)
      if (perYear(fact)) return withOperands(monthlyOfYearly(fact)) ?? "cannot";
    }
    return "cannot";
  }
  const afters = words.flatMap((w, i) => {
    if (!PER_WORDS.has(w)) return [];
    const next = words.slice(i + 1, i + 5);
    const end = next.findIndex((x) => PER_ENDS.has(x));
    return [` ${(end < 0 ? next : next.slice(0, end)).join(" ")} `];
  });
  if (!afters.length) return "cannot";
  // A unit is named by its first word, or its first two when short ("cơ quan", "agencies"); a unit
  // of two things by either ("cơ quan, đơn vị": "mỗi đơn vị"); an English one by its head noun too
  // ("inspection teams": "per team").
  const named = (f: CompiledFact) => (["vi", "en"] as const).some((l) =>
    (f.unit?.[l] ?? "").split(/,| và | and /).some((part) => {
      const unit = tokenize(part).map((t) => t.fold);
      const key = (unit[0]?.length ?? 0) >= 4 ? unit[0]! : unit.slice(0, 2).join(" ");
      const head = l === "en" && unit.length > 1 ? singular(unit.at(-1)!) : "";
      return [key, head].some((x) => x.length > 1 && afters.some((a) => a.includes(` ${x}`)));
    }),
  );
  const measures = measuresNamed(intent);
  for (const { fact } of usable(ranked)) {
    const per = k.kb.facts.find((f) => f !== fact && f.quote === fact.quote && f.kind === "count" && fact.related.includes(f.id) && named(f));
    // What is averaged is the measure the question names besides the unit it is per.
    const asked = measures.filter((m) => m !== per?.measure);
    if (per && !named(fact) && (!asked.length || asked.includes(fact.measure ?? ""))) return withOperands(averageOf(fact, per)) ?? "cannot";
  }
  // "trung bình mỗi năm tiết kiệm …": a figure whose unit is already per that ("đồng/năm").
  const best = ranked[0]?.fact;
  const perWhat = afters.map((a) => a.trim().split(" ")[0]);
  if (best && (["vi", "en"] as const).some((l) => tokenize(best.unit?.[l] ?? "").slice(1).some((t) => perWhat.includes(t.fold)))) return null;
  return "cannot";
}

/** The operation a read plan asks for, executed; null for a plain value. */
export function executeOperation(k: LoadedKnowledge, read: ReadPlan, text: string, intent: Intent, ranked: Candidate[]): Executed {
  switch (read.op) {
    case "remaining":
    {
      const left = remaining(k, ranked, intent);
      // (A count of the rest, not a share nor days: "còn lại bao nhiêu phần trăm?" is not the 129.)
      return left === "cannot" && (!intent.kind || intent.kind === "count") ? restOfQuoted(k, text, intent) : left;
    }
    case "difference":
      // "Thu ngân sách chênh bao nhiêu so với dự toán?": the gap to the plan a share of it is of,
      // what remains to reach it.
      if (againstItsPlan(k, text, ranked)) return remaining(k, ranked, intent);
      // "giảm bao nhiêu so với 2023, tính cả …": the stated changes, added when a sum is asked too.
      return difference(k, text, intent, ranked) ?? (namesOperation(intent.words, "sum") ? sum(k, text, intent, ranked) : null);
    case "sum":
      return sum(k, text, intent, ranked);
    case "ratio":
      return rate(k, text, intent, ranked, true);
    case "average":
      return average(k, intent, ranked);
    case "multiple": {
      // "A gấp bao nhiêu lần B": both named, A first; else no figure (one of them is not the answer).
      // (Not an allocated/current pair the message does not name both sides of.)
      // (Each side read on its own when the message words the two: "số đơn vị thuộc các cơ quan
      // chuyên môn gấp mấy lần số đơn vị trực thuộc UBND tỉnh", the first side setting the second's measure.)
      const sides = multipleSides(text);
      const pool = sides ? poolOf(ranked) : [];
      const a0 = sides ? itemPick(k, sides.a, pool) : null;
      const b0 = sides && a0 ? itemPick(k, sides.b, pool, sides.a) : null;
      // (Not the two sides of an allocated/current pair, each read as one side: "người làm việc gấp mấy lần biên chế công chức".)
      // (Nor a side of a figure that is allocated or in post, which the side does not say: "Số người
      // làm việc gấp bao nhiêu lần biên chế công chức?".)
      const unsettled = (f: CompiledFact, side: string) => allocatedAndCurrent(k, f) !== null && !facetsOf(readIntent(side, k.contentFolds, k.places)).action.some((a) => a === "giao" || a === "hien-co");
      const paired = a0 && b0 && (allocatedAndCurrent(k, a0)?.includes(b0) || unsettled(a0, sides!.a) || unsettled(b0, sides!.b));
      const [a, b] = a0 && b0 && a0 !== b0 && !paired ? [a0, b0] : operandsFor(k, text, intent, ranked, false);
      return (a && b && withOperands(multipleOf(a, b))) || "cannot";
    }
    default:
      // The plan's amount first: a percentage the message gives is not the one it asks.
      return reference(k, text, intent, ranked) ?? (intent.kind === "percent" ? rate(k, text, intent, ranked, false) : null);
  }
}

/**
 * Is the best figure compared with a plan a share of it is stated against ("… so với dự toán",
 * "… against the estimate"), not an earlier period (a rise, computed elsewhere), and short of it?
 */
function againstItsPlan(k: LoadedKnowledge, text: string, ranked: Candidate[]): boolean {
  const best = ranked[0]?.fact;
  // (One thing compared with its plan: two rates against their plans are compared with each other.)
  if (!best || new Set(measuresIn(text)).size > 1) return false;
  const words = ` ${tokenize(text).map((t) => t.fold).join(" ")} `;
  // (Named once, after a comparing word: "tỷ lệ thu so với dự toán cao hơn tỷ lệ chi so với dự toán"
  // compares two shares.)
  return [shareStating(k, best), ...sharesOf(k, best)].some((r) => {
    const share = r && k.byId.get(r.share);
    return share?.value != null && share.value < 100 && r!.names.some((n) => {
      const pieces = words.split(` ${planWords(n)} `);
      return !EARLIER_PERIOD.test(fold(n).toLowerCase()) && pieces.length === 2 && COMPARED_TO.test(pieces[0]!.trim());
    });
  });
}

/** "đạt bao nhiêu %", "bằng mấy phần trăm" (folded): the share asked as such. */
const SHARE_ASKED = /\b(?:dat|bang)\b(?: \S+){0,2} (?:bao nhieu|bn|may)\b/;

/** Besides the change asked ("tăng bao nhiêu"): "tốc độ tăng", "tăng trưởng", "grew", asked as a rate. */
const GROWTH_WORDS = /\b(ty le|toc do|muc) (tang|giam)\b|\btang truong\b|\b(growth|grow|grew|rise|rose|fall|fell)\b/;

/**
 * "Thu ngân sách tăng bao nhiêu % so với cùng kỳ?" of a figure stated as 120,9% of the same period
 * last year: the rise it implies (20,9%), not the share itself.
 */
export function growthOfShare(k: LoadedKnowledge, intent: Intent, f: CompiledFact): Item[] | null {
  // "… tăng thêm khoảng bao nhiêu triệu đồng so với cùng kỳ?" of the revenue, which the report
  // gives as 120,9% of the same period: the amount it rose by.
  if (f.kind !== "percent" && f.value !== null && intent.kind !== "percent" && asksTheChange(intent)) {
    const r = sharesOf(k, f).find((x) => x.names.some((n) => EARLIER_PERIOD.test(fold(n).toLowerCase())));
    return r ? withOperands(amountOverReference(f, k.byId.get(r.share)!, r.plan)) : null;
  }
  const words = intent.raw.map((t) => t.fold).join(" ");
  // ("… tăng trưởng ra sao, đạt bao nhiêu phần trăm so với cùng kỳ?": the share itself is asked.)
  if (f.kind !== "percent" || !(asksTheChange(intent) || (GROWTH_WORDS.test(words) && !SHARE_ASKED.test(words)))) return null;
  const r = shareStating(k, f);
  if (!r || !r.names.some((n) => EARLIER_PERIOD.test(fold(n).toLowerCase()))) return null;
  return withOperands(changeOverReference(f, r.plan));
}

/** Last year's value from a change the report states against that year (current ± change). */
/** "giảm bao nhiêu", "fall by how much", "how much did it drop": the change asked, not a level. */
// (On the words as analyzed: English words are stemmed, "decreased" is "decreas".)
// ("ít hơn năm 2023 bao nhiêu", "cao hơn bao nhiêu so với năm 2023": a change, as "how many fewer … than 2023".)
// ("By what percentage did revenue increase …?", "What percentage increase in …?": the change, as a rate.)
const ASKS_THE_CHANGE = /\b(giam|tang) (?:(?:duoc|them|len|xuong|di|khoang) ){0,3}(bao nhieu|bn|may)\b|\bby (?:how (much|many)|what (?:percent\w*|proportion|share))\b.{0,80}\b(fall|fell|drop|decreas|cut|rise|rose|increas|grow|grew|shrink|shrank)|\bwhat (?:percent\w*|proportion) (?:increas|decreas|rise|fall|drop|growth|reduction|cut)\b|\b(fall|fell|drop|decreas|cut|rise|rose|increas|down)\w* by how (much|many)\b|\bhow (much|many)\b.{0,40}\b(fall|fell|drop|decreas|rise|increas)|\bhow (much|many)\b.{0,60}\b(fall|fell|drop|decreas|rise|rose|increas|grow|grew)\w* (compar\w* (with|to)|than|since|from|over|against) |\bhow (much|many) (?:(?:percentag\w* )?point\w* |percent\w*(?: point\w*)? )?(more|fewer|less|higher|lower|greater|bigger|larger)\b.{0,80}\bthan (?:(?:in|for|dur\w*|at|of) )?(?:the same (?:period|time)\b(?: (?:of|in))?(?: the)?(?: (?:20\d\d|last year|previou\w* year|a year (?:earlier|before)))?|20\d\d|last year|the previou\w* year|a year (?:earlier|before))|\b(?:it|nhieu|cao|thap) hon (?:(?:so voi |so )?(?:(?:nam|cung ky) )?(?:20\d\d|nam truoc|nam ngoai) (?:khoang )?(?:bao nhieu|bn|may)|(?:bao nhieu|bn|may) .{0,30}\bso voi (?:nam |cung ky )*(?:20\d\d|nam truoc|nam ngoai)|(?:bao nhieu|bn|may)(?: [a-z]+)?$)\b/;

/** "tăng", "giảm", "mấy" as typed with marks; "hạ tầng máy chủ" has none of them. */
const CHANGE_WORDS = new Set(["tăng", "giảm", "mấy"].map((w) => tokenize(w)[0]!.acc));

/** Words that may be typed for these only as marked: "may" without marks is as often "máy". */
const readAsChange = (t: Token) => (["tang", "giam", "may"].includes(t.fold) && (t.marked ? !CHANGE_WORDS.has(t.acc) : t.fold === "may") ? "_" : t.fold);

/** "by how many percent", "by what percentage" (folded): how far, asked anywhere in the message. */
const BY_HOW_MUCH = /\bby (?:how (?:much|many)|what (?:percent|share|proportion))/;
/**
 * "bao nhiêu" right after what a figure is above ("vượt cùng kỳ năm trước bn %", "… khoảng bao
 * nhiêu"), folded. (The words are read without their commas: any other word between may open a
 * clause of its own, "vượt cùng kỳ, thu bao nhiêu?".)
 */
const HOW_MUCH_RIGHT_AFTER = /^(?: khoang)? (?:bao nhieu|bn|may)\b/;

export const asksTheChange = (intent: Intent): boolean => {
  if (actionReadAsOthers(intent)) return false;
  const words = intent.raw.map(readAsChange).join(" ");
  // ("thu ngân sách vượt cùng kỳ bao nhiêu %": how far above a time, the change since then; not a
  // remark beside what is asked, "How many …, which is more than last year?", "Thu ngân sách vượt
  // cùng kỳ năm trước, thu được bao nhiêu?".)
  const above = ABOVE_A_TIME.exec(words);
  return ASKS_THE_CHANGE.test(words) || (above !== null && (BY_HOW_MUCH.test(words) || HOW_MUCH_RIGHT_AFTER.test(words.slice(above.index + above[0].length))));
};

export function previousYear(k: LoadedKnowledge, ranked: Candidate[], year: number, intent?: Intent, asked = intent): Executed {
  // "Năm 2023 giảm bao nhiêu?", "tỷ lệ năm 2023?": the change or rate in 2023, which no report states.
  // (`asked`: the clause that asks, when the message gives figures first; what it qualifies is the whole message's.)
  if (asked && (asked.kind === "percent" || asksTheChange(asked))) return null;
  // ("Năm 2023 tỉnh giao bao nhiêu biên chế?": the change the report states is of those in post, not those allocated.)
  const actions = intent ? facetsOf(intent).action : [];
  // (Of the measure the question counts: "năm 2023 bn lượt?" has no civil servants' 2023 figure.)
  const counted = intent ? measureCounted(intent)?.measure : undefined;
  // (Of a figure the question names as well as the best does: "chỉ số PAPI năm 2023 được bao nhiêu
  // điểm?" is no staff figure, whichever the report states a change of.)
  const top = ranked[0]?.coverage ?? 0;
  const changeOf = (fact: CompiledFact) => relationsOf(k, fact).find((r): r is Extract<CompiledRelation, { type: "change" }> => r.type === "change" && r.baselineYear === year);
  const before = (r: Extract<CompiledRelation, { type: "change" }>): Executed => withOperands(previousOf(k.byId.get(r.current)!, k.byId.get(r.change)!, r.direction, year)) ?? "cannot";
  for (const { fact } of usable(ranked).filter((c) => c.coverage >= top)) {
    if (actions.length && !actions.some((a) => (fact.facets.action as string[]).includes(a as never))) continue;
    if (counted && fact.measure !== counted && COUNTED_IN[counted as Measure] !== fact.measure) continue;
    const r = changeOf(fact);
    if (r) return before(r);
  }
  // ("What was the headcount in public service units in 2023?", naming no action: of the best's
  // measure, those allocated and those in post, the one whose change since that year the report
  // states, the staff in post.)
  // (Naming no level or body either: "… đơn vị sự nghiệp cấp tỉnh năm 2023" is no province-wide figure;
  // "the province's" is where, no level.)
  const best = ranked[0]?.fact;
  if (!actions.length && best?.measure && intent && !levelsAsLevels(intent).length && !intent.body.length) {
    const readings = usable(ranked).filter((c) => c.coverage >= WEIGHTS.minCoverage && c.fact.measure === best.measure && c.fact.kind === best.kind && changeOf(c.fact));
    if (readings.length === 1) return before(changeOf(readings[0]!.fact)!);
  }
  return null;
}

/**
 * "Năm 2023, tổng số biên chế công chức cộng với người làm việc là bao nhiêu?": last year's value of
 * each measure named that adds up with the others, from the change the report states for it, added.
 */
export function previousSumOfMeasures(k: LoadedKnowledge, intent: Intent, year: number): Item[] | null {
  const previous = previousOfMeasures(k, intent, year);
  if (!previous || !addable(previous.map((p) => p.operands[0]!))) return null;
  return withOperands(previousSumOf(previous, measuresName(previous.map((p) => p.operands[0]!)), year));
}

/**
 * "Năm 2023 tỉnh có bao nhiêu biên chế công chức và người làm việc?": last year's value of each
 * measure named (two at least), from the change the report states for it; each with its operands.
 */
export function previousOfEachMeasure(k: LoadedKnowledge, intent: Intent, year: number): Item[] | null {
  // (Of the province as a whole: "… ở cấp xã" asks a part the changes are not of.)
  const named = facetsOf(intent);
  if (named.level.some((l) => l !== "tinh") || named.body.length) return null;
  const previous = previousOfMeasures(k, intent, year);
  return previous && [...previous, ...previous.flatMap((p) => p.operands)];
}

function previousOfMeasures(k: LoadedKnowledge, intent: Intent, year: number): Computed[] | null {
  const measures = measuresNamed(intent);
  if (measures.length < 2 || intent.kind === "percent" || asksTheChange(intent)) return null;
  // (Of the figures the changes are stated for, those in post: "tỉnh giao … năm 2023" is none of them.)
  const actions = facetsOf(intent).action;
  // (A measure counted in another, "công chức" in the civil-servant positions, by that one's change.)
  const previous = [...new Set(measures.map((m) => (COUNTED_IN[m as Measure] ?? m) as string))].map((m) => {
    const changes = k.kb.facts
      .filter((f) => (!k.scope || k.scope.has(f.reportId)) && f.measure === m)
      .flatMap((f) => {
        const c = changeFrom(k, f);
        return c && c.baselineYear === year ? [{ current: f, c }] : [];
      });
    const one = changes.length === 1 ? changes[0]! : undefined;
    if (!one || actions.some((a) => !(one.current.facets.action as string[]).includes(a as never))) return null;
    return previousOf(one.current, k.byId.get(one.c.change)!, one.c.direction, year);
  });
  return previous.some((p) => p === null) ? null : (previous as Computed[]);
}

/** What leaves out "the others" ("các dự thảo khác", "the other drafts"). */
/** "tổng số", "the total": the whole of a fraction named (folded). */
const THE_WHOLE = /\b(tong so|tong cong|total|in all|overall)\b/;
// (A leading "mấy" is "those few": "ko tính mấy dự thảo khác".)
const THE_OTHERS = /^(?:may\s+)?(?!.*\b(bao nhieu|bn|may|how many|con lai)\b).*\b(khac|other|others|the rest)\b/;

/** What a left-out clause says its things are not ("các dự thảo [không phải] văn bản QPPL", "drafts [that are not] …", "the [non-]legal …"). */
const NOT_THE = /(?<![\p{L}\p{M}])(?:không phải(?: là)?|khong phai(?: la)?|không thuộc|khong thuoc|(?:that|which) (?:are|were|is|was) not)(?![\p{L}\p{M}])\s*|(?<![\p{L}\p{M}])non-/iu;

/** "chỉ tính A và B", "only counting A and B": the figures listed are what is counted. */
const ONLY_THESE = /\b(chi tinh|chi ke|chi lay|chi dem|only counting|counting only|only)\b[^,;?]*\b(va|and)\b/;
/** "… cơ quan cấp tỉnh (Sở ban ngành và Chi cục) …", "(Sở ban ngành + Chi cục)": a list in brackets says what is counted. */
const BRACKETED = /\(([^()]*(?:\b(?:va|and)\b|\+)[^()]*)\)/;

/** The items a clause lists as what it counts (after "chỉ tính", or in brackets), as typed. */
function listedCounted(main: string): string | null {
  const folded = fold(main).toLowerCase();
  const only = ONLY_THESE.exec(folded);
  // Up to the end of the clause the marker opens.
  if (only) return main.slice(only.index + only[1]!.length, only.index + only[0].length + (/^[^,;?]*/.exec(main.slice(only.index + only[0].length))?.[0].length ?? 0));
  const bracket = BRACKETED.exec(folded);
  return bracket ? main.slice(bracket.index + 1, bracket.index + bracket[0].length - 1) : null;
}

/** Does a list say nothing but a figure's unit (and a level, and function words): "provincial departments and agencies"? */
function nothingBeyondUnit(k: LoadedKnowledge, listed: string, f: CompiledFact): boolean {
  const said = ` ${tokenize(listed).map((t) => t.fold).join(" ")} `;
  let rest = said;
  for (const u of [f.unit?.vi, f.unit?.en]) if (u) rest = rest.replace(` ${tokenize(u).map((t) => t.fold).join(" ")} `, " ");
  if (rest === said) return false;
  const left = readIntent(rest, k.contentFolds, k.places);
  const levelAt = positionsCovered(left.level);
  return left.words.every((w, i) => w.stop || w.context || levelAt.has(i));
}

/** "… bao nhiêu TTHC khác?", "còn lại", "the rest" (folded): the rest of a total asked. */
const ASKS_THE_REST = /\b(khac|other|others|con lai|the rest)\b/;

/** A figure of the province as a whole ("toàn tỉnh" in its scope, as the knowledge writes it), of every level in it, not of the provincial level. */
const ofWholeProvince = (f: CompiledFact) => f.facets.level.length === 1 && f.facets.level[0] === "tinh" && /(?:^|\s)toàn tỉnh\s/u.test(f.scope.vi);

/**
 * "Không tính cấp xã, bao nhiêu cán bộ được cấp thư điện tử?": the figure of the province as a whole
 * the main clause asks, when a level below the province is left out of it and the report states no
 * parts of it (so none by level: no figure is what is left).
 */
export function levelLeftOutOfWhole(k: LoadedKnowledge, excluded: string, mainRanked: Candidate[]): CompiledFact | undefined {
  const out = facetsOf(readIntent(excluded, k.contentFolds, k.places));
  const best = mainRanked[0]?.fact;
  const levelsOnly = out.level.some((l) => l !== "tinh") && !out.body.length && !out.action.length;
  return levelsOnly && best && ofWholeProvince(best) && !partsUnder(k, best) ? best : undefined;
}

/**
 * "… không tính các nghị quyết của HĐND tỉnh", "ngoài 203 dự thảo QPPL … còn … khác": the figure
 * for what the main clause asks, without what the excluded clause names. Through the report's
 * parts: a total minus an excluded part is the other part when the report states it, else computed.
 */
export function withExclusion(k: LoadedKnowledge, read: ReadPlan, mainRanked: Candidate[]): Executed {
  const excludedIntent = readIntent(read.excluded!, k.contentFolds, k.places);
  // A number the user quotes names its fact exactly ("ngoài 203 dự thảo").
  const quoted = quotedNumbers(read.excluded!);
  // (A figure left out has the level, body and action the excluded clause names: "cấp xã" is not
  // "cấp huyện", whatever words they share.)
  const outFacets = facetsOf(excludedIntent);
  const hasNamed = (f: CompiledFact) => (["level", "body", "action"] as const).every((d) => !outFacets[d].length || outFacets[d].some((v) => (f.facets[d] as string[]).includes(v)));
  const excludedRanked = search(k, excludedIntent).filter((c) => c.coverage >= WEIGHTS.minCoverage / 2 && hasNamed(c.fact));
  const best = mainRanked[0];
  // What is left out is not what the main clause asks: of two figures its words fit alike (two
  // counts of one sentence, "newly regulated" and "amended"), it names the other.
  const [outTop, outNext] = excludedRanked;
  if (best && outTop?.fact === best.fact && outNext && outNext.coverage >= outTop.coverage && outNext.score >= WEIGHTS.suggestRatio * outTop.score) {
    excludedRanked.splice(0, 2, outNext, outTop);
  }
  // "Không tính đơn vị sự nghiệp, tổng cộng bao nhiêu cơ quan, đơn vị được phê duyệt …?": a whole the
  // report lists without totalling it, counted by its name, less one of its items: the others added.
  const list = wholeListedCounted(k, read.main, mainRanked);
  // What is left out is the first figure ranked for it of the list's measures: an item of it, left
  // out whole, or some other figure of their kind (a part of an item, "đơn vị sự nghiệp trực thuộc
  // UBND tỉnh"; another level's, "đơn vị sự nghiệp cấp huyện"), which leaves no item out whole.
  // (By its number, when the message quotes one: "Excluding the 556 units …".)
  const itemOut = (l: Extract<CompiledRelation, { type: "listed" }>): CompiledFact | null | undefined => {
    // (A level alone, "Không kể cấp huyện": the one item of that level, the district committees.)
    if (outFacets.level.length && !outFacets.body.length && !outFacets.action.length && !measuresNamed(excludedIntent).length) {
      const of = l.parts.map((id) => k.byId.get(id)!).filter((f) => f.facets.level.length > 0 && f.facets.level.every((v) => outFacets.level.includes(v)));
      return of.length === 1 ? of[0] : of.length ? null : undefined;
    }
    const measures = new Set(l.parts.map((id) => k.byId.get(id)!.measure ?? ""));
    const first = excludedRanked.find((c) => c.coverage >= WEIGHTS.minCoverage && measures.has(c.fact.measure ?? "") && (!quoted.length || quoted.includes(c.fact.value ?? Number.NaN)));
    if (!first) return undefined;
    if (l.parts.includes(first.fact.id)) return first.fact;
    // (A part named hardly better than the item it is of names the item: "đơn vị sự nghiệp" is all
    // the units, however near the 117 "thuộc các cơ quan chuyên môn" ranks.)
    const item = excludedRanked.find((c) => l.parts.includes(c.fact.id) && partsUnder(k, c.fact)?.parts.includes(first.fact.id));
    return item && !quoted.length && item.score >= WEIGHTS.suggestRatio * first.score ? item.fact : null;
  };
  // (A count asked, or a total: not "… chiếm bao nhiêu phần trăm?".)
  const counts = (read.op === "sum" || read.op === "value") && (!excludedIntent.kind || excludedIntent.kind === "count") && readIntent(read.main, k.contentFolds, k.places).kind !== "percent";
  const listedOut = list && counts ? itemOut(list) : undefined;
  if (list && listedOut === null) return "cannot";
  // "Không tính các Chi cục, … cho bao nhiêu Sở ban ngành và đơn vị UBND cấp huyện?": items the main
  // clause names of a list, another item of which is left out, are what is left: added. (Listed
  // right after "bao nhiêu", each by a word of its unit: not the scene, "chỉ tính UBND cấp huyện, …
  // bn đơn vị", nor one name, "departments and sectors".)
  const listedAsked = !list && counts ? countedList(read.main) : undefined;
  const ofList = listedAsked ? mainRanked.slice(0, OPERAND_DEPTH).map((c) => relationOf(k, c.fact, "listed")).find((r) => r !== undefined) : undefined;
  const leftOut = ofList ? itemOut(ofList) : undefined;
  // (Or items left out one by one, each another item of the list by its unit: "trừ UBND cấp huyện và
  // đơn vị sự nghiệp ra thì còn bao nhiêu Sở ban ngành và Chi cục?")
  const leftOutAll = ofList && leftOut && ofList.parts.includes(leftOut.id) ? [leftOut] : ofList ? eachItemOut(k, read.excluded!, ofList.parts) : undefined;
  if (listedAsked && ofList && leftOutAll) {
    const askedIntent = readIntent(listedAsked.text, k.contentFolds, k.places);
    const items = itemPicks(k, listedAsked.text, mainRanked, false).filter((f): f is CompiledFact => f !== null && !leftOutAll.includes(f) && ofList.parts.includes(f.id) && unitNamed(askedIntent, f));
    if (items.length === listedAsked.items && new Set(items).size === items.length) return withOperands(sumOf(items, ofList.whole)) ?? "cannot";
  }
  if (list && listedOut) {
    const rest = list.parts.filter((id) => id !== listedOut.id).map((id) => k.byId.get(id)!);
    return rest.length === 1 ? rest : (withOperands(sumOf(rest, list.whole)) ?? "cannot");
  }
  if (!best || best.coverage < WEIGHTS.minCoverage) return null;
  // "góp ý bn dự thảo do cơ quan trung ương trưng cầu, ko tính địa phương": a figure whose sentence
  // joins what is asked and what is left out ("trung ương và … địa phương") counts both, whatever
  // part of it the report states otherwise.
  if (leavesOutJoined(readIntent(read.main, k.contentFolds, k.places), excludedIntent, best.fact, k.contentAccents)) return "cannot";
  // "…, không tính các dự thảo văn bản khác": leaving out the others is what the main clause asks.
  if (THE_OTHERS.test(fold(read.excluded!).toLowerCase())) return [best.fact];
  // "…, không tính các dự thảo không phải văn bản QPPL", "excluding drafts that are not legal
  // normative documents": what is left is those that are, a part of the main clause's figure.
  const kept = NOT_THE.test(read.excluded!) ? read.excluded!.replace(NOT_THE, " ") : undefined;
  if (kept) {
    // (A part of it, never the figure itself: "không phải của cơ quan trung ương" leaves no part the report gives.)
    const of = (f: CompiledFact) => partsUnder(k, best.fact)?.parts.includes(f.id) === true;
    const keptIntent = readIntent(kept, k.contentFolds, k.places);
    const pick = search(k, keptIntent).find((c) => c.coverage >= WEIGHTS.minCoverage / 2 && of(c.fact));
    // (Its label says every word that sets what is kept apart from the whole: "văn bản QPPL", not
    // "của cơ quan trung ương", which no part's label says.)
    const lang = keptIntent.lang;
    const whole = labelWords(best.fact.label[lang]);
    const own = pick && labelWords(pick.fact.label[lang]);
    const apart = keptIntent.words.filter((w) => !w.stop && !w.context && !whole.has(w.fold));
    return pick && apart.length > 0 && apart.every((w) => own!.has(w.fold)) ? [pick.fact] : "cannot";
  }
  // "hoàn thành bn nhiệm vụ, ko phải tổng số nhiệm vụ": the whole of the fraction (34 of "31/34")
  // left out, the part is asked.
  const ofFraction = wholeOf(k, best.fact);
  if (ofFraction && ofFraction !== best.fact && THE_WHOLE.test(fold(read.excluded!).toLowerCase())) return [best.fact];
  // "Tổng văn bản QPPL cả 3 cấp, trừ 31 nghị quyết của HĐND tỉnh": the main clause's sum, less the
  // figure left out (one of the figures added, or a part of one).
  const mainIntent = readIntent(read.main, k.contentFolds, k.places);
  // (Only for a sum or a plain value: "nhiều hơn …" over two levels is a difference, not this.)
  // (Not when the best figure is of every level named already: the civil-servant posts "of the
  // provincial agencies and district People's Committees" are one figure.)
  const levels = namedTwice(mainIntent).find((d) => d.dim === "level" && !d.values.every((v) => (best.fact.facets.level as string[]).includes(v)));
  // "HĐND và UBND tỉnh … tổng cộng bao nhiêu …, không tính cấp huyện và cấp xã?": one figure is of
  // every value the main clause joins, and the clause leaves out only other levels than its own.
  const coversJoined = namedTwice(mainIntent).some(({ dim, values }) => values.every((v) => (best.fact.facets[dim] as string[]).includes(v as never)));
  if (
    read.op === "sum" && coversJoined && outFacets.level.length && !outFacets.body.length && !outFacets.action.length &&
    !outFacets.level.some((l) => (best.fact.facets.level as string[]).includes(l as never))
  )
    return [best.fact];
  if (read.op === "sum" || (read.op === "value" && levels)) {
    const found = levels ? onePerValue(k, mainIntent, "level", levels.values) : operandsFor(k, read.main, mainIntent, mainRanked, false);
    // (As in a sum without exclusion, figures of several actions the question does not join are no
    // parts of one: "ban hành quyết định công bố tổng cộng bao nhiêu TTHC" asks the 1.117 alone.)
    const ops = !levels && !actionsJoined(mainIntent) && found.some((f) => !sameFacet(f, found[0]!, "action")) ? [] : found;
    // The levels left out, once each; the province only when named as a level ("cấp tỉnh"), not as
    // where the others are ("các xã của tỉnh").
    // (The province alone left out is left out as a level: "Không tính tỉnh, các huyện và các xã …".)
    const named = levelsAsLevels(excludedIntent);
    const outLevels = named.length || !facetsOf(excludedIntent).level.includes("tinh") ? named : ["tinh"];
    // What is left of figures of one level each once every level left out is taken out ("không tính
    // cấp tỉnh và cũng không tính cấp xã" leaves the districts' alone): none unless each level left
    // out is one of them.
    const leftAfter = (figures: CompiledFact[]): Executed | undefined => {
      const isOut = (f: CompiledFact) => (f.facets.level as string[]).some((l) => outLevels.includes(l));
      const rest = figures.filter((f) => !isOut(f));
      const eachOne = outLevels.every((l) => figures.filter((f) => (f.facets.level as string[]).includes(l as never)).length === 1);
      if (!eachOne || !rest.length || rest.length !== figures.length - outLevels.length) return undefined;
      return rest.length === 1 ? [rest[0]!] : (withOperands(sumOf(rest, MEASURE_NAMES[rest[0]!.measure as keyof typeof MEASURE_NAMES])) ?? "cannot");
    };
    // "Nếu không tính cấp xã thì tổng cộng có bao nhiêu văn bản QPPL?": no figure named, the figures
    // of each level the question leaves open (its readings) less the levels left out.
    if (ops.length < 2 && read.op === "sum" && outLevels.length && !outFacets.body.length && !outFacets.action.length) {
      const readings = [best.fact, ...otherReadings(k, mainIntent, mainRanked)];
      const left = readings.length >= 3 && oneALevel(readings, best.fact) ? leftAfter(readings) : undefined;
      if (left) return left;
    }
    // (Of the figures added, two levels or more left out: every one, not only the first.)
    if (ops.length >= 2 && outLevels.length >= 2 && !outFacets.body.length && !outFacets.action.length && !quoted.length) {
      const left = leftAfter(ops);
      if (left) return left;
    }
    if (ops.length >= 2) {
      const sumOfOps = () => withOperands(sumOf(ops, MEASURE_NAMES[ops[0]!.measure as keyof typeof MEASURE_NAMES])) ?? "cannot";
      const inOps = (f: CompiledFact) => ops.includes(f) || ops.some((o) => partsUnder(k, o)?.parts.includes(f.id));
      const out =
        k.kb.facts.find((f) => f.value !== null && quoted.includes(f.value) && inOps(f)) ?? excludedRanked.map((c) => c.fact).find((f) => !quoted.length && inOps(f));
      // "Gộp tự kiểm tra và kiểm tra theo thẩm quyền, …, không tính các Đoàn kiểm tra": what is left
      // out names other things than those added (the teams), and their figure of what is added (the
      // 106 documents the teams checked) is none of them, nor a part or whole of one, nor of a level or
      // body one of them has: a separate figure, which the sum leaves out already.
      // (The report states no overlap between figures: "…, excluding those issued by the districts"
      // may be some of those added, and is worked out below or declined.)
      const other = excludedRanked[0];
      const beside = quoted.length ? undefined : excludedRanked.find((c) => c.fact.measure === ops[0]!.measure);
      const carried = (["level", "body"] as const).some((d) => outFacets[d].some((v) => ops.some((o) => (o.facets[d] as string[]).includes(v as never))));
      const apart =
        other !== undefined && other.fact.kind !== "statement" && !!other.fact.measure && other.fact.measure !== ops[0]!.measure && !carried &&
        beside !== undefined && beside.coverage >= WEIGHTS.minCoverage && !ops.includes(beside.fact) &&
        ops.every((o) => totalOver(k, beside.fact)?.total !== o.id && totalOver(k, o)?.total !== beside.fact.id && !sameWhole(k, o, beside.fact));
      if (apart) return sumOfOps();
      // "Excluding communes, … the provincial and district levels in total": a level left out that
      // none of the figures added is of is left out already.
      if (!out && levels && outLevels.length && !ops.some((o) => outLevels.some((l) => (o.facets.level as string[]).includes(l)))) {
        return sumOfOps();
      }
      // ("Excluding public service units, … in total (departments, sub-departments and district
      // People's Committees)": items of a list the report states, less another item of it, which none
      // of them holds: their sum.)
      const opsList = relationOf(k, ops[0]!, "listed");
      const opsListOut = opsList && counts ? itemOut(opsList) : undefined;
      // (Ranked above any of them: "public service units" are not the district committees' "units".)
      const rankOf = (f: CompiledFact) => excludedRanked.findIndex((c) => c.fact === f);
      // (Items left out one by one, each by its unit, "ko tính UBND huyện, ĐVSN": none may be one added,
      // "không tính Chi cục, UBND huyện" of the departments and sub-departments.)
      const ofList = opsList !== undefined && ops.every((o) => opsList.parts.includes(o.id));
      const itemsOut = ofList && !out ? splitItems(read.excluded!).map((item) => readIntent(item, k.contentFolds, k.places)) : [];
      if (ofList && !itemsOut.some((item) => ops.some((o) => namesUnitOf(item, o)))) {
        if (opsListOut && !ops.includes(opsListOut) && (!out || rankOf(opsListOut) < rankOf(out))) return sumOfOps();
        // (Or each another item of the list: "ĐVSN" is the list's units, not the districts' 556.)
        const others = opsList!.parts.map((id) => k.byId.get(id)!).filter((f) => !ops.includes(f));
        if (itemsOut.length >= 2 && itemsOut.every((item) => others.filter((f) => namesUnitOf(item, f)).length === 1)) return sumOfOps();
      }
      if (!out) return "cannot";
      // A figure added may be left out whole only when the excluded clause names its level ("không
      // tính cấp xã"): "không tính 22 Sở ban ngành" may be a part of the province's figure, not all of it.
      const rest = ops.filter((o) => o !== out);
      // (Or its body or level alone among them: "không tính nghị quyết của HĐND tỉnh" of the council's and the committee's.)
      const namesOut = (["level", "body"] as const).some(
        (d) => outFacets[d].length > 0 && outFacets[d].every((v) => (out.facets[d] as string[]).includes(v)) && !rest.some((o) => outFacets[d].every((v) => (o.facets[d] as string[]).includes(v))),
      );
      if (ops.includes(out) && !namesOut && !(levels && excludedIntent.level.some((h) => out.facets.level.includes(h.value as never)))) return "cannot";
      if (rest.length === 1) return [rest[0]!];
      return withOperands(ops.includes(out) ? sumOf(rest, MEASURE_NAMES[rest[0]!.measure as keyof typeof MEASURE_NAMES]) : sumLessOf(ops, out)) ?? "cannot";
    }
  }
  // "chỉ tính Sở và Chi cục, không tính …": the main clause lists what is counted; their sum, when
  // none of them is what the excluded clause names.
  const listed = read.op === "value" ? listedCounted(read.main) : null;
  let onlyOne: CompiledFact[] = [];
  if (listed) {
    const picks = itemPicks(k, listed, mainRanked);
    const named = new Set(excludedRanked.slice(0, 1).map((c) => c.fact));
    // (Nor pieces of one name parted at its joiner: "provincial departments and agencies" is the 22's
    // unit, the one figure counted.)
    // (Only when the list is that name alone: "provincial departments and agencies and sub-departments" adds the 15.)
    const parted = [...new Set(picks.filter((f): f is CompiledFact => f !== null && unitParted(listed, [f])))];
    if (parted.length === 1 && !named.has(parted[0]!) && nothingBeyondUnit(k, listed, parted[0]!)) return parted;
    const ops = parted.length ? [] : addedItems(picks);
    if (ops.length >= 2 && !ops.some((o) => named.has(o))) return withOperands(sumOf(ops, MEASURE_NAMES[ops[0]!.measure as keyof typeof MEASURE_NAMES])) ?? "cannot";
    // Items that no figure explains, or that are figures not to be added: the figure of one item
    // alone is not what is counted (a figure over all of them still is: "HĐND tỉnh và UBND tỉnh"
    // are the 125 together; "the Government and the Prime Minister" are one item's 172).
    const found = new Set(picks.filter((f) => f !== null));
    if (picks.includes(null) || found.size >= 2) onlyOne = [...found];
  }
  // (One that explains the excluded clause as well as any figure does: "the state administrative
  // bodies" half-explains the 117 units "thuộc các cơ quan chuyên môn", which they are not, and the
  // civil-servant posts better.)
  const outCoverage = Math.max(0, ...excludedRanked.filter((c) => c.fact.value !== null).map((c) => c.coverage));
  const excludedFact = (candidates: CompiledFact[]) =>
    candidates.find((f) => f.value !== null && quoted.includes(f.value)) ??
    excludedRanked.find((c) => candidates.includes(c.fact) && c.coverage >= outCoverage)?.fact;

  // The excluded clause names a part of a total the main clause is about ("chỉ tính quyết định
  // của UBND tỉnh, không tính nghị quyết của HĐND": the council's part of the province's total).
  const named = excludedRanked[0]?.fact;
  const whole = named && totalOver(k, named);
  // Only when that total or a part is what the main clause asks (its best, or a near tie with it):
  // "không kể đơn vị sự nghiệp, … bao nhiêu Sở ban ngành?" asks about another figure altogether.
  const inWhole = (c: Candidate) => c.fact.id === whole!.total || whole!.parts.includes(c.fact.id);
  if (whole && mainRanked.slice(0, OPERAND_DEPTH).some((c) => c.coverage >= WEIGHTS.minCoverage && inWhole(c) && c.score >= WEIGHTS.suggestRatio * best.score)) {
    const rest = whole.parts.filter((id) => id !== named.id).map((id) => k.byId.get(id)!);
    if (whole.complete && rest.length === 1) return [rest[0]!];
    return withOperands(othersOf(k.byId.get(whole.total)!, [named])) ?? "cannot";
  }
  // The main clause asks for a total: leave out the excluded part.
  const asTotal = partsUnder(k, best.fact);
  // Or for a part the excluded clause names: its total without it ("ngoài 203 …, còn … khác?").
  const asPart = totalOver(k, best.fact);
  // (Named first by what is left out, or by its number: "không tính các dự thảo văn bản thông
  // thường, chỉ riêng dự thảo QPPL …" fits the 203 only after other figures, so it is what is asked.)
  // (Or when the main clause asks the rest: "Ngoài dự thảo QPPL, còn bao nhiêu dự thảo khác …?")
  const asksRest = ASKS_THE_REST.test(fold(read.main).toLowerCase());
  const namesBest = (best.fact.value !== null && quoted.includes(best.fact.value)) || excludedRanked[0]?.fact === best.fact || (asksRest && excludedFact([best.fact]) === best.fact);
  // (Not when what is left out is other things than those counted, best named: "Không kể các sở, ban,
  // ngành và chi cục, … bao nhiêu đơn vị sự nghiệp công lập?" leaves out the departments, none of the units.)
  const counted = measureCounted(mainIntent)?.measure;
  const outFirst = excludedRanked[0]?.fact;
  const otherCounted = outFirst !== undefined && !!outFirst.measure && outFirst.measure !== best.fact.measure && counted === best.fact.measure;
  // (Unless a part's label says every word left out: "bao nhiêu dự thảo không phải văn bản QPPL"
  // leaves out the drafts of legal documents, a part of the drafts.)
  const outWords = excludedIntent.words.filter((w) => !w.stop && !w.context);
  const partNamed = asTotal?.parts.some((id) => {
    const own = labelWords(k.byId.get(id)!.label[excludedIntent.lang]);
    return outWords.length > 0 && outWords.every((w) => own.has(w.fold));
  });
  if (asTotal && otherCounted && !asTotal.parts.includes(outFirst.id) && !partNamed) return [best.fact];
  const rel = asTotal ?? (asPart && namesBest ? asPart : undefined);
  if (rel) {
    const total = k.byId.get(rel.total)!;
    const parts = rel.parts.map((id) => k.byId.get(id)!);
    const out = excludedFact(parts);
    // ("Không tính dự thảo của cơ quan trung ương, …": one of two things the total's sentence joins,
    // "trung ương và … địa phương", is no part of it the report gives, whatever part its words fit.)
    if (out && namesOneOfJoined(excludedIntent, total, k.contentAccents) && !(out.value !== null && quoted.includes(out.value))) return "cannot";
    if (out) {
      const rest = parts.filter((p) => p !== out);
      if (rel.complete && rest.length === 1) return [rest[0]!];
      return withOperands(othersOf(total, [out])) ?? "cannot";
    }
  }
  // "… bao nhiêu TTHC khác?" asks the rest of a total: without a stated total and its parts, no figure.
  if (asksRest) return "cannot";
  // A sum, a difference or a rate asked without the part left out, which the report's parts do not
  // give: no single figure answers it.
  // ("tổng số TTHC được kiến nghị đơn giản hóa, không kể …": a total of one thing named is its figure.)
  // (Only when what is left out is other things than those counted, "không hỏi số đoàn hay số kết
  // luận", and the best figure counts what is asked: "ngoài cấp xã, tổng cộng …" asks a sum of levels.)
  const otherThings = measuresNamed(excludedIntent).length > 0 && !measuresNamed(excludedIntent).includes(counted ?? "");
  // A sum over one thing named, of what the main clause counts.
  // (Actions the question does not join name one thing done: "ban hành quyết định công bố"; values
  // the best figure has every one of name it: "UBND tỉnh … nhiệm vụ do Chính phủ … giao".)
  const twice = namedTwice(mainIntent).filter((d) => (d.dim !== "action" || actionsJoined(mainIntent)) && !d.values.every((v) => (best.fact.facets[d.dim] as string[]).includes(v)));
  // (Pieces parted by commas that name no figure each list nothing: "Đề nghị cho biết, trong công tác
  // kiểm soát TTHC năm 2024, UBND tỉnh … tổng cộng bao nhiêu TTHC".)
  const oneListed = () => itemsListed(read.main) < 2 || new Set(itemPicks(k, read.main, mainRanked).filter((f) => f !== null)).size < 2;
  const sumOfOne = read.op === "sum" && twice.length === 0 && counted !== undefined && best.fact.measure === counted && oneListed();
  const totalOfOne = sumOfOne && otherThings;
  // ("ko tính nhiệm vụ Chính phủ giao, kế hoạch CCHC có tổng cộng bao nhiêu nhiệm vụ?": a total of
  // one thing that what is left out is neither a part nor the whole of is its own figure.)
  const outBest = excludedRanked[0]?.fact;
  const apart =
    outBest !== undefined && outBest !== best.fact &&
    !partsUnder(k, best.fact)?.parts.includes(outBest.id) && totalOver(k, best.fact)?.total !== outBest.id && totalOver(k, outBest)?.total !== best.fact.id;
  // (Of what the main clause counts: "tổng cộng bao nhiêu cơ quan" is not the departments' 22.)
  if (sumOfOne && apart) return [best.fact];
  if ((read.op !== "value" || namesOperation(mainIntent.words, "sum")) && !totalOfOne) return "cannot";
  // Otherwise the best fact of the main clause that the excluded clause does not name.
  // (A number quoted names the figure of that value the excluded clause explains, when one does:
  // "Ngoài 04 Đoàn kiểm tra" leaves out the 4 teams, not the 4 conclusions asked.)
  const ofQuoted = mainRanked.map((c) => c.fact).filter((f) => f.value !== null && quoted.includes(f.value));
  const quotedNamed = excludedRanked.map((c) => c.fact).find((f) => ofQuoted.includes(f));
  // ("Thu ngân sách …, không tính khoản thu tiền sử dụng đất": what is left out, which no figure
  // explains even in part, said with a word the report never uses ("đất", by its marks when typed with
  // them), may be some of any figure, which the report does not give apart: no figure is left without it.)
  const outOwn = excludedIntent.words.filter((w) => !w.stop && !w.context);
  const unknownOut = outOwn.some((w) => (w.marked ? !k.contentAccents.has(w.acc) : !k.contentFolds.has(w.fold)));
  // (So is one whose best figure is the very one asked, "Excluding land-use fee revenue, how much
  // revenue …": the words the report has explain the figure, not the part left out of it.)
  if ((!excludedRanked.length || excludedRanked[0]!.fact === best.fact) && !quoted.length && unknownOut) return "cannot";
  const excluded = new Set([...excludedRanked.slice(0, 1).map((c) => c.fact), ...(quotedNamed ? [quotedNamed] : ofQuoted)]);
  // (The province named as the context, "the tasks in the province's own plan", leaves out no level
  // when the main clause names none: every figure is the province's. Beside a level the main clause
  // names, "do UBND tỉnh duyệt" is the other level.)
  const context = !provinceNamedAsLevel(excludedIntent) && !facetsOf(mainIntent).level.length;
  const facets = context ? { ...outFacets, level: outFacets.level.filter((l) => l !== "tinh") } : outFacets;
  // (What is left out is named whole: "UBND cấp huyện" is the district committees, not every figure
  // of a committee.)
  const namedOut = (["level", "body", "action"] as const).filter((d) => facets[d].length > 0);
  // "Not the percentage, the money": a kind left out that the main clause does not ask. (A count
  // read from "mấy cái" beside a qualifier, "ko tính mấy cái bị bãi bỏ", leaves out what is bãi bỏ,
  // not every count.)
  const kindOut = excludedIntent.kind !== null && excludedIntent.kind !== mainIntent.kind && (excludedIntent.kind !== "count" || !namedOut.length) ? excludedIntent.kind : null;
  const asked = facetsOf(mainIntent);
  const carriesExcluded = (f: CompiledFact) =>
    f.kind === kindOut ||
    (namedOut.length > 0 &&
      namedOut.every((d) => facets[d].every((v) => (f.facets[d] as string[]).includes(v))) &&
      namedOut.some((d) => !asked[d].some((v) => (f.facets[d] as string[]).includes(v))));
  // (Among the figures the main clause could be asking, a reading of it: not one far down its ranking,
  // the committee's 89 self-checked documents for "các đoàn kiểm tra … bao nhiêu văn bản, không tính
  // văn bản do huyện gửi đến".)
  // (Of the measure the main clause names, when the best is of it: "biên chế công chức giao, trừ cấp
  // huyện" has no figure of the province's posts alone, and the units' staff are not those posts.)
  // (A part of it stays one: "… counting only the legal normative ones" of the drafts.)
  const ownMeasure = best.fact.measure && measuresNamed(mainIntent).includes(best.fact.measure) ? best.fact.measure : undefined;
  const pick = mainRanked.find(
    (c) =>
      c.coverage >= WEIGHTS.minCoverage && c.score >= WEIGHTS.readingRatio * best.score && !excluded.has(c.fact) && !carriesExcluded(c.fact) &&
      (!ownMeasure || c.fact.measure === ownMeasure || sameWhole(k, c.fact, best.fact)),
  );
  // "góp ý bn dự thảo do cơ quan trung ương trưng cầu, ko tính địa phương": a figure whose sentence
  // joins what is asked and what is left out ("trung ương và … địa phương") counts both; the report
  // gives no part to take away.
  if (pick && leavesOutJoined(mainIntent, excludedIntent, pick.fact, k.contentAccents)) return "cannot";
  // "Không tính 22 Sở ban ngành, có bao nhiêu cơ quan …?": another item of the list the excluded one
  // is in is not the rest of it, unless the main clause counts in its unit ("… bao nhiêu Kết luận").
  const outFact = quotedNamed ?? excludedRanked[0]?.fact;
  // (Nor when the main clause names the item in words of its own: "chỉ tính UBND cấp huyện".)
  if (pick && outFact && pick.fact.quote === outFact.quote && pick.fact !== outFact && mainIntent.counted.length > 0 && countedShare(mainIntent, pick.fact) === 0 && !namesItem(mainIntent, pick.fact, outFact)) return "cannot";
  return pick && !onlyOne.includes(pick.fact) ? [pick.fact] : "cannot";
}


/** How far down the ranking another reading is looked for. */
const READING_DEPTH = 5;
/** A thing denied done ("chưa được duyệt", "not yet approved"), folded and space-padded. */
const NOT_DONE = / (?:chua|khong|ko|not) /;

/**
 * The other reading of a question that fits two figures differing only in what it leaves open
 * ("biên chế công chức là bao nhiêu?": allocated 1.951 or current 1.895): both are given, each
 * labelled, rather than one of them guessed.
 */
export function otherReadings(k: LoadedKnowledge, intent: Intent, ranked: Candidate[], asking = intent): CompiledFact[] {
  const best = ranked[0];
  if (!best || best.fact.kind === "statement") return [];
  const named = facetsOf(intent);
  const measures = measuresNamed(asking);
  // Allocated or current, when the question says neither: the report's own pair of readings.
  const pair = allocatedAndCurrent(k, best.fact);
  const otherOfPair = pair && !["giao", "hien-co"].some((a) => named.action.includes(a)) ? pair.find((f) => f !== best.fact)! : undefined;
  // "tinh giản được bao nhiêu người?", "tỷ lệ tinh giản nhân sự?": the civil-servant positions'
  // figure and the public service units' alike, when the question names people in general (before
  // an amount and its rate: "By how much did the headcount fall?" is the two measures' falls).
  // ("How many staff does the province have?": the other measure's first, then the other of the pair.)
  // (Not of people said to be in the units, "so nguoi co mat trong dvsn": theirs alone.)
  // (Or of people named in the public sector as a whole: "số người làm việc trong khu vực nhà nước giảm
  // bao nhiêu?" is either measure's fall.)
  if ((!measures.length || (namesPublicSector(intent) && measures.every((m) => m === "nguoi-lam-viec"))) && isStaff(best.fact) && STAFF.any(intent.words) && !saysInUnits(intent)) {
    const isChange = (f: CompiledFact) => changeStating(k, f) !== undefined;
    const twins = k.kb.facts.filter(
      (f) =>
        f.reportId === best.fact.reportId && f.measure !== best.fact.measure && isStaff(f) && f.kind === best.fact.kind &&
        sameFacet(f, best.fact, "action") && isChange(f) === isChange(best.fact),
    );
    if (twins.length === 1) return otherOfPair ? [twins[0]!, otherOfPair] : twins;
  }
  if (otherOfPair) return [otherOfPair];
  // "Chi cân đối ngân sách đạt bao nhiêu?", "cắt giảm được bao nhiêu chi phí?": the amount, or the
  // share of a plan or reference its sentence states beside it, when the question names neither a
  // unit nor a percentage.
  const shares = amountOrShare(k, intent, best.fact);
  if (shares.length) {
    // (Unless the question names no measure and another measure's figure reads it as well: "How
    // much did the provincial budget reach?" is revenue or spending before it is a share of either.)
    // (Amounts only, of the period the question names, and no reference named: "so với năm trước"
    // asks a share, "đến 6/12" is revenue's date.)
    // (A change is of its year before already: "giảm bn so với năm ngoái?" is either measure's fall.)
    const compared = changeStating(k, best.fact) === undefined && COMPARED_WITH.test(` ${intent.raw.map((t) => t.fold).join(" ")} `);
    const open = !measures.length && best.fact.kind !== "percent" && !compared;
    const parallel = open ? rankedReadings(k, intent, ranked, named, measures).filter((f) => f.measure !== best.fact.measure && !otherPeriod(intent, f)) : [];
    return parallel.length ? parallel : shares;
  }
  const described = describedAsAsked(k, asking, best.fact);
  if (described) return [described];
  const others = rankedReadings(k, intent, ranked, named, measures);
  // (Else a part's total, when the question says the part's own phrase in part only.)
  const whole = others.length ? undefined : totalPartlySetApart(k, intent, best.fact);
  return whole ? [whole] : others;
}

/** Words naming what a figure is compared with (folded, padded): "so với", "compared with", "than". */
const COMPARED_WITH = / (?:so voi|compar\w*|against|than|versus|vs) /;

/**
 * The further readings down the ranking: each differs from the best in what the question leaves
 * open, and from the readings before it ("ban hành bao nhiêu văn bản QPPL?": the province's, the
 * districts', the communes').
 */
function rankedReadings(k: LoadedKnowledge, intent: Intent, ranked: Candidate[], named: FacetQuery, measures: string[]): CompiledFact[] {
  const best = ranked[0]!;
  // A change ("giảm 48") answers how much something changed, not how much there is.
  const isChange = (f: CompiledFact) => changeStating(k, f) !== undefined;
  const others: CompiledFact[] = [];
  const unit = best.fact.unit?.[intent.lang];
  // (Or every word it counts is in that unit: "bao nhiêu Chi cục" of the "Chi cục và tương đương".)
  // (Or, nothing said after "bao nhiêu", the unit opening the message as its subject: "Sở ban ngành
  // được duyệt đề án VTVL: bao nhiêu?"; not one of several units named, "Sở ban ngành, UBND cấp huyện:
  // …", nor one denied, "… chưa được duyệt …".)
  const said = ` ${intent.raw.map((t) => t.fold).join(" ")} `;
  const unitSaid =
    !intent.counted.length && unitOpeningSaid(said, best.fact, [intent.lang], true) && !NOT_DONE.test(said) &&
    !ranked.slice(1, READING_DEPTH).some((c) => c.fact.unit?.[intent.lang] !== unit && unitOpeningSaid(said, c.fact, [intent.lang]));
  const ownUnit = (namesUnit(intent, best.fact) || countedShare(intent, best.fact) === 1 || unitSaid) && k.kb.facts.filter((x) => x.reportId === best.fact.reportId && x.unit?.[intent.lang] === unit).length === 1;
  // (Every word it counts in, but those counting anything or naming a level or body, the best's unit has:
  // "bao nhiêu đơn vị cấp huyện" counts units at district level, the committees or the units they approved.)
  const facetWords = new Set([...intent.level, ...intent.body].flatMap((h) => intent.words.slice(h.start, h.end).map((w) => w.fold)));
  const ownCounted = { ...intent, counted: intent.counted.filter((w) => !GENERIC_COUNTERS.has(w) && !facetWords.has(w)) };
  const countsInUnit = ownCounted.counted.length > 0 && countedShare(ownCounted, best.fact) === 1;
  const readAs = actionsReadAsOthers(intent);
  for (const c of ranked.slice(1, READING_DEPTH)) {
    const f = c.fact;
    if (others.length === MAX_READINGS - 1) break;
    // "bao nhiêu Sở ban ngành" names what the best figure alone counts: a figure counted in something
    // else is no reading of it ("bao nhiêu đơn vị", "how many people" name units several figures have).
    if (ownUnit && countedShare(intent, f) < 0.5) continue;
    // (Nor one counted in none of the words the question counts in, which the best's unit has:
    // "cấp huyện ban hành bao nhiêu văn bản?" counts documents, not the 4 inspection conclusions.)
    if (countsInUnit && countedShare(ownCounted, f) === 0) continue;
    if (others.some((o) => sameWhole(k, o, f) || (o.quote === f.quote && (o.whole || f.whole)) || !facetsApart(o, f, named).unsaid)) continue;
    // (Or one of the actions a verb is read as, the best having another: the verb's words in the best's
    // label are no sign the question meant that one, "hoàn thành bao nhiêu nhiệm vụ?".)
    const parallel =
      (!measures.length && f.measure !== best.fact.measure && sameFacet(f, best.fact, "action")) ||
      (f.facets.action.some((a) => readAs.includes(a)) && !sameFacet(f, best.fact, "action") && best.fact.facets.action.some((a) => readAs.includes(a)));
    if (f.kind !== best.fact.kind || c.coverage < WEIGHTS.minCoverage || c.score < (parallel ? WEIGHTS.parallelReadingRatio : WEIGHTS.readingRatio) * best.score) continue;
    // (A share of a plan the question names another of is no reading: "so với năm 2023" is not "so với dự toán".)
    if (otherPlan(k, intent, f)) continue;
    // (Two figures of one sentence counting different things are one fact told twice, "62 TTHC thuộc 11
    // lĩnh vực", unless the question says what it counts of neither and each explains it as well:
    // "hội thi có bn tham gia?" of 214 agencies and 107.737 entries.)
    const bothFit = countedShare(intent, best.fact) === 0 && countedShare(intent, f) === 0 && c.coverage >= best.coverage;
    if (sameWhole(k, best.fact, f) || (best.fact.related.includes(f.id) && f.measure !== best.fact.measure && !bothFit)) continue;
    // A fraction's part and its whole ("31/34") are one figure read two ways, not two readings.
    // (Only those two: "172 nhiệm vụ Chính phủ giao" in the sentence of "31/34" is another figure.)
    const fraction = (part: CompiledFact, whole: CompiledFact) => whole.whole && !part.whole && part.total === whole.value && part.quote === whole.quote;
    if (fraction(f, best.fact) || fraction(best.fact, f)) continue;
    // (And another of its sentence only when the question says no word of the best figure's label
    // that the other's lacks: "kế hoạch".)
    if (f.quote === best.fact.quote && (f.whole || best.fact.whole) && saysOnlyOf(intent, best.fact, f)) continue;
    if (isChange(f) !== isChange(best.fact)) continue;
    // (Nor one the question tells apart by another thing its best figure's label names and the
    // other's label and sentence do not: "các đoàn kiểm tra" names the teams' 106, not the
    // department's own 23.)
    if (namedOnlyBy(intent, measures, best.fact, f)) continue;
    // What tells them apart, and whether the question says it.
    const apart = facetsApart(best.fact, f, named);
    const measureDiffers = f.measure !== best.fact.measure;
    const differ = measureDiffers || apart.differ;
    // (A measure the question names only as what another word acts on, counting nothing, settles
    // neither figure of one sentence: "qua rà soát TTHC, tỉnh kiến nghị bao nhiêu?" is the 62
    // procedures or the 14 documents the review recommended.)
    const aboutBoth = (m: string) => !intent.counted.length && f.quote === best.fact.quote && measureOnlyActedOn(intent, m, [...best.fact.facets.action, ...f.facets.action]);
    const settled = (measureDiffers && measures.some((m) => (m === f.measure || m === best.fact.measure) && !aboutBoth(m))) || apart.settled;
    // (A figure kept only by the body the text implies is still told apart by the words of its label,
    // the body's own name aside: "… by the Department of Justice under its authority" is the 23 alone.)
    if (differ && !settled && !(apart.keptByImpliedBody && saysOnlyOf(intent, best.fact, f, positionsCovered(intent.body)))) others.push(f);
    // Same measure and qualifiers, told apart only by their labels' own words ("so với dự toán" /
    // "so với cùng kỳ"): another reading when the question says none of those words.
    else if (!differ && f.measure === best.fact.measure && !labelSettles(intent, best.fact, f)) others.push(f);
  }
  return others;
}

/**
 * "Có bao nhiêu đơn vị sự nghiệp thuộc UBND tỉnh được phê duyệt …?": the 11 "trực thuộc UBND tỉnh",
 * or the province's 128 they are part of, when the part's facets are its total's and the question
 * says some but not all of the words that set the part apart ("thuộc", not "trực thuộc").
 */
function totalPartlySetApart(k: LoadedKnowledge, intent: Intent, part: CompiledFact): CompiledFact | undefined {
  const t = totalOver(k, part);
  const total = t && k.byId.get(t.total);
  if (!total || !(["level", "body", "action"] as const).every((d) => sameFacet(part, total, d))) return undefined;
  const totalWords = new Set(analyze(total.label[intent.lang]).map((w) => w.fold));
  // (As typed: a synonym's words, "đúng hạn" read as "bảo đảm thời gian", say no run in part.)
  const typed = new Set(intent.raw.map((w) => w.fold));
  const asked = new Set(intent.words.filter((w) => !w.stop && typed.has(w.fold)).map((w) => w.fold));
  // The runs of the part's label words its total lacks: one phrase ("trực thuộc"), said in part.
  // (A part set apart in several ways, "văn bản QPPL … bảo đảm thời gian và chất lượng", is told
  // apart by what the question says of each, not read as its total.)
  const runs: string[][] = [[]];
  for (const w of analyze(part.label[intent.lang])) {
    if (!w.stop && !w.context && !totalWords.has(w.fold)) runs.at(-1)!.push(w.fold);
    else if (runs.at(-1)!.length) runs.push([]);
  }
  const apart = runs.filter((r) => r.length);
  const said = apart.length === 1 ? apart[0]!.filter((x) => asked.has(x)).length : 0;
  return said > 0 && said < apart[0]!.length ? total : undefined;
}

/** "số" as typed with its mark ("số văn bản …": the number of). */
const NUMBER_WORD = tokenize("số")[0]!.acc;

/** Content words of a description a figure's sentence gives, beyond its unit, for it to be one (qualifiers: "do UBND tỉnh ban hành"). */
const DESCRIBING_WORDS = 2;

/**
 * "UBND tỉnh ban hành bao nhiêu văn bản QPPL?": the decisions it issued (94, counted in "quyết định",
 * which the question does not say), or the documents a fraction of the report counts whole, which
 * its sentence describes in every word the question asks ("tự kiểm tra 89/89 văn bản QPPL do UBND
 * tỉnh ban hành"). Only a whole fraction ("89/89": each of them), of the same measure.
 */
function describedAsAsked(k: LoadedKnowledge, intent: Intent, best: CompiledFact): CompiledFact | undefined {
  if (!intent.howMany || (intent.kind && intent.kind !== "count") || intent.lang !== "vi" || namesUnit(intent, best)) return undefined;
  // (Every word, context and function words too: "do UBND tỉnh" is what tells this figure apart.)
  const asked = new Set(intent.words.map((w) => w.fold));
  // ("Số văn bản QPPL do UBND tỉnh ban hành …": "số" says a number is asked, no word of the description.)
  const own = intent.words.filter((w) => !w.stop && !w.context && !w.ambiguous && !/^\d/.test(w.fold) && w.acc !== NUMBER_WORD).map((w) => w.fold);
  return k.kb.facts.find((f) => {
    if (f === best || f.reportId !== best.reportId || f.measure !== best.measure || f.total === undefined || f.value !== f.total) return false;
    const d = descriptionOf(f);
    // Both ways: "HĐND, UBND tỉnh" asks more than the documents of the committee.
    return d !== null && d.describing >= DESCRIBING_WORDS && d.words.every((w) => w.stop || asked.has(w.fold)) && own.every((w) => d.folds.has(w));
  });
}

/** Each whole fraction's description, read once: the words after "89/89" up to the clause's end. */
const descriptions = new WeakMap<CompiledFact, { words: Word[]; folds: ReadonlySet<string>; describing: number } | null>();
function descriptionOf(f: CompiledFact): { words: Word[]; folds: ReadonlySet<string>; describing: number } | null {
  if (descriptions.has(f)) return descriptions.get(f)!;
  // (Printed "89/89": the same number on both sides of the slash.)
  const printed = /(?<![\d.,])(\d[\d.,]*)\/\1(?!\d)/.exec(f.quote);
  let out = null;
  if (printed) {
    const words = analyze(f.quote.slice(printed.index + printed[0].length).split(/[,;.]| và /)[0]!);
    const unit = new Set(analyze(f.unit?.vi ?? "").map((w) => w.fold));
    out = { words, folds: new Set(words.map((w) => w.fold)), describing: words.filter((w) => !w.stop && !unit.has(w.fold)).length };
  }
  descriptions.set(f, out);
  return out;
}

/** Verbs that take an amount or a share alike: "đạt", "cắt giảm được", "tiết kiệm", "reach", "cut", "save". */
/** Verbs of a change asked without its unit: "giảm", "shrink", "drop" (folded). */
const CHANGE_VERBS = String.raw`giam|tinh giam|tinh gian|drop\w*|shrink|shrank|shrunk|fall|fell|fallen|decreas\w*|declin\w*`;
const CHANGE_VERB = new RegExp(String.raw` (${CHANGE_VERBS}) `);
const AMOUNT_OR_SHARE_VERB = new RegExp(String.raw`\b(dat|cat giam|tiet kiem|reach\w*|achiev\w*|cut|sav\w*|${CHANGE_VERBS})\b`);
/** "thiết lập được bao nhiêu": achieved, of an amount or a rate alike (only beside a rate its sentence states). */
const ACHIEVED = /\bduoc (?:khoang )?(?:bao nhieu|bn)\b/;

/** The other side of an amount and the share its sentence states of a plan or reference, when the question settles neither. */
function amountOrShare(k: LoadedKnowledge, intent: Intent, f: CompiledFact): CompiledFact[] {
  const text = ` ${intent.raw.map((t) => t.fold).join(" ")} `;
  if (intent.kind || intent.notKind || !intent.howMany || namesUnit(intent, f)) return [];
  const verb = AMOUNT_OR_SHARE_VERB.test(text);
  if (!verb && !ACHIEVED.test(text)) return [];
  const other: CompiledFact[] = [];
  for (const r of verb ? [shareStating(k, f), ...sharesOf(k, f)] : []) {
    if (!r) continue;
    // A plan the question names ("đạt bao nhiêu so với dự toán?") asks its share: settled.
    if (r.names.some((name) => text.includes(` ${fold(name).toLowerCase()} `))) return [];
    const x = k.byId.get((r.of === f.id ? r.share : r.of) ?? "");
    if (x) other.push(x);
  }
  // "How much did the civil-servant headcount drop?", "giảm bn so với 2023?": the fall and the rate
  // of it the sentence states ("giảm 48 …, đạt tỷ lệ giảm 2,47%").
  const change = relationsOf(k, f).find((r) => r.type === "change" && r.change === f.id && r.rate);
  if (change?.type === "change" && change.rate && CHANGE_VERB.test(text)) other.push(k.byId.get(change.rate)!);
  // "quy trình điện tử thiết lập được bao nhiêu rồi?" counting nothing: the amount and the one rate
  // of the other kind its sentence states beside it ("759 quy trình …, đảm bảo 100% …").
  // (Not a share of a plan the sentence states: "chi cân đối được bao nhiêu?" asks the amount.)
  if (!other.length && !intent.counted.length && !shareStating(k, f) && !sharesOf(k, f).length) {
    const amount = (x: CompiledFact) => x.kind === "count" || x.kind === "money";
    const beside = k.kb.facts.filter((x) => x !== f && x.quote === f.quote && x.value !== null && (f.kind === "percent" ? amount(x) : amount(f) && x.kind === "percent"));
    if (beside.length === 1) other.push(beside[0]!);
  }
  return other.slice(0, MAX_READINGS - 1);
}


/** People on the payroll in general (lexicon/measures.ts), and the figures of them. */
const STAFF = lexicon(STAFF_WORDS, true);
const isStaff = (f: CompiledFact) => (STAFF_MEASURES as readonly string[]).includes(f.measure ?? "");

const IN_PUBLIC_SECTOR = lexicon(PUBLIC_SECTOR, true);
/**
 * Does the message name the public sector as a whole? (Not as the report names the units' staff,
 * "người làm việc hưởng lương từ ngân sách nhà nước": the pay of those working is theirs.)
 */
const namesPublicSector = (intent: Intent): boolean =>
  IN_PUBLIC_SECTOR.findAll(intent.words).some((h) => intent.words[h.start]?.fold !== "huong" || intent.words.slice(Math.max(0, h.start - 2), h.start).map((w) => w.fold).join(" ") !== "lam viec");

const PERSONS = lexicon(PERSON_WORDS, true);

/** The public service units, as typed (folded). */
const UNITS = String.raw`(?:don vi su nghiep|dvsn|public servic\w* unit)`;
/** "trong các đơn vị sự nghiệp", "in public service units" (as typed, folded): where the people are. */
// (The report's own context named before them, CONTEXT_WORDS: "in Thua Thien Hue's public service units".)
// (Or given to them: "người hưởng lương … cho các đơn vị sự nghiệp", "positions for public service units".)
const OWN_CONTEXT = CONTEXT_WORDS.map(foldedAsRead).filter(Boolean).sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
const IN_UNITS = new RegExp(String.raw`\b(?:trong|o|tai|thuoc|cho|in|at|of|for) (?:cac |nhung |the )?(?:(?:${OWN_CONTEXT}) )?${UNITS}`);
/**
 * …as some of those asked of: "tính cả ở các đơn vị sự nghiệp", "and those in public service units".
 * (Not "công tác", "và làm việc ở …": folded, "cộng" and "công" are one word.)
 */
const ALSO_IN_UNITS = new RegExp(String.raw`\b(?:ca|including|counting|plus|those)\b(?: \S+){0,2} (?:trong|o|tai|thuoc|in|at|of) (?:cac |nhung |the )?${UNITS}`);
/** The units opening the message as its topic, as officials write: "ĐVSN: số người có mặt; …" (folded). */
const UNITS_FIRST = new RegExp(String.raw`^(?:khoi |cac )?${UNITS}`);
/**
 * Does the question say the people asked of are in the public service units (those alone)? (As its
 * topic only when it names no other thing counted: not "ĐVSN đã rõ, giờ hỏi công chức: …".)
 */
function saysInUnits(intent: Intent): boolean {
  const folded = intent.raw.map((t) => t.fold).join(" ");
  const topic = UNITS_FIRST.test(folded) && measuresNamed(intent).every((m) => m === "don-vi-su-nghiep");
  return (IN_UNITS.test(folded) || topic) && !ALSO_IN_UNITS.test(folded);
}

/**
 * "How many people work in the province's public sector?": persons, so the people in post of each
 * staff measure (civil servants 1.895, public service units 22.056), not the posts allocated, when
 * the question names no measure, no allocation and no change; or when it names both measures'
 * people together, in post ("CBCCVC hiện có bn người?").
 */
export function peopleInPost(k: LoadedKnowledge, intent: Intent, best: CompiledFact): CompiledFact[] | null {
  // ("CBCCVC hiện có bn người?": people of both measures named together, in post, which the best
  // figure of them, the officials given an e-mail account, is not.)
  // (Not when the message names what the figure's people were given, "hiện có bao nhiêu CBCCVC được
  // cấp hộp thư?", or any word of its sentence beside their name: "… có hộp thư công vụ?".)
  const actions = facetsOf(intent).action;
  if (best.measure === STAFF_TOGETHER) {
    const inPostAsked = actions.length > 0 && actions.every((a) => a === "hien-co") && !(best.facets.action as string[]).includes("hien-co");
    const quote = inPostAsked ? tokenize(best.quote) : [];
    const ownWordSaid = intent.words.some((w) => !w.stop && !w.context && !TOGETHER_NAMED.has(w.fold) && quote.some((t) => (w.marked ? t.acc === w.acc : t.fold === w.fold)));
    return inPostAsked && !ownWordSaid ? inPostOfEach(k, best.reportId) : null;
  }
  if (!isStaff(best) || !PERSONS.any(intent.words) || changeStating(k, best) !== undefined) return null;
  // (No measure named anywhere, by its short name or a synonym too: "dvsn … có mặt bn người" counts
  // the units' staff, "employees" is read as "người làm việc". In the public sector as a whole,
  // "người làm việc", "people working" are any of its people.)
  // (Not when it says where they are: "người ăn lương nhà nước trong các đơn vị sự nghiệp" are the units' staff.)
  const words = intent.words.map((w) => w.fold).join(" ");
  if ((!namesPublicSector(intent) || saysInUnits(intent)) && namesAnyMeasure(words)) return null;
  if (actions.some((a) => a !== "hien-co")) return null;
  return inPostOfEach(k, best.reportId);
}

/** Words of the names of both staff measures' people together (folded). */
const TOGETHER_NAMED = new Set(MEASURE_PHRASES[STAFF_TOGETHER].flatMap((p) => tokenize(p).map((t) => t.fold)));

/** The one figure in post of each staff measure, or none. */
function inPostOfEach(k: LoadedKnowledge, reportId: string): CompiledFact[] | null {
  const inPost = STAFF_MEASURES.map((m) =>
    k.kb.facts.filter(
      (f) => f.reportId === reportId && f.measure === m && f.kind === "count" && f.value !== null && changeStating(k, f) === undefined && (f.facets.action as string[]).includes("hien-co"),
    ),
  );
  return inPost.every((fs) => fs.length === 1) ? inPost.map((fs) => fs[0]!) : null;
}

/**
 * "Các đoàn kiểm tra văn bản QPPL cấp huyện của Sở Tư pháp đã kiểm tra bao nhiêu văn bản?": the
 * question names, beside what it counts, a thing (the teams) that the best figure's label and sentence
 * do not and a close figure of the same measure and kind names: that figure, the teams' 106, not
 * the department's own 23 with it as another reading.
 */
export function namedInOtherLabel(k: LoadedKnowledge, intent: Intent, ranked: Candidate[]): CompiledFact | undefined {
  const best = ranked[0];
  if (!best) return undefined;
  const measures = measuresNamed(intent);
  if (!measures.length) return undefined;
  // (A change and a level are never each other's: "… staff working in public service units shrink …" asks the fall.)
  const isChange = (f: CompiledFact) => changeStating(k, f) !== undefined;
  const close = ranked.slice(1, READING_DEPTH).filter(
    (c) => c.fact.measure === best.fact.measure && c.fact.kind === best.fact.kind && isChange(c.fact) === isChange(best.fact) && c.coverage >= WEIGHTS.minCoverage && c.score >= WEIGHTS.readingRatio * best.score && namedOnlyBy(intent, measures, c.fact, best.fact),
  );
  return close.length === 1 ? close[0]!.fact : undefined;
}

/**
 * Does the question name, besides what `a` counts, a thing `a`'s label names and `b`'s label and
 * sentence do not ("các đoàn kiểm tra": the teams, in the 106's label, not in the department's own 23)?
 */
function namedOnlyBy(intent: Intent, measures: readonly string[], a: CompiledFact, b: CompiledFact): boolean {
  return measures.some((m) => m !== a.measure && !COUNTED_ONLY_MEASURES.has(m) && namesMeasure(a, m, intent.lang, false) && !namesMeasure(b, m, intent.lang, true));
}

/** Readings of one question given at most: beyond three, a list is no longer an answer. */
const MAX_READINGS = 3;

/**
 * How two figures' levels, bodies and actions tell them apart: whether they differ at all, whether
 * the question names a value only one has (settled), and whether they differ in one it leaves unsaid.
 */
function facetsApart(a: CompiledFact, b: CompiledFact, named: FacetQuery): { differ: boolean; settled: boolean; unsaid: boolean; keptByImpliedBody: boolean } {
  const out = { differ: false, settled: false, unsaid: false, keptByImpliedBody: false };
  // (An action counts as its broader one too: "kiểm tra" asked does not settle "tự kiểm tra" against "kiểm tra".)
  const withBroader = (vs: string[], d: string) => {
    const broader = d === "action" ? broaderOf(vs) : undefined;
    return broader ? [...vs, broader] : vs;
  };
  for (const d of ["level", "body", "action"] as const) {
    const x = withBroader(a.facets[d] as string[], d);
    const y = withBroader(b.facets[d] as string[], d);
    const only = [...x.filter((v) => !y.includes(v)), ...y.filter((v) => !x.includes(v))];
    if (!only.length) continue;
    out.differ = true;
    // (A question naming what sets each apart asks both: "kiến nghị sửa đổi, đơn giản hóa bn?".)
    // (A body the report's text implies did it does not settle a figure out: "Sở Tư pháp đã kiểm tra bao
    // nhiêu văn bản QPPL?" reads the 106 its inspection teams checked too.)
    const [xNamed, yNamed] = d === "body" ? [bodiesOf(a), bodiesOf(b)] : [x, y];
    const ofA = named[d].some((v) => x.includes(v) && !yNamed.includes(v));
    const ofB = named[d].some((v) => y.includes(v) && !xNamed.includes(v));
    // (Named, it would have settled them but for the body the text implies.)
    const byOwn = named[d].some((v) => x.includes(v) !== y.includes(v));
    if (byOwn && !ofA && !ofB) out.keptByImpliedBody = true;
    // (Or each its own action, though one counts as the other's broader too: "ban hành/sửa đổi quy
    // định chức năng" names the functions newly set and those amended.)
    const own = (f: CompiledFact, g: CompiledFact) => named[d].some((v) => (f.facets[d] as string[]).includes(v as never) && !(g.facets[d] as string[]).includes(v as never));
    if ((ofA || ofB) && !(ofA && ofB) && !(own(a, b) && own(b, a))) out.settled = true;
    else out.unsaid = true;
  }
  return out;
}


/** Does the question name `a` apart from `b` in words other than those it counts ("bao nhiêu cơ quan")? */
function namesItem(intent: Intent, a: CompiledFact, b: CompiledFact): boolean {
  const wa = labelWords(a.label[intent.lang]);
  const wb = labelWords(b.label[intent.lang]);
  return intent.words.some((w) => !w.stop && !w.context && !intent.counted.includes(w.fold) && wa.has(w.fold) && !wb.has(w.fold));
}

/** Does the question say a word of `a`'s label that `b`'s lacks? */
function saysOnlyOf(intent: Intent, a: CompiledFact, b: CompiledFact, skip: ReadonlySet<number> = NONE): boolean {
  const wa = labelWords(a.label[intent.lang]);
  const wb = labelWords(b.label[intent.lang]);
  return intent.words.some((w, i) => !w.stop && !w.context && !skip.has(i) && wa.has(w.fold) && !wb.has(w.fold));
}
const NONE: ReadonlySet<number> = new Set();

/** The measures a fact's sentence names, read once. */
const sentenceMeasures = new WeakMap<CompiledFact, string[]>();
/** Does a fact's label (or its label or sentence) name a measure? (The sentence is Vietnamese: said in English, only the label tells.) */
function namesMeasure(f: CompiledFact, m: string, lang: Intent["lang"], orSentence: boolean): boolean {
  if (labelMeasures(f, lang).includes(m)) return true;
  if (!orSentence || lang !== "vi") return false;
  let inSentence = sentenceMeasures.get(f);
  if (!inSentence) sentenceMeasures.set(f, (inSentence = measuresIn(f.quote)));
  return inSentence.includes(m);
}

/** Does the question say a word that only one of the two labels has? */
const labelSettles = (intent: Intent, a: CompiledFact, b: CompiledFact): boolean => saysOnlyOf(intent, a, b) || saysOnlyOf(intent, b, a);

