// The one splitter: a message longer than a platform allows (Telegram 4096 characters, Zalo 2000)
// becomes parts cut at the best boundary that fits — paragraph, then sentence or line, then word;
// a run of text with no boundary is cut at the limit, never inside a surrogate pair. It works on
// spans, so each part is rendered on its own (a quote cut in two is closed and reopened). Nothing
// is lost: the parts hold the whole text, whitespace at the cuts aside.
import { plainText, type Span } from "./spans.ts";

/** A cut should not leave a part much shorter than the limit when a later boundary exists. */
const MIN_FILL = 0.3;
/** A sentence ends with . ! ? … or : (and closing quotes or brackets) before whitespace; "1.117" does not. */
const SENTENCE_END = /[.!?…:][”"’')\]]*(?=\s)/g;

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

/** Drops whitespace at both ends of a part. */
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
export function splitSpans(spans: readonly Span[], limit: number): Span[][] {
  const full = plainText(spans);
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

const label = (i: number, n: number) => `(${i}/${n}) `;

/**
 * Plain text for a platform that shows no formatting: itself when it fits, else parts numbered
 * "(1/3) ", "(2/3) "… (a reader cannot tell otherwise that a message goes on), each at most `limit`.
 */
export function splitNumbered(text: string, limit: number): string[] {
  const body = text.trim();
  if (body.length <= limit) return body ? [body] : [];
  // The label's width depends on the number of parts; grow the guess until it holds.
  for (let guess = 9; ; guess = guess * 10 + 9) {
    const chunks = splitSpans([{ text: body }], limit - label(guess, guess).length).map(plainText);
    if (chunks.length <= guess) return chunks.map((c, i) => `${label(i + 1, chunks.length)}${c}`);
  }
}

/** The text of a numbered part without its "(i/n) " label. */
export function partBody(part: string): string {
  return part.replace(/^\(\d+\/\d+\) /, "");
}
