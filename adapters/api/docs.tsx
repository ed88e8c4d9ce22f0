/** @jsxImportSource hono/jsx */
// GET /docs: interactive documentation of /openapi.json, self-contained. (Swagger UI is not used:
// @hono/swagger-ui loads swagger-ui-dist from a CDN through an inline script, which neither the
// offline rule nor the strict CSP allows, and bundling swagger-ui-dist would add ~1.4 MB.)
import { Hono } from "hono";
import type { Lang } from "../../src/core/index.ts";
import { assetResponse } from "../../src/site/asset.ts";
import { documentHtml, Layout } from "../../src/site/layout.tsx";
import { pageLang } from "../../src/site/page-lang.ts";
import { pageSecurity } from "../../src/site/security.ts";
import { DOCS_JS } from "./docs-js.ts";
import { OPERATIONS_VI, PARAMETERS_VI } from "./docs-vi.ts";
import type { ApiEnv } from "./env.ts";
import { RATE_LIMIT } from "./rate-limit.ts";

const TEXT = {
  vi: {
    title: "API: tài liệu tương tác",
    lead: "API JSON cho các hệ thống tích hợp: hỏi đáp và dữ liệu có trích dẫn. Tài liệu OpenAPI 3.1 đầy đủ:",
    auth: "Khi máy chủ đặt API_KEYS, mọi lời gọi /api/* cần tiêu đề Authorization: Bearer <khóa>; khi không đặt, API mở.",
    limit: `Giới hạn: ${RATE_LIMIT.limit} yêu cầu mỗi ${RATE_LIMIT.period} giây cho mỗi khóa (hoặc mỗi địa chỉ IP); vượt quá trả về 429 kèm Retry-After.`,
    key: "Khóa API (nếu máy chủ yêu cầu)",
    noscript: "Trang thử API cần JavaScript; tài liệu đầy đủ có ở /openapi.json.",
  },
  en: {
    title: "API: interactive documentation",
    lead: "A JSON API for integrators: questions and cited data. The full OpenAPI 3.1 document:",
    auth: "When the server sets API_KEYS, every /api/* call needs the header Authorization: Bearer <key>; without it the API is open.",
    limit: `Limit: ${RATE_LIMIT.limit} requests per ${RATE_LIMIT.period} s per key (or per client address); over it: 429 with Retry-After.`,
    key: "API key (if the server requires one)",
    noscript: "Trying the API needs JavaScript; the full reference is /openapi.json.",
  },
} satisfies Record<Lang, Record<string, string>>;

function DocsPage({ lang }: { lang: Lang }) {
  const t = TEXT[lang];
  return (
    <Layout lang={lang} page="docs" title="API" script="/docs/script.js">
      <h1>{t.title}</h1>
      <p class="lead">
        {`${t.lead} `}
        <a href="/openapi.json">/openapi.json</a>
      </p>
      <p>{t.auth}</p>
      <p>{t.limit}</p>
      <div class="docs-field">
        <label for="docs-key">{t.key}</label>
        <input id="docs-key" type="password" autocomplete="off" spellcheck={false} />
      </div>
      <noscript>
        <p class="notice">{t.noscript}</p>
      </noscript>
      {/* The Vietnamese page's words for the operations; the English page uses the document's own. */}
      <div data-docs data-texts={lang === "vi" ? JSON.stringify({ operations: OPERATIONS_VI, parameters: PARAMETERS_VI }) : undefined}></div>
    </Layout>
  );
}

export function docsRoutes() {
  const app = new Hono<ApiEnv>();
  app.use("/docs", pageSecurity());
  app.get("/docs", (c) => c.html(documentHtml((<DocsPage lang={pageLang(c)} />).toString())));
  app.get("/docs/script.js", () => assetResponse({ type: "text/javascript; charset=utf-8", body: DOCS_JS }));
  return app;
}
