// One structured log line per request (issue 6):
//   {"method","route","status","latencyMs","channel","answered"?,"level","event":"request","time"}
// `route` is the route pattern that answered ("/api/ask", "/webhook/telegram"), never the raw URL:
// a path or a query string can carry anything, tokens included. Headers, bodies and user ids are
// never read here. `answered` is present when the request asked the core a question: whoever
// records the question (src/store/question-log.ts) notes the outcome in the request's context.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Context, MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import type { AppEnv } from "../env.ts";
import { log } from "../log.ts";

interface RequestNotes {
  /** Questions answered / abstained on while handling this request. */
  answered: number;
  abstained: number;
}

const notes = new AsyncLocalStorage<RequestNotes>();

/** Notes a question's outcome on the current request's log line (no-op outside a request). */
export function noteQuestion(answered: boolean): void {
  const n = notes.getStore();
  if (!n) return;
  if (answered) n.answered++;
  else n.abstained++;
}

/** Which door the request came in by. */
export function channelOf(path: string): string {
  if (path === "/api" || path.startsWith("/api/")) return "api";
  if (path.startsWith("/webhook/telegram")) return "telegram";
  if (path.startsWith("/webhook/zalo")) return "zalo";
  if (path === "/admin" || path.startsWith("/admin/")) return "admin";
  if (path === "/healthz") return "health";
  return "web";
}

/** The pattern of the route that produced the response; "(none)" when nothing matched. */
function routeOf(c: Context): string {
  const routes = matchedRoutes(c);
  const r = routes[c.req.routeIndex];
  // A `use` middleware that answered (a body limit) keeps its pattern; a 404 from the fallback
  // (every handler passed) is not a route.
  if (!r || (r.method === "ALL" && c.res.status === 404 && r.path.endsWith("*"))) return "(none)";
  return r.path;
}

export function requestLog(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const start = Date.now();
    const n: RequestNotes = { answered: 0, abstained: 0 };
    try {
      await notes.run(n, next);
    } finally {
      const status = c.res.status;
      const fields: Record<string, unknown> = {
        method: c.req.method,
        route: routeOf(c),
        status,
        latencyMs: Date.now() - start,
        channel: channelOf(c.req.path),
      };
      if (n.answered + n.abstained > 0) fields.answered = n.abstained === 0;
      log(status >= 500 ? "error" : "info", "request", fields);
    }
  };
}
