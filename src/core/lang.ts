// Which language to reply in. Diacritics mean Vietnamese; otherwise count words that cannot be
// Vietnamese syllables (typed without marks) against those that can.
import { ADMIN_ABBREVIATIONS, CHAT_ABBREVIATIONS } from "./lexicon/abbreviations.ts";
import { cleanText, fold, hasVietnameseMarks } from "./normalize.ts";
import type { Lang } from "./answer.ts";

/** A Vietnamese syllable typed without marks ("nguoi", "thuong"). */
export const VI_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?(uye|uya|oai|oay|uoi|uou|ieu|yeu|oeo|uay|uây|[aeiouy]{1,3})(ch|ng|nh|[cmnpt])?$/;
const EN_WORDS = new Set(
  ("how many much what which who where when why was were is are be been did does do the a an of in on at to for by " +
    "with and or this that these those there it its please tell me show give number total per cent percent year province " +
    "provincial state budget revenue civil servants procedures administrative reform them they their up add both average").split(" "),
);
const ABBREVIATIONS = new Set([...Object.keys(ADMIN_ABBREVIATIONS), ...Object.keys(CHAT_ABBREVIATIONS), "bn"]);

export function detectLang(question: string): Lang {
  return languageShown(question) ?? "vi";
}

/**
 * The language a message shows, or undefined when it is too short to tell ("source?", "nguon?",
 * "ok"): a conversation's earlier language then decides (ask.ts), else Vietnamese.
 */
export function languageShown(question: string): Lang | undefined {
  // (A term glossed in brackets is in the other language: "public service units (đơn vị sự nghiệp
  // công lập)" is an English question, "đơn vị sự nghiệp (public service units)" a Vietnamese one.)
  const text = cleanText(question.replace(GLOSS, " ").trim() || question);
  const marked = hasVietnameseMarks(text);
  // (Typed with marks, English needs three words that cannot be Vietnamese: most messages stop here.)
  // (Only words typed without a mark can be English: "bao", "how", not "nhiêu".)
  if (marked && englishWords(text.toLowerCase().match(ASCII_WORD) ?? []) < 3) return "vi";
  const words = (text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []).map((w) => ({ w: fold(w), withMarks: hasVietnameseMarks(w) }));
  let en = 0;
  let vi = 0;
  for (const { w, withMarks } of words) {
    if (!withMarks && ABBREVIATIONS.has(w)) continue;
    if (withMarks) vi++;
    else if (EN_WORDS.has(w) || !VI_SYLLABLE.test(w)) en++;
    else vi++;
  }
  // Short or ambiguous messages ("ok", "alo", "tks ad", "hello") show none (read as Vietnamese
  // alone: the assistant's users are); English needs two words that cannot be Vietnamese. With marks, only an
  // English sentence around a Vietnamese name ("… from Phú Vang district?") is English: its English
  // words outnumber the rest twice over.
  if (marked) return en >= 3 && en > 2 * vi ? "en" : "vi";
  return en > vi && en >= 2 ? "en" : vi >= 2 ? "vi" : undefined;
}

/** A bracketed gloss. */
const GLOSS = /\([^()]*\)/g;

/** A word of plain Latin letters, not part of a word with marks. */
const ASCII_WORD = /(?<![\p{L}\p{M}])[a-z]+(?![\p{L}\p{M}])/gu;
/** How many of these folded words cannot be Vietnamese (or are common English words). */
const englishWords = (words: readonly string[]) => words.filter((w) => !ABBREVIATIONS.has(w) && (EN_WORDS.has(w) || !VI_SYLLABLE.test(w))).length;
