// A reply as Zalo shows it: plain text, no markup. An Answer: for each figure, its sentence
// (figure, scope, period; a money figure with its rounded billions), then a short citation
// (document number and date, section) and the report's sentence verbatim in quotes. A quote is
// shortened with an ellipsis only when its block would not fit in one message. Then what Telegram
// shows as buttons, as lines to reply to: "đúng"/"sai" under an answer, "có" to send a declined
// question to an official. A reply longer than one message is split into numbered parts.
import { formatReportDate, reports, type Answer, type Citation, type Lang } from "../../src/core/index.ts";
import { sentenceWithMoney } from "../chat/money.ts";
import type { Span } from "../chat/spans.ts";
import { splitNumbered } from "../chat/split.ts";
import { TEXTS } from "../chat/texts.ts";
import type { Reply, Target } from "../chat/types.ts";
import { MAX_TEXT_CHARS, type SendMessageParams } from "./schemas.ts";

/** Room kept in each message for a part label such as "(10/12) ". */
const LABEL_RESERVE = 10;

/** "Báo cáo số 627/BC-UBND ngày 20/12/2024" from the citation's full document line. */
function shortDocument(c: Citation, lang: Lang): string {
  const r = reports(lang).find((r) => r.id === c.reportId);
  if (!r) return c.document;
  return lang === "vi" ? `Báo cáo số ${r.number} ngày ${formatReportDate(r.date)}` : `Report No. ${r.number} of ${formatReportDate(r.date)}`;
}

function citationLine(c: Citation, lang: Lang): string {
  return lang === "vi" ? `Nguồn: ${shortDocument(c, lang)}, mục “${c.section}”:` : `Source: ${shortDocument(c, lang)}, section “${c.section}”:`;
}

/** `quote` cut at a word boundary so that it is at most `max` characters, ending in "…". */
function shorten(quote: string, max: number): string {
  if (quote.length <= max) return quote;
  const room = Math.max(1, max - 1);
  const cut = quote.slice(0, room);
  const space = cut.lastIndexOf(" ");
  return `${(space > room / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

function block(sentences: string[], citation: Citation | undefined, lang: Lang, budget: number): string {
  const head = sentences.join("\n");
  if (!citation) return head;
  const frame = `${head}\n${citationLine(citation, lang)}\n“”`;
  const quote = shorten(citation.quote, budget - frame.length);
  return `${head}\n${citationLine(citation, lang)}\n“${quote}”`;
}

export interface RenderOptions {
  /** A first line, e.g. the topic's title for a section's figures. */
  heading?: string;
  /** Characters in one message (Zalo: 2000). */
  limit?: number;
}

export function renderAnswer(answer: Answer, options: RenderOptions = {}): string {
  const { lang } = answer;
  const budget = (options.limit ?? MAX_TEXT_CHARS) - LABEL_RESERVE;
  const paragraphs: string[] = options.heading ? [options.heading] : [];

  if (!answer.answered || answer.highlights.length === 0) {
    paragraphs.push(answer.text.trim());
    return paragraphs.join("\n\n");
  }

  if (answer.lead) paragraphs.push(answer.lead);
  // Consecutive figures stated by the same sentence of the report share one citation.
  const groups: { sentences: string[]; citation: Citation | undefined }[] = [];
  answer.highlights.forEach((h) => {
    const quote = answer.facts.find((f) => f.id === h.factId)?.quote;
    const citation = answer.citations.find((c) => c.quote === quote);
    const last = groups.at(-1);
    const sentence = sentenceWithMoney(answer, h);
    if (last && citation && last.citation === citation) last.sentences.push(sentence);
    else groups.push({ sentences: [sentence], citation });
  });
  for (const g of groups) paragraphs.push(block(g.sentences, g.citation, lang, budget));
  if (answer.note) paragraphs.push(answer.note);

  if (answer.suggestions.length) {
    const intro = lang === "vi" ? "Có thể bạn muốn hỏi:" : "You may also mean:";
    paragraphs.push(`${intro}\n${answer.suggestions.map((s) => `- ${s}`).join("\n")}`);
  }
  return paragraphs.join("\n\n");
}

/** Spans as plain text: styling dropped, a link as "name (url)". */
export function plain(spans: readonly Span[]): string {
  return spans.map((s) => (s.href ? `${s.text} (${s.href})` : s.text)).join("");
}

/** The whole reply as one text, before splitting. */
export function renderReply(reply: Reply): string {
  const t = TEXTS[reply.lang];
  const body = reply.body.type === "answer" ? renderAnswer(reply.body.answer, { heading: reply.body.heading }) : plain(reply.body.spans);
  const lines = [body];
  if (reply.feedback) lines.push(t.feedbackHint);
  if (reply.handoff) lines.push(t.handoffOffer(false));
  return lines.join("\n\n");
}

/** The sendMessage calls for a reply: parts of at most 2000 characters, numbered when there are several. */
export function toMessages(reply: Reply, target: Target): SendMessageParams[] {
  return splitNumbered(renderReply(reply), MAX_TEXT_CHARS).map((text) => ({ chat_id: target.chatId, text }));
}
