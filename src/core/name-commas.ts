// Names written with commas ("cán bộ, công chức, viên chức", "Sở, ban, ngành"): commas inside them
// part no clauses and no items of a list. Matched on the folded text, blanked in the text as typed
// (same length), so the marks stay.
import { fold } from "./normalize.ts";
import { MEASURE_PHRASES } from "./lexicon/measures.ts";
import { NAMES_NEVER_PARTED, NAMES_WRITTEN_WITH_COMMAS } from "./lexicon/intents.ts";

interface CommaNames {
  patterns: RegExp[];
  /** The last word before a comma in the names ("bộ", "chức"), folded: a text with none before its commas has none of them. */
  beforeComma: ReadonlySet<string>;
}

// (Not one run on into another name: "cơ quan, đơn vị sự nghiệp" lists agencies and units of public service.)
function commaNames(names: readonly string[]): CommaNames {
  const withCommas = names.filter((p) => p.includes(","));
  return {
    patterns: withCommas.map((p) => new RegExp(String.raw`(?<![\p{L}])${fold(p).toLowerCase().split(/\s*,\s*/).join(String.raw`\s*,\s*`)}(?![\p{L}])(?!\s+su nghiep)`, "gu")),
    beforeComma: new Set(withCommas.flatMap((p) => [...fold(p).toLowerCase().matchAll(/(\p{L}+)\s*,/gu)].map((m) => m[1]!))),
  };
}

function blanked(text: string, names: CommaNames): string {
  // (From a word's start only: tried at every letter, a long run of letters with no comma costs its length squared.)
  if (![...text.matchAll(/(?<!\p{L})(\p{L}+)\s*,/gu)].some((m) => names.beforeComma.has(fold(m[1]!).toLowerCase()))) return text;
  const folded = fold(text).toLowerCase();
  if (folded.length !== text.length) return text;
  let out = text;
  for (const re of names.patterns)
    for (const m of folded.matchAll(re)) out = out.slice(0, m.index) + out.slice(m.index, m.index + m[0].length).replace(/,/g, " ") + out.slice(m.index + m[0].length);
  return out;
}

/** Every name written with commas (a measure's or the report's): one name, not clauses. */
const ALL = commaNames([...Object.values(MEASURE_PHRASES).flat(), ...NAMES_WRITTEN_WITH_COMMAS]);
/** Those a list never parts ("Sở, ban, ngành"; a list may part "sửa đổi, bổ sung"). */
const NEVER_PARTED = commaNames(NAMES_NEVER_PARTED);

/** The text with the commas inside such names blanked: for parting clauses. */
export const withoutNameCommas = (text: string): string => blanked(text, ALL);

/** The text with the commas inside the names a list never parts blanked: for parting items. */
export const withoutListNameCommas = (text: string): string => blanked(text, NEVER_PARTED);
