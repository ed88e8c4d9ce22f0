/** @jsxImportSource hono/jsx */
// GET /explore: every section with its figures (each cited), and the charts where the report
// states a share or a comparison. Fully server-rendered. A search bar stays at the top: typing
// filters the figures at once (/static/explore.js); without script, the form's `?q=` filters on
// the server. The contents link to each section and count its matches.
import { facts, sections, type Lang } from "../../src/core/index.ts";
import { Layout } from "../../src/site/layout.tsx";
import { href } from "../../src/site/page-lang.ts";
import { chartsFor, type ChartData } from "./chart-specs.ts";
import { Chart } from "./charts.tsx";
import { Citations } from "./citations.tsx";
import { found, queryWords, searchKey } from "./explore-search.ts";
import { UI } from "./i18n.ts";

type FactRow = ReturnType<typeof facts>[number];

const factKey = (f: FactRow, sectionTitle: string) =>
  searchKey([f.label, f.figure ?? "", f.value === null ? "" : String(f.value), f.scope, f.period, f.citation.quote, sectionTitle].join(" "));

const chartKey = (c: ChartData, sectionTitle: string) =>
  searchKey([c.title, ...c.figures, ...c.facts.flatMap((f) => [f.label, f.citation.quote]), sectionTitle].join(" "));

function FactItem({ fact, lang, find, hidden }: { fact: FactRow; lang: Lang; find: string; hidden: boolean }) {
  return (
    <li class="fact" id={`fact-${fact.id}`} data-find={find} hidden={hidden}>
      <p class="fact-label">{fact.label}</p>
      {fact.figure ? (
        <p class="fact-figure">
          <strong class="figure">{fact.figure}</strong>
          <span class="fact-scope">{` — ${fact.scope}, ${fact.period}`}</span>
        </p>
      ) : null}
      <Citations facts={[fact]} lang={lang} />
    </li>
  );
}

/** The search form: a GET form (works without script) that the script turns into filter-as-you-type. */
function Finder({ lang, query, count }: { lang: Lang; query: string; count: number }) {
  const t = UI[lang];
  const words = queryWords(query);
  const status = !words.length ? "" : (count ? t.found : t.foundNone).replace("{n}", String(count)).replace("{q}", query.trim());
  return (
    <form class="finder" role="search" action="/explore" method="get" data-finder data-found={t.found} data-none={t.foundNone}>
      <div class="finder-row">
        <label for="explore-q">{t.findLabel}</label>
        <input id="explore-q" name="q" type="search" value={query} maxlength={200} autocomplete="off" spellcheck={false} placeholder={t.findPlaceholder} aria-describedby="explore-found" data-find-input />
        {lang === "en" ? <input type="hidden" name="lang" value="en" /> : null}
        <button type="submit">{t.find}</button>
      </div>
      <p class="finder-foot">
        <span id="explore-found" role="status" data-found-status>
          {status}
        </span>
        <a href="#toc-h">{t.toContents}</a>
      </p>
    </form>
  );
}

export function ExplorePage(props: { lang: Lang; query?: string }) {
  const { lang } = props;
  const query = (props.query ?? "").slice(0, 200);
  const words = queryWords(query);
  const t = UI[lang];
  const all = facts(lang);
  const list = sections(lang)
    .filter((s) => s.factIds.length)
    .map((s) => {
      const own = all.filter((f) => f.sectionId === s.id).map((f) => ({ f, key: factKey(f, s.title) }));
      const items = own.map((x) => ({ ...x, shown: found(x.key, words) }));
      const charts = chartsFor(lang, s.id).map((chart) => {
        const key = chartKey(chart, s.title);
        return { chart, key, shown: found(key, words) };
      });
      const shown = items.filter((x) => x.shown).length;
      return { s, items, charts, shown, visible: shown > 0 || charts.some((c) => c.shown) };
    });
  const total = list.reduce((n, x) => n + x.shown, 0);
  return (
    <Layout lang={lang} page="explore" title={t.navExplore} script="/static/explore.js">
      <h1>{t.exploreTitle}</h1>
      <p class="lead">{t.exploreLead}</p>
      <Finder lang={lang} query={query} count={total} />
      <nav class="toc" aria-labelledby="toc-h">
        <h2 id="toc-h" tabindex={-1}>
          {t.contents}
        </h2>
        <ol>
          {list.map(({ s, shown, visible }) => (
            <li data-toc={s.id} hidden={!visible}>
              <a href={`#${s.id}`}>{s.title}</a> <span class="toc-count" data-toc-count>{`(${shown})`}</span>
            </li>
          ))}
        </ol>
      </nav>
      {list.map(({ s, items, charts, visible }) => {
        const numbers = items.filter((x) => x.f.figure);
        const statements = items.filter((x) => !x.f.figure);
        return (
          <section class="area" id={s.id} aria-labelledby={`${s.id}-h`} data-area hidden={!visible}>
            <h2 id={`${s.id}-h`}>{s.title}</h2>
            {charts.length ? (
              <div class="charts" role="group" aria-label={`${t.charts}: ${s.title}`} data-group hidden={!charts.some((c) => c.shown)}>
                {charts.map(({ chart, key, shown }) => (
                  <Chart chart={chart} lang={lang} find={key} hidden={!shown} />
                ))}
              </div>
            ) : null}
            {numbers.length ? (
              <div data-group hidden={!numbers.some((x) => x.shown)}>
                <h3>{t.figures}</h3>
                <ul class="facts">
                  {numbers.map((x) => (
                    <FactItem fact={x.f} lang={lang} find={x.key} hidden={!x.shown} />
                  ))}
                </ul>
              </div>
            ) : null}
            {statements.length ? (
              <div data-group hidden={!statements.some((x) => x.shown)}>
                <h3>{t.statements}</h3>
                <ul class="facts statements">
                  {statements.map((x) => (
                    <FactItem fact={x.f} lang={lang} find={x.key} hidden={!x.shown} />
                  ))}
                </ul>
              </div>
            ) : null}
          </section>
        );
      })}
      <p class="more">
        <a href={href("/docs", lang)}>{t.json}</a>
      </p>
    </Layout>
  );
}
