// POST /webhook/telegram: Telegram's deliveries, handed to grammY's webhookCallback (hono adapter).
// The route exists only when TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET are set; otherwise it
// answers 404 like any unknown path. Wrong secret: 401. Not an update: 400. Anything that fails
// after that is logged and answered 200, so Telegram does not redeliver it in a loop.
import { webhookCallback } from "grammy";
import { Hono, type Context } from "hono";
import * as z from "zod";
import type { AppEnv } from "../../src/env.ts";
import { errorResponse } from "../../src/errors.ts";
import { log } from "../../src/log.ts";
import { botInfoFor } from "./bot-info.ts";
import { createBot } from "./bot.ts";
import { telegramConfig } from "./config.ts";
import { describeError } from "./logging.ts";
import { refuseWithoutSecret } from "./secret.ts";

/** Past this, the webhook answers 200 and the handling finishes in the background. */
export const WEBHOOK_TIMEOUT_MS = 25_000;

/** The one field every update has; grammY reads the rest. */
const Update = z.object({ update_id: z.number().int().nonnegative() });

/** Workers' waitUntil, when the runtime gives one (not under a plain Node server). */
function keepAliveOf(c: Context<AppEnv>): ((work: Promise<unknown>) => void) | undefined {
  try {
    const ctx = c.executionCtx;
    return (work) => ctx.waitUntil(work);
  } catch {
    return undefined;
  }
}

export function telegramRoutes() {
  const app = new Hono<AppEnv>();

  app.post("/", async (c) => {
    const config = telegramConfig(c.env);
    if (!config) return errorResponse(c, 404, "not_found", `no route for ${c.req.method} ${c.req.path}`);
    const refused = await refuseWithoutSecret(c, config.secret);
    if (refused) return refused;
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return errorResponse(c, 400, "invalid_request", "the body is not JSON");
    }
    const parsed = Update.safeParse(body);
    if (!parsed.success) return errorResponse(c, 400, "invalid_request", "the body is not a Telegram update (no update_id)");
    const { update_id } = parsed.data;

    try {
      const bot = createBot(c.env, config, await botInfoFor(config), keepAliveOf(c));
      const handle = webhookCallback(bot, "hono", {
        secretToken: config.secret,
        timeoutMilliseconds: WEBHOOK_TIMEOUT_MS,
        onTimeout: () => log("warn", "telegram.timeout", { update_id }),
      });
      return await handle(c);
    } catch (e) {
      log("error", "telegram.webhook_failed", { update_id, ...describeError(e) });
      return c.body(null, 200);
    }
  });

  return app;
}
