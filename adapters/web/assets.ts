// Static files, kept in the worker bundle as strings (no asset binding, no CDN): a few kB each.
import { EMBED_JS } from "./assets/embed-js.ts";
import { EXPLORE_JS } from "./assets/explore-js.ts";
import { PAGE_JS } from "./assets/page-js.ts";
import { EMBED_CSS, ICON_SVG, SITE_CSS } from "./assets/styles.ts";

export interface Asset {
  type: string;
  body: string;
  /** Loaded by other sites' pages (the embed): allow cross-origin use. */
  crossOrigin?: boolean;
}

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

/** The response for an asset: typed, nosniff, cached briefly (the embed URL never changes). */
export function assetResponse(asset: Asset): Response {
  const headers: Record<string, string> = {
    "Content-Type": asset.type,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "public, max-age=300",
    "Cross-Origin-Resource-Policy": asset.crossOrigin ? "cross-origin" : "same-origin",
  };
  if (asset.crossOrigin) headers["Access-Control-Allow-Origin"] = "*";
  return new Response(asset.body, { headers });
}
