// Telegram redelivers an update it got no 2xx for (timeouts included): the same update_id is
// handled once. The record lives in D1 (src/store/dedup.ts), so it holds across isolates for 24 h.
import type { Middleware } from "grammy";
import { seenBefore } from "../../src/store/dedup.ts";
import type { BotContext } from "./context.ts";
import { logOutcome } from "./logging.ts";

export const dedup: Middleware<BotContext> = async (ctx, next) => {
  if (await seenBefore(ctx.env, `telegram:${ctx.update.update_id}`)) {
    await logOutcome(ctx, "duplicate");
    return;
  }
  await next();
};
