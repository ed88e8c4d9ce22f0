// A message that continues the previous question ("còn cấp huyện thì sao?", "thế bãi bỏ?", "năm
// 2023 thì sao?", "tỷ lệ?", "nguồn?"): the previous plan with the slots the message names changed.
// A message that names its own subject is a new question and is read alone (returns null).
import { Derivation } from "./answer.ts";
import { addable, differenceOf, isComputed, othersOf, ratioOf, shareOfSum, sumOf, type Item } from "./derive.ts";
import { MEASURE_NAMES } from "./lexicon/measures.ts";
import { akinActions, verbAloneAction, verbsAloneIn } from "./lexicon/facets.ts";
import { asksTheChange, comparedSides, executeOperation, growthOfShare, previousYear } from "./execute.ts";
import { breakdownOrPeriod, countNotOfFigure, otherPlan } from "./narrower.ts";
import { comparesWithLastYear, namesYearBefore, otherPeriod, periodNamedAt, wholeYearOfADay } from "./period.ts";
import { unknownBreakdown } from "./dimensions.ts";
import { agentsNamed, COUNT_ENDS, measuresNamed, withoutMeasures } from "./measures-named.ts";
import { actionsJoined, allocatedAndCurrent, figuresAtLevels, levelsAsLevels, namesAllLevels } from "./operands.ts";
import { deniesAnAction, readIntent, someOfALevel, type FacetHit, type Intent } from "./intent.ts";
import type { Action } from "../../knowledge/vocabulary.ts";
import { reportYears, scoped, type LoadedKnowledge } from "./kb.ts";
import { CHANGE_DENIED, fits } from "./asked-side.ts";
import { sameFacet, sentenceBefore, type CompiledFact } from "./kb-types.ts";
import { asksBasis, asksNumberOrMonth, asksReportItself, identifierIn, type Identifier } from "./identifier.ts";
import { analyze } from "./analyze.ts";
import { fold, tokenize } from "./normalize.ts";
import { quotedNumbers } from "./numbers.ts";
import { asksOutOf, citeWordsAt, COMPOSITION, readPlan, timesAsked, type Plan, type ReadPlan } from "./plan.ts";
import { changeFrom, changeStating, ownLabelWords, partsUnder, relationsOf, sameWhole, sharesOf, shareStating, statedPartOf, totalOver, wholeOf } from "./relations.ts";
import { positionsCovered } from "./phrase-table.ts";
import { countedShare, facetsOf, GENERIC_COUNTERS, search, unitOpeningSaid, type Candidate } from "./search.ts";
import { ratioSides } from "./ratio-sides.ts";
import { WEIGHTS } from "./weights.ts";

export type FollowUp = { items: Item[]; op: Plan["op"]; identifier?: Identifier; readings?: true } | { decline: "other-year" | "other-period" | "no-breakdown" | "out-of-scope" | "cannot-compute"; detail: string; near: Candidate[] };


/** The plan with the actions a follow-up names by a verb alone, counted as qualifiers, not own words. */
function withFollowUpActions(intent: Intent, read: ReadPlan): ReadPlan {
  if (read.slots.action.length) return read;
  const actions = verbsAloneIn(intent.raw);
  return actions.length ? { ...read, slots: { ...read.slots, action: actions }, ownWords: Math.max(0, read.ownWords - actions.length) } : read;
}

/** Own words from which a follow-up asking a total names its own subject ("đoàn kiểm tra … văn bản"). */
const SUBJECT_OWN_WORDS = 3;

/** Own words of a follow-up asking which document: its kind ("quyết định", "kế hoạch"). */
const DOCUMENT_KIND_WORDS = 2;

/** A message with at most this many words of its own (beyond qualifiers and operations) can continue one. */
const MAX_OWN_WORDS = 4;
/** A message of at most this many words, as typed, is short enough to lean on the previous one. */
const SHORT_MESSAGE = 10;
export const isShortMessage = (intent: Intent) => intent.raw.length <= SHORT_MESSAGE;
/** Words a subject's name may add to a short message ("còn người làm việc ở đơn vị sự nghiệp công lập?"). */
const SUBJECT_NAME_EXTRA = 4;
/** "kết quả", "result(s)" (folded): what came of what a statement tells. */
const RESULT_ASKED = /\b(?:ket qua|results?|outcome)\b/;
/** At most this many of a report's facts have a word that names one of them ("MetroNet"). */
const RARE_WORD_FACTS = 2;

/** A figure's sentence as tokens, read once: the report's sentences do not change. */
const quoteTokenCache = new WeakMap<CompiledFact, ReturnType<typeof tokenize>>();
function quoteTokens(f: CompiledFact): ReturnType<typeof tokenize> {
  let t = quoteTokenCache.get(f);
  if (!t) quoteTokenCache.set(f, (t = tokenize(f.quote)));
  return t;
}

/**
 * Words of the message's own found in few of the report's sentences (RARE_WORD_FACTS) and in none of
 * the last answer's; `has` tells whether a figure's sentence holds one.
 */
function rareWords(k: LoadedKnowledge, intent: Intent, previous: CompiledFact[]) {
  // (Words of the question's own, in the report's own sentences: "that", "given", "này" name no answer.)
  const key = (t: { marked: boolean; acc: string; fold: string }) => (t.marked ? t.acc : t.fold);
  // (And words as typed that reading replaced: "trúng tuyển" is read as "tuyển dụng", its rare word "trúng".)
  const read = new Set(intent.words.map((t) => t.fold));
  const own = [...intent.words.filter((t) => !t.stop && !t.context), ...intent.raw.filter((t) => !read.has(t.fold))].filter((t) => /\p{L}{3}/u.test(t.fold));
  const has = (f: CompiledFact, t: (typeof own)[number]) => quoteTokens(f).some((w) => (t.marked ? w.acc : w.fold) === key(t));
  const facts = k.kb.facts.filter((f) => f.reportId === previous[0]!.reportId);
  const rare = own.filter((t) => !previous.some((f) => has(f, t)) && facts.filter((f) => has(f, t)).length <= RARE_WORD_FACTS);
  return { rare, has, facts };
}

/** The one earlier answer's figure whose sentence has a rare word of the message the last answer's lacks. */
function earlierNamed(k: LoadedKnowledge, intent: Intent, earlier: CompiledFact[], previous: CompiledFact[]): CompiledFact | undefined {
  const { rare, has } = rareWords(k, intent, previous);
  const naming = earlier.filter((f) => rare.some((t) => has(f, t)));
  return naming.length === 1 ? naming[0] : undefined;
}

/** Does the message name, in a rare word of the report's, a figure other than the last answer's ("and MetroNet?" after the document system)? */
function namesAnotherFigure(k: LoadedKnowledge, intent: Intent, previous: CompiledFact[]): boolean {
  const { rare, has, facts } = rareWords(k, intent, previous);
  return rare.length > 0 && facts.some((f) => f.value !== null && !previous.includes(f) && rare.some((t) => has(f, t)));
}

/** A share of a message's words one figure explains clearly less than another does. */
const CLEARLY_FEWER = 0.15;

export const asCandidates = (facts: CompiledFact[]): Candidate[] => facts.map((fact) => ({ fact, textScore: 1, score: 1, coverage: 1 }));

/**
 * The one earlier answer of the conversation with every action the message names that the last
 * answer's figure lacks (a change's own direction, "giảm", aside); none when it names no such action.
 */
function earlierOfActions(k: LoadedKnowledge, prev: Plan, previous: CompiledFact[], read: ReadPlan, intent: Intent): CompiledFact | undefined {
  const last = previous[0]!.facets.action as string[];
  const named = read.slots.action.filter((a) => !CHANGE_ACTIONS.has(a) && !last.includes(a));
  if (!named.length) return undefined;
  // (Of the measure the message names, if any; and one whose sentence or label has each word of the
  // message's that the report uses: "Biên chế hiện có …" is no answer of the people working.)
  const measures = measuresNamed(intent);
  const inQuote = (f: CompiledFact, fold: string) => quoteTokens(f).some((t) => t.fold === fold);
  const own = intent.words.filter((w, i) => !w.stop && !w.context && !read.operationWords.has(i) && /\p{L}{2}/u.test(w.fold) && k.kb.facts.some((f) => inQuote(f, w.fold)));
  const says = (f: CompiledFact, w: (typeof own)[number]) => inQuote(f, w.fold) || tokenize(f.label.vi).some((t) => t.fold === w.fold);
  const earlier = (prev.earlier ?? [])
    .flatMap((id) => k.byId.get(id) ?? [])
    .filter((f) => !previous.includes(f) && named.every((a) => (f.facets.action as string[]).includes(a)) && (!measures.length || measures.includes(f.measure ?? "")) && own.every((w) => says(f, w)));
  return earlier.length === 1 ? earlier[0] : undefined;
}

/** The rate the report states for the change a fact belongs to ("giảm 48 …, đạt tỷ lệ giảm 2.47%"). */
function statedRate(k: LoadedKnowledge, f: CompiledFact): CompiledFact | null {
  const r = relationsOf(k, f).find((x) => x.type === "change" && x.rate);
  return r && r.type === "change" && r.rate ? k.byId.get(r.rate)! : null;
}

/** The unit a measure's amounts are counted in ("triệu đồng" of revenue and of spending). */
function amountUnit(k: LoadedKnowledge, measure: string | null | undefined): string | undefined {
  return measure ? k.kb.facts.find((f) => f.measure === measure && f.kind !== "percent" && f.value !== null)?.unit?.vi : undefined;
}

/** What a share is of ("dự toán", "cùng kỳ năm trước"), when the fact is one. */
function planOfShare(k: LoadedKnowledge, f: CompiledFact): string | undefined {
  return shareStating(k, f)?.plan.vi;
}

/**
 * The figure of an answer before the last that the last can be added to or compared with: of the
 * same measure and kind, of measures that add up ("biên chế" and "người làm việc"), or, to compare,
 * in the same unit ("triệu đồng" of revenue and of spending).
 */
function earlierAlike(k: LoadedKnowledge, prev: Plan, last: CompiledFact, inOneUnit = false): CompiledFact | undefined {
  return (prev.earlier ?? [])
    .map((id) => k.byId.get(id))
    .find(
      (f): f is CompiledFact =>
        f !== undefined && f.value !== null && f.kind === last.kind &&
        (f.measure === last.measure || addable([f, last]) || (inOneUnit && f.unit?.vi !== undefined && f.unit.vi === last.unit?.vi)),
    );
}

/** An earlier answer that a figure is a stated part of (the 128 units after the 11 directly under the committee). */
function wholeGivenOf(k: LoadedKnowledge, prev: Plan, part: CompiledFact): CompiledFact | undefined {
  return (prev.earlier ?? []).map((id) => k.byId.get(id)).find((f): f is CompiledFact => f !== undefined && f !== part && f.kind === part.kind && (partsUnder(k, f)?.parts.includes(part.id) === true || wholeOf(k, part) === f));
}

/** A count of the rate's measure that the rate's own sentence states beside it ("556 … (đạt tỷ lệ 100%)"). */
const countOfRate = (rate: CompiledFact, f: CompiledFact): boolean => f.kind === "count" && f.value !== null && f.measure === rate.measure && f.quote === rate.quote;

/** The count an earlier answer gave that a rate's own sentence states it beside. */
function countBeside(k: LoadedKnowledge, prev: Plan, rate: CompiledFact): CompiledFact | undefined {
  return (prev.earlier ?? []).map((id) => k.byId.get(id)).find((f): f is CompiledFact => f !== undefined && countOfRate(rate, f));
}

/** Is one figure the other's allocation or current count, part or whole, or of one whole with it? Then the two add to nothing. */
function linkedFigures(k: LoadedKnowledge, a: CompiledFact, b: CompiledFact): boolean {
  return !!(allocatedAndCurrent(k, a)?.includes(b) || partsUnder(k, a)?.parts.includes(b.id) || partsUnder(k, b)?.parts.includes(a.id) || sameWhole(k, a, b) || wholeOf(k, a) === b || wholeOf(k, b) === a);
}

/**
 * Every answer before the last of the same measure, kind and action as it (in the order given), none
 * an allocation's pair, a part or the whole of another: what "cộng lại" adds after several answers.
 */
function everyEarlierAlike(k: LoadedKnowledge, prev: Plan, last: CompiledFact): CompiledFact[] {
  const out: CompiledFact[] = [];
  for (const id of [...(prev.earlier ?? [])].reverse()) {
    const f = k.byId.get(id);
    if (!f || f === last || out.includes(f) || f.value === null || f.kind !== last.kind || (f.measure !== last.measure && !addable([f, last])) || !sameFacet(f, last, "action")) continue;
    // (Nor a part or the whole of another: the 11 units directly under the committee are in the 128.)
    if ([last, ...out].some((o) => linkedFigures(k, o, f))) continue;
    out.push(f);
  }
  return out;
}

/**
 * The two answers before that the sides of a comparison or a ratio name ("số giao hơn số hiện có", "the
 * commune figure to the district figure"): each side names what sets one of them apart (its level,
 * body, action or measure) and no other; null unless both do, apart.
 */
function answersNamed(k: LoadedKnowledge, text: string, op: "difference" | "ratio", prev: Plan, last: CompiledFact): [CompiledFact, CompiledFact] | null {
  const pool = [...new Set([last, ...(prev.earlier ?? []).map((id) => k.byId.get(id))])].filter(
    (f): f is CompiledFact => f !== undefined && f.value !== null && f.kind === last.kind && f.unit?.vi === last.unit?.vi,
  );
  if (pool.length < 2) return null;
  const r = op === "ratio" ? ratioSides(text) : null;
  const sides = op === "ratio" ? (r ? [r.part, r.whole] : null) : comparedSides(text, true);
  if (!sides) return null;
  const pick = (side: string) => {
    const intent = readIntent(side, k.contentFolds, k.places);
    const said = facetsOf(intent);
    const actions = said.action.length ? said.action : verbsAloneIn(intent.raw);
    const named = { level: said.level, body: said.body, action: actions };
    const measures = measuresNamed(intent);
    if (!named.level.length && !named.body.length && !named.action.length && !measures.length) return undefined;
    const fits = pool.filter(
      (f) => (["level", "body", "action"] as const).every((d) => named[d].every((v) => (f.facets[d] as string[]).includes(v))) && measures.every((m) => m === f.measure),
    );
    return fits.length === 1 ? fits[0] : undefined;
  };
  const [a, b] = [pick(sides[0]!), pick(sides[1]!)];
  return a && b && a !== b ? [a, b] : null;
}

/** Share of two facts' label words (Vietnamese, folded) they have in common (0–1). */
function labelLikeness(a: CompiledFact, b: CompiledFact): number {
  const words = (f: CompiledFact) => new Set(tokenize(f.label.vi).map((t) => t.fold));
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / (x.size + y.size - shared || 1);
}

/** The other figures the sentence of the previous answer's figure states. */
const sentenceOf = (k: LoadedKnowledge, previous: CompiledFact[]) =>
  k.kb.facts.filter((f) => f.quote === previous[0]!.quote && !previous.includes(f) && f.value !== null && f.kind !== "statement");

/**
 * Does the message name nothing of its own but the unit a figure is counted in ("Chênh nhau bao
 * nhiêu người?", "ít hơn bao nhiêu thủ tục?")? (Every word of the unit, however many of them are
 * read as counted: "thủ tục" is read as "thủ tục hành chính".)
 */
function namesOnlyItsUnit(intent: Intent, read: ReadPlan, f: CompiledFact): boolean {
  // (Not against a year: "ít hơn bao nhiêu so với năm 2023?" asks the change since then.)
  if (intent.baselineYears.length || comparesWithLastYear(intent)) return false;
  const unitWords = new Set(tokenize(f.unit?.[intent.lang] ?? "").map((t) => t.fold));
  const inUnit = intent.words.filter((w) => !w.stop && !w.context && unitWords.has(w.fold)).length;
  return read.ownWords > 0 && read.ownWords <= Math.max(intent.counted.length, inUnit) && intent.counted.every((w) => unitWords.has(w));
}

/** Does the message continue the previous question rather than ask a new one? */
function continues(k: LoadedKnowledge, read: ReadPlan, intent: Intent, previous: CompiledFact[]): boolean {
  // "and public service units?" opens as a continuation even though it names another measure.
  // (Counted on the words as typed: "public service units" is five words once expanded.)
  // ("And how many procedures go through the one-stop mechanism?" says more than a measure and
  // qualifiers: a question of its own.)
  if (partOfPrevious(intent) && partsUnder(k, previous[0]!)) return true;
  // "trung bình mỗi đoàn?" after the documents the teams checked: the measure it names is what the
  // figure is averaged over, not another figure asked.
  // (Its own words beyond the measures it names: "mỗi cơ quan, đơn vị bao nhiêu lượt?".)
  if (read.op === "average" && intent.raw.length <= SHORT_MESSAGE && (read.ownWords <= MAX_OWN_WORDS || ownWordsBeyondMeasure(k, intent) <= MAX_OWN_WORDS)) return true;
  // "chiếm bn % trong tổng số dvsn tỉnh duyệt?" after a part the report states the total of.
  // (Opening on the verb, its subject unsaid, however long the whole it names: "chiếm bao nhiêu %
  // tổng số văn bản QPPL cấp tỉnh?".)
  const folded = ` ${intent.raw.map((t) => t.fold).join(" ")} `;
  const subjectless = SUBJECTLESS_RATE.test(folded);
  if (read.op === "ratio" && totalOver(k, previous[0]!) && intent.raw.length <= (subjectless ? 2 * SHORT_MESSAGE : SHORT_MESSAGE)) return true;
  // "so với số thu ngân sách thì chi nhiều hơn bao nhiêu?" after the spending: the figure before,
  // compared with another measure's.
  if (read.op === "difference" && newMeasure(intent, previous).length === 1 && / (so voi|compared (with|to)|than) /.test(folded) && intent.raw.length <= 2 * SHORT_MESSAGE) return true;
  // ("Cộng cả UBND cấp huyện thì tổng cộng bao nhiêu cơ quan?" after items of a list the report
  // states: the list's whole it names is no new measure.)
  if (read.op === "sum" && read.continues && relationsOf(k, previous[0]!).some((r) => r.type === "listed")) return true;
  // ("cộng 3 loại lại là bn cơ quan?" after the departments, the sub-departments and the district
  // committees: the answers named, counted by a word any agency is counted in.)
  const countedGenerically = intent.counted.length > 0 && intent.counted.every((w) => GENERIC_COUNTERS.has(w)) && ownBeyondCounting(intent, read) <= 0;
  if (read.op === "sum" && (answersCounted(folded) >= 2 || ADDED_UP.test(folded)) && countedGenerically && intent.raw.length - countingWords(intent) <= SHORT_MESSAGE) return true;
  // (Not a word of the request for the source: "nguon o doan nao" asks which passage, "đoạn" typed
  // bare like the teams' "đoàn".)
  if (newMeasure(intent, previous, read.cite ? citeWordsAt(intent.raw) : undefined).length) return (read.continues || pointsBack(intent)) && intent.raw.length <= SHORT_MESSAGE && ownWordsBeyondMeasure(k, intent) <= MAX_OWN_WORDS - 2;
  if (read.cite || (comparesWithLastYear(intent) && intent.raw.length <= SHORT_MESSAGE)) return true;
  // ("kết quả đậu bao nhiêu người?" after what a statement tells: what came of it.)
  if (previous[0]!.kind === "statement" && intent.howMany && RESULT_ASKED.test(folded) && intent.raw.length <= SHORT_MESSAGE) return true;
  // "theo quyết định nào?", "kế hoạch số mấy?": which document, naming at most its kind.
  if (intent.identifier && !intent.howMany && read.ownWords <= DOCUMENT_KIND_WORDS && intent.raw.length <= SHORT_MESSAGE) return true;
  const names = read.slots.level.length + read.slots.body.length + read.slots.action.length + (read.slots.year ? 1 : 0) + (read.op !== "value" ? 1 : 0) + (intent.kind || intent.notKind ? 1 : 0);
  // ("What about public service units at the provincial level?" after the district's units: the
  // previous figure's own measure named again, in the longer words a name takes in English, is no
  // own word of the message.)
  // (Nothing else of its own: "What about legal normative documents issued by the National Assembly?"
  // asks of a body no figure has.)
  if (read.continues) return read.ownWords <= MAX_OWN_WORDS || namesOnlyMeasures(k, intent);
  // ("ít hơn bao nhiêu thủ tục?" after the procedures published and abolished: a difference in their unit.)
  if (read.op === "difference" && intent.raw.length <= 2 * SHORT_MESSAGE && namesOnlyItsUnit(intent, read, previous[0]!)) return true;
  // "bằng bao nhiêu % dự toán?": a short message naming a kind, a qualifier or an operation.
  return names > 0 && (read.ownWords <= 1 || (intent.raw.length <= SHORT_MESSAGE && read.ownWords <= MAX_OWN_WORDS - 1));
}

/**
 * A message's own words besides those any agency is counted in and the number of answers it names
 * ("Cộng cả hai loại là bao nhiêu cơ quan, đơn vị?": none).
 */
function ownBeyondCounting(intent: Intent, read: ReadPlan): number {
  return read.ownWords - countingWords(intent);
}
const countingWords = (intent: Intent) => intent.words.filter((w) => !w.stop && !w.context && !/^\d/.test(w.fold) && (GENERIC_COUNTERS.has(w.fold) || NUMBER_NAMED[w.fold] !== undefined)).length;

/** Actions that are a change asked, not what the figure is of. */
const CHANGE_ACTIONS = new Set(["giam"]);

/** The one item of a list the report states with the figure, other than it, whose measure is `measure`. */
function itemOfList(k: LoadedKnowledge, f: CompiledFact, measure: string): CompiledFact | undefined {
  const list = relationsOf(k, f).find((r) => r.type === "listed");
  const items = list?.type === "listed" ? list.parts.map((id) => k.byId.get(id)!).filter((x) => x !== f && x.measure === measure) : [];
  return items.length === 1 ? items[0] : undefined;
}

/** Does the figure have every level and body (or `dims`) value the message names? */
const hasNamed = (f: CompiledFact, slots: ReadPlan["slots"], dims: readonly ("level" | "body" | "action")[] = ["level", "body"]): boolean =>
  dims.every((d) => slots[d].every((v) => (f.facets[d] as string[]).includes(v as never)));

/** The one part the report states of `whole` that the message names by its level or body ("UBND tỉnh" of the province's 125 documents). */
function partByFacets(k: LoadedKnowledge, whole: CompiledFact, read: ReadPlan): CompiledFact | undefined {
  if (!read.slots.level.length && !read.slots.body.length) return undefined;
  const named = (partsUnder(k, whole)?.parts ?? []).map((id) => k.byId.get(id)!).filter((f) => hasNamed(f, read.slots));
  return named.length === 1 ? named[0] : undefined;
}

/** The one other item of a list the report states whose unit holds every word of the message's own ("the sub-departments"). */
function itemOfUnit(k: LoadedKnowledge, f: CompiledFact, intent: Intent): CompiledFact | undefined {
  const list = relationsOf(k, f).find((r) => r.type === "listed");
  const own = intent.words.filter((w) => !w.stop && !w.context).map((w) => w.fold);
  if (list?.type !== "listed" || !own.length) return undefined;
  // (Its first two words said together, as typed.)
  const said = ` ${intent.raw.map((t) => t.fold).join(" ")} `;
  const items = list.parts.map((id) => k.byId.get(id)!).filter((x) => {
    const unit = new Set(analyze(x.unit?.[intent.lang] ?? "").map((w) => w.fold));
    return x !== f && own.every((w) => unit.has(w)) && unitOpeningSaid(said, x, [intent.lang]);
  });
  return items.length === 1 ? items[0] : undefined;
}

/**
 * The action of a verb alone put first as the topic of a follow-up ("Chi thì tăng bao nhiêu % so
 * với cùng kỳ?" after revenue): what the message, read alone, is about. Right before "thì", always
 * (unmarked, "chi thi" may be "Chỉ thị": only when a figure is asked); after a phrase saying
 * against what ("chi so với cùng kỳ năm trước thì …"), when the figure before is of that action.
 */
export function verbFirstAction(intent: Intent, before?: CompiledFact): FacetHit<Action> | undefined {
  const verb = intent.raw[0];
  const action = verb && verbAloneAction(verb);
  if (!action) return undefined;
  const then = intent.raw.findIndex((t, i) => i > 0 && (t.marked ? t.acc === THEN : t.fold === "thi"));
  const ofBefore = before !== undefined && (before.facets.action as string[]).includes(action);
  const unmarked = !verb.marked && then > 0 && !intent.raw[then]!.marked;
  const asksFigure = intent.howMany || intent.kind !== null;
  return (then === 1 && (!unmarked || asksFigure)) || (then > 1 && then <= TOPIC_BEFORE_THEN && ofBefore) ? { start: 0, end: 1, value: action } : undefined;
}
/** Words within which a "thì" closes a topic put first. */
const TOPIC_BEFORE_THEN = 7;
const THEN = tokenize("thì")[0]!.acc;

/** A rate asked with no subject before its verb ("chiếm bao nhiêu % …", "bằng mấy phần trăm …"), folded and padded. */
const SUBJECTLESS_RATE = /^ (?:(?:thi|vay|the|va) )?(?:chiem|bang|tuong duong) /;

/** A rise or a fall asked of a change (folded). */
const ASKS_RISE = /\b(more|increas\w*|rise|rose|higher|tang|nhieu hon|cao hon)\b/;
const ASKS_FALL = /\b(fewer|less|decreas\w*|fall|fell|drop\w*|lower|giam|it hon|thap hon)\b/;

/**
 * The change the report states since a year, asked of the previous figure: in the direction the
 * report states ("How many more than in 2023?" of a fall is no such figure).
 */
function theChange(k: LoadedKnowledge, change: { change: string; direction: "increase" | "decrease" }, foldedWords: string, previous: CompiledFact[]): FollowUp {
  const against = change.direction === "decrease" ? ASKS_RISE.test(foldedWords) : ASKS_FALL.test(foldedWords);
  return against ? { decline: "cannot-compute", detail: "", near: asCandidates(previous) } : { items: [k.byId.get(change.change)!], op: "value" };
}

/** "hai việc", "2 cấp", "ba loại", "3 con số" (folded): answers named as such, by their number. */
const N_THINGS = String.raw`(?:hai|ba|bon|2|3|4) (?:viec|cap|so|con so|loai|muc|cai|nhom)`;
/** "tổng hai loại", "tổng của 3 số đó" (folded): a total of the answers before. */
const TOTAL_OF_ANSWERS_NAMED = new RegExp(String.raw`^(?:(?:vay|the|con) )?tong (?:(?:cua|ca) )?${N_THINGS}\b`);
/** "cộng lại", "gộp lại", "cộng cả 2 lại", "add them up" (folded): the answers before, added (how many, captured). */
const ADDED_UP = /\b(?:(?:cong|gop)(?: ca| het| tat ca)?(?: (\d+|hai|ba|bon))? lai|add(?:ed)?(?: them| these| those| it all)? up)\b/;
/** The answers before, named as such (folded, English stemmed): "hai việc đó", "cả 3 loại", "the two", "the three figures", "all four". */
const ANSWERS_NAMED = new RegExp(String.raw`\b(?:(?:ca )?${N_THINGS}(?: (?:do|nay|tren))?|(?:the|all|these|those) (?:two|thre|three|four)|(?:two|thre|three|four) (?:figur\w*|number\w*|ones?)|both)\b`);
/** How many answers a message names so ("ba loại" → 3, "the two" → 2): the first number in it. */
/** Small numbers as words (folded): how many answers or figures a message names. */
export const NUMBER_NAMED: Record<string, number> = { hai: 2, "2": 2, two: 2, both: 2, ba: 3, "3": 3, three: 3, thre: 3, bon: 4, "4": 4, four: 4 };
const answersCounted = (folded: string): number => {
  const m = ANSWERS_NAMED.exec(folded)?.[0];
  return m ? (NUMBER_NAMED[m.split(" ").find((w) => NUMBER_NAMED[w] !== undefined) ?? ""] ?? 0) : 0;
};

/** The rest of a time, not of a figure (folded): "the rest of the year", "(những) tháng còn lại", "thời gian còn lại". */
const REST_OF_A_TIME = /\brest of (?:the |this )?(?:year|month|quarter|period|time)\b|\b(?:nam|thang|quy|ky|thoi gian|giai doan) con lai\b|\bcon lai (?:cua |trong |cuoi |vao |den )?(?:nam|thang|quy|ky|thoi gian|giai doan)\b/;

/** A share asked of two answers together ("trên tổng", "of the total", "of both"), folded. */
const WITHIN_BOTH = /\b(?:tren tong|trong tong|of the total|of both|of the two)\b/;

/** When a figure stands, asked of it (folded). */
const AS_OF_WHEN = /\b(?:(?:tinh|chot|cap nhat)(?: so(?: lieu)?)? den (?:ngay|thoi diem|luc) nao|chot(?: so(?: lieu)?)? (?:vao |o )?(?:ngay|thoi diem|luc) nao|so (?:lieu )?(?:cua )?(?:may|bao nhieu) thang|as of when|as of what date|up to what date|for what period)\b/;

/** "ở những địa phương nào?", "huyện nào?", "where?", "which districts?" (folded). */
const WHICH_PLACES = /\b(?:(?:o|tai) (?:nhung |cac )?(?:dia phuong|huyen|noi|dia ban|xa)(?: nao)|(?:nhung |cac )?(?:dia phuong|huyen|dia ban) nao|o dau|where|which (?:district|place|localit|area|commune)\w*)\b/;

/** The words asking which levels ("cấp nào?", "từ cấp nào tới cấp nào", "ở cấp nào", "which levels"), folded. */
const LEVELS_ASKED = /\b(?:(?:tu|toi|den|o|tai|va)\s+)?(?:(?:nhung|cac)\s+)?cap nao\b|\b(?:which|what) levels?\b|\bat what level\b/g;
/** A sentence naming levels it covers ("từ cấp tỉnh đến cấp xã"), folded. */
const LEVELS_SAID = /\bcap (?:tinh|huyen|xa)\b/;

/** "tăng hay giảm?", "up or down?": the direction of a change asked (folded). */
const UP_OR_DOWN = /\b(?:tang hay giam|giam hay tang|tang hay la giam|increas\w* or decreas\w*|up or down|rise or fall|rose or fell|more or less)\b/;

/** "tăng", "giảm" as the report writes them. */
const DIRECTIONS = new Set(["tăng", "giảm"].map((w) => tokenize(w)[0]!.acc));

/** "nhiều nhất", "the most": a ranking. */
const SUPERLATIVE = /\b(?:nhieu nhat|it nhat|cao nhat|thap nhat|lon nhat|nho nhat|most|least|highest|lowest|largest|smallest)\b/;

/** Words that point back at what was just said: "they", "those"; "họ", "đó", "ấy" typed with their marks. */
const POINTS_BACK = new Set([...["they", "them", "their", "those", "these"].map((w) => tokenize(w)[0]!.fold), ...["họ", "đó", "ấy"].map((w) => tokenize(w)[0]!.acc)]);
/** A short message pointing back at the previous answer ("How many documents did they check?"). */
export const pointsBack = (intent: Intent) => intent.raw.length <= SHORT_MESSAGE && intent.raw.some((t) => POINTS_BACK.has(t.marked ? t.acc : t.fold));

/** "how many of those …", "trong đó bao nhiêu …": a part of the figure just given. */
const OF_THOSE = new RegExp(String.raw`\b(of (those|them|which|these)|among (them|those)|trong (so )?(do|nay|chung))\b`.replace(/those|these/g, (w) => tokenize(w)[0]!.fold));
/** "trong mấy nhiệm vụ chưa xong đó, có mấy …", "trong số 3 nhiệm vụ này thì …" (folded): among the things just named. */
const AMONG_THOSE_NAMED = /^(?:(?:vay|the|con) )?trong (?:so )?(?:\S+ ){1,6}(?:do|nay) (?:co|thi)\b/;
export const partOfPrevious = (intent: Intent) => intent.raw.length <= SHORT_MESSAGE && OF_THOSE.test(intent.raw.map((t) => t.fold).join(" "));
const amongThoseNamed = (intent: Intent) => intent.raw.length <= 2 * SHORT_MESSAGE && AMONG_THOSE_NAMED.test(intent.raw.map((t) => t.fold).join(" "));
/** Operations whose figure the report does not state: computed, so no sentence says what is some of it. */
const COMPUTED_OPS: ReadonlySet<string> = new Set(Derivation.shape.op.options);

/** Words of its own a message says besides the measures it names, its qualifiers and operations. */
function ownWordsBeyondMeasure(k: LoadedKnowledge, intent: Intent): number {
  const rest = withoutMeasures(intent);
  return readPlan(rest, readIntent(rest, k.contentFolds, k.places)).ownWords;
}

/** Does the message name measures and, besides them and its qualifiers, nothing of its own ("What about public service units at the provincial level?")? */
const namesOnlyMeasures = (k: LoadedKnowledge, intent: Intent): boolean => measuresNamed(intent).length > 0 && ownWordsBeyondMeasure(k, intent) === 0;

/**
 * The figure whose kind (and unit) a conversation asks: the previous one, unless it was a share asked
 * of the amount just before it ("thu ngân sách bn? → đạt bn % dự toán? → còn chi?": the amount of spending,
 * the conversation's subject, not its share).
 */
function subjectOfTheConversation(k: LoadedKnowledge, prev: Plan, primary: CompiledFact, foldedWords: string): CompiledFact {
  const share = primary.kind === "percent" ? shareStating(k, primary) : undefined;
  // (A message naming the plan asks the share again: "Còn thu ngân sách so với dự toán?".)
  if (!share?.of || share.names.some((name) => ` ${foldedWords} `.includes(` ${tokenize(name).map((t) => t.fold).join(" ")} `))) return primary;
  const amount = (prev.earlier ?? []).includes(share.of) ? k.byId.get(share.of) : undefined;
  return amount ?? primary;
}

/** Measures the message names that the previous answer's figures are not of. */
// (Not one named only as who did it: "And the number inspected by the inspection teams?" after the
// documents the department checked counts documents.)
const newMeasure = (intent: Intent, previous: CompiledFact[], apart?: ReadonlySet<number>) => {
  const agents = agentsNamed(intent);
  return measuresNamed(intent, apart).filter((m) => !previous.some((f) => f.measure === m) && !agents.includes(m));
};

/**
 * The previous answer's figure with the qualifiers the message changes: among the facts of the same
 * measure, the one that keeps what the message leaves unsaid and has what it says.
 */
function changeSlots(
  k: LoadedKnowledge,
  intent: Intent,
  read: ReadPlan,
  previous: CompiledFact[],
  reportId = previous[0]!.reportId,
  measures: readonly string[] = [previous[0]!.measure ?? ""],
  /** Across to another measure of the same unit (the counterpart of an action), the one described alike. */
  counterpartOf?: CompiledFact,
  /** The kind the conversation asks, when not the previous figure's (see `subjectOfTheConversation`). */
  kindAsked: CompiledFact["kind"] = previous[0]!.kind,
): CompiledFact | null {
  // (A share is of the same reference too: spending states no share of the same period last year.)
  const keep = (f: CompiledFact) => !counterpartOf || (f.unit?.vi === counterpartOf.unit?.vi && planOfShare(k, f) === planOfShare(k, counterpartOf));
  const primary = previous[0]!;
  const pool = k.kb.facts.filter((f) => measures.includes(f.measure ?? "") && f.reportId === reportId && f.value !== null && keep(f));
  const said = read.slots;
  // The message's own words rank the pool ("đơn vị thuộc các cơ quan chuyên môn").
  const found = search(k, intent, undefined, new Set([reportId]));
  const text = new Map(found.map((c) => [c.fact, c.textScore]));
  const coverage = new Map(found.map((c) => [c.fact, c.coverage]));
  const topText = Math.max(0, ...[...text.entries()].filter(([f]) => pool.includes(f)).map(([, t]) => t));
  // Words of its own that these figures do not explain ("giá vàng thì sao?"), and no qualifier
  // changed: the message is not about them.
  const changes = said.level.length + said.body.length + said.action.length + (intent.kind || intent.notKind ? 1 : 0);
  const covers = Math.max(0, ...found.filter((c) => pool.includes(c.fact)).map((c) => c.coverage));
  if (read.ownWords > 0 && changes === 0 && covers < WEIGHTS.minCoverage) return null;
  // (Nor words of its own no figure of the reports has at all, whatever it changes: "what was the
  // provincial debt?" after the revenue is no other figure of the revenue.)
  if (read.ownWords > 0 && !found.length) return null;
  let best: CompiledFact | null = null;
  let bestScore = 0;
  const sameMeasure = measures.includes(primary.measure ?? "");
  // (Across measures, a share of another reference is not the figure asked again, but a share
  // still before an amount: "còn chi cân đối?" after revenue's share of the same period last year
  // is spending's share of the estimate, labelled so, the one share it has — the conversation asks
  // shares.)
  const primaryPlan = sameMeasure ? undefined : planOfShare(k, primary);
  for (const f of pool) {
    if (previous.includes(f)) continue;
    // (Only a share of some reference, of a measure whose amounts are in the previous one's unit:
    // spending after revenue, not the one-stop procedures' 100% nor a rate of a fall.)
    const otherPlanShare = primaryPlan !== undefined && f.kind === "percent" && planOfShare(k, f) !== primaryPlan;
    if (otherPlanShare && (planOfShare(k, f) === undefined || amountUnit(k, f.measure) !== amountUnit(k, primary.measure))) continue;
    // (A figure explaining clearly fewer of them than another is not the one they name: "còn tthc
    // một cửa?" is the one-stop count, not the procedures abolished by the previous figure's body.)
    if (!sameMeasure && read.ownWords > 0 && (coverage.get(f) ?? 0) < covers - CLEARLY_FEWER) continue;
    let score = 1;
    let missing = false;
    for (const d of ["level", "body", "action"] as const) {
      const has = f.facets[d] as string[];
      const want = said[d].length ? said[d] : (primary.facets[d] as string[]);
      if (!want.length) continue;
      // (An action left unsaid carries over as itself or, counting half, as the kind it is of or a
      // kind of it: "And the districts?" after the provincial documents self-checked is the district
      // documents checked, none being self-checked; "còn cấp tỉnh?" after those checked, the
      // province's self-checked.)
      const exact = want.filter((v) => has.includes(v)).length;
      const shared = exact || (d === "action" && !said[d].length && akinActions(want, has) ? 0.5 : 0);
      if (said[d].length && !shared) missing = true;
      // What the message leaves unsaid stays as it was: a figure whose own values there differ
      // (not merely unstated) is another figure, not this one at another level ("còn cấp huyện?"
      // after the current civil-servant count is not the fall in it). Across measures, actions differ.
      if (!said[d].length && !shared && has.length && (d !== "action" || sameMeasure)) missing = true;
      // Nor a figure of no action when the previous one was of an action (the one-stop rate is not
      // a rate of the procedures abolished).
      if (d === "action" && sameMeasure && !said.action.length && want.length && !has.length) missing = true;
      score *= shared ? 1 + shared / (want.length + has.length - shared) : has.length ? 0.4 : 0.8;
    }
    if (missing) continue;
    // The same kind of figure unless the message says another: "còn chi cân đối thì sao?" after a
    // percentage asks the percentage; own words without a new measure may ask any kind.
    const wantKind = intent.kind ?? ((read.ownWords && sameMeasure) || primary.kind === intent.notKind ? null : sameMeasure ? primary.kind : kindAsked);
    // A kind the message asks for is a slot like the others ("tỷ lệ?" gets a percentage or nothing).
    // ("And in absolute terms?" after a percentage rules the percentage out.)
    if ((intent.kind && f.kind !== intent.kind) || f.kind === intent.notKind) continue;
    // Its own "bao nhiêu" with no "%" or "tỷ lệ" asks an amount, whatever the previous kind
    // ("… tỷ lệ? → còn người làm việc thì giảm bn?" asks how many).
    if (!intent.kind && intent.howMany ? f.kind === "percent" : wantKind && f.kind !== wantKind) score *= 0.5;
    if (otherPlanShare) score *= 0.75;
    if (topText) score *= 1 + (text.get(f) ?? 0) / topText;
    // Of the counterpart's figures, the one described as the previous was ("so với dự toán" after
    // "so với dự toán"): the same question of the other action.
    if (counterpartOf) score *= 1 + labelLikeness(f, counterpartOf) / 10;
    if (score > bestScore) [best, bestScore] = [f, score];
  }
  return best;
}

/** "so với" ("so vs" as chat writes it), folded and padded. */
const COMPARED_WITH = / so (?:voi|vs) /;
/** "đạt bao nhiêu", "bằng bao nhiêu" (folded, padded): how far a figure reached, a share of what it is compared with. */
const REACHED_HOW_MUCH = / (?:dat|bang) (?:duoc )?(?:bao nhieu|bn|may) /;

/** "đạt bao nhiêu so với dự toán", "bằng bao nhiêu so với cùng kỳ": how far a figure reached against what it is compared with, a share. */
export const asksReachedAgainst = (intent: Intent): boolean => {
  const said = ` ${intent.raw.map((t) => t.fold).join(" ")} `;
  return !intent.kind && COMPARED_WITH.test(said) && REACHED_HOW_MUCH.test(said);
};

/**
 * "so với dự toán?" after the revenue, "so với cùng kỳ?" after its share of the estimate: the share
 * the report states of that amount against the plan or reference the message names.
 */
function shareOfNamedPlan(k: LoadedKnowledge, intent: Intent, read: ReadPlan, previous: CompiledFact[]): CompiledFact | null {
  // (Its own "bao nhiêu" with no "%" asks an amount: "vậy cùng kỳ năm trước thu khoảng bao nhiêu?";
  // not what it reached compared with the plan: "So với dự toán đạt bao nhiêu?".)
  const said = ` ${intent.raw.map((t) => t.fold).join(" ")} `;
  const reached = asksReachedAgainst(intent);
  if (intent.raw.length > SHORT_MESSAGE || read.op !== "value" || intent.notKind || (intent.howMany && intent.kind !== "percent" && !reached) || (intent.kind && intent.kind !== "percent") || newMeasure(intent, previous).length) return null;
  const primary = previous[0]!;
  const amount = k.byId.get(shareStating(k, primary)?.of ?? "") ?? primary;
  const named = sharesOf(k, amount).filter((r) => r.share !== primary.id && r.names.some((n) => said.includes(` ${tokenize(n).map((t) => t.fold).join(" ")} `)));
  return named.length === 1 ? k.byId.get(named[0]!.share) ?? null : null;
}

/** How many words a message says besides clauses that ask only the source ("…, báo cáo ghi ở đâu?"). */
function wordsBesideSourceAsked(k: LoadedKnowledge, text: string): number {
  const clauses = text.split(/[,;]/).map((c) => ({ c, i: readIntent(c, k.contentFolds, k.places) }));
  const sourceOnly = ({ c, i }: { c: string; i: Intent }) => {
    const p = readPlan(c, i);
    return p.cite && p.ownWords === 0;
  };
  return clauses.filter((x) => clauses.length === 1 || !sourceOnly(x)).reduce((sum, x) => sum + x.i.raw.length, 0);
}

/** A count named by its noun, opening the message (folded): "số …", "tổng số …", "số lượng …". */
const NAMED_COUNT = /^(?:tong so|so luong|so)(?= )/;

/**
 * "bao nhiêu cơ quan, đơn vị?" after the contest's entries: the one figure the previous figure's
 * sentence counts in the unit the message names, when the message says nothing but that unit.
 */
function countedBeside(k: LoadedKnowledge, intent: Intent, read: ReadPlan, previous: CompiledFact[]): CompiledFact | null {
  const { level, body, action, year } = read.slots;
  // ("gồm bao nhiêu TTHC?" after the 11 fields: "gồm" says what they hold, not a sum to make.)
  const opWords = [...read.operationWords].sort((a, b) => a - b).map((i) => intent.words[i]!.fold).join(" ");
  const holds = read.op === "sum" && COMPOSITION.has(opWords);
  // ("Kiểm tra tổng cộng mấy văn bản?" after the teams: "in total" of another unit, not a total of theirs.)
  const ofAnotherUnit = read.op === "sum" && !totalOver(k, previous[0]!) && !wholeOf(k, previous[0]!) && !countedShare(intent, previous[0]!);
  // (A year of its own, named or "năm ngoái", asks that year's figure: below.)
  const ownYear = year !== undefined || namesYearBefore(intent.raw);
  // ("số TTHC?", "tổng số TTHC?": a count named by its noun asks it as "bao nhiêu" does.)
  const named = intent.howMany ? 0 : (NAMED_COUNT.exec(intent.words.map((w) => w.fold).join(" "))?.[0].split(" ").length ?? 0);
  if (!(intent.howMany || named) || (intent.kind && intent.kind !== "count") || intent.notKind || (read.op !== "value" && !holds && !ofAnotherUnit) || ownYear || level.length || body.length || intent.raw.length > SHORT_MESSAGE) return null;
  // (An action the message names is the sibling's own: "kiểm tra … mấy văn bản".)
  const actionAt = positionsCovered(intent.action);
  // (Nor the question word typed without marks: "may doan?" is "mấy đoàn?".)
  const said = intent.words.filter((w, i) => i >= named && !w.stop && !w.context && !read.operationWords.has(i) && !actionAt.has(i) && !(i === 0 && COUNT_ENDS.has(w.fold))).map((w) => w.fold);
  const unitWords = (f: CompiledFact) => new Set(tokenize(`${f.unit?.vi ?? ""} ${f.unit?.en ?? ""}`).map((t) => t.fold));
  const acts = (f: CompiledFact) => action.every((a) => (f.facets.action as string[]).includes(a as never));
  // (What "mấy" counts, typed "may", is not read as counted: the unit's words are enough then.)
  // (Not when the figure before is counted in it too: "tổng số TTHC?" after the 1.117 published asks no
  // other figure of its sentence, the 176 abolished.)
  if (said.length > 0 && said.every((w) => unitWords(previous[0]!).has(w))) return null;
  const inUnit = sentenceOf(k, previous).filter((f) => said.length > 0 && (countedShare(intent, f) > 0 || !intent.counted.length) && said.every((w) => unitWords(f).has(w)) && acts(f));
  return inUnit.length === 1 ? inUnit[0]! : null;
}

/**
 * "còn đơn vị sự nghiệp công lập?" after the civil servants' rate of decrease: the same figure (its
 * kind and actions) of the other subject the message names in words of its own, when exactly one
 * figure of the report is that; otherwise the message is read alone.
 */
function sameFigureOfAnother(k: LoadedKnowledge, intent: Intent, read: ReadPlan, previous: CompiledFact[]): CompiledFact | null {
  const primary = previous[0]!;
  // (Its own "bao nhiêu" asks an amount of its own: read alone.)
  // (A message naming a level, body or action changes that qualifier, not the subject: below.)
  // (A subject's name may be long, "người làm việc ở đơn vị sự nghiệp công lập": a few words more.)
  if (!read.continues || intent.raw.length > SHORT_MESSAGE + SUBJECT_NAME_EXTRA || intent.howMany || intent.kind || intent.notKind || read.op !== "value" || read.slots.year) return null;
  if (read.slots.level.length || read.slots.body.length || read.slots.action.length) return null;
  const actions = primary.facets.action as string[];
  const same = (f: CompiledFact) => {
    const has = f.facets.action as string[];
    return has.length === actions.length && actions.every((a) => has.includes(a as never));
  };
  const fits = search(k, intent, undefined, new Set([primary.reportId])).filter(
    (c) => c.coverage >= WEIGHTS.minCoverage && !previous.includes(c.fact) && c.fact.value !== null && c.fact.kind === primary.kind && c.fact.measure !== primary.measure,
  );
  const kept = fits.filter((c) => same(c.fact));
  // One figure of that subject keeps the previous question's kind and actions, and it is the one
  // the message's words name best among that kind (not a weaker match kept by its facets alone).
  // (Or one its words explain as fully as the best: the previous action then decides, "tỉnh giao
  // bao nhiêu biên chế?" → "còn người làm việc ở đvsn?" is those allocated.)
  return kept.length === 1 && (fits[0]!.fact === kept[0]!.fact || kept[0]!.coverage >= fits[0]!.coverage) ? kept[0]!.fact : null;
}

/**
 * The previous plan with the slots the message changes, or null when the message is a question of
 * its own. A figure of another period than the message names ("cả năm 2024 thực chi hết bn?" after
 * the 11 months' spending) is declined, as a question asked alone would be. `leans`: the message is
 * read as continuing without asking whether it does, the caller having found it says too little alone.
 */
export function followUp(k: LoadedKnowledge, text: string, intent: Intent, given: ReadPlan, prev: Plan, leans = false): FollowUp | null {
  const beside = countWithRate(k, intent, prev);
  if (beside) return { items: [beside], op: "value" };
  // "không tính cấp xã thì sao?" after a sum of the three levels: that sum less what it leaves out.
  // (Only a message asking nothing else: not "không tính cấp xã thì UBND tỉnh ban hành bao nhiêu quyết định?".)
  const mainIntent = given.excluded !== null ? readIntent(given.main, k.contentFolds, k.places, intent.lang) : undefined;
  const asksNothingElse = mainIntent !== undefined && readPlan(given.main, mainIntent).ownWords === 0 && !measuresNamed(mainIntent).length && !mainIntent.kind;
  const sumBefore = prev.op === "sum" && asksNothingElse && prev.facts.length >= 2 ? prev.facts.map((id) => k.byId.get(id)).filter((f): f is CompiledFact => f !== undefined) : [];
  // (Or of the parts the report states of the one figure just given: "Không tính 11 đơn vị trực thuộc
  // UBND tỉnh thì còn bao nhiêu?" after the 128 units is the 117 under the departments.)
  // (Only a main clause naming no level, year, period, share or operation of its own: "… thì cấp huyện
  // còn bao nhiêu?", "… thì năm 2023 …", "… còn lại chiếm bao nhiêu %?", "… thì cả ba cấp …" ask another figure.)
  const mainSlots = mainIntent ? facetsOf(mainIntent) : undefined;
  const namesNoSlot = mainIntent !== undefined && mainSlots!.level.length + mainSlots!.body.length + mainSlots!.action.length === 0 && !mainIntent.years.length && !mainIntent.places.length && !periodNamedAt(mainIntent.words.map((w) => w.fold)).length && readPlan(given.main, mainIntent).op === "value";
  const totalBefore = prev.op === "value" && asksNothingElse && namesNoSlot && prev.facts.length === 1 ? k.byId.get(prev.facts[0]!) : undefined;
  const partsBefore = totalBefore ? (partsUnder(k, totalBefore)?.parts ?? []).map((id) => k.byId.get(id)).filter((f): f is CompiledFact => f !== undefined) : [];
  const ofParts = sumBefore.length < 2;
  const operands = ofParts ? partsBefore : sumBefore;
  const less = operands.length >= 2 ? operandsLeftOut(k, given.excluded!, operands, intent.lang, ofParts) : null;
  if (less) return { items: less.items, op: less.op };
  const r = continuePlan(k, text, intent, given, prev, leans);
  if (!r || !("items" in r) || r.op === "cite") return r;
  const stated = r.items.filter((x): x is CompiledFact => !isComputed(x));
  // ("số biên chế không giảm là bao nhiêu?" after the civil servants: no change, denied, nor its rate.)
  if (CHANGE_DENIED.test(intent.raw.map((t) => t.fold).join(" ")) && stated.some((f) => changeStating(k, f) !== undefined)) {
    return { decline: "out-of-scope", detail: "", near: asCandidates(stated) };
  }
  // ("trong đó bao nhiêu nữ?" after the civil servants: a group no report breaks them down by.)
  if (unknownBreakdown(k, intent, text)) return { decline: "no-breakdown", detail: r.items[0]!.label[intent.lang], near: asCandidates(stated) };
  // ("Trong số đó đã hoàn thành bao nhiêu?" after the 172 tasks the Government assigned: some of them
  // counted the same is a part the report states of them, not the plan's 31 done, nor the 176 abolished
  // after the 1.117 published; another thing counted is one its sentence tells of them, the documents
  // the 4 teams checked, not the procedures after the internal processes.)
  const before = k.byId.get(prev.facts[0] ?? "");
  const notOfThose = (f: CompiledFact) =>
    before !== undefined && f !== before && f.kind === "count" && before.kind === "count" && !statedPartOf(k, before, f) && (f.measure === before.measure || f.quote !== before.quote);
  if (partOfPrevious(intent) && stated.length === 1 && r.items.length === 1 && notOfThose(stated[0]!)) {
    return { decline: "no-breakdown", detail: before!.label[intent.lang], near: asCandidates([before!]) };
  }
  // ("trong mấy nhiệm vụ chưa xong đó có mấy nhiệm vụ về chính quyền số?" after the 3 left: some of
  // them is not the same figure again.)
  // (Only of a figure computed: the report may say all of a figure it states is some such, "173 dự
  // thảo … thẩm định … đúng tiến độ".)
  const first = r.items[0]!;
  if (before && (partOfPrevious(intent) || amongThoseNamed(intent)) && isComputed(first) && first.op === prev.op && stated.length > 0 && stated.every((f) => prev.facts.includes(f.id))) {
    return { decline: "no-breakdown", detail: before.label[intent.lang], near: asCandidates([before]) };
  }
  // ("còn HĐND cấp huyện riêng thì …?" of the councils' and committees' 23 together: one body's
  // share; "cả năm thực chi hết bn?" after the 11 months' spending: another period.)
  for (const x of stated) {
    const not = breakdownOrPeriod(k, intent, x, intent.lang);
    if (not) return { ...not, near: asCandidates([x]) };
    // ("Cùng kỳ năm 2023 chi bao nhiêu?" after the spending: its share of the estimate is not one of the same period.)
    // ("Cụ thể là bao nhiêu xã được kết nối?" after the 100% connected: a count of places no rate is.)
    if (r.op === "value" && (otherPlan(k, intent, x) || (r.items.length === 1 && countNotOfFigure(k, intent, x)))) return { decline: "out-of-scope", detail: "", near: asCandidates([x]) };
  }
  return r;
}

/**
 * A sum's operands less those what is left out names by their unit or level alone ("không tính
 * UBND cấp huyện", "không tính cấp xã"): the others, added (or the one left). Null when it names
 * none of them, or all. `parts`: the operands are a stated total's parts, named also by their own words or figure.
 */
export function operandsLeftOut(k: LoadedKnowledge, excluded: string, operands: readonly CompiledFact[], lang: Intent["lang"], parts = false): { items: Item[]; op: "sum" | "value"; operands: CompiledFact[] } | null {
  const said = ` ${tokenize(excluded).map((t) => t.fold).join(" ")} `;
  const outIntent = readIntent(excluded, k.contentFolds, k.places, lang);
  const outFacets = facetsOf(outIntent);
  const levelsAlone = outFacets.body.length || outFacets.action.length || measuresNamed(outIntent).length ? [] : levelsAsLevels(outIntent);
  const byOwn = parts ? partsNamed(excluded, outIntent, operands) : undefined;
  // (A part only by its own words or figure: "các quyết định cá biệt" is none of the 94 "quyết định" QPPL.)
  if (byOwn && !(byOwn.length > 0 && byOwn.length < operands.length)) return null;
  const named = byOwn
    ? (o: CompiledFact) => byOwn.includes(o)
    : (o: CompiledFact) => unitOpeningSaid(said, o) || (o.facets.level.length > 0 && (o.facets.level as string[]).every((l) => levelsAlone.includes(l)));
  const rest = operands.filter((o) => !named(o));
  if (rest.length === operands.length || !rest.length) return null;
  // (Nor one still of a level left out: 1.951 given to the province's agencies and the districts together.)
  if (rest.some((o) => (o.facets.level as string[]).some((l) => levelsAlone.includes(l)))) return null;
  if (rest.length === 1) return { items: rest, op: "value", operands: rest };
  const less = sumOf(rest, MEASURE_NAMES[rest[0]!.measure as keyof typeof MEASURE_NAMES] ?? { vi: "", en: "" });
  return less ? { items: [less, ...rest], op: "sum", operands: rest } : null;
}

/**
 * The parts of a total the report states that what is left out names: by a pair of words that sets one
 * apart from the others, or by its figure ("11 đơn vị trực thuộc UBND tỉnh" of the 11 beside the 117
 * under the departments; whole terms, "kiến nghị" is no "nghị quyết"). None when it names a level none
 * of them is of ("quyết định của UBND các huyện" is no part of the province's 125).
 */
function partsNamed(excluded: string, outIntent: Intent, parts: readonly CompiledFact[]): CompiledFact[] {
  if (facetsOf(outIntent).level.some((l) => !parts.some((o) => (o.facets.level as string[]).includes(l)))) return [];
  const said = wordPairs(excluded);
  const saidWords = new Set(said.flatMap((p) => p.split(" ")));
  const figures = quotedNumbers(excluded);
  const outMeasures = measuresNamed(outIntent);
  const pairsOf = new Map(parts.map((o) => [o, new Set(wordPairs(`${o.label.vi}. ${o.label.en}`))]));
  const apart = (o: CompiledFact) => {
    const own = [...pairsOf.get(o)!].filter((p) => parts.every((x) => x === o || !pairsOf.get(x)!.has(p)));
    // (And most of what it says is of that part's label, "cơ quan hành chính" is no "cơ quan chuyên môn";
    // and a word of its own said, "thuộc UBND tỉnh" is not the 117's "[sự nghiệp] thuộc [các cơ quan chuyên môn]".)
    return own.some((p) => said.includes(p)) && said.filter((p) => pairsOf.get(o)!.has(p)).length * 2 >= said.length && ownLabelWords(o, parts.filter((x) => x !== o)).some((w) => saidWords.has(w));
  };
  // (By its figure only when no other measure is named: "31 nhiệm vụ" is no 31 resolutions.)
  const byFigure = (o: CompiledFact) => o.value !== null && figures.includes(o.value) && outMeasures.every((m) => m === o.measure);
  return parts.filter((o) => apart(o) || byFigure(o));
}

/** Adjacent content words of a text, folded, as pairs ("truc thuoc", "nghi quyet"). */
function wordPairs(text: string): string[] {
  const words = analyze(text, { literal: true }).filter((w) => !w.stop && !w.context && !/\d/.test(w.fold)).map((w) => w.fold);
  return words.slice(1).map((w, i) => `${words[i]} ${w}`);
}

/** "cộng thêm …" opening a follow-up, asking no amount of its own (folded): one more added to the answers. */
const ADD_MORE = /^cong them\b(?!.*\b(?:bao nhieu|bn|may)\b)/;

/** "tương ứng", "correspondingly" (folded): the figure that goes with the one before. */
const CORRESPONDING = /\b(?:tuong ung|correspondingly|corresponding)\b/;

/**
 * "tương ứng bao nhiêu biên chế?" after a rate the report states: the count its sentence states
 * with it, of the same measure and action ("giảm 48 biên chế, tỷ lệ 2,47%"), when there is one.
 */
function countWithRate(k: LoadedKnowledge, intent: Intent, prev: Plan): CompiledFact | undefined {
  const rate = prev.facts.length === 1 ? k.byId.get(prev.facts[0]!) : undefined;
  if (!rate || rate.kind !== "percent" || intent.kind === "percent" || !intent.howMany || !CORRESPONDING.test(intent.raw.map((t) => t.fold).join(" "))) return undefined;
  const named = measuresNamed(intent);
  const counts = k.kb.facts.filter((f) => countOfRate(rate, f) && (!named.length || named.includes(f.measure ?? "")) && (rate.facets.action as string[]).every((a) => (f.facets.action as string[]).includes(a)));
  return counts.length === 1 ? counts[0] : undefined;
}

/** "tổng cộng", "tổng bao nhiêu", "in total" (folded): a total asked, of whatever the message names. */
const TOTAL_OF_ITS_OWN = /\b(?:tong|in total|total)\b/;
/**
 * Words adding to what was given ("cộng thêm", "cả … nữa", "tính luôn", "combined", folded; English
 * stemmed). Not "tổng cộng", nor "cũng", "hỏi thêm", "as well", said of a question too.
 */
const ADDS_TO_IT = /(?<!\btong )\bcong\b|\b(?:gop|gom ca|tinh ca|tinh luon|ke ca|kem|ca [^ ]+ nua|combined|together|plus|with|incl|includ\w*|counting|along|add\w*)\b/;

/** A rate named (folded): "tỷ lệ", "rate", "percentage". */
const RATE_NAMED = /\b(?:ty le|ti le|rates?|percentages?)\b/g;

function continuePlan(k: LoadedKnowledge, text: string, intent: Intent, given: ReadPlan, prev: Plan, leans = false): FollowUp | null {
  const previous = prev.facts.map((id) => k.byId.get(id)!);
  // "cả năm?", "6 tháng đầu năm?", "the whole year?", naming nothing else: the figures just given, asked
  // of that period (declined as of another, ask.ts, when none is of it); no other figure of their sentence.
  // (Of a figure worked out, its operands are no answer: declined.)
  const slotsNamed = given.slots.level.length + given.slots.body.length + given.slots.action.length;
  if (given.ownWords === 0 && !slotsNamed && !given.slots.year && given.op === "value" && !intent.kind && intent.raw.length <= SHORT_MESSAGE && periodNamedAt(intent.words.map((w) => w.fold)).length) {
    // (Of those given, the ones of that period: "by year end?" after the positions allocated for the
    // year and those in post on 20/12/2024 is the allocation alone.)
    const ofIt = previous.filter((f) => !wholeYearOfADay(intent, f) && !otherPeriod(intent, f));
    if (!ofIt.length) return { decline: "other-period", detail: previous[0]!.period[intent.lang], near: asCandidates(previous) };
    return prev.op === "value" || prev.op === "values" ? { items: ofIt, op: ofIt.length > 1 ? "values" : "value" } : { decline: "cannot-compute", detail: "", near: asCandidates(previous) };
  }
  const foldedWords = intent.raw.map((t) => t.fold).join(" ");
  // ("tổng hai loại là bao nhiêu?": "tổng" of the two answers before adds them, though alone it only
  // opens "tổng số …".)
  const followed = withFollowUpActions(intent, given);
  const read = followed.op === "value" && TOTAL_OF_ANSWERS_NAMED.test(foldedWords) ? { ...followed, op: "sum" as const } : followed;
  // "ở những địa phương nào?", "which districts?": the places the figure's own sentence names (the
  // previous answer again, its scope and quote naming them), or no breakdown by place.
  // ("Which district issued the most?" asks a ranking the report does not make.)
  if (WHICH_PLACES.test(foldedWords) && intent.raw.length <= SHORT_MESSAGE && !intent.howMany && !read.cite && !SUPERLATIVE.test(foldedWords)) {
    const named = (f: CompiledFact) => k.subPlaces.any(tokenize(f.scope.vi));
    return named(previous[0]!) ? { items: [previous[0]!], op: "cite" } : { decline: "out-of-scope", detail: "", near: asCandidates(previous) };
  }
  // "từ cấp nào tới cấp nào?", "which levels?": the level of the figure (its scope says it) or the
  // levels its own sentence names ("từ cấp tỉnh đến cấp xã"), with that sentence; or none said.
  // (Only a message asking nothing else: not "TTHC được công bố ở cấp nào?", "cấp nào ban hành nhiều nhất?", "còn cấp nào nữa?".)
  const levelsOnly = () => {
    const rest = foldedWords.replace(LEVELS_ASKED, " ").trim();
    return !measuresNamed(intent).length && !read.slots.action.length && !SUPERLATIVE.test(foldedWords) && !/\bcon\b/.test(foldedWords) && (!rest || readPlan(rest, readIntent(rest, k.contentFolds, k.places)).ownWords === 0);
  };
  if (foldedWords.search(LEVELS_ASKED) >= 0 && intent.raw.length <= SHORT_MESSAGE && !intent.howMany && !read.cite && levelsOnly()) {
    const said = previous[0]!.facets.level.length > 0 || LEVELS_SAID.test(fold(previous[0]!.quote).toLowerCase());
    return said ? { items: [previous[0]!], op: "cite" } : { decline: "out-of-scope", detail: "", near: asCandidates(previous) };
  }
  // "Số đó tính đến ngày nào?", "Là số mấy tháng?", "As of when?": the figure just given again,
  // whose answer states its period, with its sentence.
  // (Of that figure: not a message naming a year or things of its own, "Năm 2023 là số mấy tháng?".)
  // (Naming the figure's own measure is naming that figure: "Số liệu thu đó tính đến ngày nào, báo cáo ghi ở đâu?" after the revenue.)
  // (Beside a clause asking the source alone: "…, báo cáo ghi ở đâu?".)
  // (And no level or body of its own: "Số thu ngân sách cấp huyện tính đến ngày nào?" is no figure given.)
  const ofThatFigure =
    measuresNamed(intent).every((m) => previous.some((p) => p.measure === m)) &&
    (["level", "body"] as const).every((d) => read.slots[d].every((v) => previous.some((p) => (p.facets[d] as string[]).includes(v as never))));
  if (AS_OF_WHEN.test(foldedWords) && wordsBesideSourceAsked(k, text) <= SHORT_MESSAGE && ofThatFigure && !intent.years.length && read.ownWords <= 3) return { items: previous, op: "cite" };
  // "cụ thể là bn cơ quan?" after the 100% of agencies connected: the count behind a rate of the
  // things it names, which the report does not state (not another figure of agencies).
  const last = previous[0]!;
  // (Not the rate of a change the report states the count of: "giảm bn người?" after its 4,29%; nor
  // a message naming a level, body or action of its own: "còn UBND tỉnh phê duyệt bn dvsn?".)
  // (A count asked in English, "How many agencies is that?", reads its things in the report's words: both labels say what is counted.)
  // (Nor a rate whose sentence states the count too: "How many units is that?" after the districts' 100% is their 556.)
  const countStated = k.kb.facts.some((f) => f.quote === last.quote && f.kind === "count" && f.value !== null);
  if (last.kind === "percent" && intent.howMany && (!intent.kind || intent.kind === "count") && intent.counted.length && intent.raw.length <= SHORT_MESSAGE && !countStated && !shareStating(k, last) && !relationsOf(k, last).length && !read.slots.level.length && !read.slots.body.length && !read.slots.action.length) {
    const described = new Set(tokenize(`${last.label.vi} ${last.label.en} ${last.unit?.vi ?? ""} ${last.unit?.en ?? ""}`).map((t) => t.fold));
    if (intent.counted.every((w) => described.has(w))) return { decline: "cannot-compute", detail: "", near: asCandidates(previous) };
  }
  // "tức là tăng thêm bao nhiêu tiền?" after revenue stated as 120,9% of the same period: the amount
  // it rose by, computed as the main path does ("tăng bao nhiêu %?": the rise of the share).
  // (Of that figure's action: "Chi thì tăng bao nhiêu % so với cùng kỳ?" after revenue asks the
  // spending's, which the report compares with no earlier period.)
  // (The change's own verb, "giảm", "fewer", is what is asked, no other action.)
  const ofLast = read.slots.action.every((a) => CHANGE_ACTIONS.has(a) || (last.facets.action as string[]).includes(a));
  // (Not of a year the report does not cover, "Năm 2025 dự kiến tăng bao nhiêu?": that year's is asked, below.)
  const yearUncovered = intent.years.some((y) => !intent.baselineYears.includes(y) && !reportYears(k).has(y));
  if (asksTheChange(intent) && intent.raw.length <= SHORT_MESSAGE && !measuresNamed(intent).length && ofLast && !yearUncovered) {
    // (The amount a share is of, or the shares stated of an amount: whichever the kind asked is of.)
    const ids = last.kind === "percent" ? [intent.kind === "percent" ? last.id : shareStating(k, last)?.of] : intent.kind === "percent" ? sharesOf(k, last).map((r) => r.share) : [last.id];
    for (const id of ids) {
      const rise = id ? growthOfShare(k, intent, k.byId.get(id)!) : null;
      if (rise) return { items: rise, op: "difference" };
    }
    // "tăng bn so với 2023?" after the contest's 107.737 entries, whose sentence says only that they
    // rose: the change the report states for that figure, or none (not another figure's rise).
    // (Only a change over time: "tương đương cắt giảm bao nhiêu phần trăm?" asks the cut's own rate.)
    // ("Tăng hay giảm bao nhiêu so với 2023?" asks the direction too: below.)
    const sinceYear = (intent.baselineYears.length > 0 || comparesWithLastYear(intent)) && !UP_OR_DOWN.test(foldedWords);
    // (Of an allocation, which states none, the change of the number in post it is paired with: "giảm
    // bn so với 2023?" after "còn số được giao?" is the 988 fewer people working.)
    // (Only when the message names no action but the fall: "Số giao giảm bao nhiêu?" asks of the allocation.)
    const inPost = read.slots.action.some((a) => a !== "giam") ? undefined : allocatedAndCurrent(k, last)?.[1];
    const change = sinceYear ? (changeFrom(k, last) ?? (inPost && changeFrom(k, inPost))) : undefined;
    if (change) {
      const otherBaseline = intent.baselineYears.filter((y) => y !== change.baselineYear);
      if (otherBaseline.length) return { decline: "other-year", detail: otherBaseline.join(", "), near: asCandidates(previous) };
      // ("giảm bao nhiêu %?": the rate the report states of it, or one computed below.)
      if (intent.kind !== "percent") return theChange(k, change, foldedWords, previous);
    }
    if (sinceYear && !relationsOf(k, last).some((r) => r.type === "change")) return { decline: "cannot-compute", detail: "", near: asCandidates(previous) };
  }
  // "So how many were other kinds of drafts?", "còn lại bao nhiêu dự thảo khác?" after a part the
  // report states the total of: the total less it (332 − 203 = 129).
  // (No year, level, body or place of its own: "Năm 2023 có bao nhiêu dự thảo khác?", "Các tỉnh khác
  // …?"; "khác" with its marks, not "khắc phục".)
  // (Not the rest of a time: "the rest of the year", "những tháng còn lại".)
  const saysOthers = !REST_OF_A_TIME.test(foldedWords) && intent.raw.some((t) => (t.fold === "khac" && (!t.marked || t.acc === "khác")) || ["other", "others", "rest"].includes(t.fold) || (t.fold === "lai" && foldedWords.includes("con lai")));
  const ownScope = intent.years.length || read.slots.level.length || read.slots.body.length || intent.places.length || /\b(?:tinh|provinces?)\b/.test(foldedWords);
  // (Or with no quantity word, when it says nothing else: "And the rest?", "And the rest of the 332?", "số còn lại?".)
  if ((intent.howMany || (intent.raw.length <= SHORT_MESSAGE && read.ownWords <= 1 && intent.kind !== "percent")) && saysOthers && !ownScope) {
    const t = totalOver(k, previous[0]!);
    const whole = t && k.byId.get(t.total)!;
    // (The other part itself when the report states the whole of them: 125 = 31 + 94.)
    const parts = whole ? partsUnder(k, whole) : undefined;
    const stated = parts?.complete && parts.parts.length === 2 ? k.byId.get(parts.parts.find((id) => id !== previous[0]!.id)!) : undefined;
    // (However long, when it names that other part by words of its own label, which neither the whole's
    // nor the part before says: "Số còn lại thuộc các cơ quan chuyên môn là bao nhiêu?" after the 11
    // units directly under the committee.)
    const namesStated = stated !== undefined && namesOwnWords(intent, stated, [whole!, previous[0]!]);
    const plain = intent.raw.length <= SHORT_MESSAGE && newMeasure(intent, previous).length === 0;
    if (stated && (plain || namesStated)) return { items: [stated], op: "value" };
    const rest = plain && whole ? othersOf(whole, [previous[0]!]) : null;
    if (rest) return { items: [rest, ...rest.operands], op: "others" };
  }
  // "còn đơn vị sự nghiệp công lập?" after the civil servants' rate of decrease: the same figure of
  // the subject its words name (the staff's rate), before any figure of a measure they also name.
  const other = sameFigureOfAnother(k, intent, read, previous);
  // ("còn dv sự nghiệp thì sao?" after last year's civil-servant positions worked out from their
  // change: last year's value of the other subject, from its own change since the same year.)
  const lastYear = other && prev.op === "previous" ? changeFrom(k, previous[0]!) : undefined;
  const thatYear = lastYear ? previousYear(k, asCandidates([other!]), lastYear.baselineYear, intent) : null;
  if (lastYear) return Array.isArray(thatYear) ? { items: thatYear, op: "previous" } : { decline: "other-year", detail: String(lastYear.baselineYear), near: asCandidates([other!]) };
  if (other) return { items: [other], op: "value" };
  const counted = countedBeside(k, intent, read, previous);
  if (counted) return { items: [counted], op: "value" };
  const share = shareOfNamedPlan(k, intent, read, previous);
  if (share) return { items: [share], op: "value" };
  // ("And how many of them are actually filled today?" after the allocation: the number in post it
  // is paired with.)
  // (Read before whether it continues: its words of its own, "actually filled today", say what it asks.)
  // (Only the number asked: not "how many are vacant", "what share is filled".)
  const pair = partOfPrevious(intent) && read.op === "value" && (!intent.kind || intent.kind === "count") && read.slots.action.includes("hien-co") ? allocatedAndCurrent(k, previous[0]!) : null;
  if (pair && pair[0] === previous[0]) return { items: [pair[1]], op: "value" };
  // "Phần cấp huyện chiếm tỷ lệ bao nhiêu trên tổng hai cấp?" after the province's 128 and the
  // districts' 556: the share of the one it names by its level or body in the two
  // answers added.
  // (Two, not three: "… chiếm bao nhiêu % của cả 3 cấp?" is of the three levels, read below.)
  if (intent.kind === "percent" && answersCounted(foldedWords) <= 2 && (ANSWERS_NAMED.test(foldedWords) || WITHIN_BOTH.test(foldedWords))) {
    const before = earlierAlike(k, prev, previous[0]!);
    const both = before && before.measure === previous[0]!.measure ? [before, previous[0]!] : undefined;
    const named = both?.filter((f) => (["level", "body"] as const).some((d) => read.slots[d].length > 0 && read.slots[d].every((v) => (f.facets[d] as string[]).includes(v as never))));
    const part = named?.length === 1 ? named[0] : undefined;
    const share = both && part && shareOfSum(part, both, MEASURE_NAMES[part.measure as keyof typeof MEASURE_NAMES]);
    if (share) return { items: [share, ...share.operands], op: "ratio" };
  }
  // "Vậy phần của cấp xã chiếm bao nhiêu phần trăm?" after the three levels' documents added: the share
  // of the one figure added it names by its level or body, in that sum (no whole of its own named).
  // (Nothing else asked: not "năm 2023 cấp xã chiếm …", "cấp xã tăng bao nhiêu %", "văn bản cấp xã trái pháp luật".)
  const levelOnly = read.ownWords === 0 && !intent.years.length && !read.slots.action.length && !read.slots.body.length && !asksTheChange(intent) && !someOfALevel(intent);
  if (prev.op === "sum" && levelOnly && previous.length >= 2 && (read.op === "ratio" || intent.kind === "percent") && !ratioSides(text)?.whole) {
    const named = previous.filter((f) => (["level", "body"] as const).some((d) => read.slots[d].length > 0 && read.slots[d].every((v) => (f.facets[d] as string[]).includes(v as never))));
    const part = named.length === 1 && previous.every((f) => f.measure === named[0]!.measure) ? named[0] : undefined;
    const share = part && shareOfSum(part, previous, MEASURE_NAMES[part.measure as keyof typeof MEASURE_NAMES]);
    if (share) return { items: [share, ...share.operands], op: "ratio" };
  }
  // "vậy số giao hơn số hiện có bn?", "the ratio of the commune figure to the district figure": each
  // side names one of the answers before, by what sets it apart (however long the message).
  // (Or each side a bare word of its own, "chi hơn thu bao nhiêu?", which reads as no difference alone.)
  const sidesOp = read.op === "difference" || read.op === "ratio" ? read.op : read.op === "value" && intent.howMany && / hon /.test(` ${foldedWords} `) ? "difference" : undefined;
  // (A difference asked in percent after amounts is none of theirs. Naming a rate on each side, "tỷ lệ thu
  // đạt dự toán cao hơn tỷ lệ chi … bao nhiêu điểm phần trăm?", it is a question of its own, read alone;
  // else declined: "chênh lệch bao nhiêu phần trăm?" after the positions is no 56, nor 97,13%.)
  const ratesAfterAmounts = intent.kind === "percent" && previous[0]!.kind !== "percent";
  if (ratesAfterAmounts && (sidesOp === "difference" || read.op === "difference")) return (foldedWords.match(RATE_NAMED) ?? []).length >= 2 ? null : { decline: "cannot-compute", detail: "", near: asCandidates(previous) };
  const sidesNamed = sidesOp ? answersNamed(k, text, sidesOp, prev, previous[0]!) : null;
  if (sidesNamed) {
    const [a, b] = sidesNamed;
    const done = sidesOp === "ratio" ? ratioOf(a, b) : differenceOf(a, b, MEASURE_NAMES[a.measure as keyof typeof MEASURE_NAMES]);
    if (done) return { items: [done, ...done.operands], op: sidesOp! };
  }
  // ("trong mấy nhiệm vụ chưa xong đó, có mấy …" after the 3 left: among what it names as just
  // computed, however long the message.)
  if (!leans && !continues(k, read, intent, previous) && !(amongThoseNamed(intent) && COMPUTED_OPS.has(prev.op))) return null;
  // "nguồn ở đâu?" asks where the figure comes from (a form that is otherwise unanswerable).
  // (Not a message naming another figure beside the request: "cấp xã bao nhiêu, nói ở đoạn nào?",
  // "tỷ lệ giảm ghi ở đoạn nào?" ask that figure, answered with its own sentence.)
  const namesAnother =
    (intent.howMany && !intent.identifier) || read.op !== "value" || (intent.kind !== null && intent.kind !== "count" && intent.kind !== previous[0]!.kind) ||
    newMeasure(intent, [...previous, ...(prev.earlier ?? []).flatMap((id) => k.byId.get(id) ?? [])], citeWordsAt(intent.raw)).length > 0 ||
    (["level", "body", "action"] as const).some((d) => read.slots[d].some((v) => !previous.some((p) => (p.facets[d] as string[]).includes(v as never))));
  if (read.cite && !namesAnother) {
    // "báo cáo này số mấy?" asks the report's own number, answered as when asked alone (ask.ts);
    // "Số liệu này theo báo cáo số mấy?" points at the figure: its source, cited again.
    if (asksReportItself(intent)) return null;
    // "cho xin nguồn câu MetroNet 100% ở trên?": of the answers before, the one a rare word of the
    // message names (one few sentences of the report have, as typed), which the last answer lacks.
    const earlier = (prev.earlier ?? []).flatMap((id) => k.byId.get(id) ?? []).filter((f) => !previous.includes(f));
    const named = earlier.length && read.ownWords > 0 ? earlierNamed(k, intent, earlier, previous) : undefined;
    return { items: named ? [named] : previous, op: "cite" };
  }
  // "so với 2023 tăng hay giảm?": the direction the previous figure's own sentence states (its
  // quote again), or none.
  if (UP_OR_DOWN.test(foldedWords) && intent.raw.length <= SHORT_MESSAGE) {
    // (With their marks: "hạ tầng" is no rise.)
    const stated = previous.filter((f) => tokenize(f.quote).some((t) => DIRECTIONS.has(t.acc)));
    return stated.length ? { items: [stated[0]!], op: "cite" } : { decline: "out-of-scope", detail: "", near: asCandidates(previous) };
  }
  // "tỷ lệ?" after two readings, an amount and its share: the reading of the kind asked.
  const ofKind = intent.kind && previous.length > 1 && read.op === "value" && read.ownWords <= 2 ? previous.filter((f) => f.kind === intent.kind && !otherPlan(k, intent, f)) : [];
  if (ofKind.length === 1) return { items: ofKind, op: "value" };
  // "còn sửa đổi, bổ sung?" after two readings, the functions newly set and those amended: the
  // reading of the action asked, as of the kind; "còn cấp huyện?" after the units the province's and
  // the districts' bodies approved, the reading of that level (not the districts' rate, another figure).
  // (Only of readings or figures asked together, nothing else asked: not "tỷ lệ giảm?" after last
  // year's value worked out from the fall, nor "năm 2023 được giao bao nhiêu?". The measure named
  // again is nothing else: "What about public service units at the district level?")
  const slotsSaid = (["level", "body", "action"] as const).filter((d) => read.slots[d].length);
  const nothingElse = read.ownWords <= 2 || (!newMeasure(intent, previous).length && namesOnlyMeasures(k, intent));
  // (A level or body only as the reading's own, all of it: "trong đó HĐND tỉnh?" after the council's
  // and the committee's 125 asks a part of it. And only among readings of one measure: "còn cấp tỉnh?"
  // after the civil servants and the units' staff is no province-wide staff of the units.)
  const oneMeasure = previous.every((f) => f.measure === previous[0]!.measure);
  const ofNamed =
    (prev.readings === true || prev.op === "values") && slotsSaid.length && (oneMeasure || slotsSaid.every((d) => d === "action")) &&
    !intent.years.length && previous.length > 1 && read.op === "value" && nothingElse && !partOfPrevious(intent) && !intent.unanswerable
      ? previous.filter(
          (f) =>
            slotsSaid.every((d) => read.slots[d].every((v) => (f.facets[d] as string[]).includes(v as never)) && (d === "action" || (f.facets[d] as string[]).every((v) => (read.slots[d] as string[]).includes(v)))) &&
            (!intent.kind || f.kind === intent.kind),
        )
      : [];
  if (ofNamed.length === 1) return { items: ofNamed, op: "value" };
  // "thời tiết hôm nay thế nào?" ends like a follow-up but asks what no report answers: alone. So
  // does "In which month was the recruitment held?": it asks which, not another figure.
  if (intent.unanswerable) return null;
  // "theo quyết định nào?", "kế hoạch số mấy?": the document (or month) the figure's own sentence
  // names, else the one the sentence right before it names; two different ones, or none, are no answer.
  if (intent.identifier && !intent.howMany && asksNumberOrMonth(intent)) {
    const named = (fs: CompiledFact[]) => fs.flatMap((f) => { const id = identifierIn(intent, f); return id ? [{ f, id }] : []; });
    const own = named(previous);
    const around = own.length ? own : named(k.kb.facts.filter((f) => f.kind === "statement" && sentenceBefore(f, previous[0]!)));
    const values = new Set(around.map((x) => x.id.value));
    if (values.size === 1) return { items: [around[0]!.f], op: "value", identifier: around[0]!.id };
    // ("theo văn bản nào?" of a figure no sentence near it gives a document for: the report itself, cited.)
    if (!values.size && asksBasis(intent)) return { items: previous, op: "cite" };
    return { decline: "out-of-scope", detail: "", near: asCandidates(previous) };
  }
  // "so với năm trước?" after a current level: the change the report states since the year before.
  if (comparesWithLastYear(intent) && intent.kind !== "percent") {
    const change = changeFrom(k, previous[0]!);
    if (change) return { items: [k.byId.get(change.change)!], op: "value" };
  }
  // "năm ngoái thì sao?", "the year before?": the year before the previous figure's (a comparison
  // with it, "so với năm trước", is the change, above).
  const reportYear = Math.min(...(k.kb.reports.find((r) => r.id === previous[0]!.reportId)?.years ?? [Number.NaN]));
  const year = read.slots.year ?? (namesYearBefore(intent.raw) && Number.isFinite(reportYear) ? reportYear - 1 : undefined);
  // "năm 2023 thì sao?" when a report of 2023 exists: the same figure in that report.
  const yearReport = year === undefined ? undefined : k.kb.reports.find((r) => r.years.includes(year));
  if (yearReport && yearReport.id !== previous[0]!.reportId) {
    const same = changeSlots(k, intent, read, previous, yearReport.id);
    return same ? { items: [same], op: "value" } : { decline: "other-year", detail: String(year), near: asCandidates(previous) };
  }
  if (year !== undefined && !reportYears(k).has(year)) {
    // "tỷ lệ giảm so với 2023?" asks a rate or a change, not last year's value.
    // (Not of the previous figure when the message names another measure: "Còn biên chế công chức
    // năm 2023?" after last year's staff of the units asks the civil servants'.)
    const another = newMeasure(intent, previous).length > 0;
    const before = another ? null : previousYear(k, asCandidates(previous), year, intent);
    if (Array.isArray(before)) return { items: before, op: "previous" };
    // "vậy năm 2023 khối sự nghiệp có mặt bao nhiêu người?" after the rate of decrease: last year's
    // value of what its own words name, when the report states the change since then.
    const own = read.ownWords >= 2 || another ? previousYear(k, search(k, intent, undefined, new Set([previous[0]!.reportId])).filter((c) => c.coverage >= WEIGHTS.minCoverage), year, intent) : null;
    if (Array.isArray(own)) return { items: own, op: "previous" };
    return { decline: "other-year", detail: String(year), near: asCandidates(previous) };
  }
  // "… and how many of those were legal normative drafts?" after the 332 drafts: the part the
  // report states of it that the message's words explain (203), or nothing else.
  const whole = partOfPrevious(intent) ? partsUnder(k, previous[0]!) : undefined;
  if (whole) {
    const parts = whole.parts.map((id) => k.byId.get(id)!);
    // (Among the parts alone, half the usual coverage tells them apart.)
    // (Never one at another level or of another body than named: "HĐND cấp huyện … trong đó?" is no
    // part of the province's. Or the one part the level or body names: "UBND tỉnh chiếm bao nhiêu % trong đó?".)
    const found = search(k, intent, undefined, new Set([previous[0]!.reportId])).find((c) => parts.includes(c.fact) && c.coverage >= WEIGHTS.minCoverage / 2 && hasNamed(c.fact, read.slots))?.fact ?? partByFacets(k, previous[0]!, read);
    // (Its share when one is asked: "HĐND tỉnh chiếm bao nhiêu % trong đó?".)
    const share = found && (read.op === "ratio" || intent.kind === "percent") && found.kind !== "percent" ? ratioOf(found, previous[0]!) : null;
    if (share) return { items: [share, ...share.operands], op: "ratio" };
    return found ? { items: [found], op: "value" } : { decline: "out-of-scope", detail: "", near: asCandidates(parts) };
  }
  // "How many documents did they check?" after the teams: another figure of the same sentence, when
  // the message's words explain one ("Tổ chức 04 Đoàn kiểm tra, … kiểm tra 106 văn bản QPPL …").
  // (Not a rate of it: "số đó chiếm bao nhiêu % số công bố?" is computed below.)
  if (pointsBack(intent) && !(intent.kind === "percent" && previous[0]!.kind !== "percent")) {
    const siblings = sentenceOf(k, previous);
    // (Of the kind asked, at the level and body named: "How many of those are handled at district
    // level?" after the one-stop procedures is not the rate received at one-stop desks of all levels.)
    const fits = (f: CompiledFact) => (!intent.kind || f.kind === intent.kind) && hasNamed(f, read.slots);
    const found = search(k, intent, undefined, new Set([previous[0]!.reportId])).find((c) => siblings.includes(c.fact) && c.coverage >= WEIGHTS.minCoverage && fits(c.fact));
    if (found) return { items: [found.fact], op: "value" };
  }
  // "Tổng cộng?", "out of how many?" after a part: the total the report states for it, or the
  // whole of a fraction ("31/34 nhiệm vụ" → 34).
  // (Not when it names another level or body: "And at district level, councils and committees combined?")
  const sameScope = hasNamed(previous[0]!, read.slots);
  // "cộng cả 3 cấp?" after the province's documents and the communes': the figure of each level.
  const levels = read.op === "sum" && namesAllLevels(intent) ? figuresAtLevels(k, previous[0]!, ["tinh", "huyen", "xa"], [...prev.facts, ...(prev.earlier ?? [])]) : null;
  const all = levels && sumOf(levels, MEASURE_NAMES[levels[0]!.measure as keyof typeof MEASURE_NAMES]);
  if (all) return { items: [all, ...all.operands], op: "sum" };
  // "Cộng cả UBND cấp huyện thì tổng cộng bao nhiêu cơ quan?" after the departments and then the
  // sub-departments: the answers before of a list the report states, and the one item of it the
  // message adds by its level or body, added.
  const list = read.op === "sum" && !sameScope && !levels && (read.slots.level.length || read.slots.body.length) ? relationsOf(k, previous[0]!).find((r) => r.type === "listed") : undefined;
  if (list?.type === "listed") {
    const answered = [...everyEarlierAlike(k, prev, previous[0]!).reverse(), previous[0]!].filter((f) => list.parts.includes(f.id));
    const added = list.parts
      .map((id) => k.byId.get(id)!)
      .filter((f) => !answered.includes(f) && hasNamed(f, read.slots));
    const all = added.length === 1 ? sumOf([...answered, added[0]!], list.whole) : null;
    if (all) return { items: [all, ...all.operands], op: "sum" };
  }
  // "cộng lại cả tỉnh nữa?" after the districts' documents and then the communes' (or "cộng thêm cấp
  // huyện?" after the province's): the answers before, each of its own level, and the figure of the
  // level the message adds, added.
  // (Naming nothing but the level: not "cộng thêm quyết định của tỉnh?", a part of the province's.
  // The answers as given, the figure of the level added alike: "cộng cả xã nữa?" after the 94
  // decisions of the province and the district's 23 is 94 + 23 + 69.)
  // (Asking nothing else: not "cộng thêm cấp xã, tỷ lệ cấp xã?", "cộng thêm xã rồi chia trung bình?".
  // "nữa" is no word of its own there: "cộng lại cả tỉnh nữa?".)
  const addsMore = (read.op === "sum" || (read.op === "value" && ADD_MORE.test(foldedWords))) && !intent.kind;
  const ownWords = read.ownWords - (/\bnua\b/.test(foldedWords) ? 1 : 0);
  if (addsMore && !sameScope && !levels && ownWords <= 1 && !measuresNamed(intent).length && read.slots.level.length && !read.slots.body.length && !read.slots.action.length) {
    // (After a sum, its operands: "cộng thêm cấp xã?" after 125 + 23 is 125 + 23 + 69.)
    const answered = prev.op === "sum" && previous.length >= 2 ? previous : [...everyEarlierAlike(k, prev, previous[0]!).reverse(), previous[0]!];
    const have = answered.map((f) => (f.facets.level.length === 1 ? (f.facets.level as string[])[0]! : ""));
    const more = read.slots.level.filter((l) => !have.includes(l));
    const found = have.every((l) => l !== "") && new Set(have).size === have.length && more.length ? figuresAtLevels(k, previous[0]!, more) : null;
    // (After one answer, only figures of its very bodies: "cộng thêm cấp huyện?" after the 125 of the
    // province's council and committee is 125 + 23; after the council's 31 resolutions, the districts'
    // councils and committees together are no part alike.)
    const sameBodies = (f: CompiledFact) => f.facets.body.length === answered[0]!.facets.body.length && f.facets.body.every((b) => (answered[0]!.facets.body as string[]).includes(b));
    // (And only when the message adds: "còn cấp huyện tổng cộng bao nhiêu?" asks the districts' own total.)
    // (Nor a total asked of a level alone, however many answers before: "cấp xã tổng cộng bn?".)
    const adds = ADDS_TO_IT.test(foldedWords) || (answered.length >= 2 && !TOTAL_OF_ITS_OWN.test(foldedWords));
    const atMore = found && adds && (answered.length >= 2 || found.every(sameBodies)) ? found : null;
    // (The level's figure of other bodies only, after one answer: "cộng thêm cấp huyện?" after the
    // council's 31 resolutions has no districts' councils' figure to add, not their 23 documents alone.)
    if (found && adds && !atMore && answered.length === 1) return { decline: "no-breakdown", detail: found[0]!.label[intent.lang], near: asCandidates([answered[0]!, ...found]) };
    const added = atMore && sumOf([...answered, ...atMore], MEASURE_NAMES[previous[0]!.measure as keyof typeof MEASURE_NAMES]);
    if (added) return { items: [added, ...added.operands], op: "sum" };
  }
  // "And at district level, councils and committees combined?" after the province's council: the
  // one figure of that level and the bodies it joins, when the report states it. (Not "Cộng cả cấp
  // huyện?", which adds a level to the figure before.)
  if (read.op === "sum" && !sameScope && !levels && (read.slots.body.length >= 2 || read.slots.level.length >= 2)) {
    const together = changeSlots(k, intent, read, previous);
    if (together && hasNamed(together, read.slots)) return { items: [together], op: "value" };
  }
  // (After readings, "cộng lại" adds them when they are one thing's figures at their levels, or nothing:
  // the first reading's total is none of theirs, "HĐND ban hành …? >> cộng lại" is no 125.)
  if (read.op === "sum" && sameScope && prev.readings && previous.length >= 2) {
    // ("trên tổng số bao nhiêu?", "out of how many?": the whole of the one reading that is a part of one,
    // "31/34 nhiệm vụ" beside the 172 tasks the Government assigned.)
    const wholeOfIt = (f: CompiledFact) => {
      const t = totalOver(k, f);
      return t ? k.byId.get(t.total) : wholeOf(k, f);
    };
    const wholes = [...new Set(previous.flatMap((f) => wholeOfIt(f) ?? []))];
    if (asksOutOf(text) && wholes.length === 1) return { items: wholes, op: "value" };
    const [first] = previous;
    // (Each whole, not a part of another figure, "the 11 directly under the province" of the 128; and of
    // the bodies asked alone, not joint figures of the council and the committee for "HĐND".)
    const asked = prev.slots.body;
    const alike = previous.every(
      (f) =>
        f.measure === first!.measure && f.unit?.vi === first!.unit?.vi && sameFacet(f, first!, "action") && f.facets.level.length === 1 &&
        !totalOver(k, f) && (!asked.length || (f.facets.body as string[]).every((b) => asked.includes(b))),
    );
    const levels = alike && new Set(previous.map((f) => f.facets.level[0])).size === previous.length;
    const all = levels ? sumOf(previous, MEASURE_NAMES[first!.measure as keyof typeof MEASURE_NAMES]) : null;
    if (all) return { items: [all, ...all.operands], op: "sum" };
    // ("tổng số?", "how many in total?" of readings that add to nothing: the total of the one that is a part, as after one answer.)
    // (Not one that adds, "cộng lại": the first reading's total is none of theirs.)
    return wholes.length === 1 && !ADDS_TO_IT.test(foldedWords) ? { items: wholes, op: "value" } : { decline: "cannot-compute", detail: "", near: asCandidates(previous) };
  }
  if (read.op === "sum" && sameScope) {
    const whole = totalOver(k, previous[0]!);
    if (whole) return { items: [k.byId.get(whole.total)!], op: "value" };
    const of = wholeOf(k, previous[0]!);
    if (of) return { items: [of], op: "value" };
    // "And how many drafts did it comment on in total?" after those appraised: another action's
    // figure as a whole, not a sum.
    // (One other action: "cộng cả công bố và bãi bỏ" names two to add, a question of its own.)
    if (read.slots.action.some((a) => !(previous[0]!.facets.action as string[]).includes(a as never)) && !(read.slots.action.length >= 2 && actionsJoined(intent))) {
      const other = changeSlots(k, intent, read, previous);
      if (other) return { items: [other], op: "value" };
    }
    // "cộng lại là bao nhiêu?" after "… 32 cơ quan?" and "còn sửa đổi, bổ sung?" (6): the figures of
    // the answers before, of one measure and kind (or of measures that add up), added.
    // (Or the two named as such, "Tổng hai việc đó?", "Gộp hai cấp đó lại?": not "Tổng hai năm?".)
    // (After a rate its sentence states beside a count, the count: "cộng cả 2 cấp?" after the
    // districts' 556 units and then their 100%.)
    const counted = previous[0]!.kind === "percent" && intent.kind !== "percent" ? countBeside(k, prev, previous[0]!) : undefined;
    const last = counted ?? previous[0]!;
    const asked = counted ? { ...prev, earlier: prev.earlier?.filter((id) => id !== counted.id) } : prev;
    // (The number of answers may stand between "cộng" and "lại": "cộng cả 2 lại".)
    const howMany = answersCounted(foldedWords) || (NUMBER_NAMED[ADDED_UP.exec(foldedWords)?.[1] ?? ""] ?? 0);
    // (Naming only what any agency is counted in, or the answers' own unit: "cộng lại là bao nhiêu
    // cơ quan, đơn vị?", "cộng cả 2 lại là bao nhiêu văn bản?".)
    const lastUnit = new Set(tokenize(last.unit?.[intent.lang] ?? "").map((t) => t.fold));
    const inUnit = read.ownWords <= intent.counted.length && intent.counted.length > 0 && intent.counted.every((w) => lastUnit.has(w));
    const bare = read.ownWords === 0 || ((ownBeyondCounting(intent, read) <= 0 || inUnit) && ADDED_UP.test(foldedWords));
    // ("Tổng cộng lại cả hai cấp?" after the province's 128 units, the 11 of them directly under the
    // committee and the districts' 556: the 128 the 11 are part of, given before them, not the part.)
    const alike = bare || (ownBeyondCounting(intent, read) <= 2 && howMany) ? earlierAlike(k, asked, last) : undefined;
    // (Only adding levels, or all given: "cộng hai số vừa rồi", "add those two" are the last two.)
    const byLevels = /\b(?:cap|levels?)\b/.test(foldedWords);
    const namesTwo = /\b(?:two|hai|2|both)\b/.test(foldedWords);
    const before = alike && ((bare && !howMany && !namesTwo) || byLevels ? (wholeGivenOf(k, asked, alike) ?? alike) : alike);
    // ("cộng lại bn" after the departments, the sub-departments and the district committees: every
    // answer before of the same thing and action, not only the last two; "hai việc đó" stays two,
    // "cả 3 loại" the three given.)
    const all = before && (bare || howMany > 2) ? [...everyEarlierAlike(k, asked, last), last] : [];
    // ("tổng 3 loại?" after four answers alike names no three of them: none.)
    if (howMany > 2 && all.length !== howMany) return { decline: "cannot-compute", detail: "", near: asCandidates(previous) };
    // (Nor two of which one is the other's allocation, part or whole: 1.951 allocated and 1.895 in
    // post, the 31 resolutions of the 125 documents.)
    if (before && howMany <= 2 && !(all.length > 2 && howMany !== 2) && linkedFigures(k, before, last)) return { decline: "cannot-compute", detail: "", near: asCandidates([before, last]) };
    const added = howMany > 2 || (all.length > 2 && howMany !== 2) ? all : before ? [before, last] : [];
    const both = added.length && sumOf(added, MEASURE_NAMES[last.measure as keyof typeof MEASURE_NAMES]);
    if (both) return { items: [both, ...both.operands], op: "sum" };
  }
  // "chênh lệch bn?" after the revenue and then the spending: the two answers' difference (in one
  // unit; the reply says when their periods differ).
  // (Or naming only the unit both are counted in: "Chênh nhau bao nhiêu người?")
  // (Or, of two rates, in points: "What is the difference between them in percentage points?")
  const pointsOnly = previous[0]!.kind === "percent" && intent.kind === "percent" && read.ownWords <= 1 && /\b(?:points?|diem)\b/.test(foldedWords);
  const unitOnly = namesOnlyItsUnit(intent, read, previous[0]!) || pointsOnly;
  // (Not against a year: "Chênh lệch so với năm 2023?", "Hiệu số so với năm trước?" ask no gap between
  // the answers; unless they are changes since then, "Chênh nhau bao nhiêu % so với 2023?" after the two rates of decrease.)
  const againstAYear = (intent.baselineYears.length > 0 || comparesWithLastYear(intent)) && !(previous[0]!.facets.action as string[]).includes("giam");
  if (read.op === "difference" && (read.ownWords === 0 || unitOnly) && !againstAYear) {
    const before = earlierAlike(k, prev, previous[0]!, true);
    const apart = before && differenceOf(before, previous[0]!, MEASURE_NAMES[previous[0]!.measure as keyof typeof MEASURE_NAMES]);
    if (apart) return { items: [apart, ...apart.operands], op: "difference" };
  }
  // "How many fewer than in 2023?" after those in post: the change the report states since that year.
  // (In the direction the report states: "How many more than in 2023?" of a fall is no such figure.)
  // ("And how many fewer people are working there now than in 2023?" after those in post, then the
  // people allocated: the change of the earlier answer the message names by an action the last lacks.)
  const ofChange = read.op === "difference" && intent.baselineYears.length ? (changeFrom(k, previous[0]!) ? previous[0]! : earlierOfActions(k, prev, previous, read, intent)) : undefined;
  const since = ofChange ? changeFrom(k, ofChange) : undefined;
  if (since && intent.baselineYears.includes(since.baselineYear)) return theChange(k, since, foldedWords, [ofChange!]);
  // "so với số thu ngân sách thì chi nhiều hơn bao nhiêu?" after the spending: the previous figure
  // against the figure of the measure the message names, of the same kind and unit.
  const others = read.op === "difference" ? newMeasure(intent, previous) : [];
  // ("And how many fewer people work in public service units?" after the civil-servant posts cut
  // since 2023: that measure's change since the same year, 988.)
  // (After the change itself, not its rate; and not "so với số người làm việc thì ít hơn bao nhiêu?",
  // which compares with that measure.)
  const stating = others.length === 1 && !intent.baselineYears.length && !/\b(?:so voi|than)\b/.test(foldedWords) ? changeStating(k, previous[0]!) : undefined;
  const cut = stating?.change === previous[0]!.id ? stating : undefined;
  const alike = cut && k.kb.relations.find((r) => r.type === "change" && r.baselineYear === cut.baselineYear && k.byId.get(r.current)?.measure === others[0]);
  if (alike?.type === "change") return { items: [k.byId.get(alike.change)!], op: "value" };
  if (others.length === 1) {
    const p = previous[0]!;
    const other = search(k, intent, undefined, new Set([p.reportId])).find(
      (c) => c.coverage >= WEIGHTS.minCoverage / 2 && c.fact.measure === others[0] && c.fact.kind === p.kind && c.fact.unit?.vi === p.unit?.vi && c.fact.value !== null,
    );
    const apart = other && differenceOf(other.fact, p, MEASURE_NAMES[p.measure as keyof typeof MEASURE_NAMES]);
    if (apart) return { items: [apart, ...apart.operands], op: "difference" };
    // (No figure of that measure in the same unit: no difference, and not that measure's figure instead.)
    return { decline: "cannot-compute", detail: "", near: asCandidates(previous) };
  }
  if (read.op !== "value" || (intent.kind === "percent" && previous[0]!.kind !== "percent")) {
    // "Còn quyết định của UBND tỉnh thì chiếm bao nhiêu?" after the council's resolutions' share of
    // the province's documents: the same share, of the part the message names instead (another part
    // of that whole the report states, else the figure of those qualifiers).
    const [part, whole] = previous as [CompiledFact, CompiledFact | undefined];
    const ofWhole = whole !== undefined && (prev.op === "ratio" || totalOver(k, part)?.total === whole.id);
    // (Not when the message names its own whole: "… chiếm bao nhiêu % so với nghị quyết?", "… % tổng văn bản 3 cấp?".)
    if ((read.op === "ratio" || intent.kind === "percent") && ofWhole && previous.length === 2 && !ratioSides(text)?.whole && (read.slots.level.length || read.slots.body.length || read.slots.action.length)) {
      const siblings = (partsUnder(k, whole!)?.parts ?? []).map((id) => k.byId.get(id)!).filter((f) => f !== part && hasNamed(f, read.slots, ["level", "body", "action"]));
      const other = siblings.length === 1 ? siblings[0]! : changeSlots(k, intent, read, [part]);
      const share = other && other !== part && other !== whole && other.kind === part.kind && (other.measure === part.measure || other.unit?.vi === part.unit?.vi) ? ratioOf(other, whole!) : null;
      if (share) return { items: [share, ...share.operands], op: "ratio" };
    }
    // "UBND tỉnh chiếm bao nhiêu %?" after the province's 125 documents: the share of the one part of it
    // the report states that the message names by its level or body (with "trong đó", read above).
    const named = (read.op === "ratio" || intent.kind === "percent") && previous.length === 1 && !ratioSides(text)?.whole ? partByFacets(k, part, read) : undefined;
    const shareOfNamed = named ? ratioOf(named, part) : null;
    if (shareOfNamed) return { items: [shareOfNamed, ...shareOfNamed.operands], op: "ratio" };
    // "bằng bao nhiêu % số được giao?" after the people in post: in post over allocated (the
    // report's pair of readings), not the rate of the change their sentence states.
    // (Or a bare "tỷ lệ?", "what share is that?" right after the allocation was answered: the two
    // answers' own ratio. "tỷ lệ giảm?" names the change and "tỷ lệ so với năm 2023?" a baseline:
    // the stated rate of the change, below.)
    const pair = intent.kind === "percent" ? allocatedAndCurrent(k, previous[0]!) : null;
    // (Naming those in post is no other action: "what's the fill rate?".)
    // (Not a bare one after last year's figure worked out from the change: "năm ngoái? → tỷ lệ?" asks
    // the change's rate; "tỷ lệ hiện có?", "fill rate?" still ask in post over allocated.)
    const asked = pair && (read.slots.action.includes("giao") || (read.ownWords === 0 && (prev.op !== "previous" || read.slots.action.length > 0) && read.slots.action.every((a) => a === "hien-co") && !intent.baselineYears.length && !comparesWithLastYear(intent) && (prev.earlier ?? []).includes(pair[0].id)));
    const inPost = pair && asked && pair[1] === previous[0] ? ratioOf(pair[1], pair[0]) : null;
    if (inPost) return { items: [inPost, ...inPost.operands], op: "ratio" };
    // A stated rate of the change the previous answer is about ("tỷ lệ giảm?") before computing one.
    const stated = intent.kind === "percent" ? statedRate(k, previous[0]!) : null;
    if (stated) return { items: [stated], op: "value" };
    // A percentage the report states beside the previous figure ("bằng bao nhiêu % dự toán?").
    if (read.op === "value") {
      const beside = changeSlots(k, intent, read, previous);
      if (beside) return { items: [beside], op: "value" };
      // ("tỷ lệ bao nhiêu?" after the 759 procedures approved: the one rate their sentence states, "đảm bảo 100% …".)
      const rates = intent.kind === "percent" && read.ownWords === 0 ? sentenceOf(k, previous).filter((f) => f.kind === "percent") : [];
      if (rates.length === 1) return { items: rates, op: "value" };
    }
    // (Not of the previous figure when the message names a body or level it is not of: "còn nhiệm vụ
    // Chính phủ giao thì hoàn thành bao nhiêu %?" after the plan's rate asks the rate of those tasks,
    // which the report does not give.)
    // (A rate asked of it alone: "Cấp xã bằng bao nhiêu phần trăm cấp tỉnh?" names it beside another.)
    const foreign = (["level", "body"] as const).some((d) => read.slots[d].length > 0 && read.slots[d].every((v) => !(previous[0]!.facets[d] as string[]).includes(v as never)));
    if (foreign && read.op === "value" && !newMeasure(intent, previous).length) {
      // (The figure of that body or level of the previous one's kind, then its rate.)
      const other = changeSlots(k, { ...intent, kind: null }, read, previous);
      const its = other && other !== previous[0] ? executeOperation(scoped(k, new Set([other.reportId])), read, text, intent, asCandidates([other])) : null;
      return Array.isArray(its) ? { items: its, op: read.op } : { decline: "cannot-compute", detail: "", near: asCandidates(other ? [other] : previous) };
    }
    // Searches see the previous answer's report(s) only: one index loaded, not every report's.
    // ("bình quân mỗi đơn vị bao nhiêu lượt?" after the 214 units: the 107.737 entries their sentence
    // states beside them are what is averaged.)
    // ("bãi bỏ bằng bao nhiêu % số công bố?" after the published and then the abolished: the
    // answers before are the operands it names.)
    const beside = read.op === "average" ? sentenceOf(k, previous) : (prev.earlier ?? []).map((id) => k.byId.get(id)).filter((f): f is CompiledFact => f !== undefined);
    const done = executeOperation(scoped(k, new Set(previous.map((f) => f.reportId))), read, text, intent, asCandidates([...previous, ...beside]));
    // (Of what the figures before counted, unless the message names another measure: "tổng cấp tỉnh
    // và cấp huyện?" after the legal documents is no sum of the public service units of those levels.)
    const measuresBefore = new Set([...previous, ...beside].map((f) => f.measure));
    const ofAnother = Array.isArray(done) && !newMeasure(intent, previous).length && done.flatMap((x) => (isComputed(x) ? x.operands : [x])).some((f) => !measuresBefore.has(f.measure));
    if (Array.isArray(done) && !ofAnother) return { items: done, op: read.op };
    // "Còn cấp huyện ban hành tổng cộng bao nhiêu văn bản?" after the province's 125: the total of the
    // one other level named, nothing added to the figure before, is that level's one whole figure of
    // the same measure (23), when the report gives one (not the 22 departments of the province's bodies;
    // nor with a body named, "còn HĐND tỉnh tổng cộng?", whose figure is no level's whole).
    const otherLevel = read.op === "sum" && read.slots.level.length === 1 && !read.slots.body.length && !hasNamed(previous[0]!, read.slots, ["level"]) && TOTAL_OF_ITS_OWN.test(foldedWords) && !ADDS_TO_IT.test(foldedWords);
    const ofLevel = otherLevel ? figuresAtLevels(k, previous[0]!, read.slots.level) : null;
    if (ofLevel?.length === 1) return { items: ofLevel, op: "value" };
    // An operation asked of the previous figure that it cannot satisfy: no other figure instead.
    // (Unless the message names what it counts in words of its own, read then as a question of its
    // own: "Các đoàn kiểm tra tổng cộng bao nhiêu văn bản?" after the teams is the 106 documents.)
    if (!newMeasure(intent, previous).length && !(read.op === "sum" && intent.counted.length && read.ownWords >= SUBJECT_OWN_WORDS)) return { decline: "cannot-compute", detail: "", near: asCandidates(previous) };
  }
  // "vậy cùng kỳ năm trước thu khoảng bao nhiêu?" after the revenue's shares: the amount of the plan
  // (or reference) it names, from the figures of the sentence before.
  // ("vậy dự toán chi là bao nhiêu tiền?": an amount asked in money is such an amount too.)
  if (read.op === "value" && intent.howMany && intent.kind !== "percent") {
    const reference = executeOperation(scoped(k, new Set([previous[0]!.reportId])), read, text, intent, asCandidates([...previous, ...sentenceOf(k, previous)]));
    if (Array.isArray(reference)) return { items: reference, op: "value" };
    // (One it would only approximate, not asked worked out: no other figure in its place.)
    if (reference === "cannot") return { decline: "cannot-compute", detail: "", near: asCandidates(previous) };
  }
  const named = newMeasure(intent, previous);
  const primary = previous[0]!;
  // (A kind the message asks keeps the previous figure's unit: "còn chi bao nhiêu phần trăm?".)
  const subject = intent.kind ? primary : subjectOfTheConversation(k, prev, primary, foldedWords);
  // ("còn đơn vị sự nghiệp công lập?" after the Sở, the Chi cục and the UBND cấp huyện of a list the
  // report states: the list's one item of that measure, not the districts' own units. Only when the
  // message says nothing else of it: "còn đơn vị sự nghiệp trực thuộc?" is one part of that item.)
  // (Or no measure, every word of its own in one other item's unit: "And the sub-departments?" after
  // the district committees, whose level the sub-departments do not share.)
  const unsaid = !read.slots.level.length && !read.slots.body.length && !read.slots.action.length && !intent.kind;
  const item = named.length === 1 && !read.slots.level.length && !read.slots.body.length && ownWordsBeyondMeasure(k, intent) === 0 ? itemOfList(k, primary, named[0]!) : !named.length && unsaid ? itemOfUnit(k, primary, intent) : undefined;
  if (item) return { items: [item], op: "value" };
  const changed = changeSlots(k, intent, read, previous, previous[0]!.reportId, named.length ? named : undefined, undefined, subject.kind);
  // (After a share asked of the amount before it, "còn chi cân đối?" asks either, as "còn chi?" does below.)
  const changedAsBefore = changed && subject !== primary ? changeSlots(k, intent, read, previous, previous[0]!.reportId, named.length ? named : undefined, undefined, primary.kind) : null;
  if (changed && changedAsBefore && changedAsBefore !== changed) return { items: [changed, changedAsBefore], op: "values", readings: true };
  if (changed) return { items: [changed], op: "value" };
  // Nothing of that measure has what the message says: a message with words of its own may be a
  // new question ("còn tự kiểm tra bao nhiêu văn bản do UBND tỉnh ban hành?"): read it alone.
  // So may one naming an action the previous figure is not of ("Tiết kiệm được bao nhiêu tiền mỗi năm?").
  // "so với cùng kỳ thì sao?" after spending, which the report compares with no earlier period: no
  // other figure's comparison instead (revenue's), whatever words it shares.
  // ("tiết kiệm được bao nhiêu tiền?" after the procedures proposed for simplification: an action
  // no figure of theirs is of, so a question of its own.)
  const otherAction = read.slots.action.some((a) => !k.kb.facts.some((f) => f.measure === previous[0]!.measure && (f.facets.action as string[]).includes(a)));
  // "còn chi thì sao?" after revenue: the one measure whose figures are of that action, in the
  // same kind of unit, has the figure asked.
  // (Or a short message naming nothing else: "chi thì sao, bn %?".)
  if (otherAction && (read.continues || (read.ownWords === 0 && intent.raw.length <= SHORT_MESSAGE))) {
    const of = [...new Set(k.kb.facts.filter((f) => f.reportId === previous[0]!.reportId && f.value !== null && read.slots.action.every((a) => (f.facets.action as string[]).includes(a))).map((f) => f.measure ?? ""))];
    // (In the same kind of unit: the share of the estimate after a share of the estimate.)
    const counterpart = of.length === 1 && of[0] ? changeSlots(k, intent, read, previous, previous[0]!.reportId, of, subject, subject.kind) : null;
    // (After a share asked of the amount before it, "còn chi?" asks either: the amount, the
    // conversation's subject, or its share, as the answer just before was.)
    const asBefore = counterpart && subject !== primary ? changeSlots(k, intent, read, previous, previous[0]!.reportId, of, primary, primary.kind) : null;
    if (counterpart && asBefore && asBefore !== counterpart) return { items: [counterpart, asBefore], op: "values", readings: true };
    if (counterpart) return { items: [counterpart], op: "value" };
    // Its figures in that unit are shares of another reference (spending's of the estimate, not of
    // the same period last year): declined, with those it has.
    const alike = of.length === 1 ? k.kb.facts.filter((f) => f.measure === of[0] && f.reportId === previous[0]!.reportId && f.unit?.vi === previous[0]!.unit?.vi) : [];
    if (alike.length && planOfShare(k, previous[0]!)) return { decline: "out-of-scope", detail: "", near: asCandidates(alike) };
    // "What about amended or supplemented ones?" after the procedures abolished, naming nothing but an
    // action that figures of several other measures have (agencies, documents): still the procedures,
    // which the report gives no such figure of, not a guess among the others.
    if (of.length > 1 && read.ownWords === 0 && read.continues) return { decline: "out-of-scope", detail: "", near: asCandidates(previous) };
  }
  // ("còn viên chức thì sao?" after the civil servants recruited: the same action for another measure,
  // which the report does not give, not any figure of that measure.)
  const continuesWithMeasure = read.continues && named.length > 0 && !read.slots.action.length;
  // "tuyển được mấy người?" after the recruitment plan's decision (a statement, of no measure to
  // change): the figure the message's words name best, when it is of the statement's section and
  // shares its action (the 16 recruited), not any figure the words fit.
  if (primary.kind === "statement" && intent.howMany) {
    const top = search(k, intent, undefined, new Set([primary.reportId]))[0];
    const actions = primary.facets.action as string[];
    // (Of the measure the message names, when it names one: "thế viên chức tuyển được bao nhiêu?" is
    // not the civil servants recruited.)
    const measures = measuresNamed(intent);
    if (top && top.coverage >= WEIGHTS.minCoverage && top.fact.value !== null && top.fact.section === primary.section && (top.fact.facets.action as string[]).some((a) => actions.includes(a)) && (!measures.length || measures.includes(top.fact.measure ?? "")))
      return { items: [top.fact], op: "value" };
    // ("kết quả đậu bao nhiêu người?" after the recruitment held in July: the result the sentence
    // right after the statement states, when it counts what is asked.)
    // (Of what the statement tells: its action, "tuyển dụng"; the staffing allocated after a decision
    // on deputy directors is no result of it.)
    const result = RESULT_ASKED.test(foldedWords) ? k.kb.facts.filter((f) => f.value !== null && f.kind === "count" && sentenceBefore(primary, f) && fits(k, intent, f) && (f.facets.action as string[]).some((a) => actions.includes(a))) : [];
    if (result.length === 1) return { items: result, op: "value" };
  }
  // ("How many of those were issued in 2024 alone?" after the e-mail accounts: some of the figure
  // before, which the report does not break down; not a question of its own about what was issued
  // elsewhere in the report. An action the previous figure's own section has a figure of is still
  // read alone.)
  const nearby = () => k.kb.facts.some((f) => f.section === primary.section && f.reportId === primary.reportId && f.value !== null && read.slots.action.some((a) => (f.facets.action as string[]).includes(a)));
  if (otherAction && partOfPrevious(intent) && !nearby()) return { decline: "no-breakdown", detail: primary.label[intent.lang], near: asCandidates(previous) };
  // (Or one word the report uses of another figure only: "and MetroNet?" after the document system.)
  if ((read.ownWords >= 2 || otherAction || (read.ownWords === 1 && namesAnotherFigure(k, intent, previous))) && !continuesWithMeasure && !(comparesWithLastYear(intent) && !measuresNamed(intent).length && intent.raw.length <= SHORT_MESSAGE)) return null;
  // (The same question asked again in other words, "bao nhiêu người trúng tuyển?" after the 16
  // recruited: read alone, the figure just given is the answer; not one marked as continuing,
  // "còn …?", nor some of it, "trong đó …", which ask another; nor more of what a sentence said.)
  // (Nor two things asked, "cấp tỉnh bao nhiêu, cấp huyện bao nhiêu?", its parts.)
  // (Nor one denying what the figure counts: "bao nhiêu người không trúng tuyển?" after the 16.)
  const again = !read.continues && read.op === "value" && !partOfPrevious(intent) && timesAsked(text) <= 1 && !deniesAnAction(intent, text) ? search(k, intent, undefined, new Set([primary.reportId]))[0] : undefined;
  if (again && previous.includes(again.fact) && again.fact.kind !== "statement" && again.coverage >= WEIGHTS.minCoverage && hasNamed(again.fact, read.slots)) return { items: [again.fact], op: "value" };
  return { decline: "out-of-scope", detail: "", near: asCandidates(previous) };
}

/**
 * Does the message say at least half the words of the figure's label that none of the others' labels
 * has ("cơ quan chuyên môn" of the 117, beside the 128 and the 11 "trực thuộc")?
 */
function namesOwnWords(intent: Intent, f: CompiledFact, others: CompiledFact[]): boolean {
  const own = ownLabelWords(f, others);
  const said = new Set(intent.words.filter((w) => !w.stop && !w.ambiguous).map((w) => w.fold));
  return own.length > 0 && own.filter((w) => said.has(w)).length * 2 >= own.length;
}
