// A breakdown the reports never make ("bao nhiêu nam, bao nhiêu nữ?", "how many female civil
// servants?"): a figure given for everyone is not the figure of one such group, so the question is
// declined as asking a breakdown rather than answered with the total.
import type { Intent } from "./intent.ts";
import type { LoadedKnowledge } from "./kb.ts";
import { BREAKDOWN_PHRASES } from "./lexicon/dimensions.ts";
import { tokenize } from "./normalize.ts";
import { PhraseTable } from "./phrase-table.ts";
import { askingClause } from "./question-forms.ts";

const PHRASES = new PhraseTable(BREAKDOWN_PHRASES.map((p) => ({ phrase: tokenize(p), value: p })));

/** The phrases some report's sentences use, per knowledge base (a report that does break down by sex has them). */
const used = new WeakMap<object, Set<string>>();
function usedPhrases(k: LoadedKnowledge): Set<string> {
  let said = used.get(k.kb);
  if (!said) {
    said = new Set();
    for (const f of k.kb.facts) for (const h of PHRASES.findAll(tokenize(f.quote), true)) said.add(h.value);
    used.set(k.kb, said);
  }
  return said;
}

/**
 * The group a question asking a quantity names in its asking clause that no report's sentence breaks a
 * figure down by, if any. (Not words of its setting: "bà năm nay đã lớn tuổi, bà muốn hỏi …".)
 */
export function unknownBreakdown(k: LoadedKnowledge, intent: Intent, text: string): string | null {
  if (!intent.quantitative) return null;
  const said = usedPhrases(k);
  // (From the first clause that asks on: "…, trong đó bao nhiêu nam, bao nhiêu nữ?" asks in two.)
  const clause = askingClause(text);
  const at = clause ? text.indexOf(clause.split(",").at(-1)!.trim()) : -1;
  return PHRASES.findAll(tokenize(at >= 0 ? text.slice(at) : text)).find((h) => !said.has(h.value))?.value ?? null;
}
