// What a draft adds to the knowledge base's own schemas (knowledge/schema.ts): on each fact and on
// the report the list of fields a person must still confirm, and relations.other.json, the stated
// relations the build has no type for yet.
import * as z from "zod";

const Id = z.string().regex(/^[a-z0-9-]+$/);

/** The text a draft puts where only a person can write (English, mostly). */
export const NEEDS_REVIEW = "needs review";

export const ReviewField = z.enum([
  "value", "kind", "unit", "measure", "label", "question", "aliases", "scope", "period", "facets", "en", "comparison",
]);
export type ReviewField = z.infer<typeof ReviewField>;

/** The draft's own field on a fact; the build ignores it (zod drops unknown keys). */
export const DraftExtras = z.looseObject({
  id: Id,
  measure: Id.optional(),
  review: z.array(ReviewField),
});
export type DraftExtras = z.infer<typeof DraftExtras>;

export const ReportReview = z.looseObject({ review: z.array(z.string()) });

const Check = z.object({ ok: z.boolean(), text: z.string() });
const common = {
  /** The report's words the relation was read from. */
  text: z.string().min(1),
  check: Check.optional(),
};

/**
 * Relations the drafter reads that knowledge/schema.ts has no type for (relations.other.json, for
 * the reviewer): the build's relations.json gets only what it accepts.
 */
export const OtherRelation = z.discriminatedUnion("type", [
  /** "hoàn thành 31/34 nhiệm vụ": done 31 of 34 planned (the fact's `total` holds the 34). */
  z.object({ type: z.literal("done-planned"), done: Id, planned: z.number(), ...common }),
  /** "… đạt 120,9% so với cùng kỳ năm trước": a share of the same period a year before. */
  z.object({ type: z.literal("share-of-baseline"), share: Id, of: Id, baseline: z.string(), ...common }),
  /** "… tăng so với năm 2023" with no figure for the change, or a baseline that is not a year. */
  z.object({ type: z.literal("change-stated"), current: Id, direction: z.enum(["increase", "decrease"]), baseline: z.string(), ...common }),
]);
export type OtherRelation = z.infer<typeof OtherRelation>;
export const OtherRelationsFile = z.array(OtherRelation);
