// The JSON API for integrators: /api/* routes. Issue 5 extends this (auth, CORS, rate limits,
// read-only data routes, OpenAPI document).
import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../src/env.ts";
import { askRoutes } from "./ask-route.ts";

export function apiRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.route("/", askRoutes());
  return app;
}
