// GET /admin: what the unanswered questions say (issue 6). Officials read it to extend the
// knowledge base. Bearer ADMIN_TOKEN (constant-time; 401 otherwise); without ADMIN_TOKEN the page
// does not exist (404, like the webhooks without their secrets). A plain HTML page, or the same
// data as JSON with ?format=json or `Accept: application/json`.
import { accepts } from "hono/accepts";
import { Hono } from "hono";
import { settings, type AppEnv } from "../../src/env.ts";
import { errorResponse } from "../../src/errors.ts";
import { log } from "../../src/log.ts";
import { securityHeaders } from "../../src/middleware/security-headers.ts";
import { refuseWithoutToken } from "./auth.ts";
import { ADMIN_CSS, adminPage } from "./page.ts";
import { adminStats, StatsQuery } from "./stats.ts";

let cssHash: Promise<string> | undefined;
/** 'sha256-…' of the page's style block, for its Content-Security-Policy. */
function styleHash(): Promise<string> {
  cssHash ??= crypto.subtle.digest("SHA-256", new TextEncoder().encode(ADMIN_CSS)).then((d) => `'sha256-${btoa(String.fromCharCode(...new Uint8Array(d)))}'`);
  return cssHash;
}

export function adminRoutes() {
  const app = new Hono<AppEnv>();
  // Statistics of what citizens asked: never cached, never framed, never sent as a referrer.
  app.use("*", securityHeaders({ "Cache-Control": "no-store" }));

  app.get("/", async (c) => {
    const expected = settings(c.env).ADMIN_TOKEN;
    if (!expected) return errorResponse(c, 404, "not_found", `no route for ${c.req.method} ${c.req.path}`);
    const refused = await refuseWithoutToken(c, expected);
    if (refused) return refused;
    const format = c.req.query("format") ?? accepts(c, { header: "Accept", supports: ["text/html", "application/json"], default: "text/html" });
    if (format !== "json" && format !== "html" && format !== "text/html" && format !== "application/json") {
      return errorResponse(c, 400, "invalid_request", "format: expected json or html");
    }
    const query = StatsQuery.safeParse({ days: c.req.query("days"), limit: c.req.query("limit") });
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
    if (format === "json" || format === "application/json") return c.json(stats);
    c.header("Content-Security-Policy", `default-src 'none'; style-src ${await styleHash()}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`);
    return c.html(adminPage(stats));
  });
  return app;
}
