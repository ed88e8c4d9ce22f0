/** @jsxImportSource hono/jsx */
// The page shell: language, header with navigation and the language switch, footer. One
// stylesheet and (optionally) one deferred script, both from this origin: no inline code.
import type { Child } from "hono/jsx";
import type { Lang } from "../../src/core/index.ts";
import { href, UI } from "./i18n.ts";

export type Page = "chat" | "explore" | "docs";

export function Layout(props: { lang: Lang; page: Page; title: string; script?: string; children: Child }) {
  const t = UI[props.lang];
  const path = props.page === "chat" ? "/" : `/${props.page}`;
  const link = (page: Page, target: string, label: string) => (
    <a href={href(target, props.lang)} aria-current={props.page === page ? "page" : undefined}>
      {label}
    </a>
  );
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${t.site}`}</title>
        <link rel="stylesheet" href="/static/site.css" />
        <link rel="icon" href="/static/icon.svg" type="image/svg+xml" />
        {props.script ? <script src={props.script} defer></script> : null}
      </head>
      <body>
        <a class="skip" href="#main">
          {t.skip}
        </a>
        <header class="site">
          <a class="brand" href={href("/", props.lang)}>
            {t.site}
          </a>
          <nav aria-label={t.nav}>
            {link("chat", "/", t.navChat)}
            {link("explore", "/explore", t.navExplore)}
            {link("docs", "/docs", t.navDocs)}
            <a href={href(path, t.switchLang)} lang={t.switchLang} hreflang={t.switchLang}>
              {t.switchTo}
            </a>
          </nav>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site">
          <p>{t.footer}</p>
        </footer>
      </body>
    </html>
  );
}

/** A complete HTML document. */
export const documentHtml = (body: string | Promise<string>) => Promise.resolve(body).then((b) => `<!doctype html>${b}`);
