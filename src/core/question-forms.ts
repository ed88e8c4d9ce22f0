// Whether a piece of a message asks, and whether it asks for an amount, read from the one table of
// question forms (lexicon/intents.ts, the kinds in lexicon/facets.ts) through the same analysis as
// every question, so chat spellings count ("bnhieu" is "bao nhiêu").
import { analyze, lexicon } from "./analyze.ts";
import { questionMemo } from "./budget.ts";
import { fold, hasVietnameseMarks } from "./normalize.ts";
import { KIND_PHRASES } from "./lexicon/facets.ts";
import { HOW_MANY_FORMS, IDENTIFIER_FORMS, LISTING_FORMS, QUESTION_WORDS, YES_NO_CLOSINGS } from "./lexicon/intents.ts";

const AMOUNT = lexicon([...HOW_MANY_FORMS.amount, ...KIND_PHRASES.percent, ...KIND_PHRASES.money], true);
const ANY = lexicon([...HOW_MANY_FORMS.amount, ...HOW_MANY_FORMS.which, ...KIND_PHRASES.percent, ...LISTING_FORMS, ...IDENTIFIER_FORMS, ...YES_NO_CLOSINGS, ...QUESTION_WORDS], true);

/** Asks for an amount: "bao nhiêu", "mấy", "how many", "tỷ lệ", "%". */
export const asksAmount = (text: string): boolean => text.includes("%") || AMOUNT.any(analyze(text));

/** The question forms that are words, not a kind named ("tỷ lệ", "share") nor a mark. */
const WORDS = lexicon([...HOW_MANY_FORMS.amount, ...HOW_MANY_FORMS.which, ...IDENTIFIER_FORMS, ...YES_NO_CLOSINGS, ...QUESTION_WORDS], true);
/** Asks by a word of its own ("bao nhiêu", "which", "không"), not by its question mark alone or a kind named. */
export const asksByWord = (text: string): boolean => WORDS.any(analyze(text.replace(RELATIVE_WHICH, " ")));

/** Asks anything: an amount, which, what, whether, or ends with a question mark. */
export const asks = (text: string): boolean => text.includes("?") || ANY.any(analyze(text.replace(RELATIVE_WHICH, " ").replace(HEDGE_AFTER_NUMBER, "$1")));

/**
 * "… bãi bỏ hơn 170 thủ tục gì đó. Cho mình xin con số chính xác …": "something or other" after a
 * figure, mid-message, a hedge on what the asker half-remembers, asks nothing. (Not one closing the
 * question, "11 lĩnh vực là lĩnh vực gì đó?"; nor "gì đấy", as the north asks "which"; nor "gì do
 * Chính phủ giao", "which ones, by the Government".)
 */
const HEDGE_AFTER_NUMBER = /(\d[^,.;?!\n]*?)(?<![\p{L}\p{M}])gì đó(?![\p{L}\p{M}])(?!\s*(?:[\p{L}\p{M}]{1,4}\s*)?(?:\?|$))/giu;
/** The same, of folded words (words after it: it closes no question). */
export const NUMBER_THEN_HEDGE = /(\d[^,.;?!]*?)\bgi do\b(?= \S+ \S)/g;

/** "which" after a preposition joins a relative clause ("the drafts on which it commented"): it asks nothing. */
const RELATIVE_WHICH = /\b(?:on|in|at|for|of|by|to|from|with|under|through|during) (?:which|whom)\b/gi;

const HOW_MANY = lexicon(HOW_MANY_FORMS.amount, true);
/** A "%" not right after a number: "bao nhiêu %", "mấy %". */
const ASKED_PERCENT = /(?<!\d\s?)%/;

/**
 * A clause of its own asking a quantity: "bao nhiêu", "mấy", "how many/much", "%", "what
 * percentage": not a kind noun alone ("Tỷ lệ cơ quan, đơn vị có … là bao nhiêu?" is one question),
 * nor a percentage the message gives ("tương ứng với tỷ lệ cắt giảm 42%").
 */
export const asksQuantity = (text: string): boolean => {
  // (The stages of a question test the same clauses again: each is analyzed once per question.)
  const known = quantityAsked.get(text);
  if (known !== undefined) return known;
  return quantityAsked.set(text, ASKED_PERCENT.test(text) || /\bwhat (percent|percentage|share|proportion|rate)\b/i.test(text) || HOW_MANY.any(analyze(text)));
};
const quantityAsked = questionMemo<string, boolean>();

/** "thì" after a figure given ("94,5%", "11.145.304"), as typed with marks or without. */
const thenAfterFigure = (word: string) => new RegExp(String.raw`(?<=(?:\d%|\d[.,]\d)[^\d]{0,40})\s+${word}(?![\p{L}\p{M}])\s+`, "iu");
const THEN_MARKED = thenAfterFigure("thì");
const THEN_UNMARKED = thenAfterFigure("thi");

/** A clause that asks for an amount (folded). */
const ASKS_AMOUNT = /\b(bao nhieu|bn|bnhieu|how (many|much)|what|hay tinh|tinh (giup|ho|xem|thu|nguoc)|calculate|compute|work out)\b/;

/**
 * The text with the separators inside brackets blanked (same length): "(sở, ban, ngành; chi cục …;
 * UBND cấp huyện)" lists what one clause counts, and parts no clause or sentence.
 */
export const bracketsMasked = (text: string, separators: RegExp): string => (text.includes("(") ? text.replace(/\([^()]*\)/g, (m) => m.replace(separators, " ")) : text);

/**
 * The clause of a message that asks for an amount ("Theo báo cáo của UBND tỉnh, [tỉnh đã ban hành
 * bao nhiêu văn bản]?"), if one does: what it names is what is asked, the rest is setting.
 */
export function askingClause(text: string): string | undefined {
  // A separator inside a number ("94,5%", "1.117") ends no clause.
  // ("… đạt 94,5% dự toán thì dự toán là bao nhiêu?": a "thì" after a figure given, a percentage or
  // a number with separators, not a year, ends what is given. Typed "thi" only in a message with no
  // marks: "dự thi" is an exam.)
  const marked = hasVietnameseMarks(text);
  const then = marked ? THEN_MARKED : THEN_UNMARKED;
  // The look-behind is costly on every piece: only run where the word is typed at all.
  const hasThen = (marked ? /thì/i : /thi/i).test(text);
  const pieces = bracketsMasked(text, /[;:,]/g)
    .split(/[;?!:—–]|(?<!\d)\.|\.(?!\d)/)
    .flatMap((s) => s.split(/(?<!\d),|,(?!\d)/))
    .flatMap((s) => (hasThen ? s.split(then) : [s]));
  // A piece of up to three words before a comma is an item of an enumeration ("HĐND, UBND tỉnh
  // ban hành …"), part of the clause after it.
  const clauses: string[] = [];
  let carried = "";
  for (const p of pieces) {
    if (p.trim().split(/\s+/).length <= ENUMERATED_WORDS && !ASKS_AMOUNT.test(fold(p).toLowerCase())) carried += `${p},`;
    else {
      clauses.push(carried + p);
      carried = "";
    }
  }
  const asking = clauses.find((c) => ASKS_AMOUNT.test(fold(c).toLowerCase()));
  // The whole message but its closing mark is the message itself: read once, not twice.
  return asking !== undefined && text.startsWith(asking) && CLOSING_ONLY.test(text.slice(asking.length)) ? text : asking;
}
const CLOSING_ONLY = /^[\s?!.;:]*$/;

/** Words of an enumerated item. */
const ENUMERATED_WORDS = 3;
