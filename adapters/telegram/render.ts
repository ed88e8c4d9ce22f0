// Answer → a Telegram message: each figure sentence with the figure in bold, then the sources
// (document, section, the report's sentence verbatim in a blockquote), then suggested questions as
// buttons. An abstention is its plain text with the suggestions as buttons. Built from the
// Answer's structured fields (highlights, citations), never by re-parsing its text.
import type { Answer, Citation, Highlight } from "../../src/core/index.ts";
import { text, type Span } from "./html.ts";
import { suggestionKeyboard, type Keyboard } from "./keyboards.ts";
import { TEXTS } from "./texts.ts";

export interface Rendered {
  spans: Span[];
  keyboard?: Keyboard;
}

/** The sentence with its figure in bold (the figure appears in it verbatim). */
export function highlightSpans(h: Highlight): Span[] {
  const at = h.figure ? h.sentence.indexOf(h.figure) : -1;
  if (at < 0) return [text(h.sentence)];
  return [text(h.sentence.slice(0, at)), { text: h.figure, bold: true }, text(h.sentence.slice(at + h.figure.length))];
}

/** "Nguồn: <document>" once per document, "Mục “<section>”:" once per section, then each quote. */
export function citationSpans(citations: readonly Citation[], lang: Answer["lang"]): Span[] {
  const t = TEXTS[lang];
  const out: Span[] = [];
  for (const document of new Set(citations.map((c) => c.document))) {
    const ofDocument = citations.filter((c) => c.document === document);
    out.push(text(`${out.length ? "\n\n" : ""}${t.source}: ${document}`));
    for (const section of new Set(ofDocument.map((c) => c.section))) {
      out.push(text(`\n${t.sectionOf(section)}`));
      for (const c of ofDocument.filter((c) => c.section === section)) out.push(text("\n"), { text: c.quote, quote: true });
    }
  }
  return out;
}

export function renderAnswer(answer: Answer, heading?: string): Rendered {
  const t = TEXTS[answer.lang];
  const keyboard = suggestionKeyboard(answer);
  if (!answer.answered) return { spans: [text(answer.text)], keyboard };

  const spans: Span[] = [];
  if (heading) spans.push({ text: heading, bold: true }, text("\n\n"));
  const many = answer.highlights.length > 1;
  answer.highlights.forEach((h, i) => {
    if (i) spans.push(text("\n"));
    if (many) spans.push(text("• "));
    spans.push(...highlightSpans(h));
  });
  spans.push(text("\n\n"), ...citationSpans(answer.citations, answer.lang));
  if (keyboard) spans.push(text(`\n${t.maybe}`));
  return { spans, keyboard };
}
