// The Zalo Bot API client against the fake API: request shapes, the error type, which failures
// are retried and how long it waits, and that the token never leaks into errors or logs.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ZaloApiError, ZaloClient, ZaloNetworkError, ZaloRequestError } from "../../../adapters/zalo/index.ts";
import { freePort } from "../support/start-app.ts";
import { apiError, BOT_INFO, startFakeZalo, type FakeZalo } from "./fake-zalo.ts";
import { delivery } from "./fixtures.ts";

const TOKEN = "8123456789012345678:AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdefghij";

let fake: FakeZalo;
beforeAll(async () => {
  fake = await startFakeZalo(TOKEN, { emptyPollMs: 20 });
});
afterAll(() => fake.close());
afterEach(() => {
  fake.reset();
  vi.restoreAllMocks();
});

/** A client whose waits are recorded instead of slept. */
function client(options: ConstructorParameters<typeof ZaloClient>[1] = {}) {
  const waits: number[] = [];
  const c = new ZaloClient(TOKEN, { apiRoot: fake.url, sleep: async (ms) => void waits.push(ms), ...options });
  return { c, waits };
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a rejection");
}

describe("requests", () => {
  it("POSTs JSON to ${root}/bot${token}/${method} and returns the validated result", async () => {
    const { c } = client();
    expect(await c.getMe()).toMatchObject(BOT_INFO);
    const sent = await c.sendMessage({ chat_id: "abc.xyz", text: "Xin chào" });
    expect(sent.message_id).toMatch(/^sent/);
    expect(await c.sendChatAction({ chat_id: "abc.xyz", action: "typing" })).toBe(true);
    await c.sendPhoto({ chat_id: "abc.xyz", photo: "https://placehold.co/600x400", caption: "Ảnh" });
    expect(fake.calls.map((x) => [x.method, x.tokenOk, x.body])).toEqual([
      ["getMe", true, {}],
      ["sendMessage", true, { chat_id: "abc.xyz", text: "Xin chào" }],
      ["sendChatAction", true, { chat_id: "abc.xyz", action: "typing" }],
      ["sendPhoto", true, { chat_id: "abc.xyz", photo: "https://placehold.co/600x400", caption: "Ảnh" }],
    ]);
  });

  it("sets, reads and deletes the webhook", async () => {
    const { c } = client();
    const set = await c.setWebhook({ url: "https://cchc.example.workers.dev/webhook/zalo", secret_token: "s3cret-token" });
    expect(set.url).toBe("https://cchc.example.workers.dev/webhook/zalo");
    expect((await c.getWebhookInfo()).url).toBe("https://cchc.example.workers.dev/webhook/zalo");
    expect((await c.deleteWebhook()).url).toBe("");
    expect(fake.calls.map((x) => x.method)).toEqual(["setWebhook", "getWebhookInfo", "deleteWebhook"]);
    expect(fake.calls[0]!.body).toEqual({ url: "https://cchc.example.workers.dev/webhook/zalo", secret_token: "s3cret-token" });
  });

  it("checks parameters against the documented limits and sends nothing when they break them", async () => {
    const { c } = client();
    for (const call of [
      () => c.sendMessage({ chat_id: "a", text: "" }),
      () => c.sendMessage({ chat_id: "a", text: "x".repeat(2001) }),
      () => c.setWebhook({ url: "http://insecure.example/webhook", secret_token: "s3cret-token" }),
      () => c.setWebhook({ url: "https://ok.example/webhook", secret_token: "short" }),
      () => c.sendChatAction({ chat_id: "a", action: "dancing" as "typing" }),
      () => c.sendPhoto({ chat_id: "a", photo: "not a url" }),
    ]) {
      expect(await rejection(call())).toBeInstanceOf(ZaloRequestError);
    }
    expect(await c.sendMessage({ chat_id: "a", text: "x".repeat(2000) })).toBeTruthy();
    expect(fake.calls).toHaveLength(1);
  });

  it("rejects a token that cannot sit in a URL path, without echoing it", () => {
    expect(() => new ZaloClient("")).toThrow(TypeError);
    expect(() => new ZaloClient("123:abc/def")).toThrow(/token/);
    expect(() => new ZaloClient("123:abc/def")).not.toThrow(/abc/);
  });

  it("takes the API root with or without a trailing slash", async () => {
    const { c } = client({ apiRoot: `${fake.url}/` });
    await c.getMe();
    expect(fake.calls[0]!.tokenOk).toBe(true);
  });
});

describe("errors and retries", () => {
  it("turns {ok:false, error_code, description} into a ZaloApiError carrying both, and does not retry a 401", async () => {
    const { c, waits } = client();
    fake.script("sendMessage", [apiError(401, "Unauthorized")]);
    const err = await rejection(c.sendMessage({ chat_id: "a", text: "hi" }));
    expect(err).toBeInstanceOf(ZaloApiError);
    expect(err).toMatchObject({ method: "sendMessage", errorCode: 401, description: "Unauthorized" });
    expect(err.message).toBe("Zalo sendMessage failed: 401 Unauthorized");
    expect(fake.calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("reads an error reported with HTTP 200 and ok:false", async () => {
    const { c } = client();
    fake.script("sendMessage", [{ status: 200, body: { ok: false, error_code: 403, description: "Forbidden: user blocked the bot" } }]);
    expect(await rejection(c.sendMessage({ chat_id: "a", text: "hi" }))).toMatchObject({ errorCode: 403, description: "Forbidden: user blocked the bot" });
    expect(fake.calls).toHaveLength(1);
  });

  it("retries a 429 after the retry_after it was given, and succeeds", async () => {
    const { c, waits } = client();
    fake.script("sendMessage", [apiError(429, "Too Many Requests", { retry_after: 2 })]);
    await c.sendMessage({ chat_id: "a", text: "hi" });
    expect(fake.calls.map((x) => x.status)).toEqual([429, 200]);
    expect(waits).toEqual([2000]);
  });

  it("honours a Retry-After header too", async () => {
    const { c, waits } = client();
    fake.script("sendMessage", [{ ...apiError(429, "Too Many Requests"), headers: { "retry-after": "1" } }]);
    await c.sendMessage({ chat_id: "a", text: "hi" });
    expect(waits).toEqual([1000]);
  });

  it("does not wait longer than the policy allows: a retry_after past the cap fails at once", async () => {
    const { c, waits } = client({ retry: { maxDelayMs: 5000 } });
    fake.script("sendMessage", [apiError(429, "Too Many Requests", { retry_after: 60 })]);
    expect(await rejection(c.sendMessage({ chat_id: "a", text: "hi" }))).toMatchObject({ errorCode: 429, retryAfter: 60 });
    expect(fake.calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("retries 5xx and 408 with growing, bounded backoff, then gives up after maxAttempts", async () => {
    const { c, waits } = client({ retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 250 } });
    fake.script("getMe", [apiError(502, "Bad Gateway"), apiError(408, "Request timeout"), apiError(503, "Unavailable"), apiError(500, "Internal")]);
    expect(await rejection(c.getMe())).toMatchObject({ errorCode: 500 });
    expect(fake.calls.map((x) => x.status)).toEqual([502, 408, 503, 500]);
    expect(waits).toHaveLength(3);
    // Equal jitter: each wait between half and all of min(cap, base·2^n).
    expect(waits[0]).toBeGreaterThanOrEqual(50);
    expect(waits[0]).toBeLessThanOrEqual(100);
    expect(waits[1]).toBeGreaterThanOrEqual(100);
    expect(waits[2]).toBeLessThanOrEqual(250);
  });

  it("does not retry other 4xx", async () => {
    const { c } = client();
    fake.script("sendMessage", [apiError(400, "Bad Request: chat not found"), apiError(400, "again")]);
    expect(await rejection(c.sendMessage({ chat_id: "a", text: "hi" }))).toMatchObject({ errorCode: 400 });
    expect(fake.calls).toHaveLength(1);
  });

  it("treats a body that is not JSON (a proxy's 502 page) as a retryable API error", async () => {
    const { c } = client();
    fake.script("getMe", [{ status: 502, body: "<html>Bad Gateway</html>" }]);
    expect(await c.getMe()).toMatchObject({ id: BOT_INFO.id });
    expect(fake.calls.map((x) => x.status)).toEqual([502, 200]);
  });

  it("reports a result of the wrong shape as an error instead of returning it", async () => {
    const { c } = client();
    fake.script("sendMessage", [{ body: { ok: true, result: { date: 1 } } }]);
    expect(await rejection(c.sendMessage({ chat_id: "a", text: "hi" }))).toMatchObject({ errorCode: 200, description: expect.stringMatching(/unexpected result: message_id/) });
  });

  it("reports a server that does not answer as a ZaloNetworkError, retried, without the token", async () => {
    const port = await freePort();
    const waits: number[] = [];
    const c = new ZaloClient(TOKEN, { apiRoot: `http://127.0.0.1:${port}`, sleep: async (ms) => void waits.push(ms) });
    const err = await rejection(c.getMe());
    expect(err).toBeInstanceOf(ZaloNetworkError);
    expect(waits).toHaveLength(2);
    expect(err.message).not.toContain(TOKEN.split(":")[1]);
    expect(String(err.stack)).not.toContain(TOKEN.split(":")[1]);
  });

  it("never puts the token in an error or a log line, even when the API echoes it", async () => {
    const logged: string[] = [];
    for (const level of ["log", "warn", "error"] as const) vi.spyOn(console, level).mockImplementation((...a) => void logged.push(a.join(" ")));
    const { c } = client();
    fake.script("sendMessage", [apiError(500, `boom at /bot${TOKEN}/sendMessage`), apiError(400, `invalid token ${TOKEN}`)]);
    const err = await rejection(c.sendMessage({ chat_id: "a", text: "hi" }));
    expect(err).toBeInstanceOf(ZaloApiError);
    expect(logged.length).toBeGreaterThan(0); // the retry was logged
    for (const text of [err.message, (err as ZaloApiError).description, String(err.stack), ...logged]) {
      expect(text).not.toContain(TOKEN.split(":")[1]);
    }
  });

  it("stops waiting and rejects with the abort reason when the caller aborts", async () => {
    const c = new ZaloClient(TOKEN, { apiRoot: fake.url, retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    fake.script("getMe", [apiError(503, "Unavailable")]);
    const stop = new AbortController();
    const p = c.getMe({ signal: stop.signal });
    await fake.waitFor((calls) => calls.length === 1);
    stop.abort(new Error("stopped by test"));
    expect((await rejection(p)).message).toBe("stopped by test");
  });
});

describe("getUpdates", () => {
  it("treats the 408 of an empty poll as no updates, without retrying", async () => {
    const { c, waits } = client();
    expect(await c.getUpdates({ timeout: 1 })).toEqual([]);
    expect(fake.calls.map((x) => [x.method, x.status, x.body])).toEqual([["getUpdates", 408, { timeout: "1" }]]);
    expect(waits).toEqual([]);
  });

  it("reads one update (the documented shape) and a list of updates", async () => {
    const { c } = client();
    const one = delivery("text", { messageId: "m1" });
    fake.queueUpdates(one);
    expect((await c.getUpdates({ timeout: 1 })).map((u) => u.message?.message_id)).toEqual(["m1"]);
    fake.queueUpdates([delivery("text", { messageId: "m2" }), delivery("sticker", { messageId: "m3" })]);
    expect((await c.getUpdates({ timeout: 1 })).map((u) => [u.event_name, u.message?.message_id])).toEqual([
      ["message.text.received", "m2"],
      ["message.sticker.received", "m3"],
    ]);
  });

  it("refuses a poll timeout outside 1–60 s", async () => {
    const { c } = client();
    expect(await rejection(c.getUpdates({ timeout: 0 }))).toBeInstanceOf(ZaloRequestError);
    expect(await rejection(c.getUpdates({ timeout: 600 }))).toBeInstanceOf(ZaloRequestError);
  });
});
