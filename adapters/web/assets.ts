// Static files, kept in the worker bundle as strings (no asset binding, no CDN): a few kB each.
import type { Asset } from "../../src/site/asset.ts";
import { EMBED_JS } from "./assets/embed-js.ts";
import { EXPLORE_JS } from "./assets/explore-js.ts";
import { PAGE_JS } from "./assets/page-js.ts";
import { EMBED_CSS, ICON_SVG, SITE_CSS } from "./assets/styles.ts";

const JS = "text/javascript; charset=utf-8";
const CSS = "text/css; charset=utf-8";

export const STATIC: Record<string, Asset> = {
  "site.css": { type: CSS, body: SITE_CSS },
  "chat.js": { type: JS, body: PAGE_JS },
  "explore.js": { type: JS, body: EXPLORE_JS },
  "embed.css": { type: CSS, body: EMBED_CSS, crossOrigin: true },
  "icon.svg": { type: "image/svg+xml", body: ICON_SVG },
};

export const EMBED: Asset = { type: JS, body: EMBED_JS, crossOrigin: true };
