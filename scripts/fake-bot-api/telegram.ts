// What a Telegram Bot API server answers, as far as this bot needs it: shared by the recording fake
// of the tests and the load test (telegram-server.ts) and `npm run fake-botapi`.

export interface TelegramBotInfo {
  id: number;
  first_name: string;
  username: string;
  [key: string]: unknown;
}

/** A bot for local runs (TELEGRAM_BOT_INFO may name it; without it grammY asks getMe). */
export const LOCAL_TELEGRAM_BOT: TelegramBotInfo = {
  id: 123,
  is_bot: true,
  first_name: "Trợ lý CCHC (local)",
  username: "cchc_local_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
};

/** The `result` of a successful call of `method`; `nextMessageId` numbers the messages the bot sends. */
export function telegramResult(method: string, body: Record<string, any>, botInfo: TelegramBotInfo, nextMessageId: () => number): unknown {
  switch (method) {
    case "getMe":
      return botInfo;
    case "sendMessage":
      return {
        message_id: nextMessageId(),
        date: Math.floor(Date.now() / 1000),
        chat: { id: body.chat_id, type: Number(body.chat_id) < 0 ? "supergroup" : "private" },
        from: { id: botInfo.id, is_bot: true, first_name: botInfo.first_name, username: botInfo.username },
        text: String(body.text ?? ""),
      };
    default:
      return true;
  }
}
