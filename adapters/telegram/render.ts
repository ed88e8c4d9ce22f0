// A reply as Telegram messages. An Answer: each figure sentence with the figure in bold (and a
// money figure's rounded billions after it), then the sources (document, section, the report's
// sentence verbatim in a blockquote), then suggested questions as buttons. An abstention is its
// text with the suggestions as buttons. Then 👍/👎 under an answer, or the offer to send a declined
// question to an official. Built from the Answer's structured fields, never by re-parsing its text.
// Split at sentence boundaries into parts of at most 4096 characters; the keyboard goes on the last.
import type { InlineKeyboardMarkup, LinkPreviewOptions, ReplyParameters } from "grammy/types";
import type { Answer, Citation, Highlight } from "../../src/core/index.ts";
import { moneyNote } from "../chat/money.ts";
import { text, type Span } from "../chat/spans.ts";
import { splitSpans } from "../chat/split.ts";
import { TEXTS } from "../chat/texts.ts";
import type { Reply, Target } from "../chat/types.ts";
import { toHtml } from "./html.ts";
import { handoffRow, sectionKeyboard, suggestionKeyboard, voteRow, type Keyboard } from "./keyboards.ts";

/** Telegram's limit on a message's text after entity parsing. */
export const MESSAGE_LIMIT = 4096;

export interface Rendered {
  spans: Span[];
  keyboard?: Keyboard;
}

/** One sendMessage call's parameters. */
export interface TelegramMessage {
  chat_id: number | string;
  text: string;
  parse_mode: "HTML";
  link_preview_options: LinkPreviewOptions;
  reply_parameters?: ReplyParameters;
  message_thread_id?: number;
  reply_markup?: InlineKeyboardMarkup;
}

/** The sentence with its figure in bold (the figure appears in it verbatim), and the billions of a money figure. */
export function highlightSpans(h: Highlight, answer?: Answer): Span[] {
  const at = h.figure ? h.sentence.indexOf(h.figure) : -1;
  if (at < 0) return [text(h.sentence)];
  const note = answer ? moneyNote(answer, h) : "";
  return [text(h.sentence.slice(0, at)), { text: h.figure, bold: true }, text(note + h.sentence.slice(at + h.figure.length))];
}

/** "Nguồn: <document>" once per document, "Mục “<section>”:" once per section, then each quote. */
export function citationSpans(citations: readonly Citation[], lang: Answer["lang"]): Span[] {
  const source = lang === "vi" ? "Nguồn" : "Source";
  const sectionOf = (title: string) => (lang === "vi" ? `Mục “${title}”:` : `Section “${title}”:`);
  const out: Span[] = [];
  for (const document of new Set(citations.map((c) => c.document))) {
    const ofDocument = citations.filter((c) => c.document === document);
    out.push(text(`${out.length ? "\n\n" : ""}${source}: ${document}`));
    for (const section of new Set(ofDocument.map((c) => c.section))) {
      out.push(text(`\n${sectionOf(section)}`));
      for (const c of ofDocument.filter((c) => c.section === section)) out.push(text("\n"), { text: c.quote, quote: true });
    }
  }
  return out;
}

export function renderAnswer(answer: Answer, heading?: string): Rendered {
  const keyboard = suggestionKeyboard(answer);
  if (!answer.answered) return { spans: [text(answer.text)], keyboard };
  const spans: Span[] = [];
  if (heading) spans.push({ text: heading, bold: true }, text("\n\n"));
  if (answer.lead) spans.push(text(`${answer.lead}\n`));
  const many = answer.highlights.length > 1;
  answer.highlights.forEach((h, i) => {
    if (i) spans.push(text("\n"));
    if (many) spans.push(text("• "));
    spans.push(...highlightSpans(h, answer));
  });
  if (answer.note) spans.push(text("\n\n"), text(answer.note));
  spans.push(text("\n\n"), ...citationSpans(answer.citations, answer.lang));
  if (keyboard) spans.push(text(`\n${answer.lang === "vi" ? "Có thể bạn muốn hỏi:" : "You may also mean:"}`));
  return { spans, keyboard };
}

/** The reply's spans and keyboard, before splitting. */
export function renderReply(reply: Reply): Rendered {
  const t = TEXTS[reply.lang];
  const base: Rendered = reply.body.type === "answer" ? renderAnswer(reply.body.answer, reply.body.heading) : { spans: reply.body.spans };
  const keyboard: Keyboard = [...(base.keyboard ?? [])];
  const spans = [...base.spans];
  if (reply.topicButtons) keyboard.push(...(sectionKeyboard(reply.lang) ?? []));
  if (reply.feedback) {
    const row = voteRow(reply.feedback, reply.lang);
    if (row.length) keyboard.push(row);
  }
  if (reply.handoff) {
    spans.push(text(`\n\n${t.handoffOffer(true)}`));
    keyboard.push(handoffRow(reply.handoff, reply.lang));
  }
  return { spans, keyboard: keyboard.length ? keyboard : undefined };
}

/** The sendMessage calls for a reply: HTML parts of at most 4096 characters, replying in the same topic. */
export function toMessages(out: Rendered, target: Target): TelegramMessage[] {
  const parts = splitSpans(out.spans, MESSAGE_LIMIT);
  const chat_id = /^-?\d+$/.test(target.chatId) ? Number(target.chatId) : target.chatId;
  const replyTo = target.replyTo !== undefined && /^\d+$/.test(target.replyTo) ? Number(target.replyTo) : undefined;
  const thread = target.threadId !== undefined ? Number(target.threadId) : undefined;
  return parts.map((part, i) => ({
    chat_id,
    text: toHtml(part),
    parse_mode: "HTML" as const,
    link_preview_options: { is_disabled: true },
    ...(replyTo !== undefined && { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }),
    ...(thread !== undefined && Number.isFinite(thread) && { message_thread_id: thread }),
    ...(i === parts.length - 1 && out.keyboard && { reply_markup: { inline_keyboard: out.keyboard } }),
  }));
}
