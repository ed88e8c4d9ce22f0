// API_KEYS or ALLOWED_ORIGINS set but listing nothing ("," or " "): an operator meant to restrict the
// API and a typo would otherwise leave it open (no keys = open API) without a word. Until the setting
// is fixed, /api/* answers 503 with the JSON error shape and an error line names the setting (never
// its value: API_KEYS is a secret). The line is written once per env object (once per isolate).
import type { MiddlewareHandler } from "hono";
import type { Env } from "../../src/env.ts";
import { errorResponse } from "../../src/errors.ts";
import { log } from "../../src/log.ts";
import { apiKeys } from "./auth.ts";
import { allowedOrigins } from "./cors.ts";
import type { ApiEnv } from "./env.ts";

const GUARDED = [
  { name: "API_KEYS", parsed: apiKeys, what: "comma-separated API keys" },
  { name: "ALLOWED_ORIGINS", parsed: allowedOrigins, what: "comma-separated origins, or *" },
] as const;

/** Names of the guarded settings that are set (non-empty) yet parse to an empty list. */
export function emptySettings(env: Env | undefined): string[] {
  return GUARDED.filter((g) => {
    const raw = env?.[g.name];
    return typeof raw === "string" && raw.length > 0 && g.parsed(env).length === 0;
  }).map((g) => g.name);
}

const reported = new WeakMap<object, Set<string>>();
const NO_ENV = {};

export function settingsGuard(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const bad = emptySettings(c.env);
    if (!bad.length) return next();
    const key = c.env ?? NO_ENV;
    let seen = reported.get(key);
    if (!seen) reported.set(key, (seen = new Set()));
    for (const name of bad) {
      if (seen.has(name)) continue;
      seen.add(name);
      log("error", "api.misconfigured", { setting: name, problem: `set but lists nothing; expected ${GUARDED.find((g) => g.name === name)!.what}`, effect: "every /api/* call answers 503 until it is fixed" });
    }
    return errorResponse(c, 503, "misconfigured", `the server's ${bad.join(" and ")} setting lists nothing; the operator must fix it (the API stays closed until then)`);
  };
}
