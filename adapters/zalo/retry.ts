// When and how long to wait before calling the Zalo API again. Only failures that may pass are
// retried: 429 (rate limited), 408 (timeout), 5xx, and requests that never got an answer. Every
// other error (400, 401, 403, 404…) is final. The wait is bounded: exponential backoff with
// jitter, capped, and a retry_after longer than the cap ends the retries instead of stalling a
// webhook for that long.
import { ZaloApiError, ZaloNetworkError } from "./errors.ts";

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Backoff before the second attempt; doubles for each further one. */
  baseDelayMs: number;
  /** No single wait is longer than this, retry_after included. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 5_000 };

export function isRetryable(err: unknown): boolean {
  if (err instanceof ZaloNetworkError) return true;
  if (err instanceof ZaloApiError) return err.errorCode === 408 || err.errorCode === 429 || (err.errorCode >= 500 && err.errorCode <= 599);
  return false;
}

/**
 * Milliseconds to wait before attempt `attempt + 1` after `err` failed attempt `attempt`
 * (1-based), or null when the client should give up and throw `err`.
 */
export function retryDelay(err: unknown, attempt: number, policy: RetryPolicy, random: () => number = Math.random): number | null {
  if (attempt >= policy.maxAttempts || !isRetryable(err)) return null;
  if (err instanceof ZaloApiError && err.retryAfter !== undefined) {
    const ms = Math.max(0, err.retryAfter * 1000);
    return ms <= policy.maxDelayMs ? ms : null;
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  // Equal jitter: half fixed, half random, so concurrent callers spread out but never retry at once.
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
