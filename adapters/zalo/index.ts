// POST /webhook/zalo: Zalo Bot Platform deliveries. The route exists only when ZALO_BOT_TOKEN and
// ZALO_WEBHOOK_SECRET are set. Order of checks: secret (401, 429 past a small budget; no API call)
// → JSON (400) → update shape (400 only for what is not an update, or a field the handler reads in
// the wrong type) → handler. The handler runs under the chat layer's delivery discipline: the
// webhook answers within 10 s whatever the Zalo API does (the rest goes on in waitUntil), always
// 200 with the outcome, so that Zalo does not redeliver in a storm.
import { Hono } from "hono";
import { settings, type AppEnv, type Env } from "../../src/env.ts";
import { errorResponse } from "../../src/errors.ts";
import { log } from "../../src/log.ts";
import { keepAliveOf } from "../chat/run.ts";
import { timingsOf } from "../chat/timings.ts";
import { sendingClient } from "./channel.ts";
import type { ZaloClient } from "./client.ts";
import { createZaloHandler } from "./handler.ts";
import { refuseWithoutSecret } from "./secret.ts";
import { ZaloDelivery } from "./updates.ts";

export { ZaloClient, DEFAULT_API_ROOT, type ZaloClientOptions, type CallOptions } from "./client.ts";
export { ZaloApiError, ZaloError, ZaloNetworkError, ZaloRequestError } from "./errors.ts";
export { createZaloHandler, type Outcome, type ZaloHandler, type ZaloHandlerDeps } from "./handler.ts";
export { runPolling, type PollingOptions } from "./polling.ts";
export { ZaloDelivery, ZaloUpdate, messageKind, type MessageKind, type ZaloMessage } from "./updates.ts";
export { SECRET_HEADER } from "./secret.ts";

const NO_ENV: Env = {};

// One sending client per env (one per isolate on Workers) and configuration.
const clients = new WeakMap<object, Map<string, ZaloClient>>();
function clientFor(env: Env, token: string, apiRoot: string | undefined): ZaloClient {
  let byConfig = clients.get(env);
  if (!byConfig) clients.set(env, (byConfig = new Map()));
  const key = `${apiRoot ?? ""}\u0000${token}`;
  let client = byConfig.get(key);
  if (!client) byConfig.set(key, (client = sendingClient(token, apiRoot, timingsOf(env).callTimeoutMs)));
  return client;
}

export function zaloRoutes() {
  const app = new Hono<AppEnv>();
  app.post("/", async (c) => {
    const env = c.env ?? NO_ENV;
    const s = settings(env);
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
    let client: ZaloClient;
    try {
      client = clientFor(env, s.ZALO_BOT_TOKEN, s.ZALO_API_ROOT);
    } catch (e) {
      // A malformed ZALO_API_ROOT or token: the operator must fix it; redeliveries would not help.
      log("error", "zalo.misconfigured", { error: (e as Error).message });
      return c.json({ ok: false, outcome: "misconfigured" }, 200);
    }
    const handle = createZaloHandler({ client, env, keepAlive: keepAliveOf(c), answerWithinMs: timingsOf(env).webhookDeadlineMs });
    const outcome = await handle(update.data);
    return c.json({ ok: true, outcome: outcome.status }, 200);
  });
  return app;
}
