// The language of an HTML page: Vietnamese by default, `?lang=en` switches, and every same-site
// link keeps the choice. Shared by the web adapter's pages and the API's /docs page.
import type { Context } from "hono";
import type { Lang } from "../core/index.ts";

export function pageLang(c: Context): Lang {
  return c.req.query("lang") === "en" ? "en" : "vi";
}

/** A same-site link that keeps the page language. */
export const href = (path: string, lang: Lang) => (lang === "en" ? `${path}?lang=en` : path);
