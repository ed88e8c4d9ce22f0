// Commands, topic buttons and inline mode, against `npm start`: what the bot sends for /start,
// /help, /chude, /nguon, a tap on a topic, and "@bot <query>" typed in any chat.
import { describe, expect, it } from "vitest";
import { useBotServer } from "./support/bot-server.ts";
import { checkTelegramHtml } from "./support/telegram-html.ts";
import { BOT_INFO, command, deliver, textMessage, update } from "./support/updates.ts";

const server = useBotServer();

async function sends(u: Record<string, any>) {
  const res = await deliver(server.app.url, u);
  expect(res.status).toBe(200);
  return server.api.callsOf("sendMessage").map((c) => c.body);
}

function plainOf(html: string): string {
  const { problems, plain } = checkTelegramHtml(html);
  expect(problems, html).toEqual([]);
  return plain;
}

type Button = { text: string; callback_data: string };
const buttonsOf = (body: Record<string, any>) => ((body.reply_markup?.inline_keyboard ?? []) as Button[][]).flat();

describe("commands", () => {
  it("/start greets, says what the assistant covers, and offers topic buttons", async () => {
    const u = command("start");
    const [reply, ...more] = await sends(u);
    expect(more).toEqual([]);
    expect(reply).toMatchObject({ chat_id: u.message.chat.id, parse_mode: "HTML", reply_parameters: { message_id: u.message.message_id } });
    const plain = plainOf(reply!.text);
    expect(plain).toContain("Xin chào Lan!");
    expect(plain).toContain("627/BC-UBND");
    const buttons = buttonsOf(reply!);
    expect(buttons.map((b) => b.text)).toContain("Cải cách thủ tục hành chính");
    expect(buttons.map((b) => b.callback_data)).toContain("s:vi:thu-tuc-hanh-chinh");
  });

  it("/start in English for a user whose Telegram is in English", async () => {
    const [reply] = await sends(command("start", (u) => (u.message.from.language_code = "en")));
    const plain = plainOf(reply!.text);
    expect(plain).toContain("Hello Lan!");
    expect(buttonsOf(reply!).map((b) => b.text)).toContain("Administrative procedure reform");
  });

  it("/help explains how to ask, with example questions, groups and inline mode", async () => {
    const [reply] = await sends(command("help"));
    const plain = plainOf(reply!.text);
    expect(plain).toContain("Cách hỏi");
    expect(plain).toMatch(/• .+\?/);
    expect(plain).toContain(`@${BOT_INFO.username}`);
    expect(plain).toContain("/chude");
  });

  it("/chude lists the report's sections as buttons with short callback data", async () => {
    const [reply] = await sends(command("chude"));
    const buttons = buttonsOf(reply!);
    expect(buttons.length).toBeGreaterThanOrEqual(7);
    for (const b of buttons) {
      expect(b.callback_data).toMatch(/^s:vi:[a-z0-9-]+$/);
      expect(new TextEncoder().encode(b.callback_data).length).toBeLessThanOrEqual(64);
    }
  });

  it("/nguon gives the report's number, date, issuer and link", async () => {
    const [reply] = await sends(command("nguon"));
    const plain = plainOf(reply!.text);
    expect(plain).toContain("627/BC-UBND");
    expect(plain).toContain("20/12/2024");
    expect(plain).toContain("Ủy ban nhân dân tỉnh Thừa Thiên Huế");
    expect(reply!.text).toContain('<a href="http://caicachhanhchinh.gov.vn/">');
  });

  it("answers a command addressed to it in a group, ignores one addressed to another bot", async () => {
    const group = update("group-text").message.chat;
    const mine = textMessage("group-text", `/nguon@${BOT_INFO.username}`, [{ offset: 0, length: 20, type: "bot_command" }]);
    const [reply] = await sends(mine);
    expect(reply).toMatchObject({ chat_id: group.id, reply_parameters: { message_id: mine.message.message_id } });
    expect(plainOf(reply!.text)).toContain("627/BC-UBND");

    server.api.reset();
    const theirs = textMessage("group-text", "/nguon@other_bot", [{ offset: 0, length: 16, type: "bot_command" }]);
    expect(await sends(theirs)).toEqual([]);
  });

  it("points to /help for an unknown command in a private chat", async () => {
    const [reply] = await sends(textMessage("private-text", "/baocao", [{ offset: 0, length: 7, type: "bot_command" }]));
    expect(plainOf(reply!.text)).toContain("/help");
  });
});

describe("topic buttons", () => {
  it("a tap on a section lists its key figures with citations, replying to the button's message", async () => {
    const tap = update("callback-query");
    const [reply] = await sends(tap);
    expect(server.api.callsOf("answerCallbackQuery").map((c) => c.body)).toEqual([{ callback_query_id: tap.callback_query.id }]);
    expect(reply).toMatchObject({
      chat_id: tap.callback_query.message.chat.id,
      parse_mode: "HTML",
      reply_parameters: { message_id: tap.callback_query.message.message_id },
    });
    const plain = plainOf(reply!.text);
    expect(plain).toContain("Cải cách thủ tục hành chính");
    expect(reply!.text).toContain("<b>1.117 thủ tục hành chính</b>");
    expect(reply!.text).toContain("627/BC-UBND");
    expect(reply!.text).toContain("<blockquote>");
  });

  it("a stale or forged button gets a short notice, not an answer", async () => {
    const tap = update("callback-query", (u) => (u.callback_query.data = "s:vi:muc-khong-con"));
    expect(await sends(tap)).toEqual([]);
    const [ack] = server.api.callsOf("answerCallbackQuery");
    expect(ack!.body).toMatchObject({ callback_query_id: tap.callback_query.id, text: expect.stringContaining("gõ câu hỏi") });
  });
});

describe("inline mode", () => {
  type Article = { type: string; id: string; title: string; input_message_content: { message_text: string; parse_mode: string } };
  async function inlineResults(query: string): Promise<Article[]> {
    const u = update("inline-query", (u) => (u.inline_query.query = query));
    const res = await deliver(server.app.url, u);
    expect(res.status).toBe(200);
    const [call, ...more] = server.api.callsOf("answerInlineQuery");
    expect(more).toEqual([]);
    expect(call!.body.inline_query_id).toBe(u.inline_query.id);
    expect(server.api.callsOf("sendMessage")).toEqual([]);
    return call!.body.results as Article[];
  }

  it("returns up to 10 articles, each a cited fact with its figure in bold", async () => {
    const results = await inlineResults("thu ngân sách");
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(10);
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
    for (const r of results) {
      expect(r.type).toBe("article");
      expect(r.input_message_content.parse_mode).toBe("HTML");
      expect(r.input_message_content.message_text).toContain("627/BC-UBND");
      plainOf(r.input_message_content.message_text);
    }
    expect(results[0]!.input_message_content.message_text).toContain("<b>11.145.304 triệu đồng</b>");
  });

  it("returns the headline figures for an empty query", async () => {
    const results = await inlineResults("");
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(results.length).toBeLessThanOrEqual(10);
    expect(results.map((r) => r.id)).toContain("tthc-cong-bo");
    expect(results.find((r) => r.id === "tthc-cong-bo")!.input_message_content.message_text).toContain("<b>1.117 thủ tục hành chính</b>");
  });

  it("answers with no results (and a button to the bot) when nothing matches", async () => {
    const u = update("inline-query", (u) => (u.inline_query.query = "xyzzy qwerty"));
    await deliver(server.app.url, u);
    const [call] = server.api.callsOf("answerInlineQuery");
    expect(call!.body.results).toEqual([]);
    expect(call!.body.button).toMatchObject({ start_parameter: "help" });
  });
});
