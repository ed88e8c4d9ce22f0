// API keys: with API_KEYS set (comma-separated), every /api/* call needs `Authorization: Bearer
// <key>`; with none set the API is open. Keys are compared in constant time: both sides are hashed
// to 32 bytes and every configured key is compared in full, so neither a key's length nor the
// position of the first wrong byte changes the work done. Failed attempts are counted per client and
// answered 429 past a small budget (src/middleware/auth-failures.ts).
import type { MiddlewareHandler } from "hono";
import { settings } from "../../src/env.ts";
import { errorResponse } from "../../src/errors.ts";
import { checkCredential } from "../../src/middleware/auth-failures.ts";
import type { ApiBindings, ApiEnv } from "./env.ts";

/** The configured keys, trimmed, empty entries dropped. */
export function apiKeys(env: ApiBindings | undefined): string[] {
  return (settings(env).API_KEYS ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean);
}

const sha256 = async (text: string) => new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));

/** Equal-length byte arrays compared without an early exit. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ (b[i] ?? 0);
  return diff === 0;
}

/** The fingerprint of the matching key ("key:<16 hex>"), or null; checks every key every time. */
export async function matchKey(presented: string, keys: string[]): Promise<string | null> {
  const given = await sha256(presented);
  let match: Uint8Array | null = null;
  for (const key of keys) {
    const digest = await sha256(key);
    if (sameBytes(given, digest)) match = digest;
  }
  return match ? `key:${[...match.slice(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("")}` : null;
}

const BEARER = /^Bearer[ \t]+(\S{1,512})[ \t]*$/i;

export function apiKeyAuth(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const keys = apiKeys(c.env);
    if (!keys.length || c.req.method === "OPTIONS") return next();
    const challenge = { "WWW-Authenticate": 'Bearer realm="api"' };
    const header = c.req.header("authorization");
    const found: { client?: string } = {};
    const refusal = await checkCredential(
      c,
      "api",
      async () => {
        if (!header) return "missing";
        const presented = BEARER.exec(header)?.[1];
        found.client = (presented && (await matchKey(presented, keys))) || undefined;
        return found.client ? "ok" : "wrong";
      },
      () =>
        header
          ? errorResponse(c, 401, "unauthorized", "the API key is not valid", challenge)
          : errorResponse(c, 401, "unauthorized", "this API needs a key: send `Authorization: Bearer <key>`", challenge),
    );
    if (refusal) return refusal;
    c.set("client", found.client);
    await next();
  };
}
