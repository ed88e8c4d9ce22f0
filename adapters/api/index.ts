// The JSON API for integrators (/api/*), the web page's endpoints (/chat/*), the OpenAPI document
// (/openapi.json) and its interactive docs (/docs). CORS is mounted in src/app.ts, ahead of the body
// limit, so even a refusal carries the CORS headers a browser needs to read it.
import type { ApiEnv } from "./env.ts";
import { apiKeyAuth } from "./auth.ts";
import { askRoutes } from "./ask-route.ts";
import { chatRoutes, sameSiteOrAllowed } from "./chat-routes.ts";
import { dataRoutes } from "./data-routes.ts";
import { docsRoutes } from "./docs.tsx";
import { serveOpenApi } from "./openapi.ts";
import { rateLimit } from "./rate-limit.ts";
import { settingsGuard } from "./settings-guard.ts";
import { OpenApiRoutes } from "./openapi-routes.ts";

export { apiCors } from "./cors.ts";

export function apiRoutes() {
  const app = new OpenApiRoutes();
  app.use("/api/*", settingsGuard(), apiKeyAuth(), rateLimit());
  app.use("/chat/*", sameSiteOrAllowed(), rateLimit());
  app.include(askRoutes());
  app.include(dataRoutes());
  app.include(chatRoutes());
  serveOpenApi(app);
  app.route("/", docsRoutes());
  return app;
}

export type { ApiEnv };
