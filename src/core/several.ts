// Several figures asked in one message, each in its own clause: "A bao nhiêu, B bao nhiêu", "…,
// thuộc mấy lĩnh vực, và … bao nhiêu …?", "giảm bn so với 2023, tỷ lệ giảm bn %". Every clause
// that asks gets its figure, in the order asked; a clause that leaves its subject unsaid takes it
// from the whole message.
import { bothSidesAsked, fractionSide, sharesOfPlansNamed } from "./asked-side.ts";
import { isComputed, type Item } from "./derive.ts";
import { asksReachedAgainst, followUp, NUMBER_NAMED, partOfPrevious, pointsBack } from "./follow-up.ts";
import { asksNumberOrMonth } from "./identifier.ts";
import { ACTIONS, readAsInMessage, readIntent, someUnitsAsked, yearIsSubject } from "./intent.ts";
import { strayYearsOf, type LoadedKnowledge } from "./kb.ts";
import type { CompiledFact } from "./kb-types.ts";
import { measureCounted, measuresIn, measuresNamed, namesOnlyMeasures } from "./measures-named.ts";
import { abbreviationsSpelled } from "./analyze.ts";
import { breakdownOrPeriod, measureNoFigureIsOf, peopleAskedOfThings, perThingAsked } from "./narrower.ts";
import { numberedList } from "./numbered-list.ts";
import { MEASURE_PHRASES } from "./lexicon/measures.ts";
import { verbsAloneIn } from "./lexicon/facets.ts";
import { actionsJoined, itemPicks, itemsListed, namedTwice, onePerValue, poolOf, SETTING, splitItems, unitParted } from "./operands.ts";
import { changeFrom, partNamed, relationOf, sameWhole, saysWhatSetsApart, sharesOf, totalOver } from "./relations.ts";
import { asksTheChange, previousYear, reference } from "./execute.ts";
import { namesOperation, readPlan } from "./plan.ts";
import { asksByWord, asksQuantity, bracketsMasked } from "./question-forms.ts";
import { fold, hasVietnameseMarks, tokenize } from "./normalize.ts";
import { AND_EQUIVALENTS, ASKER, ASKER_WORKPLACE, EACH_ASKED, REQUEST_WORDS } from "./lexicon/intents.ts";
import { withoutNameCommas } from "./name-commas.ts";
import { withUnpunctuatedBreaks } from "./unpunctuated-clauses.ts";
import { countedShare, facetsOf, search, type Candidate } from "./search.ts";
import { WEIGHTS } from "./weights.ts";
import { MAX_EARLIER, MAX_PARTS, questionMemo, searchesSpent } from "./budget.ts";

/** Where clauses end: commas, semicolons, and "và", "còn", "and" between two clauses. */
// (And "… trên tổng số bao nhiêu …", "… out of how many …": the whole asked after its part.)
// (And a question mark before the next question: "… bao nhiêu biên chế? So với 2023 giảm …". Not the
// "và" of a name, "Chi cục và tương đương".)
// ("con số" typed with its marks is "the figure", no "còn".)
// (And a full stop after a question's last word, "… dc bn tien. dat bn % du toan": the next asks anew.)
// (And a slash or bar with spaces around it, "số sở ban ngành / số chi cục", not "31/34".)
// (And "với" before "số", "số A với số B": not "so với", nor where a rate or a gap of the two is asked,
// "Tỷ lệ số A với số B", "… với số B thì tỷ lệ …". Matched first, looked behind after: cheap.)
const CLAUSES = new RegExp(String.raw`(\s*(?:(?<!\d)[,;]|[,;](?!\d)|\?(?=\s))\s*(?:(?:và|va|còn|con(?!\s+số(?![\p{L}\p{M}]))|and)\s+)?|\s+[/|]\s+|\s+(?:và|va|vs|còn|con(?!\s+số(?![\p{L}\p{M}]))|and|as well as)\s+(?!${AND_EQUIVALENTS})|\s+(?:trên|tren)\s+(?=(?:tổng|tong)\s)|\s+(?:cùng với|cung voi|kèm theo|kem theo|along with|together with)\s+(?=(?:số|so|tổng số|tong so|tỷ lệ|ty le|the number|the rate|the share)\s)|\s+(?:với|voi)\s+(?=(?:số|so|tổng số|tong so)\s)(?![^,;?]*(?:tỷ lệ|ty le|phần trăm|phan tram|%|chênh|chenh|lệch|lech|gấp|gap))(?<!(?<![\p{L}\p{M}])(?:so|số|đối|doi|cùng|cung|kèm|kem|ứng|ung)\s+(?:với|voi)\s+)(?<!(?:tỷ lệ|ty le)\s+(?:(?:giữa|giua)\s+)?(?:số|so)\s(?:(?!bao nhiêu|bao nhieu|bn|mấy)[^,;?])*)(?<!(?:so sánh|so sanh|giữa|giua|chênh|chenh|lệch|lech)(?:(?!bao nhiêu|bao nhieu|bn|mấy)[^,;?])*)|\.\s+(?=(?:kèm theo|kem theo|đồng thời|dong thoi|cùng với|cung voi|cũng như|cung nhu|also|together with|along with|plus)(?![\p{L}\p{M}]))|(?<=(?<![\p{L}\p{M}])(?:bao nhiêu|bao nhieu|bn|mấy|tiền|tien)|%)\.\s+(?=\S))`, "iu");

/** Names of one measure joined by "và"/"and" ("officials and public employees"), folded. */
const NAMES_WITH_AND = Object.values(MEASURE_PHRASES)
  .flat()
  .filter((p) => /\s(?:và|and)\s/u.test(p))
  .map((p) => ` ${fold(p).toLowerCase()} `);

/** The parts of a split (separators between them) with a name the split cut at its "và"/"and" joined again. */
function joinNames(parts: string[]): string[] {
  const out = [...parts];
  const has = (s: string, n: string) => ` ${fold(s).toLowerCase().replace(/[^\p{L}\d]+/gu, " ").trim()} `.includes(n);
  for (let i = 1; i < out.length - 1; i += 2) {
    if (!JOINS_NEXT.test(out[i]!)) continue;
    const joined = `${out[i - 1]}${out[i]}${out[i + 1]}`;
    if (NAMES_WITH_AND.some((n) => has(joined, n) && !has(out[i - 1]!, n) && !has(out[i + 1]!, n))) {
      out.splice(i - 1, 3, joined);
      i -= 2;
    }
  }
  return out;
}

/**
 * The clauses that ask, each with the clauses after it that ask nothing (its qualifiers) attached.
 * What comes before the first ("Trong số văn bản QPPL cấp tỉnh, …") is the whole message's setting.
 */
export function askingClauses(text: string): readonly string[] {
  return clausesOf(text).asking;
}

/**
 * A part opening on a question word ("what …", "in which month …", "when was …", "which level
 * was …", "how did it compare …"): it asks. (Not a relative clause: "…, which is more than last
 * year", "…, which were updated …".)
 */
const ASKS_WHICH = /^(?:(?:by|in|on|at|for|during) )?what\b|^how (?:did|does|do|has|have|had|is|are|was|were|far)\b|^(?:by|in|on|at|for|during) which\b|^when (?:was|were|is|are|did|does|do|will)\b|^which (?!(?:is|are|was|were|has|have|had)\b)\w+ (?:was|were|is|are|did|does|do|has|have)\b/i;

type Clauses = Readonly<{ setting: string; asking: readonly string[]; listed?: boolean; strict?: boolean; markedOnly?: ReadonlySet<string>; ownQuestions?: ReadonlySet<string> }>;
/** (The stages of a question ask for its clauses several times: read once, shared, never edited.) */
const clausesRead = questionMemo<string, Clauses>();
function clausesOf(typed: string): Clauses {
  return clausesRead.get(typed) ?? clausesRead.set(typed, readClauses(typed));
}
/** The clauses of one item of a numbered list: itself, unless it asks two or more on its own. */
function itemClauses(item: string): string[] {
  const { setting, asking, listed } = clausesOf(item);
  if (listed || asking.length < 2) return [item];
  return asking.map((clause, i) => (i === 0 && setting ? `${setting} ${clause}` : clause));
}

function readClauses(typed: string): Clauses {
  // ("cong bo bn tthc bai bo bn tthc": clauses typed without a comma get one.)
  const text = withUnpunctuatedBreaks(askingSentencesParted(typed));
  const each = eachOfListed(text);
  if (each) return each;
  // "cho e xin: 1. số TTHC công bố 2. …": each item of a numbered list, what comes before it the setting.
  // (An item that itself asks two, "1. hội thi có bn cơ quan, đơn vị và bn lượt người tham gia", is
  // its clauses, the first with what the item sets before them.)
  const list = numberedList(text);
  if (list) return { setting: list.before, asking: list.items.flatMap(itemClauses), listed: true };
  const asking: string[] = [];
  // (Clauses asked by their question mark alone: "…, tỷ lệ?".)
  const markedOnly = new Set<string>();
  const ownQuestions = new Set<string>();
  let setting = "";
  // "công bố và bãi bỏ bao nhiêu TTHC": a part asking nothing joined by "và" to the next is the
  // next clause's (two actions of one question), not the qualifier of the clause before.
  let pending = "";
  // (The separators are kept: split returns them between the parts.)
  const parts = joinNames(bracketsMasked(withoutNameCommas(text), /[,;]/g).split(CLAUSES));
  const marked = hasVietnameseMarks(text);
  // (Questions in a row, each with its own question mark and no question word, ask one each: not a
  // claim before its question, "Có thể viết là …? Chính xác … bao nhiêu?", nor "Note: which year …?".)
  const series = (text.match(/\?(?=\s|$)/g) ?? []).length >= 2 && !asksByWord(text);
  // "số A và tỷ lệ B", "the number of A, the amount of B and the share of C": parallel requests
  // naming a quantity each are a clause each, "bao nhiêu" or not.
  let nominal = false;
  let measureList = false;
  let requested = false;
  for (let i = 0; i < parts.length; i += 2) {
    let part = `${pending} ${parts[i]!.trim()}`.trim();
    pending = "";
    if (!part) continue;
    // (A request after sentences saying who asks and why opens the list, those sentences its scene:
    // "e la sv dang lam tieu luan ve de an vi tri viec lam. cho e xin so so ban nganh, so chi cuc, …".)
    // (Not sentences that ask themselves: "HĐND tỉnh ban hành bao nhiêu nghị quyết. Cho em xin …".)
    const said = !asking.length ? /^(.*[.!])\s+(\S.*)$/su.exec(part) : null;
    if (said && !asksQuantity(said[1]!) && !asksByWord(said[1]!) && (requestsAMeasure(said[2]!) || (REQUEST.test(afterColon(said[2]!)) && namesQuantity(said[2]!)))) [setting, part] = [`${setting} ${said[1]}`.trim(), said[2]!];
    const joinedOn = parts[i + 1];
    const next = parts[i + 2];
    // ("Kindly provide the revenue collected … and the balanced spending …": after a request naming
    // a measure, a part naming another measure is the next item of the request.)
    const opener = (i === 0 || !asking.length) && requestsAMeasure(part);
    // (Only "and the …": a comma may part a name's pieces, and "… and for staff …" carries the
    // kind asked of the first item, which a fresh clause would lose.)
    // (Nor a part pointing back at the one before, "… and the procedures they cover", nor one after a
    // phrase it continues, "checked by the Department of Justice and the inspection teams", "received
    // at the one-stop shops and the inter-agency one-stop shops".)
    const measureNext: boolean =
      next !== undefined && (opener || measureList) && JOINS_NEXT.test(joinedOn ?? "") && /^the\s/i.test(next.trim()) &&
      !POINTS_BACK_EN.test(next) && !ENDS_IN_PLACE_OR_AGENT.test(part.trim()) && namesAnotherMeasure(part, next);
    // ("Đề nghị cho biết tổng số văn bản QPPL …, trong đó bao nhiêu …": the whole requested before its parts.)
    const wholeFirst = opener && next !== undefined && PARTS_FOLLOW.test(fold(next.trim()).toLowerCase());
    // (Opening the message, "So với năm 2023, …" sets the scene: "so" is no "số" there. After a
    // quantity, "…, so với dự toán đạt bao nhiêu %?" asks that quantity's share, the next item.)
    const scene = i === 0 && /^so (?:voi|vs|sanh)\b/.test(afterColon(part));
    // (A quantity requested before a clause that asks is asked too: "Về đơn giản hóa TTHC, cho tôi
    // xin: số TTHC kiến nghị đơn giản hóa, thuộc bao nhiêu lĩnh vực, …"; one naming what was done to
    // it, not "Cho tôi xin số liệu TTHC, bao nhiêu thủ tục được công bố?".)
    const requestedFirst = opener && namesQuantity(part) && namesAction(part) && next !== undefined && asksQuantity(next);
    if (requestedFirst) requested = true;
    // (A quantity named before a semicolon and a clause that asks, as officials list what they need:
    // "ĐVSN: số người có mặt; giảm bn người so 2023?".)
    const semicolonItem = !scene && namesQuantity(part) && /^\s*;\s*$/.test(joinedOn ?? "") && next !== undefined && asksQuantity(next);
    const parallel: boolean = ((!scene && (namesQuantity(part) || opener)) && (nominal || (next !== undefined && namesQuantity(next)))) || measureNext || measureList || wholeFirst || requestedFirst || semicolonItem;
    nominal = parallel;
    measureList = measureNext;
    // ("… cho bao nhiêu cơ quan, đơn vị và sửa đổi, bổ sung cho bao nhiêu …": a part after "và" that
    // asks nothing, before one that asks after a comma, opens that clause.)
    const opensNext = i > 0 && AND_BEFORE.test(parts[i - 1]!) && joinedOn !== undefined && next !== undefined && asksQuantity(next) && asking.length > 0 && namesAction(part);
    // ("…; còn số người làm việc giao cho đvsn?", "…; còn chi cục?": what follows "còn" after a
    // clause that asks is asked the same, of its own subject.)
    // (Typed with marks, "con" is the word "con", as in "con số": not "còn".)
    const whatAbout = i > 0 && asking.length > 0 && WHAT_ABOUT.test(parts[i - 1]!) && !(marked && /(?:^|[\s,;?])con\s*$/u.test(parts[i - 1]!)) && !/^(?:lại|lai)(?![\p{L}\p{M}])/iu.test(part);
    // ("… bao nhiêu TTHC? Kèm theo đó là số quy trình …", "…, đồng thời số …": a quantity added to
    // what was asked is asked too.)
    // (The request before it asks too when it names a quantity: "Đề nghị cho biết số A và hội …,
    // đồng thời cho biết tổng số B.")
    // ("…, đồng thời cho biết các TTHC này thuộc bao nhiêu lĩnh vực": or before one asking anew.)
    // (Not one stating its figure: "Tổng số TTHC một cửa là 2.071, đồng thời cho biết …".)
    // (A year is no figure stated: "… cơ cấu tổ chức trong năm 2024, đồng thời cho biết …".)
    const addsToRequest = !asking.length && namesQuantity(setting) && !/\d/.test(setting.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, "")) && ADDS_ONE.test(afterColon(part)) && (addsAQuantity(part) || asksQuantity(part));
    if (addsToRequest) [asking[0], setting] = [setting, ""];
    const added = asking.length > 0 && addsAQuantity(part);
    // (Read without the words that add it: "kèm theo mức giảm so với năm 2023" continues the figure before.)
    // (Or one naming a quantity and asking with its question mark alone: "…, tỷ lệ giảm?".)
    // (Not the whole after its part, "… trên tổng số nhiệm vụ?": one figure, 31/34.)
    const markedAsked = asksByItsMark(part) && i > 0 && !/(?:trên|tren)\s*$/iu.test(parts[i - 1]!);
    // ("…, and the decrease versus 2023, both in positions and in percent": the rate is asked too, of
    // the figure before it.)
    const inPercentToo = asking.length > 0 && JOINS_NEXT.test(parts[i - 1] ?? "") && IN_PERCENT.test(afterColon(part));
    // (After a colon, what follows it when it asks a quantity: "Public service units: what is the current
    // headcount, …"; not "Note: which year does this report cover?".)
    const asksWhich = ASKS_WHICH.test(part) || QUANTITY_AFTER_COLON.test(afterColon(part));
    // (One of a series of questions, each closed by its own question mark: "Email accounts issued to
    // officials? Civil servants recruited in 2024? …".)
    // (Of three words or more besides the quantity it names: "Số lĩnh vực?" after "… công bố bao nhiêu
    // TTHC?" asks of the figure before.)
    const inSeries = series && (/\?/.test(joinedOn ?? "") || (i === parts.length - 1 && /\?\s*$/.test(part))) && part.replace(SERIES_QUANTITY, "").trim().split(/\s+/).length >= 3;
    if (inSeries) ownQuestions.add(part);
    if (markedAsked && !inSeries && !parallel && !whatAbout && !added && !asksQuantity(part) && !asksWhich) markedOnly.add(part);
    if (parallel || whatAbout || added || markedAsked || inSeries || inPercentToo || asksQuantity(part) || asksWhich) asking.push(added ? withoutAddingWords(part) || part : part);
    else if (joinedOn !== undefined && JOINS_NEXT.test(joinedOn) && next !== undefined && asksQuantity(next)) pending = `${part} ${joinedOn.trim()}`;
    else if (opensNext) pending = `${part}${joinedOn}`.trim();
    else if (asking.length) asking[asking.length - 1] += ` ${part}`;
    else setting = `${setting} ${part}`.trim();
  }
  // (Items after a colon that announces how many figures, asking nothing each: "Return three
  // values for 2024: A, B, and C.")
  // (A quantity requested before a question asked is read strictly, each clause explaining its figure on its
  // own words: "Xin số văn bản QPPL tỉnh ban hành, bao nhiêu văn bản bị bãi bỏ?" has no figure of the second.)
  // (An announced list whose items are as many as it announced is read item by item, however many of
  // them ask on their own: "cho e xin 4 so: hoan thanh bn …, bn tthc …, bien che cong chuc hien co, bn …".)
  const announced = announcedList(text);
  if (announced && (asking.length < 2 || (announced.counted && announced.asking.length > asking.length))) return announced;
  return { setting, asking, markedOnly, ownQuestions, ...(requested ? { strict: true } : {}) };
}


/**
 * Figures announced by their number before a colon ("Return three values for 2024: A, B, and C.",
 * "Cho tôi ba số liệu: A, B và C"), folded: each item after it is asked, the words before it the setting.
 */
const FIGURES_ANNOUNCED = /\b(hai|ba|bon|nam|2|3|4|5|two|three|four|five)\s+(?:so lieu|con so|gia tri|chi tieu|figures?|numbers?|values?|counts?|data points?|so(?=\s*:))\b[^:.?!]*:\s*(?=\S)/;

/**
 * Figures asked in the plural before a list, "What are the figures for A, B, C, and D?", "Give the
 * numbers of A, B and C" (folded): each item after it is asked, of three or more.
 */
const FIGURES_FOR = new RegExp(String.raw`^(?:(?:${REQUEST_WORDS})\s+)*(?:(?:the|all|both|these)\s+)?(?:(?:respective|latest|reported|following)\s+)?(?:figures|numbers|counts|totals|values)\s+(?:for|of|on)\s+(?=\S)`);

/** `counted`: as many items as the figures announced. */
function announcedList(text: string): { setting: string; asking: string[]; listed: true; counted: boolean } | null {
  const announced = FIGURES_ANNOUNCED.exec(fold(text).toLowerCase());
  // (Of "the figures for …", three items or more: "the figures for revenue and expenditure", "for the
  // People's Council and People's Committee" are read clause by clause, or as one name.)
  const m = announced ?? FIGURES_FOR.exec(fold(text).toLowerCase());
  if (!m) return null;
  const after = m.index + m[0].length;
  const items = splitItems(text.slice(after).replace(/[.?!]+\s*$/, ""));
  const setting = text.slice(0, after).replace(/:\s*$/, "").trim();
  // (Each item is of what the words before the colon name: "three figures for public service units:
  // the number of people currently working in them, …".)
  const asking = items.map((item) => `${setting} ${item}`);
  // (As many items as announced, else the list is not read so: "2 số: số văn bản do HĐND, UBND tỉnh
  // ban hành và số TTHC bị bãi bỏ" is two figures, not the three pieces its commas part.)
  const told = announced ? (NUMBER_NAMED[announced[1]!] ?? (/^(?:nam|five|5)$/.test(announced[1]!) ? 5 : undefined)) : undefined;
  if (told !== undefined && told !== items.length) return null;
  const counted = told !== undefined;
  return items.length >= (announced ? 2 : 3) && items.length <= MAX_PARTS ? { setting, asking, listed: true, counted } : null;
}

/**
 * "Thu ngân sách và chi cân đối mỗi cái được bao nhiêu?", "…: số được giao, số hiện có và số giảm
 * lần lượt là bao nhiêu?": a clause per item, each ending in what is asked (after a colon, the
 * words before it are the setting).
 */
function eachOfListed(text: string): { setting: string; asking: string[]; listed: true; strict?: boolean } | null {
  const m = EACH_ASKED.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  const tail = text.slice(m.index + m[0].length).trim();
  // "… số văn bản QPPL ban hành ở từng cấp: tỉnh, huyện và xã": the items listed after it, each
  // asked what comes before it ("… ở cấp tỉnh"), each figure explaining its item on its own.
  if (tail.startsWith(":")) {
    const listed = splitItems(tail.slice(1).replace(/[.?!]+\s*$/, ""));
    // ("từng cấp", "mỗi loại": the noun each item is one of.)
    const noun = /^(?:từng|tung|mỗi|moi)\s/iu.test(m[0]) ? m[0].split(/\s+/).slice(1).join(" ") : "";
    return listed.length >= 2 && listed.length <= MAX_PARTS && (asksQuantity(before) || namesQuantity(before)) ? { setting: "", asking: listed.map((item) => `${before}${noun} ${item}`), listed: true, strict: true } : null;
  }
  const colon = before.lastIndexOf(":");
  const all = splitItems(before.slice(colon + 1));
  // ("Trong 128 đơn vị sự nghiệp …, số A và số B lần lượt …": a first piece setting the scene is the setting, no item.)
  // (Only one that says among what, not a first item at a level: "Ở cấp tỉnh, cấp huyện và cấp xã, …" lists three.)
  // (Or what the list is about, "Về đề án vị trí việc làm, …", unless that names a quantity itself:
  // "Về số TTHC được công bố, số TTHC bị bãi bỏ và …" lists three.)
  const first = fold(all[0] ?? "").toLowerCase();
  const scene = all.length > 2 && SCENE_FIRST.test(first) && !namesQuantity(first.replace(ABOUT, "")) ? all[0]! : "";
  const listed = scene ? all.slice(1) : all;
  // ("Ở cấp tỉnh, cấp huyện và cấp xã, số văn bản QPPL ban hành lần lượt …": the last piece names
  // what is counted, each piece before it where, naming no measure of its own: not "thu ngân sách, chi
  // cân đối và tỷ lệ chi so với dự toán lần lượt …".)
  const subject = listed.length > 2 && namesQuantity(listed.at(-1)!) && listed.slice(0, -1).every((p) => p.split(/\s+/).length <= ITEM_WORDS && !namesQuantity(p) && !measuresIn(p).length) ? listed.at(-1)! : "";
  const items = subject ? listed.slice(0, -1) : listed;
  // (Not clauses each asking its own figure before it: "A giảm bn, B giảm bn; tỉ lệ giảm của từng cái
  // là bn %" asks the two amounts, then a rate of each, clause by clause.)
  if (items.length < 2 || !asksQuantity(tail) || items.filter((item) => asksQuantity(item)).length >= 2) return null;
  return { setting: [colon >= 0 ? before.slice(0, colon).trim() : "", scene].filter(Boolean).join(" "), asking: items.map((item) => `${subject ? `${subject} ` : ""}${item} ${tail}`), listed: true };
}

/** Asking words before what is asked: "Đề nghị cho biết …", "Xin cung cấp …", "Please give …". */
// (After whom it addresses, or a polite "kính", "kính nhờ", "kính mong": "Anh chị cho tôi biết số …",
// "Kính đề nghị cho biết …", "Kính nhờ admin cho biết …"; whom it asks after the request, "Đề nghị
// quý cơ quan cho biết …".)
const REQUEST = new RegExp(String.raw`^(?:(?:kinh(?:\s+(?:nho|mong|gui))?\s+)?(?:(?:anh chi|anh|chi|ad|admin|ban)\s+)?(?=(?:de nghi|xin|vui long|cho)\s))?(?:(?:${REQUEST_WORDS})\s+(?:(?:quy co quan|quy ban|quy vi|anh chi|admin|ad)\s+)?)+`);
/** Words adding one more to what is asked: "đồng thời", "kèm theo đó là", "together with", folded. */
// ("kèm" alone before a quantity noun, "…, kèm tỷ lệ so với dự toán"; not "kém so với", "kém hơn".)
const ADDING = String.raw`(?:dong thoi|cung voi|kem theo|kem(?= (?:ty le|tong so|so luong|so tien|muc|so (?!voi|sanh|vs)))|cung nhu|together with|along with|plus|also)(?: do)?(?: la)?`;
const ADDS_ONE = new RegExp(String.raw`^${ADDING}\b`);
/** A quantity named as a noun: "số …", "tổng số", "tỷ lệ", "số tiền", "the number of", "the share of". */
// (Or "the number" naming its figure by what follows: "…, the number currently in post".)
const QUANTITY_NOUN =
  /^(?:so|tong so|so luong|ty le|so tien|muc|loi ich|gia tri|kinh phi|the (?:(?:current|actual|total|overall|corresponding|resulting) )?(?:number|share|percentage|rate|amount|total) of|the number|(?:number|share|percentage|rate|amount) of|the (?:(?:corresponding|resulting) )?(?:headcount|decrease|drop|fall|reduction|increase|rise|cut|gap|difference)\b|the (?:corresponding|resulting) (?:[a-z]+ ){1,3}(?:rate|share|percentage|amount|number|total)|(?:its|their) (?:number|share|percentage|rate|ratio|amount|total|headcount|decrease|drop|fall|reduction|increase|rise|cut|gap|difference)\b|(?:the |its |their )?(?:percentage|rate|ratio|share) (?:decrease|increase|drop|fall|reduction|cut|change|rise|growth)\b)(?:\s|$)/;
// (After what opens a list: "Cho tôi ba con số: số nhiệm vụ …".)
// ("… provide both the number of A and the number of B": "both" opens the list.)
// (Or "together with …", "along with …" naming the next: "the revenue, together with its ratio to the estimate".)
// (Past a word opening the list: "…, cụ thể là số A, số B và số C", "namely the number of …"; or adding
// one: "…, đồng thời số B", "Kèm theo đó là số B.".)
// ("đồng thời cho biết tổng số …": a request after the word adding it; "kèm theo tổng số" alone names
// the total of what was asked, no quantity of its own.)
const OPENS_THE_ITEM = new RegExp(String.raw`^(?:both|ca|as well as|cu the la|cu the|gom co|namely|specifically|${ADDING}) `);
export const namesQuantity = (part: string) => {
  // (After a colon, the first item of a list a request opens names what is counted: "… nêu số lượng từng
  // khối: Sở ban ngành; Chi cục …".)
  const named = afterColon(part.includes(":") ? part : part.replace(MARKED_NOT_NUMBER, "$&·")).replace(REQUEST, "").replace(OPENS_THE_ITEM, "").replace(REQUEST, "").replace(/[.?!]+$/, "");
  // (Nor a question of yes or no about the figure asked: "Đồng thời số TTHC này có được công khai không?".)
  return QUANTITY_NOUN.test(named) && !(named !== afterColon(part).replace(/[.?!]+$/, "") && ONLY_A_TOTAL.test(named)) && !ABOUT_THE_ONE_ASKED.test(named);
};
/** "Sở" (a department), "sơ", "sổ" typed with their marks: folded they read "so", which is no "số" (a number of). */
const MARKED_NOT_NUMBER = /(?<![\p{L}\p{M}])(?:sở|sơ|sổ|sớ|sỡ|sờ|sợ)(?![\p{L}\p{M}])/giu;
/** A quantity named and asked by a question mark alone: "tỷ lệ giảm?" (not "so với …?", no "số"; nor "tổng số?" alone, the total of what was asked). */
const asksByItsMark = (part: string) => /\?\s*$/.test(part) && namesQuantity(part) && !/^so (?:voi|vs|sanh)\b/.test(afterColon(part)) && !ONLY_A_TOTAL.test(afterColon(part));

/**
 * Sentences that each ask, parted by full stops ("… cong bo bn tthc. bai bo bn tthc"), parted as
 * clauses are (a semicolon): each is a question of its own.
 */
function askingSentencesParted(text: string): string {
  // (Nor a numbered list's: "…; 3. Giảm bao nhiêu …; 4. Tỷ lệ giảm …" is read item by item, clausesOf.)
  if (!/\.\s/.test(text) || numberedList(text)) return text;
  const sentences = text.split(/(?<=\.)\s+(?=\S)/);
  if (sentences.length < 2) return text;
  const asking = sentences.map((x) => asksQuantity(x) || ASKS_WHICH.test(x) || asksByItsMark(x));
  return sentences.map((x, i) => (i < sentences.length - 1 && asking[i] && asking[i + 1] ? x.replace(/\.$/, ";") : x)).join(" ");
}

const ADDING_WORDS = new RegExp(String.raw`^\s*${ADDING}\s+`);
/** The part as typed without the words adding it ("Kèm theo đó là", "đồng thời"), found on its folded form (same length). */
function withoutAddingWords(part: string): string {
  const folded = fold(part).toLowerCase();
  const m = ADDING_WORDS.exec(folded);
  return m && folded.length === part.length ? part.slice(m[0].length) : part;
}
/** A part adding a quantity to what was asked before it: "Kèm theo đó là số …", "đồng thời số …". */
// (Nor "kèm theo tổng số" naming nothing of its own: the total is of what was asked.)
export const addsAQuantity = (part: string): boolean => ADDS_ONE.test(afterColon(part)) && namesQuantity(part) && !ONLY_A_TOTAL.test(afterColon(part).replace(ADDS_ONE, "").trim());
/** "(the) total" and no more (folded). */
const ONLY_A_TOTAL = /^(?:(?:do |la )*)(?:tong so|tong cong|tong|the total|total)(?: (?:la )?(?:bao nhieu|bn))?[\s.?!]*$/;
/** A part pointing back at the figure asked, or asking yes or no of it (folded). */
const ABOUT_THE_ONE_ASKED = /\b(?:nay|do|ay|these|those|this|that|it|them)\b.*\b(?:khong|ko|chua|hay khong|or not)\b|\b(?:co|whether|is|are|was|were)\b.*\b(?:khong|ko|chua|or not)\s*[?.!]*$/;
/** What a part says after what opens it with a colon, folded. */
// (A form of address written with a slash, "Anh/chị cho em xin …", is "anh chị".)
const afterColon = (part: string) => fold(part.slice(part.lastIndexOf(":") + 1).trim()).toLowerCase().replace(/(?<=\p{L})\/(?=\p{L})/gu, " ");

/**
 * "Cho biết thu ngân sách đến 6/12, tỷ lệ so với dự toán và …", "Please give the state budget revenue
 * collected, its percentage of …": a request naming a thing counted, as the first of parallel
 * quantities (not "Thu ngân sách đến 6/12, tỷ lệ … là bao nhiêu?", which asks the rate of it).
 */
function requestsAMeasure(part: string): boolean {
  const folded = afterColon(part);
  const rest = folded.replace(REQUEST, "");
  // (Or a request closed by the colon: "Please provide: balanced budget expenditure …, its percentage …".)
  const colon = part.lastIndexOf(":");
  const before = colon > 0 ? fold(part.slice(0, colon)).toLowerCase().trim() : "";
  return (rest !== folded || (before !== "" && `${before} `.replace(REQUEST, "") === "")) && measuresIn(rest).length > 0;
}

/** A rate asked by how a figure is put, "in percent", "về tỷ lệ" (folded). */
const IN_PERCENT = /^(?:ca )?(?:(?:in|as an?|ve|theo) )?(?:percent|percentage|percentage terms|relative terms|ty le|phan tram)[\s.?!]*$/;

/** A part opening on the parts of what was named before it (folded): "trong đó …", "of which …". */
const PARTS_FOLLOW = /^(?:trong (?:do|so do)|of (?:which|these|those|them)|among them)\b/;

/** Words pointing back at what was named before ("they", "their", "its"). */
export const POINTS_BACK_EN = /\b(?:they|them|their|its|those|these)\b/i;
/** A part ending in a place or an agent named by a preposition and a bare noun ("… by the Department of Justice", "… at the one-stop shops"; not "… as of 6 December 2024"). */
const ENDS_IN_PLACE_OR_AGENT = /\b(?:by|at|under)\s+(?:the\s+)?[a-z'-]+(?:\s+[a-z'-]+){0,4}$/i;

/** Does `next` name a measure `part` does not (folded, as `requestsAMeasure` reads them)? */
function namesAnotherMeasure(part: string, next: string): boolean {
  const before = measuresIn(afterColon(part));
  return measuresIn(afterColon(next)).some((m) => !before.includes(m));
}

/** Does a part name an action ("sửa đổi", "bãi bỏ"): the verb of a clause of its own. */
const namesAction = (part: string) => ACTIONS.any(tokenize(part));

/**
 * A first piece setting the scene of the list after it: among what the items are ("Trong 128 đơn vị
 * sự nghiệp …", "Of the …"), what they are about ("Về đề án vị trí việc làm", "As for …"), or as of
 * when ("Tính đến thời điểm báo cáo, …", "As of the report date, …", "Năm 2024, …"), folded.
 */
const ABOUT_WORDS = String.raw`ve|doi voi|regarding|as for|as regards|concerning`;
const ABOUT = new RegExp(String.raw`^(?:${ABOUT_WORDS})\s+`);
const SCENE_FIRST = new RegExp(String.raw`^(?:trong|among|of the|out of|${ABOUT_WORDS})\s|` + /^(?:tinh )?den (?:nay|thoi diem|ngay|het|cuoi)\b|^(?:as of|as at|to date|so far|up to)\b|^(?:nam|in) \d{4}\s*$|^theo bao cao\b/.source);

/** A separator ending in "còn": what follows is a question of its own ("còn chi cục?"). */
const WHAT_ABOUT = /(?:^|[\s,;?])(?:còn|con)\s*$/iu;

/** A separator ending in "và"/"and": what follows it is a clause joined to the one before. */
const AND_BEFORE = /(?:^|\s)(?:và|va|and)\s*$/iu;

/** A quantity opening a question of a series ("Số …?", "Share of …?"), as typed: not words of its own. */
const SERIES_QUANTITY = /^\s*(?:số lượng|so luong|số|so|tỷ lệ|ty le|the number of|number of|the share of|share of|the rate of|rate of)(?![\p{L}\p{M}])/iu;

/** "what is the (current) headcount", "what were the numbers": a quantity asked by "what" (folded). */
const QUANTITY_AFTER_COLON = /^what (?:is|are|was|were) (?:the |its |their )?(?:[a-z]+ )?(?:headcount|number|total|amount|rate|share|percentage|figure|count|level|size|value)s?\b/;

/** A separator that is only a "và"/"and" (no comma): what precedes it may be the next clause's. */
const JOINS_NEXT = /^\s*(?:và|va|vs|and)\s*$/iu;

/** A figure of the measure before explains a clause "as well as any" at this share of the best coverage. */
const CARRY_SHARE = 0.7;

/** A clause opening with the kind asked (folded): "tỷ lệ giảm của …", "the rates of …", "what percentage of …". */
const RATE_HEAD = /^\s*(?:ty le|phan tram|(?:what |the )?(?:rates?|percentages?|shares?|proportions?)\b)/;

/** Words of its own from which a clause names its own subject ("người làm việc", "dự thảo văn bản"). */
const SUBJECT_WORDS = 2;

/**
 * One figure per asking clause, when there are two or more; null otherwise. `strict`: every figure
 * explains its clause on its own (when the message as a whole is not explained by one figure).
 * `gaps`: the clauses the report has no figure for; `missed`: those no figure was found for.
 */
export function severalFigures(k: LoadedKnowledge, text: string, whole: Candidate[], strict = false, gaps?: string[], missed?: string[]): Item[] | null {
  const { setting: said, asking, listed, strict: eachStrict, markedOnly, ownQuestions } = clausesOf(text);
  // (Who asks, or where one in charge works, is no scene of what is asked: "tôi phụ trách mảng tài
  // chính ở Văn phòng UBND huyện, … Xin cho biết: - thu NSNN …; - chi cân đối …" asks the province's figures.)
  const scene = said.replace(ASKER, " ").replace(ASKER_WORKPLACE, " ").replace(/\s+/g, " ").trim();
  // (A request naming nothing, "Please give me:", "Cho em xin:", is no scene: no reading with it.)
  const settingIntent = scene ? readIntent(scene, k.contentFolds, k.places) : undefined;
  const setting = settingIntent?.words.some((w) => !w.stop && !w.context && !/^\d/.test(w.fold)) ? scene : "";
  if (eachStrict) strict = true;
  const clauses = asking.slice(0, MAX_PARTS);
  if (clauses.length < 2) return null;
  // (Read only when a clause needs it: most messages have no bare clause.)
  let asksChange: boolean | undefined;
  const asksAChange = () => (asksChange ??= asksTheChange(readIntent(text, k.contentFolds, k.places)));
  const picks: CompiledFact[] = [];
  const settingFacets = setting ? facetsOf(settingIntent!) : undefined;
  const settingQualifies = settingFacets !== undefined && (settingFacets.level.some((l) => l !== "tinh") || settingFacets.body.length > 0);
  // The verb of a clause governs the clauses after it that name none ("tỉnh giao bao nhiêu biên
  // chế, và bao nhiêu người làm việc …?": both allocated).
  // (A verb at the end governs the clauses before it that say nothing but how many of what: "how
  // many positions and how many staff did the province allocate": both allocated.)
  const intents = clauses.map((c) => readAsInMessage(readIntent(c, k.contentFolds, k.places), text));
  const ownActionsOf = intents.map((i) => facetsOf(i).action);
  const clausePlans = clauses.map((c, n) => readPlan(c, intents[n]!));
  // (Not a change asked by a clause naming nothing else: "Có bao nhiêu người làm việc, giảm bao
  // nhiêu?" asks the people, then their fall; "giảm" there is the second figure's. "Có bao nhiêu cơ
  // quan, đơn vị, dự thi bao nhiêu?" asks both of the contest.)
  const bareChange = (n: number) => clausePlans[n]!.ownWords === 0 && asksTheChange(intents[n]!);
  // (Nor a change named alone, "the decrease versus 2023": "the number of people working …, the
  // decrease versus 2023, and the rate of decrease" asks the people first, not their fall.)
  const changeAlone = (n: number) => clausePlans[n]!.ownWords <= 1 && !measuresNamed(intents[n]!).length && ownActionsOf[n]!.every((a) => a === "giam");
  const later = ownActionsOf.find((a, n) => a.length && !bareChange(n) && !changeAlone(n)) ?? [];
  let governing: string[] = intents.every((i, n) => ownActionsOf[n]!.length || namesOnlyMeasures(i)) ? later : [];
  // (A list opening with a kind, "tỷ lệ giảm của A và của B", "the rates of A and B", asks it of each item.)
  const headKind = RATE_HEAD.test(fold(clauses[0]!).toLowerCase()) ? intents[0]!.kind : undefined;
  // Each clause's share for every figure it ranks (picked already or not), where the clause chose
  // by ranking: the clauses together say which is which (below).
  const shares: (Map<CompiledFact, number> | undefined)[] = [];
  // (A gap said of a clause the report has no such figure for lets one figure stand with it, below.)
  let gapSaid = false;
  for (const [n, clause] of clauses.entries()) {
    shares.length = picks.length;
    const clauseIntent = intents[n]!;
    // ("…, và kế hoạch tự kiểm tra là kế hoạch số mấy?": a document's number or a month asked is no
    // count; the clause is one this reading has no figure for, said so beside the others.)
    if (clauseIntent.identifier && !clauseIntent.howMany && asksNumberOrMonth(clauseIntent)) {
      if (!missed) return null;
      missed.push(clause);
      continue;
    }
    const ownActions = ownActionsOf[n]!;
    const facets = ownActions.length || !governing.length ? undefined : { ...facetsOf(clauseIntent), action: governing };
    if (ownActions.length) governing = ownActions;
    // "công bố và bãi bỏ bao nhiêu TTHC": a figure for each action the clause joins.
    const actions = actionsJoined(clauseIntent) ? namedTwice(clauseIntent).find((d) => d.dim === "action") : undefined;
    const each = actions ? onePerValue(k, clauseIntent, "action", actions.values).filter((f) => !picks.includes(f)) : [];
    if (actions && each.length === actions.values.length && each.every((f) => f.measure === each[0]!.measure)) {
      picks.push(...each);
      continue;
    }
    // "…, and how many did the district and commune levels issue?": a figure for each level the
    // clause joins, when each level has its own (not one figure given for both together).
    const levels = !actions ? namedTwice(clauseIntent).find((d) => d.dim === "level") : undefined;
    const perLevel = levels ? onePerValue(k, clauseIntent, "level", levels.values).filter((f) => !picks.includes(f)) : [];
    const ownLevel = (f: CompiledFact, l: string) => f.facets.level.length === 1 && (f.facets.level as string[])[0] === l;
    // (Of what the clause counts, or the figure before it counted, and of the action it names:
    // "…, and how many at the district and commune levels?" after the civil servants recruited has none.)
    const named = measuresNamed(clauseIntent);
    const measures = named.length ? named : [picks.at(-1)?.measure ?? ""];
    const clauseActions = facetsOf(clauseIntent).action;
    const fitsClause = (f: CompiledFact) => measures.includes(f.measure ?? "") && clauseActions.every((a) => (f.facets.action as string[]).includes(a));
    if (levels && perLevel.length === levels.values.length && perLevel.every((f, i) => ownLevel(f, levels.values[i]!) && fitsClause(f))) {
      picks.push(...perLevel);
      continue;
    }
    // A clause that continues the one before ("…, trên tổng số bao nhiêu nhiệm vụ?", "và bằng mấy
    // phần trăm dự toán?") is read as a follow-up of its figure, as if sent next in the chat.
    // (Only a clause that leaves its subject unsaid, asks an operation or points back at the figure:
    // one naming its own subject is a question of its own, and each reading costs a search.)
    const plan = clausePlans[n]!;
    // (Or one pointing back at it: "…, and how many legal documents did they check?" of the teams.)
    // (Or a rate of no measure of its own after an amount: "… đạt bao nhiêu và bằng mấy % dự toán?" is
    // the amount's share of the plan it names.)
    // (Or after a share of that amount: "(b) that amount as a percentage of the estimate, (c) as a
    // percentage of the same period last year" asks the amount's other share.)
    const lastPick = picks.at(-1);
    const shareOfBefore = lastPick?.kind === "percent" && picks.slice(0, -1).some((p) => sharesOf(k, p).some((r) => r.share === lastPick.id));
    const rateOfBefore = clauseIntent.kind === "percent" && !measuresNamed(clauseIntent).length && (lastPick?.kind !== "percent" || shareOfBefore);
    // (Or how far the one figure before reached against a plan or period, naming nothing else: "Chi cân
    // đối … bao nhiêu và đạt bao nhiêu so với cùng kỳ?"; not "…, so với cùng kỳ thu đạt bao nhiêu?", the
    // revenue's, nor after two figures, of either.)
    const clauseVerbs = [...facetsOf(clauseIntent).action, ...verbsAloneIn(clauseIntent.raw)];
    const reachedOfBefore =
      picks.length === 1 && lastPick !== undefined && lastPick.kind !== "percent" && asksReachedAgainst(clauseIntent) && !measuresNamed(clauseIntent).length && clauseVerbs.every((a) => (lastPick.facets.action as string[]).includes(a));
    const previous = plan.ownWords < SUBJECT_WORDS || plan.op !== "value" || partOfPrevious(clauseIntent) || pointsBack(clauseIntent) || rateOfBefore || reachedOfBefore ? picks.at(-1) : undefined;
    // "…; tỉ lệ giảm của từng cái là bn %", "…; lần lượt hiện có bao nhiêu?": asked of each figure before
    // it, read (without the words that say "each": "lần lượt" is no "lượt") as a follow-up of each.
    // (Those the report has none for are said so, as a clause not found.)
    const eachClause = EACH_ASKED.test(clause) && picks.length >= 2 ? clause.replace(EACH_ASKED, " ").replace(/\s+(?:của|cua|of)\s*(?=[,.?!]|$)/iu, "").replace(/\s+/g, " ").trim() : "";
    const eachIntent = eachClause ? readIntent(eachClause, k.contentFolds, k.places) : undefined;
    const ofEach = eachIntent && !measuresNamed(eachIntent).length ? picks.map((p) => followUp(k, eachClause, eachIntent, readPlan(eachClause, eachIntent), { op: "value", slots: { level: [], body: [], action: [], measure: p.measure }, facts: [p.id] })) : [];
    const eachGot = ofEach.map((r) => (r && "items" in r && r.op !== "cite" && r.items.length === 1 && !isComputed(r.items[0]!) && !picks.includes(r.items[0]!) ? r.items[0] : undefined));
    const eachFound = eachGot.filter((f): f is CompiledFact => f !== undefined);
    if (eachFound.length && new Set(eachFound).size === eachFound.length) {
      picks.push(...eachFound);
      if (eachFound.length < eachGot.length) missed?.push(clause);
      continue;
    }
    // (The figures before it as the chat's earlier answers: "…, and how many is that altogether?" adds them.)
    const earlier = picks.slice(0, -1).map((p) => p.id).slice(-MAX_EARLIER);
    const more = previous && followUp(k, clause, clauseIntent, plan, { op: "value", slots: { level: [], body: [], action: [], measure: previous.measure }, facts: [previous.id], ...(earlier.length ? { earlier } : {}) });
    // (A clause of the figure before whose reading as a follow-up finds the report has no such figure
    // is none of another figure's: "… positions allocated, how many are at district level?" has no
    // figure of the district committees' schemes.)
    // (Nor a rate asked of it against a plan or period it has none against: "Chi cân đối … bao nhiêu
    // và đạt bao nhiêu so với cùng kỳ?" has no share of the spending against last year, whatever the
    // revenue's; said to be none of the report's beside the spending.)
    if (more && "decline" in more && (strict || reachedOfBefore)) {
      // (Said as a gap where the caller lists them; read strictly without, the whole message is declined.)
      const said = reachedOfBefore ? (gaps ?? (strict ? undefined : missed)) : undefined;
      if (!said) return null;
      said.push(clause);
      gapSaid = true;
      continue;
    }
    if (more && "items" in more && more.op !== "cite" && more.items.every((x): x is CompiledFact => !isComputed(x) && !picks.includes(x))) {
      picks.push(...more.items);
      continue;
    }
    // "…, how many were completed, and what completion rate does that give?": a figure computed from
    // the figures before, asked last, is given last.
    const computed = more && "items" in more && isComputed(more.items[0]!) ? more.items[0] : undefined;
    // (Or computed of the one before and its own whole: "Hoàn thành bao nhiêu nhiệm vụ …. Tỷ lệ bao nhiêu?"
    // is 31 / 34, not a rate of another figure.)
    // (Or of a share its sentence states of it: "Thu ngân sách được bao nhiêu. Tăng bao nhiêu % so với
    // cùng kỳ?" is 120,9% − 100%.)
    const ofOne = (o: CompiledFact) => o === picks[0] || sharesOf(k, picks[0]!).some((r) => r.share === o.id);
    const ofPicks = computed && (picks.length >= 2 ? computed.operands.every((o) => picks.includes(o)) : picks.length === 1 && computed.operands.every(ofOne));
    if (computed && n === clauses.length - 1 && ofPicks) {
      swapWhereBetter(picks, shares);
      return [...picks, computed];
    }
    // "… and how many of those …" that no part of the figure before explains: no other figure.
    // (Nor a clause asked by its question mark alone, naming nothing of its own, that the figure before
    // has none of: "Bao nhiêu TTHC bị bãi bỏ, tỷ lệ?" is no rate of another thing.)
    const bareMarked = markedOnly?.has(clause) === true && !measuresNamed(clauseIntent).length && plan.ownWords < SUBJECT_WORDS;
    if (previous && (partOfPrevious(clauseIntent) || bareMarked)) {
      if (strict) return null;
      missed?.push(clause);
      continue;
    }
    // A level or body the setting names ("At district level, how many …, and …?") qualifies each clause.
    // (An item of a list naming nothing counted is what the words before the list ask of it: "Return
    // counts of legal normative documents issued by: (a) district-level authorities; (b) …"; one
    // naming its own measure decides alone, "Về văn bản QPPL: 1. … 2. số TTHC được công bố".)
    // (Nor one naming its own action: "Biên chế công chức hiện có: 1. số được giao …".)
    const ofSetting = listed === true && setting !== "" && !measuresNamed(clauseIntent).length && !ownActions.length;
    const withSetting = () => readIntent(`${setting} ${clause}`, k.contentFolds, k.places);
    const qualified = settingQualifies || ofSetting ? withSetting() : clauseIntent;
    let clauseRanked = search(k, qualified, facets);
    // (A clause naming a year no report covers, "…, năm 2023 có bao nhiêu biên chế?", gets that year's
    // value worked out of the change the report states, asked last, or none: never another year's.)
    const ownYears = strayYearsOf(k, clauseIntent).filter((y) => !(clauseRanked[0] && yearIsSubject(clauseRanked[0].fact.quote, y)));
    if (ownYears.length) {
      const before = ownYears.length === 1 ? previousYear(k, clauseRanked, ownYears[0]!, clauseIntent) : null;
      if (Array.isArray(before) && isComputed(before[0]!) && n === clauses.length - 1 && picks.length) {
        swapWhereBetter(picks, shares);
        return [...picks, before[0]];
      }
      if (gaps) gaps.push(clause);
      else if (strict) return null;
      else missed?.push(clause);
      continue;
    }
    // (A clause asking the amount of a plan the report gives only a share against, "…, và dự toán thu
    // bao nhiêu?", is one the report has no figure for, not the share's.)
    const planAmount = plan.op === "value" ? reference(k, clause, clauseIntent, clauseRanked) : null;
    // (Asked worked out, "…, và ước tính dự toán thu khoảng bao nhiêu?", it is given, asked last.)
    if (Array.isArray(planAmount) && isComputed(planAmount[0]!) && n === clauses.length - 1 && picks.length) {
      swapWhereBetter(picks, shares);
      return [...picks, planAmount[0]];
    }
    // (Said so beside the others; strict, with nowhere to say it, no reading of the message.)
    const noFigureFor = (): boolean => {
      if (gaps) {
        gaps.push(clause);
        gapSaid = true;
      } else if (strict) return false;
      else missed?.push(clause);
      return true;
    };
    if (planAmount === "cannot") {
      if (!noFigureFor()) return null;
      continue;
    }
    // (A clause that no figure explains on its own words is read in the scene the message sets: "For
    // the online contest, how many agencies took part and how many entries were recorded; …".)
    const inScene = qualified === clauseIntent && setting !== "" && !clauseRanked.some((c) => c.fact.kind !== "statement" && c.coverage >= WEIGHTS.minCoverage);
    if (inScene) clauseRanked = search(k, withSetting(), facets);
    // (Read in the scene, a figure is the clause's only when its own words explain it in part: "Về hội
    // thi, … và bao nhiêu giải thưởng được trao?" has no figure of the entries, "Về đề án vị trí việc
    // làm, …, số người nghỉ hưu lần lượt …" none of the district committees.)
    const alone = inScene || ofSetting ? search(k, clauseIntent, facets) : undefined;
    const hasOwnWords = clauseIntent.words.some((w) => !w.stop && !w.context && !/^\d/.test(w.fold));
    const explainsInPart = (f: CompiledFact) => !alone || !hasOwnWords || (alone.find((c) => c.fact === f)?.coverage ?? 0) >= WEIGHTS.minCoverage / 2;
    const own: Candidate[] = clauseRanked.filter((c) => c.fact.kind !== "statement" && explainsInPart(c.fact));
    const ownTop = own[0]?.score || 1;
    // A clause naming no measure is about the figure before it ("Chi cân đối … đạt bao nhiêu tiền
    // và bằng bao nhiêu % dự toán?" asks the spending's share, not the revenue's), when a figure of
    // that measure explains the clause nearly as well as any: its own words still decide.
    const before = picks.at(-1)?.measure;
    const ownBest = Math.max(0, ...own.map((c) => c.coverage));
    // (Named in an abbreviation too: "…, bn chi cuc, bn dvsn" asks the units, not another of the agencies.)
    // (Of a figure the clause may be answered with: "…; còn thư điện tử đã cấp cho bao nhiêu người?" after
    // the workflows approved carries no workflows' 100% its "điện tử" explains, a rate of no count asked.)
    const amountAsked = clauseIntent.howMany && !clauseIntent.kind;
    const carried =
      before !== undefined && !measuresNamed(clauseIntent).length && !measuresIn(abbreviationsSpelled(clauseIntent.raw)).length &&
      own.some((c) => c.fact.measure === before && !picks.includes(c.fact) && c.coverage >= CARRY_SHARE * ownBest && !(amountAsked && c.fact.kind === "percent"));
    // A clause that names its own subject decides, with the message's setting ("Trong số văn bản
    // QPPL cấp tỉnh, …") to break ties, not the other clauses' words; one that leaves its subject
    // unsaid ("by how many positions …") leans on the whole message's ranking.
    // Its own words: beyond qualifiers (giảm, cấp huyện), kinds (tỷ lệ) and question forms.
    // (An item of a list asked "lần lượt" names its subject, however short: "thu ngân sách".)
    // (Or a measure: "thu ns … bn tiền" names revenue, however few its own words.)
    // (Or an action no figure of the one before is of: "…, and how much is saved per year?" after the
    // documents proposed for amendment asks the savings, not the documents' ranking.)
    const otherAction = before !== undefined && clauseActions.some((a) => !k.kb.facts.some((f) => f.measure === before && (f.facets.action as string[]).includes(a)));
    const names = listed === true || plan.ownWords >= SUBJECT_WORDS || measuresNamed(clauseIntent).length > 0 || otherAction;
    // (The item read with the setting is that ranking already.)
    const context = names ? (setting && !(ofSetting && !facets) ? search(k, withSetting()) : own) : whole;
    const contextTop = context[0]?.score || 1;
    // The clause says which figure; the whole message says of what (a share of each ranking).
    let pick: CompiledFact | undefined;
    let best = 0;
    // (Below the province: "tỉnh" is as often the context as a level.)
    const clauseLevels = facetsOf(clauseIntent).level.filter((l) => l !== "tinh");
    const pool = new Set([...own.map((c) => c.fact), ...context.map((c) => c.fact)]);
    const share = new Map<CompiledFact, number>();
    // (What the clause counts, when a figure of it is there to pick: "Sở Tư pháp lập bao nhiêu đoàn
    // kiểm tra" counts teams, not the documents the department checked; one counted in words of its
    // own unit may still be picked, "civil servants … in post" of the positions.)
    const counts = measureCounted(clauseIntent)?.measure;
    const ofCounted = counts !== undefined && own.some((c) => c.fact.measure === counts && c.coverage >= WEIGHTS.minCoverage / 2);
    for (const f of pool) {
      const o = own.find((c) => c.fact === f);
      const w = context.find((c) => c.fact === f);
      // (Its own ranking only, when that is the one that decides: "… và bao nhiêu người dân hài lòng?"
      // has no figure of the procedures abolished.)
      if (f.kind === "statement" || ((o?.coverage ?? 0) < WEIGHTS.minCoverage / 2 && (!w || context === own)) || !explainsInPart(f)) continue;
      if (ofCounted && f.measure !== counts && !countedShare(clauseIntent, f)) continue;
      if (carried && f.measure !== before) continue;
      // (A level the clause names that the figure is not of: "… của cấp huyện" has no figure of the province.)
      if (eachStrict && clauseLevels.length && f.facets.level.length && !clauseLevels.some((l) => (f.facets.level as string[]).includes(l))) continue;
      // "by how many …" asks a count, "what percentage …" a rate: the clause's own kind decides.
      // (Not to a clause asking its own amount, "…, và số người làm việc giảm bao nhiêu người?"; the
      // "bao nhiêu" closing a list asked "lần lượt" is the whole list's.)
      // (Nor to one naming its own quantity: "… và số chi cân đối lần lượt" asks the amount.)
      // (A question of its own in a series keeps its own: "Share of units …? Civil servants recruited in 2024?")
      const kind = clauseIntent.kind ?? (n > 0 && (listed === true || !clauseIntent.howMany) && !namesQuantity(clause) && !ownQuestions?.has(clause) ? headKind : undefined);
      if (kind && f.kind !== kind) continue;
      // Its own "bao nhiêu" with no "%" or "tỷ lệ" asks an amount ("thu ngân sách được bao nhiêu
      // và bằng mấy phần trăm dự toán?": the revenue, then its share).
      // (Not "đạt bao nhiêu so với dự toán", how far it reached against the plan: a share.)
      if (!kind && clauseIntent.howMany && f.kind === "percent" && !asksReachedAgainst(clauseIntent)) continue;
      if (strict && (o?.coverage ?? 0) < WEIGHTS.minCoverage) continue;
      // (A clause naming its own subject that a figure explains only in part gets it only when it is
      // of what the message's other figures are, its measure or its sentence: "…, và có bao nhiêu hồ
      // sơ trực tuyến toàn trình?" after the procedures published has no figure of the workflows.)
      if (names && (o?.coverage ?? 0) < WEIGHTS.minCoverage && picks.length > 0 && !picks.some((p) => p.quote === f.quote || p.measure === f.measure)) continue;
      const ownShare = o ? o.score / ownTop : 0;
      const wholeShare = w ? w.score / contextTop : 0;
      // Whichever ranking decides, the other breaks ties: never a fact neither ranks.
      const s = names ? ownShare * (WEIGHTS.clauseOwnWeight + (1 - WEIGHTS.clauseOwnWeight) * wholeShare) : wholeShare * (1 - WEIGHTS.clauseOwnWeight + WEIGHTS.clauseOwnWeight * ownShare);
      share.set(f, s);
      if (!picks.includes(f) && s > best) [pick, best] = [f, s];
    }
    // (A message asking a change, "By how many people, and by what percentage, did … fall?": of a
    // figure the report states a change of, the change.)
    // (Only of a clause naming no action or measure of its own: "Có bao nhiêu người làm việc, giảm
    // bao nhiêu?" asks the number first.)
    // (Or of a clause asking the change in its own words: "biên chế công chức hiện có giảm bao nhiêu so
    // với năm 2023 và tỷ lệ giảm …" asks the 48 first, not the 1.895 now.)
    const bare = !ownActions.length && !measuresNamed(clauseIntent).length;
    // (Nor of one a bare change asked after it is of: "How many public service employees are there, and
    // by how much did that fall?" asks the level, then its fall.)
    const changeAskedAfter = intents.slice(n + 1).some((_, m) => bareChange(n + 1 + m));
    const change = pick && pick.kind === "count" && (bare ? asksAChange() && !changeAskedAfter : asksTheChange(clauseIntent)) ? changeFrom(k, pick) : undefined;
    const changed = change && k.byId.get(change.change);
    if (changed && !picks.includes(changed)) pick = changed;
    // (An allocated figure picked by a clause naming no action gives way to the figure in post when a
    // later clause asks the change of that measure and the clause ranks the one in post as another
    // reading (within WEIGHTS.readingRatio): "Số người làm việc là bao nhiêu, giảm bao nhiêu?" is the
    // 22.056 in post that fell by 988, not the 22.531 allocated. Not "Chỉ tiêu biên chế …", which ranks
    // the allocation far ahead, nor "…, biên chế công chức giảm bao nhiêu?", another measure's change.)
    const ofPost = pick && !changed && !ownActions.length ? relationOf(k, pick, "allocated-current") : undefined;
    const inPost = ofPost && ofPost.allocated === pick!.id ? k.byId.get(ofPost.current) : undefined;
    const itsChangeAsked = (f: CompiledFact) =>
      intents.slice(n + 1).some((i, m) => {
        const named = measuresNamed(i);
        return (bareChange(n + 1 + m) || asksTheChange(i)) && (!named.length || named.includes(f.measure ?? ""));
      });
    if (inPost && !picks.includes(inPost) && changeFrom(k, inPost) && (share.get(inPost) ?? 0) >= WEIGHTS.readingRatio * best && itsChangeAsked(inPost)) pick = inPost;
    // ("HĐND tỉnh và UBND tỉnh lần lượt ban hành bao nhiêu văn bản QPPL?": of a total over parts, the
    // part its clause names, the council's 31 and the committee's 94, not the 125 of both.)
    // (Items of a list, asked "lần lượt" or numbered: each names its own part; a clause of its own may name both.)
    const part = pick && listed === true && partNamed(k, pick, facetsOf(clauseIntent));
    if (part && !picks.includes(part)) pick = part;
    // (A part its clause says nothing setting apart from its total is the total: "bao nhiêu đơn vị sự
    // nghiệp" is the 128, not the 117 of them "thuộc các cơ quan chuyên môn".)
    // (Said in words of the part's label, abbreviated or not, "bn qđ", or by a body or level the total
    // has others besides: "UBND tỉnh … bao nhiêu văn bản" is the committee's own 94.)
    const over = pick && totalOver(k, pick);
    const itsTotal = over ? k.byId.get(over.total) : undefined;
    const clauseFacets = facetsOf(clauseIntent);
    const byFacet = (part: CompiledFact, total: CompiledFact) =>
      (["level", "body"] as const).some((d) => clauseFacets[d].length > 0 && (total.facets[d] as string[]).some((v) => !clauseFacets[d].includes(v)) && (part.facets[d] as string[]).every((v) => clauseFacets[d].includes(v)));
    const apart = (part: CompiledFact, total: CompiledFact) =>
      saysWhatSetsApart(clause, part, total) || saysWhatSetsApart(setting, part, total) || saysWhatSetsApart(clauseIntent.words.map((w) => w.fold).join(" "), part, total) || byFacet(part, total);
    // (Only a near tie in the clause: "public service units run by the departments" ranks the part
    // well ahead, in words its label does not use.)
    if (pick && itsTotal && !picks.includes(itsTotal) && itsTotal.kind === pick.kind && (share.get(itsTotal) ?? 0) >= WEIGHTS.partOrTotal * best && !apart(pick, itsTotal)) pick = itsTotal;
    // (Of a fraction, the side the clause's own words ask: "How many tasks of the plan were done, …" the 31, not the 34.)
    const side = pick && fractionSide(k, clauseIntent, pick);
    if (side && !picks.includes(side)) pick = side;
    // (Some units of a level, said so beside the others: "cấp huyện ban hành bao nhiêu văn bản, các
    // phường bao nhiêu?" gives the districts' 23 and says the wards' is not given apart; whichever
    // level's figure it would take, "các xã …, các phường bao nhiêu?" is no districts' 23.)
    if (pick?.kind === "count" && someUnitsAsked(clauseIntent)) {
      if (!noFigureFor()) return null;
      continue;
    }
    // (Nor one the clause alone would be declined as a breakdown or another period: "cap xa ban hanh
    // bao nhieu nghi quyet qppl, …" has no figure of the communes' resolutions, whatever the 69 documents.)
    if (pick && breakdownOrPeriod(k, clauseIntent, pick, clauseIntent.lang)) pick = undefined;
    // (Nor of a clause counting what no figure of the report counts: "tuyển dụng công chức có bao nhiêu
    // người dự thi, bao nhiêu người đỗ?" has no candidates, whatever the online contest's entrants.)
    // (Nor people asked of a count of things: "bn người về sở ngành tỉnh" is no 22 departments; nor a
    // count of each team, "mỗi đoàn kiểm tra bao nhiêu văn bản", which the teams' total is not.)
    const perThing = pick?.kind === "count" && perThingAsked(clause) && !namesOperation(clauseIntent.words, "average");
    if (pick && (measureNoFigureIsOf(k, clauseIntent, pick) || peopleAskedOfThings(clauseIntent, pick) || perThing)) {
      if (!noFigureFor()) return null;
      continue;
    }
    // (A clause asked by its mark alone is of the figure before: "Tỉnh công bố bao nhiêu TTHC, số lĩnh
    // vực?" has no fields of the 1.117; the 11 are of the 62 simplified.)
    const last = picks.at(-1);
    if (pick && last && markedOnly?.has(clause) && pick.quote !== last.quote && pick.measure !== last.measure) pick = undefined;
    // (A share asked against two plans the clause names is both shares: "…, and what share of the
    // annual estimate and of the same period last year did it reach?".)
    const plans = pick && sharesOfPlansNamed(k, clauseIntent, pick, intents.slice(0, n + 1))?.filter((f) => !picks.includes(f));
    // (Both sides of a fraction asked: "KH CCHC 2024 xong bn/bn NV; …" is 31 and 34.)
    const sides = pick && bothSidesAsked(k, clause, pick)?.filter((f) => !picks.includes(f));
    if (sides?.length === 2) {
      for (const f of sides) {
        shares[picks.length] = share;
        picks.push(f);
      }
    } else if (plans?.length) {
      for (const f of plans) {
        shares[picks.length] = share;
        picks.push(f);
      }
    } else if (pick) {
      shares[picks.length] = share;
      picks.push(pick);
    } else if (gaps && !previous && !searchesSpent() && !(alone ?? clauseRanked).some((c) => c.coverage >= WEIGHTS.minCoverage / 2)) {
      // (`gaps`: a clause naming nothing the report explains, figure or sentence, is one it has no
      // figure for, said so beside the others: "…, and the number who left under the streamlining
      // policy"; not one a sentence describes, "how many hours a day are the servers run" of "24/7".)
      gaps.push(clause);
    } else if (missed && searchesSpent() && !(alone ?? clauseRanked).length) {
      // (Nor one not searched, the question's searches spent: one no figure was found for.)
      missed.push(clause);
    } else if (strict) return null;
    // (`missed`: one no figure was found for, said so, never dropped unsaid; not one a figure given
    // already explains, "…, so với cùng kỳ là bao nhiêu?" after the 120,9%.)
    else if (![...share.keys()].some((f) => picks.includes(f))) missed?.push(clause);
  }
  // (One figure and a gap only where the message as a whole is not one figure's question, or the gap
  // is a plan's amount the whole message would be read as the share of.)
  if (picks.length < ((strict && gaps?.length) || gapSaid ? 1 : 2)) return null;
  swapWhereBetter(picks, shares);
  return picks;
}

/**
 * "Có bao nhiêu Sở ban ngành, Chi cục và UBND cấp huyện được phê duyệt đề án vị trí việc làm?": one
 * question over the items of an enumeration the report states in one sentence ("22 Sở ban ngành, 15
 * Chi cục và tương đương và 09 đơn vị UBND cấp huyện …"): each item's figure, in the order listed.
 * (Only counts of one sentence, none the total of another: a total asked adds them, execute.ts.)
 */
export function itemsOfOneSentence(k: LoadedKnowledge, message: string, ranked: Candidate[]): CompiledFact[] | null {
  // (Two counts of one sentence among the figures the message explains, or no such answer: cheap, first.)
  const quotes = poolOf(ranked).flatMap((c) => (c.fact.kind === "count" ? [c.fact.quote] : []));
  if (new Set(quotes).size === quotes.length) return null;
  // ("For the job-position schemes, how many A, B and C …?": a clause setting the scene first is
  // no item; the enumeration is what follows it, the scene what its items leave unsaid.)
  const comma = message.indexOf(",");
  const scene = comma > 0 && SETTING.test(fold(message.slice(0, comma)).toLowerCase()) && asksQuantity(message.slice(comma + 1).split(",")[0]!);
  // (Or a topic before a colon, asking nothing: "Đề án VTVL: số Sở ban ngành, Chi cục, UBND cấp huyện
  // được duyệt bn".)
  const colon = message.indexOf(":");
  const titled = colon > 0 && (comma < 0 || colon < comma) && !asksQuantity(message.slice(0, colon));
  const text = scene ? message.slice(comma + 1).trim() : titled ? message.slice(colon + 1).trim() : message;
  // (A title that names the quantity counts each item: "Đề nghị cho biết số lượng … theo từng khối: Sở
  // ban ngành, Chi cục …, UBND cấp huyện".)
  const countedBefore = titled && QUANTITY_IN_TITLE.test(message.slice(0, colon));
  if (itemsListed(text) < 2 || !enumerationAsked(k, text, countedBefore)) return null;
  // (Nor the agents of a relative clause: "bn nhiệm vụ mà CP với TTg giao" is one figure.)
  const agents = AGENTS_JOINED.exec(text);
  if (agents && namesAction(agents[1]!)) return null;
  const picks = itemPicks(k, text, ranked, true, message);
  if (picks.length < 2 || picks.includes(null)) return null;
  const facts = picks as CompiledFact[];
  // (Nor pieces that are one name parted at its joiner: "provincial departments and agencies", the
  // 22's own unit, is no "departments" item and "agencies" item.)
  if (unitParted(text, facts)) return null;
  const one = facts[0]!;
  const apart = new Set(facts).size === facts.length;
  const siblings = facts.every((f) => f.quote === one.quote && f.kind === "count" && f.value !== null);
  const unrelated = facts.every((a) => facts.every((b) => a === b || (totalOver(k, a)?.total !== b.id && !sameWhole(k, a, b))));
  if (!apart || !siblings || !unrelated) return null;
  // (A first piece before the one that asks names its own figure among the sentence's: "Đề án VTVL,
  // có bao nhiêu Chi cục …?" opens with what all of them share, a topic, not an item.)
  const first = splitItems(text)[0]!;
  const topic = !(namesQuantity(first) || asksQuantity(first)) && itemPicks(k, text, ranked.filter((c) => c.fact.quote === one.quote), true, message, true)[0] !== one;
  return topic ? null : facts.slice(0, MAX_PARTS);
}

/** A quantity a title names, as typed ("số lượng", "số", "number of"; not an unmarked "so", which may be "sở"). */
const QUANTITY_IN_TITLE = /(?<![\p{L}\p{M}])(?:số lượng|so luong|số|number of|the number|how many|bao nhiêu|bao nhieu|bn)(?![\p{L}\p{M}])/iu;

/** Two agents joined in a relative clause, as typed; what follows the second ("mà CP với [TTg giao]") must name an action. */
const AGENTS_JOINED = /(?<![\p{L}\p{M}])(?:mà|ma)\s+\S+(?:\s+\S+)?\s+(?:và|va|với|voi)\s+(\S+(?:\s+\S+){1,3})/iu;

/**
 * Words opening a piece that says how the one before is measured or counted (folded): "in number of",
 * "tính theo số người". (Not a bare "in", "by", "theo": "in departments, in sub-departments" are items.)
 */
const MEASURED_BY = /^(?:(?:in|by|as) (?:the )?(?:number|numbers|terms|count|headcount)|(?:tinh|xet|theo) (?:theo )?(?:so|so luong|so nguoi))\b/;
/** "Số …", "Tổng số …", "Số lượng …" opening a list (folded or not): the number of each item. */
const NUMBER_OPENS = /^(?:tổng số|tong so|số lượng|so luong|số|so)\s/iu;
/** Words of an item listed between the first and the last ("Chi cục và tương đương"). */
const ITEM_WORDS = 5;

/**
 * The message is one enumeration with one question: its first piece asks ("Có bao nhiêu A, B và C
 * …") or its last does ("A, B và C có bao nhiêu …?", the first then naming an item, not a setting),
 * and the items between are short.
 */
function enumerationAsked(k: LoadedKnowledge, text: string, countedBefore = false): boolean {
  // (Not what is left once a leading exclusion is cut: ", sub-departments and …, how many …".)
  if (/^\s*[,;]/.test(text)) return false;
  const pieces = splitItems(text);
  // (A list longer than one reply's figures is not read item by item.)
  if (pieces.length > MAX_PARTS + 1) return false;
  const short = (p: string) => p.split(/\s+/).length <= ITEM_WORDS;
  // (A piece after the first saying how the first is measured is no item: "how big is the civil
  // service in 2024, in number of civil-servant posts?"; "…, in departments, in sub-departments" are.)
  if (pieces.slice(1).some((p) => MEASURED_BY.test(fold(p).toLowerCase()))) return false;
  // ("Số A, B, C được duyệt … là bao nhiêu?": the list opened by "số", asked at its end, is one.)
  const last = pieces.length - 1;
  const opened = pieces.length >= 3 && NUMBER_OPENS.test(pieces[0]!) && !asksQuantity(pieces[0]!) && asksQuantity(pieces[last]!) && pieces.slice(0, -1).every(short);
  let at = opened ? last : -1;
  for (const [i, p] of pieces.entries()) {
    if (opened || !(namesQuantity(p) || asksQuantity(p))) continue;
    if (at >= 0) return false;
    at = i;
  }
  if (at < 0 && !countedBefore) return false;
  const shaped = opened || (at < 0 ? pieces.slice(0, -1).every(short) : at === 0 ? pieces.slice(1, -1).every(short) : at === last && pieces.slice(0, -1).every(short) && !SETTING.test(fold(pieces[0]!).toLowerCase()));
  // (Each piece names a thing: not "… so với | năm 2023", a year. Read last: each is a reading.)
  const names = (p: string) => readIntent(p, k.contentFolds, k.places).words.some((w) => !w.stop && !w.context && !/^\d/.test(w.fold));
  return shaped && pieces.every(names);
}

/**
 * "… quy định chức năng, nhiệm vụ cho bao nhiêu cơ quan và sửa đổi, bổ sung cho bao nhiêu …?": the
 * first clause alone nearly ties the two figures, the second names its own; two clauses exchange
 * their figures when each then fits its clause better on the whole.
 */
function swapWhereBetter(picks: CompiledFact[], shares: (Map<CompiledFact, number> | undefined)[]): void {
  for (let i = 0; i < picks.length; i++)
    for (let j = i + 1; j < picks.length; j++) {
      const [a, b] = [shares[i], shares[j]];
      if (!a || !b) continue;
      const now = (a.get(picks[i]!) ?? 0) / (topShare(a) || 1) + (b.get(picks[j]!) ?? 0) / (topShare(b) || 1);
      const swapped = (a.get(picks[j]!) ?? 0) / (topShare(a) || 1) + (b.get(picks[i]!) ?? 0) / (topShare(b) || 1);
      if (swapped > now + SWAP_MARGIN) [picks[i], picks[j]] = [picks[j]!, picks[i]!];
    }
}

const topShare = (m: Map<CompiledFact, number>) => Math.max(0, ...m.values());
/** How much better on the whole an exchange must fit: clear, not a rounding. */
const SWAP_MARGIN = 0.2;
