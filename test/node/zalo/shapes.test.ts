// End to end (`npm start`, fake Zalo Bot API on 127.0.0.1) with ZALO_BOT_NAME set: every shape a
// real delivery takes is answered, or acknowledged and ignored, and never refused with 400.
// Group messages reach the bot only when they mention it or reply to it, so they are answered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toMessages } from "../../../adapters/zalo/render.ts";
import { ask } from "../../../src/core/index.ts";
import { startApp, type RunningApp } from "../support/start-app.ts";
import { startFakeZalo, type FakeZalo } from "./fake-zalo.ts";
import { delivery, freshId, type FixtureName } from "./fixtures.ts";

const TOKEN = "7391824650193847262:ShapesShapesShapesShapesShapes0123456789_-xy";
const SECRET = "zalo-webhook-secret_shapes_0123";
const BOT_NAME = "Trợ lý CCHC";

let fake: FakeZalo;
let app: RunningApp;

beforeAll(async () => {
  fake = await startFakeZalo(TOKEN);
  app = await startApp({ ZALO_BOT_TOKEN: TOKEN, ZALO_WEBHOOK_SECRET: SECRET, ZALO_API_ROOT: fake.url, ZALO_BOT_NAME: BOT_NAME, LOG_SALT: "shapes-salt" });
});
afterAll(async () => {
  await app?.stop();
  await fake?.close();
});

async function post(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${app.url}/webhook/zalo`, {
    method: "POST",
    headers: { "content-type": "application/json", "X-Bot-Api-Secret-Token": SECRET },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const messagesTo = (chatId: string) => fake.callsTo("sendMessage", chatId).map((c) => String(c.body.text));
const actionsTo = (chatId: string) => fake.callsTo("sendChatAction", chatId).map((c) => String(c.body.action));

/** The reply the bot gives to `question` typed as text, as Zalo messages. */
const expectedReply = (question: string) => {
  const answer = ask(question);
  // An answer with figures ends with the "đúng"/"sai" line (feedback); the ref itself is not shown.
  return toMessages({ lang: answer.lang, body: { type: "answer", answer }, feedback: answer.answered ? "ref" : undefined }, { chatId: "c" }).map((m) => m.text);
};

async function waitForOutput(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(app.output())) {
    if (Date.now() > deadline) throw new Error(`app output never matched ${pattern}:\n${app.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return app.output();
}

describe("media of every kind gets the polite text-only reply", () => {
  const cases: [FixtureName | "future", string][] = [
    ["sticker-object", "sticker"], // sticker as an object {id, category}
    ["image-photo", "hình ảnh"], // the docs' `photo` field
    ["image-null-caption", "hình ảnh"], // photo_url as an object, caption and text null
    ["voice", "tin nhắn thoại"],
    ["file", "tệp đính kèm"],
    ["location", "vị trí"],
    ["future", "loại tin nhắn này"], // a message.*.received kind Zalo adds later
  ];

  it.each(cases)("%s: 200 and one reply naming %s", async (name, what) => {
    const chat = freshId("c");
    const body = delivery(name === "future" ? "voice" : name, { chatId: chat, messageId: freshId("m") });
    if (name === "future") body.event_name = "message.video_note.received";
    const res = await post(body);
    expect(res).toEqual({ status: 200, json: { ok: true, outcome: "replied" } });
    const [reply, ...rest] = messagesTo(chat);
    expect(rest).toEqual([]);
    expect(reply).toContain(`Trợ lý chỉ hiểu câu hỏi gõ bằng chữ, chưa đọc được ${what}.`);
    expect(reply).toContain("/chude");
    // No typing indicator for media: nothing is being composed.
    expect(actionsTo(chat)).toEqual([]);
  });
});

describe("text with odd fields", () => {
  it("answers a text whose date is in seconds, is_bot a string, display_name null and chat_type lower case", async () => {
    const chat = freshId("c");
    const res = await post(delivery("text-date-seconds", { chatId: chat, messageId: freshId("m") }));
    expect(res.status).toBe(200);
    expect(actionsTo(chat)).toEqual(["typing"]);
    expect(messagesTo(chat)).toEqual(expectedReply("bai bo bao nhieu tthc"));
    expect(messagesTo(chat)[0]).toContain("176");
  });

  it("answers a message without a sender (no `from`)", async () => {
    const chat = freshId("c");
    const res = await post(delivery("unsupported-no-from", { chatId: chat, messageId: freshId("m") }));
    expect(res).toEqual({ status: 200, json: { ok: true, outcome: "replied" } });
    expect(messagesTo(chat)[0]).toMatch(/^Xin chào! Trợ lý trả lời câu hỏi/);
  });

  it("stays silent on a message from a bot, even when is_bot is the string 'true'", async () => {
    const chat = freshId("c");
    const body = delivery("text", { chatId: chat, messageId: freshId("m"), text: "bai bo bao nhieu tthc" });
    body.message.from.is_bot = "true";
    expect(await post(body)).toEqual({ status: 200, json: { ok: true, outcome: "ignored" } });
    expect(fake.callsTo("sendMessage", chat)).toEqual([]);
  });
});

describe("deliveries without what is needed to answer: acknowledged, logged, never 400", () => {
  it("acknowledges a probe (a known event and nothing else), unwrapped or wrapped, and logs what it lacks", async () => {
    const before = fake.calls.length;
    expect(await post(delivery("probe"))).toEqual({ status: 200, json: { ok: true, outcome: "ignored" } });
    expect(await post({ ok: true, result: delivery("probe") })).toEqual({ status: 200, json: { ok: true, outcome: "ignored" } });
    expect(fake.calls.length).toBe(before);
    const out = await waitForOutput(/"missing":\["message"\].*"event":"zalo\.update_incomplete"/);
    expect(out).toMatch(/"zaloEvent":"message\.unsupported\.received","missing":\["message"\],"level":"warn","event":"zalo\.update_incomplete"/);
  });

  it("acknowledges a text event whose text is null, and logs the field, not the message", async () => {
    const chat = freshId("c");
    expect(await post(delivery("text-null", { chatId: chat, messageId: freshId("m") }))).toEqual({ status: 200, json: { ok: true, outcome: "ignored" } });
    expect(fake.callsTo("sendMessage", chat)).toEqual([]);
    expect(fake.callsTo("sendChatAction", chat)).toEqual([]);
    const out = await waitForOutput(/"missing":\["message\.text"\]/);
    expect(out).not.toContain(chat);
  });

  it("acknowledges a text event without a chat", async () => {
    const res = await post({ event_name: "message.text.received", message: { message_id: freshId("m"), text: "bai bo bao nhieu tthc", from: { id: "u1" } } });
    expect(res).toEqual({ status: 200, json: { ok: true, outcome: "ignored" } });
  });
});

describe("group messages (delivered only when they mention the bot or reply to it)", () => {
  it("answers a mention by display name, the mention removed", async () => {
    const chat = freshId("g");
    const res = await post(delivery("group-mention", { chatId: chat, messageId: freshId("m") }));
    expect(res.status).toBe(200);
    expect(actionsTo(chat)).toEqual(["typing"]);
    // Exactly the reply to the question without "@Trợ lý CCHC".
    expect(messagesTo(chat)).toEqual(expectedReply("bao nhiêu tthc được công bố"));
    expect(messagesTo(chat)[0]).toContain("1.117");
  });

  it("answers a reply to the bot, which carries no mention", async () => {
    const chat = freshId("g");
    await post(delivery("group-reply", { chatId: chat, messageId: freshId("m") }));
    expect(messagesTo(chat)).toEqual(expectedReply("thế còn bãi bỏ bao nhiêu TTHC?"));
    expect(messagesTo(chat)[0]).toContain("176");
  });

  // A bare mention shows that ZALO_BOT_NAME reached the worker: without it, "@Trợ lý CCHC" would
  // leave "lý CCHC" to be asked as a question.
  it("keeps a command after the mention, and answers a bare mention with the help text", async () => {
    const [a, b] = [freshId("g"), freshId("g")];
    await post(delivery("group-mention", { chatId: a, messageId: freshId("m"), text: `@${BOT_NAME} /chude` }));
    await post(delivery("group-mention", { chatId: b, messageId: freshId("m"), text: `@${BOT_NAME}` }));
    expect(messagesTo(a)[0]).toMatch(/^Các chủ đề của báo cáo:/);
    expect(messagesTo(b)[0]).toMatch(/^Xin chào! Trợ lý trả lời câu hỏi/);
  });

  it("answers media sent to the bot in a group with the text-only reply", async () => {
    const chat = freshId("g");
    const body = delivery("sticker-object", { chatId: chat, messageId: freshId("m") });
    body.message.chat.chat_type = "GROUP";
    await post(body);
    expect(messagesTo(chat)[0]).toContain("chưa đọc được sticker");
  });
});
