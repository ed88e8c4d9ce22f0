// The Hono app: routes and adapters. Exported for the Workers entry point, `npm start` and tests.
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { adminRoutes } from "../adapters/admin/index.ts";
import { apiCors, apiRoutes } from "../adapters/api/index.ts";
import { telegramRoutes } from "../adapters/telegram/index.ts";
import { webRoutes } from "../adapters/web/index.ts";
import { zaloRoutes } from "../adapters/zalo/index.ts";
import { knowledgeVersion } from "./core/index.ts";
import type { AppEnv } from "./env.ts";
import { errorResponse } from "./errors.ts";
import { log } from "./log.ts";
import { notFoundOrMethodNotAllowed } from "./middleware/method-not-allowed.ts";
import { limitBody } from "./middleware/body-limit.ts";
import { requestLog } from "./middleware/request-log.ts";

/** Questions are at most 1000 characters; no JSON body we accept needs more than this. */
export const MAX_BODY_BYTES = 8 * 1024;
/** Platform updates can carry long texts and metadata. */
export const MAX_WEBHOOK_BYTES = 64 * 1024;

export function createApp() {
  const app = new Hono<AppEnv>();
  app.use("*", requestLog());

  const tooLarge = (limit: number) =>
    limitBody({ maxSize: limit, onError: (c) => errorResponse(c, 400, "body_too_large", `the body is over ${limit} bytes`) });
  // CORS first, so that every answer of the API (refusals too) is readable by allowed pages.
  for (const path of ["/api/*", "/chat/*", "/openapi.json"]) app.use(path, apiCors());
  app.use("/api/*", tooLarge(MAX_BODY_BYTES));
  app.use("/chat/*", tooLarge(MAX_BODY_BYTES));
  app.use("/webhook/*", tooLarge(MAX_WEBHOOK_BYTES));

  app.get("/healthz", (c) => c.json({ ok: true, ...knowledgeVersion() }));
  app.route("/", apiRoutes());
  app.route("/webhook/telegram", telegramRoutes());
  app.route("/webhook/zalo", zaloRoutes());
  app.route("/admin", adminRoutes());
  app.route("/", webRoutes());

  app.notFound(notFoundOrMethodNotAllowed(app));
  app.onError((err, c) => {
    if (err instanceof HTTPException && err.status < 500) {
      const codes: Record<number, string> = { 400: "invalid_request", 401: "unauthorized", 413: "body_too_large", 415: "unsupported_media_type" };
      const code = codes[err.status] ?? "error";
      return errorResponse(c, err.status as 400, code, err.message || "bad request");
    }
    log("error", "unhandled", { path: c.req.path, error: (err as Error).message });
    return errorResponse(c, 500, "internal", "internal error");
  });
  return app;
}

export const app = createApp();
