// Every time limit of the chat layer in one place. Defaults fit Cloudflare Workers: a webhook
// answers the platform within 10 s whatever the Bot API does; work past that continues in
// waitUntil, which Workers allow 30 s after the response, so the whole update must be done 35 s
// after it arrived. CHAT_TIMINGS (JSON, milliseconds) overrides any of them: tests shorten them.
import * as z from "zod";
import { settings, type Env } from "../../src/env.ts";
import { log } from "../../src/log.ts";

const ms = (max: number) => z.number().int().positive().max(max);
const DAY = 24 * 60 * 60 * 1000;

export const Timings = z.object({
  /** How long a chat's follow-up context lives. */
  contextTtlMs: ms(DAY).default(30 * 60 * 1000),
  /** The webhook answers the platform by then. */
  webhookDeadlineMs: ms(60_000).default(10_000),
  /** All work for one update (sends, retries, D1) ends by then, counted from its arrival. */
  workDeadlineMs: ms(120_000).default(35_000),
  /** One Bot API request. A request that times out may have arrived: it is never retried. */
  callTimeoutMs: ms(60_000).default(8_000),
  /** The typing indicator: best effort, never retried. */
  typingTimeoutMs: ms(10_000).default(1_500),
  /** getMe, when TELEGRAM_BOT_INFO is unset. */
  getMeTimeoutMs: ms(30_000).default(3_000),
  /** One D1 read or write of the chat layer. */
  storeTimeoutMs: ms(10_000).default(500),
  /** A handoff's case code is valid this long. */
  handoffTtlMs: ms(30 * DAY).default(7 * DAY),
});
export type Timings = z.infer<typeof Timings>;

export const DEFAULT_TIMINGS: Timings = Timings.parse({});

const cache = new WeakMap<object, Timings>();

/** The timings for this env: defaults, overridden by CHAT_TIMINGS when it parses. */
export function timingsOf(env: Env | undefined): Timings {
  const key = env ?? {};
  let t = cache.get(key);
  if (t) return t;
  t = DEFAULT_TIMINGS;
  const raw = settings(env).CHAT_TIMINGS;
  if (raw) {
    try {
      t = Timings.parse(JSON.parse(raw));
    } catch {
      log("warn", "chat.timings_invalid", { hint: "CHAT_TIMINGS is not a JSON object of positive milliseconds; using the defaults" });
    }
  }
  cache.set(key, t);
  return t;
}

/** Rejects after `ms` with an error naming `what`; the timer is cleared either way. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), Math.max(0, ms));
  });
  promise.catch(() => {});
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));
