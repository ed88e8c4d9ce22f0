// The one update handler behind both the webhook and long polling: update → (filter, dedup) →
// reply text → sendChatAction "typing" → sendMessage, one message per part. It never throws for
// a failed send: failures are logged (no token, no raw user id) and returned as an outcome, so
// the webhook can still answer 200 and Zalo does not redeliver in a storm.
import type { Answer } from "../../src/core/index.ts";
import { hashId, log } from "../../src/log.ts";
import type { ZaloClient } from "./client.ts";
import { isCommand } from "./commands.ts";
import { ZaloApiError, ZaloError } from "./errors.ts";
import { replyToMedia, replyToText, replyToUnsupported, type Reply } from "./reply.ts";
import { EVENTS, isKnownEvent, type ZaloUpdate } from "./schemas.ts";
import { splitMessage } from "./split.ts";
import { mentions, stripMentions } from "./text.ts";

export interface ZaloHandlerDeps {
  client: ZaloClient;
  /** Records a message id; true when it was handled before (D1 on Workers, memory when polling). */
  seenBefore: (messageId: string) => Promise<boolean>;
  /** Secret mixed into hashed ids in logs (LOG_SALT). */
  logSalt?: string;
  /** The question log (D1 on Workers; absent when polling). Must not throw. */
  recordQuestion?: (q: { question: string; answer: Answer; userId: string; chatId: string; latencyMs: number }) => Promise<void>;
}

export type Outcome =
  | { status: "replied"; parts: number }
  | { status: "ignored"; reason: string }
  | { status: "duplicate" }
  | { status: "failed"; method: string; errorCode?: number };

export type ZaloHandler = (update: ZaloUpdate) => Promise<Outcome>;

// The bot's names, for @mentions in groups: one getMe per client (per isolate on Workers), only
// when a group message needs it. A failed getMe is not cached.
const names = new WeakMap<ZaloClient, Promise<string[]>>();
function botNames(client: ZaloClient): Promise<string[]> {
  let p = names.get(client);
  if (!p) {
    p = client.getMe().then(
      (me) => [me.display_name, me.account_name, typeof me.name === "string" ? me.name : undefined].filter((n): n is string => !!n),
      (err: unknown) => {
        names.delete(client);
        log("warn", "zalo.getme_failed", { error: (err as Error).message });
        return [];
      },
    );
    names.set(client, p);
  }
  return p;
}

const errorFields = (err: unknown) =>
  err instanceof ZaloApiError
    ? { method: err.method, errorCode: err.errorCode, description: err.description }
    : { method: err instanceof ZaloError ? err.method : undefined, error: (err as Error)?.message ?? String(err) };

export function createZaloHandler(deps: ZaloHandlerDeps): ZaloHandler {
  const { client } = deps;
  return async (update) => {
    const started = Date.now();
    const event = update.event_name;
    const msg = update.message;
    if (!isKnownEvent(event)) return { status: "ignored", reason: `event ${event.slice(0, 64)}` };
    if (!msg) return { status: "ignored", reason: "no message" };
    if (msg.from.is_bot) return { status: "ignored", reason: "from a bot" };
    const group = msg.chat.chat_type?.toUpperCase() === "GROUP";

    let text = msg.text ?? "";
    if (group) {
      // In a group, answer only what is addressed to the bot: a command, or an @mention.
      if (event !== EVENTS.text) return { status: "ignored", reason: "group media" };
      if (!isCommand(text)) {
        const mine = await botNames(client);
        if (!mentions(text, mine)) return { status: "ignored", reason: "group message not addressed to the bot" };
        text = stripMentions(text, mine);
      }
    }

    if (await deps.seenBefore(msg.message_id)) return { status: "duplicate" };

    const chat = await hashId(msg.chat.id, deps.logSalt);
    let reply: Reply;
    try {
      reply =
        event === EVENTS.text ? replyToText(text)
        : event === EVENTS.image ? replyToMedia("image")
        : event === EVENTS.sticker ? replyToMedia("sticker")
        : replyToUnsupported();
    } catch (err) {
      log("error", "zalo.reply_failed", { zaloEvent: event, chat, error: (err as Error).message });
      reply = { lang: "vi", text: "Xin lỗi, trợ lý đang gặp sự cố. Bạn vui lòng hỏi lại sau ít phút.", answered: false };
    }

    const chatId = msg.chat.id;
    if (event === EVENTS.text) {
      try {
        await client.sendChatAction({ chat_id: chatId, action: "typing" });
      } catch (err) {
        // The reply matters more than the indicator: go on.
        log("warn", "zalo.send_failed", { zaloEvent: event, chat, ...errorFields(err) });
      }
    }
    const parts = splitMessage(reply.text);
    try {
      for (const [i, part] of parts.entries()) {
        try {
          await client.sendMessage({ chat_id: chatId, text: part });
        } catch (err) {
          log("error", "zalo.send_failed", { zaloEvent: event, chat, part: i + 1, parts: parts.length, ...errorFields(err) });
          return { status: "failed", method: err instanceof ZaloError ? err.method : "sendMessage", errorCode: err instanceof ZaloApiError ? err.errorCode : undefined };
        }
      }
    } finally {
      // The question log, even when the reply failed (the question was asked).
      const q = reply.question;
      if (q && deps.recordQuestion) await deps.recordQuestion({ question: q.text, answer: q.answer, userId: msg.from.id, chatId, latencyMs: Date.now() - started });
    }
    log("info", "zalo.replied", { zaloEvent: event, chat, group, lang: reply.lang, answered: reply.answered, parts: parts.length });
    return { status: "replied", parts: parts.length };
  };
}
