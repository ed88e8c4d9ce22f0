// The app's not-found handler, telling "no such route" (404) from "the route exists, not with
// this method" (405 with Allow, RFC 9110 §15.5.6). The methods of a path come from the app's own
// route table (app.routes): middleware is registered for ALL methods and does not count.
import type { Context, Hono, NotFoundHandler } from "hono";
import { TrieRouter } from "hono/router/trie-router";
import type { AppEnv } from "../env.ts";
import { errorResponse } from "../errors.ts";

type App = Hono<AppEnv>;

/** Path pattern → the methods routed there, built once from the complete app (routes are fixed by then). */
function methodTable(app: App): TrieRouter<string> {
  const router = new TrieRouter<string>();
  const seen = new Set<string>();
  for (const { method, path } of app.routes) {
    const key = `${method} ${path}`;
    if (method === "ALL" || seen.has(key)) continue;
    seen.add(key);
    router.add("ALL", path, method);
  }
  return router;
}

const ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** The methods `path` answers to, in a stable order; GET implies HEAD (Hono answers HEAD with the GET route). */
export function allowedMethods(router: TrieRouter<string>, path: string): string[] {
  const methods = new Set(router.match("GET", path)[0].map(([method]) => method));
  if (methods.has("GET")) methods.add("HEAD");
  const rank = (m: string) => (ORDER.includes(m) ? ORDER.indexOf(m) : ORDER.length);
  return [...methods].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** 405 + Allow when another method of this path exists, else 404; both in the JSON error shape. */
export function notFoundOrMethodNotAllowed(app: App): NotFoundHandler<AppEnv> {
  let table: TrieRouter<string> | undefined;
  return (c: Context<AppEnv>) => {
    table ??= methodTable(app);
    const allow = allowedMethods(table, c.req.path);
    if (allow.length && !allow.includes(c.req.method))
      return errorResponse(c, 405, "method_not_allowed", `${c.req.method} is not allowed on ${c.req.path}; use ${allow.join(" or ")}`, { Allow: allow.join(", ") });
    return errorResponse(c, 404, "not_found", `no route for ${c.req.method} ${c.req.path}`);
  };
}
