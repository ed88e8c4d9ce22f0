// Splits a long message into parts Telegram accepts (4096 characters after entity parsing), at
// paragraph or sentence boundaries. It works on spans, not on HTML, so every part is rendered on
// its own and its tags balance: a quote cut in two is closed in one part and reopened in the next.
import type { Span } from "./html.ts";

export const MESSAGE_LIMIT = 4096;

/** A cut should not leave a part much shorter than the limit when a later boundary exists. */
const MIN_FILL = 0.3;
const SENTENCE_END = /[.!?…;:][”"’')\]]*(?=\s)/g;

/** Where to cut `window` (the next `limit` characters): just after the best boundary in it. */
function cutPoint(window: string): number {
  const floor = Math.floor(window.length * MIN_FILL);
  const paragraph = window.lastIndexOf("\n\n");
  if (paragraph >= floor) return paragraph + 2;
  let sentence = -1;
  for (const m of window.matchAll(SENTENCE_END)) sentence = m.index + m[0].length;
  const line = window.lastIndexOf("\n");
  const best = Math.max(sentence, line >= 0 ? line + 1 : -1);
  if (best >= floor) return best;
  const space = window.search(/\s\S*$/);
  if (space > 0) return space + 1;
  // One unbroken run of text: cut at the limit, never inside a surrogate pair.
  const code = window.charCodeAt(window.length - 1);
  return code >= 0xd800 && code <= 0xdbff ? window.length - 1 : window.length;
}

/** The spans covering [start, end) of the concatenated text. */
function slice(spans: readonly Span[], start: number, end: number): Span[] {
  const out: Span[] = [];
  let pos = 0;
  for (const span of spans) {
    const from = Math.max(start, pos);
    const to = Math.min(end, pos + span.text.length);
    if (from < to) out.push({ ...span, text: span.text.slice(from - pos, to - pos) });
    pos += span.text.length;
  }
  return out;
}

/** Drops whitespace at both ends of a part (Telegram would trim it anyway). */
function trim(spans: Span[]): Span[] {
  const out = spans.map((s) => ({ ...s }));
  while (out.length && !out[0]!.text.trimStart()) out.shift();
  while (out.length && !out[out.length - 1]!.text.trimEnd()) out.pop();
  if (out.length) {
    out[0]!.text = out[0]!.text.trimStart();
    out[out.length - 1]!.text = out[out.length - 1]!.text.trimEnd();
  }
  return out;
}

/** The message as one or more parts, each at most `limit` characters of plain text. */
export function splitMessage(spans: readonly Span[], limit = MESSAGE_LIMIT): Span[][] {
  const full = spans.map((s) => s.text).join("");
  const parts: Span[][] = [];
  let start = 0;
  while (start < full.length) {
    // Leading whitespace does not count against the next part.
    while (start < full.length && /\s/.test(full[start]!)) start++;
    if (start >= full.length) break;
    let end = full.length;
    if (end - start > limit) end = start + Math.max(1, cutPoint(full.slice(start, start + limit)));
    const part = trim(slice(spans, start, end));
    if (part.length) parts.push(part);
    start = end;
  }
  return parts;
}
