// Telegram as a chat-layer channel: buttons, HTML rendering split to 4096 characters, sendMessage
// through grammY under the delivery discipline. Registered for the chat layer, which also uses it
// to post handed-off questions to the officials' group.
import type { Lang } from "../../src/core/index.ts";
import { registerChannel, type Channel } from "../chat/channels.ts";
import type { BotIdentity } from "./bot-info.ts";
import { telegramConfig, type TelegramConfig } from "./config.ts";
import { renderReply, toMessages, type TelegramMessage } from "./render.ts";
import { apiFor, call, forGrammy } from "./transport.ts";

/** Telegram's own feature, in its help text. */
const inlineHelp = (lang: Lang, u: string) =>
  lang === "vi"
    ? `Trong bất kỳ cuộc trò chuyện nào: gõ @${u} và từ khóa (ví dụ “@${u} thu ngân sách”) để chèn một số liệu kèm nguồn.`
    : `In any chat: type @${u} and a few words (e.g. “@${u} budget revenue”) to insert a cited figure.`;

export function telegramChannel(config: TelegramConfig, me?: BotIdentity): Channel<TelegramMessage> {
  const api = apiFor(config);
  const username = me?.username;
  return {
    platform: "telegram",
    method: "sendMessage",
    features: { buttons: true, mention: username ? `@${username}` : undefined, extraHelp: username ? (lang) => [inlineHelp(lang, username)] : undefined },
    render: (reply, target) => toMessages(renderReply(reply), target),
    send: ({ chat_id, text, ...other }, signal) => call("sendMessage", () => api.sendMessage(chat_id, text, other, forGrammy(signal))),
  };
}

registerChannel("telegram", (env) => {
  const config = telegramConfig(env);
  return config ? telegramChannel(config, config.botInfo) : null;
});
