// POST /webhook/zalo: Zalo Bot Platform deliveries. The route exists only when ZALO_BOT_TOKEN and
// ZALO_WEBHOOK_SECRET are set. Order of checks: secret (401, no API call) → JSON (400) → update
// shape (400 only for what is not an update, or a field the handler reads in the wrong type) →
// handler. The reply is sent before the webhook answers, and the answer is 200 whatever became of
// the send (failures are logged), so that Zalo does not redeliver in a storm.
import { Hono } from "hono";
import { settings, type AppEnv, type Env, type Settings } from "../../src/env.ts";
import { errorResponse } from "../../src/errors.ts";
import { log } from "../../src/log.ts";
import { seenBefore } from "../../src/store/dedup.ts";
import { recordQuestion } from "../../src/store/question-log.ts";
import { ZaloClient } from "./client.ts";
import { createZaloHandler, type ZaloHandler } from "./handler.ts";
import { ZaloDelivery } from "./updates.ts";
import { refuseWithoutSecret } from "./secret.ts";

export { ZaloClient, DEFAULT_API_ROOT, type ZaloClientOptions, type CallOptions } from "./client.ts";
export { ZaloApiError, ZaloError, ZaloNetworkError, ZaloRequestError } from "./errors.ts";
export { createZaloHandler, type Outcome, type ZaloHandler, type ZaloHandlerDeps } from "./handler.ts";
export { runPolling, type PollingOptions } from "./polling.ts";
export { ZaloDelivery, ZaloUpdate, messageKind, type MessageKind, type ZaloMessage } from "./updates.ts";

const NO_ENV: Env = {};

export { SECRET_HEADER } from "./secret.ts";

// One client and handler per env (one per isolate on Workers) and configuration.
const handlers = new WeakMap<object, Map<string, ZaloHandler>>();
function handlerFor(env: Env, token: string, s: Settings): ZaloHandler {
  const { ZALO_API_ROOT: apiRoot, LOG_SALT: logSalt, ZALO_BOT_NAME: botName } = s;
  let byConfig = handlers.get(env);
  if (!byConfig) handlers.set(env, (byConfig = new Map()));
  const key = [apiRoot, token, logSalt, botName].map((v) => v ?? "").join("\u0000");
  let h = byConfig.get(key);
  if (!h) {
    h = createZaloHandler({
      client: new ZaloClient(token, { apiRoot }),
      seenBefore: (messageId) => seenBefore(env, `zalo:${messageId}`),
      logSalt,
      botName,
      recordQuestion: (q) => recordQuestion(env, { channel: "zalo", ...q }),
    });
    byConfig.set(key, h);
  }
  return h;
}

export function zaloRoutes() {
  const app = new Hono<AppEnv>();
  app.post("/", async (c) => {
    const s = settings(c.env);
    if (!s.ZALO_BOT_TOKEN || !s.ZALO_WEBHOOK_SECRET) return errorResponse(c, 404, "not_found", "the Zalo channel is not configured");
    const refused = await refuseWithoutSecret(c, s.ZALO_WEBHOOK_SECRET);
    if (refused) return refused;
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return errorResponse(c, 400, "invalid_json", "the body is not JSON");
    }
    const update = ZaloDelivery.safeParse(body);
    if (!update.success) {
      const issue = update.error.issues[0];
      return errorResponse(c, 400, "invalid_update", issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "not a Zalo update");
    }
    let handle: ZaloHandler;
    try {
      handle = handlerFor(c.env ?? NO_ENV, s.ZALO_BOT_TOKEN, s);
    } catch (e) {
      // A malformed ZALO_API_ROOT or token: the operator must fix it; redeliveries would not help.
      log("error", "zalo.misconfigured", { error: (e as Error).message });
      return c.json({ ok: false, outcome: "misconfigured" }, 200);
    }
    const outcome = await handle(update.data);
    return c.json({ ok: true, outcome: outcome.status }, 200);
  });
  return app;
}
