/** @jsxImportSource hono/jsx */
// Small inline SVG charts, drawn on the server: geometry in attributes, colours from the
// stylesheet (no inline style, so the strict CSP holds). Each chart is a <figure> whose caption
// states the figures in words and cites the report's sentence; the SVG carries the same words as
// its accessible name.
import type { Lang } from "../../src/core/index.ts";
import type { ChartData } from "./chart-specs.ts";
import { Citations } from "./citations.tsx";
import { UI } from "./i18n.ts";

const W = 320;
const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** 31 of 34: one cell per unit, the done ones filled. */
function UnitCells({ chart }: { chart: ChartData }) {
  const bar = chart.bars[0]!;
  const whole = chart.whole!;
  const gap = 2;
  const cell = (W - gap * (whole - 1)) / whole;
  return (
    <svg viewBox={`0 0 ${W} 56`} role="img" aria-label={chart.summary} class="chart-svg">
      <text x="0" y="16" class="v">
        {bar.text}
      </text>
      {Array.from({ length: whole }, (_, i) => (
        <rect x={fmt(i * (cell + gap))} y="26" width={fmt(cell)} height="24" rx="2" class={i < bar.value ? "fill" : "track"} />
      ))}
    </svg>
  );
}

/** A reduction: the former amount as 100%, the cut part marked. */
function Cut({ chart, lang }: { chart: ChartData; lang: Lang }) {
  const bar = chart.bars[0]!;
  const cut = (W * bar.value) / 100;
  return (
    <svg viewBox={`0 0 ${W} 76`} role="img" aria-label={chart.summary} class="chart-svg">
      <rect x="0" y="10" width={fmt(W - cut)} height="26" class="fill" />
      <rect x={fmt(W - cut)} y="10" width={fmt(cut)} height="26" class="cut" />
      <text x={fmt(W - cut / 2)} y="28" text-anchor="middle" class="v on-bar">
        {`−${bar.text}`}
      </text>
      <text x="0" y="56" class="note">
        {lang === "vi" ? "Toàn thanh = chi phí trước khi cắt giảm (100%)" : "Full bar = the cost before the cut (100%)"}
      </text>
    </svg>
  );
}

/** Horizontal bars from zero; percentages get a dashed 100% line. */
function Bars({ chart, lang }: { chart: ChartData; lang: Lang }) {
  const row = 46;
  const top = 4;
  const max = Math.max(...chart.bars.map((b) => b.value), chart.whole ?? 0);
  const x = (v: number) => (v / max) * (W - 4);
  const height = top + chart.bars.length * row + (chart.whole ? 20 : 0);
  return (
    <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={chart.summary} class="chart-svg">
      {chart.bars.map((b, i) => (
        <g>
          <text x="0" y={top + i * row + 14} class="lbl">
            {`${b.label}: `}
            <tspan class="v">{b.text}</tspan>
          </text>
          <rect x="0" y={top + i * row + 20} width={fmt(W - 4)} height="18" class="track" />
          <rect x="0" y={top + i * row + 20} width={fmt(x(b.value))} height="18" class={i % 2 ? "fill alt" : "fill"} />
        </g>
      ))}
      {chart.whole ? (
        <g>
          <line x1={fmt(x(chart.whole))} x2={fmt(x(chart.whole))} y1={top + 16} y2={height - 16} class="ref" />
          <text x={fmt(x(chart.whole))} y={height - 4} text-anchor="end" class="note">
            {lang === "vi" ? "100% = mức so sánh" : "100% = the reference"}
          </text>
        </g>
      ) : null}
    </svg>
  );
}

/** `find`: the chart's search key (explore-search.ts); `hidden`: filtered out by a search. */
export function Chart({ chart, lang, find, hidden }: { chart: ChartData; lang: Lang; find?: string; hidden?: boolean }) {
  const t = UI[lang];
  const body = chart.kind === "part" ? <UnitCells chart={chart} /> : chart.kind === "cut" ? <Cut chart={chart} lang={lang} /> : <Bars chart={chart} lang={lang} />;
  return (
    <figure class="chart" id={`chart-${chart.id}`} data-chart={chart.id} data-find={find} hidden={hidden}>
      <figcaption>
        <span class="chart-title">{chart.title}</span>
        {chart.figures.map((line) => (
          <span class="chart-figures">{line}</span>
        ))}
      </figcaption>
      {body}
      <Citations facts={chart.facts} lang={lang} summary={t.source} />
    </figure>
  );
}
