// Example questions for greetings and polite refusals: the core's own suggestions for an empty
// question (the headline figures), so they are always questions it can answer.
import { ask, type Lang } from "../../src/core/index.ts";
import { text, type Span } from "./html.ts";

export function exampleQuestions(lang: Lang, count = 3): string[] {
  return ask("", { lang }).suggestions.slice(0, count);
}

/** "\n“question”" for the first example, or nothing. */
export function oneExample(lang: Lang): Span[] {
  const [q] = exampleQuestions(lang, 1);
  return q ? [text(`\n“${q}”`)] : [];
}
