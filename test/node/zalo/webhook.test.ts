// End to end: `npm start` (wrangler dev, workerd, local D1) with ZALO_API_ROOT pointing at a fake
// Zalo Bot API on 127.0.0.1; deliveries are POSTed to /webhook/zalo and the requests the app
// makes to the fake are checked one by one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sectionAnswer, sections } from "../../../src/core/index.ts";
import { startApp, type RunningApp } from "../support/start-app.ts";
import { apiError, BOT_INFO, startFakeZalo, type FakeZalo } from "./fake-zalo.ts";
import { delivery, freshId } from "./fixtures.ts";

const TOKEN = "7391824650193847261:kQpZrTbXwYvNuMsLjHgFdSaPoIuYtReWqAzXcVbNmLkJh";
const SECRET = "zalo-webhook-secret_0123456789";
const SALT = "test-log-salt";

let fake: FakeZalo;
let app: RunningApp;

beforeAll(async () => {
  fake = await startFakeZalo(TOKEN);
  app = await startApp({ ZALO_BOT_TOKEN: TOKEN, ZALO_WEBHOOK_SECRET: SECRET, ZALO_API_ROOT: fake.url, LOG_SALT: SALT });
});
afterAll(async () => {
  await app?.stop();
  await fake?.close();
});

async function post(body: unknown, secret: string | null = SECRET): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (secret !== null) headers["X-Bot-Api-Secret-Token"] = secret;
  return fetch(`${app.url}/webhook/zalo`, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });
}

/** What the bot sent to one chat, in order: ["typing", "<text>", ...]. */
const sentTo = (chatId: string) =>
  fake.calls
    .filter((c) => c.body.chat_id === chatId && (c.method === "sendMessage" || c.method === "sendChatAction"))
    .map((c) => (c.method === "sendChatAction" ? `action:${c.body.action}` : String(c.body.text)));

const messagesTo = (chatId: string) => fake.callsTo("sendMessage", chatId).map((c) => String(c.body.text));

async function waitForOutput(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(app.output())) {
    if (Date.now() > deadline) throw new Error(`app output never matched ${pattern}:\n${app.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return app.output();
}

describe("delivery shapes", () => {
  it("answers a question typed without diacritics (unwrapped delivery): typing, then the figure and the report number", async () => {
    const chat = freshId("c");
    const res = await post(delivery("text", { chatId: chat, messageId: freshId("m"), text: "bai bo bao nhieu tthc" }));
    expect(res.status).toBe(200);
    const sent = sentTo(chat);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toBe("action:typing");
    expect(sent[1]).toContain("176");
    expect(sent[1]).toContain("627/BC-UBND");
    expect(sent[1]).toContain("20/12/2024");
    // The verbatim sentence of the report, in quotes.
    expect(sent[1]).toContain("“UBND tỉnh đã công bố 1,117 TTHC và bãi bỏ 176 TTHC");
    // Plain text: no markup of any kind.
    expect(sent[1]).not.toMatch(/<\/?[a-z]+>|\*\*|__/);
    expect(fake.calls.every((c) => c.tokenOk)).toBe(true);
  });

  it("answers the documented wrapped delivery {ok, result: {event_name, message}} the same way", async () => {
    const chat = freshId("c");
    const res = await post(delivery("text-wrapped", { chatId: chat, messageId: freshId("m"), text: "UBND tỉnh đã bãi bỏ bao nhiêu TTHC?" }));
    expect(res.status).toBe(200);
    expect(sentTo(chat)[0]).toBe("action:typing");
    expect(messagesTo(chat)).toHaveLength(1);
    expect(messagesTo(chat)[0]).toContain("176");
  });

  it("answers in English when asked in English", async () => {
    const chat = freshId("c");
    await post(delivery("text", { chatId: chat, messageId: freshId("m"), text: "How many administrative procedures were abolished?" }));
    expect(messagesTo(chat)[0]).toMatch(/^Administrative procedures abolished.*176/);
    expect(messagesTo(chat)[0]).toContain("Source: Report No. 627/BC-UBND");
  });
});

describe("the secret", () => {
  it("refuses a wrong secret with 401 and calls nothing", async () => {
    const before = fake.calls.length;
    const res = await post(delivery("text", { chatId: freshId("c"), messageId: freshId("m") }), "wrong-secret-0123456789");
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
    expect(fake.calls.length).toBe(before);
  });

  it("refuses a missing secret with 401 and calls nothing", async () => {
    const before = fake.calls.length;
    const res = await post(delivery("text", { chatId: freshId("c"), messageId: freshId("m") }), null);
    expect(res.status).toBe(401);
    expect(fake.calls.length).toBe(before);
  });
});

describe("bad and unhandled input", () => {
  it("answers malformed JSON with 400 JSON", async () => {
    const res = await post('{"event_name": "message.text.received", "message": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "invalid_json" } });
  });

  // Issue 16: a text event without a chat is no longer refused (it is acknowledged, see
  // shapes.test.ts); a field the handler reads in the wrong type still is.
  it("answers JSON that is not an update, or a field the handler reads in the wrong type, with 400", async () => {
    for (const body of [{ hello: "world" }, [1, 2], { event_name: "message.text.received", message: { message_id: "x", chat: { id: { nested: 1 } }, text: "hi" } }]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: "invalid_update" } });
    }
  });

  it("acknowledges a well-formed event it does not handle with 200 and no reply", async () => {
    const chat = freshId("c");
    const body = delivery("text", { chatId: chat, messageId: freshId("m") });
    body.event_name = "user.follow.oa";
    const res = await post(body);
    expect(res.status).toBe(200);
    expect(sentTo(chat)).toEqual([]);
  });
});

describe("long replies", () => {
  // The topic whose key figures make the longest reply (computed from the core, not the adapter).
  const withFacts = sections("vi").filter((s) => s.factIds.length > 0);
  const longest = withFacts
    .map((s, i) => ({ number: i + 1, id: s.id, answer: sectionAnswer(s.id, "vi")! }))
    .sort((a, b) => b.answer.text.length - a.answer.text.length)[0]!;

  it("lists the topics, numbered, for /chude", async () => {
    const chat = freshId("c");
    await post(delivery("text", { chatId: chat, messageId: freshId("m"), text: "/chude" }));
    const [list] = messagesTo(chat);
    withFacts.forEach((s, i) => expect(list).toContain(`${i + 1}. ${s.title}`));
  });

  it("splits a reply over 2000 characters into numbered parts at sentence boundaries, losing nothing", async () => {
    expect(longest.answer.text.length, "the knowledge base should hold a topic longer than one Zalo message").toBeGreaterThan(2000);
    const chat = freshId("c");
    await post(delivery("text", { chatId: chat, messageId: freshId("m"), text: `chủ đề ${longest.number}` }));
    const parts = messagesTo(chat);
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((p, i) => {
      expect(p.length).toBeLessThanOrEqual(2000);
      expect(p.startsWith(`(${i + 1}/${parts.length}) `)).toBe(true);
    });
    // Each part but the last ends a sentence (or a quoted sentence).
    for (const p of parts.slice(0, -1)) expect(p).toMatch(/[.!?…:]["”)]?$/);
    const all = parts.map((p) => p.replace(/^\(\d+\/\d+\) /, "")).join("\n");
    for (const h of longest.answer.highlights) expect(all).toContain(h.sentence);
    for (const c of longest.answer.citations) expect(all).toContain(`“${c.quote}”`);
    expect(all).toContain("627/BC-UBND");
  });
});

describe("deduplication", () => {
  it("replies once to a message delivered twice", async () => {
    const chat = freshId("c");
    const body = delivery("text", { chatId: chat, messageId: freshId("m"), text: "bai bo bao nhieu tthc" });
    expect((await post(body)).status).toBe(200);
    expect((await post(body)).status).toBe(200);
    expect(messagesTo(chat)).toHaveLength(1);
  });
});

describe("media and unsupported messages", () => {
  it("answers an image politely: only text is understood, with an example", async () => {
    const chat = freshId("c");
    expect((await post(delivery("image", { chatId: chat, messageId: freshId("m") }))).status).toBe(200);
    const [reply, ...rest] = messagesTo(chat);
    expect(rest).toEqual([]);
    expect(reply).toContain("chỉ hiểu câu hỏi gõ bằng chữ");
    expect(reply).toContain("hình ảnh");
    expect(reply).toMatch(/ví dụ: “.+\?”/);
  });

  it("answers a sticker the same way", async () => {
    const chat = freshId("c");
    await post(delivery("sticker", { chatId: chat, messageId: freshId("m") }));
    const [reply] = messagesTo(chat);
    expect(reply).toContain("chỉ hiểu câu hỏi gõ bằng chữ");
    expect(reply).toContain("sticker");
  });

  it("answers an unsupported message (protected user) with the help text", async () => {
    const chat = freshId("c");
    await post(delivery("unsupported", { chatId: chat, messageId: freshId("m") }));
    const [reply] = messagesTo(chat);
    expect(reply).toContain("627/BC-UBND");
    expect(reply).toContain("/chude");
    expect(reply).toContain("Ví dụ:");
  });

  it("explains itself on /start", async () => {
    const chat = freshId("c");
    await post(delivery("text", { chatId: chat, messageId: freshId("m"), text: "/start" }));
    expect(messagesTo(chat)[0]).toMatch(/^Xin chào! Trợ lý trả lời câu hỏi/);
  });
});

describe("group chats", () => {
  // Issue 16: Zalo delivers a group message to the bot only when it mentions the bot or replies
  // to it, so one without a mention is a reply to the bot and is answered (it used to be ignored).
  it("answers a group message without a mention: Zalo delivered it, so it is a reply to the bot", async () => {
    const chat = freshId("g");
    const res = await post(delivery("group-text", { chatId: chat, messageId: freshId("m") }));
    expect(res.status).toBe(200);
    expect(sentTo(chat)[0]).toBe("action:typing");
    expect(messagesTo(chat)[0]).toContain("176");
  });

  it("answers a group message that mentions the bot (no ZALO_BOT_NAME: the leading @word is removed)", async () => {
    const chat = freshId("g");
    await post(delivery("group-text", { chatId: chat, messageId: freshId("m"), text: `@${BOT_INFO.display_name} bai bo bao nhieu tthc` }));
    expect(sentTo(chat)[0]).toBe("action:typing");
    expect(messagesTo(chat)[0]).toContain("176");
    // Groups no longer need the bot's names from getMe (it returns account_name only).
    expect(fake.callsTo("getMe")).toEqual([]);
  });

  it("answers a group message that starts with a command", async () => {
    const chat = freshId("g");
    await post(delivery("group-text", { chatId: chat, messageId: freshId("m"), text: "/chude" }));
    expect(messagesTo(chat)[0]).toMatch(/^Các chủ đề của báo cáo:/);
  });
});

describe("API failures", () => {
  it("retries a 429 and delivers the message exactly once", async () => {
    const chat = freshId("c");
    fake.script("sendMessage", [apiError(429, "Too Many Requests", { retry_after: 1 })], { match: (b) => b.chat_id === chat });
    const res = await post(delivery("text", { chatId: chat, messageId: freshId("m"), text: "bai bo bao nhieu tthc" }));
    expect(res.status).toBe(200);
    const attempts = fake.callsTo("sendMessage", chat);
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect(attempts.filter((c) => c.ok)).toHaveLength(1);
    expect(attempts[0]!.body).toEqual(attempts[1]!.body);
  });

  it("does not retry a 401, answers the webhook 200, and logs the failure without the token or the user's id", async () => {
    const chat = freshId("c");
    fake.script("sendMessage", [apiError(401, "Unauthorized")], { match: (b) => b.chat_id === chat, sticky: true });
    const res = await post(delivery("text", { chatId: chat, messageId: freshId("m"), text: "bai bo bao nhieu tthc" }));
    expect(res.status).toBe(200);
    expect(fake.callsTo("sendMessage", chat)).toHaveLength(1);
    const out = await waitForOutput(/"errorCode":401.*"event":"zalo\.undelivered"/);
    const line = out.split("\n").find((l) => /"errorCode":401.*"event":"zalo\.undelivered"/.test(l))!;
    expect(line).toContain('"method":"sendMessage"');
    expect(line).toContain('"description":"Unauthorized"');
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain(TOKEN.split(":")[1]);
    expect(out).not.toContain(chat);
  });
});
