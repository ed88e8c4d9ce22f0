// Conversations on both bots against `npm start` (local D1) and local Bot API stand-ins: follow-up
// questions carry each chat's context (and only its own), the context expires, "câu hỏi mới"
// starts over, feedback on answers is stored, money figures get their billions, and neither D1
// nor the logs hold a raw chat or user id. No handoff here: HANDOFF_TELEGRAM_CHAT_ID is unset.
import { describe, expect, it } from "vitest";
import { checkTelegramHtml } from "../telegram/support/telegram-html.ts";
import { d1, d1Dump, postTelegram, postZalo, sleep, textsTo, tgTap, tgText, useChatStack, zaloId, zaloText } from "./support/stack.ts";

// The context lives 4 s here (30 minutes in production), so expiry can be seen.
const TTL_MS = 4000;
const s = useChatStack({ CHAT_TIMINGS: JSON.stringify({ contextTtlMs: TTL_MS }) });

const FOLLOW_UPS = ["hdnd ubnd tinh ban hanh bn van ban qppl", "con cap huyen", "cap xa thi sao"];

// Raw ids used below: none may be stored or logged.
const TG_USERS = [5512340001, 5512340002, 5512340003, 5512340004, 5512340005, 5512340006];
const ZALO_USERS = Array.from({ length: 5 }, (_, i) => `a7c3e9f1b2d4c6e8f0${i}1`);

const plainOf = (html: string) => {
  const { problems, plain } = checkTelegramHtml(html);
  expect(problems, html).toEqual([]);
  return plain;
};

/** Asks on Telegram in a private chat; the one reply's body. */
async function askTelegram(user: number, text: string) {
  const before = s.telegram.doneOf("sendMessage", user).length;
  const res = await postTelegram(s.app, tgText(user, text));
  expect(res.status).toBe(200);
  const sent = s.telegram.doneOf("sendMessage", user).slice(before);
  expect(sent).toHaveLength(1);
  return sent[0]!.body;
}

async function askZalo(chat: string, text: string): Promise<string> {
  const before = textsTo(s.zalo, chat).length;
  const res = await postZalo(s.app, zaloText(chat, text));
  expect(res.status).toBe(200);
  const sent = textsTo(s.zalo, chat).slice(before);
  expect(sent).toHaveLength(1);
  return sent[0]!;
}

describe("follow-up questions", () => {
  it("Telegram: three turns continue one another (125, then district 23, then commune 69)", async () => {
    const replies = [];
    for (const q of FOLLOW_UPS) replies.push(await askTelegram(TG_USERS[0]!, q));
    expect(replies.map((r) => r.text)).toEqual([
      expect.stringContaining("<b>125 văn bản QPPL</b>"),
      expect.stringContaining("<b>23 văn bản QPPL</b>"),
      expect.stringContaining("<b>69 văn bản QPPL</b>"),
    ]);
    expect(plainOf(replies[1]!.text)).toContain("cấp huyện");
  });

  it("Zalo: the same three turns, as plain text", async () => {
    const chat = ZALO_USERS[0]!;
    const replies = [];
    for (const q of FOLLOW_UPS) replies.push(await askZalo(chat, q));
    expect(replies[0]).toContain("125 văn bản QPPL");
    expect(replies[1]).toContain("23 văn bản QPPL");
    expect(replies[2]).toContain("69 văn bản QPPL");
    expect(replies[1]).toMatch(/^Số văn bản QPPL cấp huyện/);
  });

  it("two chats do not see each other's context", async () => {
    const [a, b] = [ZALO_USERS[1]!, ZALO_USERS[2]!];
    await askZalo(a, FOLLOW_UPS[0]!);
    // B never asked the first question: "còn cấp huyện" alone is another question.
    expect(await askZalo(b, "con cap huyen")).not.toContain("23 văn bản QPPL");
    expect(await askZalo(a, "con cap huyen")).toContain("23 văn bản QPPL");
    // Nor across platforms, nor between users.
    await askTelegram(TG_USERS[1]!, FOLLOW_UPS[0]!);
    expect((await askTelegram(TG_USERS[2]!, "con cap huyen")).text).not.toContain("23 văn bản QPPL");
  });

  it(`forgets the context after its time (${TTL_MS} ms here)`, async () => {
    const user = TG_USERS[3]!;
    await askTelegram(user, FOLLOW_UPS[0]!);
    await sleep(TTL_MS + 1000);
    const reply = await askTelegram(user, "con cap huyen");
    expect(reply.text).not.toContain("23 văn bản QPPL");
  });

  it("starts over on /moi and on “câu hỏi mới”", async () => {
    const user = TG_USERS[4]!;
    await askTelegram(user, FOLLOW_UPS[0]!);
    expect(plainOf((await askTelegram(user, "/moi")).text)).toContain("Đã bắt đầu lại");
    expect((await askTelegram(user, "con cap huyen")).text).not.toContain("23 văn bản QPPL");

    const chat = ZALO_USERS[3]!;
    await askZalo(chat, FOLLOW_UPS[0]!);
    expect(await askZalo(chat, "câu hỏi mới")).toContain("Đã bắt đầu lại");
    expect(await askZalo(chat, "con cap huyen")).not.toContain("23 văn bản QPPL");
  });
});

describe("feedback", () => {
  it("Telegram: every answer has 👍/👎 (data ≤ 64 bytes); a tap is thanked and stored with the fact ids and the operation", async () => {
    const user = TG_USERS[5]!;
    const reply = await askTelegram(user, "còn bao nhiêu nhiệm vụ chưa hoàn thành?");
    const buttons = (reply.reply_markup?.inline_keyboard ?? []).flat() as { text: string; callback_data: string }[];
    const up = buttons.find((b) => b.text.startsWith("👍"))!;
    const down = buttons.find((b) => b.text.startsWith("👎"))!;
    expect(up.text).toBe("👍 Đúng");
    expect(down.text).toBe("👎 Sai");
    for (const b of [up, down]) expect(new TextEncoder().encode(b.callback_data).length).toBeLessThanOrEqual(64);

    const tap = tgTap(user, down.callback_data, reply as { chat_id: number; text: string });
    expect((await postTelegram(s.app, tap)).status).toBe(200);
    const ack = s.telegram.doneOf("answerCallbackQuery").find((c) => c.body.callback_query_id === tap.callback_query.id)!;
    expect(ack.body.text).toBe("Cảm ơn bạn đã góp ý!");
    // The toast is the whole answer to a vote: no message.
    expect(s.telegram.doneOf("sendMessage", user)).toHaveLength(1);

    const ref = down.callback_data.slice(4);
    const [row] = await d1(s.app, `SELECT channel, question_key, fact_ids, op, lang, vote, created_at, voted_at FROM feedback WHERE question_ref = '${ref}'`);
    expect(row).toMatchObject({ channel: "telegram", question_key: "con bao nhieu nhiem vu chua hoan thanh", op: "remaining", lang: "vi", vote: "down" });
    expect(JSON.parse(String(row!.fact_ids))).toEqual(["remaining:cchc-nhiem-vu-hoan-thanh", "cchc-nhiem-vu-hoan-thanh"]);
    expect(Number(row!.voted_at)).toBeGreaterThanOrEqual(Number(row!.created_at));

    // A second tap changes the vote.
    await postTelegram(s.app, tgTap(user, up.callback_data, reply as { chat_id: number; text: string }));
    expect((await d1(s.app, `SELECT vote FROM feedback WHERE question_ref = '${ref}'`))[0]).toEqual({ vote: "up" });
  });

  it("Zalo: “đúng” or “sai” right after an answer is feedback; anything else is a question again", async () => {
    const chat = ZALO_USERS[4]!;
    const answer = await askZalo(chat, "năm 2023 có bao nhiêu biên chế công chức?");
    expect(answer).toContain("1.943");
    expect(answer).toMatch(/Trả lời “đúng” hoặc “sai” để góp ý\.$/);
    expect(await askZalo(chat, "sai rồi")).toBe("Cảm ơn bạn đã góp ý!");
    const rows = await d1(s.app, "SELECT channel, fact_ids, op, vote FROM feedback WHERE channel = 'zalo' AND vote IS NOT NULL");
    expect(rows).toEqual([{ channel: "zalo", fact_ids: JSON.stringify(["previous:bien-che-hien-co+bien-che-giam", "bien-che-hien-co", "bien-che-giam"]), op: "previous", vote: "down" }]);
    // Only right after an answer: the next "đúng" is no vote.
    expect(await askZalo(chat, "đúng")).not.toBe("Cảm ơn bạn đã góp ý!");
    expect(await d1(s.app, "SELECT COUNT(*) AS n FROM feedback WHERE vote IS NOT NULL AND channel = 'zalo'")).toEqual([{ n: 1 }]);
  });

  it("offers no handoff while HANDOFF_TELEGRAM_CHAT_ID is unset", async () => {
    const chat = zaloId("c");
    const reply = await askZalo(chat, "Giá vàng hôm nay bao nhiêu?");
    expect(reply).toMatch(/^Xin lỗi/);
    expect(reply).not.toContain("cán bộ");
    const tg = await askTelegram(TG_USERS[0]!, "Giá vàng hôm nay bao nhiêu?");
    expect(JSON.stringify(tg.reply_markup ?? {})).not.toContain("h:");
    expect(s.telegram.calls.filter((c) => String(c.body.chat_id ?? "").startsWith("-100"))).toEqual([]);
  });
});

describe("money", () => {
  it("gives billions after the exact figure, in both languages and on both bots", async () => {
    const tg = await askTelegram(TG_USERS[1]!, "thu ngân sách nhà nước");
    expect(tg.text).toContain("<b>11.145.304 triệu đồng</b> (≈ 11.145 tỷ đồng)");
    const zalo = await askZalo(zaloId("c"), "thu ngân sách nhà nước");
    expect(zalo).toContain("11.145.304 triệu đồng (≈ 11.145 tỷ đồng)");
    const en = await askZalo(zaloId("c"), "state budget revenue");
    expect(en).toContain("11,145,304 million VND (≈ 11,145 billion VND)");
  });
});

describe("personal data", () => {
  it("keeps no raw chat or user id in D1 or in the logs", async () => {
    const dump = await d1Dump(s.app);
    const tables = JSON.parse(dump) as Record<string, unknown[]>;
    expect(tables.chat_state!.length).toBeGreaterThan(0);
    expect(tables.feedback!.length).toBeGreaterThan(0);
    expect(tables.question_log!.length).toBeGreaterThan(0);
    const output = s.app.output();
    for (const id of [...TG_USERS.map(String), ...ZALO_USERS, "Nguyễn Văn Ánh"]) {
      expect(dump.includes(id), `D1 holds ${id}`).toBe(false);
      expect(output.includes(id), `the logs hold ${id}`).toBe(false);
    }
  });
});
