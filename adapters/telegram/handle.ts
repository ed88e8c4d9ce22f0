// One Telegram update → the chat layer. What is Telegram's own stays here: which messages are meant
// for the bot (private chats; in groups mentions, replies and commands), commands aimed at other
// bots, anonymous group admins, our own inline results echoed back, button taps (acknowledged
// first, so the client stops its spinner), inline queries, and an official's reply in the
// officials' group to one of the bot's handoff posts.
import type { Message } from "grammy/types";
import { settings } from "../../src/env.ts";
import { hashId } from "../../src/log.ts";
import { converse } from "../chat/conversation.ts";
import { bestEffort, noteUndelivered, type DeliveryError } from "../chat/delivery.ts";
import { CODE_IN_POST } from "../chat/handoff/index.ts";
import { deliverTurn } from "../chat/respond.ts";
import type { Job, Outcome } from "../chat/run.ts";
import { storeFor } from "../chat/state.ts";
import type { ChatRef, Incoming, Input, Target } from "../chat/types.ts";
import { addressedToMe, isReplyToMe, leadingCommand, mentionsUnknown, withoutMentionsOfMe } from "./addressed.ts";
import { botIdentity, type BotIdentity } from "./bot-info.ts";
import { readButton } from "./callback-data.ts";
import { telegramChannel } from "./channel.ts";
import { KNOWN_COMMANDS } from "./command-list.ts";
import type { TelegramConfig } from "./config.ts";
import { answerInline } from "./inline.ts";
import { logOutcome } from "./logging.ts";
import { apiFor, call, forGrammy } from "./transport.ts";
import type { TelegramUpdate } from "./update.ts";

/** Media the bot cannot read: it says so politely (when the message is meant for it). */
const NOT_TEXT = [
  "sticker", "photo", "voice", "video", "video_note", "audio", "document", "animation",
  "location", "venue", "contact", "poll", "dice", "story", "paid_media",
] as const satisfies readonly (keyof Message)[];

/** Telegram's kinds under the chat layer's names (Zalo's event names), where they differ. */
const MEDIA_NAME: Partial<Record<(typeof NOT_TEXT)[number], string>> = { photo: "image", video_note: "video", animation: "gif", document: "file", venue: "location" };

const langOf = (code: string | undefined) => (code?.toLowerCase().startsWith("en") ? "en" : "vi");

type Routed = { input: Input } | { ignore: string } | { retryLater: string };

/** What a message asks of the bot, or why it is none of its business. */
function route(msg: Message, me: BotIdentity, handoffChat: string | undefined): Routed {
  // Messages from bots, and our own inline results echoed back into a chat, are not questions.
  // Anonymous group admins post as @GroupAnonymousBot (is_bot, with sender_chat): they are people.
  if ((msg.from?.is_bot === true && !msg.sender_chat) || msg.via_bot?.id === me.id) return { ignore: "bot" };
  if (handoffChat && String(msg.chat.id) === handoffChat && isReplyToMe(msg, me)) {
    const code = CODE_IN_POST.exec(msg.reply_to_message?.text ?? "")?.[1];
    if (code) return { input: { kind: "official-reply", code, text: msg.text ?? msg.caption ?? "" } };
  }
  if (msg.text !== undefined) {
    const command = leadingCommand(msg);
    if (command) {
      // "/help@otherbot" is another bot's; in a group a bare unknown command may be too.
      if (command.target ? !me.username || command.target !== me.username.toLowerCase() : msg.chat.type !== "private" && !KNOWN_COMMANDS.has(command.name)) {
        return { ignore: "other-command" };
      }
      const rest = msg.text.replace(/^\/\S+/, "").trim();
      return { input: { kind: "text", text: `/${command.name}${rest ? ` ${rest}` : ""}` } };
    }
    if (mentionsUnknown(msg, me)) return { retryLater: "bot username unknown (getMe)" };
    if (!addressedToMe(msg, me)) return { ignore: "not-addressed" };
    return { input: { kind: "text", text: withoutMentionsOfMe(msg, me) } };
  }
  const media = NOT_TEXT.find((k) => msg[k] !== undefined);
  if (!media) return { ignore: "service" };
  if (mentionsUnknown(msg, me)) return { retryLater: "bot username unknown (getMe)" };
  if (!addressedToMe(msg, me)) return { ignore: media };
  return { input: { kind: "media", media: MEDIA_NAME[media] ?? media } };
}

export async function handleUpdate(update: TelegramUpdate, config: TelegramConfig, job: Job): Promise<Outcome> {
  const env = job.env;
  const done = async (outcome: Outcome, name: string, fields: Record<string, unknown> = {}) => {
    await logOutcome(env, update, name, fields);
    return outcome;
  };

  if (update.inline_query) {
    const q = update.inline_query;
    try {
      const results = await answerInline(config, q.id, q.query, langOf(q.from.language_code), job);
      return done({ status: "replied", parts: 1 }, "inline", { results });
    } catch (e) {
      const err = e as DeliveryError;
      await noteUndelivered(env, "telegram", err, { what: "inline", update_id: update.update_id }, job.timings);
      return done({ status: "failed", kind: err.kind, reason: err.reason, sent: 0 }, "undelivered");
    }
  }

  const me = await botIdentity(config, job.timings.getMeTimeoutMs);
  const channel = telegramChannel(config, me);
  const store = storeFor(env, job.timings);
  const deps = { env, features: channel.features, store, timings: job.timings, deadline: job.deadline };
  const user = async (id: number | undefined) => (id === undefined ? undefined : hashId(id, settings(env).LOG_SALT));

  if (update.callback_query) {
    const cq = update.callback_query;
    const chat = cq.message?.chat;
    const api = apiFor(config);
    if (!chat || !cq.message) {
      await bestEffort("answerCallbackQuery", (signal) => call("answerCallbackQuery", () => api.answerCallbackQuery(cq.id, {}, forGrammy(signal))), job.timings.typingTimeoutMs);
      return done({ status: "ignored", reason: "no chat" }, "ignored", { reason: "no chat" });
    }
    const thread = cq.message.is_topic_message ? cq.message.message_thread_id : undefined;
    const ref: ChatRef = { platform: "telegram", chatId: String(chat.id), threadId: thread === undefined ? undefined : String(thread), private: chat.type === "private" };
    const incoming: Incoming = { chat: ref, messageId: cq.id, userId: String(cq.from.id), uiLang: langOf(cq.from.language_code), input: { kind: "button", action: readButton(cq.data) } };
    const turn = await converse(incoming, deps);
    // Acknowledged first: the client stops its spinner (and shows the toast, if any).
    await bestEffort(
      "answerCallbackQuery",
      (signal) => call("answerCallbackQuery", () => api.answerCallbackQuery(cq.id, turn.toast ? { text: turn.toast } : {}, forGrammy(signal))),
      job.timings.callTimeoutMs,
    );
    const target: Target = { chatId: ref.chatId, threadId: ref.threadId, replyTo: String(cq.message.message_id) };
    const outcome = await deliverTurn(turn, { job, channel, target, userId: String(cq.from.id), logFields: { update_id: update.update_id, user: await user(cq.from.id) } });
    return done(outcome, turn.outcome);
  }

  const msg = update.message;
  if (!msg) return done({ status: "ignored", reason: "unhandled" }, "ignored", { reason: "unhandled" });
  const routed = route(msg, me, settings(env).HANDOFF_TELEGRAM_CHAT_ID);
  if ("ignore" in routed) return done({ status: "ignored", reason: routed.ignore }, "ignored", { reason: routed.ignore });
  if ("retryLater" in routed) {
    // Nothing was sent: the update is forgotten by the deduplication and the webhook asks Telegram to redeliver it.
    return done({ status: "failed", kind: "not-done", reason: "bot-unknown", sent: 0 }, "retry-later", { reason: routed.retryLater });
  }
  const thread = msg.is_topic_message ? msg.message_thread_id : undefined;
  const ref: ChatRef = { platform: "telegram", chatId: String(msg.chat.id), threadId: thread === undefined ? undefined : String(thread), private: msg.chat.type === "private" };
  const incoming: Incoming = {
    chat: ref,
    messageId: String(msg.message_id),
    userId: msg.from ? String(msg.from.id) : undefined,
    uiLang: langOf(msg.from?.language_code),
    name: msg.from?.is_bot ? undefined : msg.from?.first_name,
    input: routed.input,
  };
  const turn = await converse(incoming, deps);
  const target: Target = { chatId: ref.chatId, threadId: ref.threadId, replyTo: String(msg.message_id) };
  const outcome = await deliverTurn(turn, { job, channel, target, userId: incoming.userId, logFields: { update_id: update.update_id, user: await user(msg.from?.id) } });
  const facts = turn.question?.answer.facts.map((f) => f.id);
  return done(outcome, outcome.status === "failed" ? "undelivered" : turn.outcome, facts ? { lang: turn.question!.answer.lang, facts } : {});
}
