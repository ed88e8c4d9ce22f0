/** @jsxImportSource hono/jsx */
// GET /explore: each report (the latest first, headed by its year and citation), every section of it
// with its figures (each cited), and the charts where the report states a share or a comparison.
// A sum in millions also shows in billions (money.ts). Fully server-rendered. A search bar stays at the top: typing
// filters the figures at once (/static/explore.js); without script, the form's `?q=` filters on
// the server. The contents link to each section and count its matches.
import { facts, sections, type Lang } from "../../src/core/index.ts";
import { Layout } from "../../src/site/layout.tsx";
import { href } from "../../src/site/page-lang.ts";
import { groupByReport, reportsLatestFirst, yearsLabel } from "../../src/site/reports.ts";
import { chartsFor, type ChartData } from "./chart-specs.ts";
import { Chart } from "./charts.tsx";
import { Citations } from "./citations.tsx";
import { found, queryWords, searchKey } from "./explore-search.ts";
import { UI } from "./i18n.ts";
import { moneyInBillions } from "./money.ts";

type FactRow = ReturnType<typeof facts>[number];

const approxOf = (f: FactRow, lang: Lang) => moneyInBillions(f.value, f.unit, lang);

const factKey = (f: FactRow, sectionTitle: string, lang: Lang) =>
  searchKey([f.label, f.figure ?? "", approxOf(f, lang) ?? "", f.value === null ? "" : String(f.value), f.scope, f.period, f.citation.quote, sectionTitle].join(" "));

const chartKey = (c: ChartData, sectionTitle: string) =>
  searchKey([c.title, ...c.figures, ...c.facts.flatMap((f) => [f.label, f.citation.quote]), sectionTitle].join(" "));

function FactItem({ fact, lang, find, hidden }: { fact: FactRow; lang: Lang; find: string; hidden: boolean }) {
  const approx = approxOf(fact, lang);
  return (
    <li class="fact" id={`fact-${fact.id}`} data-find={find} hidden={hidden}>
      <p class="fact-label">{fact.label}</p>
      {fact.figure ? (
        <p class="fact-figure">
          <strong class="figure">{fact.figure}</strong>
          {approx ? <span class="approx">{` (${approx})`}</span> : null}
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

type Area = ReturnType<typeof areasOf>[number];

/** Each report's sections that hold facts, with their figures, charts and what the search shows. */
function areasOf(lang: Lang, words: string[]) {
  const all = facts(lang);
  // A section id an earlier (newer) report already uses gets its report's id in front: anchors stay unique.
  const used = new Set<string>();
  return groupByReport(
    sections(lang).filter((s) => s.factIds.length),
    reportsLatestFirst(lang),
  ).map(({ report, items: ofReport }) => {
    const areas = ofReport.map((s) => {
      const anchor = used.has(s.id) ? `${s.reportId}--${s.id}` : s.id;
      used.add(s.id);
      const own = all.filter((f) => f.reportId === s.reportId && f.sectionId === s.id).map((f) => ({ f, key: factKey(f, s.title, lang) }));
      const items = own.map((x) => ({ ...x, shown: found(x.key, words) }));
      const charts = chartsFor(lang, s.id)
        .filter((chart) => chart.facts.every((f) => f.reportId === s.reportId))
        .map((chart) => {
          const key = chartKey(chart, s.title);
          return { chart, key, shown: found(key, words) };
        });
      const shown = items.filter((x) => x.shown).length;
      return { s, anchor, items, charts, shown, visible: shown > 0 || charts.some((c) => c.shown) };
    });
    return { report, areas, visible: areas.some((a) => a.visible) };
  });
}

function AreaSection({ area, lang }: { area: Area["areas"][number]; lang: Lang }) {
  const t = UI[lang];
  const { s, anchor, items, charts, visible } = area;
  const numbers = items.filter((x) => x.f.figure);
  const statements = items.filter((x) => !x.f.figure);
  return (
    <section class="area" id={anchor} aria-labelledby={`${anchor}-h`} data-area hidden={!visible}>
      <h3 id={`${anchor}-h`}>{s.title}</h3>
      {charts.length ? (
        <div class="charts" role="group" aria-label={`${t.charts}: ${s.title}`} data-group hidden={!charts.some((c) => c.shown)}>
          {charts.map(({ chart, key, shown }) => (
            <Chart chart={chart} lang={lang} find={key} hidden={!shown} />
          ))}
        </div>
      ) : null}
      {numbers.length ? (
        <div data-group hidden={!numbers.some((x) => x.shown)}>
          <h4>{t.figures}</h4>
          <ul class="facts">
            {numbers.map((x) => (
              <FactItem fact={x.f} lang={lang} find={x.key} hidden={!x.shown} />
            ))}
          </ul>
        </div>
      ) : null}
      {statements.length ? (
        <div data-group hidden={!statements.some((x) => x.shown)}>
          <h4>{t.statements}</h4>
          <ul class="facts statements">
            {statements.map((x) => (
              <FactItem fact={x.f} lang={lang} find={x.key} hidden={!x.shown} />
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

export function ExplorePage(props: { lang: Lang; query?: string }) {
  const { lang } = props;
  const query = (props.query ?? "").slice(0, 200);
  const words = queryWords(query);
  const t = UI[lang];
  const groups = areasOf(lang, words);
  const total = groups.flatMap((g) => g.areas).reduce((n, x) => n + x.shown, 0);
  return (
    <Layout lang={lang} page="explore" title={t.navExplore} script="/static/explore.js">
      <h1>{t.exploreTitle}</h1>
      <p class="lead">{t.exploreLead}</p>
      <Finder lang={lang} query={query} count={total} />
      <nav class="toc" aria-labelledby="toc-h">
        <h2 id="toc-h" tabindex={-1}>
          {t.contents}
        </h2>
        {groups.map(({ report, areas, visible }) => (
          <div class="toc-report" data-report-toc={report.id} hidden={!visible}>
            <p class="toc-report-h">
              <a href={`#report-${report.id}`}>{`${yearsLabel(report.years, lang)} · ${t.reportNo} ${report.number}`}</a>
            </p>
            <ol>
              {areas.map(({ s, anchor, shown, visible }) => (
                <li data-toc={anchor} hidden={!visible}>
                  <a href={`#${anchor}`}>{s.title}</a> <span class="toc-count" data-toc-count>{`(${shown})`}</span>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </nav>
      {groups.map(({ report, areas, visible }) => (
        <section class="report" id={`report-${report.id}`} aria-labelledby={`report-${report.id}-h`} data-report={report.id} hidden={!visible}>
          <h2 id={`report-${report.id}-h`} class="report-h">
            <span class="report-year">{yearsLabel(report.years, lang)}</span>
            <span class="report-cite">{report.citation}</span>
          </h2>
          {areas.map((area) => (
            <AreaSection area={area} lang={lang} />
          ))}
        </section>
      ))}
      <p class="more">
        <a href={href("/docs", lang)}>{t.json}</a>
      </p>
    </Layout>
  );
}
