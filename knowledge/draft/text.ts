// Reading a report's plain text into what the drafter needs: the body's markers, the heading
// lines (one section each) and the sentences with their offsets, so every quote stays verbatim.
import { fold } from "../../src/core/normalize.ts";

export interface Line {
  /** The line as printed, without its newline. */
  text: string;
  start: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  section: string;
  /** A heading line or an opening line rather than a sentence of a paragraph. */
  standalone: boolean;
}

export interface DraftSection {
  id: string;
  heading: string;
  title: string;
  start: number;
  end: number;
}

export interface Layout {
  bodyStart: string;
  bodyEnd: string;
  body: { start: number; end: number };
  sections: DraftSection[];
  sentences: Sentence[];
  /** Offsets of heading lines, for the numbering of a heading ("1. Công tác…"). */
  headingStarts: Set<number>;
  /** What the reader had to guess about the layout. */
  review: string[];
}

export function splitLines(source: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const text of source.split("\n")) {
    out.push({ text, start });
    start += text.length + 1;
  }
  return out;
}

const blank = (l: Line | undefined) => !l || l.text.trim() === "";

/** kebab-case id from Vietnamese text: "Về cải cách thể chế" → "cai-cach-the-che". */
export function slug(text: string, maxWords = 6): string {
  return fold(text.toLowerCase())
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .slice(0, maxWords)
    .join("-");
}

/** A paragraph line: long, or ending as a sentence does. Lines before the first one are the masthead. */
const isParagraph = (t: string) => t.trim().length >= 80 || /[.:;!?]["”)]*$/.test(t.trim());

/** A heading stands alone between blank lines, short, and does not end as a sentence does. */
function isHeading(lines: Line[], i: number): boolean {
  const t = lines[i]!.text.trim();
  if (!t || t.length > 120 || t.split(/\s+/).length > 16) return false;
  if (/[.;,!?]$/.test(t) || (t.endsWith(":") && t.length > 80)) return false;
  return blank(lines[i - 1]) && (blank(lines[i + 1]) || i + 1 >= lines.length);
}

/** "Về cải cách thể chế" → "Cải cách thể chế"; "1. Công tác chỉ đạo" → "Công tác chỉ đạo". */
export function sectionTitle(heading: string): string {
  const t = heading
    .trim()
    .replace(/^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+/u, "")
    .replace(/^Về\s+/u, "");
  return t.charAt(0).toLocaleUpperCase("vi") + t.slice(1);
}

// Words after which a full stop does not end the sentence.
const ABBREVIATIONS = /(?:^|\s)(?:TP|Tp|ThS|TS|PGS|GS|Th|v\.v|St)$/u;

/** Sentences of one line, with offsets in the source. "./." closes the last one. */
export function splitSentences(line: Line): { text: string; start: number; end: number }[] {
  const t = line.text;
  const out: { text: string; start: number; end: number }[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    const piece = t.slice(a, b);
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (/\p{L}|\d/u.test(text)) out.push({ text, start: line.start + a + lead, end: line.start + a + lead + text.length });
  };
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c !== "." && c !== "!" && c !== "?") continue;
    let j = i + 1;
    while (j < t.length && /[)"”’']/.test(t[j]!)) j++;
    const next = t.slice(j);
    const ends = j >= t.length || next.startsWith("/.") || /^\s+["“(]?[\p{Lu}\d]/u.test(next);
    if (!ends || (c === "." && ABBREVIATIONS.test(t.slice(from, i)))) continue;
    push(from, j);
    from = j;
    // "./." is one closing mark: skip its "/." so that no piece of it is a sentence.
    if (t.startsWith("/.", from)) from += 2;
  }
  push(from, t.length);
  return out;
}

/** The footer line that ends the body ("Nguồn: …"), else the last line (then flagged for review). */
function findBodyEnd(lines: Line[], from: number): { marker: string; line: number; guessed: boolean } {
  for (let i = from; i < lines.length; i++) {
    const m = /^(Nguồn|Source|Theo nguồn)\s*:/iu.exec(lines[i]!.text);
    if (m) return { marker: `\n${m[0]}`, line: i, guessed: false };
  }
  let last = lines.length - 1;
  while (last > from && blank(lines[last])) last--;
  return { marker: `\n${lines[last]!.text}`, line: last, guessed: true };
}

export function readLayout(source: string): Layout {
  const lines = splitLines(source);
  const review: string[] = [];
  const first = lines.findIndex((l) => !blank(l));
  if (first < 0) throw new Error("kb-draft: the text is empty");
  const bodyStart = lines[first]!.text.trim();
  const end = findBodyEnd(lines, first + 1);
  if (end.guessed) review.push("bodyEnd: no “Nguồn:” line; the body is taken to end before the last line");
  const body = { start: source.indexOf(bodyStart), end: lines[end.line]!.start - 1 };

  const firstParagraph = lines.findIndex((l, i) => i >= first && isParagraph(l.text));
  const sections: DraftSection[] = [{ id: "gioi-thieu", heading: "", title: "Giới thiệu", start: body.start, end: body.end }];
  const headingStarts = new Set<number>();
  for (let i = firstParagraph + 1; i < end.line; i++) {
    if (!isHeading(lines, i)) continue;
    const heading = lines[i]!.text;
    const title = sectionTitle(heading);
    let id = slug(title) || "muc";
    for (let n = 2; sections.some((s) => s.id === id); n++) id = `${slug(title) || "muc"}-${n}`;
    sections[sections.length - 1]!.end = lines[i]!.start;
    sections.push({ id, heading, title, start: lines[i]!.start, end: body.end });
    headingStarts.add(lines[i]!.start);
  }
  if (sections.length === 1) review.push("sections: no heading line found; the whole body is one section");

  const sentences: Sentence[] = [];
  for (let i = first; i < end.line; i++) {
    const line = lines[i]!;
    if (blank(line)) continue;
    const section = [...sections].reverse().find((s) => s.start <= line.start)!.id;
    const standalone = i < firstParagraph || headingStarts.has(line.start);
    const pieces = standalone ? [{ text: line.text.trim(), start: line.start + line.text.indexOf(line.text.trim()), end: 0 }] : splitSentences(line);
    for (const p of pieces) sentences.push({ text: p.text, start: p.start, end: p.start + p.text.length, section, standalone });
  }
  return { bodyStart, bodyEnd: end.marker, body, sections, sentences, headingStarts, review };
}
