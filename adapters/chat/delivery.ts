// One delivery discipline for every bot: a send is retried only when the API said it was not done
// (429 with a retry_after that fits the deadline, 5xx, a connection that failed without an
// answer), never after a request of ours timed out (it may have arrived: a second copy would reach
// the user twice). So a reply is sent at most once and, short of a long outage, at least once.
// Platforms translate their errors into DeliveryError; this file decides what happens next.
import { settings, type Env } from "../../src/env.ts";
import { hashId, log } from "../../src/log.ts";
import type { Timings } from "./timings.ts";
import { sleep, within } from "./timings.ts";
import type { Platform } from "./types.ts";

/**
 * - not-done: the API said it did not do it (429, 5xx), or the connection failed before any answer.
 * - unknown: the request may have arrived (our timeout, an unreadable 2xx answer): never repeated.
 * - rejected: the API refused it for good (400 chat not found, 403 blocked, 401 bad token).
 */
export type FailureKind = "not-done" | "unknown" | "rejected";

export class DeliveryError extends Error {
  override name = "DeliveryError";
  constructor(
    readonly kind: FailureKind,
    readonly method: string,
    /** Short, for logs and counts: rate-limited, server-error, network, timeout, bad-answer, rejected, deadline. */
    readonly reason: string,
    readonly detail: { code?: number; description?: string; retryAfterMs?: number } = {},
  ) {
    super(`${method}: ${reason}${detail.code ? ` ${detail.code}` : ""}${detail.description ? ` ${detail.description}` : ""}`);
  }
}

/** Attempts per message, the first included ("two 429s" or "two 500s" still get through). */
export const MAX_ATTEMPTS = 5;
/** No attempt starts with less time than this left before the deadline. */
const MIN_CALL_MS = 300;

const backoff = (attempt: number) => {
  const ceiling = Math.min(4_000, 500 * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
};

export interface CallLimits {
  /** Epoch ms by which all work for the update ends. */
  deadline: number;
  timings: Timings;
}

/**
 * Calls `call` (one API request, bounded by the signal it is given) until it succeeds, retrying
 * only what was not done, within the deadline. Throws the last DeliveryError.
 */
export async function callWithRetries<T>(method: string, call: (signal: AbortSignal) => Promise<T>, limits: CallLimits): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const left = limits.deadline - Date.now();
    if (left < MIN_CALL_MS) throw new DeliveryError("not-done", method, "deadline");
    let err: DeliveryError;
    try {
      return await call(AbortSignal.timeout(Math.min(limits.timings.callTimeoutMs, left)));
    } catch (e) {
      err = e instanceof DeliveryError ? e : new DeliveryError("unknown", method, "bug", { description: e instanceof Error ? e.message : String(e) });
    }
    if (err.kind !== "not-done" || attempt >= MAX_ATTEMPTS) throw err;
    const wait = err.detail.retryAfterMs ?? backoff(attempt);
    if (Date.now() + wait + MIN_CALL_MS > limits.deadline) throw new DeliveryError("not-done", method, err.reason === "rate-limited" ? "rate-limited past the deadline" : err.reason, err.detail);
    log("warn", "chat.retry", { method, attempt, reason: err.reason, code: err.detail.code, waitMs: wait });
    await sleep(wait);
  }
}

/** A platform's way of sending what it rendered. */
export interface Sender<M> {
  platform: Platform;
  send(message: M, signal: AbortSignal): Promise<unknown>;
  /** The method name for logs ("sendMessage"). */
  method: string;
}

export interface Delivered {
  /** Messages the API confirmed. */
  sent: number;
  error?: DeliveryError;
}

/** Sends the messages in order; stops at the first one that fails. */
export async function deliverAll<M>(sender: Sender<M>, messages: readonly M[], limits: CallLimits): Promise<Delivered> {
  let sent = 0;
  for (const m of messages) {
    try {
      await callWithRetries(sender.method, (signal) => sender.send(m, signal), limits);
      sent++;
    } catch (e) {
      return { sent, error: e as DeliveryError };
    }
  }
  return { sent };
}

/** Best effort, one attempt, short time limit: a failure is a log line at most. */
export async function bestEffort(what: string, call: (signal: AbortSignal) => Promise<unknown>, ms: number): Promise<void> {
  try {
    await within(call(AbortSignal.timeout(ms)), ms + 100, what);
  } catch (e) {
    log("info", "chat.best_effort_failed", { what, reason: e instanceof DeliveryError ? e.reason : "timeout" });
  }
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A reply that did not reach the user: one error line (what, why, the chat as an HMAC) and one
 * more in the day's count per platform and reason (table undelivered_replies, for /admin).
 */
export async function noteUndelivered(env: Env, platform: Platform, err: DeliveryError, fields: { chatId?: string; what: string } & Record<string, unknown>, timings: Timings): Promise<void> {
  const { chatId, ...rest } = fields;
  const chat = chatId === undefined ? undefined : await hashId(chatId, settings(env).LOG_SALT);
  log("error", `${platform}.undelivered`, {
    ...rest,
    chat,
    kind: err.kind,
    reason: err.reason,
    method: err.method,
    errorCode: err.detail.code,
    description: err.detail.description,
  });
  if (!env.DB) return;
  try {
    await within(
      env.DB.prepare("INSERT INTO undelivered_replies (day, platform, reason, count) VALUES (?1, ?2, ?3, 1) ON CONFLICT(day, platform, reason) DO UPDATE SET count = count + 1")
        .bind(day(Date.now()), platform, `${err.kind}:${err.reason}`)
        .run(),
      timings.storeTimeoutMs,
      "undelivered count",
    );
  } catch (e) {
    log("warn", "undelivered.unavailable", { error: (e instanceof Error ? e.message : String(e)).slice(0, 200) });
  }
}
