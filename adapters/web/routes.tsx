/** @jsxImportSource hono/jsx */
// The web page (/), the explore view (/explore), the embed script (/embed.js) and static files
// (/static/*). Pages carry a strict CSP; their only script and stylesheet come from /static.
import { Hono } from "hono";
import type { AppEnv } from "../../src/env.ts";
import { errorResponse } from "../../src/errors.ts";
import { assetResponse } from "../../src/site/asset.ts";
import { documentHtml } from "../../src/site/layout.tsx";
import { pageLang } from "../../src/site/page-lang.ts";
import { pageSecurity } from "../../src/site/security.ts";
import { EMBED, STATIC } from "./assets.ts";
import { ChatPage } from "./chat-page.tsx";
import { ExplorePage } from "./explore-page.tsx";

export function webRoutes() {
  const app = new Hono<AppEnv>();
  app.use("/", pageSecurity());
  app.use("/explore", pageSecurity());

  app.get("/", (c) => c.html(documentHtml((<ChatPage lang={pageLang(c)} />).toString())));
  app.get("/explore", (c) => c.html(documentHtml((<ExplorePage lang={pageLang(c)} query={c.req.query("q")} />).toString())));
  app.get("/embed.js", () => assetResponse(EMBED));
  app.get("/static/:name", (c) => {
    // Own properties only: "__proto__", "constructor" or "toString" are not files.
    const name = c.req.param("name");
    const asset = Object.hasOwn(STATIC, name) ? STATIC[name] : undefined;
    return asset ? assetResponse(asset) : errorResponse(c, 404, "not_found", `no file /static/${c.req.param("name").slice(0, 100)}`);
  });
  return app;
}
