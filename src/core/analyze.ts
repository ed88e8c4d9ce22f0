// Text analysis shared by the index build and questions: tokens → abbreviations expanded →
// synonyms mapped to one wording → stopwords marked → search terms (words and word pairs).
import { ABBREVIATIONS_AFTER, ABBREVIATIONS_BEFORE, ADMIN_ABBREVIATIONS, BN_AS_BAN_AFTER, BN_AS_BAN_BEFORE, CHAT_ABBREVIATIONS } from "./lexicon/abbreviations.ts";
import { CONTEXT_WORDS, STOPWORDS } from "./lexicon/stopwords.ts";
import { SYNONYM_GROUPS } from "./lexicon/synonyms.ts";
import { matchAt, phraseTokens, tokenize, type Token } from "./normalize.ts";
import { PhraseTable } from "./phrase-table.ts";
import { Speller } from "./spelling.ts";
import { MAX_CORRECTIONS, MAX_WORDS, QUESTION_BUDGET, work } from "./budget.ts";
import { VI_SYLLABLE } from "./lang.ts";
import { ACTION_PHRASES, BODY_PHRASES, KIND_PHRASES, LEVEL_PHRASES } from "./lexicon/facets.ts";
import { OPERATION_PHRASES } from "./lexicon/operations.ts";

const YEAR = /^(19|20)\d\d$/;

export interface Word extends Token {
  /** Carries no content (question word, particle, pronoun). */
  stop: boolean;
  /** Names only the report's context (the province, "năm", "cải cách hành chính"). */
  context: boolean;
  /** Typed without marks, it may be a stopword or a content word ("cua": "của" or "cửa"). */
  ambiguous: boolean;
}

const ABBREVIATIONS = new Map(
  Object.entries({ ...CHAT_ABBREVIATIONS, ...ADMIN_ABBREVIATIONS }).map(([k, v]) => [k, phraseTokens(v)]),
);
// (Each word listed as typed, marks or none, and as a token's accented form: "đồng" matches a marked "đồng".)
const wordForms = (words: string[]) => new Set(words.flatMap((w) => [w, tokenize(w).map((t) => t.acc).join(" ")]));
const AFTER = new Map(Object.entries(ABBREVIATIONS_AFTER).map(([k, v]) => [k, { after: wordForms(v.after), tokens: phraseTokens(v.means) }]));
const BEFORE = new Map(Object.entries(ABBREVIATIONS_BEFORE).map(([k, v]) => [k, { before: wordForms(v.before), notAfter: new Set(v.notAfter ?? []), tokens: phraseTokens(v.means) }]));
const BAO_NHIEU = phraseTokens("bao nhiêu");
const BAN = phraseTokens("bạn");
const BN_BEFORE = new Set(BN_AS_BAN_BEFORE);
const BN_AFTER = new Set(BN_AS_BAN_AFTER);

function expandAbbreviations(tokens: Token[]): Token[] {
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    // Marked words are not abbreviations, except those whose only mark is đ ("HĐND", "đc").
    if (t.marked && t.acc.replace(/đ/g, "d") !== t.fold) return void out.push(t);
    if (t.fold === "bn") {
      const asBan = BN_BEFORE.has(tokens[i + 1]?.fold ?? "") || BN_AFTER.has(tokens[i - 1]?.fold ?? "");
      return void out.push(...(asBan ? BAN : BAO_NHIEU));
    }
    const before = BEFORE.get(t.fold);
    if ((before?.before.has(tokens[i + 1]?.acc ?? "") || before?.before.has(tokens[i + 1]?.fold ?? "")) && !before!.notAfter.has(tokens[i - 1]?.fold ?? "")) return void out.push(...before!.tokens);
    const after = AFTER.get(t.fold);
    const [one, two] = [tokens[i - 1], tokens[i - 2]];
    if (after && one && (after.after.has(one.acc) || after.after.has(one.fold) || (two && after.after.has(`${two.fold} ${one.fold}`)))) return void out.push(...after.tokens);
    out.push(...(ABBREVIATIONS.get(t.fold) ?? [t]));
  });
  return out;
}

/** The words as typed with abbreviations spelled out, folded ("bn dvsn" → "bao nhieu don vi su nghiep"): no synonyms applied. */
export const abbreviationsSpelled = (raw: Token[]): string => expandAbbreviations(raw).map((t) => t.fold).join(" ");

/**
 * Longest-first phrase rewriting; each group's variants become its first phrase. The canonical
 * phrase rewrites to itself so that a shorter variant inside it ("thủ tục") is not applied.
 */
const SYNONYMS = new PhraseTable<Token[]>(
  SYNONYM_GROUPS.flatMap(([canonical, ...variants]) => {
    const to = expandAbbreviations(phraseTokens(canonical!));
    return [{ phrase: to, value: to }, ...variants.map((v) => ({ phrase: expandAbbreviations(phraseTokens(v)), value: to }))];
  }),
);

function applySynonyms(tokens: Token[], literal: boolean): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = SYNONYMS.at(tokens, i, literal);
    if (hit) {
      out.push(...hit.value);
      i += hit.phrase.length;
    } else out.push(tokens[i++]!);
  }
  return out;
}

/**
 * English words the lexicons know, stemmed as tokens are: the targets of typo correction. (The
 * operations' words too: "uncollected" is no typo of "collected".)
 */
const SPELLER = new Speller(
  [SYNONYM_GROUPS.flat(), STOPWORDS, ...[ACTION_PHRASES, BODY_PHRASES, KIND_PHRASES, LEVEL_PHRASES, OPERATION_PHRASES].flatMap((t) => Object.values(t).flat())]
    .flat()
    .flatMap((p) => tokenize(p))
    .filter((t) => !t.marked)
    .map((t) => t.acc),
);

/** Vietnamese syllables the lexicons write, folded: what a syllable typed with a letter doubled ("baii", "boo") is undone to. */
const VI_SYLLABLES = new Set(
  [SYNONYM_GROUPS.flat(), STOPWORDS, CONTEXT_WORDS, ...[ACTION_PHRASES, BODY_PHRASES, KIND_PHRASES, LEVEL_PHRASES, OPERATION_PHRASES].flatMap((t) => Object.values(t).flat())]
    .flat()
    .flatMap((p) => tokenize(p))
    .filter((t) => t.marked)
    .map((t) => t.fold),
);
/** A word, folded, that is a Vietnamese syllable the lexicons write with its marks ("gap" for "gấp"). */
export const isViSyllable = (fold: string): boolean => VI_SYLLABLES.has(fold);
/** A letter typed twice on a phone ("baii bo", "cong boo"); not "uu", which is "ưu" unmarked. */
const DOUBLED = /(?!uu)([a-z])\1/g;
/** The syllable a word typed with a doubled letter stands for, when the lexicons write it and not the word. */
const undoubled = (word: string): string | undefined => {
  if (word.length > MAX_SYLLABLE || VI_SYLLABLES.has(word)) return undefined;
  const fixed = word.replace(DOUBLED, "$1");
  return fixed !== word && VI_SYLLABLES.has(fixed) ? fixed : undefined;
};
/** Letters of the longest Vietnamese syllable ("nghiêng"). */
const MAX_SYLLABLE = 7;

function correctSpelling(tokens: Token[]): Token[] {
  let budget = MAX_CORRECTIONS;
  return tokens.map((t) => {
    const syllable = t.marked ? undefined : undoubled(t.acc);
    if (syllable) return { acc: syllable, fold: syllable, marked: false };
    if (t.marked || t.acc.length < 6 || VI_SYLLABLE.test(t.acc)) return t;
    if (!SPELLER.free(t.acc)) {
      if (budget === 0 || work.corrections >= QUESTION_BUDGET.corrections) return t;
      budget--;
      work.corrections++;
    }
    const fixed = SPELLER.correct(t.acc);
    return fixed === t.acc ? t : { acc: fixed, fold: fixed, marked: false };
  });
}

const prepare = (phrases: readonly string[]) => phrases.map((p) => applySynonyms(expandAbbreviations(phraseTokens(p)), true));
const table = (phrases: readonly string[]) => new PhraseTable(prepare(phrases).map((phrase) => ({ phrase, value: true as const })));
const STOP_PHRASES = table(STOPWORDS);
const CONTEXT_PHRASES = table(CONTEXT_WORDS);

/**
 * Marks phrase matches on `flag`. A one-word phrase typed without marks is ambiguous when its
 * folded form is also a content word of the knowledge base ("ban": "bạn" or "ban hành"), so it
 * is only marked when `contentFolds` does not know it.
 */
function markPhrases(words: Word[], phrases: PhraseTable<true>, flag: "stop" | "context", opts: AnalyzeOptions) {
  const { literal = false, contentFolds } = opts;
  for (let i = 0; i < words.length; ) {
    let len = 0;
    for (const { phrase } of phrases.candidates(words, i)) {
      len = matchAt(words, i, phrase, literal);
      if (len === 1 && !words[i]!.marked && contentFolds?.has(words[i]!.fold)) {
        words[i]!.ambiguous = true;
        len = 0;
      }
      if (len) break;
    }
    for (let j = i; j < i + len; j++) words[j]![flag] = true;
    i += len || 1;
  }
}

export interface AnalyzeOptions {
  /** The text is written with full diacritics (a report), so unmarked words are taken literally. */
  literal?: boolean;
  /** Folded forms that are content words of the knowledge base (see markPhrases). */
  contentFolds?: ReadonlySet<string>;
}

/** Canonical token stream of a text: what the index stores and what a question is matched with. */
export function analyze(text: string, opts: AnalyzeOptions = {}): Word[] {
  return analyzeTokens(tokenize(text), opts);
}

/** analyze() for text already tokenized (a question whose raw tokens are needed too). */
export function analyzeTokens(raw: Token[], opts: AnalyzeOptions = {}): Word[] {
  // Reports are edited text: only questions get their typos corrected, and only their first
  // MAX_WORDS words are read (the cost bound, budget.ts).
  const expanded = applySynonyms(expandAbbreviations(opts.literal ? raw : correctSpelling(raw.slice(0, MAX_WORDS))), opts.literal ?? false);
  const tokens = opts.literal ? expanded : expanded.slice(0, MAX_WORDS);
  const words: Word[] = tokens.map((t) => ({ ...t, stop: false, context: false, ambiguous: false }));
  markPhrases(words, CONTEXT_PHRASES, "context", opts);
  // A year names the period a report covers, like "năm": context, never a subject on its own.
  for (const w of words) if (YEAR.test(w.fold)) w.context = true;
  markPhrases(words, STOP_PHRASES, "stop", opts);
  // "co bao nhieu", "co may" typed bare: the "có" of a question, not "cơ" of "cơ quan".
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    if (w.ambiguous && w.fold === "co" && QUESTION_AFTER_CO.has(words[i + 1]!.fold)) [w.stop, w.ambiguous] = [true, false];
  }
  return words;
}

/** Words of a question right after "có" ("có bao nhiêu", "có mấy"), folded. */
const QUESTION_AFTER_CO = new Set(["bao", "may"]);

/** Terms the index stores for a text: both forms of each content word, folded adjacent pairs. */
export function indexTerms(words: Word[]): string[] {
  const terms: string[] = [];
  words.forEach((w, i) => {
    if (w.stop) return;
    terms.push(w.fold);
    if (w.acc !== w.fold) terms.push(w.acc);
    const next = words[i + 1];
    if (next && !next.stop) terms.push(`${w.fold}_${next.fold}`);
  });
  return terms;
}

export interface QueryTerm {
  term: string;
  /** Index of the word it stands for (the first of a pair). */
  at: number;
  pair: boolean;
  accented: boolean;
}

/**
 * Terms a question is searched with. Words typed with marks are searched in both forms, so a
 * match that keeps the user's diacritics scores above a folded-only one. Context words ("tỉnh",
 * "năm") match nearly every fact: they only join pairs, never stand alone.
 */
export function queryTerms(words: Word[]): QueryTerm[] {
  const out: QueryTerm[] = [];
  words.forEach((w, i) => {
    if (w.stop) return;
    if (!w.context) {
      out.push({ term: w.fold, at: i, pair: false, accented: false });
      if (w.marked) out.push({ term: w.acc, at: i, pair: false, accented: true });
    }
    const next = words[i + 1];
    // A pair of context words ("thừa thiên", "hành chính" of "cải cách hành chính") says nothing.
    if (next && !next.stop && !(w.context && next.context)) out.push({ term: `${w.fold}_${next.fold}`, at: i, pair: true, accented: false });
  });
  return out;
}

/** A lexicon analyzed like questions (so synonyms and abbreviations line up), ready to match. */
export function lexicon<T>(table: Record<string, readonly string[]> | readonly string[], value?: T): PhraseTable<T> {
  const entries = Array.isArray(table)
    ? prepare(table).map((phrase) => ({ phrase, value: value as T }))
    : Object.entries(table).flatMap(([v, phrases]) => prepare(phrases).map((phrase) => ({ phrase, value: v as T })));
  return new PhraseTable(entries);
}
