// The web page, explore view and embed script (issue 5): placeholder, no routes yet.
import { Hono } from "hono";
import type { AppEnv } from "../../src/env.ts";

export function webRoutes() {
  return new Hono<AppEnv>();
}
