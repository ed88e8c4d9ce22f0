// The context every handler sees: grammY's, plus the worker's env (D1, LOG_SALT). Workers has no
// process.env, so the env travels with the update.
import type { Context, Middleware } from "grammy";
import type { Env } from "../../src/env.ts";

export type BotContext = Context & { env: Env };

export function withEnv(env: Env): Middleware<BotContext> {
  return (ctx, next) => {
    ctx.env = env;
    return next();
  };
}

/** The update's kind ("message", "callback_query", …), for logs. */
export function updateKind(ctx: Context): string {
  return Object.keys(ctx.update).find((k) => k !== "update_id") ?? "unknown";
}
