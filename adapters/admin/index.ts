// GET /admin: what the questions say (issues 6 and 11). Officials read it to extend the knowledge
// base. Bearer ADMIN_TOKEN (constant-time; 401 otherwise); without ADMIN_TOKEN the page does not
// exist (404, like the webhooks without their secrets). A plain HTML page, the same data as JSON
// (?format=json or `Accept: application/json`), or the operator's loop as CSV (?format=csv or
// `Accept: text/csv`). Filters: ?days or ?from/?to (UTC days), ?channel, ?limit (query.ts).
import { accepts } from "hono/accepts";
import { Hono } from "hono";
import { settings, type AppEnv } from "../../src/env.ts";
import { errorResponse } from "../../src/errors.ts";
import { log } from "../../src/log.ts";
import { securityHeaders } from "../../src/middleware/security-headers.ts";
import { refuseWithoutToken } from "./auth.ts";
import { ADMIN_CSS, adminPage } from "./page.ts";
import { csvFileName, loopCsv } from "./csv.ts";
import { AdminQuery } from "./query.ts";
import { adminStats } from "./stats.ts";

let cssHash: Promise<string> | undefined;
/** 'sha256-…' of the page's style block, for its Content-Security-Policy. */
function styleHash(): Promise<string> {
  cssHash ??= crypto.subtle.digest("SHA-256", new TextEncoder().encode(ADMIN_CSS)).then((d) => `'sha256-${btoa(String.fromCharCode(...new Uint8Array(d)))}'`);
  return cssHash;
}

// ?format values and the media types of the Accept header (own properties only: no "__proto__").
const FORMATS = { html: "html", "text/html": "html", json: "json", "application/json": "json", csv: "csv", "text/csv": "csv" } as const;
const formatOf = (name: string) => (Object.hasOwn(FORMATS, name) ? FORMATS[name as keyof typeof FORMATS] : undefined);

export function adminRoutes() {
  const app = new Hono<AppEnv>();
  // Statistics of what citizens asked: never cached, never framed, never sent as a referrer.
  app.use("*", securityHeaders({ "Cache-Control": "no-store" }));

  app.get("/", async (c) => {
    const expected = settings(c.env).ADMIN_TOKEN;
    if (!expected) return errorResponse(c, 404, "not_found", `no route for ${c.req.method} ${c.req.path}`);
    const refused = await refuseWithoutToken(c, expected);
    if (refused) return refused;
    const format = formatOf(c.req.query("format") ?? accepts(c, { header: "Accept", supports: ["text/html", "application/json", "text/csv"], default: "text/html" }));
    if (!format) return errorResponse(c, 400, "invalid_request", "format: expected html, json or csv");
    const q = (name: string) => c.req.query(name);
    const query = AdminQuery.safeParse({ days: q("days"), limit: q("limit"), channel: q("channel"), from: q("from"), to: q("to") });
    if (!query.success) {
      const issue = query.error.issues[0];
      return errorResponse(c, 400, "invalid_request", issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid query");
    }
    const db = c.env?.DB;
    if (!db) return errorResponse(c, 503, "storage_unavailable", "the question log (D1) is not bound");
    let stats;
    try {
      stats = await adminStats(db, query.data);
    } catch (e) {
      log("error", "admin.stats_failed", { error: (e as Error).message?.slice(0, 200) });
      return errorResponse(c, 503, "storage_unavailable", "the question log (D1) did not answer; try again shortly");
    }
    if (format === "json") return c.json(stats);
    if (format === "csv") {
      return c.body(loopCsv(stats), 200, { "Content-Type": "text/csv; charset=utf-8; header=present", "Content-Disposition": `attachment; filename="${csvFileName(stats)}"` });
    }
    // The filter form submits to this page (GET), nowhere else.
    c.header("Content-Security-Policy", `default-src 'none'; style-src ${await styleHash()}; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`);
    return c.html(adminPage(stats, query.data));
  });
  return app;
}
