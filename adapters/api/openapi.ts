// GET /openapi.json: OpenAPI 3.1, generated from the zod schemas the routes validate with. The
// document says whether this deployment requires an API key (API_KEYS set). Its server is the
// configured PUBLIC_URL, or else the relative "/" (the origin the document was fetched from, as
// OpenAPI defines it): never the request's Host header, which any client can set and which a cache
// in front of the worker would then serve to others. Generation costs a few milliseconds, so each
// variant is built once.
import * as z from "zod";
import { knowledgeVersion } from "../../src/core/index.ts";
import { log } from "../../src/log.ts";
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
  PageToken: {
    type: "http",
    scheme: "bearer",
    description: "The web page's own random token (made in the page, kept in its memory): it owns the handoff cases the page opens. Not an API key.",
  },
};

/** An absolute http(s) URL without query or fragment. */
const PublicUrl = z
  .url({ protocol: /^https?$/ })
  .refine((u) => !/[?#]/.test(u), "no query or fragment")
  .transform((u) => u.replace(/\/+$/, ""));

let warnedUrl: string | undefined;

/** The server URL the document names: PUBLIC_URL when it is a valid URL, else "/". */
export function publicServerUrl(raw: string | undefined): string {
  if (!raw?.trim()) return "/";
  const parsed = PublicUrl.safeParse(raw.trim());
  if (parsed.success) return parsed.data || "/";
  if (warnedUrl !== raw) log("warn", "openapi.bad_public_url", { problem: "PUBLIC_URL is not an http(s) URL; /openapi.json names the relative server \"/\"" });
  warnedUrl = raw;
  return "/";
}

export function serveOpenApi(app: OpenApiRoutes) {
  const cache = new Map<string, unknown>();
  app.get("/openapi.json", (c) => {
    const origin = publicServerUrl(c.env?.PUBLIC_URL);
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
