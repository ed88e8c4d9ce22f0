// Handing a question to an official, end to end against `npm start` with HANDOFF_TELEGRAM_CHAT_ID
// set: a citizen's declined question on Zalo (or in a private Telegram chat) goes to the officials'
// Telegram group with a case code and nothing that identifies the citizen; an official's reply to
// that post reaches the citizen exactly once — also when Telegram redelivers the reply, when a
// second official replies, and when Zalo answers 429 first — and the official is told.
import { describe, expect, it } from "vitest";
import { checkTelegramHtml } from "../telegram/support/telegram-html.ts";
import { d1, d1Dump, OFFICIALS, officialReply, postTelegram, postZalo, sleep, textsTo, tgTap, tgText, useChatStack, zaloId, zaloText } from "./support/stack.ts";

// Codes expire after 7 days in production; 10 s here, so expiry can be seen.
const TTL_MS = 10_000;
const s = useChatStack({ HANDOFF_TELEGRAM_CHAT_ID: String(OFFICIALS), CHAT_TIMINGS: JSON.stringify({ handoffTtlMs: TTL_MS }) });

const DECLINED = "Giá vàng hôm nay bao nhiêu?";
const OFFICIAL = 6100200300;
const CITIZEN_NAME = "Nguyễn Văn Ánh";
const citizens: string[] = [];
let nextPost = 90_000;

const zaloCitizen = () => {
  const id = zaloId("z");
  citizens.push(id);
  return id;
};

/** What the citizen on Zalo received, after `from`. */
const zaloInbox = (chat: string, from = 0) => textsTo(s.zalo, chat).slice(from);

/** The bot's posts to the officials' group, newest last, as officials read them. */
const posts = () => s.telegram.doneOf("sendMessage", OFFICIALS).filter((c) => !c.body.reply_parameters);
const acks = () => s.telegram.doneOf("sendMessage", OFFICIALS).filter((c) => c.body.reply_parameters);
const plain = (html: string) => checkTelegramHtml(html).plain;

async function say(chat: string, text: string): Promise<string[]> {
  const before = zaloInbox(chat).length;
  const res = await postZalo(s.app, zaloText(chat, text, zaloId("m"), CITIZEN_NAME));
  expect(res.status).toBe(200);
  return zaloInbox(chat, before);
}

/** A Zalo citizen asks what the report cannot answer and accepts the offer: the case's post. */
async function openCase(chat: string, question = DECLINED) {
  const [declined] = await say(chat, question);
  expect(declined).toMatch(/Gửi câu hỏi này cho cán bộ\? Trả lời “có” để gửi\.$/);
  const before = posts().length;
  const [sent] = await say(chat, "có");
  expect(posts()).toHaveLength(before + 1);
  const post = plain(String(posts().at(-1)!.body.text));
  const code = /^#([A-Z0-9]{4}) /.exec(post)![1]!;
  expect(sent).toBe(`Đã gửi câu hỏi cho cán bộ (mã #${code}). Câu trả lời sẽ được gửi cho bạn tại đây, trong vòng 7 ngày.`);
  return { code, post, postId: nextPost++ };
}

describe("a Zalo citizen's question, answered by an official on Telegram", () => {
  it("goes to the officials' group with a case code and nothing that identifies the citizen", async () => {
    const chat = zaloCitizen();
    const { code, post } = await openCase(chat);
    expect(post).toBe(
      `#${code} · Câu hỏi của người dân (qua Zalo), trợ lý chưa trả lời được:\n“${DECLINED}”\n\n` +
        // 7 days in production; the 10 s of this test round to 0.
        "Trả lời (reply) tin nhắn này để gửi câu trả lời cho người hỏi. Mã hết hạn sau 0 ngày.",
    );
    expect(post).not.toContain(chat);
    expect(post).not.toContain(CITIZEN_NAME);
  });

  it("relays the official's reply once, tells the official, and ignores a redelivery and a second reply", async () => {
    const chat = zaloCitizen();
    const { code, post, postId } = await openCase(chat);
    const inbox = zaloInbox(chat).length;
    const reply = officialReply(OFFICIAL, "Giá vàng không thuộc báo cáo CCHC; bạn xem tại website của Ngân hàng Nhà nước.", { text: post }, postId);
    expect((await postTelegram(s.app, reply)).status).toBe(200);
    expect(zaloInbox(chat, inbox)).toEqual([
      `Cán bộ trả lời câu hỏi #${code} của bạn:\n“${DECLINED}”\n\nGiá vàng không thuộc báo cáo CCHC; bạn xem tại website của Ngân hàng Nhà nước.`,
    ]);
    const ack = acks().at(-1)!.body;
    expect(ack.reply_parameters).toMatchObject({ message_id: reply.message.message_id });
    expect(plain(String(ack.text))).toBe(`✅ Đã chuyển câu trả lời cho người hỏi (#${code}).`);

    // Telegram delivers the same update again: nothing more is sent anywhere.
    const acked = acks().length;
    expect((await postTelegram(s.app, reply)).status).toBe(200);
    // Another official answers the same post: told it was answered; the citizen gets nothing more.
    const second = officialReply(OFFICIAL + 1, "Một câu trả lời khác.", { text: post }, postId);
    await postTelegram(s.app, second);
    expect(zaloInbox(chat, inbox)).toHaveLength(1);
    expect(acks()).toHaveLength(acked + 1);
    expect(plain(String(acks().at(-1)!.body.text))).toBe(`Câu hỏi #${code} đã được trả lời; câu trả lời này không được chuyển thêm.`);
  });

  it("relays once when Zalo first answers 429", async () => {
    const chat = zaloCitizen();
    const { code, post, postId } = await openCase(chat);
    s.zalo.fail("sendMessage", [{ status: 429, description: "Too Many Requests", retryAfter: 1 }], chat);
    const inbox = zaloInbox(chat).length;
    await postTelegram(s.app, officialReply(OFFICIAL, "Trả lời sau 429.", { text: post }, postId));
    expect(zaloInbox(chat, inbox)).toEqual([`Cán bộ trả lời câu hỏi #${code} của bạn:\n“${DECLINED}”\n\nTrả lời sau 429.`]);
    expect(s.zalo.calls.filter((c) => c.method === "sendMessage" && c.body.chat_id === chat).slice(-2).map((c) => c.body.text)).toEqual([
      zaloInbox(chat).at(-1),
      zaloInbox(chat).at(-1),
    ]);
    expect(plain(String(acks().at(-1)!.body.text))).toBe(`✅ Đã chuyển câu trả lời cho người hỏi (#${code}).`);
  });

  it("tells the official when Zalo refuses the relay, and relays a later reply to the same post", async () => {
    const chat = zaloCitizen();
    const { code, post, postId } = await openCase(chat);
    s.zalo.fail("sendMessage", [{ status: 400, description: "Bad Request: user not found" }], chat);
    const inbox = zaloInbox(chat).length;
    await postTelegram(s.app, officialReply(OFFICIAL, "Lần một.", { text: post }, postId));
    expect(zaloInbox(chat, inbox)).toEqual([]);
    expect(plain(String(acks().at(-1)!.body.text))).toMatch(new RegExp(`^⚠️ Chưa chuyển được câu trả lời \\(#${code}\\)`));
    await postTelegram(s.app, officialReply(OFFICIAL, "Lần hai.", { text: post }, postId));
    expect(zaloInbox(chat, inbox)).toEqual([`Cán bộ trả lời câu hỏi #${code} của bạn:\n“${DECLINED}”\n\nLần hai.`]);
  });

  it("posts the question redacted: no phone number reaches the officials", async () => {
    const chat = zaloCitizen();
    const { post } = await openCase(chat, "SĐT 0905123456, giá vàng hôm nay bao nhiêu?");
    expect(post).toContain("“SĐT [số điện thoại], giá vàng hôm nay bao nhiêu?”");
    expect(post).not.toContain("0905123456");
  });

  it("allows at most 3 open cases per citizen", async () => {
    const chat = zaloCitizen();
    for (let i = 0; i < 3; i++) await openCase(chat, `Giá vàng ngày ${i + 1} bao nhiêu?`);
    await say(chat, "Giá bạc hôm nay bao nhiêu?");
    const before = posts().length;
    expect(await say(chat, "có")).toEqual(["Bạn đang có 3 câu hỏi chờ cán bộ trả lời. Bạn vui lòng chờ câu trả lời trước khi gửi thêm."]);
    expect(posts()).toHaveLength(before);
  });

  it("offers nothing for an answered question, and “có” after it is just a message", async () => {
    const chat = zaloCitizen();
    const [answer] = await say(chat, "bai bo bao nhieu tthc");
    expect(answer).not.toContain("cán bộ");
    const before = posts().length;
    await say(chat, "có");
    expect(posts()).toHaveLength(before);
  });
});

describe("a citizen in a private Telegram chat", () => {
  it("gets a button; a tap sends the question, and the official's reply comes back in the chat", async () => {
    const user = 5_100_200_301;
    await postTelegram(s.app, tgText(user, DECLINED));
    const [declined] = s.telegram.doneOf("sendMessage", user);
    expect(plain(String(declined!.body.text))).toContain("Bạn có muốn gửi câu hỏi này cho cán bộ không?");
    const button = (declined!.body.reply_markup.inline_keyboard as { text: string; callback_data: string }[][]).flat().find((b) => b.callback_data.startsWith("h:"))!;
    expect(button.text).toBe("📨 Gửi câu hỏi này cho cán bộ");
    const before = posts().length;
    const tap = tgTap(user, button.callback_data, declined!.body as { chat_id: number; text: string });
    expect((await postTelegram(s.app, tap)).status).toBe(200);
    expect(posts()).toHaveLength(before + 1);
    const post = plain(String(posts().at(-1)!.body.text));
    expect(post).toContain("(qua Telegram)");
    expect(post).not.toContain(String(user));
    const code = /^#([A-Z0-9]{4}) /.exec(post)![1]!;
    expect(plain(String(s.telegram.doneOf("sendMessage", user).at(-1)!.body.text))).toContain(`#${code}`);

    await postTelegram(s.app, officialReply(OFFICIAL, "Trả lời cho Telegram.", { text: post }, nextPost++));
    expect(plain(String(s.telegram.doneOf("sendMessage", user).at(-1)!.body.text))).toBe(`Cán bộ trả lời câu hỏi #${code} của bạn:\n“${DECLINED}”\n\nTrả lời cho Telegram.`);
    // The same button again: the offer is used up.
    const again = tgTap(user, button.callback_data, declined!.body as { chat_id: number; text: string });
    await postTelegram(s.app, again);
    expect(s.telegram.doneOf("answerCallbackQuery").find((c) => c.body.callback_query_id === again.callback_query.id)!.body.text).toContain("không còn dùng được");
    expect(posts()).toHaveLength(before + 1);
  });

  it("offers nothing in a group chat", async () => {
    const group = { id: -1002198765000, title: "Tổ CCHC", type: "supergroup" };
    const u = tgText(5_100_200_302, `@cchc_tth_bot ${DECLINED}`, group);
    u.message.entities = [{ offset: 0, length: 13, type: "mention" }];
    await postTelegram(s.app, u);
    const [reply] = s.telegram.doneOf("sendMessage", group.id);
    expect(reply).toBeDefined();
    expect(JSON.stringify(reply!.body.reply_markup ?? {})).not.toContain('"h:');
  });
});

describe("case codes", () => {
  it(`expire (after ${TTL_MS} ms here): a late reply is not relayed`, async () => {
    const chat = zaloCitizen();
    const { code, post, postId } = await openCase(chat);
    await sleep(TTL_MS + 500);
    const inbox = zaloInbox(chat).length;
    await postTelegram(s.app, officialReply(OFFICIAL, "Muộn.", { text: post }, postId));
    expect(zaloInbox(chat, inbox)).toEqual([]);
    expect(plain(String(acks().at(-1)!.body.text))).toBe(`Mã #${code} đã hết hạn hoặc không còn; câu trả lời không được chuyển.`);
  });

  it("keep no raw chat or user id in D1 or in the logs (the citizen's chat id is sealed)", async () => {
    const rows = await d1<{ reply_to: string; citizen_key: string }>(s.app, "SELECT reply_to, citizen_key FROM handoffs WHERE channel = 'zalo'");
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.reply_to).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const dump = await d1Dump(s.app);
    const output = s.app.output();
    for (const id of [...citizens, "5100200301", "5100200302", String(OFFICIAL), CITIZEN_NAME]) {
      expect(dump.includes(id), `D1 holds ${id}`).toBe(false);
      expect(output.includes(id), `the logs hold ${id}`).toBe(false);
    }
  });
});
