// runPolling in-process against the fake Zalo API, with short pauses: a 403 (an internal server
// error in Zalo's docs) is retried, then waited out with a clear log line, and never stops the
// loop; a refused token (401) still does.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runPolling, ZaloClient, type Outcome } from "../../../adapters/zalo/index.ts";
import type { ZaloUpdate } from "../../../adapters/zalo/updates.ts";
import { apiError, startFakeZalo, type FakeZalo } from "./fake-zalo.ts";
import { delivery, freshId } from "./fixtures.ts";

const TOKEN = "9123456789012345678:PollPollPollPollPollPollPollPoll0123456789_-ab";

// A fake per test: a poll aborted at the end of one test may still reach its fake afterwards, and
// must not take the next test's scripted replies or queued updates.
let fake: FakeZalo;
beforeEach(async () => {
  fake = await startFakeZalo(TOKEN, { emptyPollMs: 20 });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await fake.close();
});

/** Collects the log lines (parsed JSON) written from now until the test ends. */
function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  for (const level of ["log", "warn", "error"] as const) {
    vi.spyOn(console, level).mockImplementation((line: unknown) => {
      try {
        lines.push(JSON.parse(String(line)));
      } catch {}
    });
  }
  return lines;
}

function start(options: { forbiddenRetries?: number } = {}) {
  const handled: ZaloUpdate[] = [];
  const stop = new AbortController();
  const client = new ZaloClient(TOKEN, { apiRoot: fake.url, retry: { maxAttempts: 1 } });
  const handle = async (u: ZaloUpdate): Promise<Outcome> => {
    handled.push(u);
    return { status: "replied", parts: 1 };
  };
  const run = runPolling({ client, handle, signal: stop.signal, pollSeconds: 1, baseBackoffMs: 5, maxBackoffMs: 40, ...options });
  return { handled, stop, run };
}

describe("runPolling and 403", () => {
  it("retries getUpdates after 403s, logs clearly once it waits longer, and goes on to deliver the next update", async () => {
    const logs = captureLogs();
    fake.script("getUpdates", Array.from({ length: 5 }, () => apiError(403, "Forbidden")));
    const messageId = freshId("m");
    fake.queueUpdates(delivery("text", { chatId: freshId("c"), messageId }));
    const { handled, stop, run } = start({ forbiddenRetries: 3 });
    try {
      await fake.waitFor((calls) => calls.some((c) => c.method === "getUpdates" && c.status === 200), 10_000);
      await vi.waitFor(() => expect(handled).toHaveLength(1), { timeout: 5_000 });
    } finally {
      stop.abort(new Error("stopped by test"));
    }
    expect(await run).toEqual({ updates: 1 });
    expect(handled[0]!.message?.message_id).toBe(messageId);
    expect(fake.callsTo("getUpdates").slice(0, 6).map((c) => c.status)).toEqual([403, 403, 403, 403, 403, 200]);
    // Three retries at the normal pace, then two waits of the longest pause, each saying why.
    const failed = logs.filter((l) => l.event === "zalo.poll_failed");
    const forbidden = logs.filter((l) => l.event === "zalo.poll_forbidden");
    expect(failed.map((l) => l.errorCode)).toEqual([403, 403, 403]);
    expect(forbidden.map((l) => [l.level, l.inARow, l.retryInMs])).toEqual([
      ["error", 4, 40],
      ["error", 5, 40],
    ]);
    expect(String(forbidden[0]!.message)).toMatch(/getUpdates answered 403 4 times in a row; .*internal server error.*polling goes on/);
  });

  it("retries a 403 on deleteWebhook at start too, then polls", async () => {
    captureLogs();
    fake.script("deleteWebhook", [apiError(403, "Forbidden"), apiError(403, "Forbidden")]);
    fake.queueUpdates(delivery("sticker", { chatId: freshId("c"), messageId: freshId("m") }));
    const { handled, stop, run } = start();
    try {
      await vi.waitFor(() => expect(handled).toHaveLength(1), { timeout: 5_000 });
    } finally {
      stop.abort(new Error("stopped by test"));
    }
    await run;
    expect(fake.calls.slice(0, 4).map((c) => [c.method, c.status])).toEqual([
      ["deleteWebhook", 403],
      ["deleteWebhook", 403],
      ["deleteWebhook", 200],
      ["getUpdates", 200],
    ]);
  });

  it("still stops on a refused token (401), without retrying", async () => {
    captureLogs();
    fake.script("getUpdates", [apiError(401, "Unauthorized")]);
    const { handled, run } = start();
    await expect(run).rejects.toMatchObject({ errorCode: 401 });
    expect(handled).toEqual([]);
    expect(fake.callsTo("getUpdates")).toHaveLength(1);
  });
});
