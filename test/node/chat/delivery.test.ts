// The delivery discipline (issue 12) against `npm start` and Bot API stand-ins that misbehave on
// demand: whatever the Bot API does (hang, answer slowly, reset the connection, answer with a
// proxy's HTML page or with a 200 that is not JSON, 429, 5xx), the webhook answers within its
// deadline, and each reply reaches the user exactly once: retried only when the API said it was
// not done, never after a request that may have arrived. Short time limits (CHAT_TIMINGS) keep it
// quick; the bounds asserted are the webhook's deadline plus a generous 3 s.
import { describe, expect, it } from "vitest";
import type { Fault } from "./support/faulty-api.ts";
import { d1, postTelegram, postZalo, sleep, tgText, useChatStack, zaloId, zaloText } from "./support/stack.ts";

const TIMINGS = { webhookDeadlineMs: 2000, workDeadlineMs: 9000, callTimeoutMs: 3000, typingTimeoutMs: 500, getMeTimeoutMs: 1000 };
const BOUND_MS = TIMINGS.webhookDeadlineMs + 3000;
// Without TELEGRAM_BOT_INFO: the bot asks getMe, which may hang too.
const s = useChatStack({ CHAT_TIMINGS: JSON.stringify(TIMINGS) }, { botInfo: false });

let nextUser = 6_100_000_001;
const QUESTION = "bn tthc dc cong bo";

interface Case {
  name: string;
  faults: Fault[];
  /** sendMessage requests the bot makes in all. */
  attempts: number;
}

// Each reply is carried out once: after the faults that did not carry it out, or despite the one that did.
const CASES: Case[] = [
  { name: "a connection reset before any answer (retried)", faults: ["reset"], attempts: 2 },
  { name: "a proxy's 502 page that is not JSON (retried)", faults: ["html502"], attempts: 2 },
  { name: "a 429 with retry_after 1 (retried after it)", faults: [{ status: 429, description: "Too Many Requests: retry after 1", retryAfter: 1 }], attempts: 2 },
  { name: "two 429s in a row", faults: [{ status: 429, retryAfter: 1 }, { status: 429, retryAfter: 1 }], attempts: 3 },
  { name: "two 500s in a row", faults: [{ status: 500, description: "Internal Server Error" }, { status: 502, description: "Bad Gateway" }], attempts: 3 },
  { name: "a 200 whose body is not JSON (done: not repeated)", faults: ["garbage200"], attempts: 1 },
  { name: "a slow answer within the call's time limit", faults: [{ slowMs: 1500 }], attempts: 1 },
  { name: "an answer slower than the call's time limit (may have arrived: not repeated)", faults: [{ slowMs: 4500 }], attempts: 1 },
  { name: "a hanging request (may have arrived: not repeated)", faults: ["hang"], attempts: 1 },
];

describe("Telegram without TELEGRAM_BOT_INFO", () => {
  it("answers although getMe hangs, and asks getMe again for the next update instead of waiting on the first", async () => {
    s.telegram.fail("getMe", ["hang"]);
    const [a, b] = [nextUser++, nextUser++];
    const first = await postTelegram(s.app, tgText(a, QUESTION));
    expect(first.status).toBe(200);
    expect(first.ms).toBeLessThan(BOUND_MS);
    expect(s.telegram.doneOf("sendMessage", a)).toHaveLength(1);
    const second = await postTelegram(s.app, tgText(b, QUESTION));
    expect(second.status).toBe(200);
    expect(s.telegram.doneOf("sendMessage", b)).toHaveLength(1);
    expect(s.telegram.calls.filter((c) => c.method === "getMe")).toHaveLength(2);
  });
});

describe.each([
  ["Telegram", "telegram"],
  ["Zalo", "zalo"],
] as const)("%s under a misbehaving Bot API", (_name, platform) => {
  const api = () => (platform === "telegram" ? s.telegram : s.zalo);
  const newChat = () => (platform === "telegram" ? nextUser++ : zaloId("f"));
  const deliver = (chat: string | number, text: string, update?: unknown) =>
    platform === "telegram" ? postTelegram(s.app, update ?? tgText(chat as number, text)) : postZalo(s.app, update ?? zaloText(chat as string, text));
  const attemptsTo = (chat: string | number) => api().calls.filter((c) => c.method === "sendMessage" && String(c.body.chat_id) === String(chat));

  // (Concurrently: each case has its own chat, and the faults are scripted per chat.)
  it.concurrent.each(CASES)("$name: the webhook answers in time and the reply arrives once", async ({ faults, attempts }) => {
    const chat = newChat();
    api().fail("sendMessage", faults, chat);
    const res = await deliver(chat, QUESTION);
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(BOUND_MS);
    await api().waitFor(() => attemptsTo(chat).length >= attempts, 12_000, `${attempts} sendMessage requests`);
    // Past every time limit of the update: nothing more comes.
    await sleep(TIMINGS.callTimeoutMs + 500);
    expect(attemptsTo(chat)).toHaveLength(attempts);
    expect(api().doneOf("sendMessage", chat)).toHaveLength(1);
    expect(String(api().doneOf("sendMessage", chat)[0]!.body.text)).toContain("1.117");
  });

  it("a 429 whose retry_after passes the webhook's deadline: the webhook answers in time, the reply follows once", async () => {
    const chat = newChat();
    api().fail("sendMessage", [{ status: 429, retryAfter: 4 }], chat);
    const res = await deliver(chat, QUESTION);
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(BOUND_MS);
    if (platform === "zalo") expect(JSON.parse(res.body)).toEqual({ ok: true, outcome: "accepted" });
    await api().waitFor(() => api().doneOf("sendMessage", chat).length === 1, 12_000, "the reply");
    expect(attemptsTo(chat)).toHaveLength(2);
  });

  it("a 429 whose retry_after passes every deadline: not sent, counted, and a redelivery of the update is answered", async () => {
    const chat = newChat();
    api().fail("sendMessage", [{ status: 429, description: "Too Many Requests: retry after 30", retryAfter: 30 }], chat);
    const update = platform === "telegram" ? tgText(chat as number, QUESTION) : zaloText(chat as string, QUESTION);
    const res = await deliver(chat, QUESTION, update);
    expect(res.ms).toBeLessThan(BOUND_MS);
    // Telegram is asked to deliver the update again (503); Zalo is not (200), it does not need to be.
    expect(res.status).toBe(platform === "telegram" ? 503 : 200);
    expect(api().doneOf("sendMessage", chat)).toEqual([]);
    const again = await deliver(chat, QUESTION, update);
    expect(again.status).toBe(200);
    expect(api().doneOf("sendMessage", chat)).toHaveLength(1);
    expect(attemptsTo(chat)).toHaveLength(2);
    const counted = await d1<{ n: number }>(s.app, `SELECT SUM(count) AS n FROM undelivered_replies WHERE platform = '${platform}' AND reason = 'not-done:rate-limited past the deadline'`);
    expect(counted[0]!.n).toBeGreaterThanOrEqual(1);
    expect(s.app.output()).toMatch(new RegExp(`"reason":"rate-limited past the deadline".*"event":"${platform}\\.undelivered"`));
  });
});

describe("Zalo's typing indicator", () => {
  it("is best effort: a hanging sendChatAction is not retried and does not hold the reply", async () => {
    const chat = zaloId("t");
    s.zalo.fail("sendChatAction", ["hang"], chat);
    const res = await postZalo(s.app, zaloText(chat, QUESTION));
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(BOUND_MS);
    expect(s.zalo.doneOf("sendMessage", chat)).toHaveLength(1);
    await sleep(TIMINGS.callTimeoutMs);
    expect(s.zalo.calls.filter((c) => c.method === "sendChatAction" && c.body.chat_id === chat)).toHaveLength(1);
  });
});
