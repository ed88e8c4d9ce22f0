// Long polling, for a developer's machine without a public URL: deleteWebhook (the two exclude
// each other), then getUpdates in a loop, each update through the same handler as the webhook.
// An empty poll (408) is the normal way a poll ends; transient errors back off and go on. A 403
// is transient too: Zalo documents it as an internal server error, so it is retried a few times
// at the normal pace, then every `maxBackoffMs` with a log line saying so, and never ends the
// loop. Other errors that cannot pass (401 bad token, 400 webhook still set, 404) stop the loop.
// Aborting the signal stops it cleanly, also in the middle of a poll.
import { log } from "../../src/log.ts";
import type { ZaloClient } from "./client.ts";
import { ZaloApiError, ZaloError } from "./errors.ts";
import type { ZaloHandler } from "./handler.ts";
import { isRetryable } from "./retry.ts";

export interface PollingOptions {
  client: ZaloClient;
  handle: ZaloHandler;
  /** Stops the loop (Ctrl-C). */
  signal: AbortSignal;
  /** Seconds each getUpdates waits for updates. Default 30. */
  pollSeconds?: number;
  /** Pause after the first failed call, in ms, doubled for each further failure in a row. Default 1000. */
  baseBackoffMs?: number;
  /** Longest pause after a failed call, in ms. Default 30 000. */
  maxBackoffMs?: number;
  /** 403s in a row retried at the normal pace; past them polling waits `maxBackoffMs` each time. Default 3. */
  forbiddenRetries?: number;
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });

const isForbidden = (err: unknown) => err instanceof ZaloApiError && err.errorCode === 403;

/** Runs until `signal` aborts (resolves) or an error that cannot pass (rejects). */
export async function runPolling(options: PollingOptions): Promise<{ updates: number }> {
  const { client, handle, signal, pollSeconds = 30, baseBackoffMs = 1000, maxBackoffMs = 30_000, forbiddenRetries = 3 } = options;
  let updates = 0;
  let failures = 0;
  let forbidden = 0;
  let webhookRemoved = false;
  while (!signal.aborted) {
    let batch;
    try {
      if (!webhookRemoved) {
        await client.deleteWebhook({ signal });
        webhookRemoved = true;
        log("info", "zalo.polling_started", { pollSeconds });
      }
      batch = await client.getUpdates({ timeout: pollSeconds }, { signal });
      failures = 0;
      forbidden = 0;
    } catch (err) {
      if (signal.aborted) break;
      if (!isRetryable(err) && !isForbidden(err)) throw err;
      failures++;
      forbidden = isForbidden(err) ? forbidden + 1 : 0;
      const method = err instanceof ZaloError ? err.method : undefined;
      if (forbidden > forbiddenRetries) {
        log("error", "zalo.poll_forbidden", {
          method,
          errorCode: 403,
          inARow: forbidden,
          retryInMs: maxBackoffMs,
          message: `${method ?? "Zalo"} answered 403 ${forbidden} times in a row; Zalo documents 403 as an internal server error, so polling goes on, every ${Math.round(maxBackoffMs / 1000)} s, until it passes`,
        });
        await pause(maxBackoffMs, signal);
        continue;
      }
      const wait = Math.min(maxBackoffMs, baseBackoffMs * 2 ** Math.min(failures - 1, 16));
      log("warn", "zalo.poll_failed", { method, errorCode: err instanceof ZaloApiError ? err.errorCode : undefined, error: (err as Error).message, retryInMs: wait });
      await pause(wait, signal);
      continue;
    }
    for (const update of batch) {
      updates++;
      const outcome = await handle(update);
      if (outcome.status !== "replied") log("info", "zalo.update_skipped", { zaloEvent: update.event_name.slice(0, 64), outcome: outcome.status });
    }
  }
  log("info", "zalo.polling_stopped", { updates });
  return { updates };
}
