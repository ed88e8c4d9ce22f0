// The grammY bot for one update: built per request (cheap: no network, botInfo is given) so the
// handlers see this request's env. Order matters: env, error boundary, dedup, then the handlers.
import { autoRetry } from "@grammyjs/auto-retry";
import { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Env } from "../../src/env.ts";
import { callbacks } from "./callbacks.ts";
import { commands } from "./commands.ts";
import type { TelegramConfig } from "./config.ts";
import { withEnv, type BotContext } from "./context.ts";
import { dedup } from "./dedup.ts";
import { errorBoundary } from "./error-boundary.ts";
import { inline } from "./inline.ts";
import { logOutcome } from "./logging.ts";
import { otherMessages } from "./other-messages.ts";
import { questions } from "./questions.ts";

/**
 * Bot API 429 (when retry_after ≤ 5 s) and 5xx (after 3 s) are retried once: the webhook must answer
 * well before Telegram gives up on it. auto-retry also waits after the last failed attempt, so one
 * call costs at most ~10 s. Network errors are not retried (auto-retry would retry them forever).
 */
export const RETRY = { maxRetryAttempts: 1, maxDelaySeconds: 5, rethrowHttpErrors: true } as const;

/**
 * `keepAlive` receives the whole handling of the update (Workers: `executionCtx.waitUntil`), so a
 * reply still on its way when the webhook answers at its timeout is not cancelled.
 */
export function createBot(env: Env, config: TelegramConfig, botInfo: UserFromGetMe, keepAlive?: (work: Promise<unknown>) => void): Bot<BotContext> {
  const bot = new Bot<BotContext>(config.token, { botInfo, client: { apiRoot: config.apiRoot } });
  bot.api.config.use(autoRetry(RETRY));
  if (keepAlive)
    bot.use((_ctx, next) => {
      const work = next();
      keepAlive(work.catch(() => undefined));
      return work;
    });
  bot.use(withEnv(env), errorBoundary, dedup);
  // Messages from bots, and our own inline results echoed back into a chat, are not questions.
  // Anonymous group admins post as @GroupAnonymousBot (is_bot, with sender_chat): they are people.
  bot.filter(
    (ctx) => (ctx.from?.is_bot === true && !ctx.msg?.sender_chat) || ctx.msg?.via_bot?.id === ctx.me.id,
    (ctx) => logOutcome(ctx, "ignored", { reason: "bot" }),
  );
  bot.use(commands, callbacks, inline, questions, otherMessages);
  bot.use((ctx) => logOutcome(ctx, "ignored", { reason: "unhandled" }));
  return bot;
}
