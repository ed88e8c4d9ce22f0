// Log lines about updates: what happened, never who in clear. User and chat ids are HMACs keyed
// with LOG_SALT; texts are not logged; `log` scrubs bot tokens from whatever remains.
import { settings, type Env } from "../../src/env.ts";
import { hashId, log } from "../../src/log.ts";
import { updateKind, type TelegramUpdate } from "./update.ts";

/** The update's who and what, ids hashed. */
export async function who(env: Env, update: TelegramUpdate): Promise<Record<string, unknown>> {
  const salt = settings(env).LOG_SALT;
  const from = update.message?.from ?? update.callback_query?.from ?? update.inline_query?.from;
  const chat = update.message?.chat ?? update.callback_query?.message?.chat;
  return {
    update_id: update.update_id,
    update: updateKind(update),
    chat_type: chat?.type,
    user: from ? await hashId(from.id, salt) : undefined,
    chat: chat ? await hashId(chat.id, salt) : undefined,
  };
}

/** One line per handled update: "answered", "abstained", "ignored", "command", "duplicate", … */
export async function logOutcome(env: Env, update: TelegramUpdate, outcome: string, fields: Record<string, unknown> = {}) {
  log("info", "telegram.update", { ...(await who(env, update)), outcome, ...fields });
}
