/** @jsxImportSource hono/jsx */
// GET /explore: every section with its figures (each cited), and the charts where the report
// states a share or a comparison. Fully server-rendered: no script needed.
import { facts, sections, type Lang } from "../../src/core/index.ts";
import { chartsFor } from "./chart-specs.ts";
import { Chart } from "./charts.tsx";
import { Citations } from "./citations.tsx";
import { href, UI } from "./i18n.ts";
import { Layout } from "./layout.tsx";

type FactRow = ReturnType<typeof facts>[number];

function FactItem({ fact, lang }: { fact: FactRow; lang: Lang }) {
  return (
    <li class="fact" id={`fact-${fact.id}`}>
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

export function ExplorePage(props: { lang: Lang }) {
  const { lang } = props;
  const t = UI[lang];
  const all = facts(lang);
  const list = sections(lang).filter((s) => s.factIds.length);
  return (
    <Layout lang={lang} page="explore" title={t.navExplore}>
      <h1>{t.exploreTitle}</h1>
      <p class="lead">{t.exploreLead}</p>
      <nav class="toc" aria-labelledby="toc-h">
        <h2 id="toc-h">{t.contents}</h2>
        <ol>
          {list.map((s) => (
            <li>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {list.map((s) => {
        const own = all.filter((f) => f.sectionId === s.id);
        const numbers = own.filter((f) => f.figure);
        const statements = own.filter((f) => !f.figure);
        const charts = chartsFor(lang, s.id);
        return (
          <section class="area" id={s.id} aria-labelledby={`${s.id}-h`}>
            <h2 id={`${s.id}-h`}>{s.title}</h2>
            {charts.length ? (
              <div class="charts" role="group" aria-label={`${t.charts}: ${s.title}`}>
                {charts.map((chart) => (
                  <Chart chart={chart} lang={lang} />
                ))}
              </div>
            ) : null}
            {numbers.length ? (
              <>
                <h3>{t.figures}</h3>
                <ul class="facts">
                  {numbers.map((f) => (
                    <FactItem fact={f} lang={lang} />
                  ))}
                </ul>
              </>
            ) : null}
            {statements.length ? (
              <>
                <h3>{t.statements}</h3>
                <ul class="facts statements">
                  {statements.map((f) => (
                    <FactItem fact={f} lang={lang} />
                  ))}
                </ul>
              </>
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
