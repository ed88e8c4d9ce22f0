// zalo adapter: placeholder until the zalo issue lands; the route answers 404 like any unknown path.
import { Hono } from "hono";
import type { AppEnv } from "../../src/env.ts";

export function zaloRoutes() {
  return new Hono<AppEnv>();
}
