// One structured log line per request (issue 6): placeholder, passes requests through.
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";

export function requestLog(): MiddlewareHandler<AppEnv> {
  return async (_c, next) => {
    await next();
  };
}
