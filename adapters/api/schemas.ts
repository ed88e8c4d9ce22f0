// Schemas of the read-only data routes. The same objects validate requests, type the handlers and
// become the OpenAPI document's JSON Schema. Facts reuse the core's AnswerFact and Citation.
import * as z from "zod";
import { AnswerFact, Citation, Lang } from "../../src/core/index.ts";

export const LangQuery = z.object({
  lang: Lang.optional().describe("Language of titles, labels and figures (default vi)."),
});

export const Report = z.object({
  id: z.string(),
  number: z.string().describe("The document number, e.g. 627/BC-UBND."),
  date: z.string().describe("Date the report was signed (YYYY-MM-DD)."),
  issuer: z.string(),
  title: z.string(),
  published: z.string().describe("Date of the page that carries the report (YYYY-MM-DD)."),
  source: z.object({ name: z.string(), url: z.string() }),
  citation: z.string().describe("How answers cite the report."),
  years: z.array(z.number().int()).describe("The years the report covers; a question naming one of them is answered from this report."),
  sections: z.array(z.object({ id: z.string(), title: z.string() })),
});

export const Section = z.object({
  reportId: z.string(),
  id: z.string(),
  title: z.string(),
  factIds: z.array(z.string()).describe("The section's facts, in report order."),
});

export const FactKind = z.enum(["count", "percent", "money", "statement"]);

export const ApiFact = AnswerFact.extend({
  reportId: z.string(),
  sectionId: z.string(),
  kind: FactKind,
  figure: z.string().nullable().describe("The value with its unit, formatted for the language; null for statements."),
  scope: z.string(),
  period: z.string(),
  question: z.string().describe("A question this fact answers."),
  citation: Citation,
});
export type ApiFact = z.infer<typeof ApiFact>;

export const ReportList = z.object({ reports: z.array(Report).describe("Latest first: by the latest year covered, then the later date.") });
export const SectionList = z.object({ sections: z.array(Section) });
export const FactList = z.object({
  count: z.number().int(),
  facts: z.array(ApiFact).describe("The latest report's first, each report's in report order; best match first when `q` is given."),
});

export const FactsQuery = LangQuery.extend({
  report: z.string().min(1).max(100).optional().describe("A report id from GET /api/reports. An id no report has matches no fact (an empty list)."),
  year: z
    .string()
    .regex(/^\d{4}$/, "year must be four digits, e.g. 2024")
    .transform(Number)
    .optional()
    .describe("Facts of the report(s) covering this year (YYYY). A year no report covers matches no fact (an empty list)."),
  section: z.string().min(1).max(100).optional().describe("A section id from GET /api/sections."),
  q: z.string().trim().min(1, "q is empty").max(200, "q is longer than 200 characters").optional().describe("Words to match, with or without diacritics."),
});

export const FactParams = z.object({
  id: z.string().min(1).max(100).describe("A fact id, e.g. tthc-cong-bo."),
});
