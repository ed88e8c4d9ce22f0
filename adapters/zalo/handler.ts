// The one update handler behind both the webhook and long polling: a Zalo update → the chat layer
// (adapters/chat) → "typing" (best effort) → sendMessage, one message per part, under the
// delivery discipline. What is Zalo's own stays here: which events are messages, messages from
// bots, and removing the bot's @mention from a group message (Zalo delivers a group message only
// when it mentions the bot or replies to it). It never throws for a failed send: the failure is
// logged (no token, no raw id) and returned as an outcome.
import type { Env } from "../../src/env.ts";
import { settings } from "../../src/env.ts";
import { hashId, log } from "../../src/log.ts";
import { converse } from "../chat/conversation.ts";
import { deliverTurn } from "../chat/respond.ts";
import { runUpdate, type Outcome } from "../chat/run.ts";
import { storeFor, type ChatStore } from "../chat/state.ts";
import type { Input } from "../chat/types.ts";
import { zaloChannel } from "./channel.ts";
import type { ZaloClient } from "./client.ts";
import { addressedText } from "./text.ts";
import type { ZaloUpdate } from "./updates.ts";

export type { Outcome };

export interface ZaloHandlerDeps {
  /** Sends; give it one attempt per call (`retry: {maxAttempts: 1}`): retries are the chat layer's. */
  client: ZaloClient;
  /** The worker's env (D1, LOG_SALT, ZALO_BOT_NAME, …); polling passes its settings without D1. */
  env: Env;
  /** Records a dedup key ("zalo:<message_id>"); true when handled before. Default: D1. */
  seenBefore?: (key: string) => Promise<boolean>;
  /** Forgets a dedup key (its reply surely did not go out). Default: D1. */
  forget?: (key: string) => Promise<void>;
  /** Per-chat state for follow-ups. Default: D1 when there is one; polling passes memory. */
  store?: ChatStore | null;
  /** Workers' waitUntil, and the time the webhook answers within (absent: wait for the work). */
  keepAlive?: (work: Promise<unknown>) => void;
  answerWithinMs?: number;
}

export type ZaloHandler = (update: ZaloUpdate) => Promise<Outcome>;

export function createZaloHandler(deps: ZaloHandlerDeps): ZaloHandler {
  const { env } = deps;
  const channel = zaloChannel(deps.client);
  return async (update) => {
    const event = update.event_name.slice(0, 64);
    const { kind, message: msg } = update;
    // Not a message (user.follow…): nothing to answer.
    if (!kind) return { status: "ignored", reason: `event ${event}` };
    if (!msg) {
      // A probe, or a message without the fields needed to answer: acknowledged, and logged so a
      // change of Zalo's payload shows up. Field names only, never values.
      log("warn", "zalo.update_incomplete", { zaloEvent: event, missing: update.missing ?? [] });
      return { status: "ignored", reason: "incomplete" };
    }
    if (msg.from?.is_bot) return { status: "ignored", reason: "from a bot" };
    const group = msg.chat.chat_type === "GROUP";
    const chatId = msg.chat.id;
    const botName = settings(env).ZALO_BOT_NAME;
    const input: Input =
      kind.type === "text"
        ? { kind: "text", text: group ? addressedText(msg.text ?? "", botName) : (msg.text ?? "").normalize("NFC").trim() }
        : kind.type === "media"
          ? { kind: "media", media: kind.media }
          : { kind: "unsupported" };

    return runUpdate({
      env,
      platform: "zalo",
      dedupKey: `zalo:${msg.message_id}`,
      seen: deps.seenBefore,
      forget: deps.forget,
      keepAlive: deps.keepAlive,
      answerWithinMs: deps.answerWithinMs,
      work: async (job) => {
        const store = deps.store !== undefined ? deps.store : storeFor(env, job.timings);
        const turn = await converse(
          { chat: { platform: "zalo", chatId, private: !group }, messageId: msg.message_id, userId: msg.from?.id, input },
          { env, features: channel.features, store, timings: job.timings, deadline: job.deadline },
        );
        const outcome = await deliverTurn(turn, {
          job,
          channel,
          target: { chatId },
          typing: kind.type === "text",
          // A delivery that names no sender counts under its chat.
          userId: msg.from?.id ?? chatId,
          logFields: { zaloEvent: event },
        });
        const chat = await hashId(chatId, settings(env).LOG_SALT);
        const answer = turn.question?.answer;
        log("info", "zalo.replied", { zaloEvent: event, chat, group, outcome: turn.outcome, status: outcome.status, answered: answer?.answered ?? false, parts: outcome.status === "replied" ? outcome.parts : 0 });
        return outcome;
      },
    });
  };
}
