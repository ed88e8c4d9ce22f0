// Read-only structured data with the same citation fields as answers: reports, sections, facts.
import { facts, searchAnswers, sections, type Lang } from "../../src/core/index.ts";
import { reportsLatestFirst } from "../../src/site/reports.ts";
import { guarded, invalidRequest, notFound, refuse } from "./responses.ts";
import { ApiFact, FactList, FactParams, FactsQuery, LangQuery, ReportList, SectionList } from "./schemas.ts";
import { createRoute, OpenApiRoutes } from "./openapi-routes.ts";

const ok = <T>(description: string, schema: T) => ({ description, content: { "application/json": { schema } } });
const tags = ["Data"];

const listReports = createRoute({
  method: "get",
  path: "/api/reports",
  tags,
  summary: "The reports the assistant answers from, latest first",
  description: "Each report with the years it covers, latest first (by the latest year covered, then the later signing date).",
  request: { query: LangQuery },
  responses: { 200: ok("Report metadata and sections", ReportList), 400: invalidRequest, ...guarded },
});

const listSections = createRoute({
  method: "get",
  path: "/api/sections",
  tags,
  summary: "The reports' sections, in report order, with their fact ids",
  request: { query: LangQuery },
  responses: { 200: ok("Sections", SectionList), 400: invalidRequest, ...guarded },
});

const listFacts = createRoute({
  method: "get",
  path: "/api/facts",
  tags,
  summary: "Facts with their figure, scope, period and verbatim citation",
  description:
    "Filter by `report` (an id from /api/reports), `year` (the facts of the report(s) covering it), `section` (an id from /api/sections) and/or `q` (words, best match first). " +
    "A report id or a year that no report has matches nothing: 200 with an empty list. A malformed year (not four digits) or an unknown section is a 400.",
  request: { query: FactsQuery },
  responses: { 200: ok("Matching facts", FactList), 400: invalidRequest, ...guarded },
});

const getFact = createRoute({
  method: "get",
  path: "/api/facts/{id}",
  tags,
  summary: "One fact by id",
  request: { params: FactParams, query: LangQuery },
  responses: { 200: ok("The fact", ApiFact), 400: invalidRequest, 404: notFound, ...guarded },
});

// facts() is the core's list; this line fails to compile if it stops matching the published schema.
const typed = (lang: Lang): ApiFact[] => facts(lang);

export function dataRoutes() {
  const app = new OpenApiRoutes();

  app.openapi(listReports, (c) => c.json({ reports: reportsLatestFirst(c.req.valid("query").lang) }, 200));

  app.openapi(listSections, (c) => c.json({ sections: sections(c.req.valid("query").lang) }, 200));

  app.openapi(listFacts, (c) => {
    const { lang = "vi", report, year, section, q } = c.req.valid("query");
    // The latest report's facts first, as /api/reports orders the reports.
    const order = reportsLatestFirst(lang);
    const rank = (id: string) => order.findIndex((r) => r.id === id);
    let list = typed(lang).sort((a, b) => rank(a.reportId) - rank(b.reportId));
    // A filter that matches no report is an empty list, not an error: a year gets its report later.
    if (report !== undefined) list = list.filter((f) => f.reportId === report);
    if (year !== undefined) {
      const covering = new Set(order.filter((r) => r.years.includes(year)).map((r) => r.id));
      list = list.filter((f) => covering.has(f.reportId));
    }
    if (section !== undefined) {
      const known = [...new Set(sections(lang).map((s) => s.id))];
      if (!known.includes(section)) return refuse(c, 400, "invalid_request", `section: unknown section "${section}"; known: ${known.join(", ")}`);
      list = list.filter((f) => f.sectionId === section);
    }
    if (q !== undefined) {
      const best = new Map(searchAnswers(q, lang, 1000).map((a, i) => [a.facts[0]?.id, i]));
      list = list.filter((f) => best.has(f.id)).sort((a, b) => best.get(a.id)! - best.get(b.id)!);
    }
    return c.json({ count: list.length, facts: list }, 200);
  });

  app.openapi(getFact, (c) => {
    const { id } = c.req.valid("param");
    const fact = typed(c.req.valid("query").lang ?? "vi").find((f) => f.id === id);
    if (!fact) return refuse(c, 404, "not_found", `no fact with id "${id}"`);
    return c.json(fact, 200);
  });

  return app;
}
