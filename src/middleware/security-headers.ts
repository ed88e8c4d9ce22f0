// Security headers for HTML pages that never conflict with a page's own: each header is set only
// when the handler did not set it (a page keeps its own Content-Security-Policy, for instance).
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";

export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
};

export function securityHeaders(extra: Record<string, string> = {}): MiddlewareHandler<AppEnv> {
  const headers = { ...BASE_SECURITY_HEADERS, ...extra };
  return async (c, next) => {
    await next();
    const missing = Object.entries(headers).filter(([name]) => !c.res.headers.has(name));
    if (!missing.length) return;
    try {
      for (const [name, value] of missing) c.res.headers.set(name, value);
    } catch {
      // A response with immutable headers (straight from fetch): copy it.
      const res = new Response(c.res.body, c.res);
      for (const [name, value] of missing) res.headers.set(name, value);
      c.res = res;
    }
  };
}
