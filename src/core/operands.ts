// Choosing the stated figures an operation combines: one per value the question names in a facet
// ("UBND … nhiều hơn HĐND …", "cấp huyện với cấp xã"), the two sides of an allocated/current pair,
// or one per item of an enumeration ("Sở ban ngành, Chi cục, UBND cấp huyện").
import { readIntent, type Intent } from "./intent.ts";
import type { LoadedKnowledge } from "./kb.ts";
import { sameFacet, type CompiledFact } from "./kb-types.ts";
import { relationOf } from "./relations.ts";
import { facetsOf, search, type Candidate, type FacetQuery } from "./search.ts";
import { WEIGHTS } from "./weights.ts";
import { MAX_PARTS } from "./budget.ts";

const DIMS: (keyof FacetQuery)[] = ["action", "body", "level"];
const numeric = (f: CompiledFact) => f.value !== null && f.kind !== "statement";

/** "cấp tỉnh", "provincial": the province as a level compared with others, not as the report's setting. */
const PROVINCE_AS_LEVEL = new Set(["cap tinh", "provincial", "province level", "provincial level"]);

/**
 * The facet dimensions in which the question names two or more values, with those values. "tỉnh"
 * alone is the setting of nearly every question ("các xã trong tỉnh"): it counts as a level beside
 * another only when said as a level ("cấp tỉnh") or in a list of all three.
 */
export function namedTwice(intent: Intent): { dim: keyof FacetQuery; values: string[] }[] {
  const facets = facetsOf(intent);
  const asLevel = intent.level.some((h) => h.value === "tinh" && PROVINCE_AS_LEVEL.has(intent.words.slice(h.start, h.end).map((w) => w.fold).join(" ")));
  if (facets.level.length === 2 && facets.level.includes("tinh") && !asLevel) facets.level = facets.level.filter((l) => l !== "tinh");
  return DIMS.map((dim) => ({ dim, values: facets[dim] })).filter((d) => d.values.length >= 2);
}

/** For each value named in `dim`, the best fact carrying that value. */
export function onePerValue(k: LoadedKnowledge, intent: Intent, dim: keyof FacetQuery, values: string[]): CompiledFact[] {
  const base = facetsOf(intent);
  const picks: CompiledFact[] = [];
  for (const v of values) {
    const fits = search(k, intent, { ...base, [dim]: [v] }).filter(
      (c) => numeric(c.fact) && (c.fact.facets[dim] as string[]).includes(v) && c.coverage >= WEIGHTS.minCoverage / 2 && !picks.includes(c.fact),
    );
    // "UBND … nhiều hơn HĐND …": the committee's own figure, not the council-and-committee total.
    const own = fits.find((c) => !values.some((o) => o !== v && (c.fact.facets[dim] as string[]).includes(o)));
    const best = own ?? fits[0];
    if (best) picks.push(best.fact);
  }
  return picks;
}

/** Where an enumeration's items split: commas, "và", "với", "and", "+". */
const ITEM_SPLIT = /\s*(?:(?<!\d),|,(?!\d)|;|\+|\bvà\b|\bva\b|\bvới\b|\bvoi\b|\band\b|\bcùng\b)\s*/giu;

/**
 * One fact per enumerated item: each item's own ranking decides among the whole question's
 * candidates (the item says which, the whole question says of what).
 */
export function onePerItem(k: LoadedKnowledge, text: string, whole: Candidate[]): CompiledFact[] {
  const items = text.split(ITEM_SPLIT).map((s) => s.trim()).filter(Boolean).slice(0, MAX_PARTS + 1);
  if (items.length < 2) return [];
  const pool = whole.filter((c) => numeric(c.fact) && c.coverage >= WEIGHTS.minCoverage / 2);
  const picks: CompiledFact[] = [];
  for (const item of items) {
    // Each item's own best fact; an item whose best is already taken adds nothing ("xã, phường").
    const own = search(k, readIntent(item, k.contentFolds, k.places)).find((c) => pool.some((p) => p.fact === c.fact));
    if (own && own.coverage >= WEIGHTS.minCoverage && !picks.includes(own.fact)) picks.push(own.fact);
  }
  // Parts of one sum are parallel: one measure, one action ("Sở ban ngành, Chi cục, UBND cấp huyện"
  // approved); place names listed as where something happened are not parts to add.
  return picks.every((f) => f.measure === picks[0]!.measure && sameFacet(f, picks[0]!, "action")) ? picks : [];
}

/** The two sides of an allocated/current pair that the best fact belongs to. */
export function allocatedAndCurrent(k: LoadedKnowledge, f: CompiledFact): [CompiledFact, CompiledFact] | null {
  const r = relationOf(k, f, "allocated-current");
  return r ? [k.byId.get(r.allocated)!, k.byId.get(r.current)!] : null;
}

/**
 * The figures an operation over several of them combines; [] when the question does not say.
 * `pairs`: an allocated/current pair is a comparison's two sides ("hiện có thấp hơn số được giao"),
 * never a sum's parts.
 */
export function operandsFor(k: LoadedKnowledge, text: string, intent: Intent, ranked: Candidate[], pairs: boolean): CompiledFact[] {
  for (const { dim, values } of namedTwice(intent)) {
    const picks = onePerValue(k, intent, dim, values);
    if (picks.length >= 2) return picks;
  }
  const best = ranked[0];
  const pair = pairs && best && allocatedAndCurrent(k, best.fact);
  if (pair) return pair;
  return onePerItem(k, text, ranked);
}
