// The one update handler behind both the webhook and long polling: update → (filter, dedup) →
// reply text → sendChatAction "typing" → sendMessage, one message per part. It never throws for
// a failed send: failures are logged (no token, no raw user id) and returned as an outcome, so
// the webhook can still answer 200 and Zalo does not redeliver in a storm.
import type { Answer } from "../../src/core/index.ts";
import { hashId, log } from "../../src/log.ts";
import type { ZaloClient } from "./client.ts";
import { ZaloApiError, ZaloError } from "./errors.ts";
import { replyToMedia, replyToText, replyToUnsupported, type Reply } from "./reply.ts";
import { splitMessage } from "./split.ts";
import { addressedText } from "./text.ts";
import type { ZaloUpdate } from "./updates.ts";

export interface ZaloHandlerDeps {
  client: ZaloClient;
  /** Records a message id; true when it was handled before (D1 on Workers, memory when polling). */
  seenBefore: (messageId: string) => Promise<boolean>;
  /** Secret mixed into hashed ids in logs (LOG_SALT). */
  logSalt?: string;
  /** The bot's display name as group members see it (ZALO_BOT_NAME): only used to remove "@name" from group messages. */
  botName?: string;
  /** The question log (D1 on Workers; absent when polling). Must not throw. */
  recordQuestion?: (q: { question: string; answer: Answer; userId: string; chatId: string; latencyMs: number }) => Promise<void>;
}

export type Outcome =
  | { status: "replied"; parts: number }
  | { status: "ignored"; reason: string }
  | { status: "duplicate" }
  | { status: "failed"; method: string; errorCode?: number };

export type ZaloHandler = (update: ZaloUpdate) => Promise<Outcome>;

const errorFields = (err: unknown) =>
  err instanceof ZaloApiError
    ? { method: err.method, errorCode: err.errorCode, description: err.description }
    : { method: err instanceof ZaloError ? err.method : undefined, error: (err as Error)?.message ?? String(err) };

export function createZaloHandler(deps: ZaloHandlerDeps): ZaloHandler {
  const { client } = deps;
  return async (update) => {
    const started = Date.now();
    const event = update.event_name;
    const { kind, message: msg } = update;
    // Not a message (user.follow…): nothing to answer.
    if (!kind) return { status: "ignored", reason: `event ${event.slice(0, 64)}` };
    if (!msg) {
      // A probe, or a message without the fields needed to answer: acknowledged, and logged so a
      // change of Zalo's payload shows up. Field names only, never values.
      log("warn", "zalo.update_incomplete", { zaloEvent: event.slice(0, 64), missing: update.missing ?? [] });
      return { status: "ignored", reason: "incomplete" };
    }
    if (msg.from?.is_bot) return { status: "ignored", reason: "from a bot" };
    const group = msg.chat.chat_type === "GROUP";
    // Zalo delivers a group message only when it mentions the bot or replies to it: answer it,
    // without the mention.
    const text = kind.type === "text" && group ? addressedText(msg.text ?? "", deps.botName) : (msg.text ?? "");

    if (await deps.seenBefore(msg.message_id)) return { status: "duplicate" };

    const chat = await hashId(msg.chat.id, deps.logSalt);
    let reply: Reply;
    try {
      reply = kind.type === "text" ? replyToText(text) : kind.type === "media" ? replyToMedia(kind.media) : replyToUnsupported();
    } catch (err) {
      log("error", "zalo.reply_failed", { zaloEvent: event, chat, error: (err as Error).message });
      reply = { lang: "vi", text: "Xin lỗi, trợ lý đang gặp sự cố. Bạn vui lòng hỏi lại sau ít phút.", answered: false };
    }

    const chatId = msg.chat.id;
    if (kind.type === "text") {
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
      // The question log, even when the reply failed (the question was asked). A delivery that
      // names no sender counts under its chat.
      const q = reply.question;
      if (q && deps.recordQuestion) await deps.recordQuestion({ question: q.text, answer: q.answer, userId: msg.from?.id ?? chatId, chatId, latencyMs: Date.now() - started });
    }
    log("info", "zalo.replied", { zaloEvent: event, chat, group, lang: reply.lang, answered: reply.answered, parts: parts.length });
    return { status: "replied", parts: parts.length };
  };
}
