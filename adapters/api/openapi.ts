// GET /openapi.json: OpenAPI 3.1, generated from the zod schemas the routes validate with. The
// document says whether this deployment requires an API key (API_KEYS set) and names its own
// origin as the server. Generation costs a few milliseconds, so each variant is built once.
import { knowledgeVersion } from "../../src/core/index.ts";
import { apiKeys } from "./auth.ts";
import { openApiDocument, type OpenApiRoutes } from "./openapi-routes.ts";
import { RATE_LIMIT } from "./rate-limit.ts";

const description = [
  "Exact figures with verbatim citations from Báo cáo 627/BC-UBND (Thừa Thiên Huế, 2024).",
  "",
  "**Auth.** When the server sets `API_KEYS`, every `/api/*` call needs `Authorization: Bearer <key>`; without it the API is open.",
  `**Rate limit.** ${RATE_LIMIT.limit} requests per ${RATE_LIMIT.period} s per API key (or per client address when keys are off); over it: 429 with \`Retry-After\`.`,
  "**CORS.** Browser pages on the origins listed in `ALLOWED_ORIGINS` may call the API.",
  "**Errors.** Every refusal is JSON: `{\"error\": {\"code\", \"message\"}}` with a 4xx status.",
].join("\n");

const securitySchemes = {
  ApiKey: { type: "http", scheme: "bearer", description: "One of the keys in the server's API_KEYS setting." },
};

export function serveOpenApi(app: OpenApiRoutes) {
  const cache = new Map<string, unknown>();
  app.get("/openapi.json", (c) => {
    const origin = new URL(c.req.url).origin;
    const keysOn = apiKeys(c.env).length > 0;
    const key = `${keysOn} ${origin}`;
    let doc = cache.get(key);
    if (!doc) {
      doc = openApiDocument(app.operations, {
        info: { title: "CCHC 2024 Thừa Thiên Huế: figures with citations", version: knowledgeVersion().version, description },
        servers: [{ url: origin }],
        tags: [
          { name: "Ask", description: "Questions in Vietnamese or English" },
          { name: "Data", description: "Reports, sections and facts, each fact with its citation" },
          { name: "Web page", description: "Endpoints of this site's chat page and embed (no key; origin-checked)" },
        ],
        ...(keysOn ? { security: [{ ApiKey: [] }] } : {}),
        components: { securitySchemes },
      });
      if (cache.size >= 16) cache.clear();
      cache.set(key, doc);
    }
    return c.json(doc as object);
  });
}
