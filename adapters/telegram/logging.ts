// Log lines about updates: what happened, never who in clear. User and chat ids are HMACs keyed
// with LOG_SALT; texts are not logged; `log` scrubs bot tokens from whatever remains.
import { GrammyError, HttpError } from "grammy";
import { settings } from "../../src/env.ts";
import { hashId, log, type LogLevel } from "../../src/log.ts";
import { updateKind, type BotContext } from "./context.ts";

async function who(ctx: BotContext): Promise<Record<string, unknown>> {
  const salt = settings(ctx.env).LOG_SALT;
  return {
    update_id: ctx.update.update_id,
    update: updateKind(ctx),
    chat_type: ctx.chat?.type,
    user: ctx.from ? await hashId(ctx.from.id, salt) : undefined,
    chat: ctx.chat ? await hashId(ctx.chat.id, salt) : undefined,
  };
}

/** One line per handled update: "answered", "abstained", "ignored", "command", … */
export async function logOutcome(ctx: BotContext, outcome: string, fields: Record<string, unknown> = {}, level: LogLevel = "info") {
  log(level, "telegram.update", { ...(await who(ctx)), outcome, ...fields });
}

/** What went wrong, without secrets: Bot API errors keep their method, code and description. */
export function describeError(e: unknown): Record<string, unknown> {
  if (e instanceof GrammyError) return { method: e.method, error_code: e.error_code, description: e.description };
  if (e instanceof HttpError) return { error: "network", message: e.message };
  return { error: e instanceof Error ? e.message : String(e) };
}

export async function logFailure(ctx: BotContext, e: unknown) {
  log("error", "telegram.failed", { ...(await who(ctx)), ...describeError(e) });
}
