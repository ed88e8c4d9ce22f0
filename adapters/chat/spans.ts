// The neutral text of a reply: plain text pieces with a style. Telegram turns them into HTML,
// plain-text platforms (Zalo) keep the text and drop the styling, so texts are written once.

export interface Span {
  /** Plain text, unescaped. */
  text: string;
  bold?: boolean;
  /** Consecutive quoted spans form one quote (a blockquote on Telegram). */
  quote?: boolean;
  href?: string;
}

/** Shorthand for an unstyled span. */
export const text = (t: string): Span => ({ text: t });

/** The text a user reads: what platforms count against their limits. */
export function plainText(spans: readonly Span[]): string {
  return spans.map((s) => s.text).join("");
}
