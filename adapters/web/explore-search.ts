// The /explore search: what a figure is found by, and whether a query finds it. The page writes
// each figure's key into `data-find`; the page's script (assets/explore-js.ts) folds what is typed
// with the same steps and filters as you type. Without script, `/explore?q=…` filters on the server
// with these functions, so both agree.
import { fold } from "../../src/core/index.ts";

/**
 * The core's fold (NFD, no marks, đ → d), lower case, digit groups joined ("1.895" and "1,895" →
 * "1895", "94,5%" → "945%"), anything but letters, digits and % turned into single spaces.
 */
export function searchKey(text: string): string {
  return fold(text)
    .toLowerCase()
    .replace(/(\d)[.,](?=\d)/g, "$1")
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();
}

/** The query's words, folded; empty when nothing searchable was typed. */
export const queryWords = (query: string): string[] => searchKey(query).split(" ").filter(Boolean);

/** Every word of the query starts a word of the key ("bien che" finds "Biên chế công chức"). */
export function found(key: string, words: readonly string[]): boolean {
  const spaced = ` ${key}`;
  return words.every((w) => spaced.includes(` ${w}`));
}
