// Questions as officials ask them, in a private chat and in their unit's group, against `npm start`:
// the exact sendMessage the bot makes (chat, HTML parse mode, reply to the question, the figure in
// Vietnamese format in bold, the report's number, balanced tags, user text escaped).
import { describe, expect, it } from "vitest";
import { useBotServer } from "./support/bot-server.ts";
import { checkTelegramHtml } from "./support/telegram-html.ts";
import { BOT_INFO, deliver, textMessage, update } from "./support/updates.ts";

const server = useBotServer();

/** Delivers, expects 200, returns the sendMessage requests it caused. */
async function sends(u: Record<string, any>) {
  const res = await deliver(server.app.url, u);
  expect(res.status).toBe(200);
  return server.api.callsOf("sendMessage").map((c) => c.body);
}

function wellFormed(html: string): string {
  const { problems, plain } = checkTelegramHtml(html);
  expect(problems, html).toEqual([]);
  expect(plain.length).toBeLessThanOrEqual(4096);
  return plain;
}

describe("private chat", () => {
  it("answers a question with the figure in bold, the citation and the quote, replying to it", async () => {
    const u = update("private-text");
    const [reply, ...more] = await sends(u);
    expect(more).toEqual([]);
    expect(reply).toMatchObject({
      chat_id: u.message.chat.id,
      parse_mode: "HTML",
      reply_parameters: { message_id: u.message.message_id },
    });
    expect(reply!.text).toContain("<b>1.117 thủ tục hành chính</b>");
    expect(reply!.text).toContain("627/BC-UBND");
    expect(reply!.text).toMatch(/<blockquote>[^<]*1,117 TTHC[^<]*<\/blockquote>/);
    wellFormed(reply!.text);
  });

  it("escapes the user's markup and ampersands: a question with <b> and & still gets well-formed HTML", async () => {
    const [reply] = await sends(textMessage("private-text", "<b>Năm 2024</b> tỉnh công bố bao nhiêu thủ tục hành chính & bãi bỏ bao nhiêu?"));
    const plain = wellFormed(reply!.text);
    expect(reply!.text).toMatch(/<b>[\d.,]+ thủ tục hành chính<\/b>/);
    expect(plain).toContain("627/BC-UBND");
    expect(reply!.text).not.toContain("<b>Năm");
  });

  it("escapes the user's text where it is echoed (the greeting's name)", async () => {
    const [reply] = await sends(
      update("command", (u) => {
        u.message.from.first_name = "Lan <b>&</b>";
      }),
    );
    expect(reply!.text).toContain("Lan &lt;b&gt;&amp;&lt;/b&gt;");
    wellFormed(reply!.text);
  });

  it("answers in English with English number format when asked in English", async () => {
    const [reply] = await sends(textMessage("private-text", "How many administrative procedures did the province publish in 2024?"));
    expect(reply!.text).toContain("<b>1,117 administrative procedures</b>");
    expect(reply!.text).toContain("Source: ");
    expect(reply!.text).toContain("627/BC-UBND");
    wellFormed(reply!.text);
  });

  it("offers suggested questions as buttons when it cannot answer, and a tap answers one", async () => {
    const [reply] = await sends(textMessage("private-text", "Giá vàng hôm nay bao nhiêu?"));
    wellFormed(reply!.text);
    const buttons = (reply!.reply_markup?.inline_keyboard ?? []).flat() as { text: string; callback_data: string }[];
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) {
      expect(new TextEncoder().encode(b.callback_data).length).toBeLessThanOrEqual(64);
      expect(b.callback_data).not.toContain(b.text);
    }
    server.api.reset();
    const tap = update("callback-query", (u) => {
      u.callback_query.data = buttons[0]!.callback_data;
      u.callback_query.message.reply_markup = reply!.reply_markup;
    });
    const [answer] = await sends(tap);
    expect(server.api.callsOf("answerCallbackQuery")[0]!.body).toEqual({ callback_query_id: tap.callback_query.id });
    expect(answer).toMatchObject({ chat_id: tap.callback_query.message.chat.id, parse_mode: "HTML", reply_parameters: { message_id: tap.callback_query.message.message_id } });
    expect(answer!.text).toMatch(/<b>[^<]+<\/b>/);
    expect(answer!.text).toContain("627/BC-UBND");
    wellFormed(answer!.text);
  });

  it("asks politely for a shorter question when one is over 4096 characters", async () => {
    const long = "Năm 2024 tỉnh công bố bao nhiêu thủ tục hành chính? ".repeat(90);
    expect(long.length).toBeGreaterThan(4096);
    const [reply, ...more] = await sends(textMessage("private-text", long));
    expect(more).toEqual([]);
    const plain = wellFormed(reply!.text);
    expect(plain).toMatch(/dài quá \([\d.]+ ký tự\)/);
    expect(plain).toContain("1.000 ký tự");
    expect(plain).toContain("?”");
  });

  it("answers a sticker with a short polite note and an example question", async () => {
    const u = update("sticker");
    const [reply, ...more] = await sends(u);
    expect(more).toEqual([]);
    expect(reply).toMatchObject({ chat_id: u.message.chat.id, parse_mode: "HTML", reply_parameters: { message_id: u.message.message_id } });
    const plain = wellFormed(reply!.text);
    expect(plain).toContain("chỉ hiểu câu hỏi gõ bằng chữ");
    expect(plain).toMatch(/“.+\?”/);
  });

  it("answers a photo or a voice note the same way", async () => {
    for (const media of [
      { photo: [{ file_id: "AgACAgUAAxkBAAIBphoto", file_unique_id: "AQADphoto", width: 1280, height: 960, file_size: 120331 }] },
      { voice: { file_id: "AwACAgUAAxkBAAIBvoice", file_unique_id: "AgADvoice", duration: 4, mime_type: "audio/ogg", file_size: 14211 } },
    ]) {
      server.api.reset();
      const u = update("sticker", (u) => {
        delete u.message.sticker;
        Object.assign(u.message, media);
      });
      const [reply] = await sends(u);
      expect(checkTelegramHtml(reply!.text).plain).toContain("chỉ hiểu câu hỏi gõ bằng chữ");
    }
  });
});

describe("group chat", () => {
  it("stays quiet when a message does not mention the bot", async () => {
    expect(await sends(update("group-text"))).toEqual([]);
    expect(await sends(textMessage("group-text", "Năm 2024 tỉnh công bố bao nhiêu thủ tục hành chính?"))).toEqual([]);
    expect(server.api.calls).toEqual([]);
  });

  it("stays quiet on a sticker that is not a reply to the bot", async () => {
    const u = update("sticker", (u) => (u.message.chat = update("group-text").message.chat));
    expect(await sends(u)).toEqual([]);
  });

  it("answers a question that mentions the bot, without the mention getting in the way", async () => {
    const u = update("group-mention");
    const [reply] = await sends(u);
    expect(reply).toMatchObject({ chat_id: u.message.chat.id, parse_mode: "HTML", reply_parameters: { message_id: u.message.message_id } });
    expect(reply!.text).toContain("<b>1.117 thủ tục hành chính</b>");
    wellFormed(reply!.text);
  });

  it("answers an anonymous group admin (sent as @GroupAnonymousBot on behalf of the group)", async () => {
    const u = update("group-mention", (u) => {
      u.message.from = { id: 1087968824, is_bot: true, first_name: "Group", username: "GroupAnonymousBot" };
      u.message.sender_chat = { ...u.message.chat };
    });
    const [reply] = await sends(u);
    expect(reply).toMatchObject({ chat_id: u.message.chat.id, reply_parameters: { message_id: u.message.message_id } });
    expect(reply!.text).toContain("<b>1.117 thủ tục hành chính</b>");
  });

  it("answers a reply to one of its messages", async () => {
    const u = update("group-reply");
    const [reply] = await sends(u);
    expect(reply).toMatchObject({ chat_id: u.message.chat.id, reply_parameters: { message_id: u.message.message_id } });
    expect(reply!.text).toContain("<b>176 thủ tục hành chính</b>");
  });

  it("ignores replies to other people and mentions of other bots", async () => {
    const toPerson = update("group-reply", (u) => (u.message.reply_to_message.from = { id: 6000000001, is_bot: false, first_name: "Mai" }));
    const otherBot = textMessage("group-text", "@other_bot năm 2024 tỉnh công bố bao nhiêu thủ tục hành chính?", [{ offset: 0, length: 10, type: "mention" }]);
    expect(await sends(toPerson)).toEqual([]);
    expect(await sends(otherBot)).toEqual([]);
  });

  it("does not answer its own inline results posted into a chat", async () => {
    const u = update("group-mention", (u) => (u.message.via_bot = { id: BOT_INFO.id, is_bot: true, first_name: BOT_INFO.first_name, username: BOT_INFO.username }));
    expect(await sends(u)).toEqual([]);
  });
});
