// Schemas of the knowledge base: one report = report.json (metadata, sections, coverage exclusions)
// + facts.json (every figure and every answerable statement) + source.txt (the text, verbatim).
// These are the single source of the types used by the build step and by the core at run time.
import * as z from "zod";
import { ACTIONS, BODIES, LEVELS, MEASURES } from "./vocabulary.ts";

/** A piece of text in both reply languages. */
export const Bilingual = z.object({
  vi: z.string().min(1),
  en: z.string().min(1),
});
export type Bilingual = z.infer<typeof Bilingual>;

export const Section = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The heading exactly as it stands on its own line in source.txt ("" for the opening paragraph). */
  heading: z.string(),
  title: Bilingual,
});
export type Section = z.infer<typeof Section>;

/** A number in the report's body that is deliberately not a fact (a date, a document number, a year). */
export const Exclusion = z.object({
  raw: z.string().min(1),
  reason: z.string().min(3),
  /** A verbatim snippet that contains the number; without it every occurrence of `raw` is excluded. */
  context: z.string().optional(),
});
export type Exclusion = z.infer<typeof Exclusion>;

export const Report = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  number: z.string().min(1), // "627/BC-UBND"
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), // date the report was signed
  issuer: Bilingual,
  title: Bilingual,
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), // date of the page that carries it
  source: z.object({ name: z.string(), url: z.string().url() }),
  /** Place names (as users write them) whose questions this report answers. */
  places: z.array(z.string().min(2)).min(1),
  /**
   * Places inside those (districts, towns) as users write them: a question about one of them is
   * answered only by a figure whose sentence names just the places asked, never by a total over more.
   */
  subPlaces: z.array(z.string().min(2)).default([]),
  /** Years the report's figures describe; a question about another year is out of scope. */
  years: z.array(z.number().int()).min(1),
  /** Verbatim marker lines: the body runs from bodyStart up to (not including) bodyEnd. */
  bodyStart: z.string().min(1),
  bodyEnd: z.string().min(1),
  sections: z.array(Section).min(1),
  exclusions: z.array(Exclusion),
});
export type Report = z.infer<typeof Report>;

export const FactKind = z.enum(["count", "percent", "money", "statement"]);
export type FactKind = z.infer<typeof FactKind>;

/** A facet list names each value once (ranking counts shared values). */
const facetList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .default([])
    .refine((xs) => new Set(xs).size === xs.length, "a facet value is repeated");

const Facets = z.object({
  level: facetList(LEVELS),
  body: facetList(BODIES),
  action: facetList(ACTIONS),
});

export const Fact = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, "fact ids are lower-case kebab-case"),
    section: z.string(),
    kind: FactKind,
    /** The number exactly as printed in the quote ("1,117", "94,5%", "31/34", "04"). */
    raw: z.string().optional(),
    /** Which occurrence of raw inside the quote this fact is (1-based), when it occurs more than once. */
    occurrence: z.number().int().positive().default(1),
    value: z.number().nullable(),
    /** For "31/34"-style figures: the whole the value is a part of. */
    total: z.number().optional(),
    /** The figure is the whole of a "31/34"-style fraction (34 tasks in the plan), not its part. */
    whole: z.boolean().default(false),
    unit: Bilingual.optional(),
    label: Bilingual,
    scope: Bilingual,
    period: Bilingual,
    /** A comparison the report itself states for this figure, in words. */
    comparison: Bilingual.optional(),
    /** The reply sentence for a statement (no single figure). */
    answer: Bilingual.optional(),
    /** The report's sentence this fact comes from, verbatim. */
    quote: z.string().min(10),
    facets: Facets.default({ level: [], body: [], action: [] }),
    /**
     * The body that did what the figure counts when its sentence leaves the subject to the sentences
     * before it ("Tổ chức 04 Đoàn kiểm tra, thực hiện kiểm tra 106 văn bản …" after "Sở Tư pháp đã …"):
     * a question naming that body keeps the figure among its readings, the body's name is explained by
     * it, and the reply says the report only implies it. Not a facet: the figure ranks as one of no
     * named body, the report not saying it in the figure's own sentence.
     */
    impliedBody: facetList(BODIES),
    /** What the figure counts or rates (knowledge/vocabulary.ts): only figures of one measure combine. */
    measure: z.enum(MEASURES).optional(),
    /** What users might type for this fact, beyond its label. */
    aliases: z.object({ vi: z.array(z.string()), en: z.array(z.string()) }),
    /** A natural question this fact answers: used for suggestions and generated tests. */
    question: Bilingual,
    /** Other facts of the same sentence worth mentioning alongside (ids). */
    related: z.array(z.string()).default([]),
    /** Shown first when someone asks for the key figures (/start, empty inline query). */
    headline: z.boolean().default(false),
    /**
     * Things the figure counts together, of which the report gives none alone ("một cửa, một cửa
     * liên thông"): each item by its phrases, both languages. Asked of one alone, it is declined.
     */
    together: z.array(z.array(z.string().min(2)).min(1)).min(2).optional(),
  })
  .superRefine((f, ctx) => {
    if (f.kind === "statement") {
      if (f.value !== null) ctx.addIssue({ code: "custom", message: `${f.id}: a statement has value null` });
      if (!f.answer) ctx.addIssue({ code: "custom", message: `${f.id}: a statement needs an answer sentence` });
    } else {
      if (f.value === null) ctx.addIssue({ code: "custom", message: `${f.id}: a ${f.kind} needs a value` });
      if (!f.raw) ctx.addIssue({ code: "custom", message: `${f.id}: a ${f.kind} needs raw` });
      if (!f.unit) ctx.addIssue({ code: "custom", message: `${f.id}: a ${f.kind} needs a unit` });
      if (!f.measure) ctx.addIssue({ code: "custom", message: `${f.id}: a ${f.kind} needs a measure` });
    }
  });
export type Fact = z.infer<typeof Fact>;
export type FactInput = z.input<typeof Fact>;

export const FactsFile = z.array(Fact).min(1);

/**
 * What the report states about how its figures relate. The build recomputes each one (an audit of
 * the report's own arithmetic) and the core uses them to compute what the report does not state.
 */
const FactId = z.string().regex(/^[a-z0-9-]+$/);
export const Relation = z.discriminatedUnion("type", [
  /** "125 văn bản; trong đó 31 … và 94 …": the parts of a total. `complete` when they add up to it. */
  z.object({ type: z.literal("parts"), total: FactId, parts: z.array(FactId).min(1), complete: z.boolean() }),
  /** "giao 1,951 … Hiện có 1.895": what was allocated and what is in place now. */
  z.object({ type: z.literal("allocated-current"), allocated: FactId, current: FactId }),
  /** "Hiện có 1.895 …, giảm 48 … so với năm 2023, đạt tỷ lệ giảm 2.47%": a change against a baseline year. */
  z.object({
    type: z.literal("change"),
    current: FactId,
    change: FactId,
    direction: z.enum(["increase", "decrease"]),
    baselineYear: z.number().int(),
    rate: FactId.optional(),
  }),
  /**
   * "bằng 94,5% so với dự toán": a percentage of a plan (or of another reference, "cùng kỳ năm
   * trước"), so 100% is the plan. `of`: the figure that is this share of it, so the plan's amount
   * follows from the two; `names`: how questions name the plan ("dự toán", "estimate").
   */
  z.object({ type: z.literal("share-of-plan"), share: FactId, plan: Bilingual, of: FactId.optional(), names: z.array(z.string().min(2)).default([]) }),
  /**
   * "gồm 22 Sở ban ngành, 15 Chi cục … và 128 đơn vị sự nghiệp": the items of one whole the report
   * lists without totalling it. `whole`: what they are together; `names`: how a question counts
   * that whole ("bao nhiêu cơ quan, đơn vị", "how many bodies"), so its total is their sum.
   */
  z.object({ type: z.literal("listed"), parts: z.array(FactId).min(2), whole: Bilingual, names: z.array(z.string().min(2)).min(1) }),
]);
export type Relation = z.infer<typeof Relation>;
export const RelationsFile = z.array(Relation);
