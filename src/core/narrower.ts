// Whether the figure that best fits a question's words is the figure it asks, or one narrower than,
// beside or beyond it: another level or measure, another body or action, one body's or one level's
// share of a figure given for several together, one of two things a sentence joins, another period,
// a share of another plan. Each is declined rather than answered with that figure (the report does
// not state what is asked). One entry point, run once on the best figure after ranking.
import { DISTINCT_THINGS, EXCLUSIVE_ACTIONS, MANNER_ACTIONS } from "../../knowledge/vocabulary.ts";
import { LEVEL_PHRASES } from "./lexicon/facets.ts";
import type { AbstainReason, Lang } from "./answer.ts";
import { fits, levelsSaid } from "./asked-side.ts";
import { namesUnit } from "./search.ts";
import { BODIES, countedWhole, describingActions, someUnitsAsked, type Intent } from "./intent.ts";
import { ARTICLES, COUNT_ENDS, measuresIn, measuresNamedApartFromActions } from "./measures-named.ts";
import { namesOneOfJoined } from "./joined-parts.ts";
import type { LoadedKnowledge } from "./kb.ts";
import type { CompiledFact } from "./kb-types.ts";
import { fold, hasVietnameseMarks, tokenize } from "./normalize.ts";
import { analyze } from "./analyze.ts";
import { otherPeriod } from "./period.ts";
import { PhraseTable, type PhraseHit } from "./phrase-table.ts";
import { MEASURE_ONLY_WITH, MEASURE_PHRASES, PERSON_MEASURES, PERSON_WORDS } from "./lexicon/measures.ts";
import { relationsOf, shareStating, unsplitBodies, yearBeforeNames } from "./relations.ts";

/**
 * Why the figure is not the one `asked` (the clause that asks) names, if it is not. `detail` is what
 * the reply names: the figure the report does give, or the period it covers.
 */
export function notTheFigureAsked(k: LoadedKnowledge, asked: Intent, fact: CompiledFact, lang: Lang): { decline: AbstainReason; detail?: string } | null {
  // ("… còn bao nhiêu đồng/năm?" of the 42% cut: an amount of money asked is not a percentage.)
  const moneyOfPercent = asked.kind === "money" && fact.kind === "percent";
  if (moneyOfPercent || otherCurrency(asked) || countsWhatARateIsNotOf(k, asked, fact) || countsPlaces(asked, fact) || actionNoFigureIsOf(k, asked) || measureNoFigureIsOf(k, asked, fact) || !fits(k, asked, fact) || otherBodies(asked, fact) || otherAction(asked, fact) || otherPlan(k, asked, fact) || negatesItsSentence(asked, fact) || targetNotOf(k, asked, fact)) return { decline: "out-of-scope" };
  return breakdownOrPeriod(k, asked, fact, lang);
}

/**
 * "tiết kiệm bao nhiêu USD?", "how many US dollars": an amount asked in a currency the reports never
 * state one in, which only an exchange rate they do not give would make of theirs (folded; asked right
 * after the words that ask it, not said in passing, "… (about 450 USD). By what percent?").
 */
const OTHER_CURRENCY_ASKED = /\b(?:bao nhieu|bn|how many|how much|in|bang|ra)\s+(?:(?:us|trieu|ty|nghin|ngan|million|billion|thousand)\s+)?(?:usd|dollar|dollars|euro|euros|eur)\b/;
const otherCurrency = (asked: Intent): boolean => OTHER_CURRENCY_ASKED.test(asked.raw.map((t) => t.fold).join(" "));

/** A count asked of a rate, or of places, that the figure is not ("bao nhiêu xã được kết nối?" of the 100% connected): the check a follow-up's figure gets too. */
export const countNotOfFigure = (k: LoadedKnowledge, asked: Intent, fact: CompiledFact): boolean => countsWhatARateIsNotOf(k, asked, fact) || countsPlaces(asked, fact);

/**
 * Whether the figure is given for more than the question names (one body's or level's share of a
 * figure of several together, one of two things a sentence joins) or for another period: the
 * checks a follow-up's figure gets too.
 */
export function breakdownOrPeriod(k: LoadedKnowledge, asked: Intent, fact: CompiledFact, lang: Lang): { decline: "no-breakdown" | "other-period"; detail: string } | null {
  const bodies = [...new Set(asked.body.map((h) => h.value as string))];
  if (unsplitBodies(k, fact, bodies) || namesOneOfJoined(asked, fact, k.contentAccents) || oneLevelOfJoint(asked, fact) || someUnitsOfALevel(asked, fact) || anotherUnitCounted(k, asked, fact)) return { decline: "no-breakdown", detail: fact.label[lang] };
  if (otherPeriod(asked, fact)) return { decline: "other-period", detail: fact.period[lang] };
  return null;
}

/**
 * "Cấp huyện ban hành bao nhiêu quyết định QPPL?" of the districts' 23 documents: what is counted is
 * the unit another figure of the same measure is counted in (the committee's 94 decisions), not the
 * figure's own ("văn bản QPPL"): a kind of it the report does not break the figure down into.
 */
function anotherUnitCounted(k: LoadedKnowledge, asked: Intent, fact: CompiledFact): boolean {
  if (!asked.counted.length || !fact.measure || fact.kind !== "count" || namesUnit(asked, fact)) return false;
  // (A unit of one word, "người", counts people of any figure.)
  const ownWords = (g: CompiledFact) => tokenize(g.unit?.[asked.lang] ?? "").length >= 2;
  // (Nor a broader unit than the figure's own: "draft documents" of the "draft legal normative
  // documents" appraised.)
  const own = new Set(tokenize(fact.unit?.[asked.lang] ?? "").map((t) => t.fold));
  const broader = (g: CompiledFact) => tokenize(g.unit?.[asked.lang] ?? "").every((t) => own.has(t.fold));
  return k.kb.facts.some(
    (g) =>
      g !== fact && g.kind === "count" && g.reportId === fact.reportId && g.measure === fact.measure && g.unit?.[asked.lang] !== fact.unit?.[asked.lang] &&
      namesUnit(asked, g) && ownWords(g) && !broader(g),
  );
}

/**
 * A figure of other bodies than every one the question names ("tasks assigned by the provincial
 * People's Council" when the 172 tasks are the Government's, carried out by the committee). (A
 * figure that names no body may be anyone's.)
 */
export function otherBodies(asked: Intent, fact: CompiledFact): boolean {
  const has = fact.facets.body as string[];
  if (!has.length) return false;
  // (A body named as the agent, "nhiệm vụ được Chính phủ … giao", "nghị quyết do HĐND tỉnh ban
  // hành", says which things: the figure is of it or its label names it ("do HĐND, UBND cấp huyện gửi
  // đến"), whatever other body the question names as the doer, "UBND tỉnh hoàn thành …".)
  // (After the count, where it describes what is counted: "Sở Tư pháp được UBND tỉnh giao thẩm định
  // bao nhiêu dự thảo?" says who assigned the department, not which drafts.)
  const countAt = asked.words.findIndex((w) => COUNT_ENDS.has(w.fold));
  const before = (i: number) => asked.words[ARTICLES.has(asked.words[i - 1]?.fold ?? "") ? i - 2 : i - 1]?.fold ?? "";
  const agents = countAt < 0 ? [] : asked.body.filter((h) => h.start > countAt && AGENT_BEFORE.has(before(h.start)));
  if (agents.some((h) => !has.includes(h.value as never) && !bodiesLabelled(fact).has(h.value))) return true;
  return asked.body.length > 0 && !asked.body.some((h) => has.includes(h.value as never));
}

/** The bodies a figure's label names (its facets also hold who acts), read once per figure. */
const labelBodies = new WeakMap<CompiledFact, ReadonlySet<string>>();
function bodiesLabelled(fact: CompiledFact): ReadonlySet<string> {
  let bodies = labelBodies.get(fact);
  if (!bodies) labelBodies.set(fact, (bodies = new Set([fact.label.vi, fact.label.en].flatMap((l) => BODIES.findAll(analyze(l)).map((h) => h.value as string)))));
  return bodies;
}

/** Words before a body that make it the agent of what follows ("được Chính phủ giao", "do HĐND ban hành", "by the Government"), folded. */
const AGENT_BEFORE: ReadonlySet<string> = new Set(["duoc", "do", "by"]);

const EXCLUSIVE: readonly ReadonlySet<string>[] = EXCLUSIVE_ACTIONS.map((group) => new Set(group));
const MANNER: ReadonlySet<string> = new Set(MANNER_ACTIONS);

/** The actions some fact of the reports is of, read once per knowledge base. */
const actionsStated = new WeakMap<object, ReadonlySet<string>>();

/**
 * "Hội thi đã trao bao nhiêu giải thưởng?", "bao nhiêu dự thảo bị chậm tiến độ?": an action no
 * fact of the reports is of (prizes, delays), so any figure given would be of another.
 */
function actionNoFigureIsOf(k: LoadedKnowledge, asked: Intent): boolean {
  let stated = actionsStated.get(k.kb);
  if (!stated) actionsStated.set(k.kb, (stated = new Set(k.kb.facts.flatMap((f) => f.facets.action as string[]))));
  return asked.action.some((h) => !stated.has(h.value) && !GENERIC_ACTIONS.has(h.value));
}

const DISTINCT: ReadonlySet<string> = new Set(DISTINCT_THINGS);
/** Their names, to read only a message naming one (most name none). */
// (With those naming one only in its setting: "người dự thi" of a recruitment exam, MEASURE_ONLY_WITH.)
const DISTINCT_NAMES = new PhraseTable(DISTINCT_THINGS.flatMap((m) => [...MEASURE_PHRASES[m], ...(MEASURE_ONLY_WITH[m]?.phrases ?? [])].map((p) => ({ phrase: tokenize(p), value: m }))));

/** The measures some figure of the reports is of, read once per knowledge base. */
const measuresStated = new WeakMap<object, ReadonlySet<string>>();

/**
 * "Bao nhiêu cán bộ được cấp chữ ký số?" of the e-mail accounts given to 14.970 officials: a thing
 * the question names (DISTINCT_THINGS) that no figure of the reports counts (digital signatures,
 * individual resolutions) is not what any figure is about, whatever else it counts.
 */
export function measureNoFigureIsOf(k: LoadedKnowledge, asked: Intent, fact: CompiledFact): boolean {
  if (!DISTINCT_NAMES.any(asked.raw)) return false;
  let stated = measuresStated.get(k.kb);
  if (!stated) measuresStated.set(k.kb, (stated = new Set(k.kb.facts.filter((f) => f.value !== null).map((f) => f.measure ?? ""))));
  const things = measuresNamedApartFromActions(asked).filter((m) => DISTINCT.has(m) && !stated.has(m));
  // (A sentence saying something of it answers what it says: "… có dùng chữ ký số …?")
  return things.length > 0 && !things.every((m) => measuresIn(fact.quote).includes(m));
}

/**
 * …of one of several teams or places the report counts together (not a time, "mỗi năm", nor a level,
 * "mỗi cấp", which the report gives apart; nor an agency, "mỗi cơ quan", one of which may be the
 * figure's own). (Unmarked "moi" is as often "mọi", all of them.)
 */
const PER_THING = /(?<![\p{L}\p{M}])(?:mỗi|từng|each(?: of(?: the)?(?: \p{L}+)?)?|per)\s+(?:(?:inspection|checking|audit)\s+)?(?:đoàn|teams?|huyện|districts?|xã|phường|communes?|wards?|địa phương|locality)(?![\p{L}\p{M}])/iu;
/**
 * The same typed without marks ("moi doan kiem tra bn vb"): before a team or a place, "moi" is "mỗi" far
 * more often than "mọi", and the decline still offers the total over them all.
 */
// (Not after "tất cả", "cả", "hết": "tat ca moi huyen" is "mọi", all of them.)
const PER_THING_UNMARKED = /(?<![\p{L}\p{M}])(?<!(?:tat ca|ca|het)\s+)(?:moi|tung)\s+(?:doan|huyen|xa|phuong|dia phuong)(?![\p{L}\p{M}])/iu;
/** Does a message ask a figure of each of several teams or places (typed with marks or without)? */
export const perThingAsked = (text: string): boolean => PER_THING.test(text) || (!hasVietnameseMarks(text) && PER_THING_UNMARKED.test(text));

/** Words that count people in general ("bao nhiêu người", folded): no word of what is counted. */
// (Those of one word: "nhân sự" is two, and "sự" is a word of other things too.)
export const PEOPLE: ReadonlySet<string> = new Set(PERSON_WORDS.map((p) => tokenize(p)).filter((t) => t.length === 1).map((t) => t[0]!.fold));

/**
 * "Có bao nhiêu người ở UBND cấp huyện?": people counted, which a count of things (the 9 committees
 * whose schemes were approved) is not. A count of people is one of a measure of people, or in a unit
 * of them ("cán bộ, công chức, viên chức").
 */
export function peopleAskedOfThings(asked: Intent, fact: CompiledFact): boolean {
  // (Not a body named after the people: "People's Committees", read "people committees".)
  const people = asked.counted.length > 0 && PEOPLE.has(asked.counted[0]!) && !PEOPLES_BODIES.has(asked.counted[1] ?? "");
  return people && fact.kind === "count" && !PERSON_MEASURES.has(fact.measure ?? "") && !PERSON_UNIT.test(fact.unit?.vi ?? "");
}
/** Words after "people" naming a body, as analyzed ("People's Committees" read "people committe"). */
const PEOPLES_BODIES: ReadonlySet<string> = new Set(["committe", "committee", "committees", "council", "councils", "procuracy", "court", "courts"]);
/** A unit counting people, as the knowledge writes it. */
const PERSON_UNIT = /(?<![\p{L}\p{M}])(?:người|công chức|viên chức|cán bộ)(?![\p{L}\p{M}])/iu;

/**
 * "Chỉ tiêu tuyển dụng công chức là bao nhiêu?", "the recruitment quota": a target asked is a figure
 * the report relates to a plan, an allocation or a change (biên chế được giao and in post, the 34 of
 * "31/34", a share of an estimate), not what was achieved with no plan stated (the 16 recruited).
 */
function targetNotOf(k: LoadedKnowledge, asked: Intent, fact: CompiledFact): boolean {
  const w = asked.raw;
  // (A noun, not the verb: "procedures targeted for simplification". With its marks "chỉ tiêu" only,
  // or right before or after "tuyển": unmarked "chi tieu" is as often "chi tiêu", spending.)
  const target = w.some(
    (t, i) =>
      (TARGET_WORDS.has(t.fold) && !AUXILIARIES.has(w[i - 1]?.fold ?? "")) ||
      (t.fold === "chi" && w[i + 1]?.fold === "tieu" && (t.marked ? t.acc === TARGET_CHI : w[i + 2]?.fold === "tuyen" || w.slice(Math.max(0, i - RECRUITING_BEFORE), i).some((x) => x.fold === "tuyen"))),
  );
  return target && !((fact.facets.action as string[]).includes("giao") || fact.whole || fact.total !== undefined || relationsOf(k, fact).length > 0);
}
/** Words before an unmarked "chi tieu" within which "tuyển" makes it the quota ("tuyển dụng công chức chi tieu bn"). */
const RECRUITING_BEFORE = 4;
const TARGET_WORDS: ReadonlySet<string> = new Set(["target", "quota"].map((w) => tokenize(w)[0]!.fold));
const AUXILIARIES: ReadonlySet<string> = new Set(["is", "are", "was", "were", "be", "been", "being"]);
/** "chỉ" as marked words are compared ("chỉ tiêu", not "chi tiêu"). */
const TARGET_CHI = tokenize("chỉ")[0]!.acc;

/** Words naming the places of a level ("xã", "phường", "huyện", "communes"): counted, they count places. */
const PLACE_WORDS: ReadonlySet<string> = new Set(
  Object.values(LEVEL_PHRASES)
    .flat()
    .flatMap((p) => analyze(p).map((w) => w.fold))
    .filter((w) => !["cap", "toan", "level"].includes(w)),
);

/**
 * "Tỉnh hiện có bao nhiêu xã, phường, thị trấn?" of the 69 documents the communes issued: a count
 * of places is none of a figure counted in something else (the communes' own figure names them).
 */
function countsPlaces(asked: Intent, fact: CompiledFact): boolean {
  if (!asked.howMany || !asked.counted.length || !asked.counted.every((w) => PLACE_WORDS.has(w))) return false;
  const unit = new Set(analyze(fact.unit?.[asked.lang] ?? "").map((w) => w.fold));
  return !asked.counted.some((w) => unit.has(w));
}

/**
 * "MetroNet đã kết nối bao nhiêu cơ quan nhà nước?" of the 100% of agencies connected: a count of
 * things asked is not a rate, even of those things (the suggestions offer the rate's question),
 * unless the rate's sentence states an amount of money beside it, which the readings give ("cắt
 * giảm bao nhiêu chi phí": 11.322.000 đồng a year, 42%). Nor is it a rate of things it does not name.
 */
function countsWhatARateIsNotOf(k: LoadedKnowledge, asked: Intent, fact: CompiledFact): boolean {
  // (Or some of them: "how many of those agencies are at commune level?" after the share connected.)
  const counted = countedWhole(asked);
  if (fact.kind !== "percent" || !asked.howMany || asked.kind === "percent" || !counted.length) return false;
  const described = new Set(analyze(`${fact.label[asked.lang]} ${fact.unit?.[asked.lang] ?? ""}`).map((w) => w.fold));
  if (!counted.every((w) => described.has(w))) return true;
  return !k.kb.facts.some((f) => f.quote === fact.quote && f.kind === "money" && f.value !== null);
}
/**
 * Verbs said of almost anything ("thực hiện", "run", "làm được", "tham gia"): a figure of another
 * action may still be what they ask.
 */
const GENERIC_ACTIONS: ReadonlySet<string> = new Set(["hien-co", "hoan-thanh", "tham-gia", "trien-khai", "xay-dung", "cap", "van-hanh", "to-chuc"]);

/**
 * A figure of one exclusive action in place of another the question names ("kiến nghị … bãi bỏ
 * bao nhiêu văn bản" when the report's 14 are to be amended).
 */
function otherAction(asked: Intent, fact: CompiledFact): boolean {
  const named = asked.action.map((h) => h.value as string);
  const describing = describingActions(asked);
  const asking = named.filter((a) => !describing.includes(a));
  // A figure of only the describing action is not one of the action asked ("tự kiểm tra" of the
  // communes' 69 documents issued).
  const has = fact.facets.action as string[];
  if (describing.length && has.length && has.every((a) => describing.includes(a)) && asking.some((a) => !GENERIC_ACTIONS.has(a) && !has.includes(a))) return true;
  if (EXCLUSIVE.some((group) => named.some((a) => group.has(a) && !has.includes(a)) && has.some((b) => group.has(b) && !named.includes(b)))) return true;
  // ("… hoàn thành đúng hạn bao nhiêu nhiệm vụ?" of the 172 carried out: the report says of them
  // nothing of the time they took.)
  if (named.some((a) => MANNER.has(a) && !has.includes(a))) return true;
  // "bao nhiêu người dự tuyển?" of the contest's entrants: a figure of other actions only, whose
  // sentence does not say what the question does (recruiting).
  // (Vietnamese questions: the report's sentences and the facts' descriptions are in Vietnamese.)
  if (asked.lang !== "vi" || !named.some((a) => !GENERIC_ACTIONS.has(a)) || !has.length || named.some((a) => has.includes(a as never))) return false;
  // (With its marks when typed with them: "tuyển" is not the "tuyến" of "trực tuyến".)
  const described = [fact.quote, fact.label.vi, fact.question.vi].map((t) => tokenize(t));
  const said = (h: { start: number; end: number }) => {
    const words = asked.words.slice(h.start, h.end);
    return described.some((d) => d.some((_, i) => words.every((w, j) => d[i + j] && (w.marked ? d[i + j]!.acc === w.acc : d[i + j]!.fold === w.fold))));
  };
  return !asked.action.some(said);
}

/** "không", "chưa" typed as a negation (with chat spellings); not "không tính", "không phải", which leave out. */
const NOT = new Set(["khong", "ko", "hong", "kg", "chua"]);
/** Words after "không" that leave out ("không tính"); after "chưa", that ask what remains ("chưa hoàn thành"). */
const LEAVES_OUT = new Set(["tinh", "ke", "phai", "bao", "lay", "thuoc", "nam", "xet", "hoi", "can", "co", "hoan", "lam", "xong", "thuc", "dat", "het", "duoc"]);

/**
 * "… bao nhiêu dự thảo không đảm bảo thời gian?" of the 203 drafts whose sentence says they "đảm
 * bảo thời gian": the question negates what the figure's sentence states, a figure the report does
 * not give. (Vietnamese questions: the report's sentences are in Vietnamese.)
 */
function negatesItsSentence(asked: Intent, fact: CompiledFact): boolean {
  // (Most questions negate nothing: the sentence is read only for one that does.)
  if (asked.lang === "en") return deniesItsLabel(asked, fact);
  if (!asked.raw.some((w) => NOT.has(w.fold))) return false;
  const quote = tokenize(fact.quote);
  const same = (w: (typeof asked.raw)[number], t: (typeof quote)[number]) => (w.marked ? t.acc === w.acc : t.fold === w.fold);
  return asked.raw.some((w, i) => {
    // ("bao nhiêu cán bộ chưa có thư điện tử?": what follows "không có", "chưa có" is what is denied.)
    const has = asked.raw[i + 1]?.fold === "co" && (!asked.raw[i + 1]!.marked || asked.raw[i + 1]!.acc === HAS.acc) ? 1 : 0;
    const next = asked.raw.slice(i + 1 + has, i + 3 + has);
    // (Content words only: "có tăng không so với cùng kỳ?" asks yes or no, it negates nothing.)
    const content = asked.words.slice(i + 1, i + 3).every((x) => !x.stop && !x.context);
    if (!NOT.has(w.fold) || next.length < 2 || !(content || has) || (!has && LEAVES_OUT.has(next[0]!.fold))) return false;
    // The two words after "không" stated in the sentence, and not negated there.
    return quote.some((t, j) => same(next[0]!, t) && quote[j + 1] && same(next[1]!, quote[j + 1]!) && !(j > 0 && NOT.has(quote[j - 1]!.fold)));
  });
}

const HAS = tokenize("có")[0]!;
/** English words denying what follows ("have no email account", "without an account"), folded. */
const NOT_EN = new Set(["no", "without", "lack", "lacking", "lacked"]);
/** Words of the figure's own label after one ("no official email accounts"), the label's thing denied. */
function deniesItsLabel(asked: Intent, fact: CompiledFact): boolean {
  if (!asked.raw.some((w) => NOT_EN.has(w.fold))) return false;
  const label = new Set(analyze(fact.label.en).filter((w) => !w.stop).map((w) => w.fold));
  const at = asked.raw.findIndex((w) => NOT_EN.has(w.fold));
  const after = analyze(asked.raw.slice(at + 1, at + 5).map((t) => t.acc).join(" ")).filter((w) => !w.stop);
  return after.length > 0 && after.slice(0, 2).some((w) => label.has(w.fold));
}

/**
 * "các phường ban hành bao nhiêu văn bản QPPL?" of the 69 the communes, wards and towns issued: a
 * count of a whole level asked of some of its units only ("cấp xã …, chỉ riêng các phường"), which
 * the report does not count apart. (A rate of 100% over a level holds for each of its units.)
 */
const someUnitsOfALevel = (asked: Intent, fact: CompiledFact): boolean =>
  fact.kind === "count" && someUnitsAsked(asked) && asked.level.every((h) => (fact.facets.level as string[]).includes(h.value as string));

/**
 * "biên chế giao cho cấp huyện" when the report gives the province's and the districts' 1.951
 * together: the districts' share is not stated. (A rate of 100% over every level holds for each.)
 */
function oneLevelOfJoint(asked: Intent, fact: CompiledFact): boolean {
  const levels = fact.facets.level as string[];
  if (levels.length < 2 || fact.kind === "percent") return false;
  const said = levelsSaid(asked);
  // (Every level of the figure named, a lower one loosely: "cấp tỉnh với ubnd huyen" asks them all;
  // "tỉnh" alone is mostly who acts, "tỉnh giao … cho cấp huyện".)
  const named = new Set([...said, ...asked.level.filter((h) => h.value !== "tinh").map((h) => h.value as string)]);
  // (A lower level joined to something else the question names, "cho các cơ quan hành chính và
  // UBND huyện", is named beside the figure's other part in other words.)
  // (The level's body before it, "UBND huyện", and an article, "các", are of its phrase.)
  const phraseStart = (h: PhraseHit<unknown>) => {
    const at = asked.body.find((b) => b.end === h.start)?.start ?? h.start;
    return ARTICLES.has(asked.words[at - 1]?.fold ?? "") ? at - 1 : at;
  };
  // (And that other part is the figure's, in its label's words: "các cơ quan hành chính", not "các hội".)
  const label = new Set(tokenize(`${fact.label.vi} ${fact.label.en}`).map((t) => t.fold));
  const ofLabel = (c: { start: number }) => asked.words.slice(Math.max(0, c.start - 3), c.start).some((w) => !w.stop && label.has(w.fold));
  const joined = asked.level.some((h) => h.value !== "tinh" && asked.coordinators.some((c) => c.end === phraseStart(h) && ofLabel(c)));
  return !joined && named.size > 0 && named.size < levels.length && [...named].every((l) => levels.includes(l));
}

/**
 * "… đạt bao nhiêu % so với cùng kỳ năm trước" of a share of the estimate: the report states a
 * share of another plan (share-of-plan relations name the plans questions use).
 */
export function otherPlan(k: LoadedKnowledge, asked: Intent, fact: CompiledFact): boolean {
  if (fact.kind !== "percent") return false;
  const own = shareStating(k, fact);
  if (!own) return false;
  const text = ` ${asked.raw.map((t) => t.fold).join(" ")} `;
  const says = (name: string) => text.includes(` ${fold(name).toLowerCase()} `) || yearBeforeNames(k, asked, fact, name);
  // Plans named in the question that are other plans' names, not this figure's.
  const others = k.kb.relations.flatMap((r) => (r.type === "share-of-plan" && r.share !== fact.id ? r.names : [])).filter((n) => !own.names.some((m) => fold(m) === fold(n)));
  return others.some(says) && !own.names.some(says);
}
