// GET /admin: what the unanswered questions say (issue 6): placeholder, no routes yet.
import { Hono } from "hono";
import type { AppEnv } from "../../src/env.ts";

export function adminRoutes() {
  return new Hono<AppEnv>();
}
