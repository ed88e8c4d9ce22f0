// CORS for /api/*, /chat/* and /openapi.json. ALLOWED_ORIGINS is a comma-separated list of exact
// origins ("https://portal.example.vn,https://hue-s.example.vn") or "*" for any origin. Unset: no
// cross-origin browser access (same-origin pages and server-to-server calls are unaffected).
// No cookies are used, so credentials are never allowed.
import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { settings, type Env } from "../../src/env.ts";

/** Origins in ALLOWED_ORIGINS, normalized (no trailing slash, lower-case scheme and host). */
export function allowedOrigins(env: Env | undefined): string[] {
  return (settings(env).ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim().replace(/\/+$/, ""))
    .filter(Boolean)
    .map((o) => (o === "*" ? o : o.toLowerCase()));
}

/** True when a browser page on `origin` may call the API. */
export function originAllowed(env: Env | undefined, origin: string): boolean {
  const list = allowedOrigins(env);
  return list.includes("*") || list.includes(origin.toLowerCase());
}

export function apiCors(): MiddlewareHandler {
  return cors({
    origin: (origin, c) => (origin && originAllowed(c.env as Env, origin) ? origin : null),
    allowMethods: ["GET", "POST", "OPTIONS"],
    allowHeaders: ["Authorization", "Content-Type"],
    exposeHeaders: ["Retry-After"],
    maxAge: 600,
  });
}
