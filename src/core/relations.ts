// Lookups over the relations the reports state between their figures (knowledge/schema.ts).
import type { Intent } from "./intent.ts";
import type { LoadedKnowledge } from "./kb.ts";
import { analyze } from "./analyze.ts";
import { fold, tokenize } from "./normalize.ts";
import { relationFactIds, type CompiledFact, type CompiledRelation } from "./kb-types.ts";

type Of<T extends CompiledRelation["type"]> = Extract<CompiledRelation, { type: T }>;

const byFact = new WeakMap<LoadedKnowledge["kb"], Map<string, CompiledRelation[]>>();

/** A share-of-plan relation's name for the same period of an earlier year ("cùng kỳ năm trước"), not a plan. */
export const EARLIER_PERIOD = /\b(cung ky|nam truoc|nam ngoai|same period|last year|previous year)\b/;

/**
 * Does the question name, by its year, the plan called `name` of the fact's report? "so với năm 2023"
 * in the report of 2024 is the same period of the previous year.
 */
export const yearBeforeNames = (k: LoadedKnowledge, asked: Intent, fact: CompiledFact, name: string): boolean =>
  EARLIER_PERIOD.test(fold(name).toLowerCase()) && asked.baselineYears.some((y) => k.reportOf(fact).years.includes(y + 1));

/** Every relation naming the fact, in the order the report's relations.json lists them. */
export function relationsOf(k: LoadedKnowledge, f: CompiledFact): CompiledRelation[] {
  let index = byFact.get(k.kb);
  if (!index) {
    index = new Map();
    for (const r of k.kb.relations) {
      for (const id of relationFactIds(r)) index.set(id, [...(index.get(id) ?? []), r]);
    }
    byFact.set(k.kb, index);
  }
  return index.get(f.id) ?? [];
}

export function relationOf<T extends CompiledRelation["type"]>(k: LoadedKnowledge, f: CompiledFact, type: T): Of<T> | undefined {
  return relationsOf(k, f).find((r): r is Of<T> => r.type === type);
}

/** The parts relation in which the fact is the total. */
export const partsUnder = (k: LoadedKnowledge, f: CompiledFact) => relationsOf(k, f).find((r): r is Of<"parts"> => r.type === "parts" && r.total === f.id);
/** The parts relation in which the fact is one of the parts. */
export const totalOver = (k: LoadedKnowledge, f: CompiledFact) => relationsOf(k, f).find((r): r is Of<"parts"> => r.type === "parts" && r.parts.includes(f.id));

/**
 * Is `part` a part of `whole` the report states: one of its parts, those done of it ("31/34"), or
 * those in post of it as allocated ("giao 1.951 … hiện có 1.895")?
 */
export const statedPartOf = (k: LoadedKnowledge, whole: CompiledFact, part: CompiledFact): boolean =>
  partsUnder(k, whole)?.parts.includes(part.id) === true ||
  relationsOf(k, whole).some((r) => r.type === "allocated-current" && r.allocated === whole.id && r.current === part.id) ||
  (part.total !== undefined && part.total === whole.value && part.measure === whole.measure && part.quote === whole.quote);

/** The change relation that states this fact as a change or its rate ("giảm 48 …, tỷ lệ giảm 2.47%"). */
export const changeStating = (k: LoadedKnowledge, f: CompiledFact) =>
  relationsOf(k, f).find((r): r is Of<"change"> => r.type === "change" && (r.change === f.id || r.rate === f.id));
/** The change relation from this fact's level ("hiện có 1.895 …, giảm 48 so với năm 2023"). */
export const changeFrom = (k: LoadedKnowledge, f: CompiledFact) => relationsOf(k, f).find((r): r is Of<"change"> => r.type === "change" && r.current === f.id);

/** The share-of-plan relation that states this fact as the share ("bằng 94,5% so với dự toán"). */
export const shareStating = (k: LoadedKnowledge, f: CompiledFact) => relationsOf(k, f).find((r): r is Of<"share-of-plan"> => r.type === "share-of-plan" && r.share === f.id);
/** The share-of-plan relations that state shares of this fact's amount (of the estimate, of the same period). */
export const sharesOf = (k: LoadedKnowledge, f: CompiledFact) => relationsOf(k, f).filter((r): r is Of<"share-of-plan"> => r.type === "share-of-plan" && r.of === f.id);

/** Facts in a parts relation with each other (a total and its part are one figure read two ways). */
export function sameWhole(k: LoadedKnowledge, a: CompiledFact, b: CompiledFact): boolean {
  return relationsOf(k, a).some((r) => r.type === "parts" && [r.total, ...r.parts].includes(b.id));
}

/**
 * The part a question names by its qualifiers when the best figure is the total over it: "UBND
 * tỉnh ban hành bao nhiêu văn bản QPPL?" asks the committee's 94 decisions, not the council-and-
 * committee total of 125, though the total's sentence shares more words with the question.
 */
export function partNamed(k: LoadedKnowledge, total: CompiledFact, asked: Record<"level" | "body" | "action", readonly string[]>): CompiledFact | undefined {
  const rel = partsUnder(k, total);
  if (!rel) return undefined;
  const parts = rel.parts.map((id) => k.byId.get(id)!);
  for (const d of ["body", "level", "action"] as const) {
    const want = asked[d];
    const has = total.facets[d] as string[];
    // The question names fewer of this qualifier's values than the total covers.
    if (!want.length || !want.every((v) => has.includes(v)) || want.length >= has.length) continue;
    const fits = parts.filter((p) => {
      const own = p.facets[d] as string[];
      return own.length === want.length && want.every((v) => own.includes(v));
    });
    if (fits.length === 1) return fits[0];
  }
  return undefined;
}

/** The facts of one sentence that are a "31/34" fraction's part and whole (knowledge/schema.ts `whole`). */
const sameSentence = (a: CompiledFact, b: CompiledFact) => a !== b && a.quote === b.quote && a.reportId === b.reportId;
/** The part (31 done) of a fraction's whole (34 in the plan). */
export const partOfWhole = (k: LoadedKnowledge, whole: CompiledFact) => k.kb.facts.find((x) => sameSentence(x, whole) && !x.whole && x.total === whole.value);
/** The whole (34 in the plan) of a fraction's part (31 done). */
export const wholeOf = (k: LoadedKnowledge, part: CompiledFact) => k.kb.facts.find((x) => sameSentence(x, part) && x.whole && x.value === part.total);

/**
 * A part of a figure the report does not break down: the question names some of the bodies
 * ("HĐND") that the report splits a measure between elsewhere (125 = 31 of the HĐND + 94 of the
 * UBND, issued), and the figure is of the same measure and action but not split ("HĐND, UBND cấp
 * huyện ban hành 23", "các xã ban hành 69"): the bodies' share of it is not stated.
 */
export function unsplitBodies(k: LoadedKnowledge, f: CompiledFact, bodies: readonly string[]): boolean {
  if (!bodies.length || f.measure === null) return false;
  const own = f.facets.body as string[];
  for (const r of k.kb.relations) {
    if (r.type !== "parts") continue;
    const total = k.byId.get(r.total)!;
    if (total.measure !== f.measure || total === f || r.parts.includes(f.id)) continue;
    if (!(total.facets.action as string[]).some((a) => (f.facets.action as string[]).includes(a))) continue;
    // The bodies the total is split between, each part of one.
    const split = total.facets.body as string[];
    const byBody = r.parts.map((id) => k.byId.get(id)!.facets.body as string[]);
    if (split.length < 2 || !byBody.every((b) => b.length === 1 && split.includes(b[0]!))) continue;
    const named = bodies.filter((b) => split.includes(b));
    // Some of the split's bodies named, not all; the figure of more than those (or of no body said).
    if (named.length && named.length < split.length && (own.length === 0 || own.some((b) => split.includes(b) && !named.includes(b)))) return true;
  }
  return false;
}

/** Does the item say any word of the part's label that its total's label lacks? */
export function saysWhatSetsApart(item: string, part: CompiledFact, total: CompiledFact): boolean {
  const words = (t: string) => new Set(tokenize(t).map((x) => x.fold));
  const own = words(item);
  const totalWords = words(total.label.vi + " " + total.label.en);
  return [...words(part.label.vi + " " + part.label.en)].some((w) => !totalWords.has(w) && own.has(w) && w.length > 1);
}

/** Content words of a label, abbreviations spelled out, folded. */
export const labelWords = (text: string) => new Set(analyze(text, { literal: true }).filter((w) => !w.stop && !w.context).map((w) => w.fold));

/**
 * The words of the figure's labels (both languages) that none of the others' labels has: what sets
 * it apart from them ("cơ quan chuyên môn" of the 117 beside the 128 and the 11 "trực thuộc").
 */
export function ownLabelWords(f: CompiledFact, others: readonly CompiledFact[]): string[] {
  const theirs = others.map((x) => labelWords(`${x.label.vi} ${x.label.en}`));
  return [...labelWords(`${f.label.vi} ${f.label.en}`)].filter((w) => w.length > 2 && theirs.every((t) => !t.has(w)));
}
