// Any failure while handling an update (a Bot API error after the retries, a bug) is logged and
// swallowed: the webhook still answers 200, so Telegram does not redeliver the update again and again.
import type { Middleware } from "grammy";
import type { BotContext } from "./context.ts";
import { logFailure } from "./logging.ts";

export const errorBoundary: Middleware<BotContext> = async (ctx, next) => {
  try {
    await next();
  } catch (e) {
    try {
      await logFailure(ctx, e);
    } catch {
      // Logging must never turn a handled failure into a 500.
    }
  }
};
