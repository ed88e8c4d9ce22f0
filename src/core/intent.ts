// What a question asks for, beyond its words: facets (level, body, action, kind of figure), the
// form of the question, the places and years it names, and forms the reports cannot answer.
import { namesYearBefore } from "./period.ts";
import { analyzeTokens, lexicon, type Word } from "./analyze.ts";
import { ACTION_PHRASES, ACTION_READINGS, akinActions, BODY_PHRASES, KIND_PHRASES, LEVEL_PHRASES, type Action, type AskedKind, type Body, type Level } from "./lexicon/facets.ts";
import {
  ABSOLUTE_FORMS,
  COORDINATORS,
  COUNT_FORMS,
  HOW_MANY_FORMS,
  YES_NO_CLOSINGS,
  YES_NO_OPENINGS,
  IDENTIFIER_FORMS,
  INJECTION_FORMS,
  LISTING_FORMS,
  QUANTITY_FORMS,
  SMALL_TALK,
  UNANSWERABLE_FORMS,
} from "./lexicon/intents.ts";
import { PLACE_CODES, PLACES } from "./lexicon/places.ts";
import { BOTH_SIDES_ASKED, CITE_PHRASES, PASSAGE_WORDS } from "./lexicon/operations.ts";
import { fold, foldedAsRead, tokenize, type Token } from "./normalize.ts";
import type { Lang } from "./answer.ts";
import { detectLang } from "./lang.ts";
import { PhraseTable, positionsCovered, type PhraseHit } from "./phrase-table.ts";
import { questionMemo } from "./budget.ts";
import { measuresCountedIn } from "./measures-named.ts";

export type FacetHit<T extends string> = PhraseHit<T>;

export interface Intent {
  words: Word[];
  /** The message's tokens as typed (no abbreviation, synonym or spelling change). */
  raw: Token[];
  /** The language the question is written in (labels of that language are compared). */
  lang: Lang;
  level: FacetHit<Level>[];
  body: FacetHit<Body>[];
  action: FacetHit<Action>[];
  /** "và"/"and" positions, to tell "công bố và bãi bỏ" (two figures) from one. */
  coordinators: PhraseHit<string>[];
  kind: AskedKind | null;
  /** A kind the message rules out: "con số tuyệt đối" is no rate, nor is "…, không cần tỷ lệ" (ask.ts). */
  notKind: AskedKind | null;
  /** Asks for an amount ("bao nhiêu", "tỷ lệ", "Số văn bản …"). */
  quantitative: boolean;
  /** Folded words naming what is counted: "bao nhiêu [đơn vị sự nghiệp]", "how many [tasks]". */
  counted: string[];
  /** Asks for a document's number or name ("kế hoạch số mấy"). */
  identifier: boolean;
  /** Asks which things ("những huyện nào", "which districts"). */
  listing: boolean;
  places: string[];
  years: number[];
  /** Years named as a comparison baseline ("so với năm 2023", "compared with 2023"). */
  baselineYears: number[];
  /** "bao nhiêu", "how many", and not a yes/no question: only a number answers it. */
  howMany: boolean;
  unanswerable: boolean;
  injection: boolean;
  smallTalk: boolean;
  /** What kind of small talk: thanks and acknowledgements get a short reply, greetings the help. */
  smallTalkKind: "greeting" | "thanks" | "ack";
}

const LEVELS = lexicon<Level>(LEVEL_PHRASES);
export const BODIES = lexicon<Body>(BODY_PHRASES);
export const ACTIONS = lexicon<Action>(ACTION_PHRASES);
const KINDS = lexicon<AskedKind>(KIND_PHRASES);

/** Names of some of a level's units, folded ("phường", "thị trấn" are some communes; "thị xã" a district). */
const SOME_OF_A_LEVEL: ReadonlySet<string> = new Set(["phuong", "thi tran", "thi xa", "ward", "wards", "township", "townships"]);
/** Names some of a level's units: not as the level's own name, "cấp phường", "ward level". */
const someUnitsAt = (intent: Intent, h: FacetHit<Level>): boolean =>
  SOME_OF_A_LEVEL.has(intent.words.slice(h.start, h.end).map((w) => w.fold).join(" ")) && intent.words[h.start - 1]?.fold !== "cap" && intent.words[h.end]?.fold !== "level";
/** Does the message name levels only by some of their units ("không tính phường, thị trấn")? */
export const someOfALevel = (intent: Intent): boolean => intent.level.length > 0 && intent.level.every((h) => someUnitsAt(intent, h));

/** Words that keep only what follows ("chỉ riêng các phường", "chỉ tính phường", "only the wards"), folded, the words before it. */
const KEPT_ONLY = /(?:^|\s)(?:rieng|chi tinh|chi|only|just)(?: (?:cac|nhung|the))?$/;
/** Does the message keep only some units of a level ("cấp xã …, chỉ riêng các phường")? */
const someOfALevelKept = (intent: Intent): boolean =>
  intent.level.some(
    (h) => someUnitsAt(intent, h) && KEPT_ONLY.test(intent.words.slice(Math.max(0, h.start - 3), h.start).map((w) => w.fold).join(" ")),
  );

/** Does the message ask of some units of a level only, named alone or kept ("các phường", "chỉ riêng các phường")? */
export const someUnitsAsked = (intent: Intent): boolean => someOfALevel(intent) || someOfALevelKept(intent);

/** Words before a verb that make it passive, folded ("được kiểm tra", "were checked"). */
const PASSIVE: ReadonlySet<string> = new Set(["duoc", "dc", "bi", "were", "was", "are", "is", "been", "be"]);
/** Words asking a quantity, folded in pairs. */
const ASKING: ReadonlySet<string> = new Set(["bao nhieu", "how many", "how much"]);

/**
 * Actions that say which things, not what is asked of them: after "do" or after "mình" (the subject
 * itself), "… tự kiểm tra bn văn bản do mình ban hành"; or before another action of the same things
 * done to them, passive, no question between them, "documents issued by the communes were checked",
 * "văn bản cấp xã ban hành được kiểm tra" (not "Tỉnh công bố bao nhiêu TTHC? Đồng thời số TTHC này có
 * được công khai không?", nor "civil servants recruited by the province passed").
 */
export function describingActions(asked: Intent): string[] {
  const nextOfSame = (h: FacetHit<string>) => {
    const next = asked.action.find((x) => x.start >= h.end && x.value !== h.value);
    return next && !asked.words.slice(h.end, next.start).some((w, j, ws) => ASKING.has(`${w.fold} ${ws[j + 1]?.fold ?? ""}`) || w.fold === "bn") ? next : undefined;
  };
  const passiveNext = (h: FacetHit<string>) => PASSIVE.has(asked.words[(nextOfSame(h)?.start ?? 0) - 1]?.fold ?? "");
  return asked.action
    .filter((h, i) => asked.words[h.start - 1]?.fold === "minh" || asked.words.slice(i ? asked.action[i - 1]!.end : 0, h.start).some((w) => w.fold === "do") || passiveNext(h))
    .map((h) => h.value as string);
}

/** Where a question names a rate ("tỷ lệ", "phần trăm", "rate"): positions in its words. */
export const rateWordsAt = (intent: Intent): ReadonlySet<number> => positionsCovered(KINDS.findAll(intent.words).filter((h) => h.value === "percent"));
const QUANTITY = lexicon(QUANTITY_FORMS, true);
const ABSOLUTE = lexicon(ABSOLUTE_FORMS, true);
/** Words before a kind that rule it out (folded, the two words before it): "không phải %", "not the rate". */
const RULED_OUT = /(?:^|\s)(?:khong phai|khong can|khong|not|not the|rather than)$/;
const COUNT = lexicon(COUNT_FORMS, true);
const HOW_MANY = lexicon(HOW_MANY_FORMS);
const YES_NO_OPEN = new Set(YES_NO_OPENINGS);
const YES_NO_CLOSE = lexicon(YES_NO_CLOSINGS, true);

const LISTING = lexicon(LISTING_FORMS, true);
const IDENTIFIER = lexicon(IDENTIFIER_FORMS, true);
const JOINS = lexicon<string>(COORDINATORS);
const UNANSWERABLE = lexicon(UNANSWERABLE_FORMS, true);
/**
 * Requests for the source ("…, nguồn ở đâu?", "báo cáo ghi ở đâu?"): where in the report, no place
 * asked. (Not "nằm ở đâu", "lấy ở đâu": "Bộ phận một cửa nằm ở đâu?" asks a place.)
 */
const CITE_REQUEST = lexicon(CITE_PHRASES.filter((p) => !/^(?:nằm|lấy) (?:ở|từ) đâu$/u.test(p)), true);
/** "Whose …?" opening a question asks a person (as analyzed: stemmed). */
const WHOSE = tokenize("whose")[0]!.fold;
/**
 * Which place or agency is first, with what is compared in between ("Huyện nào ban hành nhiều văn
 * bản QPPL nhất?", folded): the reports compare no two places or agencies (levels they do: "Cấp nào
 * …"). (Not "thống nhất", "cập nhật", "bao nhiêu", nor "nhất là", especially.)
 */
const SUPERLATIVE_AROUND = /\b(?:huyen|xa|phuong|thi xa|so|co quan|don vi|nganh|linh vuc|dia phuong) nao\b.*\b(?<!\bbao )(?:nhieu|it|cao|thap|lon|nho)(?: \S+){0,5} (?<!\b(?:thong|duy|dong|hop|cap) )nhat\b(?! la\b)/;
const INJECTION = lexicon(INJECTION_FORMS, true);
const SMALL_TALK_PHRASES = lexicon<"greeting" | "thanks" | "ack">(SMALL_TALK);
/** "ok cảm ơn" is thanks; "alo ok" a greeting. */
const SMALL_TALK_RANK = { thanks: 0, greeting: 1, ack: 2 } as const;
/** "Số văn bản …" opening a question is "the number of …" (with its marks: "so" may be "sở"). */
const NUMBER_OF = tokenize("số")[0]!;
/** "Căn cứ kế hoạch tuyển dụng nào?", "quyết định phê duyệt nào?": a kind of document, then "nào" a few words on. */
const DOCUMENT_KINDS = new Set(["ke hoach", "quyet dinh", "thong bao", "cong van", "nghi quyet", "van ban", "bao cao", "chi thi"]);
/** "tổng số bao nhiêu", "trên số bao nhiêu": "số" after these is a count, not a document's number (folded). */
const COUNT_BEFORE_NUMBER: ReadonlySet<string> = new Set(["tong", "tren", "trong"]);
const countNumbered = (words: readonly Word[], at: number) => words[at]?.fold === "so" && COUNT_BEFORE_NUMBER.has(words[at - 1]?.fold ?? "");
/** Parts of a text ("câu nào", "đoạn nào"): "Trong báo cáo câu nào nói vậy?" asks a passage, not which report (folded). */
// (Nor "thế nào", how: "câu đó trong báo cáo ghi thế nào?" asks its wording.)
const NOT_WHICH_AFTER = new Set([...PASSAGE_WORDS.map(fold), "the"]);
const documentWhich = (words: readonly Word[]) =>
  // (Not a "nào" opening the message, "Nào, cho hỏi …": no kind before it.)
  words.some((w, i) => i > 0 && w.fold === "nao" && !NOT_WHICH_AFTER.has(words[i - 1]!.fold) && words.slice(Math.max(0, i - 4), i - 1).some((x, j, xs) => DOCUMENT_KINDS.has(`${x.fold} ${xs[j + 1]?.fold ?? words[i - 1]!.fold}`)));

/**
 * "the number of the decision", "the plan number" as typed: one document's number (not "the number
 * of the documents", "the decision's recruits", which stemming would read alike).
 */
const NUMBER_OF_DOCUMENT = /\b(?:number of the (?:decision|plan|document|report)|(?:decision|plan|document|report|reference) number)\b(?!['’])/i;

/**
 * "What was the province's score in …?", "Which rank did it get?": a score or a rank asked after an
 * asking word is a number (not "Tell me about the scores published", "How were agencies ranked?").
 */
const SCORE_ASKED = /^\s*(?:what|which)\b[^?.!]*\b(?:score|scores|scored|rank|ranked|ranking|position)\b/i;

/** No content word beyond asking when or which number, and no document named to ask it of. */
function nothingAsked(words: Word[], content: Word[], identifier: boolean): boolean {
  if (!identifier) return content.length === 0;
  if (words.some((w, i) => DOCUMENT_KINDS.has(`${w.fold} ${words[i + 1]?.fold ?? ""}`) || w.fold === "report" || w.fold === "document")) return false;
  const asking = positionsCovered(IDENTIFIER.findAll(words));
  return content.every((w) => asking.has(words.indexOf(w)));
}

/**
 * Verbs asking for what follows ("chỉ hỏi số đoàn", "cho biết số …", "cung cấp số"): "số" after one,
 * then a word naming what, asks a number (compared with their marks when typed with them: "cán"
 * is not "cần").
 */
const REQUEST_VERBS = ["hỏi", "biết", "xin", "cấp", "cần"].map((v) => tokenize(v)[0]!);
const isRequestVerb = (w: Word) => REQUEST_VERBS.some((v) => (w.marked ? w.acc === v.acc : w.fold === v.fold));
const numberRequested = (words: readonly Word[]) =>
  words.some((w, i) => i > 0 && w.fold === NUMBER_OF.fold && (!w.marked || w.acc === NUMBER_OF.acc) && isRequestVerb(words[i - 1]!) && words[i + 1] !== undefined && !words[i + 1]!.stop);
/**
 * An order to add, "cộng A với B lại (giúp mình)": it asks the amount of the sum, as "add up" does.
 * ("cộng" with its marks, or opening the message without them: "công" is another word.)
 */
const PLUS = tokenize("cộng")[0]!;
const addingOrdered = (words: readonly Word[]) =>
  words.some((w, i) => w.fold === PLUS.fold && (w.marked ? w.acc === PLUS.acc : i === 0) && words.slice(i + 2).some((l) => l.fold === "lai"));
/** What joins two clauses within a message: a comma, a semicolon, a question mark before more, "và", "còn", "với", "để", "đồng thời", "and", "with". */
const ONE_CLAUSE_ENDS = /[,;]|\?(?=.)|(?<![\p{L}\p{M}])(?:và|va|còn|con|với|voi|để|de|đồng thời|dong thoi|and|with)(?![\p{L}\p{M}])/iu;
/** How many words after "bao nhiêu" name the thing counted. */
const COUNTED_WORDS = 3;

/** What "how many of those …" takes some of ("how many of those agencies": the agencies), folded: the whole the things counted are of. */
export const countedWhole = (intent: Intent): string[] =>
  intent.counted.length ? intent.counted : countedAfter(intent.words, intent.raw.map((t) => t.fold).join(" "), positionsCovered(intent.level), positionsCovered(intent.action), true);

/** Words taking some of a whole right after "how many" ("of those", "of the 62", "trong số các"), folded and stemmed. */
const PARTITIVE = /^(?:of (?:thos|thes|them|the|its|their)|trong so(?: (?:cac|nhung))?)(?: \d+)?(?= |$)/;
const partitiveLength = (words: readonly Word[], at: number): number => {
  const m = PARTITIVE.exec(words.slice(at, at + 4).map((w) => w.fold).join(" "));
  return m ? m[0].split(" ").length : 0;
};

function countedAfter(words: Word[], question: string, levelAt: ReadonlySet<number>, actionAt: ReadonlySet<number>, pastPartitive = false): string[] {
  // ("mấy đoàn kiểm tra … kiểm tra tổng cộng bn văn bản": in one clause, a "mấy" before a later
  // "bao nhiêu" says which, "the teams"; what the later one counts is asked. Not two questions: "mấy
  // đoàn, kiểm tra bao nhiêu văn bản?".)
  const hits = COUNT.findAll(words);
  const oneClause = !ONE_CLAUSE_ENDS.test(question.trim());
  const later = oneClause && hits.length > 1 && hits[0]!.end - hits[0]!.start === 1 && words[hits[0]!.start]!.fold === "may" ? hits.at(-1) : undefined;
  const q = later && words[later.start]!.fold !== "may" ? later : hits[0];
  if (!q) return [];
  // (Past a level said first: "how many district-level legal documents" counts the documents; not
  // when the level is all it names, "bao nhiêu xã, phường, thị trấn (ban hành …)", "how many communes".)
  // (Asked, past "of those", "trong số các": the whole some of which are counted, "how many of those
  // agencies"; not what ranks the figures, which may be a part of it, "… of the documents are decisions".)
  const from = q.end + (pastPartitive ? partitiveLength(words, q.end) : 0);
  const run = (skipLevels: boolean) => {
    const out: string[] = [];
    for (let i = from; i < words.length && out.length < COUNTED_WORDS; i++) {
      const w = words[i]!;
      // ("how many one-stop procedures": "một" opens the name "một cửa", what is counted; not "một
      // năm", a year.)
      if (!out.length && w.fold === "mot" && words[i + 1]?.fold === "cua") continue;
      if (w.stop || w.context) break;
      if (skipLevels && !out.length && levelAt.has(i)) continue;
      // (Not to a verb: "bao nhiêu xã, phường, thị trấn ban hành …" counts the communes.)
      if (skipLevels && !out.length && actionAt.has(i)) return [];
      out.push(w.fold);
    }
    return out;
  };
  const past = levelAt.has(from) ? run(true) : [];
  return past.length ? past : run(false);
}

/**
 * The kind of figure a phrase names and nothing else ("tỷ lệ", "phần trăm", "the percentage"), if
 * so: left out ("không cần tỷ lệ"), it rules that kind out rather than a thing counted.
 */
export function kindOnly(text: string): AskedKind | null {
  const words = analyzeTokens(tokenize(text));
  const hits = KINDS.findAll(words);
  const at = positionsCovered(hits);
  const kinds = new Set(hits.map((h) => h.value));
  return kinds.size === 1 && words.every((w, i) => at.has(i) || w.stop || w.context) ? hits[0]!.value : null;
}

/**
 * Asks whether something is so, not for an amount. (A closing "không" after "bao nhiêu" is a tag:
 * "có bn người đậu k" asks how many.)
 */
function yesNo(raw: readonly Token[], words: Word[], amountAsked: boolean): boolean {
  if (raw[0] && !raw[0].marked && YES_NO_OPEN.has(raw[0].acc)) return true;
  const last = YES_NO_CLOSE.findAll(words).at(-1);
  return last !== undefined && last.end === words.length && !amountAsked;
}

/** Place names on raw tokens (no synonyms): "Hà Nam" must stay "Hà Nam". */
const PLACE_TABLE = new PhraseTable(PLACES.map((name) => ({ phrase: tokenize(name), value: name })));

/**
 * Places other than `ownPlaces` that the text names. (A one-word name with marks is matched as typed
 * in a message typed with marks: there "lao" is the word of "người lao động", not Laos, "Lào". A
 * longer name is matched unmarked too, "Ha Noi" among marked words being Hà Nội still.)
 */
export function placesIn(tokens: readonly Token[], ownPlaces: PhraseTable<string>): string[] {
  const found: string[] = [];
  const marked = tokens.some((t) => t.marked);
  for (let i = 0; i < tokens.length; ) {
    const own = ownPlaces.at(tokens, i);
    const found1 = own ? undefined : PLACE_TABLE.at(tokens, i);
    const other = found1 && marked && found1.phrase.length === 1 && found1.phrase[0]!.marked && !tokens[i]!.marked ? undefined : found1;
    if (other) found.push(other.value);
    i += own?.phrase.length ?? other?.phrase.length ?? 1;
  }
  return found;
}

/** The places of `table` a text names, each once (by its name without "huyện", "thị xã"; "TP", "… city" are "thành phố"). */
export function placesNamed(tokens: readonly Token[], table: PhraseTable<string>): string[] {
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; ) {
    const hit = table.at(tokens, i);
    if (hit) found.add(fold(hit.value.replace(/^(huyện|thị xã) /, "").replace(/^TP\.? |^city of /i, "thành phố ").replace(/^(.+) city$/i, "thành phố $1")).toLowerCase());
    i += hit?.phrase.length ?? 1;
  }
  return [...found];
}

const PLACE_CODE_RE = new RegExp(`(?<![\\p{L}\\d])(${Object.keys(PLACE_CODES).join("|")})(?![\\p{L}\\d])`, "gu");

/** Places named by a capitalized code in the question as typed ("HN"). */
function placeCodesIn(question: string): string[] {
  return [...question.matchAll(PLACE_CODE_RE)].map((m) => PLACE_CODES[m[1]!]!);
}

export function placeTable(places: readonly string[]): PhraseTable<string> {
  return new PhraseTable(places.map((name) => ({ phrase: tokenize(name), value: name })));
}

/** The quote names the year other than as a baseline ("so với năm 2023"). */
export function yearIsSubject(quote: string, year: number): boolean {
  const text = fold(quote).toLowerCase();
  return [...text.matchAll(new RegExp(`(?<!\\d)${year}(?!\\d)`, "g"))].some((m) => !/(so voi|compared (with|to)|than)( nam| the year)? ?$/.test(text.slice(Math.max(0, m.index - 20), m.index)));
}

// (Not a number of the last century right after a verb stating a figure: "giao 1951 … hiện có 1895"
// are the report's figures; "1999", "năm 1995", "so với 1990" are years.)
/** The year a question asks about, not one it compares with: "năm 2023 so với 2022" asks 2023. */
export const yearAsked = (intent: Intent): number | undefined => intent.years.find((y) => !intent.baselineYears.includes(y));

export function yearsIn(text: string): number[] {
  return [...text.matchAll(/(?<![\d.,/])(20\d\d|(?<!(?:giao|có|co|là|la|đạt|dat|gồm|gom|còn|con|is|are|was|were|has|have|had)\s+)19[5-9]\d)(?![\d.,/]\d)/giu)].map((m) => Number(m[1]));
}

const FROM = tokenize("từ")[0]!;
/** Words that make the year after them a baseline: "so với (năm) 2023", "với 2023" ("vs" in chat), "than 2023". */
// ("cùng kỳ năm 2023", "the same period of 2023": the reference period a share is of.)
const BASELINE_BEFORE = ["so với", "so", "với", "compared with", "compared to", "than", "vs", "versus", "against", "from", "từ", "cùng kỳ", "same period"].map(foldedAsRead);
/**
 * …and "since", a baseline only of a change: "fallen since 2023"; "How many documents has the province
 * issued since 2023?" asks a period the report's 2024 figure is not.
 */
const PERIOD_FROM = ["since"].map(foldedAsRead);
/** Words of a change (folded): "giảm", "tăng", "fallen", "increased". */
const CHANGE_WORDS: ReadonlySet<string> = new Set([...ACTION_PHRASES.giam, "tăng", "increase", "increased", "rise", "rose", "risen", "grow", "grew", "grown", "change", "changed", "fallen"].flatMap((p) => tokenize(p).map((t) => t.fold)));

// (Only a year written as one: "Trong số 2.071 TTHC …" names no year.)
function baselineYears(words: Word[], written: readonly number[]): number[] {
  const out: number[] = [];
  words.forEach((w, i) => {
    if (!/^(19|20)\d\d$/.test(w.fold) || !written.includes(Number(w.fold))) return;
    let j = i - 1;
    // ("so với năm ngoái (2023)", "than last year (2023)": the year named again after the words.)
    while (["nam", "year", "in", "of", "the", "ngoai", "truoc", "last", "previou"].includes(words[j]?.fold ?? "")) j--;
    // The one or two words before: "so với", "than".
    const before = words
      .slice(Math.max(0, j - 1), j + 1)
      .map((x) => x.fold)
      .join(" ");
    // ("từ 2023" is a baseline; "điện tử 2023" is not: "tu" typed with other marks.)
    const prev = words[j];
    if (prev?.fold === "tu" && prev.marked && prev.acc !== FROM.acc) return;
    const marks = (bs: readonly string[]) => bs.some((b) => before === b || before.endsWith(` ${b}`));
    if (marks(BASELINE_BEFORE) || (marks(PERIOD_FROM) && words.some((x) => CHANGE_WORDS.has(x.fold)))) out.push(Number(w.fold));
  });
  return out;
}

/**
 * The stages of one question read the same text again (the message, its focus, its main clause,
 * each asked clause): a reading is kept until the next question (budget.ts). Intents are never
 * changed once read (rankingIntent copies), so sharing them is safe.
 */
const readings = questionMemo<string, { folds: ReadonlySet<string>; places: PhraseTable<string>; intent: Intent }>();

export function readIntent(question: string, contentFolds: ReadonlySet<string>, ownPlaces: PhraseTable<string>, lang = detectLang(question)): Intent {
  const key = `${lang} ${question}`;
  const known = readings.get(key);
  if (known?.folds === contentFolds && known.places === ownPlaces) return known.intent;
  return readings.set(key, { folds: contentFolds, places: ownPlaces, intent: readFresh(question, contentFolds, ownPlaces, lang) }).intent;
}

/** Verbs that stand for other actions when said of what some measure counts (ACTION_READINGS). */
const READINGS = ACTION_READINGS.map((r) => ({
  ...r,
  said: new PhraseTable(r.phrases.map((p) => ({ phrase: tokenize(p), value: p }))),
  unless: new PhraseTable(r.unlessNamed.map((p) => ({ phrase: tokenize(p), value: p }))),
  which: new PhraseTable(r.whichNamed.map((p) => ({ phrase: tokenize(p), value: p }))),
}));

/** The actions a question names, each verb said of a measure read as the actions it stands for there. */
function actionsRead(question: string, words: Word[], raw: Token[], years: readonly number[]): FacetHit<Action>[] {
  // (Not a verb of the request itself: "Please provide the number of …" asks, it names nothing provided.)
  // (Nor words of a date's context: "by late 2024" is when, not "late" as overdue.)
  const hits = ACTIONS.findAll(words).filter((h) => words.slice(h.start, h.end).some((w) => !w.stop && !w.context));
  // (On the words as typed: synonyms have made "cắt bớt" a plain "giảm".)
  const reading = READINGS.find((r) => hits.some((h) => h.value === r.action) && r.said.any(raw));
  if (!reading || baselineYears(words, years).length || reading.unless.any(raw) || reading.which.any(raw) || BOTH_SIDES_ASKED.test(fold(question).toLowerCase()) || !measuresCountedIn(raw).includes(reading.measure)) return hits;
  return hits.flatMap((h) => (h.value === reading.action ? reading.as.map((value) => ({ ...h, value })) : [h]));
}

/** Words denying what follows ("không", "chưa", "not", "didn't"), folded (no apostrophe). */
const DENIES = new Set(["khong", "ko", "kg", "hong", "chua", "chang", "not", "never", "didnt", "wasnt", "werent", "hasnt", "havent", "isnt", "arent"]);
/** A denial after "bao nhiêu"/"how many" in the same clause (folded). */
// (The same words.)
const DENIED_AFTER_HOW_MANY = new RegExp(String.raw`\b(?:bao nhieu|bn|how many|how much)\b[^,;?.!:]*\b(?:${[...DENIES].join("|")})\b(?!\s*[?,]|\s*$)`);
/** Words between a denial and its verb ("không bị bãi bỏ", "chưa được thẩm định", "were not yet appraised"). */
const DENIAL_BRIDGE = new Set(["bi", "duoc", "t", "been", "be", "yet", "have", "has"]);

/**
 * Does the question deny an action it names ("bao nhiêu TTHC không bị bãi bỏ?", "How many drafts
 * were not appraised?")? The report gives what was done, not what was not.
 */
export function deniesAnAction(intent: Intent, question: string): boolean {
  // (Within the clause that asks how many: not "Biên chế có giảm không, giảm bao nhiêu?", nor a
  // yes/no question, "Có văn bản nào chưa được tự kiểm tra không?".)
  if (!DENIED_AFTER_HOW_MANY.test(fold(question).toLowerCase().replace(/['’]/g, ""))) return false;
  return intent.action.some((h) => {
    let i = h.start - 1;
    while (i >= 0 && DENIAL_BRIDGE.has(intent.words[i]!.fold)) i--;
    return i >= 0 && DENIES.has(intent.words[i]!.fold);
  });
}

/** Does the question say a verb that stands for other actions here ("cắt giảm bao nhiêu TTHC": abolished or simplified, no change)? */
export const actionReadAsOthers = (intent: Intent): boolean => actionsReadAsOthers(intent).length > 0;
/**
 * A clause of a message with its verb read as typed again when another clause names which figure
 * it means: "hoàn thành bao nhiêu nhiệm vụ, trên tổng số bao nhiêu nhiệm vụ của kế hoạch?" asks the plan's.
 */
export function readAsInMessage(clause: Intent, message: string): Intent {
  const span = (h: FacetHit<Action>) => `${h.start}:${h.end}`;
  const shared = new Set(clause.action.filter((h, i) => clause.action.some((o, j) => j !== i && span(o) === span(h))).map(span));
  if (!shared.size) return clause;
  const raw = tokenize(message);
  const reading = READINGS.find((r) => r.which.any(raw) && clause.action.some((h) => shared.has(span(h)) && r.as.includes(h.value)));
  if (!reading) return clause;
  const kept = new Set<string>();
  const action = clause.action.flatMap((h) => {
    if (!shared.has(span(h))) return [h];
    if (kept.has(span(h))) return [];
    kept.add(span(h));
    return [{ ...h, value: reading.action }];
  });
  return { ...clause, action };
}

/** The actions one verb of the question is read as ("cắt giảm": bãi bỏ and đơn giản hóa), when it is. */
export const actionsReadAsOthers = (intent: Intent): Action[] =>
  intent.action.filter((h, i) => intent.action.some((o, j) => j !== i && o.start === h.start && o.end === h.end)).map((h) => h.value);

/** A document's number and sign ("391/KH-UBND", "627/BC-UBND"): its letters name no body or action ("KH" is no "không"). */
const DOCUMENT_NUMBER = /(?<![\p{L}\d])(\d+)\/[\p{L}]+(?:-[\p{L}]+)+/gu;

/** Words before an unmarked "tinh" that make it the verb "tính" ("ko tinh", "chi tinh phan …"), folded. */
const NOT_BEFORE_TINH = new Set(["khong", "ko", "k", "kg", "hong", "chua"]);
const ONLY_BEFORE_TINH = new Set(["chi"]);
/** …and, after "chi tinh", words opening what is counted ("chi tinh phan ubnd cap huyen", "chi tinh cac so"): not "chỉ tỉnh ban hành". */
// (Not "co", "cap": "chỉ tỉnh có …", "chỉ tỉnh cấp …" are the province.)
const COUNTED_AFTER_TINH = new Set(["phan", "rieng", "cac", "nhung"]);
/** …and, after "tinh ca", words opening levels counted in ("tinh ca cap xa", "tinh ca hai cap"): not "tỉnh cả năm". */
const LEVELS_AFTER_TINH_CA = new Set(["cap", "cac", "hai", "ba", "2", "3"]);
/** Is an unmarked "tinh" read as a level the verb "tính" of "không tính …", "chỉ tính phần …", "tính cả cấp …"? */
function countingVerb(words: Word[], start: number, end: number): boolean {
  const w = words[start]!;
  if (end - start !== 1 || w.fold !== "tinh" || w.marked) return false;
  const before = words[start - 1]?.fold ?? "";
  const [next, after] = [words[start + 1]?.fold ?? "", words[start + 2]?.fold ?? ""];
  return NOT_BEFORE_TINH.has(before) || (ONLY_BEFORE_TINH.has(before) && COUNTED_AFTER_TINH.has(next)) || (next === "ca" && LEVELS_AFTER_TINH_CA.has(after));
}

/**
 * Words an unmarked level word is a syllable of: "dia phuong", "phuong an" are "địa phương",
 * "phương án", no ward ("phường").
 */
const HOLDS_LEVEL_SYLLABLE = new PhraseTable(
  ["địa phương", "phương án", "phương thức", "phương pháp", "phương hướng", "phương tiện", "phương châm", "đa phương", "song phương"].map((p) => ({ phrase: tokenize(p), value: p })),
);
function syllableOfAnother(words: Word[], start: number, end: number, question: string): boolean {
  if (end - start !== 1 || words[start]!.marked) return false;
  // (A capital after it makes it a ward's name, "Phuong An Dong", in a question not all in capitals.)
  const [word, next] = [words[start]!.fold, words[start + 1]?.fold];
  const folded = fold(question);
  if (next && folded !== folded.toUpperCase()) {
    const name = new RegExp(String.raw`(?<!\p{L})[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}\s+${next[0]!.toUpperCase()}${next.slice(1)}(?!\p{L})`, "u");
    if (name.test(folded)) return false;
  }
  return [start - 1, start].some((i) => {
    const e = i >= 0 ? HOLDS_LEVEL_SYLLABLE.at(words, i) : undefined;
    return e !== undefined && i + e.phrase.length > start;
  });
}

/** A clause opening a question with what brought the figure about ("Nhờ phương án đơn giản hóa, …", "Thanks to simplification, …"). */
// (Short, and asking nothing: "Nhờ trợ lý tra giúp: … bao nhiêu …, …" is a request.)
// (Or the subject of "giúp"/"helped": "Phương án đơn giản hóa TTHC giúp cắt giảm chi phí … bao nhiêu %?".)
// (Each word ends at a space, the last at the comma: a word that could end anywhere, "[^…]+\s*" twelve
// times over, is tried split every way when no comma follows, ~7 ms a message.)
const MEANS_CLAUSE = /^\s*(?:(?:nhờ|nho|thanks to|owing to|as a result of|because of)\s+((?:[^\s,?:;.!]+\s+){0,11}[^\s,?:;.!]+)\s*,|((?:[^\s,?:;.!]+\s+){1,12})(?:đã\s+|da\s+)?(?:giúp|giup|helped|helps)\s)/iu;
const ASKS_IN_MEANS = /\b(bao nhieu|bn|may|how|what|which)\b/;
/**
 * How many words such a clause runs to, when it is only the means: an action of its own, no body
 * or level (who acts, "Nhờ Sở Tư pháp góp ý, …", qualifies the figure), and the rest naming another
 * action, neither it nor broader ("Nhờ phương án đơn giản hóa, chi phí tuân thủ được cắt giảm bao
 * nhiêu %?": the cut of the cost; not "Nhờ tuyển dụng, tỉnh có thêm bao nhiêu công chức?", nor "Nhờ
 * tự kiểm tra, bao nhiêu văn bản được kiểm tra?").
 */
function meansClause(question: string, actions: readonly FacetHit<Action>[], qualifiers: readonly { start: number; end: number }[]): number {
  const m = MEANS_CLAUSE.exec(question);
  if (!m || ASKS_IN_MEANS.test(fold(m[1] ?? m[2]!).toLowerCase())) return 0;
  const n = analyzeTokens(tokenize(m[0])).length;
  const own = actions.filter((h) => h.end <= n);
  const rest = actions.filter((h) => h.start >= n);
  if (!own.length || !rest.length || qualifiers.some((h) => h.end <= n)) return 0;
  const apart = rest.every((r) => own.every((o) => o.value !== r.value && !akinActions([o.value], [r.value])));
  return apart ? n : 0;
}

/**
 * "trên địa bàn tỉnh": the province's whole territory, every level in it, not the provincial level
 * ("Năm 2024 trên địa bàn tỉnh ban hành bao nhiêu văn bản QPPL?" asks all three).
 */
function wholeTerritory(words: readonly Word[], h: { start: number; end: number; value: string }): boolean {
  return h.value === "tinh" && h.end - h.start === 1 && words[h.start - 1]?.fold === "ban" && words[h.start - 2]?.fold === "dia";
}

function readFresh(question: string, contentFolds: ReadonlySet<string>, ownPlaces: PhraseTable<string>, lang: Lang): Intent {
  const raw = tokenize(question.includes("/") ? question.replace(DOCUMENT_NUMBER, "$1") : question);
  // In an English question an unmarked "the" or "an" is English, not "thể" or "ăn".
  const words = analyzeTokens(raw, { contentFolds: lang === "en" ? undefined : contentFolds });
  // ("giảm bn người so 2023": a "so" typed right before a year is "so với", a word of the comparison,
  // not "số".)
  const isYear = (w: Word | undefined) => w !== undefined && /^(19|20)\d\d$/.test(w.fold);
  words.forEach((w, i) => {
    if (w.fold === "so" && !w.marked && (isYear(words[i + 1]) || (words[i + 1]?.fold === "nam" && isYear(words[i + 2])))) w.stop = true;
  });
  const years = yearsIn(question);
  const actions = actionsRead(question, words, raw, years);
  const bodies = BODIES.findAll(words);
  const levelHits = LEVELS.findAll(words).filter((h) => !countingVerb(words, h.start, h.end) && !syllableOfAnother(words, h.start, h.end, question) && !wholeTerritory(words, h));
  // (A clause saying what brought the figure about is its setting: its words and actions are not what is asked.)
  const means = meansClause(question, actions, [...bodies, ...levelHits]);
  for (let i = 0; i < means && i < words.length; i++) words[i]!.context = true;
  // "bao nhiêu tiền nữa mới đạt 100% dự toán": a percentage the message gives is not the kind it
  // asks when it names another ("xong hết 100% chưa?" still asks about the rate).
  // (Not money in a phrase that says nothing, "tiện hỏi luôn" typed "tien hoi luon": every word of the hit stopped.)
  const found = KINDS.findAll(words).filter((h) => !(h.value === "money" && words.slice(h.start, h.end).every((w) => w.stop)));
  const given = (h: PhraseHit<AskedKind>) => h.value === "percent" && /^\d/.test(words[h.start - 1]?.fold ?? "");
  const kinds = found.some((h) => h.value !== "percent") ? found.filter((h) => !given(h)) : found;
  const content = words.filter((w) => !w.stop && !w.context);
  const levels = levelHits.filter((h) => h.end > means);
  const identifier = IDENTIFIER.findAll(words).some((h) => !countNumbered(words, h.start)) || documentWhich(words) || NUMBER_OF_DOCUMENT.test(question);
  const smallTalkAt = positionsCovered(SMALL_TALK_PHRASES.findAll(words));
  const first = words[0];
  const amountAsked = HOW_MANY.findAll(words).some((h) => h.value === "amount");
  return {
    words,
    raw,
    lang,
    level: levels,
    body: bodies,
    action: actions.filter((h) => h.end > means),
    coordinators: JOINS.findAll(words).filter((h) => h.value === "join"),
    // Percent and money are explicit requests; a plain count request only rules those out.
    kind: kinds.find((k) => k.value === "percent")?.value ?? kinds.find((k) => k.value === "money")?.value ?? kinds[0]?.value ?? null,
    // (Unless a rate is asked beside it: "số tuyệt đối và tỷ lệ", "absolute number and percentage";
    // not one ruled out, "số tuyệt đối, không phải %".)
    notKind: ABSOLUTE.any(words) && !kinds.some((h) => h.value === "percent" && !RULED_OUT.test(words.slice(Math.max(0, h.start - 2), h.start).map((w) => w.fold).join(" "))) ? "percent" : null,
    quantitative: !identifier && ((first?.marked === true && first.acc === NUMBER_OF.acc) || QUANTITY.any(words) || numberRequested(words) || addingOrdered(words)),
    counted: countedAfter(words, question, positionsCovered(levels), positionsCovered(actions)),
    identifier,
    listing: LISTING.any(words),
    places: [...new Set([...placesIn(raw, ownPlaces), ...placeCodesIn(question)])],
    years,
    baselineYears: baselineYears(words, years),
    howMany: (amountAsked || SCORE_ASKED.test(question)) && !yesNo(raw, words, amountAsked),
    unanswerable: unanswerableForm(words) || raw[0]?.fold === WHOSE || SUPERLATIVE_AROUND.test(raw.map((t) => t.fold).join(" ")),
    injection: INJECTION.any(words),
    // Only small talk, give or take one word ("cam on nha": "nha" may be "nhà" typed without marks).
    // (A document's number asked is no small talk, whatever its words: "Báo cáo số mấy?"; a bare "khi nào?", "when?" is.)
    // ("năm trước?", "last year?" name a year, as "năm 2023?" does: no small talk.)
    smallTalk: (nothingAsked(words, content, identifier) && !namesYearBefore(raw)) || (SMALL_TALK_PHRASES.any(words) && content.filter((w) => !smallTalkAt.has(words.indexOf(w))).length <= 1),
    smallTalkKind: SMALL_TALK_PHRASES.findAll(words).map((h) => h.value).sort((a, b) => SMALL_TALK_RANK[a] - SMALL_TALK_RANK[b])[0] ?? "greeting",
  };
}

/** An unanswerable form, not within a request for the source ("ở đâu" of "nguồn ở đâu"). */
function unanswerableForm(words: readonly Word[]): boolean {
  const forms = UNANSWERABLE.findAll(words);
  if (!forms.length) return false;
  const cited = positionsCovered(CITE_REQUEST.findAll(words));
  return forms.some((h) => !cited.has(h.start));
}
