/** @jsxImportSource hono/jsx */
// The page shell of every HTML page of the site (the web adapter's pages and the API's /docs):
// language, header with navigation and the language switch, footer. One stylesheet and (optionally)
// one deferred script, both from this origin: no inline code.
import type { Child } from "hono/jsx";
import type { Lang } from "../core/index.ts";
import { href } from "./page-lang.ts";

export type Page = "chat" | "explore" | "docs";

/** The shell's own words; the web adapter's page words extend them (adapters/web/i18n.ts). */
export const SHELL_WORDS = {
  vi: {
    site: "Kết quả CCHC 2024 · Thừa Thiên Huế",
    nav: "Điều hướng chính",
    navChat: "Hỏi đáp",
    navExplore: "Số liệu",
    navDocs: "API",
    switchTo: "English",
    switchLang: "en" as Lang,
    skip: "Bỏ qua đến nội dung chính",
    footer: "Số liệu trích từ Báo cáo số 627/BC-UBND ngày 20/12/2024 của Ủy ban nhân dân tỉnh Thừa Thiên Huế, đăng trên caicachhanhchinh.gov.vn.",
  },
  en: {
    site: "Administrative reform 2024 · Thua Thien Hue",
    nav: "Main navigation",
    navChat: "Ask",
    navExplore: "Figures",
    navDocs: "API",
    switchTo: "Tiếng Việt",
    switchLang: "vi" as Lang,
    skip: "Skip to main content",
    footer: "Figures quoted from Report No. 627/BC-UBND of 20 December 2024 of the People's Committee of Thua Thien Hue province, published on caicachhanhchinh.gov.vn.",
  },
} satisfies Record<Lang, Record<string, string>>;

export function Layout(props: { lang: Lang; page: Page; title: string; script?: string; children: Child }) {
  const t = SHELL_WORDS[props.lang];
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
