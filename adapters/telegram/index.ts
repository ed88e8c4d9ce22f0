// telegram adapter: placeholder until the telegram issue lands; the route answers 404 like any unknown path.
import { Hono } from "hono";
import type { AppEnv } from "../../src/env.ts";

export function telegramRoutes() {
  return new Hono<AppEnv>();
}
