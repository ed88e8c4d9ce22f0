// Which figures get a chart: only where the report itself states a share of a whole or a
// comparison. Values come from the facts at render time; nothing here repeats a number except
// the 100% reference of a percentage "of the estimate / of the same period".
import { facts, formatNumber, type Lang } from "../../src/core/index.ts";

type Text = Record<Lang, string>;
type FactRow = ReturnType<typeof facts>[number];

export type ChartSpec =
  /** `part` of a whole the figure states ("31/34"). */
  | { id: string; section: string; kind: "part"; fact: string; title: Text }
  /** Percentages of a reference (estimate, same period last year) against a 100% line. */
  | { id: string; section: string; kind: "percent"; bars: { fact: string; label: Text }[]; title: Text }
  /** A reduction by a percentage of the former amount. */
  | { id: string; section: string; kind: "cut"; fact: string; title: Text }
  /** Two amounts of the same unit side by side. */
  | { id: string; section: string; kind: "compare"; bars: { fact: string; label: Text }[]; title: Text };

export const CHARTS: ChartSpec[] = [
  {
    id: "nhiem-vu",
    section: "chi-dao-dieu-hanh",
    kind: "part",
    fact: "cchc-nhiem-vu-hoan-thanh",
    title: { vi: "Nhiệm vụ trong kế hoạch CCHC năm 2024 đã hoàn thành", en: "Tasks of the 2024 reform plan completed" },
  },
  {
    id: "chi-phi-tuan-thu",
    section: "thu-tuc-hanh-chinh",
    kind: "cut",
    fact: "ty-le-cat-giam-chi-phi-tuan-thu",
    title: { vi: "Cắt giảm chi phí tuân thủ TTHC", en: "Cut in procedure compliance costs" },
  },
  {
    id: "bien-che",
    section: "to-chuc-bo-may",
    kind: "compare",
    bars: [
      { fact: "bien-che-giao", label: { vi: "Được giao", en: "Assigned" } },
      { fact: "bien-che-hien-co", label: { vi: "Hiện có", en: "In post" } },
    ],
    title: { vi: "Biên chế công chức: được giao và hiện có", en: "Civil servant positions: assigned and in post" },
  },
  {
    id: "nguoi-lam-viec",
    section: "to-chuc-bo-may",
    kind: "compare",
    bars: [
      { fact: "nguoi-lam-viec-giao", label: { vi: "Được giao", en: "Assigned" } },
      { fact: "nguoi-lam-viec-hien-co", label: { vi: "Có mặt", en: "Working" } },
    ],
    title: { vi: "Người làm việc trong đơn vị sự nghiệp công lập", en: "Staff of public service units: assigned and working" },
  },
  {
    id: "thu-ngan-sach",
    section: "tai-chinh-cong",
    kind: "percent",
    bars: [
      { fact: "thu-ngan-sach-so-du-toan", label: { vi: "So với dự toán", en: "Of the estimate" } },
      { fact: "thu-ngan-sach-so-cung-ky", label: { vi: "So với cùng kỳ năm trước", en: "Of the same period last year" } },
    ],
    title: { vi: "Thu ngân sách nhà nước (đến 06/12/2024)", en: "State budget revenue (to 6 December 2024)" },
  },
  {
    id: "chi-ngan-sach",
    section: "tai-chinh-cong",
    kind: "percent",
    bars: [{ fact: "chi-can-doi-so-du-toan", label: { vi: "So với dự toán", en: "Of the estimate" } }],
    title: { vi: "Chi cân đối ngân sách 11 tháng", en: "Balanced budget spending, 11 months" },
  },
];

/** A chart ready to draw: bars with numbers and the text that states them. */
export interface ChartData {
  id: string;
  kind: ChartSpec["kind"];
  title: string;
  /** The figures in words, one line each ("31/34 nhiệm vụ", "giảm 42%", "Được giao: 1.951 …"). */
  figures: string[];
  /** Title and figures: the SVG's accessible name. */
  summary: string;
  bars: { label: string; value: number; text: string }[];
  /** part: the whole; percent and cut: 100. */
  whole: number | null;
  facts: FactRow[];
}

/** "31/34 nhiệm vụ", "31 of 34 tasks" → 34. */
export function wholeOf(figure: string | null): number | null {
  const m = figure && /(\d[\d.,]*)\s*(?:\/|of)\s*(\d[\d.,]*)/.exec(figure);
  return m ? Number(m[2]!.replace(/[.,]/g, "")) : null;
}

const words = (title: string, ...figures: string[]) => ({ figures, summary: `${title} — ${figures.join("; ")}` });
const pct = (n: number, lang: Lang) => `${formatNumber(n, lang)}%`;

/** The charts of one section (or all), built from the facts; a chart whose facts are missing is left out. */
export function chartsFor(lang: Lang, section?: string): ChartData[] {
  const byId = new Map(facts(lang).map((f) => [f.id, f]));
  const out: ChartData[] = [];
  for (const spec of CHARTS) {
    if (section && spec.section !== section) continue;
    const title = spec.title[lang];
    if (spec.kind === "part" || spec.kind === "cut") {
      const f = byId.get(spec.fact);
      if (!f || f.value === null || !f.figure) continue;
      if (spec.kind === "part") {
        const whole = wholeOf(f.figure);
        if (!whole) continue;
        out.push({ id: spec.id, kind: spec.kind, title, ...words(title, f.figure), bars: [{ label: f.label, value: f.value, text: f.figure }], whole, facts: [f] });
      } else {
        const word = lang === "vi" ? "giảm" : "down";
        out.push({ id: spec.id, kind: spec.kind, title, ...words(title, `${word} ${pct(f.value, lang)}`), bars: [{ label: f.label, value: f.value, text: pct(f.value, lang) }], whole: 100, facts: [f] });
      }
      continue;
    }
    const rows = spec.bars.map((b) => ({ b, f: byId.get(b.fact) }));
    if (rows.some((r) => !r.f || r.f.value === null || !r.f.figure)) continue;
    const bars = rows.map(({ b, f }) => ({
      label: b.label[lang],
      value: f!.value!,
      text: spec.kind === "percent" ? pct(f!.value!, lang) : f!.figure!,
    }));
    out.push({
      id: spec.id,
      kind: spec.kind,
      title,
      ...words(title, ...bars.map((b) => `${b.label}: ${b.text}`)),
      bars,
      whole: spec.kind === "percent" ? 100 : null,
      facts: rows.map((r) => r.f!),
    });
  }
  return out;
}
