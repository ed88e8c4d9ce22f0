// Long polling, for a developer's machine without a public URL: deleteWebhook (the two exclude
// each other), then getUpdates in a loop, each update through the same handler as the webhook.
// An empty poll (408) is the normal way a poll ends; other transient errors back off and go on;
// an error that cannot pass (401 bad token, 403, 404) stops the loop. Aborting the signal stops
// it cleanly, also in the middle of a poll.
import { log } from "../../src/log.ts";
import type { ZaloClient } from "./client.ts";
import { ZaloApiError } from "./errors.ts";
import type { ZaloHandler } from "./handler.ts";
import { isRetryable } from "./retry.ts";

export interface PollingOptions {
  client: ZaloClient;
  handle: ZaloHandler;
  /** Stops the loop (Ctrl-C). */
  signal: AbortSignal;
  /** Seconds each getUpdates waits for updates. Default 30. */
  pollSeconds?: number;
  /** Longest pause after a failed poll, in ms. Default 30 000. */
  maxBackoffMs?: number;
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

/** Runs until `signal` aborts (resolves) or an error that cannot pass (rejects). */
export async function runPolling(options: PollingOptions): Promise<{ updates: number }> {
  const { client, handle, signal, pollSeconds = 30, maxBackoffMs = 30_000 } = options;
  let updates = 0;
  let failures = 0;
  if (signal.aborted) return { updates };
  await client.deleteWebhook({ signal });
  log("info", "zalo.polling_started", { pollSeconds });
  while (!signal.aborted) {
    let batch;
    try {
      batch = await client.getUpdates({ timeout: pollSeconds }, { signal });
      failures = 0;
    } catch (err) {
      if (signal.aborted) break;
      if (!isRetryable(err) && err instanceof ZaloApiError) throw err;
      failures++;
      const wait = Math.min(maxBackoffMs, 1000 * 2 ** Math.min(failures - 1, 5));
      log("warn", "zalo.poll_failed", { error: (err as Error).message, retryInMs: wait });
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
