// Per-client request budget through the Workers Rate Limiting binding (RATE_LIMITER). The client is
// the API key (when API_KEYS is set and one was presented) or else the caller's address as Cloudflare
// reports it in CF-Connecting-IP (wrangler dev sets it too): IPv4 per address, IPv6 per /64
// (src/middleware/client-address.ts), since one subscriber holds a whole /64. wrangler dev and the worker test pool
// simulate the binding locally, so the same code runs everywhere; no in-isolate fallback is needed.
// Over the budget: 429 with Retry-After and the JSON error shape.
import type { Context, MiddlewareHandler } from "hono";
import { errorResponse } from "../../src/errors.ts";
import { log } from "../../src/log.ts";
import { clientAddress } from "../../src/middleware/client-address.ts";
import type { ApiEnv } from "./env.ts";

/** Mirrors `[[ratelimits]] simple` in wrangler.toml (the binding's limit is set there). */
export const RATE_LIMIT = { limit: 100, period: 60 } as const;

/** Who is counted: the API key's fingerprint, else "ip:<address or /64>", else null (no identity). */
export function clientKey(c: Context<ApiEnv>): string | null {
  const client = c.get("client");
  if (client) return client;
  const address = clientAddress(c.req.header("cf-connecting-ip"));
  return address ? `ip:${address}` : null;
}

let warnedMissing = false;

export function rateLimit(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (c.req.method === "OPTIONS") return next();
    const limiter = c.env?.RATE_LIMITER;
    const key = clientKey(c);
    if (!limiter) {
      if (!warnedMissing) log("warn", "rate_limit_unbound", { note: "no RATE_LIMITER binding: requests are not limited" });
      warnedMissing = true;
      return next();
    }
    // Cloudflare's edge always sets CF-Connecting-IP; only direct calls inside the runtime (tests
    // through SELF.fetch) arrive without any identity, and those are not counted.
    if (!key) return next();
    let allowed = true;
    try {
      allowed = (await limiter.limit({ key })).success;
    } catch (err) {
      // A limiter outage must not take the API down: let the request through and say so.
      log("warn", "rate_limit_failed", { error: (err as Error).message });
    }
    if (!allowed) {
      // The binding does not say when its window ends; one full period is an upper bound.
      const retry = RATE_LIMIT.period;
      return errorResponse(
        c,
        429,
        "rate_limited",
        `too many requests: at most ${RATE_LIMIT.limit} per ${RATE_LIMIT.period} s for each ${key.startsWith("key:") ? "API key" : "client address"}; retry after ${retry} s`,
        { "Retry-After": String(retry) },
      );
    }
    await next();
  };
}
