// Vietnamese text normalization: one place, used by the index build and by every question.
//
// Each word becomes a Token with two forms:
// - `acc`: lower case with vowel marks kept and the tone moved to a trailing digit, so the old and
//   new tone placements ("hoá"/"hóa", "thuỷ"/"thủy") come out equal;
// - `fold`: no marks at all and đ → d, for users who type without diacritics.
// `marked` says whether the user actually typed marks; matching prefers `acc` when they did.
import { parseReportNumber } from "./numbers.ts";

export interface Token {
  acc: string;
  fold: string;
  marked: boolean;
}

// Combining tone marks: grave, acute, tilde, hook above, dot below.
const TONES = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const MARK_RE = /\p{M}/gu;
// Zero-width characters, bidi controls, soft hyphen and other invisible format characters.
const INVISIBLE_RE = /[\p{Cf}\p{Cc}]/gu;
// (A plus sign between words, "công bố + bãi bỏ", "Chi cục + tương đương", is a word: "và", which
// joins in either language and within a name. Not in "+84 …".)
const WORD_RE = /\d+(?:[.,/]\d+)*%?|[\p{L}\p{M}]+(?:['’][\p{L}]+)?|%|(?<=[\p{L}\p{M}]\s*)\+(?=\s*\p{L})/gu;

/**
 * The stages of one question clean and fold the same texts again (its clauses, its plan, its
 * exclusions): the latest are kept (a few, cleared when full, so memory stays bounded).
 */
const TEXT_MEMO_SIZE = 64;
let CLEAN_MEMO = new Map<string, string>();
let FOLD_MEMO = new Map<string, string>();

/** NFC, invisible characters removed, whitespace collapsed: safe to show and to store. */
export function cleanText(input: string): string {
  const known = CLEAN_MEMO.get(input);
  if (known !== undefined) return known;
  const out = input.normalize("NFC").replace(INVISIBLE_RE, " ").replace(/\s+/g, " ").trim();
  if (CLEAN_MEMO.size >= TEXT_MEMO_SIZE) CLEAN_MEMO = new Map(); // not clear(): see BoundedMemo
  CLEAN_MEMO.set(input, out);
  return out;
}

/**
 * One spelling of words typed two ways, so that every pattern reads one: "tỉ lệ" (and "ti le" typed
 * bare) is "tỷ lệ", "ty le".
 */
export function oneSpelling(text: string): string {
  return text.replace(/(?<![\p{L}\p{M}])(t)([iỉ])(\s+l[eệ])(?![\p{L}\p{M}])/giu, (_, t: string, i: string, rest: string) => {
    const y = i.toLowerCase() === "ỉ" ? "ỷ" : "y";
    return `${t}${i === i.toLowerCase() ? y : y.toUpperCase()}${rest}`;
  });
}

/** Without diacritics, "đ" as "d". */
export function fold(word: string): string {
  const known = FOLD_MEMO.get(word);
  if (known !== undefined) return known;
  const out = word.normalize("NFD").replace(MARK_RE, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  if (FOLD_MEMO.size >= TEXT_MEMO_SIZE) FOLD_MEMO = new Map(); // not clear(): see BoundedMemo
  FOLD_MEMO.set(word, out);
  return out;
}

/** Light English stemming on long ASCII words; Vietnamese syllables never end in -s, -ed or -ing. */
function stemEnglish(word: string): string {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) w = w.slice(0, -1);
  if (w.length >= 6 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length >= 5 && w.endsWith("ed")) w = w.slice(0, -2);
  if (w.length >= 5 && w.endsWith("e")) w = w.slice(0, -1);
  // "scrapped" → "scrapp" → "scrap", "annulled" → "annul", "cutting" → "cut"; "adding" stays "add" (not "ad", admin).
  if (w.length >= 4 && /([b-df-hj-np-tv-z])\1$/.test(w) && !w.endsWith("ll") && !w.endsWith("ss")) w = w.slice(0, -1);
  return w;
}

/**
 * Words recur across questions, so each distinct spelling is normalized once. Cleared when full,
 * which keeps memory bounded whatever users type.
 */
let TOKEN_MEMO = new Map<string, Token | null>();
const TOKEN_MEMO_SIZE = 20_000;

function toToken(word: string): Token | null {
  let t = TOKEN_MEMO.get(word);
  if (t !== undefined) return t;
  t = makeToken(word);
  if (t) Object.freeze(t);
  if (TOKEN_MEMO.size >= TOKEN_MEMO_SIZE) TOKEN_MEMO = new Map(); // not clear(): see BoundedMemo
  TOKEN_MEMO.set(word, t);
  return t;
}

function makeToken(word: string): Token | null {
  if (/^\d/.test(word)) {
    let n: number;
    try {
      n = parseReportNumber(word);
    } catch {
      return null;
    }
    const s = String(n);
    return { acc: s, fold: s, marked: false };
  }
  // "Hue's" is Hue: the English possessive goes; other apostrophes join ("what's" → "whats").
  const lower = word.replace(/['’]s$/i, "").replace(/['’]/g, "").toLowerCase();
  const decomposed = lower.normalize("NFD");
  const tone = TONES.findIndex((t) => decomposed.includes(t));
  const base = decomposed.replace(TONE_RE, "").normalize("NFC");
  const folded = fold(lower);
  // A combining mark standing alone (after a space) is no word.
  if (!folded) return null;
  const marked = folded !== lower;
  const acc = marked ? (tone >= 0 ? `${base}${tone + 1}` : base) : stemEnglish(lower);
  return { acc, fold: marked ? folded : acc, marked };
}

/** Splits text into word tokens; punctuation, emoji and symbols go, "%" becomes "phần trăm". */
export function tokenize(input: string): Token[] {
  const text = cleanText(input);
  const out: Token[] = [];
  // exec with lastIndex, not matchAll: no iterator per question word.
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const word = m[0];
    if (word === "%" || word.endsWith("%")) {
      if (word !== "%") {
        const t = toToken(word.slice(0, -1));
        if (t) out.push(t);
      }
      out.push(...PERCENT);
      continue;
    }
    const t = toToken(word === "+" ? "và" : word);
    if (t) out.push(t);
  }
  return out;
}

/** A word or phrase folded (and stemmed) as a question's words are read: "cấp" is "cap", "please" "pleas". */
export const foldedAsRead = (phrase: string): string => tokenize(phrase).map((t) => t.fold).join(" ");

const PERCENT: Token[] = ["phần", "trăm"].map((w) => toToken(w)!);

/** Tokens of a phrase written with diacritics (lexicon entries). */
export function phraseTokens(phrase: string): Token[] {
  return tokenize(phrase);
}

/**
 * Does the query token match a lexicon token? When the user typed marks, the marks must agree;
 * when they did not, the folded forms must.
 */
export function sameWord(query: Token, lexicon: Token, literal = false): boolean {
  return query.marked || literal ? query.acc === lexicon.acc : query.fold === lexicon.fold;
}

/**
 * Length of the match of `phrase` at position i of `tokens`, or 0. `literal` is for text known to
 * be written with full diacritics (the reports), where an unmarked word is exactly that word.
 */
export function matchAt(tokens: readonly Token[], i: number, phrase: readonly Token[], literal = false): number {
  if (phrase.length === 0 || i + phrase.length > tokens.length) return 0;
  for (let j = 0; j < phrase.length; j++) if (!sameWord(tokens[i + j]!, phrase[j]!, literal)) return 0;
  return phrase.length;
}

/** True when the text carries any Vietnamese diacritic or đ. */
export function hasVietnameseMarks(input: string): boolean {
  return /[\u00C0-\u1EF9đĐ]/.test(input.normalize("NFC")) && fold(input) !== input;
}
