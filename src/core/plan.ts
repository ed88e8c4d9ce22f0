// A question read as a plan over the facts: what is measured and with which qualifiers, what is
// excluded, and the operation (the value itself, several values, or a figure computed from stated
// ones). The zod schema is the single source of the type; the context token carries a plan.
import { MAX_EARLIER, MAX_EXCLUSIONS } from "./budget.ts";
import * as z from "zod";
import { isViSyllable, type Word } from "./analyze.ts";
import { yearAsked, type Intent } from "./intent.ts";
import { KIND_PHRASES, LEVEL_PHRASES } from "./lexicon/facets.ts";
import { CITE_PHRASES, WORDING_PHRASES, FIGURES_GIVEN, FOLLOW_UP_CLOSINGS, FOLLOW_UP_OPENINGS, HOW_MUCH_MORE_THAN, OPERATION_PHRASES, OUT_OF_PHRASES, PLUS_JOINING } from "./lexicon/operations.ts";
import { fold, foldedAsRead, hasVietnameseMarks, tokenize, type Token } from "./normalize.ts";
import { PhraseTable, positionsCovered } from "./phrase-table.ts";
import { rateWorded, ratioSides } from "./ratio-sides.ts";
import { measuresCompared, opensWithMeasure } from "./measures-named.ts";
import { numberedList } from "./numbered-list.ts";
import { periodNamedAt } from "./period.ts";
import { AND_EQUIVALENTS, EACH_ASKED, PIECES_OF_WRITING } from "./lexicon/intents.ts";

export const Operation = z.enum(["value", "values", "sum", "difference", "ratio", "completion", "remaining", "previous", "others", "reference", "average", "multiple", "cite"]);
export type Operation = z.infer<typeof Operation>;

export const Slots = z.object({
  level: z.array(z.string()).default([]),
  body: z.array(z.string()).default([]),
  action: z.array(z.string()).default([]),
  /** The measure of the facts that answered (set on execution; a question names it by its words). */
  measure: z.string().optional(),
  year: z.number().int().optional(),
});
export type Slots = z.infer<typeof Slots>;

export const Plan = z.object({
  op: Operation,
  slots: Slots,
  /** The facts that satisfied the plan, primary first (for follow-ups and "nguồn?"). */
  facts: z.array(z.string()).max(8),
  /** The figures of the answers before, most recent first ("cộng lại?" after two answers adds both). */
  earlier: z.array(z.string()).max(MAX_EARLIER).optional(),
  /** The facts were readings of one question (its first the answer, the rest alternatives): only the first is an answer before. */
  readings: z.literal(true).optional(),
  /** The language the conversation is in: the reply's to a message too short to tell ("source?"). */
  lang: z.enum(["vi", "en"]).optional(),
});
export type Plan = z.infer<typeof Plan>;

/** A request for the source may say a few words of its own ("the exact sentence, in Vietnamese"). */
const CITE_OWN_WORDS = 4;

/** What reading a message yields before it is executed. */
export interface ReadPlan {
  op: Operation;
  slots: Slots;
  /** What is left out, without the words that say so ("các nghị quyết của HĐND tỉnh"), if any. */
  excluded: string | null;
  /** The message without that clause. */
  main: string;
  /** Asks for the source of the previous answer, and nothing else. */
  cite: boolean;
  /** Opens or closes like a continuation ("còn …", "… thì sao?"). */
  continues: boolean;
  /** Content words beyond qualifiers, operations and continuation words: what the message names itself. */
  ownWords: number;
  /** Positions of the words that name the operation ("thấp hơn", "còn thiếu"): not what is asked about. */
  operationWords: Set<number>;
}

/**
 * Operation words are matched on folded forms: they are function words that people type with
 * and without marks ("nhieu hon", "chênh lệch"), and none of them is a report's content word.
 */
const folded = (t: Token): Token => ({ acc: t.fold, fold: t.fold, marked: false });
const foldTable = (phrases: readonly string[]) => new PhraseTable(phrases.map((p) => ({ phrase: tokenize(p).map(folded), value: true as const })));
const OPERATIONS = Object.entries(OPERATION_PHRASES).map(([op, phrases]) => ({ op: op as Operation, table: foldTable(phrases!) }));
const CITE = foldTable(CITE_PHRASES);
const WORDING = foldTable(WORDING_PHRASES);
/** Words saying what is left ("còn lại"), folded. (Not English "remain": "how many tasks remain" once the completed are left out is the plan's remainder.) */
const LEFT_WORDS: ReadonlySet<string> = new Set(["con lai"]);
/** Where a message asks for the source in words (positions of its tokens): "nguon o doan nao". */
export const citeWordsAt = (raw: readonly Token[]): ReadonlySet<number> => positionsCovered([...CITE.findAll(raw.map(folded)), ...WORDING.findAll(raw.map(folded))]);
/** "hiệu" (of "hiệu số") as read with its marks. */
const HIEU_MARKED = tokenize("hiệu")[0]!.acc;
/** Words of two syllables no operation phrase starts inside of (folded). */
const COMPOUNDS: ReadonlySet<string> = new Set(["bao cao"]);
/** Operation words written in English alone, one word each ("gap", "minus"). */
const ENGLISH_OPERATION_WORDS: ReadonlySet<string> = new Set(Object.values(OPERATION_PHRASES).flat().filter((p) => /^[a-z]+$/.test(p)));
/** Words asking for a kind of figure ("tỷ lệ?", "percentage?"): a qualifier, not a subject. */
const KIND_WORDS = foldTable(Object.values(KIND_PHRASES).flat());
const OPENINGS = foldTable(FOLLOW_UP_OPENINGS);
/** Words pointing back at figures given ("hai tỷ lệ", "them"): no subject of their own. */
const GIVEN = foldTable(FIGURES_GIVEN);
const CLOSINGS = foldTable(FOLLOW_UP_CLOSINGS);
/** Verbs that only ask how far a figure got ("chi đạt bn %?", "what did it reach?"): no subject of their own. */
const REACHED = foldTable(["đạt", "đạt được", "reach", "reached", "reaches"]);
/** Polite words and terms of address a message may end with after a follow-up's closing (folded). */
// (Folded as the question's words are: "please" is "pleas".)
const POLITE_TAIL: ReadonlySet<string> = new Set(["a", "ad", "admin", "ban", "anh", "chi", "em", "nhe", "nha", "vay", "oi", "please"].map(foldedAsRead));

/**
 * Clauses that leave something out. Marked at a clause's start: "ngoài …", "trừ …", "excluding …",
 * "except …", "other than …", "apart from …", "besides …", a short "…, not revenue, …"; anywhere: "(chứ) không tính/kể/phải/thuộc/xét/cần …",
 * "not (the|counting|including|among) …", "tách riêng với …", "separately from …". On folded text, so chat spellings ("ko tinh") match.
 */
const EXCLUDE_AT_START = /^(ngoai(?! ra\b)|tru(?! di(?: (?:thi|con|duoc)\b|$))|excluding|except(?: for)?|other than|apart from|besides|without counting|not counting|not including|leaving (?:aside|out)|leaving|setting aside|(?:(?:we|you) )?(?:leave|set|take|put) (?:aside|out)|bo qua|ben canh|loai tru|tach (?:ra )?khoi|(?:bo|loai) ra|(?:bo|loai)(?= .* ra\b)|not(?= (?!yet|completed|done|finished|achieved)[a-z]+(?: [a-z]+){0,3}$))\b/;
/**
 * A contrast after what is left out, opening what is asked: "… mà chỉ hỏi …", "… mà tính …", "… but
 * only count …". Found on the folded text with its verb; typed with marks, the verb must be one of
 * these as typed ("mà tỉnh", "mà Hội đồng" open relative clauses of what is left out).
 */
const CONTRAST_VERBS = ["hỏi", "tính", "lấy", "xét", "kể", "ask", "asking", "count", "counting"];
const CONTRAST = new RegExp(String.raw` (?:ma|but) (?:(?:chi|only) )?(${CONTRAST_VERBS.map((v) => fold(v)).join("|")})\b`);
const CONTRAST_TYPED = new RegExp(String.raw`^\s*(?:mà|but)\s+(?:chỉ\s+|only\s+)?(?:${CONTRAST_VERBS.join("|")})(?![\p{L}\p{M}])`, "iu");
/** Typed without marks, "ma tinh" is as often "mà tỉnh": a contrast only after "chỉ" or before what it counts ("ma tinh cap xa"); "ma hoi" not before "đồng", "thi", "nghị". */
const UNMARKED_NOT_CONTRAST = /^ ma (?:tinh (?!(?:cap|rieng|so|phan)\b)|hoi (?:dong|thi|nghi)\b)/;
/** What the contrast asks instead, a total (folded): "… mà kể tổng số dự thảo …" is no part subtracted. */
const TOTAL_ASKED = /^(?:the )?(?:tong|toan bo|tat ca|total|all)\b/;

/** A condition opening a clause (folded): "nếu …", "if …". */
const IF_OPENING = /^(?:neu|if) /;
const EXCLUDE_ANYWHERE = /\b(?:chu )?(?:khong|ko|k|kg|hong) (?:tinh|ke|phai|bao gom|lay|thuoc|nam trong|xet|hoi|noi (?:den|toi|ve)|can(?! thiet)|(?<!\b(?:ca|hay|va|gom|du|ke ca|tinh ca|bao gom ca) (?:(?:cac |nhung )?(?:don vi|dv|dvsn)(?: su nghiep)? )?\S+ )(?=truc thuoc (?!thi\b)[a-z]))\b|\bchua (?:tinh|ke|bao gom)\b|\bchu khong\b|\bnot (?:the|counting|including|those|among|part of|asking(?: about)?|(?<!\bincluding (?:[a-z]+ ){0,3}not )(?=directly under (?:the )?[a-z]))\b|\b(?:i )?(?:don'?t|do not) mean\b|\bbut not\b|\b(?:rather than|instead of|as opposed to)\b|\btach rieng (?:voi|khoi|ra khoi)\b|\bseparate(?:ly)? from\b|\b(?:nam )?ngoai (?:nhom|so)\b|\boutside (?:the|of)\b|(?<=\b(?:nhung|but|va|and) )(?:tru|except)\b|\b(?:tru|ngoai)(?=(?: [a-z\d]+){1,8} ra (?:thi|con)\b)|\bexcluding\b|\b(?:once|if|when|after) (?:you|we) (?:leave|set|take) (?:out|aside)\b/;

/** "… were not [legal normative drafts]": what follows "not" after a form of "be" (folded); left out when it names a thing counted. */
const NOT_A_THING = /\b((?:were|are|was|is) )not (?:(?:a|an|the) )?/;

/** What a "không"/"not" marker left out when it is "trực thuộc …", "directly under …" (folded). */
const DIRECTLY_UNDER = /^(?:truc thuoc|directly under)\b/;
/** Where that name ends: at a contrast naming what is asked instead, "mà (thuộc) …", "but (under) …" (dropped), or at a verb (kept). */
const AFTER_THE_NAME = /\s(?:(ma|but)|duoc|dc|da|co|were|was|had|have|has|with)\s/;

/** "if the provincial council's resolutions are left out", "with X excluded": what it names (its second group) is left out, the words around it go. */
const EXCLUDE_PASSIVE = /\b((?:if|when|with|once) )(?!how\b)([a-z' ]+?) (?:(?:are|is|were|was|be) )?(?:left out|excluded|set aside|not counted|taken out|removed)\b/;

/** After "together with", words naming a quantity of the thing before: no sum ("together with its ratio"). */
const WITH_ITS: ReadonlySet<string> = new Set(["its", "their"].map((w) => tokenize(w)[0]!.fold));

/** The form of a figure alone, left out ("raw counts", "the raw number"), folded. */
// (Said raw: "rather than numbers", "không tính số lượng" may leave the count out of what is asked, read as such.)
const FORM_ONLY = /^(?:(?:the|just|only) )?(?:raw|bare|plain) (?:counts?|numbers?|figures?)(?: alone)?$/;

/** Sum words that describe what a whole is made of rather than ask to add ("gồm", "bao gồm"). */
export const COMPOSITION = new Set(["gom", "bao gom"]);
/**
 * "Số A hơn số B bao nhiêu" (folded): A's excess over B asked, "hơn" and "bao nhiêu" apart. Only
 * before "số": "hơn 20%", "hơn một nghìn", "nhanh hơn hồ sơ", "hơn cho cấp huyện" compare nothing asked.
 */
const A_MORE_THAN_B = /\S \bhon so\b.*\b(?:bao nhieu|bn)\b/;
/**
 * "How far did / has … get / progress … against the estimate" (folded): how far it got, not how far
 * it still has to go ("How far does it have to go?", "How far did it come in below …?" still are).
 */
const HOW_FAR_GOT = /\bhow far (?:did|has|have|had)\b.*\b(?:get|got|gotten|progress|progressed|advance|advanced)\b/;
const AGAINST_ESTIMATE = /\b(?:estimate|estimates|du toan)\b/;
/** Ratio words that only name what a figure is measured against (folded): beside what remains, no rate. */
const REFERENCE_ONLY = new Set(["so với số được giao", "so với kế hoạch", "against the plan", "of the plan", "compared with the plan"].map((p) => tokenize(p).map((t) => t.fold).join(" ")));
/** "chiếm bao nhiêu người", "chiếm mấy đơn vị" (folded): a count in a unit after "chiếm", not a rate. */
const CHIEM_COUNT = /\bchiem (?:bao nhieu|bn|may) (?!phan tram|phan|ty le|%)\p{L}/u;
/** Words right before "tổng số" that make it the next item of a request (folded): "và", "đồng thời", "cho biết". */
const ITEM_JOINS = new Set(["va", "thoi", "biet", "theo", "voi"]);
/** A sum's words that also name the whole a rate is of ("… of the total", "… trên tổng số"). */
const WHOLE_NOUNS = new Set(["tong so", "total"]);
/** "put together" as writing: the verb's forms, and what follows it when something is written ("a feature", "my report"). */
const PUT: ReadonlySet<string> = new Set(["put", "puts", "putting"]);
const WRITING_SOMETHING: ReadonlySet<string> = new Set(["a", "an", "my", "our", "some"]);
/** Words of a figure asked, after which "put together a …" adds ("a brief count of …"). */
const TALLIES: ReadonlySet<string> = new Set(["count", "counts", "total", "totals", "tally", "number", "numbers", "figure", "figures", "sum"]);
const WRITINGS: ReadonlySet<string> = new Set(PIECES_OF_WRITING);

/** Sum words asking the whole a part is out of (lexicon/operations.ts), folded. */
const OUT_OF = new Set(OUT_OF_PHRASES.map((p) => fold(p).toLowerCase()));
const OUT_OF_ASKED = new RegExp(String.raw`\b(?:${[...OUT_OF].join("|")})\b`);
/** Does the message ask the whole a part is out of ("31 nhiệm vụ … trên tổng số bao nhiêu?")? */
export const asksOutOf = (text: string): boolean => OUT_OF_ASKED.test(fold(text).toLowerCase());
const HOW_MANY_WORD = /\b(?:bao nhieu|bn|how many|how much)\b/g;
/** "mấy" as typed with its marks (folded, "may" may be "máy", or English "may"). */
const HOW_MANY_MARKED = /(?<![\p{L}\p{M}])mấy(?![\p{L}\p{M}])/giu;
/** How many times a message asks "bao nhiêu"/"how many" (or "mấy", typed with its marks): two or more ask a figure each. */
export const timesAsked = (text: string): number => (fold(text).toLowerCase().match(HOW_MANY_WORD) ?? []).length + (text.normalize("NFC").match(HOW_MANY_MARKED) ?? []).length;

/** "tổng A và B", "tổng A + B" (folded): a total of the things listed. */
const TOTAL_OF_LISTED = /\btong (?!(?:so|cong|cuc|bao|bn|may|ket|hop)\b)[^,;?]*(?:\b(?:va|voi)\b|\+)/;

/**
 * "Cộng A với B …", "Gộp A và B, …", "Cộng A và B thì …" typed with their marks ("công", "góp" are other
 * words): a sum of the two (joined by "và" within its clause: "Gộp số Sở và Chi cục, UBND cấp huyện có …" adds two).
 */
const ADD_WITH =
  /(?:^|[,.:;?!]\s*)(?:cộng(?![\p{L}\p{M}])\s+(?!lại|với)\S.*(?<![\p{L}\p{M}])với|(?:gộp|cộng)(?![\p{L}\p{M}])\s+(?!lại)[^\s,;?][^,;?]*(?<![\p{L}\p{M}])(?:và|với))(?![\p{L}\p{M}])/u;
/** "(tính) cả A lẫn B": both, added. With its marks only: unmarked "ca … lan" may be "cả … lần". */
const BOTH_AND = /(?<![\p{L}\p{M}])cả(?![\p{L}\p{M}]).+(?<![\p{L}\p{M}])lẫn(?![\p{L}\p{M}])/u;
/** "Tính cả A và B, có bao nhiêu …", "gộp chung A với B …" (folded): both counted, added. (Not a rate of them: "… thì A chiếm".) */
const COUNTED_TOGETHER = /^(?:neu )?(?:tinh|cong|gop|xet) (?:ca|chung|gop) (?![^?]*\bchiem\b)[^,;?]*\b(?:va|voi|lan)\b/;
/**
 * "số công bố cộng số bãi bỏ", "A plus B": "cộng" (PLUS_JOINING) or "plus" between two things, added.
 */
const ADDED_TO = new RegExp(String.raw`(?<=[\p{L}\p{M}])\s+(?:${PLUS_JOINING}|plus(?![\p{L}]))\s+\p{L}`, "u");
/** "biên chế công chức + người làm việc = bn": things joined by a plus sign (not numbers; not each asked, "A + B, lần lượt?", "bn A + bn B?", unless a total opens it: "tổng bn A + bn B?"). */
// (Nor within a name: "Chi cục + tương đương" is "Chi cục và tương đương".)
const PLUS_JOINED = new RegExp(String.raw`\p{L}\s*\+\s*(?!${AND_EQUIVALENTS})\p{L}`, "iu");

/** A count an item of an enumeration may quote before its name ("15 Chi cục", "1.117 TTHC"). */
const COUNT = String.raw`\d+(?:[.,]\d+)*`;
/** Words that join the last item of an enumeration to the others ("A, B hay C"). */
const LAST_ITEM = String.raw`(?:va|hay|hoac|cung nhu|and|or|nor)`;
/**
 * A short item of an enumeration (up to four words, or two joined, the last up to five: "UBND cấp
 * huyện và các đơn vị sự nghiệp"; a count before each, "15 Chi cục và 09 UBND cấp huyện"), asking nothing.
 */
// (Not a clause opening a contrast: "Not the savings, just the rate: …".)
const ENUMERATED_ITEM = new RegExp(
  String.raw`^(?!(?:just|only|but|rather|instead|rieng|ma)\b)(?!.*\b(bao nhieu|bn|may|how|what|which|nhieu|con|la)\b)(?:${COUNT} )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,3}(?: ${LAST_ITEM} (?:${COUNT} )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,4})?$`,
  "u",
);
const JOINS_LAST_ITEM = new RegExp(String.raw`\b${LAST_ITEM}\b`);
/** An item joined to a list already closed ("…, cũng như các đơn vị sự nghiệp công lập"), asking nothing. */
const ALSO_ITEM = /^(?:cung nhu|as well as) (?!.*\b(?:bao nhieu|bn|may|how|what|which|nhieu|con|la)\b)[\p{L}'’-]+(?: [\p{L}'’-]+){0,6}$/u;
/** Each level's names (folded): "phường", "thị trấn" name the commune level as "cấp xã" does. */
const LEVEL_NAMED = new Map(Object.entries(LEVEL_PHRASES).flatMap(([level, phrases]) => phrases.map((p) => [fold(p).toLowerCase(), level] as const)));
/** The level an item of an enumeration names and nothing else ("phường", "các thị trấn"), if any. */
const levelItem = (item: string) => LEVEL_NAMED.get(item.replace(/^(?:cac|nhung|the) /, ""));

/** A clause opening what is asked after what is left out (folded). */
// (Or "còn" after the body that acts: "…, UBND tỉnh còn sửa đổi … bao nhiêu …?".)
const ASKED_OPENS = /^(rieng|chi|con|only|just)\b|^(?:ubnd|hdnd|so tu phap)(?: tinh)? con (?!lai\b)/;
/** Clauses what is left out may run on for before the one opening what is asked (a name and a list of duties: "cơ quan, đơn vị … chức năng, nhiệm vụ, quyền hạn và …"). */
const MAX_LEFT_OUT_CLAUSES = 5;

/** A "ra" closing what "ngoài …" leaves out, before a separator or "thì"/"còn" (folded). */
const RA_LATER = / ra(?=\s*[,;]|\s+(?:thi|con)\b)/;
/** Where what is asked begins (folded): what is left out ends before it. */
const ASKED_FROM = /\b(bao nhieu|bn|may|how many|how much)\b/;

/** "thì" opening what is asked after what is left out (folded; not a contest's "hội thi", "dự thi", "kỳ thi", nor "thị trấn"). */
const THEN_ENDS_EXCLUSION = /(?<!\b(?:hoi|du|ky|cuoc|tuyen|di|thuc|to chuc))(?= thi\b(?! (?:dua|hanh|cong|tuyen|tran)\b))/;
const THENS = new RegExp(THEN_ENDS_EXCLUSION.source, "g");

/**
 * Every clause that excludes, one after another ("Không tính cấp tỉnh, cũng không tính cấp huyện,
 * thì …"), up to MAX_EXCLUSIONS: what is left is the main clause, what they leave out joined.
 */
function allExclusions(text: string): { main: string; excluded: string | null } {
  let main = text;
  const out: string[] = [];
  for (let i = 0; i < MAX_EXCLUSIONS; i++) {
    const next = splitExclusion(main);
    // (A contrast asking a total instead leaves nothing out, its question still what follows it.)
    if (next.excluded === null) {
      main = next.main;
      break;
    }
    out.push(next.excluded);
    main = next.main;
  }
  return { main, excluded: out.length ? out.join(", ") : null };
}

/** Splits off the clause that excludes, on folded text whose length matches the original. */
function splitExclusion(text: string, pairs = true): { main: string; excluded: string | null } {
  // A separator inside a number ("1.117", "94,5") ends no clause: masked, keeping every offset.
  // (Nor does the comma of the pair "HĐND, UBND" or "UBND, HĐND": one thing left out, "không kể văn
  // bản của HĐND, UBND tỉnh", unless nothing would be left to ask: below.)
  // (Nor does a short gloss in brackets: "Excluding branch departments (Chi cục) and district People's
  // Committees, …" leaves out both.)
  const numbers = fold(text).toLowerCase().replace(/(?<=\d)[.,](?=\d)/g, "\u0001").replace(GLOSS, (m) => ` ${m.slice(1, -1)} `);
  const folded = pairs ? numbers.replace(PAIR_COMMA, (m) => m.replace(",", " ")) : numbers;
  // (An item of a list is its name without its gloss: "the branch departments (chi cục) or public service units".)
  const unglossed = fold(text).toLowerCase().replace(GLOSS, (m) => " ".repeat(m.length));
  const item = (from: number, to: number) => unglossed.slice(from, to).trim().replace(/\s+/g, " ");
  const marked = hasVietnameseMarks(text);
  // Clauses end at punctuation; keep offsets so the original text can be cut.
  const clauses = [...folded.matchAll(/[^,;:()?!.—–]+/g)];
  // A "thì" in a clause (typed "thi", not the "thi" of a contest, "hội thi"; typed with marks, "thì"
  // itself: not "thi hành", "thực thi").
  // (The first such: "thị trấn thì …" holds a "thi" typed as another word before it.)
  const thenIn = (x: RegExpMatchArray) => {
    for (const m of x[0].matchAll(THENS)) if (!marked || /^ thì(?![\p{L}\p{M}])/iu.test(text.slice(x.index! + m.index, x.index! + m.index + 5))) return m;
    return null;
  };
  for (const [at, c] of clauses.entries()) {
    const start = c.index + (c[0].length - c[0].trimStart().length);
    const clause = c[0].trim();
    if (!clause) continue;
    // `from`: where the clause left out begins; `after`: past its marker ("ko tinh" is not "tỉnh").
    let from = -1;
    let after = -1;
    // (A condition may open it: "nếu bỏ ra phần …", "if we set aside …".)
    const condition = IF_OPENING.exec(clause)?.[0].length ?? 0;
    const marker = clause.slice(condition);
    // (Not "bổ sung … rà soát": "bo" typed as another word, "bổ", "bộ", "bố", …; typed "bỏ", "bõ" or "bo" it leaves out.)
    const typedOther = (m: RegExpExecArray) => /^bo\b/.test(m[0]) && /^(?:bổ|bộ|bố|bồ|bơ|bở|bờ|bợ|bớ|bỡ)(?![\p{L}\p{M}])/iu.test(text.slice(start + condition).normalize("NFC"));
    // ("(not sub-departments or district People's Committees)": a bracket opening with "not" leaves out
    // all it names, however long.)
    const inBracket = folded[c.index - 1] === "(" && folded[c.index + c[0].length] === ")";
    const found = EXCLUDE_AT_START.exec(marker) ?? (inBracket && !condition ? NOT_IN_BRACKET.exec(marker) : null);
    const atStart = found && !typedOther(found) ? found : null;
    if (atStart) [from, after] = [start, start + condition + atStart[0].length];
    else {
      const found = EXCLUDE_ANYWHERE.exec(clause);
      // (Typed with marks, "trừ"/"ngoài" themselves: not "trụ sở", "trú".)
      const m = found && marked && /^(?:tru|ngoai)$/.test(found[0]) && !/^(?:trừ|ngoài)(?![\p{L}\p{M}])/iu.test(text.slice(start + found.index).normalize("NFC")) ? null : found;
      const passive = m ? null : EXCLUDE_PASSIVE.exec(clause);
      // ("… how many were not legal normative drafts?": a thing counted denied, not an action.)
      const notA = m || passive ? null : NOT_A_THING.exec(clause);
      const thing = notA && opensWithMeasure(clause.slice(notA.index + notA[0].length)) ? notA : null;
      if (m) [from, after] = [start + m.index, start + m.index + m[0].length];
      else if (thing) [from, after] = [start + thing.index + thing[1]!.length, start + thing.index + thing[0].length];
      else if (passive) {
        const at = start + passive.index;
        const thing = at + passive[1]!.length;
        const main = `${text.slice(0, at)} ${text.slice(at + passive[0].length)}`.replace(/\s+([,;:?!.])/g, "$1").replace(/\s+/g, " ").trim();
        return { main, excluded: text.slice(thing, thing + passive[2]!.length).trim() };
      }
    }
    if (from < 0) continue;
    // "không tính các xã, phường, thị trấn": an enumeration goes on past its commas, item by item.
    let last = at;
    while (clauses[last + 1] && folded[clauses[last + 1]!.index - 1] === "," && ENUMERATED_ITEM.test(item(clauses[last + 1]!.index, clauses[last + 1]!.index + clauses[last + 1]![0].length))) last++;
    // …when the enumeration ends there, by a separator or a last "và"/"and" item ("excluding
    // communes, wards and townships, how many …"): "không tính cấp xã, cấp tỉnh, cấp huyện ban hành
    // …" leaves out only "cấp xã" (what follows its commas is what is asked).
    const closed = folded[clauses[last]!.index + clauses[last]![0].length] !== "," || JOINS_LAST_ITEM.test(clauses[last]![0]);
    // (…or by a last item that "thì" ends: "không kể Sở ban ngành, Chi cục và UBND cấp huyện thì còn
    // bao nhiêu …" leaves out all three.)
    // (Only a last item joined by "và"/"hoặc", or naming the level left out again, "không tính cấp xã,
    // phường, thị trấn thì …"; "thì" typed as such, and no "ra" closing the first: in "Ngoài cấp
    // tỉnh(, ra), cấp huyện thì …" the piece after the comma is what is asked.)
    const next = closed || / ra\b/.test(c[0]) ? undefined : clauses[last + 1];
    const nextThen = next && folded[next.index - 1] === "," ? thenIn(next) : null;
    const lastItem = nextThen ? next![0].slice(0, nextThen.index).trim() : "";
    const sameLevel = (x: string) => levelItem(x) !== undefined && levelItem(x) === levelItem(folded.slice(after, c.index + c[0].length).trim());
    const lastItemEnd = lastItem && (JOINS_LAST_ITEM.test(lastItem) || sameLevel(lastItem)) && ENUMERATED_ITEM.test(lastItem) ? next!.index + nextThen!.index : -1;
    if (last > at && !closed && lastItemEnd < 0) last = at;
    // (…and one more item joined past its close by "cũng như", "as well as", before the "thì" that ends
    // what is left out: "không tính các Sở ban ngành, các Chi cục và tương đương, cũng như các đơn vị sự
    // nghiệp công lập, thì còn …" leaves out all three.)
    const also = clauses[last + 1];
    const alsoThen = also && clauses[last + 2];
    const thenOpens = alsoThen && folded[alsoThen.index - 1] === "," ? thenIn(alsoThen) : null;
    if (lastItemEnd < 0 && also && folded[also.index - 1] === "," && ALSO_ITEM.test(also[0].trim()) && thenOpens && !alsoThen![0].slice(0, thenOpens.index).trim()) last++;
    // "Không kể nghị quyết, quyết định của cấp tỉnh, riêng HĐND, UBND các huyện …": what is left out
    // runs on to the clause that opens what is asked ("riêng", "chỉ", "còn"), when one follows before
    // any question.
    const opens = clauses.findIndex((x, j) => j > last && ASKED_OPENS.test(x[0].trim()));
    if (opens > last + 1 && opens <= last + MAX_LEFT_OUT_CLAUSES && clauses.slice(at, opens).every((x) => !ASKED_FROM.test(x[0]))) last = opens - 1;
    // "ngoài HĐND tỉnh ra thì …", "bỏ phần … ra": the clause left out ends at "ra"; "ngoài phần của
    // UBND tỉnh thì HĐND tỉnh …" at "thì".
    const then = thenIn(c);
    // (Past the marker: the "ra" of "loại ra …" is its own.)
    const raAfter = / ra\b/.exec(c[0].slice(after - c.index));
    const ra = raAfter ? { index: raAfter.index + after - c.index, 0: raAfter[0] } : then;
    // ("Ngoài 32 cơ quan, đơn vị được ban hành quy định …, nhiệm vụ ra, còn bao nhiêu …": a "ra"
    // closing it past its commas, before what is asked.)
    const asked = folded.search(ASKED_FROM);
    // (The marker's own words, at the clause's start or within it: "đề án vtvl trừ sở ban ngành ra thì …".)
    const opener = atStart ? marker : folded.slice(from, after);
    const later = !ra && /^(ngoai|tru|bo|loai)\b/.test(opener) ? RA_LATER.exec(folded.slice(c.index, asked < 0 ? undefined : asked)) : null;
    const end =
      lastItemEnd >= 0
        ? lastItemEnd
        : later
          ? c.index + later.index + later[0].length
          : last === at && ra && /^(ngoai|tru|bo|loai)\b/.test(opener) && c.index + ra.index + 3 < c.index + c[0].length
            ? c.index + ra.index + (ra[0].trim() === "ra" ? 3 : 0)
            : // ("Nếu không tính cấp xã thì …": any marker's clause ends at a "thì" past it.)
              last === at && then && c.index + then.index >= after
              ? c.index + then.index
              : clauses[last]!.index + clauses[last]![0].length;
    // ("không trực thuộc UBND tỉnh mà thuộc các cơ quan chuyên môn", "not directly under X but under
    // Y": what follows the contrast is what is asked.)
    // (And the name ends before the verb that follows it: "… không trực thuộc UBND tỉnh được duyệt đề án?".)
    const under = DIRECTLY_UNDER.test(folded.slice(after, after + 20)) ? AFTER_THE_NAME.exec(folded.slice(after, end)) : null;
    if (under) {
      const rest = text.slice(after + under.index + (under[1] ? under[0].length : 0));
      return { main: `${text.slice(0, from)} ${rest}`.replace(/\s+([,;:?!.])/g, "$1").replace(/\s+/g, " ").trim(), excluded: text.slice(after, after + under.index).trim() };
    }
    // ("không tính HĐND mà chỉ tính UBND", "không hỏi giảm bao nhiêu người mà chỉ hỏi tỷ lệ giảm …": what
    // the contrast opens is what is asked, what comes before it left out; "Không hỏi tổng số mà hỏi số
    // nghị quyết …", "Không kể số dự thảo QPPL mà kể tổng số dự thảo …": a total not asked, or one asked
    // instead, is nothing subtracted.)
    const contrast = CONTRAST.exec(folded.slice(after, end));
    const typedAsContrast = contrast && (marked ? CONTRAST_TYPED.test(text.slice(after + contrast.index)) : !UNMARKED_NOT_CONTRAST.test(folded.slice(after + contrast.index)));
    if (contrast && typedAsContrast) {
      const rest = text.slice(after + contrast.index + contrast[0].length);
      const main = `${text.slice(0, from)} ${rest}`.replace(/\s+([,;:?!.])/g, "$1").replace(/\s+/g, " ").trim();
      const out = text.slice(after, after + contrast.index).trim();
      const noSubtraction = TOTAL_ASKED.test(fold(rest).toLowerCase().trim()) || TOTAL_ASKED.test(fold(out).toLowerCase());
      return { main, excluded: noSubtraction ? null : out };
    }
    const excluded = text.slice(after, end).trim();
    // A marker naming nothing ("ngoài ra, …" is "besides"): nothing is left out.
    if (excluded.replace(/[^\p{L}\d]/gu, "") === "ra" || !/[\p{L}\d]/u.test(excluded)) continue;
    // Nor one naming only the form of a figure ("… rather than raw counts", "not the raw count"):
    // how the answer is put, no part of what is counted.
    if (FORM_ONLY.test(fold(excluded).toLowerCase().replace(/[^a-z\d ]/g, " ").replace(/\s+/g, " ").trim())) continue;
    // (Without the word that joined the clause left out: "… all three levels but [excluding …]?".)
    const main = `${text.slice(0, from)} ${text.slice(end)}`
      .replace(/\s+([,;:?!.])/g, "$1")
      .replace(/\s+/g, " ")
      .replace(/[\s,]+(?:but|nhưng|nhung)([?.!]*)$/iu, "$1")
      .trim();
    // ("Không tính nghị quyết của HĐND, UBND tỉnh ban hành bao nhiêu …?": the pair's comma ends what
    // is left out when nothing else would be asked.)
    if (main.replace(/[^\p{L}\d]/gu, "").length === 0) return pairs && PAIR_COMMA.test(numbers) ? splitExclusion(text, false) : { main: text, excluded: null };
    return { main, excluded };
  }
  return { main: text, excluded: null };
}

/** "(not …)", folded: what a bracket leaves out (not a hedge, "(not sure if it's 125)", nor more taken in, "(not just the province's)"). */
const NOT_IN_BRACKET = /^not\b(?! (?:sure|certain|exactly|quite|really|too|very|yet|just|only|merely|simply)\b)/;
/** A gloss in brackets (folded): up to three words, no separator, nothing left out of its own ("(không tính thu)"). */
const GLOSS = /\((?!\s*(?:khong|ko|k|not|tru|ngoai|bo|excluding|except|chi (?:tinh|rieng|xet)|rieng|only)\b)(?:\s*[^\s(),;:?!.]+){1,3}\s*\)/g;

/** The comma of the pair "HĐND, UBND" (or "UBND, HĐND"), or of "Chính phủ, Thủ tướng (Chính phủ)", folded. */
const PAIR_COMMA = /\b(hdnd|ubnd), ?(?=(?:hdnd|ubnd)\b)|\bchinh phu, ?(?=thu tuong\b)/g;

/** "Trích dẫn cho mình vb nào (nói vậy)?", with particles and no more (folded): the document a figure given is cited from. */
const CITED_DOCUMENT = /trich dan (?:(?:cho|giup) (?:minh|em|toi|anh|chi) )?(?:tu |o )?(?:van ban|vb|tai lieu|bao cao|nguon) nao(?= *(?:(?:vay|the|a|ha|nhi|nhe|z|noi|ghi|giup|cho|e|em|minh|toi|voi|nhu) *){0,4}[?.!]* *$)/;
/** Asks only which document a figure given is cited from: with no figure given, nothing to cite. */
export const citesWhichDocument = (text: string): boolean => CITED_ALONE.test(fold(text).toLowerCase().trim());
/** The same after three words at most ("cho hỏi trích dẫn …", "bạn trích dẫn …"): nothing of a figure of its own before it. */
const CITED_ALONE = new RegExp(String.raw`^(?:[^\s\d]+ ){0,3}${CITED_DOCUMENT.source}`);

/**
 * Which report a figure is from, asked (folded): "theo báo cáo nào", "báo cáo (này) số mấy", "lấy từ
 * vb nào", "trích dẫn cho mình vb nào" ("theo văn bản nào" is not: it may ask the document a figure's
 * sentence names).
 */
const REPORT_ASKED = new RegExp(String.raw`\b(?:(?:theo|tu|trong|cua) bao cao (?:so may|nao|so bao nhieu)|bao cao(?: (?:nay|do|tren))? so (?:may|bao nhieu)|(?:lay|trich|rut) (?:ra )?(?:tu|o) (?:van ban|vb|tai lieu|bao cao|nguon) nao|${CITED_DOCUMENT.source}|(?:which|what) reports?|(?:from|in) (?:which|what) documents?|(?:which|what) documents? (?:is|are|was|were|did|does) (?:this|that|these|those|it|the)|report number)\b`);
/** "Where does that (figure on agencies) come from?" (folded): the source of a figure given, however many words name it. */
const WHERE_FROM = /\bwhere (?:does|did|do) (?:(?:the|that|this|these|those) )?(?:figure|figures|number|numbers|data|statistic|statistics|it|that|this)\b[^?]{0,40}\bcome from\b/;


export function readPlan(text: string, intent: Intent): ReadPlan {
  const words: Word[] = intent.words;
  const plain = words.map(folded);
  const { main, excluded } = allExclusions(text);
  // Several figures asked ("… gồm bao nhiêu A và bao nhiêu B?", "how many were completed, out of how
  // many in total, and …") ask each, not a sum of them: "gồm" says what a whole is made of, and
  // "out of how many" asks the whole of the figure before it.
  const eachAsked = timesAsked(text) >= 2;
  const phrase = (h: { start: number; end: number }) => plain.slice(h.start, h.end).map((t) => t.fold).join(" ");
  // ("Trong tổng số dự thảo …, có bao nhiêu dự thảo QPPL …?" names the whole a part is of: no sum.)
  // (Nor does "together with its …": "the revenue, together with its ratio to the estimate" asks both.)
  // (Nor "tổng số" naming a later item of a request, after another "số": "số A, đồng thời cho biết
  // tổng số B" asks the total number of B beside A.)
  // (Only "tổng số" naming what it counts: "… và tổng số là bao nhiêu?", "kèm theo tổng số." ask the sum.)
  const itemTotal = (h: { start: number; end: number }) =>
    phrase(h) === "tong so" && ITEM_JOINS.has(plain[h.start - 1]?.fold ?? "") && plain.slice(0, h.start - 1).some((t) => t.fold === "so") && words[h.end] !== undefined && !words[h.end]!.stop && !words[h.end]!.context;
  // (Nor a list's marker: "1. cấp huyện …? 2. cấp xã …?" has no "2 cấp", both levels; a count kept
  // in the list's words once its markers are out is one, "1. tổng cả 2 cấp".)
  let listWords: string | null | undefined;
  const marker = (h: { start: number; end: number }) => {
    if (!/^\d/.test(plain[h.start]!.fold)) return false;
    if (listWords === undefined) {
      // (Only a list whose items each ask: "1. cấp huyện 2. cấp xã ban hành bao nhiêu văn bản?" asks once, of both.)
      const list = numberedList(text);
      listWords = list && list.items.every((item) => timesAsked(item) > 0) ? ` ${tokenize([list.before, ...list.items].join(" ; ")).map((t) => t.fold).join(" ")} ` : null;
    }
    return listWords !== null && !listWords.includes(` ${phrase(h)} `);
  };
  // (Nor what the asker is writing: "I'm putting together a year-end feature on …"; "put together the
  // two", "put together a count of …" are sums.)
  const composing = (h: { start: number; end: number }) =>
    (phrase(h) === "together" || phrase(h) === "put together") && PUT.has(plain[phrase(h) === "together" ? h.start - 1 : h.start]?.fold ?? "") && WRITING_SOMETHING.has(plain[h.end]?.fold ?? "") &&
    plain.slice(h.end + 1, h.end + 5).some((w) => WRITINGS.has(w.fold)) && !plain.slice(h.end + 1, h.end + 5).some((w) => TALLIES.has(w.fold));
  const sumHits = OPERATIONS.find((o) => o.op === "sum")!.table.findAll(plain).filter((h) => !composing(h) && !(plain[h.start - 1]?.fold === "trong" && phrase(h).startsWith("tong")) && !(phrase(h) === "together" && plain[h.end]?.fold === "with" && WITH_ITS.has(plain[h.end + 1]?.fold ?? "")) && !itemTotal(h) && !marker(h));
  const wholeOfPart = eachAsked && sumHits.some((h) => OUT_OF.has(phrase(h)));
  // ("How far did the budget get against its estimate?" asks how far it got, not what remains.)
  const foldedText = fold(text).toLowerCase();
  const gotSoFar = HOW_FAR_GOT.test(foldedText) && AGAINST_ESTIMATE.test(foldedText);
  // "… các hội chiếm bao nhiêu người?": a count of a part asked in its unit, not a share.
  const foldedMain = fold(main.normalize("NFC")).toLowerCase();
  const countOfPart = intent.kind !== "percent" && CHIEM_COUNT.test(foldedMain);
  // (An English word that is a Vietnamese syllable typed without marks is read in the message's
  // language: "… để làm báo cáo gap" is urgent, no "gap" between two figures.)
  // (Nor one starting inside a word of two syllables: "báo cáo gấp" has no "cao gấp".)
  const foreignWord = (h: { start: number; end: number }) =>
    // (Typed with its marks it is never the English word: "tôi cần gấp mấy số" asks no gap.)
    (h.end - h.start === 1 && ENGLISH_OPERATION_WORDS.has(plain[h.start]!.fold) && (words[h.start]!.marked || (intent.lang === "vi" && isViSyllable(plain[h.start]!.fold)))) ||
    (h.start > 0 && COMPOUNDS.has(`${plain[h.start - 1]!.fold} ${plain[h.start]!.fold}`)) ||
    // ("hiệu số" as typed, or "hieu so giua" bare: "hiểu số", "hiểu sơ", "hieu so lieu" are understanding.)
    (plain[h.start]!.fold === "hieu" && (words[h.start]!.marked ? words[h.start]!.acc !== HIEU_MARKED : plain[h.start + 2]?.fold !== "giua"));
  const opHits = OPERATIONS.map(({ op, table }) => ({
    op,
    hits: (op === "sum" ? sumHits.filter((h) => !(eachAsked && (wholeOfPart || COMPOSITION.has(phrase(h))))) : table.findAll(plain).filter((h) => !(gotSoFar && phrase(h) === "how far") && !(countOfPart && phrase(h) === "chiem"))).filter((h) => !foreignWord(h)),
  })).filter((o) => o.hits.length);
  const citeHits = CITE.findAll(plain);
  const wordingHits = WORDING.findAll(plain);
  const opening = OPENINGS.findAll(plain).find((h) => h.start === 0);
  // (At the end but for a polite word or a term of address after it: "năm 2023 thì sao ad?".)
  const closing = CLOSINGS.findAll(plain).find((h) => words.slice(h.end).every((w) => w.stop && POLITE_TAIL.has(w.fold)));
  const uniq = (xs: { value: string }[]) => [...new Set(xs.map((x) => x.value))];
  const slots: Slots = {
    level: uniq(intent.level),
    body: uniq(intent.body),
    action: uniq(intent.action),
    // A baseline ("so với năm 2023", "drop from 2023") is not the year asked about.
    year: yearAsked(intent),
  };
  // What the message names beyond qualifiers, operations and continuation words.
  const known = positionsCovered([...intent.level, ...intent.body, ...intent.action, ...opHits.flatMap((o) => o.hits), ...citeHits, ...wordingHits, ...KIND_WORDS.findAll(plain), ...periodNamedAt(plain.map((t) => t.fold)), ...GIVEN.findAll(plain), ...REACHED.findAll(plain), ...(opening ? [opening] : []), ...(closing ? [closing] : [])]);
  const ownWords = words.filter((w, i) => !w.stop && !w.context && !known.has(i) && !/^\d/.test(w.fold)).length;
  // A specific operation wins over a sum ("Trong tổng số …, phần … chiếm bao nhiêu %": a share);
  // among the others the first named ("còn thiếu bao nhiêu % nữa mới đủ dự toán" is one: remaining).
  // A bare "tổng" before things joined by "và" ("tổng biên chế công chức và số người làm việc") adds
  // them; alone ("tổng bn dự thảo") it names one total, and "không phải tổng …" adds nothing.
  if (!opHits.some((o) => o.op === "sum") && (TOTAL_OF_LISTED.test(foldedMain) || COUNTED_TOGETHER.test(foldedMain) || BOTH_AND.test(main.toLowerCase()) || ADD_WITH.test(main.toLowerCase()) || ADDED_TO.test(main.toLowerCase()) || (main.includes("+") && PLUS_JOINED.test(main) && !EACH_ASKED.test(main) && (timesAsked(main) < 2 || /^\W*tong\b/.test(foldedMain))))) opHits.push({ op: "sum", hits: [] });
  // "Số A hơn số B bao nhiêu?": a difference, its "hơn" apart from "bao nhiêu".
  if (!opHits.length && A_MORE_THAN_B.test(foldedMain)) {
    const at = plain.findIndex((t, i) => t.fold === "hon" && plain[i + 1]?.fold === "so");
    if (at > 0) opHits.push({ op: "difference", hits: [{ value: true, start: at, end: at + 1 }] });
  }
  // ("How much bigger was A than B?": a difference, "bigger" apart from "than".)
  const bigger = opHits.length ? null : HOW_MUCH_MORE_THAN.exec(foldedMain);
  if (bigger) {
    const at = plain.findIndex((t) => t.fold === bigger[1]);
    if (at > 0) opHits.push({ op: "difference", hits: [{ value: true, start: at, end: at + 1 }] });
  }
  // (Or "hơn" between two things counted: "chi hơn thu bn", the spending's excess over the revenue.)
  // (Of amounts: "chi hơn thu bao nhiêu phần trăm?" is no gap between the two rates.)
  if (!opHits.length && intent.kind !== "percent" && measuresCompared(intent)) opHits.push({ op: "difference", hits: [] });
  // ("Không tính ĐVSN thì còn lại bao nhiêu cơ quan, đơn vị?": what is left once some are left out
  // is what the exclusion leaves, no plan's remainder. Only of a message naming no other operation.)
  const [only] = opHits;
  if (excluded !== null && opHits.length === 1 && only!.op === "remaining" && only!.hits.length > 0 && only!.hits.every((h) => LEFT_WORDS.has(phrase(h)))) opHits.length = 0;
  // ("How much more … still need to collect to reach the estimate?": what remains to a plan, not a
  // difference of two figures.)
  // ("So với số được giao thì còn lại bao nhiêu?", "… so với số được giao thì còn thiếu bao nhiêu %?":
  // what remains of the allocation, in its unit or in percent; the allocation is what it is measured
  // against, not a rate of the two. "chiếm bao nhiêu %" still asks the rate.)
  const remains = opHits.some((x) => x.op === "remaining");
  type OpHits = (typeof opHits)[number];
  const againstOnly = (o: OpHits) => o.op === "ratio" && o.hits.every((h) => REFERENCE_ONLY.has(phrase(h)));
  const rank = (o: OpHits) => (o.op === "sum" ? 2 : remains && (o.op === "difference" || againstOnly(o)) ? 1 : 0);
  const first = opHits.sort((a, b) => rank(a) - rank(b) || a.hits[0]!.start - b.hits[0]!.start)[0]?.op ?? "value";
  // ("What share of the total is that?", "tỷ lệ trên tổng số?": a rate asked against "the total" names
  // the whole of a share, nothing to add.)
  const wholeOfRate = intent.kind === "percent" && first === "sum" && opHits.every((o) => o.op !== "sum" || (o.hits.length > 0 && o.hits.every((h) => WHOLE_NOUNS.has(phrase(h)))));
  // ("Counting all three levels, what share … were issued by communes?": a share asked over what is
  // added is a rate, never one level's count.)
  const shareOfAdded = intent.kind === "percent" && first === "sum" && ratioSides(main) !== null;
  const op = ((first === "sum" || first === "value") && rateWorded(foldedMain)) || wholeOfRate || shareOfAdded ? "ratio" : first;
  // ("Căn cứ kế hoạch nào?" asks which plan, not the source of the answer; "Số liệu này theo báo
  // cáo số mấy?", "Which report are these figures from?" ask the source, the report.)
  // ("Where does the figure on agencies come from?" names the figure it asks the source of.)
  // (Its wording asked, "báo cáo ghi thế nào?", with no word of its own: "còn thư điện tử ghi thế nào?" asks the e-mail figure.)
  const cite = (((citeHits.length > 0 || REPORT_ASKED.test(foldedMain)) && ownWords <= CITE_OWN_WORDS) || (wordingHits.length > 0 && ownWords === 0) || WHERE_FROM.test(foldedMain)) && (!intent.identifier || REPORT_ASKED.test(foldedMain));
  return {
    op,
    slots,
    excluded,
    main,
    cite,
    continues: opening !== undefined || closing !== undefined,
    ownWords,
    // (Nor the words of a request for the source: "câu gốc trong báo cáo về số người trúng tuyển" asks the recruits' sentence.)
    operationWords: new Set([...positionsCovered([...opHits.flatMap((o) => o.hits), ...(cite ? [...citeHits, ...wordingHits] : [])])].filter((i) => !positionsCovered([...intent.action, ...intent.level, ...intent.body]).has(i))),
  };
}

/**
 * The intent to rank facts with: the words naming an operation ("thấp hơn", "còn thiếu") are not
 * what is asked about, unless they also name a qualifier ("hoàn thành" of "chưa hoàn thành").
 */
export function rankingIntent(intent: Intent, read: ReadPlan): Intent {
  if (!read.operationWords.size) return intent;
  return { ...intent, words: intent.words.map((w, i) => (read.operationWords.has(i) ? { ...w, stop: true } : w)) };
}

/** Does the message name this operation anywhere ("tổng cộng", "in total" for a sum)? */
export function namesOperation(words: readonly Word[], op: Operation): boolean {
  return OPERATIONS.some((o) => o.op === op && o.table.any(words.map(folded)));
}
