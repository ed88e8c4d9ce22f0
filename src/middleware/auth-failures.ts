// Failed authentication (a wrong or missing API key, webhook secret or /admin token) is counted per
// client (client-address.ts: IPv4 address, IPv6 /64) and answered 429 past AUTH_FAILURE_BUDGET, so
// guessing costs the guesser time and the worker nothing much. Past the budget a client is refused
// before its credential is even checked, until the window ends.
//
// Counting: the Workers Rate Limiting binding AUTH_FAILURE_LIMITER (wrangler.toml), like the request
// budget of adapters/api/rate-limit.ts, because it counts across isolates (an isolate's memory sees
// only the requests it happens to serve). The binding has no "peek", so which clients are over their
// budget is remembered in this isolate too (`blocked`). Without the binding (a deployment that
// dropped it, or when it fails) a small in-isolate fixed-window counter takes over: weaker, since each
// isolate counts alone, but bounded (MAX_CLIENTS entries) and never leaves a door unguarded.
//
// Logging: instead of one warning per attempt (2,000 guesses made 2,000 lines), one line per window
// and scope, written by the window's first failure; it carries the previous window's totals.
import type { Context } from "hono";
import { errorResponse } from "../errors.ts";
import { log } from "../log.ts";
import { clientAddress } from "./client-address.ts";

/** Mirrors `[[ratelimits]] AUTH_FAILURE_LIMITER simple` in wrangler.toml. */
export const AUTH_FAILURE_BUDGET = { limit: 10, period: 60 } as const;

/** Where the credential was presented. */
export type AuthScope = "api" | "admin" | "telegram" | "zalo";

/** What a credential check found. */
export type AuthOutcome = "ok" | "missing" | "wrong";

/** At most this many clients are remembered per table; the oldest entry goes first. */
export const MAX_CLIENTS = 10_000;
/** Distinct clients counted per window in the summary line (past it: "at least"). */
const MAX_SUMMARY_CLIENTS = 1_000;

const PERIOD_MS = AUTH_FAILURE_BUDGET.period * 1000;

/** A Map that forgets its oldest entry past `max` (insertion order; re-setting moves a key last). */
class BoundedMap<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
  }
  delete(key: string): void {
    this.map.delete(key);
  }
}

/** Clients over their budget in this isolate: address → refused until (ms). */
const blocked = new BoundedMap<number>(MAX_CLIENTS);
/** The fallback counter: address → failures in the window starting at `start` (ms). */
const fallback = new BoundedMap<{ start: number; failures: number }>(MAX_CLIENTS);

interface Summary {
  start: number;
  attempts: number;
  refused: number;
  clients: Set<string>;
}
const summaries = new Map<AuthScope, Summary>();

const windowStart = (now: number) => now - (now % PERIOD_MS);

/** Counts one failed or refused attempt; the window's first writes the scope's one line. */
function note(scope: AuthScope, client: string | null, outcome: "missing" | "wrong" | "refused", now: number): void {
  const start = windowStart(now);
  let s = summaries.get(scope);
  if (!s || s.start !== start) {
    const previous = s && {
      window: new Date(s.start).toISOString(),
      attempts: s.attempts,
      refused: s.refused,
      clients: s.clients.size,
    };
    log("warn", "auth.failures", {
      scope,
      window: new Date(start).toISOString(),
      windowSeconds: AUTH_FAILURE_BUDGET.period,
      // What opened the window; its totals come with the next window's line, as `previous`.
      first: outcome,
      ...(previous && { previous }),
    });
    summaries.set(scope, (s = { start, attempts: 0, refused: 0, clients: new Set() }));
  }
  s.attempts++;
  if (outcome === "refused") s.refused++;
  if (s.clients.size < MAX_SUMMARY_CLIENTS) s.clients.add(client ?? "(no address)");
}

interface Bindings {
  AUTH_FAILURE_LIMITER?: RateLimit;
}

/** Records one failure of `client`; returns how long to refuse it (ms) when it is over the budget. */
async function overBudget(env: Bindings | undefined, client: string, now: number): Promise<number | null> {
  const limiter = env?.AUTH_FAILURE_LIMITER;
  if (limiter) {
    try {
      // The binding does not say when its window ends: one full period is an upper bound.
      return (await limiter.limit({ key: client })).success ? null : PERIOD_MS;
    } catch (err) {
      log("warn", "auth.limiter_failed", { error: (err as Error).message?.slice(0, 200) });
    }
  }
  const start = windowStart(now);
  const entry = fallback.get(client);
  const failures = entry && entry.start === start ? entry.failures + 1 : 1;
  fallback.set(client, { start, failures });
  return failures > AUTH_FAILURE_BUDGET.limit ? start + PERIOD_MS - now : null;
}

function tooMany(c: Context, ms: number): Response {
  const retry = Math.max(1, Math.ceil(ms / 1000));
  return errorResponse(
    c,
    429,
    "rate_limited",
    `too many failed authentication attempts from this client address: at most ${AUTH_FAILURE_BUDGET.limit} per ${AUTH_FAILURE_BUDGET.period} s; retry after ${retry} s`,
    { "Retry-After": String(retry) },
  );
}

/**
 * Runs a credential check for `scope`: null when it passed; otherwise the refusal to send, which is
 * `unauthorized()` (401) within the budget and a 429 with Retry-After past it. A client already over
 * its budget gets the 429 without its credential being checked. Requests with no client address
 * (only direct calls inside the runtime; Cloudflare always sets one) are summarized, not throttled.
 */
export async function checkCredential(
  c: Context,
  scope: AuthScope,
  check: () => AuthOutcome | Promise<AuthOutcome>,
  unauthorized: () => Response,
): Promise<Response | null> {
  const client = clientAddress(c.req.header("cf-connecting-ip"));
  if (client) {
    const until = blocked.get(client);
    const now = Date.now();
    if (until !== undefined && until > now) {
      note(scope, client, "refused", now);
      return tooMany(c, until - now);
    }
    if (until !== undefined) blocked.delete(client);
  }
  const outcome = await check();
  if (outcome === "ok") return null;
  const now = Date.now();
  const wait = client ? await overBudget(c.env as Bindings | undefined, client, now) : null;
  note(scope, client, wait === null ? outcome : "refused", now);
  if (wait === null || !client) return unauthorized();
  blocked.set(client, now + wait);
  return tooMany(c, wait);
}
