// A question narrower than, or beside, the figure that best fits its words: one level of a count the
// report gives for several together, or a share of another plan than the figure's. Each is declined
// rather than answered with the figure (the report does not state what is asked). (Another part of
// the year: period.ts.)
import type { Intent } from "./intent.ts";
import type { LoadedKnowledge } from "./kb.ts";
import type { CompiledFact } from "./kb-types.ts";
import { fold } from "./normalize.ts";
import { relationsOf } from "./relations.ts";

/** Words that make a level a level as typed ("cấp huyện", "district"), not the province as a whole. */
const LEVEL_WORDS = new Set(["cap", "level", "provincial", "district", "districts", "commune", "communes"]);

/**
 * "biên chế giao cho cấp huyện" when the report gives the province's and the districts' 1.951
 * together: the districts' share is not stated. (A rate of 100% over every level holds for each.)
 */
export function oneLevelOfJoint(asked: Intent, fact: CompiledFact): boolean {
  const levels = fact.facets.level as string[];
  if (levels.length < 2 || fact.kind === "percent") return false;
  const said = [...new Set(asked.level.filter((h) => asked.words.slice(h.start, h.end).some((w) => LEVEL_WORDS.has(w.fold)) || h.value !== "tinh").map((h) => h.value as string))];
  return said.length > 0 && said.length < levels.length && said.every((l) => levels.includes(l));
}

/**
 * "… đạt bao nhiêu % so với cùng kỳ năm trước" of a share of the estimate: the report states a
 * share of another plan (share-of-plan relations name the plans questions use).
 */
export function otherPlan(k: LoadedKnowledge, asked: Intent, fact: CompiledFact): boolean {
  if (fact.kind !== "percent") return false;
  const own = relationsOf(k, fact).find((r) => r.type === "share-of-plan" && r.share === fact.id);
  if (!own || own.type !== "share-of-plan") return false;
  const text = ` ${asked.raw.map((t) => t.fold).join(" ")} `;
  const says = (name: string) => text.includes(` ${fold(name).toLowerCase()} `);
  // Plans named in the question that are other plans' names, not this figure's.
  const others = k.kb.relations.flatMap((r) => (r.type === "share-of-plan" && r.share !== fact.id ? r.names : [])).filter((n) => !own.names.some((m) => fold(m) === fold(n)));
  return others.some(says) && !own.names.some(says);
}
