// question → Answer: read the message into a plan (what is measured, qualifiers, exclusions, the
// operation; plan.ts), continue the previous plan when the message only changes a slot
// (follow-up.ts), execute it over the ranked facts (execute.ts), and compose with citations.
// Whenever the facts cannot satisfy every slot of the plan, the assistant declines.
import { analyze, lexicon, type Word } from "./analyze.ts";
import type { Answer, AskOptions, Lang } from "./answer.ts";
import { ASKER, EACH_ASKED } from "./lexicon/intents.ts";
import { WIDER_SCOPES } from "./lexicon/places.ts";
import { composeAbstention, composeAnswer, type AbstainReason } from "./compose.ts";
import { readContext, writeContext } from "./context.ts";
import { unknownAgency } from "./agencies.ts";
import { asksNumberOrMonth, asksNumberWorded, asksReportItself, clockIn, identifierIn, namesDocument, namesNoNumberOrDate, reportNamedIn, reportNumberIn, type Identifier } from "./identifier.ts";
import { notTheFigureAsked, otherBodies, PEOPLE, peopleAskedOfThings, perThingAsked } from "./narrower.ts";
import { unknownBreakdown } from "./dimensions.ts";
import { changeFrom, changeStating, labelWords, ownLabelWords, partOfWhole, partsUnder, relationOf, sameWhole, statedPartOf, totalOver, wholeOf } from "./relations.ts";
import { MAX_EARLIER, MAX_PARTS, MAX_WORDS, resetWork, searchesForSecondReading, wordsRead } from "./budget.ts";
import { COUNTED_IN, LEVELS, type Measure } from "../../knowledge/vocabulary.ts";
import { changeBetween, isComputed, othersOf, type Item } from "./derive.ts";
import { asksTheChange, executeOperation, growthOfShare, levelLeftOutOfWhole, namedInOtherLabel, namedLeftOut, otherReadings, leftOfListLeftOut, peopleInPost, previousOfEachMeasure, previousSumOfMeasures, previousYear, sidesShare, withExclusion } from "./execute.ts";
import { BODY_NAMES, LEVEL_NOUNS } from "./lexicon/facets.ts";
import { CONTAINER_MEASURES, COUNTED_ONLY_MEASURES, PERSON_MEASURES } from "./lexicon/measures.ts";
import { STOPWORDS } from "./lexicon/stopwords.ts";
import { ARTICLES, containerCounted, measureCounted, measuresIn, measuresNamed, recipientsNamed } from "./measures-named.ts";
import { asCandidates, followUp, isShortMessage, operandsLeftOut, partOfPrevious, verbFirstAction } from "./follow-up.ts";
import { deniesAnAction, kindOnly, placesNamed, readIntent, someOfALevel, yearAsked, yearIsSubject, type Intent } from "./intent.ts";
import { knowledge, reportsLatestFirst, reportYears, scoped, strayYearsOf, type LoadedKnowledge } from "./kb.ts";
import { sameFacet, sameValues, sentenceBefore, type CompiledFact, type CompiledReport } from "./kb-types.ts";
import { baselineComparison, chooseReports } from "./reports.ts";
import { detectLang, languageShown } from "./lang.ts";
import { asQuestion, focus, withoutOperandsNamed, withoutRespectivelyInside } from "./message-focus.ts";
import { cleanText, fold, foldedAsRead, hasVietnameseMarks, oneSpelling, tokenize, type Token } from "./normalize.ts";
import { namesYearBefore, otherPeriod } from "./period.ts";
import { NUMBER_TOKEN, quotedNumbers } from "./numbers.ts";
import { allocatedAndCurrent, figuresAtLevels, itemsListed, levelsAsLevels, provinceNamedAsLevel } from "./operands.ts";
import { PhraseTable, positionsCovered } from "./phrase-table.ts";
import { asksOutOf, citesWhichDocument, namesOperation, rankingIntent, readPlan, timesAsked, type Operation, type Plan, type ReadPlan } from "./plan.ts";
import { ratioSides } from "./ratio-sides.ts";
import { withoutRemarks } from "./remarks.ts";
import { numberedList } from "./numbered-list.ts";
import { countedShare, facetsOf, GENERIC_COUNTERS, labelMeasures, search, unitOpeningSaid, type Candidate } from "./search.ts";
import { WEIGHTS } from "./weights.ts";
import { askingClauses, itemsOfOneSentence, POINTS_BACK_EN, severalFigures } from "./several.ts";
import { askingClause, asksQuantity, NUMBER_THEN_HEDGE } from "./question-forms.ts";
import { splitByFacet, splitByQuestion } from "./two-figures.ts";
import { bothSidesAsked, figuresOfSentence, figuresSummedUp, fits, fromDocument, isChange, sharesOfPlansNamed, withAskedSide } from "./asked-side.ts";

const VI_SMALL_TALK = /\b(cam on|chao|da|vang|alo|nha|nhe|a|ad)\b/;
/** A question longer than this is cut before analysis (the API refuses longer ones anyway). */
export const MAX_QUESTION_CHARS = 1000;
/** A word pointing at the figure just given, as a side asked of ("is that", "does this cover", "số đó", "con số ấy"). */
// (At the end of the message, "… is that?", "… does that cover?"; or "số đó", "con số ấy" before its
// verb: not "after that?", "That is fine.", "does that represent an improvement?".)
// (Nor "… what is that?", "what percentage is that?": the value asked again, not a share of it.)
// (On the message as typed, lower-cased: its words with their marks.)
const THAT_FIGURE = /(?:^|\s)(?<!\b(?:what|percent\w*|ratio|share|rate|figure|number|proportion)\s+)(?:is|was|does|did)\s+(?:that|this)(?:\s+(?:cover|represent|make up|account for|amount to)\w*)?[\s?.!]*$|(?<![\p{L}\p{M}])(?:số|con số|cái)\s+(?:đó|ấy|này)\s+(?:chiếm|bằng|là|ứng với)(?![\p{L}\p{M}])/u;

/** What executing a plan gave: figures to give, or a reason to decline. */
type Result =
  | { items: Item[]; op: Operation; readings?: boolean; suggestions?: CompiledFact[]; identifier?: Identifier; identifiers?: Identifier[]; gaps?: string[]; missed?: string[] }
  | { decline: AbstainReason; near?: Candidate[]; detail?: string };

function suggestionsFor(k: LoadedKnowledge, near: Candidate[]): CompiledFact[] {
  const picked: CompiledFact[] = [];
  for (const f of [...near.map((c) => c.fact), ...k.kb.facts.filter((f) => f.headline)]) {
    if (picked.length === 3) break;
    if (!picked.includes(f)) picked.push(f);
  }
  return picked;
}

/** The plan a result leaves for the next message: its operation, the stated facts it used, and the figures of the answers before. */
function planOf(r: Extract<Result, { items: Item[] }>, intent: Intent, before: Plan | undefined, lang: Lang): Plan {
  const stated: string[] = [];
  for (const x of r.items) for (const f of isComputed(x) ? x.operands : [x]) if (!stated.includes(f.id) && stated.length < 8) stated.push(f.id);
  const primary = r.items.find((x): x is CompiledFact => !isComputed(x));
  const uniq = (xs: { value: string }[]) => [...new Set(xs.map((x) => x.value))];
  // ("cộng lại là bao nhiêu?" after two answers adds the figure of each.)
  // (After readings, the figure asked before stays one of the answers before, though it comes back
  // among them: "Add the two together?" after the 89 self-checked and then the teams' 106 given
  // beside 23 and 89. Only its main figure: not its own readings.)
  // (A source asked restates the facts before: they stay readings if they were.)
  const readings = (r.op === "values" && r.readings === true) || (r.op === "cite" && before?.readings === true);
  // (Nor, of readings before, the alternatives: "cộng lại" after "bn Sở ban ngành?" (22, or the 9
  // district committees) and "còn chi cục?" adds 22 and 15.)
  const beforeIds = !before ? [] : readings || before.readings ? [before.facts[0]!, ...(before.earlier ?? [])] : [...before.facts, ...(before.earlier ?? [])];
  const earlier = [...new Set(beforeIds)].filter((id) => (readings ? id !== primary?.id : !stated.includes(id))).slice(0, MAX_EARLIER);
  // (The year asked, that "năm đó", "that year" name again.)
  const year = yearAsked(intent);
  return {
    op: r.op,
    slots: { level: uniq(intent.level), body: uniq(intent.body), action: uniq(intent.action), measure: primary?.measure, ...(year !== undefined ? { year } : {}) },
    facts: stated,
    ...(earlier.length ? { earlier } : {}),
    ...(readings ? { readings: true as const } : {}),
    lang,
  };
}

/** The conversation so far: the context token the message came with, and the plan it holds. */
type Before = { token: string; plan: Plan };

function render(k: LoadedKnowledge, r: Result, intent: Intent, lang: Lang, before: Before | undefined): Answer {
  if ("decline" in r) return composeAbstention(k, r.decline, lang, suggestionsFor(k, r.near ?? []), r.detail ?? "", before ? keptAfterRefusal(k, before, intent) : "");
  const answer = composeAnswer(k, r.items, lang, { suggestions: r.suggestions, readings: r.readings, identifier: r.identifier, identifiers: r.identifiers, context: writeContext(k, planOf(r, intent, before?.plan, lang)) });
  const notes = [
    ...(r.gaps?.length ? [clausesNote(answer, r.gaps, GAPS_NOTE[lang])] : []),
    ...(r.missed?.length ? [clausesNote(answer, r.missed, MISSED_NOTE[lang])] : []),
    ...impliedBodyNotes(r.items, intent, lang),
  ];
  return notes.reduce(withNote, answer);
}

/**
 * Of a figure given for a body the question names that its sentence does not (the report's text
 * implies it, `impliedBody`): a line saying so, so that no reply states as the report's what it only
 * implies ("Sở Tư pháp" of the 106 the inspection teams checked).
 */
function impliedBodyNotes(items: Item[], intent: Intent, lang: Lang): string[] {
  const named = new Set<string>(intent.body.map((h) => h.value));
  return items.flatMap((x) => {
    if (isComputed(x)) return [];
    const body = x.impliedBody.find((b) => named.has(b) && !(x.facets.body as string[]).includes(b));
    return body && !/\d/.test(x.label[lang]) ? [IMPLIED_NOTE[lang](x.label[lang], BODY_NAMES[body][lang])] : [];
  });
}

const IMPLIED_NOTE = {
  vi: (label: string, body: string) => `Câu của báo cáo về “${label}” không nêu cơ quan thực hiện; số liệu này được hiểu là của ${body} theo các câu liền trước.`,
  en: (label: string, body: string) => `The report's sentence for “${label}” does not say who did it; it is read as ${body}'s from the sentences before it.`,
} as const;

/** An answer with a line after its figures (its text and `note` alike). */
function withNote(answer: Answer, note: string): Answer {
  return { ...answer, text: `${answer.text}\n\n${note}`, note: answer.note ? `${answer.note}\n${note}` : note };
}

/**
 * What the reply says of clauses it gives no figure for: each as typed (without what lists or joins
 * it, and without quotes of its own), unless it holds a number no citation of the answer states whole
 * (every number a reply shows is backed: "22.531" backs no "531").
 */
function clausesNote(answer: Answer, clauses: string[], say: (what: string) => string): string {
  const cited = new Set(answer.citations.flatMap((c) => numbersIn(`${c.document} ${c.quote}`)));
  const named = clauses.map((g) => g.replace(GAP_LEAD, "").replace(/["“”'‘’]/gu, "").replace(/[\s.?!;,:]+$/u, "").trim());
  const shown = named.every((g) => g && numbersIn(g).every((d) => cited.has(d)));
  return say(shown ? named.map((g) => `“${g}”`).join("; ") : "");
}

/** A text's numbers as written ("22.531", "20/12/2024" is three), without their separators. */
const numbersIn = (text: string) => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((d) => d.replace(/[.,]/g, ""));

/** What opens a clause without naming what it asks: a list mark or bullet, a joining word. */
const GAP_LEAD = /^(?:\(?[a-e1-9][.)]\s*|[-•*–]\s*|(?:and|và|va|còn|con|also|as well|plus|đồng thời|dong thoi|kèm theo|kem theo)(?![\p{L}\p{M}])[\s,]*)+/iu;

const GAPS_NOTE = {
  vi: (what: string) => (what ? `Báo cáo không có số liệu cho: ${what}.` : "Báo cáo không có số liệu cho phần còn lại của câu hỏi."),
  en: (what: string) => (what ? `The report gives no figure for: ${what}.` : "The report gives no figure for the rest of the question."),
} as const;

/** Of a clause no figure was found for (the report may still hold one): said so, never dropped unsaid. */
const MISSED_NOTE = {
  vi: (what: string) => (what ? `Tôi chưa tìm được số liệu của báo cáo cho: ${what}; bạn có thể hỏi riêng phần này.` : "Tôi chưa tìm được số liệu của báo cáo cho phần còn lại của câu hỏi; bạn có thể hỏi riêng phần đó."),
  en: (what: string) => (what ? `I found no figure in the report for: ${what}; you may ask it on its own.` : "I found no figure in the report for the rest of the question; you may ask it on its own."),
} as const;

/** What is not X, left out ("các dự thảo không phải văn bản QPPL [ra]", "drafts that are not legal …"): X, as typed. */
const NOT_X = /(?<![\p{L}\p{M}])(?:không phải|khong phai|ko phai|k phai|chưa phải|chua phai|(?:that|which) (?:are|is|were|was) not)\s+(?:là\s+|la\s+)?(.+?)(?:\s+ra)?\s*$/iu;

/**
 * "Loại trừ các dự thảo không phải văn bản QPPL, … bao nhiêu dự thảo QPPL?": leaving out what is not
 * X keeps X only; when no figure is left by taking the left-out figure away, the main clause asked of X.
 */
function keptOnly(all: LoadedKnowledge, k: LoadedKnowledge, read: ReturnType<typeof readPlan>, intent: Intent): Result | null {
  const kept = read.excluded ? NOT_X.exec(read.excluded)?.[1] : undefined;
  if (!kept) return null;
  const only = `${read.main.replace(/^[\s,;:]+/, "").replace(/[\s?.!]+$/, "")} ${kept}?`;
  const r = answerText(all, only, readIntent(only, k.contentFolds, k.places, intent.lang));
  return "items" in r ? r : null;
}

export function ask(question: string, options: AskOptions = {}): Answer {
  return askWith(knowledge(), question, options);
}

/** `ask` over a given knowledge base (tests load one with more reports). */
/**
 * A question as every entry reads it: cleaned, cut to its limit, one spelling of words typed two ways,
 * and officials' shorthand written out ("&", "Chi cục & TĐ", "(tỷ lệ?)").
 */
export const typedQuestion = (question: string): string => {
  const text = eachAtEnd(oneSpelling(cleanText(question.replace(LINE_BREAK_UNMARKED, linesAsked)).slice(0, MAX_QUESTION_CHARS)).replace(EQUIVALENTS_SHORT, "$1 và tương đương").replace(EQUIVALENTS_INCLUDED, equivalentsNamed).replace(ASKING_BRACKET, askedInBracket));
  return text.includes("&") ? text.replace(AMPERSAND, detectLang(text) === "en" ? " and " : " và ") : text;
};
/**
 * A line break after a line with no mark, between two lines that are no list's items: read by
 * linesAsked. (Lists, "1. …⏎2. …", "- …⏎- …", keep their lines: numbered-list.ts.)
 */
const LINE_BREAK_UNMARKED = /^(?![ \t]*(?:[-•*–]|\d+[.)]|\(?(?:[a-z]|ii|iii|iv)\)))([^\n]*[\p{L}\p{M}\d%])[ \t]*\r?\n\s*(?=\p{L})(?!(?:[a-z]|ii|iii|iv)\)|[a-z]\.\s)/gimu;
/** Words that ask (folded); not "mấy" addressing people, "mấy bạn ơi", "cho hỏi mấy câu". */
const ASKING_WORD = String.raw`(?:bao nhieu|bn|may(?! (?:ban|ad|admin|bac|anh|chi|em|cau|co|chu|thay))|how many|how much)`;
/** A line that names something, then asks in its last two words ("vb qppl cap huyen ban hanh bn"; not "Tinh giao bao nhieu", "How many", nor "… hiện có bao⏎nhiêu"). */
const LINE_ENDS_ASKING = new RegExp(String.raw`^(?:\S+ ){3,}${ASKING_WORD}(?: \S+)?$`);
/**
 * Two lines that each ask, the first ending with no mark after naming what it asks ("vb qppl cap huyen
 * ban hanh bn⏎cap xa bn"): a comma, as chat parts its clauses; joined with a space, the two questions
 * read as one. (Not after a line that only names the topic, "Biên chế công chức⏎giảm bao nhiêu …?", nor
 * where a sentence wraps, "Tỉnh giao bao nhiêu⏎biên chế …?", "… hiện có bao⏎nhiêu": one question.)
 */
function linesAsked(lines: string, first: string, at: number, whole: string): string {
  const next = whole.slice(at + lines.length).split("\n")[0]!;
  return LINE_ENDS_ASKING.test(fold(first).toLowerCase().trim()) && asksQuantity(next) ? `${first}, ` : lines;
}
/**
 * A bracket asking a rate on its own ("… giảm bn (tỷ lệ?); …"), or the forms an answer takes, a
 * count and a rate ("giảm bao nhiêu (số lượng; %)", "thu bao nhiêu (số tiền; % dự toán)"): the
 * rate is a clause of its own, "…, tỷ lệ bao nhiêu", "…, bao nhiêu % dự toán"; the count is what
 * the clause before asks already.
 * (Not one narrowing the question, "bao nhiêu biên chế (công chức?)"; nor "(%)" alone, which says
 * the answer is a rate.)
 */
const ASKING_BRACKET =
  /\s*\(\s*(?:(?:số lượng|so luong|số tuyệt đối|so tuyet doi|số tiền|so tien|số|so|sl|giá trị|gia tri)\s*(?:[;,/+&]|và|va)\s*)?(tỷ lệ|tỉ lệ|ty le|ti le|%|phần trăm|phan tram|rate|percentage|share)((?:\s+[\p{L}\p{M}\d%]+){0,4}?)(?:\s+(?:là bao nhiêu|la bao nhieu|bao nhiêu|bao nhieu|bn)(?:\s*%)?)?\s*(\?)?\s*\)/giu;
function askedInBracket(bracket: string, rate: string, rest: string, asked: string | undefined, at: number, whole: string): string {
  const withCount = !/^\s*\(\s*(?:tỷ lệ|tỉ lệ|ty le|ti le|%|phần trăm|phan tram|rate|percentage|share)/iu.test(bracket);
  if (!withCount && !asked) return bracket;
  // (A count and a rate only after a clause asking a change, "giảm bao nhiêu (số lượng; %)", or a
  // rate of what it names, "(số tiền; % dự toán)": not "Thư điện tử cấp cho bao nhiêu người (số; tỷ
  // lệ)?", whose rate the report does not give, nor a bracket before the question, "Biên chế (số
  // lượng; %) giảm bao nhiêu?".)
  const clause = whole.slice(0, at).split(/[;:?!.]/).at(-1) ?? "";
  if (withCount && !(timesAsked(clause) > 0 && (CHANGE_ASKED.test(fold(clause).toLowerCase()) || rest.trim()))) return bracket;
  if (/^(?:rate|percentage|share)$/iu.test(rate)) return withCount ? bracket : `, ${rate}${rest}?`;
  return /^(?:%|phần trăm|phan tram)$/iu.test(rate) ? `, bao nhiêu %${rest}` : `, ${rate}${rest} bao nhiêu`;
}
/** A last clause saying only "each" ("…, mỗi cấp bao nhiêu?"), after a clause that asks already. */
const EACH_AT_END = new RegExp(String.raw`[,;]\s*(${EACH_ASKED.source.replace(/^\(\?<!\[\\p\{L\}\\p\{M\}\]\)/, "")})\s*(?:(?:là|la)\s+)?(?:bao nhiêu|bao nhieu|bn|mấy)?\s*(\?*)\s*$`, "iu");
/** "Cấp huyện và cấp xã ban hành bao nhiêu văn bản QPPL, mỗi cấp bao nhiêu?": each item of what the clause before asks. */
function eachAtEnd(text: string): string {
  const m = EACH_AT_END.exec(text);
  return m && timesAsked(text.slice(0, m.index)) > 0 ? `${text.slice(0, m.index)} ${m[1]}${m[2]}` : text;
}
/** A change asked (folded): "giảm", "tăng". */
const CHANGE_ASKED = /\b(?:giam|tang)\b/;
/** "&" between words is "và" ("and" in English): "departments & sub-departments". */
const AMPERSAND = /(?<=[\p{L}\p{M}])\s*&\s*(?=\p{L})/gu;
/** "Chi cục & TĐ", "Chi cục và TĐ": the report's "Chi cục và tương đương" ("TĐ" alone may be "thẩm định"). */
const EQUIVALENTS_SHORT = /((?<![\p{L}\p{M}])(?:cục|cuc))\s*(?:và|va|&|\+)\s*t[đd](?![\p{L}\p{M}])/giu;
/** "sub-departments (incl. equivalents)", "chi cục (kể cả tương đương)": the unit's own name, "… and equivalents". */
// (Between commas, both go: "sub-departments, including equivalents, were …"; typed without marks, "va".)
const EQUIVALENTS_INCLUDED = /\s*,\s*(?:incl\.?|including|kể cả|ke ca|bao gồm cả|bao gom ca)\s+(equivalents?|tương đương|tuong duong)(?:\s*,)?|\s*\(?\s*(?:incl\.?|including|kể cả|ke ca|bao gồm cả|bao gom ca)\s+(equivalents?|tương đương|tuong duong)(?:\s*\))?/giu;
const equivalentsNamed = (...m: string[]): string => {
  const what = m[1] ?? m[2] ?? "";
  const whole = m.at(-1)!;
  return /^equivalent/i.test(what) ? ` and ${what}` : hasVietnameseMarks(whole) ? ` và ${what}` : ` va ${what}`;
};

export function askWith(k: LoadedKnowledge, question: string, options: AskOptions = {}): Answer {
  resetWork();
  const typed = typedQuestion(question);
  // A message longer than is read (a greeting and reasons, then the question, 70 words): its asking
  // sentences are what is read.
  const long = typed.split(" ", MAX_WORDS + 1).length > MAX_WORDS ? focus(typed) : typed;
  const { text, unasked } = wordsRead(asQuestion(withoutOperandsNamed(withoutRespectivelyInside(long))), (w) => knownWord(k, w));
  const answer = answerRead(k, typed, text, options);
  // A message asking more figures than one reply gives: say the rest were not read, not drop them.
  // (Or listing more: "1. … 2. … 3. … 4. …", "cho tôi xin: số A, thuộc bao nhiêu B, số C và tỷ lệ D".)
  // (Some of them answered, some said to have no figure: "…, and the number of units approved" fourth.)
  const more = unasked || (numberedList(text)?.items.length ?? 0) > MAX_PARTS || (answer.facts.length >= 2 && askingClauses(text).length > MAX_PARTS);
  if (!more || !answer.answered) return answer;
  return withNote(answer, UNASKED[answer.lang]);
}

// In words, not digits: every number a reply shows is a figure backed by a citation.
const PARTS_IN_WORDS = { vi: ["", "một", "hai", "ba", "bốn"], en: ["", "one", "two", "three", "four"] } as const;
const UNASKED = {
  vi: `Mỗi câu hỏi tôi trả lời tối đa ${PARTS_IN_WORDS.vi[MAX_PARTS]} số liệu; bạn hãy hỏi tiếp các số liệu còn lại.`,
  en: `I answer at most ${PARTS_IN_WORDS.en[MAX_PARTS]} figures a question; please ask the others next.`,
} as const;

/**
 * The asking sentences read as a follow-up of the setting before them, when the setting alone is
 * answered by the figures it states itself ("Tỉnh hoàn thành 31/34 nhiệm vụ. Tỷ lệ hoàn thành?") and
 * they name nothing of their own.
 */
function settingContinued(k: LoadedKnowledge, text: string, focused: string, asked: Intent, lang: Lang): Extract<Result, { items: Item[] }> | undefined {
  // (Only a question naming nothing of its own but the document or month it asks, one clause, no
  // place: "Tỷ lệ giảm biên chế?", "Còn huyện A Lưới?", "Bãi bỏ bao nhiêu, một cửa bao nhiêu?" are
  // read as asked; "Theo văn bản nào?" asks of the setting's figure.)
  const ofDocument = asked.identifier && asksNumberOrMonth(asked);
  if ((readPlan(focused, asked).ownWords > 0 && !ofDocument) || asked.places.length || placesNamed(asked.raw, k.subPlaces).length || askingClauses(focused).length > 1) return undefined;
  const at = text.indexOf(focused);
  const setting = at > 0 ? text.slice(0, at).trim() : "";
  const told = quotedNumbers(setting);
  if (!told.length) return undefined;
  const settingIntent = readIntent(setting, k.contentFolds, k.places, lang);
  const before = answerText(k, setting, settingIntent);
  if (!("items" in before) || before.items.some((x) => isComputed(x) || x.value === null || !told.includes(x.value))) return undefined;
  const more = followUp(k, focused, asked, readPlan(focused, asked), planOf(before, settingIntent, undefined, lang));
  if (!more || !("items" in more) || (more.op === "cite" && !ofDocument)) return undefined;
  // (Of the level asked, a figure of it alone: "…; trong đó cấp huyện giảm bao nhiêu?" has none of the
  // districts apart, only of the province's agencies and the districts together.)
  const below = facetsOf(asked).level.filter((l) => l !== "tinh");
  const stated = more.items.flatMap((x) => (isComputed(x) ? x.operands : [x]));
  const ofLevel = (f: CompiledFact) => f.facets.level.length > 0 && (f.facets.level as string[]).every((l) => below.includes(l));
  return below.length && !stated.every(ofLevel) ? undefined : more;
}

/**
 * Clauses that each continue the conversation ("Giảm bao nhiêu so với năm 2023, tỷ lệ bao nhiêu?"
 * after the civil servants in post), read as that many messages in a row, each after the answer
 * before it: their figures together, or nothing when any clause is not such a follow-up.
 */
function clausesInARow(k: LoadedKnowledge, text: string, prev: Plan, lang: Lang): Extract<Result, { items: Item[] }> | undefined {
  const clauses = askingClauses(text);
  if (clauses.length < 2 || clauses.length > MAX_PARTS) return undefined;
  const items: Item[] = [];
  let before = prev;
  for (const clause of clauses) {
    const intent = readIntent(clause, k.contentFolds, k.places, lang);
    const r = followUp(k, clause, intent, readPlan(clause, intent), before);
    if (!r || !("items" in r) || r.op === "cite" || r.items.some((x) => items.includes(x))) return undefined;
    items.push(...r.items);
    before = planOf(r, intent, before, lang);
  }
  return { items, op: "values" };
}

/** Every figure given is a number the message states outside its asking sentences. */
function toldBefore(items: readonly { value: number | null }[], text: string, focused: string): boolean {
  const asked = new Set(quotedNumbers(focused));
  const told = new Set(quotedNumbers(text).filter((n) => !asked.has(n)));
  const values = items.flatMap((x) => (x.value === null ? [] : [x.value]));
  return values.length > 0 && values.every((v) => told.has(v));
}

function answerRead(k: LoadedKnowledge, typed: string, text: string, options: AskOptions): Answer {
  // A refusal keeps the conversation where it was: the previous context, when it is a valid one.
  const prev = readContext(k, options.context);
  // (A message too short to show its language, "source?", is in the conversation's.)
  const written = languageShown(text) ?? prev?.lang ?? "vi";
  // (In a conversation, "năm trước?", "last year?" name the year before as "năm 2023?" does; a remark
  // naming it, "Cảm ơn, năm ngoái mình cũng hỏi rồi", is still small talk.)
  const read0 = readIntent(text, k.contentFolds, k.places, written);
  const all = prev && !read0.smallTalk ? withThatYear(withYearBefore(k, read0), prev) : read0;
  const kept = prev ? { token: options.context!, plan: prev } : undefined;
  // Small talk is answered in Vietnamese unless it is plainly English ("thank you", not "ok cam on").
  const lang = options.lang ?? (all.smallTalk && VI_SMALL_TALK.test(fold(text).toLowerCase()) ? "vi" : written);
  // Nothing left once words no report uses are set aside: not a question about the reports.
  if (!text) return render(k, { decline: typed ? "out-of-scope" : "empty" }, all, lang, kept);
  // Attempts to steer the assistant count wherever they are in the message.
  if (all.injection) return render(k, { decline: "unsafe" }, all, lang, kept);

  const read = readPlan(text, all);
  // "báo cáo này số mấy?" after a figure: the report's number, the conversation staying on the figure.
  if (prev && asksReportItself(all)) {
    const own = render(k, answerText(k, text, all, read), all, lang, kept);
    return own.answered ? { ...own, context: kept!.token } : own;
  }
  // (The message read alone, when a follow-up's reading needed it first: read once.)
  let readAlone: Result | undefined;
  if (prev && !all.places.length && !placesNamed(all.raw, k.subPlaces).length) {
    const chained = clausesInARow(k, text, prev, written);
    if (chained) return render(k, chained, all, lang, kept);
    const more = followUp(k, text, all, read, prev);
    // ("Còn dự kiến chi tháng 12 bao nhiêu?" after the 11 months' spending: a period none of the
    // figures is of, as when asked alone.)
    const stated = more && "items" in more && more.op !== "cite" ? more.items.flatMap((x) => (isComputed(x) ? x.operands : [x])) : [];
    if (stated.length && stated.every((f) => otherPeriod(all, f))) return render(k, { decline: "other-period", near: asCandidates(stated), detail: stated[0]!.period[lang] }, all, lang, kept);
    // (Nor, of the conversation, a count of things asked which: "những nhiệm vụ chưa hoàn thành là nhiệm vụ gì?")
    if (more) return render(k, "items" in more ? (countOfWhichAsked(k, all, more) ?? more) : { decline: more.decline, near: more.near, detail: more.detail }, all, lang, kept);
    // A message naming no measure that alone fits figures of several (its readings: "Taking province,
    // district and commune together, what share did the communes account for?" after the communes'
    // documents) leans on the conversation, however long. (Not one alone declined: the report may
    // have no such figure, "chỉ tiêu tuyển dụng năm đó là bn người?".)
    if (!measuresNamed(all).length && !isShortMessage(all)) {
      const alone = (readAlone = answerText(k, text, all, read));
      const several = "items" in alone && alone.readings === true && new Set(alone.items.map((x) => (isComputed(x) ? undefined : x.measure))).size > 1;
      const leaning = several ? followUp(k, text, all, read, prev, true) : null;
      if (leaning && "items" in leaning) return render(k, leaning, all, lang, kept);
    }
    // "How many of those are for district-level procedures?" after the 759 workflows, read alone: a
    // figure that is neither some of the one just given the report states nor told in its sentence
    // is no part of it (the 100% received at one-stop desks of all levels).
    const before = partOfPrevious(all) ? k.byId.get(prev.facts[0] ?? "") : undefined;
    if (before) {
      const alone = (readAlone ??= answerText(k, text, all, read));
      const stated = "items" in alone ? alone.items.flatMap((x) => (isComputed(x) ? x.operands : [x])) : [];
      // (Unless an amount of another kind is asked that the figure is: "trong đó tiết kiệm bao nhiêu tiền
      // mỗi năm?" after the 62 procedures proposed for simplification asks their saving, no part of them.)
      const otherKindAsked = all.kind !== null && all.kind !== before.kind && stated.every((f) => f.kind === all.kind);
      if (!otherKindAsked && stated.length && stated.every((f) => f !== before && !statedPartOf(k, before, f) && f.quote !== before.quote)) {
        return render(k, { decline: "no-breakdown", detail: before.label[lang], near: asCandidates([before]) }, all, lang, kept);
      }
    }
    // "What share of all the province's officials and public employees does that cover?" after the
    // 14.970 email accounts, read alone: a share of "that", the figure just given, has it for a side;
    // a ratio of two other figures is no answer (was those in post over those allocated, 97,89%).
    const that = k.byId.get(prev.facts[0] ?? "");
    if (that && THAT_FIGURE.test(text.normalize("NFC").toLowerCase())) {
      const alone = (readAlone ??= answerText(k, text, all, read));
      const ratio = "items" in alone ? alone.items[0] : undefined;
      if (ratio && isComputed(ratio) && ratio.op === "ratio" && !ratio.operands.some((f) => prev.facts.includes(f.id))) {
        return render(k, { decline: "cannot-compute", detail: "", near: asCandidates([that]) }, all, lang, kept);
      }
    }
    // "Chi thì tăng bao nhiêu % so với cùng kỳ?" after revenue, read alone: about that verb's action.
    const verb = all.action.length ? undefined : verbFirstAction(all, k.byId.get(prev.facts[0] ?? ""));
    if (verb) {
      const asked = { ...all, action: [verb] };
      return render(k, answerText(k, text, asked, readPlan(text, asked)), asked, lang, kept);
    }
    // "còn tự kiểm tra vb của ubnd tỉnh?" after a figure, read alone: it asks a figure too, as the
    // question it continues did, not what the report says of the matter.
    if (read.continues && !all.quantitative && !all.identifier && prev.facts.some((id) => k.byId.get(id)?.value != null)) {
      const asked = { ...all, quantitative: true };
      return render(k, answerText(k, text, asked, read), asked, lang, kept);
    }
  }
  // "cấp xã thì sao?", "nguồn?" with nothing before it: they continue a question that was not asked.
  // (A message asking which report, "Which report are these figures from?", is answered by the report's own number.)
  // ("trích dẫn cho mình vb nào" likewise: no figure given to cite.)
  if (!prev && ((read.continues && read.ownWords === 0) || (read.cite && read.ownWords === 0 && !all.identifier) || citesWhichDocument(text))) return render(k, { decline: "out-of-scope" }, all, lang, kept);

  // The sentences that ask first; the whole message when they say too little on their own
  // ("Con tôi thi công chức năm 2024. Kỳ đó có bao nhiêu người đỗ?").
  const focused = focus(text);
  if (focused === text) {
    const r = readAlone ?? answerText(k, text, all, read);
    // "Sau rà soát đơn giản hóa, chi phí tuân thủ … cắt giảm bao nhiêu phần trăm?": a lead saying
    // after which work of the report's the figure came, in words the reports use, sets the scene;
    // the question after it is read alone when the whole message is not answered.
    // (Work its figures' own sentences, or the sentence right before them, tell of: not "Sau sáp nhập tỉnh, …".)
    const after = "items" in r || r.decline !== "out-of-scope" ? undefined : afterWorkDone(text);
    const rest = after && text.slice(after.lead.length);
    const restIntent = rest ? readIntent(rest, k.contentFolds, k.places, written) : undefined;
    const alone = restIntent && answerText(k, rest!, restIntent);
    if (alone && "items" in alone && alone.items.every((x) => (isComputed(x) ? x.operands : [x]).every((f) => toldOf(k, after!.work, f)))) return render(k, alone, restIntent!, lang, kept);
    const plain = "items" in r || (r.decline !== "out-of-scope" && r.decline !== "cannot-compute" && !widerScopeOnly(k, r, all)) ? undefined : withoutRemarksAnswered(k, text, written);
    return plain ? render(k, plain.result, plain.intent, lang, kept) : render(k, r, all, lang, kept);
  }
  // The year a heading or setting names ("Phương hướng năm 2025: … bao nhiêu nhiệm vụ?") is the asking sentence's, when it names none.
  const asked = readIntent(focused, k.contentFolds, k.places, written);
  const focusedIntent = asked.years.length || !all.years.length ? asked : { ...asked, years: all.years, baselineYears: all.baselineYears };
  // "Tỉnh hoàn thành 31/34 nhiệm vụ. Tỷ lệ hoàn thành?": a setting restating a figure of the report
  // is the question before; the asking sentence continues it as a follow-up would.
  if (!prev) {
    const continued = settingContinued(k, text, focused, focusedIntent, lang);
    if (continued) return render(k, continued, focusedIntent, lang, kept);
  }
  // ("For a story on the recruitment exam: how many passed?", "… em đang tìm hiểu về biên chế. Năm 2024 giao
  // bao nhiêu, hiện có bao nhiêu?": an asking sentence naming no thing of its own is about what the
  // sentences set aside name; the whole message is read first.)
  if (readPlan(focused, focusedIntent).ownWords === 0 && read.ownWords > 0) {
    const whole = answerText(k, text, all, read);
    if ("items" in whole) return render(k, whole, all, lang, kept);
  }
  const first = answerText(k, focused, focusedIntent);
  // (A remark may name an operation no figure fits: "…, nghe noi vuot du toan roi ha".)
  const plainFirst = "decline" in first && first.decline === "cannot-compute" ? withoutRemarksAnswered(k, focused, written) : undefined;
  if (plainFirst) return render(k, plainFirst.result, plainFirst.intent, lang, kept);
  const widerOnly = widerScopeOnly(k, first, focusedIntent);
  if ("items" in first || (first.decline !== "out-of-scope" && first.decline !== "small-talk" && !widerOnly)) return render(k, first, focusedIntent, lang, kept);
  const whole = answerText(k, text, all, read);
  // "Tỉnh tuyển được 16 công chức năm 2024. Còn viên chức thì …?": a figure the setting itself
  // states is what the asker knows, not the one the question after it asks.
  // (Not "… 16 công chức. Đúng không?": a confirmation asked is answered with the figure.)
  const asksAnother = focusedIntent.howMany || focusedIntent.quantitative;
  if ("items" in whole && !(asksAnother && toldBefore(whole.items, text, focused))) return render(k, whole, all, lang, kept);
  const plain = first.decline === "out-of-scope" || widerOnly ? withoutRemarksAnswered(k, focused, written) : undefined;
  return plain ? render(k, plain.result, plain.intent, lang, kept) : render(k, first, focusedIntent, lang, kept);
}

/**
 * Declined for wider scopes only that hold the province, the message naming the province itself ("a
 * newsletter about local government in Central Vietnam: how many civil-servant positions Thua Thien
 * Hue has"): a remark names them, read past. (Not a message that names only the wider scope, "em ôn
 * thi công chức toàn quốc, tuyển bao nhiêu người?"; nor another province.)
 */
const widerScopeOnly = (k: LoadedKnowledge, r: Result, intent: Intent): boolean =>
  "decline" in r && r.decline === "other-place" && intent.places.length > 0 && intent.places.every((p) => WIDER_SCOPES.includes(p)) && placesNamed(intent.raw, k.places).length > 0;

/**
 * "ad oi … bn linh vuc vay, e dang lam bai thu hoach lop boi duong, cam on ad": a message not answered
 * whole, read without its remarks (what someone said, who asks and why, courtesy: remarks.ts).
 */
function withoutRemarksAnswered(k: LoadedKnowledge, text: string, written: Lang): { result: Result; intent: Intent } | undefined {
  // (Not past one naming an agency, "ông hàng xóm bảo Sở Xây dựng, …", nor a number the asker states,
  // "e thấy ghi giảm 2,47%, …"; one someone said is theirs, "… bảo hơn 2 ngàn", however many.)
  // (Nor past one saying what the asker is writing or learning about, when that is some part of what the
  // report covers it does not give apart: "đang làm bài về ngành giáo dục", "I'm writing about teachers".)
  const bare = withoutRemarks(text, (clause, remark) => unknownAgency(k, clause) !== null || (remark === "asker" && (/\d/.test(clause) || topicApart(k, clause))));
  // (Nor when what is left points back at what a remark names, naming nothing measured itself: "The
  // director asked us about civil servant positions. How much did they fall?"; English only, "it hay
  // nhieu" is "ít".)
  // (Nor one continuing what the remark said: "Nghe loáng thoáng chi cân đối đạt 75% dự toán. Còn thu thì sao?")
  if (!bare || (written === "en" && POINTS_BACK_EN.test(bare) && !measuresNamed(readIntent(bare, k.contentFolds, k.places, written)).length)) return undefined;
  if (!asksQuantity(bare) && readPlan(bare, readIntent(bare, k.contentFolds, k.places, written)).continues) return undefined;
  searchesForSecondReading();
  // (What is left may open with an announcement, read past as in any message: "Em có hai câu hỏi: thứ nhất, …".)
  for (const asked of [...new Set([focus(bare), bare])]) {
    const intent = readIntent(asked, k.contentFolds, k.places, written);
    const result = answerText(k, asked, intent);
    if ("items" in result) return { result, intent };
  }
  return undefined;
}

/**
 * Does a remark name a topic ("… về ngành giáo dục", "writing about teachers", "for a story on commune
 * level") that is some part of what the reports cover: a level below the province, a place, or a word
 * no report uses (besides words of any piece of writing: "drive", "story")?
 */
function topicApart(k: LoadedKnowledge, clause: string): boolean {
  const m = TOPIC_OPENING.exec(clause);
  if (!m) return false;
  // (Up to what goes on about it, "… nên muốn có số liệu"; not a question of how, "about how the department …".)
  const named = clause.slice(m.index + m[0].length).split(TOPIC_ENDS)[0]!;
  if (HOW_TOPIC.test(named)) return false;
  const topic = readIntent(named, k.contentFolds, k.places);
  // (A wider scope that holds the province is no part apart: "local government in Central Vietnam".)
  if (facetsOf(topic).level.some((l) => l !== "tinh") || topic.places.some((p) => !WIDER_SCOPES.includes(p)) || placesNamed(topic.raw, k.subPlaces).length) return true;
  return topic.words.some((w) => !w.stop && !w.context && !k.contentFolds.has(w.fold) && !WRITING_WORDS.has(w.fold) && !WIDER_WORDS.has(w.fold));
}
/** The words of scopes wider than the province, folded: "Vietnam" is no word of a topic apart. */
const WIDER_WORDS: ReadonlySet<string> = new Set(WIDER_SCOPES.flatMap((p) => tokenize(p).map((t) => t.fold)));
/** What opens a topic ("về", "about", "on", "regarding"), as typed. */
const TOPIC_OPENING = /(?<![\p{L}\p{M}])(?:về|ve|about|on|regarding|concerning)\s+/iu;
/** Where a topic named ends: what the asker goes on to say of it. */
const TOPIC_ENDS = /(?<![\p{L}\p{M}])(?:nên|nen|để|de|vì|vi|and|that|which|so|to)(?![\p{L}\p{M}])/iu;
/** A topic that is a question of how or what ("about how …", "về cách …"). */
const HOW_TOPIC = /^\s*(?:how|what|why|which|whether|cách|cach|việc|viec|làm sao|lam sao)(?![\p{L}\p{M}])/iu;
/** Words of any piece of writing or campaign, as analyzed: no part of what is asked about. */
// ("red tape" is what the reform cuts: the report's subject, not a part of it.)
const WRITING_WORDS: ReadonlySet<string> = new Set(["driv", "drive", "campaign", "effort", "push", "progress", "result", "reform", "story", "piec", "piece", "articl", "topic", "work", "red", "tape", "bureaucraci", "bureaucracy"]);

/** "Sau rà soát …,", "Qua kiểm tra,", as typed: a lead saying after which work, up to its comma (not "Sáu …", "Quá …"). */
const AFTER_WORK = /^\s*(?:sau (?:khi |đợt |dot |quá trình |qua trinh )?|qua (?:công tác |cong tac |việc |viec |kết quả |ket qua )?)([^,.?!:;\d]{2,60}),\s*(?=\S)/i;
/** What remains after the work ("…, còn bao nhiêu …", "còn lại"), folded: the lead is what it is counted after. */
const REMAINS_AFTER = /^\W*con\b(?! so\b)|\bcon lai\b/;

/** A lead saying after which work the figure came, up to its comma, and the words naming the work. */
function afterWorkDone(text: string): { lead: string; work: string } | undefined {
  const m = AFTER_WORK.exec(text);
  return m && !REMAINS_AFTER.test(fold(text.slice(m[0].length)).toLowerCase()) ? { lead: m[0], work: m[1]! } : undefined;
}

/** Does a fact's sentence, or the one right before it, say every content word naming the work? */
function toldOf(k: LoadedKnowledge, work: string, f: CompiledFact): boolean {
  const before = k.kb.facts.find((x) => sentenceBefore(x, f));
  const told = new Set(tokenize(`${before?.quote ?? ""} ${f.quote}`).map((t) => t.fold));
  const words = tokenize(work).filter((t) => !/^\d/.test(t.fold));
  return words.length > 0 && words.every((t) => told.has(t.fold));
}

/** Does the part of a rate the message words say what is still to do ("nhiệm vụ chưa hoàn thành chiếm …")? */
function remainsOfPart(k: LoadedKnowledge, text: string): boolean {
  const part = ratioSides(text)?.part;
  return part !== undefined && readPlan(part, readIntent(part, k.contentFolds, k.places)).op === "remaining";
}

/** The district level as a whole: "các huyện, thị xã, thành phố Huế", "all districts", "…, including Hue city". */
const ALL_DISTRICTS = /\bhuyen,? (?:thi xa|tx)\b|\b(?:thi xa|tx),? (?:va )?(?:thanh pho|tp) hue\b|\b(all|the) districts\b|\bdistricts?,? (?:the )?towns?\b|\bincluding\b|\bke ca\b/;
/** …and, asked, the districts and Huế city together ("các huyện và thành phố Huế"), which a sentence may also name one by one. */
const ALL_DISTRICTS_ASKED = new RegExp(String.raw`${ALL_DISTRICTS.source}|\bcac huyen,? (?:va )?(?:thanh pho|tp) hue\b|\bdistricts,? and (?:the )?(?:hue city|city of hue)\b`);
/**
 * …or joined as chat types "và" ("cac huyen vs tp hue", "các huyện với thành phố Huế"), unless the
 * message sets them against each other ("so sánh …", "bên nào … hơn", "mỗi nơi").
 */
const ALL_DISTRICTS_WITH = /\bcac huyen,? (?:vs|voi|cung) (?:thanh pho|tp) hue\b/;
// (Against each other, not against another level: "…, ít hơn cấp xã bao nhiêu?" still joins them.)
const SETS_AGAINST = /\b(?:so sanh|ben nao|noi nao|moi noi|tung noi|versus|which)\b/;
const allDistrictsAsked = (folded: string) => ALL_DISTRICTS_ASKED.test(folded) || (ALL_DISTRICTS_WITH.test(folded) && !SETS_AGAINST.test(folded));

/** The intent with the year before the latest report's when the message names it without its number. */
function withYearBefore(k: LoadedKnowledge, intent: Intent): Intent {
  if (intent.years.length) return intent;
  if (!namesYearBefore(intent.raw)) return intent;
  const latest = Math.max(...[...reportYears(k)]);
  return Number.isFinite(latest) ? { ...intent, years: [latest - 1] } : intent;
}

/**
 * A refusal keeps the conversation where it was, but at the year the message asked: "năm đó" after
 * "Năm 2022 thì sao?", declined, is 2022, not the year answered before.
 */
function keptAfterRefusal(k: LoadedKnowledge, before: Before, intent: Intent): string {
  const year = yearAsked(intent);
  return year === undefined || year === before.plan.slots.year ? before.token : writeContext(k, { ...before.plan, slots: { ...before.plan.slots, year } });
}

/** "năm đó", "năm ấy", "that year", "the same year" (folded): the year the conversation is at. */
const THAT_YEAR = /\b(?:nam (?:do|ay)|(?:that|the same) year)\b/;
/** …after a word comparing with it or counting from it ("so với năm đó", "than that year", "từ năm đó"), folded. */
const SINCE_THAT_YEAR = /\b(?:so voi|than|sinc\w*|versus|vs|compar\w* (?:to|with)|tu|from)(?: the)? (?:nam (?:do|ay)|(?:that|the same) year)\b/;

/**
 * "Còn biên chế công chức năm đó?" after a figure of 2023: that year named again; as what is
 * compared with, "hiện có bao nhiêu, so với năm đó?", the year a change is since.
 */
function withThatYear(intent: Intent, prev: Plan): Intent {
  if (intent.years.length || prev.slots.year === undefined) return intent;
  const words = intent.raw.map((t) => t.fold).join(" ");
  if (!THAT_YEAR.test(words)) return intent;
  const year = prev.slots.year;
  return SINCE_THAT_YEAR.test(words) ? { ...intent, years: [year], baselineYears: [year] } : { ...intent, years: [year] };
}

/** A word some report's facts use (as a question's word is folded and stemmed). */
const knownWord = (k: LoadedKnowledge, word: string) => tokenize(word).every((t) => k.contentFolds.has(t.fold));


/** "What were …", "what is …" opening the words before an operation (folded): the list after it is asked. */
const WHAT_OF_LIST = /^(?:\S+ ){0,3}what (?:is|are|was|were)\b/;

/** "mấy" as typed with its marks. */
const HOW_MANY_MARKED = tokenize("mấy")[0]!.acc;
/** How many times words ask "bao nhiêu"/"how many", or "mấy" typed with its marks (folded, "may" may be another word). */
const timesAskedIn = (words: readonly Word[]): number => timesAsked(words.map((w) => w.fold).join(" ")) + words.filter((w) => w.acc === HOW_MANY_MARKED).length;

/** "lần lượt", "respectively" (folded): each item of the list before it is asked. */
const EACH_OF_LIST = /\b(?:lan luot|respectively)\b/;

/**
 * "… công bố bao nhiêu TTHC, bãi bỏ bao nhiêu, và số công bố nhiều hơn bao nhiêu?": each operand
 * asked before the operation is answered in the order asked, the computed figure last.
 */
function operandsAskedFirst(r: Result, intent: Intent, read: ReadPlan): Result {
  if (!("items" in r)) return r;
  const [computed, ...rest] = r.items;
  if (!computed || !isComputed(computed) || !computed.operands.every((o) => rest.includes(o))) return r;
  // (Two figures asked at least: "còn bao nhiêu nhiệm vụ chưa hoàn thành?" asks the computed figure
  // alone, its one "bao nhiêu" before the operation's words.)
  // (A year before the report's opens the operation of a previous year's value: "…; còn năm 2023?".)
  const yearAt = computed.op === "previous" ? intent.words.findIndex((w) => intent.years.some((y) => String(y) === w.fold)) : -1;
  const opensAt = read.operationWords.size ? Math.min(...read.operationWords) : yearAt;
  if (opensAt < 0) return r;
  const before = intent.words.slice(0, opensAt).map((w) => w.fold).join(" ");
  // (A list asked "lần lượt"/"respectively" asks each of its items: "Số TTHC … và số lĩnh vực lần
  // lượt là bao nhiêu; bình quân mỗi lĩnh vực có mấy TTHC?".)
  // (So does "What were A and B, …": each item of the list after it.)
  const asked = EACH_OF_LIST.test(before) ? computed.operands.length : WHAT_OF_LIST.test(before) ? Math.max(timesAsked(before), itemsListed(before)) : timesAskedIn(intent.words.slice(0, opensAt));
  if (asked < Math.max(2, computed.operands.length)) return someOperandAskedFirst(r, computed, rest, intent, opensAt, asked);
  // (In the order the message names their measures: "revenue … and spending …, and how much larger
  // was the spending?" gives the revenue first, whatever the order of the subtraction.)
  const named = measuresNamed(intent);
  const at = (x: Item) => (isComputed(x) || !x.measure || !named.includes(x.measure) ? named.length : named.indexOf(x.measure));
  // (Of one measure, where the message first names a level, body or action of it the other operands
  // lack: "HĐND tỉnh … bao nhiêu nghị quyết, UBND tỉnh … bao nhiêu quyết định, và số quyết định nhiều
  // hơn …" gives the council's 31 first, "Cấp huyện …, cấp xã …, cấp xã nhiều hơn …" the districts' 23.)
  const hits = [...intent.level, ...intent.body, ...intent.action].filter((h) => h.end <= opensAt);
  const saidAt = new Map(
    computed.operands.map((x) => {
      const others = computed.operands.filter((o) => o !== x);
      const own = (v: string) => (["level", "body", "action"] as const).some((d) => (x.facets[d] as string[]).includes(v) && others.every((o) => !(o.facets[d] as string[]).includes(v)));
      return [x as Item, Math.min(Infinity, ...hits.filter((h) => own(h.value)).map((h) => h.start))];
    }),
  );
  const bySaying = [...saidAt.values()].every((i) => i < Infinity);
  const said = (x: Item) => (bySaying ? (saidAt.get(x) ?? Infinity) : 0);
  return { ...r, items: [...rest.sort((a, b) => at(a) - at(b) || said(a) - said(b) || 0), computed] };
}

/**
 * "… hoàn thành bao nhiêu nhiệm vụ, và còn mấy nhiệm vụ chưa xong?", "Biên chế hiện có là bao nhiêu;
 * còn năm 2023?": an operand asked on its own before the operation is answered first, the computed
 * figure after it. (The one operand of the actions the words before name, or the only operand.)
 */
function someOperandAskedFirst(r: Result & { items: Item[] }, computed: Item & { operands: CompiledFact[] }, rest: Item[], intent: Intent, opensAt: number, asked: number): Result {
  // (Asked on its own: the message asks again after it, the computed figure. "còn bao nhiêu nhiệm
  // vụ chưa hoàn thành?" asks the computed figure alone.)
  if (asked !== 1 || timesAskedIn(intent.words) < 2) return r;
  const actions = intent.action.filter((h) => h.end <= opensAt).map((h) => h.value);
  const first = computed.operands.length === 1 ? computed.operands : actions.length ? computed.operands.filter((o) => actions.every((a) => (o.facets.action as string[]).includes(a))) : [];
  if (first.length !== 1) return r;
  return { ...r, items: [first[0]!, computed, ...rest.filter((x) => x !== first[0])] };
}

/** Question words asking some of a figure quoted (folded). */
const SOME_OF = String.raw`(?:how many|how much|what (?:share|percentage|proportion))`;
/**
 * "how many of the 62 …", "what share of the 125 …" (folded): some of a figure quoted are counted.
 * (Or "Of the 62 …, how many are …": "how many" with no noun of its own, not "Of the 62 procedures,
 * how many fields do they cover?", which asks another figure about them.)
 */
const OF_QUOTED = new RegExp(
  String.raw`\b${SOME_OF} of (?:the |these |those )?(\d[\d.,]*)(?!\s*%)|^(?:of|among|out of) (?:the |these |those )?(\d[\d.,]*)(?![\d.,]|\s*%)(?=.*\bhow many (?:are|were|is|was|have|has|had|did|do|does)\b)`,
);

/** "Trong số 1.117 TTHC …", "among the 62 …" (folded): what follows is counted among a figure quoted. */
const AMONG_QUOTED = /\b(?:trong(?: tong)?(?: so)?|among|out of|of)(?: the| these| those)? (\d[\d.,]*)(?![\d.,]|\s*%)/;

/**
 * The figure among the candidates whose number the message quotes where `pattern` finds it (its
 * first group that matched): "how many of the 62 …" (OF_QUOTED), "Trong số 1.117 TTHC …" (AMONG_QUOTED).
 */
function quotedFigure(pattern: RegExp, text: string, ranked: Candidate[]): CompiledFact | undefined {
  const m = pattern.exec(fold(text).toLowerCase());
  const value = m ? quotedNumbers(m.slice(1).find((g) => g !== undefined)!)[0] : undefined;
  return value === undefined ? undefined : ranked.find((c) => c.fact.value === value && c.fact.kind !== "percent")?.fact;
}

/** "Trong số …, ", "Among the …, ", "Of all the …, " opening a message (folded), not before a number. */
const AMONG_OPENING = /^(?:trong (?:tong )?so|trong cac|among|out of|of)(?: the| all(?: the)?| cac)? (?!\d)([^,;?]+),\s*(?=\S)/;

/** The figure the opening "Trong số X," names, when X alone names one clearly, and what follows it. */
function amongNamed(k: LoadedKnowledge, text: string): { fact: CompiledFact; rest: string } | undefined {
  const m = AMONG_OPENING.exec(fold(text).toLowerCase());
  if (!m) return undefined;
  const opening = text.slice(0, m[0].length).replace(/,\s*$/, "");
  const ranked = search(k, readIntent(opening, k.contentFolds, k.places));
  const [top, next] = ranked;
  return top && top.coverage >= WEIGHTS.minCoverage && (!next || next.score < WEIGHTS.clearSideRatio * top.score) ? { fact: top.fact, rest: text.slice(m[0].length) } : undefined;
}

/**
 * The one part of the figure the words after the opening set apart best: the most of the words its
 * label has and the whole's does not, half of them at least.
 */
function partSetApart(k: LoadedKnowledge, rest: string, whole: CompiledFact): CompiledFact | undefined {
  const said = new Set(analyze(rest).map((w) => w.fold));
  const share = (f: CompiledFact) => {
    const own = ownLabelWords(f, [whole]);
    return own.length ? own.filter((w) => said.has(w)).length / own.length : 0;
  };
  const parts = (partsUnder(k, whole)?.parts ?? []).map((id) => k.byId.get(id)!).map((f) => ({ f, s: share(f) })).sort((a, b) => b.s - a.s);
  return parts[0] && parts[0].s >= 0.5 && (!parts[1] || parts[1].s < parts[0].s) ? parts[0].f : undefined;
}

/** The actions a figure is of: its facets', and those its label says ("thực hiện" of the 172 tasks). */
function actionsOf(k: LoadedKnowledge, f: CompiledFact): string[] {
  return [...f.facets.action, ...facetsOf(readIntent(f.label.vi, k.contentFolds, k.places, "vi")).action, ...facetsOf(readIntent(f.label.en, k.contentFolds, k.places, "en")).action];
}

/**
 * What follows the opening asks more of the figure than it is: a level it is not of, or an action
 * it is not of ("hoàn thành" of the tasks "thực hiện"). The actions it asks, or null when it asks no more.
 */
function askedBeyond(k: LoadedKnowledge, rest: string, f: CompiledFact): { actions: string[] } | null {
  const asked = facetsOf(readIntent(rest, k.contentFolds, k.places));
  const has = actionsOf(k, f);
  const otherLevel = asked.level.some((v) => f.facets.level.length > 0 && !(f.facets.level as string[]).includes(v));
  return otherLevel || asked.action.some((a) => !has.includes(a)) ? { actions: asked.action } : null;
}

/**
 * Is every mention of the figure's value in the message a number of another measure ("04 [đoàn
 * kiểm tra]"), or of places ("ở 4 [địa phương]" of the 4 conclusions)?
 */
function quotedOfOtherMeasure(text: string, f: CompiledFact): boolean {
  const mentions = [...text.matchAll(NUMBER_TOKEN)].filter((m) => quotedNumbers(m[0]).includes(f.value!));
  return mentions.length > 0 && f.measure !== undefined && mentions.every((m) => {
    const rest = text.slice(m.index + m[0].length);
    const after = measuresIn(tokenize(rest).slice(0, MEASURE_AFTER).map((t) => t.fold).join(" "));
    if (after.length > 0) return !after.includes(f.measure!);
    return PLACES_COUNTED.test(fold(rest).toLowerCase()) && !PLACES_COUNTED.test(fold(f.unit?.vi ?? "").toLowerCase());
  });
}

/** Places a number counts right after it ("ở 4 [địa phương]", "in 4 [districts]"), folded: where, not what is counted. */
const PLACES_COUNTED = /^\s*(?:dia phuong|huyen|xa|localities|locality|districts?|communes?)\b/;
/** Words after a number within which the measure it counts is named. */
const MEASURE_AFTER = 3;

/** Words that restrict a question to one thing ("riêng", "chỉ riêng", "only", "alone"), folded. */
const ONE_ALONE = /\b(?:rieng|only|alone|solely|by itself)\b/;
/** Each fact's items counted together, as a table of their names as typed (item index as the value). */
const togetherTables = new WeakMap<CompiledFact, PhraseTable<string>>();
/**
 * Does the question ask one of the things a figure counts together, alone ("riêng …", "only …",
 * or the others left out: "(không tính một cửa)")? (By the items' names as typed: read, "officials"
 * is "cán bộ", yet "How many officials … during 2024 alone?" asks of them all.)
 */
function oneOfTogether(k: LoadedKnowledge, f: CompiledFact, intent: Intent, read: ReadPlan): boolean {
  let table = togetherTables.get(f);
  if (!table) togetherTables.set(f, (table = new PhraseTable(f.together!.flatMap((phrases, i) => phrases.map((p) => ({ phrase: tokenize(p), value: String(i) }))))));
  const items = (text: string) => new Set(table.findAll(tokenize(text)).map((h) => h.value));
  const alone = ONE_ALONE.exec(fold(read.main).toLowerCase());
  if (alone) {
    // (What follows "riêng": "Trong số TTHC một cửa, riêng cơ chế một cửa liên thông …" names the
    // whole first; and what it sets apart in its clause is a thing of the figure's, not "Riêng năm
    // 2024, …". Typed without marks, the message is read whole.)
    const rest = alone[0] === "rieng" && fold(read.main).length === read.main.length ? read.main.slice(alone.index) : undefined;
    if (rest !== undefined && !items(rest.split(/[,;:?]/)[0]!).size) return false;
    const named = items(rest ?? read.main);
    return named.size > 0 && named.size < f.together!.length;
  }
  // (Or what is left out is another of them: "một cửa liên thông (không tính một cửa)".)
  if (read.excluded === null) return false;
  const out = items(read.excluded);
  return out.size > 0 && [...items(read.main)].some((i) => !out.has(i));
}

/** Operations over several things named, each of its own body or level: not of one thing. */
const COMBINES_THINGS: ReadonlySet<string> = new Set(["sum", "difference", "others", "multiple"]);
/**
 * "Tỷ lệ hoàn thành các nhiệm vụ Chính phủ giao?": a figure worked out of one thing, or of a part and
 * its whole, from another body's things (the 31/34 of the province's own plan). Things added or
 * compared may each be another's: "… kế hoạch CCHC đã xong lẫn nhiệm vụ Chính phủ giao". A part the
 * report states of the whole beside it is that whole's: the committee's 94 of the 125 "do HĐND, UBND
 * tỉnh ban hành".
 */
const ofOtherBodies = (k: LoadedKnowledge, intent: Intent, items: readonly Item[]) => {
  const c = items[0];
  const partOfAnother = (o: CompiledFact) => c !== undefined && isComputed(c) && c.operands.some((w) => w !== o && totalOver(k, o)?.total === w.id);
  return c !== undefined && isComputed(c) && !COMBINES_THINGS.has(c.op) && c.operands.some((o) => otherBodies(intent, o) && !partOfAnother(o));
};
/** A figure worked out, unless it is of another body's things (above). */
const workedOut = (k: LoadedKnowledge, intent: Intent, items: Item[], op: Operation, ranked: Candidate[]): Result =>
  ofOtherBodies(k, intent, items) ? { decline: "out-of-scope", near: ranked.slice(0, 3) } : { items, op };

/** The answer to `text` (a message or the sentences of it that ask), read as `intent`. */
function answerText(all: LoadedKnowledge, text: string, intent: Intent, read = readPlan(text, intent)): Result {
  const r = operandsAskedFirst(withBaselineReport(all, answerPlan(all, text, intent, read), intent, read), intent, read);
  // ("Tỉnh hoàn thành bn/bn nhiệm vụ?": both sides of the fraction asked, the part and its whole.)
  const one = "items" in r && r.items.length === 1 && !isComputed(r.items[0]!) ? r.items[0] : undefined;
  const sides = one && bothSidesAsked(all, text, one);
  if (sides) return { items: sides, op: "values" };
  // "Kế hoạch số mấy?", "Quyết định số mấy?" ask a document's number: a count (the plan's 34 tasks,
  // the committee's 94 decisions) is no answer to them, only a number a statement names.
  // (Of a document named: "số mấy nhiệm vụ" asks a count; nor of a figure the question quotes, "Kế hoạch
  // nào có 34 nhiệm vụ?" is answered by its sentence.)
  const ofDocument = "items" in r && !r.identifier && !r.identifiers && intent.identifier && !intent.howMany && namesDocument(intent);
  if (ofDocument && asksNumberOrMonth(intent) && r.items.every((x) => (isComputed(x) || x.value !== null) && !quotedNumbers(text).includes(x.value ?? Number.NaN))) {
    return { decline: "out-of-scope", near: asCandidates(r.items.flatMap((x) => (isComputed(x) ? x.operands : [x]))) };
  }
  // (Nor the sentence telling of it that names no number and no date: "Chỉ thị đẩy nhanh quyết toán
  // NSNN … số mấy, ban hành ngày nào?" has neither in the report, which only says a directive was issued.)
  // (Asked in so many words: "What decisions … did the committee issue?" asks which, a description.)
  if (ofDocument && asksNumberWorded(intent) && r.items.every((x) => !isComputed(x) && x.kind === "statement" && namesNoNumberOrDate(x.quote))) {
    return { decline: "no-figure", near: asCandidates(r.items as CompiledFact[]), detail: (r.items[0] as CompiledFact).label[intent.lang] };
  }
  // "Tỉnh chi bao nhiêu tiền cho công tác cải cách hành chính?": money asked, which a count of things
  // (the 214 agencies in the contest) is not, whatever path found it.
  // (Asked in so many words: unmarked "tien do" is "tiến độ", the schedule.)
  if (intent.kind === "money" && MONEY_ASKED.test(fold(text).toLowerCase()) && "items" in r && r.items.every((x) => !isComputed(x) && x.kind === "count")) {
    return { decline: "out-of-scope", near: asCandidates(r.items as CompiledFact[]) };
  }
  const which = countOfWhichAsked(all, intent, r);
  if (which) return which;
  // A figure the message leaves out by its number ("không tính 22 Sở ban ngành") is never given as
  // an answer, whatever path found it: a reading that gives it has not left it out, so no figure.
  // (The operands of a figure computed without it are cited: "332 − 203 = 129" cites the 203.)
  if (read.excluded === null || !("items" in r)) return r;
  const out = quotedNumbers(read.excluded);
  const operands = new Set(r.items.flatMap((x) => (isComputed(x) ? x.operands : [])));
  // (A number left out beside a unit names a figure in that unit: "Ngoài 04 Đoàn kiểm tra" leaves
  // out the 4 teams, not the 4 conclusions.)
  const outTokens = tokenize(read.excluded);
  const outWords = new Set(outTokens.map((t) => t.fold));
  const unitWords = (x: CompiledFact) => [x.unit?.vi, x.unit?.en].map((u) => tokenize(u ?? "")).filter((u) => u.length > 0);
  const inUnit = (x: CompiledFact) => !/[\p{L}]/u.test(read.excluded!) || unitWords(x).some((u) => u.every((t) => outWords.has(t.fold)));
  // (Or beside an item naming it, "09 UBND cấp huyện" of the 9 "đơn vị UBND cấp huyện".)
  const given = r.items.some((x) => !isComputed(x) && !operands.has(x) && x.value !== null && out.includes(x.value) && (inUnit(x) || namedLeftOut(all, read.excluded!, x)));
  // Nor one counted in what the message leaves out, named as a count and nothing more ("…, tính số
  // đơn vị, không phải số người": no figure of people).
  // (Each of the things so named: "Not the number of teams or conclusions, only …" gives no teams.)
  const plain = (tokens: Token[]) => tokens.map((t) => t.fold).filter((w) => !COUNT_FILLERS.has(w));
  const [first, ...rest] = plain(outTokens);
  const named = rest.join(" ").split(/ (?:or|and|hay|hoac|va) /).map((item) => item.split(" ").filter(Boolean)).filter((item) => item.length > 0);
  const counted = (x: CompiledFact) => unitWords(x).some((u) => named.some((item) => item.every((w) => plain(u).includes(w))));
  const inLeftOutUnit = !out.length && COUNT_WORDS.has(first ?? "") && named.length > 0 && r.items.every((x) => !isComputed(x) && x.kind === "count" && counted(x));
  if (inLeftOutUnit) return { decline: "out-of-scope", near: asCandidates(r.items as CompiledFact[]) };
  // (Readings of measures the message leaves out are none of its: "Không tính công chức, có bao nhiêu
  // người hưởng lương nhà nước?" is the public service units' people alone, not the civil servants too.)
  // (Or of the action it leaves out, "k tính số người đang có mặt, chỉ hỏi số … giao": those in post.)
  if (r.readings) {
    const outMeasures = measuresLeftOut(all, read.excluded, intent.lang);
    const outActions = facetsOf(readIntent(read.excluded, all.contentFolds, all.places, intent.lang)).action;
    const actedOut = (x: CompiledFact) => outActions.length > 0 && outActions.every((a) => (x.facets.action as string[]).includes(a));
    // (A measure left out with an action of its own is only some of it: "không tính công chức mới tuyển"
    // leaves out the 16 recruited, not the 1.895 in post.)
    const measureOut = (x: CompiledFact) => !outActions.length && [x.measure ?? "", ...labelMeasures(x, intent.lang)].some((m) => outMeasures.includes(m));
    const kept = r.items.filter((x) => isComputed(x) || (!measureOut(x) && !actedOut(x)));
    if (kept.length > 0 && kept.length < r.items.length) return kept.length === 1 ? { items: kept, op: "value" } : { ...r, items: kept };
  }
  // (Nor one an item left out names by its unit: "Không kể Sở ban ngành, Chi cục, UBND cấp huyện và đơn vị
  // sự nghiệp thì còn bao nhiêu?" is no 9 district committees.)
  const namedOut = r.items.some((x) => !isComputed(x) && !operands.has(x) && namedLeftOut(all, read.excluded!, x));
  return given || namedOut ? { decline: "cannot-compute", near: [] } : r;
}

/**
 * "Những nhiệm vụ chưa hoàn thành là nhiệm vụ nào?" asks which they are, not how many: a count
 * (stated or worked out) is no answer; the report counts them without naming them.
 */
function countOfWhichAsked(k: LoadedKnowledge, intent: Intent, r: Result): Result | undefined {
  if (!("items" in r) || r.op === "cite") return undefined;
  const thing = whichThing(intent);
  const of = thing ? r.items.flatMap((x) => (isComputed(x) ? x.operands : [x])) : [];
  return of.length && of.every((f) => f.kind === "count" && unitHas(f, thing!) && !namesThemByPlace(k, f)) ? { decline: "no-breakdown", near: asCandidates(of), detail: of[0]!.label[intent.lang] } : undefined;
}

/**
 * The thing of which the message asks which ones, without any word of a quantity: the word before
 * "nào" or "gì", or after "which" (folded, abbreviations spelled out: "nv nào", "nhiệm vụ gì");
 * undefined when it asks none. (Not "thế nào" (how), "là gì" (what is), nor "what are the figures",
 * "liệt kê số …", which ask figures.)
 */
function whichThing(intent: Intent): string | undefined {
  if (!intent.listing || intent.quantitative || intent.howMany || intent.identifier || intent.kind !== null) return undefined;
  // (Not a hedge after a number: "… hơn 170 thủ tục gì đó", question-forms.ts.)
  const m = WHICH_ONES.exec(intent.words.map((t) => t.fold).join(" ").replace(NUMBER_THEN_HEDGE, "$1"));
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}
const WHICH_ONES = /\b(?:(?!the\b|sao\b)([a-z]+) nao|(?!la\b|cai\b|de\b|lam\b)([a-z]+) gi|which ([a-z]+))\b/;
/** The figure's own sentence names them by the places they are of ("04 Kết luận … các huyện Nam Đông, A Lưới, Phong Điền và thành phố Huế"). */
const namesThemByPlace = (k: LoadedKnowledge, f: CompiledFact): boolean => placesNamed(tokenize(f.quote), k.subPlaces).length >= 2;
/** The figure counts the thing named ("nhiệm vụ nào" of tasks; not "Which Department …" of the drafts it appraised). */
const unitHas = (f: CompiledFact, word: string): boolean =>
  THINGS.has(word) || [f.unit?.vi, f.unit?.en].some((u) => tokenize(u ?? "").some((t) => t.fold === word || t.fold === word.replace(/s$/, "")));
/** Words for any thing counted ("3 nhiệm vụ chưa hoàn thành là những việc gì?"), folded. */
const THINGS: ReadonlySet<string> = new Set(["việc", "thứ", "things", "ones"].map(foldedAsRead));

/** Words naming a count of something ("số người", "the number of people"), folded. */
const COUNT_WORDS = new Set(["so", "number"]);
/** Words around a count's noun that say nothing of it ("the number of people"), folded. */
const COUNT_FILLERS = new Set(["the", "of", "a"]);

/**
 * The sum the main clause asks, read with what is left out:
 * - of some items of a sentence, the others left out: "Không tính UBND cấp huyện và các đơn vị sự
 *   nghiệp, số Sở ban ngành cộng với Chi cục … là bao nhiêu?" is 22 + 15, what is left out naming the
 *   other items of their sentence by their unit (not a kind or part the report does not give of
 *   them: "Không tính nghị quyết, tổng số văn bản QPPL cấp huyện và cấp xã" is no 92);
 * - less the operands what is left out names by their unit or level alone: "không tính UBND cấp
 *   huyện thì tổng số cơ quan hành chính được duyệt đề án VTVL?" is 22 + 15 of the 22 + 15 + 9 (not
 *   one the main clause names itself, "Không tính Chi cục, số Sở ban ngành cộng với Chi cục …":
 *   asked and left out, no sum).
 */
function sumWithoutLeftOut(all: LoadedKnowledge, k: LoadedKnowledge, read: ReadPlan, mainIntent: Intent): Result | null {
  if (read.op !== "sum" || read.excluded === null) return null;
  const alone = answerText(all, read.main, mainIntent);
  const sum = "items" in alone ? alone.items[0] : undefined;
  if (!sum || !isComputed(sum) || sum.op !== "sum") return null;
  const said = ` ${tokenize(read.excluded).map((t) => t.fold).join(" ")} `;
  const siblings = k.kb.facts.filter((f) => f.quote === sum.operands[0]!.quote && f.kind === "count" && !sum.operands.includes(f));
  if (!sum.operands.some((o) => unitOpeningSaid(said, o)) && siblings.some((f) => unitOpeningSaid(said, f))) return alone;
  const main = ` ${tokenize(read.main).map((t) => t.fold).join(" ")} `;
  const left = operandsLeftOut(k, read.excluded, sum.operands, mainIntent.lang);
  return left && !sum.operands.some((o) => !left.operands.includes(o) && unitOpeningSaid(main, o)) ? left : null;
}

/** Actions that change an amount ("giảm", "tiết kiệm"): a figure of one beside another is the change asked. */
const CHANGE_ACTIONS: ReadonlySet<string> = new Set(["giam", "tiet-kiem"]);

/**
 * "Không tính cấp xã thì ban hành bao nhiêu văn bản QPPL?": of a figure the report gives at each level,
 * those of the levels left (125 and 23), not one of them, when the main clause asks nothing but that
 * figure: no level, body or other action of its own, no word its label lacks ("… thì HĐND ban hành …",
 * "… trong tháng 12" are no such figures). (A total asked, "tổng cộng", adds them: sumWithoutLeftOut.)
 */
function levelsLeftOf(k: LoadedKnowledge, stated: CompiledFact, main: Intent, out: readonly string[]): CompiledFact[] | undefined {
  if (main.level.length || main.body.length || !main.action.every((h) => (stated.facets.action as string[]).includes(h.value))) return undefined;
  const said = labelWords(`${stated.label.vi} ${stated.label.en} ${stated.unit?.vi ?? ""}`);
  const facetAt = positionsCovered(main.action);
  if (!main.words.every((w, i) => w.stop || w.context || facetAt.has(i) || said.has(w.fold))) return undefined;
  const left = figuresAtLevels(k, stated, LEVELS)?.filter((f) => !out.includes(f.facets.level[0]!));
  return left && left.length >= 2 && left.includes(stated) ? left : undefined;
}

/** Words saying only that a part belongs to something ("under", "thuộc"), folded: a level alone after them says where, not what it belongs to. */
const BELONGING: ReadonlySet<string> = new Set(["under", "thuoc", "belong", "belonging"]);
/**
 * Readings of a part and of the whole it is of, the part first for a word of its label saying only
 * that it belongs somewhere: "public service units under the province" names a level after "under",
 * not the specialised agencies the 117 are under, so the 128 of the province come first. (What it
 * belongs to, named, keeps the part first: "under provincial departments", "thuộc UBND tỉnh".)
 */
function wholeFirst(k: LoadedKnowledge, intent: Intent, readings: CompiledFact[]): CompiledFact[] {
  const [first, ...rest] = readings;
  const whole = rest.find((o) => partsUnder(k, o)?.parts.includes(first!.id));
  if (!first || !whole) return readings;
  const at = intent.words.findIndex((w) => BELONGING.has(w.fold));
  if (at < 0) return readings;
  // (The words right after it, up to the next function word past them, all of a level the question names.)
  const after: number[] = [];
  for (let i = at + 1; i < intent.words.length; i++) {
    const w = intent.words[i]!;
    if (w.stop || ARTICLES.has(w.fold)) {
      if (after.length) break;
      continue;
    }
    after.push(i);
  }
  const levelAt = positionsCovered(intent.level);
  const said = new Set(intent.words.filter((w) => !w.stop).map((w) => w.fold));
  const apart = ownLabelWords(first, [whole]).filter((w) => !BELONGING.has(w));
  return after.length && after.every((i) => levelAt.has(i)) && !apart.some((w) => said.has(w)) ? [whole, first, ...rest.filter((o) => o !== whole)] : readings;
}

/** What joins a last clause to the one before it, left at the end once that clause is cut: ", và", "and". */
const JOINER_AT_END = /[\s,;]*(?:(?:và|va|còn|con|and|as well as)[\s,;]*)?$/iu;

/**
 * "per agency", "mỗi đơn vị" (as typed: unmarked "moi" is as often "mới", "mọi"): a count asked of
 * each of something. ("Bình quân", "average" are read as the average operation by the plan.)
 */
const PER_SOMETHING = /(?<![\p{L}\p{M}])(?:per|each|mỗi)(?![\p{L}\p{M}])/iu;

function answerPlan(all: LoadedKnowledge, text: string, intent: Intent, read: ReadPlan): Result {
  if (intent.smallTalk) return { decline: "small-talk", detail: intent.smallTalkKind };
  // "Không kể số dự thảo QPPL mà kể tổng số dự thảo …": a contrast asking a total instead is the question
  // that follows it, nothing left out (plan.ts).
  if (read.excluded === null && read.main !== text) return answerText(all, read.main, readIntent(read.main, all.contentFolds, all.places, intent.lang));
  // "Không cần tỷ lệ, cho mình con số thu ngân sách": a kind left out rules it out, nothing is subtracted.
  const leftOutKind = read.excluded === null ? null : kindOnly(read.excluded);
  if (leftOutKind) {
    const main = { ...readIntent(read.main, all.contentFolds, all.places, intent.lang), notKind: leftOutKind };
    return answerText(all, read.main, main.kind === leftOutKind ? { ...main, kind: null } : main);
  }
  // "Năm ngoái giao bao nhiêu biên chế?": the year before the latest report's, named without its
  // number, is the year asked (its report answers when there is one; otherwise declined below).
  intent = withYearBefore(all, intent);
  // The year(s) named choose the report(s); two years two reports cover are compared.
  const choice = chooseReports(all, intent);
  if (choice.compare && !intent.places.length) return acrossYears(all, rankingIntent(intent, read), choice.compare.newer, choice.compare.older);
  const k = scoped(all, choice.reports);
  const ranked = withAskedSide(k, intent, read, fromDocument(k, text, search(k, rankingIntent(intent, read))));
  if (intent.places.length) return { decline: "other-place", near: ranked.slice(0, 3), detail: intent.places.join(", ") };
  // "Sở Nội vụ …" when the reports only speak of the Sở Tư pháp: another department's figure is not it.
  const agency = unknownAgency(k, text.replace(ASKER, " "));
  if (agency) return { decline: "out-of-scope", near: ranked.slice(0, 3), detail: agency };
  // "trong đó bao nhiêu nữ?": a group no report breaks its figures down by.
  if (unknownBreakdown(k, intent, text)) {
    const top = ranked[0];
    return top && top.coverage >= WEIGHTS.minCoverage ? { decline: "no-breakdown", near: ranked.slice(0, 3), detail: top.fact.label[intent.lang] } : { decline: "out-of-scope", near: ranked.slice(0, 3) };
  }

  // "Bao nhiêu TTHC không bị bãi bỏ?", "How many drafts were not appraised?": the report gives
  // those the action was done to, not the others. (What remains of a plan, "chưa hoàn thành", is
  // its own operation.)
  if ((read.op === "value" || read.op === "values") && read.excluded === null && deniesAnAction(intent, text)) return { decline: "out-of-scope", near: ranked.slice(0, 3) };

  // "Riêng cơ chế một cửa liên thông có bao nhiêu TTHC?" of the 2.071 the report gives for the one-stop
  // and inter-agency one-stop mechanisms together: no figure of one alone. (Not when the best figure
  // is another of its measure, by another action: "Only the public service units: how many people
  // are working there now, not the allocated number?" is the 22.056 in post, not the 22.531 given.)
  // (Only in a message asking one thing: "Riêng một cửa liên thông thì bao nhiêu thủ tục, và tỷ lệ …?"
  // asks the joint count as well as the rate ranked first.)
  const top = ranked[0]?.fact;
  const sibling = (f: CompiledFact) => top !== undefined && top !== f && top.measure === f.measure && !sameFacet(top, f, "action") && (top.kind === f.kind || askingClauses(text).length < 2);
  const joint = ranked.slice(0, 3).find((c) => c.coverage >= WEIGHTS.minCoverage && c.fact.together && !sibling(c.fact));
  if (joint && oneOfTogether(k, joint.fact, intent, read)) return { decline: "no-breakdown", near: ranked.slice(0, 3), detail: joint.fact.label[intent.lang] };

  // "Báo cáo số mấy?": the number of the (latest) report asked about.
  const report = reportsLatestFirst(k.kb).find((r) => !k.scope || k.scope.has(r.id));
  const own = intent.identifier && report ? reportNumberIn(intent, report, k.kb.facts.filter((f) => f.reportId === report.id)) : null;
  if (own) return { items: [own.fact], op: "value", identifier: own.identifier };
  // "Báo cáo này ban hành ngày nào?", "Who issued the report?": the sentence naming the report, its date and issuer.
  const itself = report ? reportNamedIn(intent, report, k.kb.facts.filter((f) => f.reportId === report.id)) : null;
  if (itself) return { items: [itself], op: "value" };

  const best = ranked[0];
  // "Mỗi đoàn kiểm tra bao nhiêu văn bản?", "each district": a figure of each of several things, which
  // a total over them all is not (the 106 documents the four teams checked together). Asked as an
  // average ("bình quân mỗi đoàn"), it is worked out below; a figure per year is stated as such.
  // (Of a message asking that alone: among other clauses, the others are still answered.)
  if (best && read.op === "value" && best.fact.kind === "count" && best.coverage >= WEIGHTS.minCoverage && perThingAsked(read.main) && askingClauses(text).length < 2 && !/\//.test(`${best.fact.unit?.vi ?? ""}${best.fact.unit?.en ?? ""}`)) {
    return { decline: "no-breakdown", near: ranked.slice(0, 3), detail: best.fact.label[intent.lang] };
  }
  // "Chi ngân sách cho chuyển đổi số bao nhiêu?", "spend … on administrative reform activities": spending
  // on a purpose its sentence does not name, of which the report gives the total only.
  if (best && read.op === "value" && best.coverage >= WEIGHTS.minCoverage && askingClauses(text).length < 2 && spentOnOther(text, best.fact)) {
    return { decline: "no-breakdown", near: ranked.slice(0, 3), detail: best.fact.label[intent.lang] };
  }
  // "Có bao nhiêu người ở UBND cấp huyện?": people counted, which a count of things (the 9 committees
  // whose schemes were approved) is not. (Of a message asking that alone: each clause is read on its own.
  // Nor of one leaving people out: "Not the number of contestants, but how many agencies …".)
  if (best && read.op === "value" && read.excluded === null && best.coverage >= WEIGHTS.minCoverage && peopleAskedOfThings(intent, best.fact) && askingClauses(text).length < 2) {
    return { decline: "out-of-scope", near: ranked.slice(0, 3) };
  }
  // "huyện A Lưới": only a figure whose sentence names just the places asked, not a total over more.
  // (Named within "các huyện, thị xã, thành phố Huế", a place is one of all the districts: the
  // question is about them all, and a sentence so naming it is not about that place alone.)
  const parts = allDistrictsAsked(fold(text).toLowerCase()) ? [] : placesNamed(intent.raw, k.subPlaces);
  const aboutParts = (f: CompiledFact) => !parts.length || (sameValues(parts, placesNamed(tokenize(f.quote), k.subPlaces)) && !ALL_DISTRICTS.test(fold(f.quote).toLowerCase()));
  if (parts.length && !(best && aboutParts(best.fact))) {
    const known = best && best.coverage >= WEIGHTS.minCoverage;
    return { decline: known ? "no-breakdown" : "out-of-scope", near: ranked.slice(0, 3), detail: best?.fact.label[intent.lang] };
  }
  const knownYears = reportYears(k);
  // A year the reports do not cover is fine as a baseline ("giảm so với năm 2023"), or when the
  // best fact is about that year itself (rankings of 2023 published in 2024). A value in that year
  // is computed when the report states the change since it; otherwise the question is declined.
  const reportYear = Math.max(...[...knownYears]);
  // (Each time a year is named: "so với năm 2023 …, năm 2023 bao nhiêu?" names it as the baseline
  // once, and asks its figure once.)
  const baselines = [...intent.baselineYears];
  const asBaseline = (y: number) => baselines.includes(y) && baselines.splice(baselines.indexOf(y), 1).length > 0;
  const strayYears = [...new Set(intent.years.filter((y) => !asBaseline(y) && !knownYears.has(y) && !(best && yearIsSubject(best.fact.quote, y))))];
  // "giảm bao nhiêu so với năm 2022?" when the report states the fall since 2023: another baseline.
  const since = best && changeStating(k, best.fact);
  // ("… đạt bao nhiêu % so với năm 2022?" of shares of the plan and of the same period of 2023: no
  // figure compares with 2022.)
  const otherBaseline = since
    ? intent.baselineYears.filter((y) => y !== since.baselineYear && !knownYears.has(y))
    : intent.baselineYears.filter((y) => !knownYears.has(y) && y !== reportYear - 1 && !(best && best.fact.quote.includes(String(y))));
  if (otherBaseline.length) return { decline: "other-year", near: ranked.slice(0, 3), detail: otherBaseline.join(", ") };
  if (strayYears.length) {
    // (Of several measures added: "năm 2023, biên chế công chức cộng với người làm việc".)
    const both = strayYears.length === 1 && read.op === "sum" ? previousSumOfMeasures(k, intent, strayYears[0]!) : null;
    if (both) return { items: both, op: "previous" };
    // (Each, when the message names two measures or more: "Năm 2023 tỉnh có bao nhiêu biên chế công chức và người làm việc?".)
    const each = strayYears.length === 1 && read.op === "value" ? previousOfEachMeasure(k, intent, strayYears[0]!) : null;
    if (each) return { items: each, op: "values" };
    // (What the asking clause asks, when the message gives figures first: "giảm 48 biên chế mà tỷ lệ
    // giảm là 2,47% thì … tổng biên chế năm 2023 là bao nhiêu?" asks an amount, not a rate.)
    const clause = quotedNumbers(text).length ? askingClause(text) : undefined;
    const askedOf = clause && clause !== text ? readIntent(clause, k.contentFolds, k.places, intent.lang) : intent;
    const before = strayYears.length === 1 ? previousYear(k, ranked, strayYears[0]!, intent, askedOf) : null;
    if (Array.isArray(before)) return { items: before, op: "previous" };
    // "Hội thi năm 2024 có bao nhiêu lượt dự thi, và năm 2023 là bao nhiêu?": the message up to the
    // clauses of a year no report covers, asked last, answered as a question of its own, and a note
    // for those clauses. (Not a year named first, which may govern the clauses after it: "Năm 2022
    // công bố bao nhiêu TTHC, bãi bỏ bao nhiêu?"; nor a year whose figure the report's change since it
    // gives, "… in 2023, and by how many did that exceed …".)
    const yearClauses = askingClauses(text);
    const yearIntents = yearClauses.map((c) => readIntent(c, k.contentFolds, k.places, intent.lang));
    const firstStray = yearIntents.findIndex((c) => strayYearsOf(k, c).length > 0);
    const strayClauses = firstStray > 0 ? yearClauses.slice(firstStray) : [];
    const declinedAlone = (c: string) => {
      const alone = answerText(all, c, readIntent(c, all.contentFolds, all.places, intent.lang));
      return "decline" in alone && (alone.decline === "other-year" || alone.decline === "out-of-scope");
    };
    if (strayClauses.length && yearIntents.slice(firstStray).every((c) => strayYearsOf(k, c).length > 0) && strayClauses.every(declinedAlone)) {
      const cut = text.indexOf(strayClauses[0]!);
      const rest = (cut > 0 ? text.slice(0, cut) : yearClauses.slice(0, firstStray).join(", ")).replace(JOINER_AT_END, "").trim();
      const before = answerText(all, rest, readIntent(rest, all.contentFolds, all.places, intent.lang));
      // (Nor a year the clauses before it may share, "công bố bao nhiêu TTHC, bãi bỏ bao nhiêu TTHC
      // trong năm 2022?": each clause names its own year, or the one of the year asks in it what a
      // figure given counts, "…, and how many entries there were in the 2023 edition", or what no
      // figure of the report is of, "…, và Chỉ số PAR INDEX năm 2023 đạt bao nhiêu điểm?".)
      const given = "items" in before ? before.items.flatMap((x) => (isComputed(x) ? x.operands : [x])) : [];
      const apart = (c: Intent) => {
        const found = search(k, c).filter((x) => x.fact.kind !== "statement");
        return !found.some((x) => x.coverage >= WEIGHTS.minCoverage / 2) || given.includes(found[0]!.fact);
      };
      const ownYears = yearIntents.every((c) => c.years.length > 0) || yearIntents.slice(firstStray).every(apart);
      if ("items" in before && ownYears) return { ...before, gaps: [...(before.gaps ?? []), ...strayClauses] };
    }
    // (A year named as the baseline and asked again, its value worked out of the change the report
    // states: "…, giảm bao nhiêu người so với năm 2023, và như vậy năm 2023 có bao nhiêu người?".)
    const several = strayYears.every((y) => intent.baselineYears.includes(y)) ? severalFigures(k, text, ranked, false) : null;
    if (several?.some((x) => isComputed(x) && x.op === "previous")) return { items: several, op: "values" };
    return { decline: "other-year", near: ranked.slice(0, 3), detail: strayYears.join(", ") };
  }
  // "bao nhiêu hồ sơ …", "tuyển bao nhiêu viên chức": a measure no figure of the report has.
  // (Or citizens or businesses a count was given to, which the figure's sentence does not name: "email
  // accounts issued to citizens" are not the officials' 14.970; money saved "cho người dân" still is.)
  // (Named in what is asked, not in what is left out: "không tính viên chức, … biên chế công chức?";
  // beside the best figure's own measure only when it holds it: "hồ sơ TTHC" counts files.)
  const asked = read.excluded ? readIntent(read.main, k.contentFolds, k.places, intent.lang) : intent;
  const unmeasured = measuresNamed(asked).filter((m) => !k.kb.facts.some((f) => f.measure === m));
  const counts = (m: string) =>
    m === containerCounted(asked, CONTAINER_MEASURES) ||
    (COUNTED_ONLY_MEASURES.has(m) ? measureCounted(asked)?.measure === m || (best?.fact.kind === "count" && recipientsNamed(asked).includes(m) && !measuresIn(best.fact.quote).includes(m)) : !measuresNamed(asked).includes(best?.fact.measure ?? ""));
  if (unmeasured.some(counts) && intent.quantitative && best?.fact.value !== null) {
    return { decline: "out-of-scope", near: ranked.slice(0, 3) };
  }

  // (Not of what is still to do: "nhiệm vụ chưa hoàn thành chiếm bao nhiêu % kế hoạch" is what
  // remains of the plan, below, not the share of the tasks done its words also name.)
  const share = intent.kind === "percent" && !(read.op === "remaining" && remainsOfPart(k, text)) ? sidesShare(k, text, ranked) : null;
  if (share) return workedOut(k, intent, share, "ratio", ranked);

  // ("Not the revenue figure, please: what was the balanced budget expenditure over 11 months?": a
  // figure asked without "how many", of another thing than the one left out, is the main clause's.)
  if (read.excluded && !intent.unanswerable && !intent.quantitative && read.main.trim() !== text.trim()) {
    const mainIntent = readIntent(read.main, k.contentFolds, k.places, intent.lang);
    const out = measuresNamed(readIntent(read.excluded, k.contentFolds, k.places, intent.lang));
    const asked = measuresNamed(mainIntent);
    const alone = asked.length && out.length ? answerText(all, read.main, mainIntent) : null;
    // (Figures of what the main clause names and nothing left out: no statement, no other measure.)
    const ofAsked = (f: CompiledFact) => f.value !== null && f.kind !== "statement" && asked.includes(f.measure ?? "") && !out.includes(f.measure ?? "");
    if (alone && "items" in alone && alone.items.every((x) => (isComputed(x) ? x.operands : [x]).every(ofAsked))) return alone;
  }
  // What the main clause asks, without what the excluded one names ("…, không tính …"). (A question
  // asking for a description, "ngoài cách đó, … bằng những hình thức nào?", leaves out no figure.)
  // (Or an operation the main clause names without "bao nhiêu": "Tổng văn bản QPPL cả 3 cấp, trừ …";
  // not one in what it leaves out, "…, ko tính tổng số góp ý".) (Or an amount asked as "what was …":
  // "Excluding land-use fee revenue, what was the state budget revenue?" is no whole revenue.)
  if (read.excluded && !intent.unanswerable && (intent.quantitative || WHAT_WAS.test(fold(read.main).toLowerCase()) || (read.op !== "value" && readPlan(read.main, readIntent(read.main, k.contentFolds, k.places, intent.lang)).op !== "value"))) {
    const mainIntent = readIntent(read.main, k.contentFolds, k.places, intent.lang);
    const mainRanked = search(k, mainIntent);
    const whole = levelLeftOutOfWhole(k, read.excluded, mainRanked);
    if (whole) return { decline: "no-breakdown", near: ranked.slice(0, 3), detail: whole.label[intent.lang] };
    const done = withExclusion(k, read, mainRanked);
    if (done === "cannot") return keptOnly(all, k, read, intent) ?? leftOutApart(all, k, read, mainIntent) ?? sumWithoutLeftOut(all, k, read, mainIntent) ?? { decline: "cannot-compute", near: ranked.slice(0, 3) };
    // What is left out changes nothing of the main clause's best figure ("Không tính số được giao,
    // biên chế … đã giảm bao nhiêu so với 2023?"): the main clause is answered as asked alone (the
    // change since 2023), without what it leaves out.
    const outIntent = readIntent(read.excluded, k.contentFolds, k.places, intent.lang);
    const outFacets = facetsOf(outIntent);
    const unchanged = done?.length === 1 && done[0] === mainRanked[0]?.fact && !quotedNumbers(read.excluded).length;
    if (unchanged && read.main !== text) {
      const alone = answerText(all, read.main, mainIntent);
      // (Never with a figure of a level left out: "Tổng văn bản QPPL ba cấp, không tính cấp tỉnh và cấp
      // huyện?" is the communes' 69, not the three levels' 217. Levels alone left out, the province
      // named as one: "phần của UBND tỉnh" leaves out a body.)
      const levelsLeftOut = outFacets.body.length || outFacets.action.length ? [] : levelsAsLevels(outIntent);
      const ofLevelLeftOut = (x: Item) => (isComputed(x) ? x.operands : [x]).some((f) => f.facets.level.length > 0 && (f.facets.level as string[]).every((l) => levelsLeftOut.includes(l)));
      if ("items" in alone && alone.items[0] !== done[0] && !alone.items.some(ofLevelLeftOut)) return alone;
      // (With a body named, the main clause's readings of the levels left: "Không tính cấp xã thì HĐND ban
      // hành bao nhiêu văn bản QPPL?" is the provincial council's 31 or the districts' 23, not the 125 of the
      // province's council and committee together; naming none, each level left is given below. Whole
      // levels only: "không tính thị trấn" leaves communes and wards the report does not give apart.)
      const readings = "items" in alone && alone.readings && mainIntent.body.length && !someOfALevel(outIntent) ? alone.items : [];
      const kept = readings.filter((x) => !ofLevelLeftOut(x));
      if (kept.length > 1 && kept.length < readings.length) return { ...alone, items: kept };
      // (One level left: its figure when it is of the bodies named alone; a joint one the report does not part.)
      const [one] = kept;
      if (kept.length === 1 && kept.length < readings.length && one && !isComputed(one)) {
        return one.facets.body.every((b) => facetsOf(mainIntent).body.includes(b)) ? { items: kept, op: "value" } : { decline: "no-breakdown", near: ranked.slice(0, 3), detail: one.label[intent.lang] };
      }
      // (Nor when the main clause alone is no figure of the report: "Riêng thành phố Huế, tách khỏi
      // các huyện, …" of the districts' 23 together.)
      if ("decline" in alone && alone.decline === "no-breakdown") return alone;
    }
    // (Not a figure of two bodies together when one is left out: "HĐND các huyện …, ko tính UBND
    // huyện" of the councils' and committees' 23 together; the report gives no part of it.)
    const stated = done?.length === 1 && !isComputed(done[0]!) ? done[0] : undefined;
    // (Nor a figure of several levels when one of them is left out: "Tỉnh giao bao nhiêu biên chế công
    // chức nhưng trừ UBND cấp huyện?" of the 1.951 given to the provincial agencies and the districts.)
    const outLevels = outFacets.level;
    const levelOut = stated !== undefined && stated.facets.level.length > 1 && outLevels.length > 0 && outLevels.every((l) => (stated.facets.level as string[]).includes(l));
    // (Nor one what is left out names by its unit: "không kể Sở ban ngành, Chi cục và UBND cấp huyện
    // thì còn bao nhiêu cơ quan …" is no 22 Sở ban ngành.)
    if (stated && namedLeftOut(k, read.excluded, stated)) return { decline: "cannot-compute", near: ranked.slice(0, 3) };
    // (Nor another thing's figure when items of a list are left out: "Không kể Sở ban ngành, Chi cục và
    // UBND cấp huyện thì còn bao nhiêu cơ quan?" is no 6 agencies given new duties.)
    // (Unless the main clause counts the one item left of that list: "…, thì còn bao nhiêu đơn vị UBND cấp huyện?")
    const leftOfList = stated && leftOfListLeftOut(k, read.excluded, stated, mainIntent);
    if (leftOfList !== undefined) return leftOfList ? { items: [leftOfList], op: "value" } : { decline: "cannot-compute", near: ranked.slice(0, 3) };
    // (Nor any figure when places are left out, "Không tính Nam Đông, A Lưới … thì kiểm tra bao nhiêu văn
    // bản?": the report breaks no figure down by district, so none is left without them.)
    if (stated && placesNamed(tokenize(read.excluded), k.subPlaces).length) return { decline: "no-breakdown", near: ranked.slice(0, 3), detail: stated.label[intent.lang] };
    if (stated && (levelOut || leavesOutABody(mainIntent, outIntent, stated))) {
      return { decline: "no-breakdown", near: ranked.slice(0, 3), detail: stated.label[intent.lang] };
    }
    // (Nor the figure of the very level left out, a level alone: "Không tính cấp tỉnh, cả tỉnh ban hành
    // bao nhiêu văn bản QPPL?" is no 125 of the provincial level; the province named as a level, not
    // as the context, nor as whose body or plan is left out.)
    const levelAt = positionsCovered(outIntent.level);
    const levelAlone = outLevels.length > 0 && !outFacets.body.length && !outFacets.action.length && outIntent.words.every((w, i) => w.stop || w.context || levelAt.has(i) || LEVEL_NOUNS.has(w.fold));
    const ofLevelOut = stated !== undefined && levelAlone && stated.facets.level.length > 0 && stated.facets.level.every((l) => outLevels.includes(l)) && (outLevels.some((l) => l !== "tinh") || provinceNamedAsLevel(outIntent));
    if (ofLevelOut) return leftOutApart(all, k, read, mainIntent) ?? { decline: "cannot-compute", near: ranked.slice(0, 3) };
    // (Nor any when only some of a level's units are left out, "Không tính phường, thị trấn thì …": the
    // report gives no figure of the wards apart.)
    if (stated && levelAlone && someOfALevel(outIntent)) return { decline: "no-breakdown", near: ranked.slice(0, 3), detail: stated.label[intent.lang] };
    const levelsLeft = stated && read.op === "value" && levelAlone && stated.facets.level.length === 1 ? levelsLeftOf(k, stated, mainIntent, outLevels) : undefined;
    if (levelsLeft) return { items: levelsLeft, op: "values" };
    // (People in general, the allocation left out: those in post of both staff measures, "số người
    // đang thực tế làm việc (không phải số được giao)".)
    const people = stated ? peopleInPost(k, mainIntent, stated) : null;
    if (people?.includes(stated!)) return { items: people, op: "values", readings: true };
    // (Nor a figure counting other things than the main clause counts, when what it counted is what is
    // left out: "hội thi có bn người tham gia, k tính lượt" is no count of the agencies taking part.)
    const top = mainRanked[0]?.fact;
    // (A figure of the same measure counts the same things: 94 decisions of the 125 documents.)
    if (stated && top && stated.measure !== top.measure && countedShare(mainIntent, top) > 0 && countedShare(mainIntent, stated) === 0) return { decline: "out-of-scope", near: ranked.slice(0, 3) };
    if (done) return { items: done, op: isComputed(done[0]!) ? done[0].op : "value" };
    // (A sum that could not take out what the message leaves out is none: read whole below, it would add it.)
    if (read.op === "sum") return { decline: "cannot-compute", near: ranked.slice(0, 3) };
  }
  if (intent.unanswerable || !best || best.coverage < WEIGHTS.minCoverage) {
    // Several questions in one message explain it clause by clause, not as a whole.
    // (Those the report has figures for, and those it has none for said so.)
    const gaps: string[] = [];
    const missed: string[] = [];
    const several = intent.unanswerable ? null : severalFigures(k, text, ranked, true, gaps, missed);
    if (several) return { items: several, op: "values", ...(gaps.length ? { gaps } : {}), ...(missed.length ? { missed } : {}) };
    // Two sides of an operation ("A với B chênh nhau bn?") each explain their own half: a figure
    // computed from the two figures the sides name, when they name two. (Or what remains of an
    // allocation explained beside it: "… chưa sử dụng hết (chênh lệch giữa số giao và số hiện có)?".)
    if (!intent.unanswerable && (read.op === "difference" || read.op === "sum" || read.op === "ratio" || read.op === "remaining")) {
      const done = executeOperation(k, read, text, intent, ranked);
      if (Array.isArray(done) && isComputed(done[0]!)) return workedOut(k, intent, done, done[0].op, ranked);
    }
    // "Tiết kiệm 11.322.000 đồng/năm, tương ứng 42%, vậy chi phí trước khi đơn giản hóa là bao
    // nhiêu?": figures of the report the message states first are the operands, not what it asks.
    const clause = intent.unanswerable ? undefined : askingClause(text);
    const given = clause ? quotedNumbers(text.replace(clause, " ")) : [];
    if (clause && clause.trim() !== text.trim() && given.length && given.every((v) => k.kb.facts.some((f) => f.value === v))) {
      const alone = answerText(all, clause, readIntent(clause, all.contentFolds, all.places, intent.lang));
      // (Only a figure computed from them: the one stated beside them is what the message gave.)
      if ("items" in alone && isComputed(alone.items[0]!)) return alone;
    }
    return { decline: "out-of-scope", near: ranked.filter((c) => c.coverage >= WEIGHTS.minCoverage / 2).slice(0, 3) };
  }

  // "… có bao nhiêu nhiệm vụ, hoàn thành bao nhiêu, tỷ lệ hoàn thành là bao nhiêu?": figures asked
  // one by one, the last a rate of those before, not one rate of the whole message.
  // (Or two clauses each asking a figure the report states, one of them a rate: "Tỉnh giao bao nhiêu
  // người …, và số người có mặt giảm với tỷ lệ bao nhiêu so với năm 2023?" is 22.531 and 4,29%, not
  // one rate computed of the two amounts.)
  if (read.op === "value" && intent.kind === "percent" && timesAsked(text) >= 2 && askingClauses(text).length >= 2) {
    const several = severalFigures(k, text, ranked, true);
    // (Of the period asked: "… cả 12 tháng …" has no figure among the 11 months'.)
    const ofPeriod = several && several.some((f) => (isComputed(f) ? f.operands : [f]).some((o) => !otherPeriod(intent, o)));
    if (several && ofPeriod && (isComputed(several.at(-1)!) ? askingClauses(text).length >= 3 : !several.some(isComputed))) return { items: several, op: "values" };
  }
  // "Kế hoạch có tổng cộng mấy nhiệm vụ, đã xong mấy, và … bao nhiêu nhiệm vụ Chính phủ giao?": a
  // total asked as one of three clauses or more is that clause's figure, not a sum of the others.
  // (Not a total asked last, of the clauses before it: "…, and what is their total?".)
  // (Nor of two clauses each asking its own quantity, the total said inside the one that names what it
  // counts: "Sở Tư pháp lập mấy đoàn …, và các đoàn đã kiểm tra tổng cộng bao nhiêu văn bản?".)
  const clauses = read.op === "sum" ? askingClauses(text) : [];
  const lastNamesSum = clauses.length >= 2 && namesOperation(readIntent(clauses.at(-1)!, k.contentFolds, k.places).words, "sum");
  // (Not one adding things of its own: "…, và tổng cộng góp ý và thẩm định bao nhiêu dự thảo?".)
  const eachOwn = clauses.length === 2 && clauses.every(asksQuantity) && measuresIn(clauses[1]!).length > 0 && itemsListed(clauses[1]!) < 2;
  if ((clauses.length >= 3 && !lastNamesSum) || eachOwn) {
    const several = severalFigures(k, text, ranked, true);
    if (several && several.length >= clauses.length && !several.some(isComputed)) return { items: several, op: "values" };
  }
  // "1) thu …; 2) đạt bao nhiêu % dự toán; 3) chi …; 4) chi nhiều hơn thu bao nhiêu?": figures asked
  // one by one, the last computed of those before, each in the order asked, not the operation alone.
  const askedApart = read.op === "difference" || read.op === "ratio" ? askingClauses(text).length : 0;
  if (askedApart >= 3) {
    const several = severalFigures(k, text, ranked, true);
    const last = several?.at(-1);
    const stated = several?.slice(0, -1) ?? [];
    if (last && isComputed(last) && several!.length === askedApart && !stated.some(isComputed) && last.operands.every((o) => stated.includes(o))) return { items: several!, op: "values" };
  }
  const done = executeOperation(k, read, text, intent, ranked);
  if (done === "cannot") {
    // "bao nhiêu quy trình … và bao nhiêu phần trăm …": two questions, not one rate of the whole
    // message (an operation the message names stays declined).
    // ("Tổng số … là bao nhiêu, trong đó … bao nhiêu nghị quyết?": each clause asks its own figure.)
    // (One the report has no figure for said so beside the others: "…, và dự toán thu bao nhiêu?".)
    const gaps: string[] = [];
    const several = read.op === "value" || timesAsked(text) >= 2 ? severalFigures(k, text, ranked, true, gaps) : null;
    if (several) return { items: several, op: "values", ...(gaps.length ? { gaps } : {}) };
    return { decline: "cannot-compute", near: ranked.slice(0, 3) };
  }
  if (done && ofOtherBodies(k, intent, done)) return { decline: "out-of-scope", near: ranked.slice(0, 3) };
  // Figures about other places than those asked ("các huyện Nam Đông, A Lưới …") are not added in.
  if (done && done.every((x) => (isComputed(x) ? x.operands : [x]).every(aboutParts))) return { items: done, op: isComputed(done[0]!) ? done[0].op : read.op };

  // "Theo Kế hoạch 391, bao nhiêu văn bản được kiểm tra?": the figures its sentence states (both
  // when two fit); "Bao nhiêu cơ quan được kiểm tra?" when the report only describes the inspections.
  // "tháng mấy?", "Kế hoạch số mấy?": the month or document number the statement's sentence names.
  // "Kế hoạch số mấy, và … là Quyết định số mấy?": each clause's own document (or month), when each names one.
  const eachNamed = intent.identifier ? identifiersOfClauses(k, text) : undefined;
  if (eachNamed) return { items: eachNamed.map((x) => x.fact), op: "values", identifiers: eachNamed.map((x) => x.identifier) };
  const identifier = intent.identifier && best.fact.kind === "statement" ? identifierIn(intent, best.fact) : null;
  if (identifier) {
    // "… tổ chức vào tháng mấy và có bao nhiêu người trúng tuyển?": the other clause's figure too.
    // (In the order asked: "How many … passed, and in which month was it held?" gives the 16 first.)
    const other = figureBesideIdentifier(k, text);
    if (!other) return { items: [best.fact], op: "value", identifier };
    return { items: other.asked === 0 ? [other.fact, best.fact] : [best.fact, other.fact], op: "values", identifier };
  }
  // "… vận hành ổn định bao nhiêu giờ mỗi ngày?" of a sentence saying "24/7".
  // ("mấy giờ/ngày" reads as "which hour" to the question forms: the pattern asked decides.)
  const clock = best.fact.kind === "statement" ? clockIn(asked, best.fact) : null;
  if (clock) return { items: [best.fact], op: "value", identifier: clock };
  if (intent.howMany && best.fact.kind === "statement") {
    const stated = figuresOfSentence(k, best.fact, measuresNamed(asked), facetsOf(asked).action);
    if (stated.length === 1) return { items: stated, op: "value" };
    if (stated.length === 2) return { items: stated, op: "values", readings: true };
    // (A statement summing up the actions of the sentence before it speaks of that sentence's figures.)
    const summed = stated.length ? [] : figuresSummedUp(k, best.fact);
    if (summed.length) return { items: summed, op: summed.length === 1 ? "value" : "values", readings: summed.length > 1 };
    // "Đợt tuyển dụng tháng 7 có bao nhiêu người trúng tuyển?": the sentence on the recruitment has
    // no figure; the figure that explains the question nearly as well does (16 recruited).
    // (Not a figure of another action than the one the question and the sentence share: the agencies
    // taking part in a contest are not those whose reform work was inspected.)
    const actions = facetsOf(asked).action.filter((a) => (best.fact.facets.action as string[]).includes(a));
    // (Or the figure the sentence right after it states, its result, when the statement explains the
    // rest: "Đợt tuyển dụng … tổ chức vào tháng 7/2024 có bao nhiêu người trúng tuyển?" of the 16 in
    // "Kết quả tuyển dụng có 16 công chức trúng tuyển", which says nothing of July.)
    // (Only of what it counts, said in its own words: not the candidates, nor the quota, of the plan;
    // however far behind the statement it ranks, which shares the question's words of the event.)
    const itsResult = (c: Candidate) => sentenceBefore(best.fact, c.fact) && c.coverage >= WEIGHTS.minCoverage / 2 && countsAsWorded(asked, best.fact, c.fact);
    const figure = ranked.find(
      (c) =>
        c.fact.kind !== "statement" && c.fact.value !== null && ((c.coverage >= WEIGHTS.minCoverage && c.score >= WEIGHTS.readingRatio * best.score) || itsResult(c)) &&
        (!actions.length || actions.some((a) => (c.fact.facets.action as string[]).includes(a))),
    );
    // (Nor a figure of other things when the statement names what is counted and the figure does not:
    // "ubnd tinh ban hanh bn chi thi" of the directives named, not the 125 legal documents.)
    if (figure && fits(k, asked, figure.fact) && !countsTheStatement(asked, best.fact, figure.fact)) return { items: [figure.fact], op: "value" };
    return { decline: "no-figure", near: ranked.slice(0, 3), detail: best.fact.label[intent.lang] };
  }

  // "Trong số nhiệm vụ Chính phủ … giao, tỉnh đã hoàn thành bao nhiêu?": what follows is counted
  // among the figure the opening names; that figure itself is no answer when what follows asks more
  // of it than it is (an action or a level it is not of).
  // (Unless the report states the part asked: "Trong số biên chế công chức giao cho các cơ quan hành
  // chính, hiện có bao nhiêu?" is the 1.895 in post.)
  const opening = intent.howMany ? amongNamed(k, text) : undefined;
  const named = opening?.fact === best.fact ? opening : undefined;
  // (The part of it what follows sets apart, by the words of its label: "…, chỉ tính các đơn vị trực
  // thuộc UBND tỉnh thì có bao nhiêu?" is the 11 of the 128.)
  // (One figure asked: "…, how many A and how many B?" is read clause by clause below.)
  const setApart = named && timesAsked(text) <= 1 ? partSetApart(k, named.rest, named.fact) : undefined;
  if (setApart) return { items: [setApart], op: "value" };
  const beyond = named ? askedBeyond(k, named.rest, named.fact) : null;
  if (named && beyond) {
    const part = beyond.actions.length ? ranked.find((c) => statedPartOf(k, named.fact, c.fact) && beyond.actions.every((a) => actionsOf(k, c.fact).includes(a))) : undefined;
    return part ? { items: [part.fact], op: "value" } : { decline: "no-breakdown", near: ranked.slice(0, 3), detail: named.fact.label[intent.lang] };
  }

  // A fact far ahead of the rest is the answer even when two facet values are joined ("councils
  // and committees" as the senders of the documents); two question forms are asked explicitly.
  // (Not over two measures named, each its own figure: "thu ngân sách … và chi cân đối … bao nhiêu tiền?".)
  const dominant = (!ranked[1] || best.score >= WEIGHTS.dominantRatio * ranked[1].score) && measuresNamed(intent).length < 2;
  // (Two levels joined are two figures however far ahead the first: "số văn bản QPPL cấp tỉnh và
  // số văn bản QPPL cấp xã".)
  const gaps: string[] = [];
  const missed: string[] = [];
  const several = severalFigures(k, text, ranked, false, gaps, missed);
  const listed =
    several ??
    sharesOfPlansNamed(k, intent, best.fact) ??
    splitByFacet(k, intent, ranked, dominant ? ["level"] : ["action", "level", "body"], text) ??
    // (Not of a total asked, whose items are its operands, never its answer.)
    (read.excluded === null && read.op !== "sum" ? itemsOfOneSentence(k, text, ranked) : null);
  const split = listed ? null : splitByQuestion(k, text, intent, best, dominant);
  const items = listed ?? split?.facts ?? null;
  // (The report's figures among them, a computed one's operands for it: what they are about.)
  const multi = items?.flatMap((x) => (isComputed(x) ? x.operands : [x])) ?? null;
  // (For the period asked: "… cả 12 tháng đạt bao nhiêu, bằng bao nhiêu % dự toán?" of the 11
  // months' figures. Each clause may name its own: declined only when none is of the period named.)
  if (multi?.every((f) => otherPeriod(intent, f))) return { decline: "other-period", near: ranked.slice(0, 3), detail: multi[0]!.period[intent.lang] };
  // ("Hiện có bao nhiêu biên chế công chức cấp xã, giảm bao nhiêu so với 2023?": one level below the
  // province, named alone, that none of the figures is of; not a range or what is counted in, "từ
  // cấp tỉnh đến cấp xã", "including at district level".)
  const levelsNamed = facetsOf(asked).level;
  const below = levelsNamed.filter((l) => l !== "tinh");
  const alone = below.length === 1 && levelsNamed.length === 1 && !/\b(?:tu cap|den cap|ke ca|tinh ca|including|from)\b/.test(fold(text).toLowerCase());
  // (Of one question over two things it joins (not two questions), each figure: "tiếp nhận và thẩm
  // định bao nhiêu dự thảo do cấp huyện gửi đến?" has no figure of the drafts appraised for the
  // districts. A list's items may each name their own level: "Sở ban ngành, Chi cục, UBND cấp huyện".)
  const oneQuestion = split?.shared === true;
  const ofLevel = (f: CompiledFact) => below.some((l) => (f.facets.level as string[]).includes(l as never));
  if (multi && alone && (oneQuestion ? !multi.every(ofLevel) : !multi.some(ofLevel))) {
    return { decline: "no-breakdown", near: ranked.slice(0, 3), detail: multi[0]!.label[intent.lang] };
  }
  // ("So với năm 2023, số lượt người dự thi … tăng thêm bao nhiêu?": a change asked that none of the
  // figures is, as for one figure below.)
  if (multi && asksTheChange(intent) && intent.kind !== "percent" && !multi.some((f) => isChange(k, f))) {
    return { decline: "no-figure", near: ranked.slice(0, 3), detail: multi[0]!.label[intent.lang] };
  }
  // ("Trong số 1.117 TTHC được công bố, có bao nhiêu thủ tục mới ban hành và bao nhiêu thủ tục sửa
  // đổi, bổ sung?": the figure quoted, counted among, is what the message asks a breakdown of, as
  // for one figure below; never one of the figures asked.)
  // (Unless its parts the report states give the one asked in its place: "Trong số 125 văn bản QPPL,
  // HĐND tỉnh … bao nhiêu và UBND tỉnh … bao nhiêu?" is 31 and 94.)
  const whole = multi && intent.howMany ? quotedFigure(AMONG_QUOTED, text, ranked) : undefined;
  if (whole && items!.includes(whole)) {
    // (Of parts the report does not complete, the rest of the whole past those asked: "… bao nhiêu là
    // QPPL và bao nhiêu không phải QPPL?" of the 332 drafts is 203 and 332 − 203.)
    const rel = partsUnder(k, whole);
    const asked = multi!.filter((f) => rel?.parts.includes(f.id));
    const rest = rel?.parts.filter((id) => !asked.some((f) => f.id === id)) ?? [];
    const other = !rel ? null : rel.complete ? (rest.length === 1 ? k.byId.get(rest[0]!)! : null) : asked.length ? othersOf(whole, asked) : null;
    // (Or the part of it asked the report states, the whole only quoted: "Trong số 1.951 biên chế được
    // giao, hiện có bao nhiêu?" is the 1.895 in post.)
    const statedAsked = items!.filter((f): f is CompiledFact => !isComputed(f) && f !== whole && statedPartOf(k, whole, f));
    if (!other && statedAsked.length) return { items: statedAsked, op: statedAsked.length > 1 ? "values" : "value" };
    if (!other) return { decline: "no-breakdown", near: ranked.slice(0, 3), detail: whole.label[intent.lang] };
    return { items: items!.map((x) => (x === whole ? other : x)), op: "values" };
  }
  // ("biên chế công chức và số người làm việc giảm bao nhiêu so với 2023?": a change asked once, of
  // things joined, is each one's change the report states, not one's level now.)
  // (Asked in percent, "… giảm bao nhiêu %?", each one's rate of that change: not one's level now beside
  // the other's rate.)
  const eachChange = split && timesAsked(text) === 1 && asksTheChange(intent) && multi!.some((f) => isChange(k, f));
  const rateOf = (x: CompiledFact) => k.byId.get((changeFrom(k, x) ?? changeStating(k, x))?.rate ?? "");
  const changeOf = (x: CompiledFact) => (isChange(k, x) ? x : k.byId.get(changeFrom(k, x)?.change ?? ""));
  // (A change or a rate already among them stays: "… fell by how many, and in percent?" is 988 and 4,29%.)
  const asChange = (x: CompiledFact) => (intent.kind === "percent" ? (isChange(k, x) || x.kind === "percent" ? x : rateOf(x)) : changeOf(x));
  // (None given twice: "Biên chế công chức hiện có, giảm bao nhiêu, và về tỷ lệ?" lists the level beside
  // its rate; "công chức và viên chức" have one rate between them.)
  const changed = eachChange ? items!.map((x) => (isComputed(x) ? x : (asChange(x) ?? x))) : items;
  const asChanges = changed && new Set(changed).size === changed.length ? changed : items;
  // (People asked, of which every figure is a count of things: "có bao nhiêu người ở sở ban ngành và bao
  // nhiêu người ở UBND cấp huyện?" is no 22 departments and 9 committees.)
  if (multi?.length && multi.every((f) => peopleAskedOfThings(intent, f))) return { decline: "out-of-scope", near: ranked.slice(0, 3) };
  if (asChanges) return { items: asChanges, op: "values", ...(several && gaps.length ? { gaps } : {}), ...(several && missed.length ? { missed } : {}) };

  // "Thu ngân sách đạt 120,9% so với cùng kỳ, vậy là tăng bao nhiêu phần trăm?": the rise the share
  // quoted implies, before reading the quote as a figure to break down.
  const quotedGrowth = quotedNumbers(text).includes(best.fact.value ?? Number.NaN) ? growthOfShare(k, intent, best.fact) : null;
  if (quotedGrowth) return { items: quotedGrowth, op: "difference" };
  // "Trong 1.117 TTHC được công bố, có bao nhiêu … cấp xã?": a breakdown of the figure quoted.
  // (Not a number of another measure that equals it: "04 đoàn kiểm tra ban hành mấy kết luận?" of the 4 conclusions.)
  // (Nor the whole of a fraction's part quoted: "31 nhiệm vụ hoàn thành trên tổng số bao nhiêu?" is the 34.)
  const quotedPart = intent.howMany && best.fact.value !== null && quotedNumbers(text).includes(best.fact.value);
  const outOf = quotedPart && best.fact.total !== undefined && asksOutOf(text) ? wholeOf(k, best.fact) : undefined;
  if (outOf) return { items: [outOf], op: "value" };
  if (quotedPart && !quotedOfOtherMeasure(text, best.fact)) {
    return { decline: "no-breakdown", near: ranked.slice(0, 3), detail: best.fact.label[intent.lang] };
  }
  // ("How many of the 62 procedures … belong to the land sector?": what is counted is some of the
  // 62, a part of that figure; another figure, the 11 fields of its sentence, is none.)
  const among = quotedFigure(OF_QUOTED, text, ranked);
  // (A part the report states is the answer when the value is asked: "Of the 34 tasks, how many were
  // completed?" of the 31/34, not "… how many were not completed?"; nor is what is in post of an allocation.)
  const stated = read.op === "value" && (partOfWhole(k, among ?? best.fact) === best.fact || (among && relationOf(k, among, "allocated-current")?.current === best.fact.id));
  if (among && among !== best.fact && !partsUnder(k, among)?.parts.includes(best.fact.id) && !stated) {
    return { decline: "no-breakdown", near: ranked.slice(0, 3), detail: among.label[intent.lang] };
  }

  // "Trong số 1.117 TTHC, bao nhiêu TTHC được cắt giảm?": of the same things as the figure quoted, a
  // part the report states of it, or none (not the 176 abolished, whatever their sentence).
  const quotedWhole = intent.howMany ? quotedFigure(AMONG_QUOTED, text, ranked) : undefined;
  // (Nor one of another measure that another sentence gives: "trong số 32 đơn vị đó có bao nhiêu Sở?"
  // has no Sở among the 32, not the 117 units of the job-position schemes; the sentence of the figure
  // quoted may tell another thing of them, "Trong 04 đoàn kiểm tra, kiểm tra bao nhiêu văn bản?".)
  const ofQuoted = (f: CompiledFact) => f.measure === quotedWhole!.measure || f.quote !== quotedWhole!.quote;
  if (quotedWhole && quotedWhole !== best.fact && ofQuoted(best.fact) && best.fact.kind === "count" && !statedPartOf(k, quotedWhole, best.fact)) {
    return { decline: "no-breakdown", near: ranked.slice(0, 3), detail: quotedWhole.label[intent.lang] };
  }
  // A level ("cấp xã") or a measure ("TTHC") the question names and the figure does not have: the
  // figure is another one, however many words it shares with the question.
  // A figure narrower than, beside or beyond what is asked (narrower.ts): another level, measure,
  // body or action, a share of a figure given for several together, another period or plan.
  const notAsked = notTheFigureAsked(k, asked, best.fact, intent.lang);
  if (notAsked) {
    // ("Sở Tư pháp lập mấy đoàn kiểm tra văn bản QPPL cấp huyện?" when the department's 23 documents
    // rank first for its name: the figure of what "mấy" counts, when it explains the question as well
    // and is what is asked.)
    const counted = measureCounted(asked)?.measure;
    // (Of every action it names: not the procedures published for "sửa đổi bao nhiêu TTHC".)
    const actions = facetsOf(asked).action;
    // (Nor a count of it per something: "how many entries per agency?" asks an average. And it
    // explains the question as well as the first: not the teams for "đoàn kiểm tra CCHC".)
    // (Or a count of the measure whose rate ranks first: "thiết lập được bao nhiêu quy trình điện tử?"
    // of the 759 workflows, not the 100% of them set up.)
    const countOfARate = best.fact.kind === "percent" && !intent.kind;
    const own = counted && (counted !== best.fact.measure || countOfARate) && read.op === "value" && !PER_SOMETHING.test(text)
      ? ranked.find((c) => c.fact.measure === counted && c.fact.value !== null && c.fact.kind !== "percent" && c.coverage >= Math.max(WEIGHTS.minCoverage, best.coverage) && actions.every((a) => (c.fact.facets.action as string[]).includes(a)))
      : undefined;
    if (own && fits(k, asked, own.fact) && !notTheFigureAsked(k, asked, own.fact, intent.lang)) {
      // (The rate its sentence states of them beside it: "759 quy trình …, đảm bảo 100% … được thiết lập".)
      const rateBeside = countOfARate && counted === best.fact.measure && own.fact.quote === best.fact.quote;
      return rateBeside ? { items: [own.fact, best.fact], op: "values", readings: true } : { items: [own.fact], op: "value" };
    }
    return { ...notAsked, near: ranked.slice(0, 3) };
  }
  // "tăng bao nhiêu % so với cùng kỳ?" of 120,9% of the same period: the rise it implies.
  const growth = growthOfShare(k, intent, best.fact);
  if (growth) return { items: growth, op: "difference" };
  // "tăng bao nhiêu so với 2023?" when the report says it rose but gives no figure for the change.
  // (Unless its sentence states the cut asked of what the figure is: "chi phí tuân thủ … giảm được bao
  // nhiêu?" of the 11.322.000 đồng saved a year, with the 42% cut beside it, both readings.)
  if (asksTheChange(intent) && intent.kind !== "percent" && !isChange(k, best.fact)) {
    const asked = facetsOf(intent).action;
    // (Of the measure the message names: "lệ phí … được giảm bn tiền" is no compliance cost.)
    // (By an action of change both name: "chi" of the spending and its 75% of the estimate is none.)
    // (Nor against a year the sentence does not name: "tiết kiệm nhiều hơn năm 2023 bao nhiêu?".)
    const cut = asked.length && !intent.baselineYears.length && measuresNamed(intent).includes(best.fact.measure ?? "") ? k.kb.facts.find((f) => f !== best.fact && f.quote === best.fact.quote && f.value !== null && f.measure === best.fact.measure && asked.some((a) => CHANGE_ACTIONS.has(a) && (f.facets.action as string[]).includes(a))) : undefined;
    if (cut) return { items: [best.fact, cut], op: "values", readings: true };
    return { decline: "no-figure", near: ranked.slice(0, 3), detail: best.fact.label[intent.lang] };
  }

  // "Các đoàn kiểm tra … đã kiểm tra bao nhiêu văn bản?": the close figure the thing it names is of.
  const ofThingNamed = namedInOtherLabel(k, intent, ranked);
  if (ofThingNamed) return { items: [ofThingNamed], op: "value" };
  // "How many people work in the province's public sector?": those in post of both staff measures.
  const people = peopleInPost(k, intent, best.fact);
  if (people) return { items: people, op: "values", readings: true };
  // "Các cơ quan hành chính cấp tỉnh và UBND cấp huyện hiện có bao nhiêu biên chế?": of the report's
  // allocated and in-post pair, the one whose action alone the question names, however much of the
  // other's sentence it says (the 1.951 were allocated to those agencies; 1.895 are in post).
  const pair = allocatedAndCurrent(k, best.fact);
  const pairActions = facetsOf(intent).action.filter((a) => a === "giao" || a === "hien-co");
  const partner = pair && pairActions.length === 1 && !(best.fact.facets.action as string[]).includes(pairActions[0]!) ? pair.find((f) => f !== best.fact && (f.facets.action as string[]).includes(pairActions[0]!)) : undefined;
  if (partner && read.op === "value" && !asksTheChange(intent)) return { items: [partner], op: "value" };
  // (A measure the setting names, "Qua rà soát TTHC, tỉnh kiến nghị bao nhiêu?", does not say which is asked.)
  const clause = askingClause(text);
  const readings = otherReadings(k, intent, ranked, clause && clause !== text ? readIntent(clause, k.contentFolds, k.places, intent.lang) : undefined);
  // (Among the things an opening names, "Trong các đơn vị sự nghiệp …, bao nhiêu đơn vị trực thuộc
  // UBND tỉnh?": no reading of another measure.)
  const amongWhat = AMONG_OPENING.exec(fold(text).toLowerCase())?.[0];
  const ofOpening = amongWhat && best.fact.measure && measuresIn(amongWhat).includes(best.fact.measure) ? best.fact.measure : undefined;
  const others = ofOpening ? readings.filter((f) => f.measure === ofOpening) : readings;
  // (A share of things the message names, of which none of the readings is: "What share of the
  // people on the state payroll are civil servants?" is no share of agencies with spending rules.)
  // (Of measures the report gives rates of: a word read as a measure in passing, "public-sector", has none.)
  const hasRates = (m: string) => k.kb.facts.some((f) => f.kind === "percent" && f.measure === m);
  const namedMeasures = intent.kind === "percent" ? measuresNamed(intent).flatMap((m) => [m, COUNTED_IN[m as Measure] ?? m]).filter(hasRates) : [];
  const ofNamed = (f: CompiledFact) => namedMeasures.includes(f.measure ?? "") || [f.label.vi, f.label.en, f.quote].some((t) => measuresIn(t).some((m) => namedMeasures.includes(m)));
  if (namedMeasures.length && best.fact.kind === "percent" && ![best.fact, ...others].some(ofNamed)) return { decline: "out-of-scope", near: ranked.slice(0, 3) };
  // (Nor a share of people answered by a share of things: "What share of people paid from the state
  // budget work in public service units?" is no 100% of the units whose schemes were approved.)
  if (best.fact.kind === "percent" && SHARE_OF_PEOPLE.test(fold(text).toLowerCase()) && ![best.fact, ...others].some((f) => PERSON_MEASURES.has(f.measure ?? ""))) return { decline: "out-of-scope", near: ranked.slice(0, 3) };
  // (A change asked as an amount, no rate, "Chi phí tuân thủ giảm được bao nhiêu?": the amounts first,
  // the rates after; not "… đạt bao nhiêu?", as often a rate.)
  const amountsFirst = (fs: CompiledFact[]) => (intent.kind || !asksTheChange(intent) ? fs : [...fs.filter((f) => f.kind !== "percent"), ...fs.filter((f) => f.kind === "percent")]);
  if (others.length) return { items: amountsFirst(wholeFirst(k, intent, [best.fact, ...others])), op: "values", readings: true };

  const close = ranked
    .slice(1, 3)
    .filter((c) => c.score >= best.score * WEIGHTS.suggestRatio && c.coverage >= WEIGHTS.minCoverage && !best.fact.related.includes(c.fact.id));
  return { items: [best.fact], op: "value", suggestions: close.map((c) => c.fact) };
}

/** The measures a part left out names, civil servants as the positions they are counted in (COUNTED_IN). */
function measuresLeftOut(k: LoadedKnowledge, excluded: string, lang: Lang): string[] {
  return measuresNamed(readIntent(excluded, k.contentFolds, k.places, lang)).flatMap((m) => [m, COUNTED_IN[m as Measure] ?? m]);
}

/** Spending said with what it went on ("chi … cho X", "spend … on X"), as typed: X. */
// (As typed: "chị", "anh chi cho hoi" are the asker's addressee; "cho hỏi", "cho biết" ask.)
const SPENT_ON = /(?<![\p{L}\p{M}])(?<!(?:anh|em|các|cac|hai|chị|chi)\s+)(?:chi|spend|spent|spending|expenditure|expenses?)(?![\p{L}\p{M}])(?:\s+\S+){0,5}?\s+(?:cho|vào|vao|on|for)\s+(?!(?:hỏi|hoi|biết|biet|em|mình|minh|tôi|toi|anh|chị)(?![\p{L}\p{M}]))([^,.;?!]+)/iu;
/** Words of a period, its months and a setting's extent, as analyzed ("novemb"): when and where, not what the money went on. */
const SETTING_WORDS: ReadonlySet<string> = new Set(
  analyze("năm tháng quý kỳ đầu cuối year month quarter period first january february march april may june july august september october november december whole entire end through until all province provincial toàn").map((w) => w.fold),
);
/** Is a figure of spending asked of a purpose its label and sentence do not name? */
function spentOnOther(text: string, f: CompiledFact): boolean {
  if (!(f.facets.action as string[]).includes("chi")) return false;
  const m = SPENT_ON.exec(text);
  if (!m) return false;
  const own = new Set(analyze(`${f.label.vi} ${f.label.en} ${f.quote}`).map((w) => w.fold));
  // (Where and when are the setting, not the purpose: "cho toàn tỉnh", "for the whole province", "through November".)
  return analyze(m[1]!).some((w) => !w.stop && !w.context && !/^\d/.test(w.fold) && !SETTING_WORDS.has(w.fold) && !own.has(w.fold));
}

/** Money asked in so many words ("bao nhiêu tiền", "số tiền", "how much money"), folded. */
const MONEY_ASKED = /\b(?:(?:bao nhieu|bn|may) (?:tien|dong|trieu|ty)\b(?! do\b)|so tien\b|how much money\b)/;

/** A share asked of people ("tỷ lệ người …", "what share of (the) people …", folded). */
const SHARE_OF_PEOPLE = /\b(?:ty le|bao nhieu (?:phan tram|%)|share of|percentage of|proportion of|percent of)(?: (?:the|cac|so))? (?:nguoi|people|persons|staff|employees|nhan su|workers)\b/;

/** The stop words of one word, folded: function words and particles, no word of what is counted. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(STOPWORDS.filter((w) => !w.includes(" ")).map(foldedAsRead));

/** Those who sat, before the result they got (folded): "thí sinh trúng tuyển", "ứng viên đỗ". */
const CANDIDATES_BEFORE_RESULT = /^(?:thi sinh|ung vien|candidates|applicants)(?= (?:trung tuyen|do|dau|duoc tuyen|passed|succeeded|were recruited|were hired))/;

/**
 * Does the statement's result say what the question counts, as typed after "bao nhiêu" ("người trúng
 * tuyển"): every word of it in the figure's label or sentence, one at least that the statement does
 * not say (not the quota, "chỉ tiêu … bao nhiêu người", of the plan the statement is about)?
 */
function countsAsWorded(asked: Intent, statement: CompiledFact, f: CompiledFact): boolean {
  const raw = asked.raw.map((t) => t.fold);
  const at = raw.findIndex((w, i) => (w === "bao" && raw[i + 1] === "nhieu") || w === "bn");
  if (at < 0) return false;
  // (Nor a word of whom a result is of: "thí sinh trúng tuyển" counts those recruited, "thí sinh" alone
  // the candidates, which no figure counts.)
  const after = raw.slice(at + (raw[at] === "bn" ? 1 : 2)).join(" ");
  const rest = after.replace(CANDIDATES_BEFORE_RESULT, "").split(" ");
  // (Nor a particle ending the question: "… người trúng tuyển vậy ạ?".)
  const counted = rest.filter((w) => !PEOPLE.has(w) && !FUNCTION_WORDS.has(w) && /\p{L}/u.test(w));
  const words = (text: string) => new Set(tokenize(text).map((t) => t.fold));
  const own = words(`${f.label.vi} ${f.quote}`);
  const its = words(statement.quote);
  return counted.length > 0 && counted.every((w) => own.has(w)) && counted.some((w) => !its.has(w));
}

/**
 * Does the question count what the statement names (its label, folded), in words the figure's unit
 * and label do not have? Then the statement's things, not the figure's, are asked.
 */
function countsTheStatement(asked: Intent, statement: CompiledFact, f: CompiledFact): boolean {
  const counted = asked.counted.filter((w) => !GENERIC_COUNTERS.has(w));
  if (!counted.length) return false;
  const words = (text: string) => new Set(tokenize(text).map((t) => t.fold));
  const its = words(statement.label.vi);
  const own = words(`${f.unit?.vi ?? ""} ${f.label.vi}`);
  return counted.every((w) => its.has(w)) && counted.every((w) => !own.has(w));
}

/**
 * Of a message whose every clause asks a month or document number, each clause's statement naming
 * one, none twice; undefined unless every clause has its own.
 */
function identifiersOfClauses(k: LoadedKnowledge, text: string): { fact: CompiledFact; identifier: Identifier }[] | undefined {
  const clauses = askingClauses(text);
  if (clauses.length < 2 || clauses.length > MAX_PARTS) return undefined;
  const found: { fact: CompiledFact; identifier: Identifier }[] = [];
  for (const clause of clauses) {
    const intent = readIntent(clause, k.contentFolds, k.places);
    if (!intent.identifier || intent.howMany || !asksNumberOrMonth(intent)) return undefined;
    const named = search(k, intent)
      .filter((c) => c.fact.kind === "statement" && c.coverage >= WEIGHTS.minCoverage)
      .flatMap((c) => {
        const identifier = identifierIn(intent, c.fact);
        return identifier ? [{ fact: c.fact, identifier }] : [];
      })[0];
    if (!named || found.some((x) => x.fact === named.fact)) return undefined;
    found.push(named);
  }
  return found;
}

/**
 * Of a message asking two things, one a month or document number ("tháng mấy"), the figure the
 * other clause asks, when one explains that clause on its own and is what it asks, and which of
 * the two clauses asks it.
 */
function figureBesideIdentifier(k: LoadedKnowledge, text: string): { fact: CompiledFact; asked: number } | undefined {
  const clauses = askingClauses(text);
  if (clauses.length !== 2) return undefined;
  const intents = clauses.map((c) => readIntent(c, k.contentFolds, k.places));
  const other = intents.filter((i) => !i.identifier && i.howMany);
  if (other.length !== 1 || intents.filter((i) => i.identifier).length !== 1) return undefined;
  const asked = intents.indexOf(other[0]!);
  const best = search(k, other[0]!).find((c) => c.fact.kind !== "statement" && c.fact.value !== null);
  return best && best.coverage >= WEIGHTS.minCoverage && fits(k, other[0]!, best.fact) && !notTheFigureAsked(k, other[0]!, best.fact, other[0]!.lang) ? { fact: best.fact, asked } : undefined;
}

/** A figure the answering report gives no change of since the baseline year another report covers: worked out across both. */
function withBaselineReport(all: LoadedKnowledge, r: Result, intent: Intent, read: ReadPlan): Result {
  const across = "decline" in r ? baselineComparison(all, intent) : undefined;
  if (!across) return r;
  const worked = acrossYears(all, rankingIntent(intent, read), across.newer, across.older);
  return "items" in worked ? worked : r;
}

/**
 * "Năm 2024 công bố nhiều hơn năm 2023 bao nhiêu TTHC?": the figure in the newer report and the
 * same figure (measure, qualifiers, kind) in the older one; their difference, both cited.
 */
function acrossYears(k: LoadedKnowledge, intent: Intent, newer: CompiledReport, older: CompiledReport): Result {
  const a = search(scoped(k, new Set([newer.id])), intent)[0];
  if (!a || a.coverage < WEIGHTS.minCoverage || a.fact.value === null) return { decline: "out-of-scope" };
  const same = (x: CompiledFact) =>
    x.measure === a.fact.measure && x.kind === a.fact.kind && (["level", "body", "action"] as const).every((d) => sameFacet(x, a.fact, d));
  const b = search(scoped(k, new Set([older.id])), intent).find((c) => same(c.fact))?.fact ?? k.kb.facts.find((f) => f.reportId === older.id && same(f));
  const change = b && changeBetween(a.fact, b, Math.max(...newer.years), Math.max(...older.years));
  if (!change) return { decline: "cannot-compute", near: [a] };
  return { items: [change, ...change.operands], op: "difference" };
}

/** The answer for one fact, as if asked for it (suggestion buttons, topic lists). */
export function answerFact(id: string, lang: Lang = "vi"): Answer | null {
  const k = knowledge();
  const fact = k.byId.get(id);
  return fact ? composeAnswer(k, [fact], lang, { context: writeContext(k, { op: "value", slots: { level: [], body: [], action: [], measure: fact.measure }, facts: [fact.id] }) }) : null;
}

/** Up to `limit` distinct facts for a query, each as its own answer (inline search results). */
export function searchAnswers(query: string, lang?: Lang, limit = 10): Answer[] {
  const k = knowledge();
  const { text } = wordsRead(typedQuestion(query));
  const l = lang ?? detectLang(text);
  const intent = readIntent(text, k.contentFolds, k.places);
  const facts = text
    ? search(scoped(k, chooseReports(k, intent).reports), intent).filter((c) => c.coverage >= WEIGHTS.minCoverage / 2).map((c) => c.fact)
    : k.kb.facts.filter((f) => f.headline);
  return facts.slice(0, limit).map((f) => composeAnswer(k, [f], l));
}

/** "what was the …" (folded): one amount asked in English without "how many" (not "what were the districts …", a list). */
const WHAT_WAS = /^\W*what (?:was|is)\b/;

/** Does the main clause name one body of a figure given for two together, and the excluded clause the other? */
function leavesOutABody(main: Intent, excluded: Intent, f: CompiledFact): boolean {
  const has = f.facets.body as string[];
  const asked = main.body.map((h) => h.value as string);
  const out = excluded.body.map((h) => h.value as string);
  return has.length >= 2 && asked.length > 0 && asked.every((b) => has.includes(b)) && asked.length < has.length && out.some((b) => has.includes(b) && !asked.includes(b));
}

/**
 * "Only the district tier, not counting communes: how many …?", "Just the civil-servant cut, not the
 * drop in public-service staff": what is left out is a figure the report states apart from the main
 * clause's answer (not it, no part or whole of it; of another measure, or of a level or body the
 * answer is not of), so leaving it out changes nothing: the main clause answered alone. Null when it
 * may be inside that answer.
 */
function leftOutApart(all: LoadedKnowledge, k: LoadedKnowledge, read: ReadPlan, mainIntent: Intent): Result | null {
  const outIntent = readIntent(read.excluded!, k.contentFolds, k.places, mainIntent.lang);
  const out = search(k, outIntent).find((c) => c.coverage >= WEIGHTS.minCoverage && c.fact.value !== null && c.fact.kind !== "statement")?.fact;
  if (!out) return null;
  const alone = answerText(all, read.main, mainIntent);
  if (!("items" in alone)) return null;
  const outFacets = facetsOf(outIntent);
  // (Apart by what it counts, or by a level or body the excluded clause names that the answer is not
  // of: the committee's 89 documents self-checked may be some of the province's 125, which the report
  // does not say.)
  const namedApart = (f: CompiledFact) => (["level", "body"] as const).some((d) => outFacets[d].length > 0 && !outFacets[d].every((v) => (f.facets[d] as string[]).includes(v)));
  const carries = (f: CompiledFact) => (["level", "body"] as const).some((d) => outFacets[d].length > 0 && outFacets[d].every((v) => (f.facets[d] as string[]).includes(v)));
  // (And of what the main clause counts: "tổng cộng bao nhiêu cơ quan" is not the departments' 22.)
  const counted = measureCounted(mainIntent)?.measure;
  // (Or by another thing the main clause names that the answer's label names and the excluded
  // figure's does not, as the doer: "Leaving aside the documents the districts sent in, how many did
  // the inspection teams examine?" of the teams' 106, not the department's 23. The report does not
  // say whether some of the 23 are among the 106; the teams' own figure is what is asked.)
  const named = measuresNamed(mainIntent);
  const lang = mainIntent.lang;
  const doneBy = (f: CompiledFact) => named.some((m) => m !== f.measure && labelMeasures(f, lang).includes(m) && !labelMeasures(out, lang).includes(m));
  const apart = (f: CompiledFact) =>
    f !== out && f.value !== null && !partsUnder(k, f)?.parts.includes(out.id) && !partsUnder(k, out)?.parts.includes(f.id) && !sameWhole(k, f, out) &&
    (doneBy(f) || (!carries(f) && (f.measure !== out.measure || namedApart(f)))) && (counted === undefined || f.measure === counted);
  return alone.items.every((x) => (isComputed(x) ? x.operands : [x]).every(apart)) ? alone : null;
}
