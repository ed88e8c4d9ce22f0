// POST /webhook/telegram: Telegram's deliveries. The route exists only when TELEGRAM_BOT_TOKEN and
// TELEGRAM_WEBHOOK_SECRET are set; otherwise it answers 404 like any unknown path. Wrong secret:
// 401 (429 past a small budget). Not an update: 400. Then the update runs under the chat layer's
// delivery discipline (adapters/chat/run.ts): the webhook answers within 10 s whatever the Bot
// API does (the rest goes on in waitUntil), and 200 — except when the reply surely did not go out
// (nothing sent, the Bot API said not done): then 503, so Telegram redelivers the update, which
// the deduplication has forgotten.
import { Hono } from "hono";
import type { AppEnv } from "../../src/env.ts";
import { errorResponse } from "../../src/errors.ts";
import { keepAliveOf, runUpdate } from "../chat/run.ts";
import { timingsOf } from "../chat/timings.ts";
import "./channel.ts";
import { telegramConfig } from "./config.ts";
import { handleUpdate } from "./handle.ts";
import { logOutcome } from "./logging.ts";
import { refuseWithoutSecret } from "./secret.ts";
import { TelegramUpdate } from "./update.ts";

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
    const parsed = TelegramUpdate.safeParse(body);
    if (!parsed.success) return errorResponse(c, 400, "invalid_request", "the body is not a Telegram update (no update_id)");
    const update = parsed.data;
    const env = c.env ?? {};

    const outcome = await runUpdate({
      env,
      platform: "telegram",
      dedupKey: `telegram:${update.update_id}`,
      work: (job) => handleUpdate(update, config, job),
      keepAlive: keepAliveOf(c),
      answerWithinMs: timingsOf(env).webhookDeadlineMs,
    });
    if (outcome.status === "duplicate") await logOutcome(env, update, "duplicate");
    if (outcome.status === "failed" && outcome.kind === "not-done" && outcome.sent === 0) {
      return errorResponse(c, 503, "unavailable", "the reply could not be sent yet; deliver the update again");
    }
    return c.body(null, 200);
  });

  return app;
}
