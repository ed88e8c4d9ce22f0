// Folding what users type to compare short words (commands, topic titles, "có", "đúng"): lower case,
// no diacritics (the core's folding: đ → d), runs of other characters as one space.
import { fold as foldMarks } from "../../src/core/index.ts";

/** "Chủ  đề 3!" → "chu de 3". Slashes stay (commands). */
export function fold(text: string): string {
  return foldMarks(text.normalize("NFC"))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/]+/gu, " ")
    .trim();
}
