// Read-only structured data with the same citation fields as answers: reports, sections, facts.
import { facts, reports, searchAnswers, sections, type Lang } from "../../src/core/index.ts";
import { guarded, invalidRequest, notFound, refuse } from "./responses.ts";
import { ApiFact, FactList, FactParams, FactsQuery, LangQuery, ReportList, SectionList } from "./schemas.ts";
import { createRoute, OpenApiRoutes } from "./openapi-routes.ts";

const ok = <T>(description: string, schema: T) => ({ description, content: { "application/json": { schema } } });
const tags = ["Data"];

const listReports = createRoute({
  method: "get",
  path: "/api/reports",
  tags,
  summary: "The reports the assistant answers from",
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
  description: "Filter by `section` (an id from /api/sections) and/or `q` (words, best match first).",
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

  app.openapi(listReports, (c) => c.json({ reports: reports(c.req.valid("query").lang) }, 200));

  app.openapi(listSections, (c) => c.json({ sections: sections(c.req.valid("query").lang) }, 200));

  app.openapi(listFacts, (c) => {
    const { lang = "vi", section, q } = c.req.valid("query");
    let list = typed(lang);
    if (section !== undefined) {
      const known = sections(lang).map((s) => s.id);
      if (!known.includes(section)) return refuse(c, 400, "invalid_request", `section: unknown section "${section}"; known: ${known.join(", ")}`);
      list = list.filter((f) => f.sectionId === section);
    }
    if (q !== undefined) {
      const rank = new Map(searchAnswers(q, lang, 1000).map((a, i) => [a.facts[0]?.id, i]));
      list = list.filter((f) => rank.has(f.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
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
