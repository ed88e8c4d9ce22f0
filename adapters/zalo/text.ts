// Small text helpers for reading what users type: folding Vietnamese to compare short command
// words and section titles, and finding or removing an @mention of the bot.
import { fold as foldMarks } from "../../src/core/index.ts";

/** Lower case, no diacritics (the core's folding: đ → d), single spaces: "Chủ  đề" → "chu de". */
export function fold(text: string): string {
  return foldMarks(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/]+/gu, " ")
    .trim();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function mentionPattern(names: readonly string[]): RegExp | null {
  const usable = [...new Set(names.map((n) => n.normalize("NFC").trim()).filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
  if (!usable.length) return null;
  return new RegExp(`@(?:${usable.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

/** Whether `text` mentions one of `names` as "@name" (case-insensitive). */
export function mentions(text: string, names: readonly string[]): boolean {
  const re = mentionPattern(names);
  return re !== null && re.test(text.normalize("NFC"));
}

/** `text` without its "@name" mentions, spaces tidied. */
export function stripMentions(text: string, names: readonly string[]): string {
  const re = mentionPattern(names);
  const nfc = text.normalize("NFC");
  return (re ? nfc.replace(re, " ") : nfc).replace(/\s+/g, " ").trim();
}
