// Telegram HTML: the message is a list of spans (plain text plus a style), turned into HTML in one
// place. Every piece of text is escaped here, so no caller can forget; tags balance by construction.
// Formatting rules: https://core.telegram.org/bots/api#html-style (only &lt; &gt; &amp; &quot; are
// named entities; blockquotes cannot nest).

export interface Span {
  /** Plain text, unescaped. */
  text: string;
  bold?: boolean;
  /** Consecutive quoted spans form one <blockquote>. */
  quote?: boolean;
  href?: string;
}

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

/** What Telegram counts against its limits: the text after entity parsing. */
export function plainText(spans: readonly Span[]): string {
  return spans.map((s) => s.text).join("");
}

/** Shorthand for an unstyled span. */
export const text = (t: string): Span => ({ text: t });
