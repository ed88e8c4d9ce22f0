// A breakdown the reports never make ("bao nhiêu nam, bao nhiêu nữ?", "how many female civil
// servants?", "TTHC trong lĩnh vực đất đai"): a figure given for everyone is not the figure of one
// such group, so the question is declined as asking a breakdown rather than answered with the total.
import type { Intent } from "./intent.ts";
import type { LoadedKnowledge } from "./kb.ts";
import { BREAKDOWN_PHRASES } from "./lexicon/dimensions.ts";
import { analyze, type Word } from "./analyze.ts";
import { hasVietnameseMarks, tokenize } from "./normalize.ts";
import { PhraseTable } from "./phrase-table.ts";
import { askingClause } from "./question-forms.ts";

const PHRASES = new PhraseTable(BREAKDOWN_PHRASES.map((p) => ({ phrase: tokenize(p), value: p })));

/** Words after "lĩnh vực" that name no field: "lĩnh vực nào", "các lĩnh vực khác", "bao nhiêu lĩnh vực đó". */
const NOT_A_FIELD = new Set(["nao", "khac", "do", "nay", "kia", "gi", "bn", "bao", "may", "duoc", "da", "co", "la", "thi", "cua", "va"]);

/** Words before "lĩnh vực" that place something in a field. */
const IN_FIELD = new Set(["trong", "thuoc", "ve", "o", "tai", "cua", "cho"]);
/** Words before "ngành" naming one sector ("riêng ngành y tế", "trong ngành giáo dục"), folded. */
const IN_SECTOR = new Set([...IN_FIELD, "rieng"]);

/**
 * What the reports' sentences say of these groups, read once per knowledge base: the phrases they
 * use (a report that does break down by sex has them) and the words after "lĩnh vực" (folded).
 */
const said = new WeakMap<object, { phrases: Set<string>; fields: Set<string> }>();
function reportsSay(k: LoadedKnowledge): { phrases: Set<string>; fields: Set<string> } {
  let out = said.get(k.kb);
  if (!out) {
    out = { phrases: new Set(), fields: new Set() };
    for (const f of k.kb.facts) {
      const t = tokenize(f.quote);
      for (const h of PHRASES.findAll(t, true)) out.phrases.add(h.value);
      t.forEach((w, i) => w.fold === "linh" && t[i + 1]?.fold === "vuc" && t[i + 2] && out!.fields.add(t[i + 2]!.fold));
    }
    said.set(k.kb, out);
  }
  return out;
}

/** Words joining fields named in English ("the land and construction fields"), folded. */
const ENGLISH_JOINERS: ReadonlySet<string> = new Set(["and", "or"]);

/**
 * "TTHC trong lĩnh vực đất đai": a field named in words no report's sentence uses ("62 TTHC thuộc 11
 * lĩnh vực" counts fields, naming none), so no figure is of that field alone.
 */
function namedField(k: LoadedKnowledge, words: readonly Word[]): string | null {
  // (A field no sentence of the reports names after "lĩnh vực": "đất đai", "xây dựng", "tư pháp".)
  const fields = reportsSay(k).fields;
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i]!.fold !== "linh" || words[i + 1]!.fold !== "vuc") continue;
    // ("… belong to the land sector?": in English the field's name comes before "sector", after "the";
    // or several joined, "in the land and construction fields".)
    const named: Word[] = [];
    let j = i - 1;
    for (; j >= 0 && (ENGLISH_JOINERS.has(words[j]!.fold) || (!words[j]!.stop && !words[j]!.context)); j--) if (!ENGLISH_JOINERS.has(words[j]!.fold)) named.unshift(words[j]!);
    const unknown = named.find((w) => !NOT_A_FIELD.has(w.fold) && !fields.has(w.fold));
    if (unknown && words[j]?.fold === "the" && !ENGLISH_JOINERS.has(words[j + 1]!.fold) && !ENGLISH_JOINERS.has(words[i - 1]!.fold)) return `${named.map((w) => w.acc).join(", ")} sector`;
    // ("… in the fields of land and construction": in English after "of".)
    const ofWhat = words[i + 2]?.fold === "of" ? words[i + 3] : undefined;
    if (ofWhat && words[i - 1]?.fold === "the" && !ofWhat.stop && !ofWhat.context && !NOT_A_FIELD.has(ofWhat.fold) && !/^\d/.test(ofWhat.fold) && !fields.has(ofWhat.fold)) return `${ofWhat.acc} sector`;
    // (After "trong", "thuộc", "về"…: "bao nhiêu lĩnh vực …" counts fields, naming none.)
    if (i + 2 >= words.length || !IN_FIELD.has(words[i - 1]?.fold ?? "")) continue;
    const next = words[i + 2]!;
    // (Not a polite word or term of address: "… thuộc mấy lĩnh vực vậy ad?".)
    if (!next.stop && !next.context && !NOT_A_FIELD.has(next.fold) && !/^\d/.test(next.fold) && !fields.has(next.fold)) return `lĩnh vực ${next.acc}`;
  }
  return null;
}

/**
 * "Riêng ngành giáo dục, …", "trong ngành y tế": one sector named in a word no report's sentence
 * uses at all (typed with marks, as typed; "ngành tư pháp", "ngành tài chính" are the report's own).
 */
function namedSector(k: LoadedKnowledge, words: readonly Word[]): string | null {
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i]!.fold !== "nganh" || !IN_SECTOR.has(words[i - 1]!.fold)) continue;
    const next = words[i + 1]!;
    const unknown = next.marked ? !k.contentAccents.has(next.acc) : !k.contentFolds.has(next.fold);
    if (!next.stop && !next.context && !NOT_A_FIELD.has(next.fold) && !/^\d/.test(next.fold) && unknown) return `ngành ${next.acc}`;
  }
  return null;
}

/** "Phường Vỹ Dạ", "xã Phú Mậu", "thị trấn Sịa": one commune, ward or town by its name (capitalized). */
const ONE_COMMUNE = /(?<![\p{L}\p{M}])(?:[Pp]hường|[Xx]ã|[Tt]hị trấn)\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*)/u;
/** The same typed without marks, the unit word in lower case ("Em Phuong Anh" is a person) or opening the message ("Phuong An Dong …"). */
const ONE_COMMUNE_UNMARKED = /(?:(?<![\p{L}\p{M}])(?:phuong|xa|thi tran)|^\s*(?:Phuong|Xa|Thi tran))\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)/u;

/** The commune, ward or town a question names that no report's sentence names (figures are for all of them). */
function namedCommune(k: LoadedKnowledge, text: string): string | null {
  const pattern = hasVietnameseMarks(text) ? ONE_COMMUNE : ONE_COMMUNE_UNMARKED;
  // (Only a message naming one at all is read for its asking clause, where it must be.)
  const m = pattern.test(text) ? pattern.exec(askingFrom(text)) : null;
  if (!m) return null;
  return k.kb.facts.some((f) => f.quote.includes(m[1]!)) ? null : m[0];
}

/**
 * The group a question asking a quantity names in its asking clause that no report's sentence breaks a
 * figure down by, if any. (Not words of its setting: "bà năm nay đã lớn tuổi, bà muốn hỏi …".)
 */
export function unknownBreakdown(k: LoadedKnowledge, intent: Intent, text: string): string | null {
  if (!intent.quantitative) return null;
  const { phrases } = reportsSay(k);
  // (Most questions name none of these: the clause that asks is read only for one that does.)
  const group = PHRASES.findAll(intent.raw).some((h) => !phrases.has(h.value));
  const field = intent.raw.some((t, i) => (t.fold === "linh" && intent.raw[i + 1]?.fold === "vuc") || t.fold === "sector" || t.fold === "field");
  const sector = intent.raw.some((t) => t.fold === "nganh");
  if (group || field || sector) {
    // (From the first clause that asks on: "…, trong đó bao nhiêu nam, bao nhiêu nữ?" asks in two.)
    const from = askingFrom(text);
    // (A sector in a lead that sets the scene is asked about too: "Riêng ngành giáo dục, …".)
    const named =
      (group ? PHRASES.findAll(tokenize(from)).find((h) => !phrases.has(h.value))?.value : undefined) ??
      (field ? namedField(k, analyze(from)) : null) ??
      (sector ? namedSector(k, analyze(text)) : null);
    if (named) return named;
  }
  return namedCommune(k, text);
}

/** The message from its first clause that asks on ("Mình ở phường Vỹ Dạ, …" sets the scene). */
function askingFrom(text: string): string {
  const clause = askingClause(text);
  const at = clause ? text.indexOf(clause.split(",")[0]!.trim()) : -1;
  return at >= 0 ? text.slice(at) : text;
}
