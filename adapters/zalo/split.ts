// Splits a reply longer than one Zalo message (2000 characters) into numbered parts, cutting at
// the largest boundary that fits: paragraph, then line, then sentence, then word; a single word
// longer than a part (a URL, say) is cut as a last resort. Nothing is dropped: the parts hold
// the whole text, whitespace at the cuts aside.
import { MAX_TEXT_CHARS } from "./schemas.ts";

const BOUNDARIES: RegExp[] = [
  /(?<=\n[ \t]*\n)/, // paragraph
  /(?<=\n)/, // line
  // Sentence: . ! ? … (and closing quotes/brackets), whitespace, then what starts a sentence.
  /(?<=[.!?…][”"’»)\]]*\s+)(?=[\p{Lu}\p{N}“"‘«(\-–•])/u,
  /(?<=\s)(?=\S)/, // word
];

/** Pieces of `text`, each at most `max` characters, that concatenate back to `text`. */
function pieces(text: string, max: number, level = 0): string[] {
  if (text.length <= max) return [text];
  const boundary = BOUNDARIES[level];
  if (!boundary) {
    const chars = Array.from(text);
    const out: string[] = [];
    let cur = "";
    for (const ch of chars) {
      if (cur.length + ch.length > max) {
        out.push(cur);
        cur = "";
      }
      cur += ch;
    }
    if (cur) out.push(cur);
    return out;
  }
  return text.split(boundary).flatMap((p) => pieces(p, max, level + 1));
}

/** Greedy packing of pieces into chunks of at most `max` characters (trimmed at the edges). */
function pack(text: string, max: number): string[] {
  const chunks: string[] = [];
  let cur = "";
  for (const p of pieces(text, max)) {
    if (cur && (cur + p).trimEnd().length > max) {
      chunks.push(cur.trim());
      cur = p.trimStart();
    } else cur += p;
  }
  if (cur.trim()) chunks.push(cur.trim());
  return chunks;
}

const label = (i: number, n: number) => `(${i}/${n}) `;

/**
 * The messages to send for `text`: itself when it fits, else parts prefixed "(1/3) ", "(2/3) "…,
 * every one at most `limit` characters.
 */
export function splitMessage(text: string, limit = MAX_TEXT_CHARS): string[] {
  const body = text.trim();
  if (body.length <= limit) return body ? [body] : [];
  // The label's width depends on the number of parts; grow the guess until it holds.
  for (let guess = 9; ; guess = guess * 10 + 9) {
    const chunks = pack(body, limit - label(guess, guess).length);
    if (chunks.length <= guess) return chunks.map((c, i) => `${label(i + 1, chunks.length)}${c}`);
  }
}

/** The text of a part without its "(i/n) " label. */
export function partBody(part: string): string {
  return part.replace(/^\(\d+\/\d+\) /, "");
}
