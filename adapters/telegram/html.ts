// Telegram HTML: a message is a list of spans (adapters/chat/spans.ts), turned into HTML in one
// place. Every piece of text is escaped here, so no caller can forget; tags balance by construction.
// Formatting rules: https://core.telegram.org/bots/api#html-style (only &lt; &gt; &amp; &quot; are
// named entities; blockquotes cannot nest).
import type { Span } from "../chat/spans.ts";

export { plainText, text, type Span } from "../chat/spans.ts";

export interface HtmlOptions {
  /** Render quotes as `<blockquote expandable>` (collapsed after a few lines), for inline results. */
  expandableQuotes?: boolean;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const escapeAttribute = (text: string) => escapeHtml(text).replace(/"/g, "&quot;");

export function toHtml(spans: readonly Span[], options: HtmlOptions = {}): string {
  let out = "";
  let inQuote = false;
  for (const span of spans) {
    if (!span.text) continue;
    const quote = span.quote === true;
    if (quote !== inQuote) {
      out += quote ? (options.expandableQuotes ? "<blockquote expandable>" : "<blockquote>") : "</blockquote>";
      inQuote = quote;
    }
    let html = escapeHtml(span.text);
    if (span.href) html = `<a href="${escapeAttribute(span.href)}">${html}</a>`;
    if (span.bold) html = `<b>${html}</b>`;
    out += html;
  }
  if (inQuote) out += "</blockquote>";
  return out;
}
