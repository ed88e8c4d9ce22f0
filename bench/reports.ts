// N INVENTED reports made from the real one, for `npm run bench -- --reports N` only (never shipped,
// never written under knowledge/reports/): report i is the real report with every year moved back
// by i, its number changed, its fact ids prefixed, and a few figures changed (value + i) in its text
// and facts alike, so that each report is valid for the build and its figures differ from the rest.
// Report 0 is the real report, unchanged: the latest, which answers questions naming no year.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReportInput } from "../knowledge/compile.ts";
import { NUMBER_TOKEN, parseReportNumber } from "../src/core/numbers.ts";

const REAL = join(import.meta.dirname, "..", "knowledge", "reports", "tth-cchc-2024");
const LATEST_YEAR = 2024;
const REAL_NUMBER = 627;
/** Plain counts not named by any relation, so every relation of an invented report still adds up. */
const VARIED = ["tthc-cong-bo", "tthc-bai-bo", "tthc-mot-cua", "hoi-thi-cchc-co-quan-tham-gia", "cchc-nhiem-vu-chinh-phu-giao", "cong-chuc-trung-tuyen"];

interface FactLike {
  id: string;
  related: string[];
  quote: string;
  raw?: string;
  value: number | null;
}

export const reportYear = (i: number) => LATEST_YEAR - i;
/** The document number report i prints ("627/BC-UBND" for the real one): citations tell reports apart by it. */
export const reportNumber = (i: number) => `${REAL_NUMBER - i}/BC-UBND`;

function readReal(): ReportInput & { facts: FactLike[] } {
  const read = (f: string) => readFileSync(join(REAL, f), "utf8");
  return { dir: "tth-cchc-2024", source: read("source.txt"), report: JSON.parse(read("report.json")), facts: JSON.parse(read("facts.json")), relations: JSON.parse(read("relations.json")) };
}

/** `value` printed the way `raw` prints its number ("1,117" → "1,123"; "176" → "182"). */
function printLike(raw: string, value: number): string {
  const sep = raw.match(/[.,]/)?.[0];
  const out = sep ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, sep) : String(value);
  if (parseReportNumber(out) !== value) throw new Error(`bench/reports: ${out} does not read back as ${value}`);
  return out;
}

/** Every string inside a JSON value, rewritten. */
function mapStrings(x: unknown, f: (s: string) => string): unknown {
  if (typeof x === "string") return f(x);
  if (Array.isArray(x)) return x.map((y) => mapStrings(y, f));
  if (x && typeof x === "object") return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, mapStrings(v, f)]));
  return x;
}

function invent(real: ReturnType<typeof readReal>, i: number): ReportInput {
  if (i === 0) return real;
  // Figures first, as whole number tokens, in one pass (a new value may equal another old one).
  const figures = new Map<string, string>();
  const values = new Map<string, number>();
  for (const id of VARIED) {
    const f = real.facts.find((x) => x.id === id);
    if (!f?.raw || f.value === null) throw new Error(`bench/reports: no figure "${id}" in the real report`);
    const printed = [...real.source.matchAll(NUMBER_TOKEN)].filter((m) => m[0] === f.raw).length;
    if (printed !== 1) throw new Error(`bench/reports: "${f.raw}" (${id}) is printed ${printed} times, not once`);
    figures.set(f.raw, printLike(f.raw, f.value + i));
    values.set(id, f.value + i);
  }
  const rewrite = (s: string) =>
    s
      .replace(NUMBER_TOKEN, (t) => figures.get(t) ?? t)
      .replace(/\b202[345]\b/g, (y) => String(Number(y) - i))
      .replaceAll(`${REAL_NUMBER}/BC-UBND`, reportNumber(i));
  const prefix = `r${i}-`;
  const ids = new Map(real.facts.map((f) => [f.id, prefix + rewrite(f.id)]));
  const report = mapStrings(real.report, rewrite) as { years: number[]; exclusions: { raw: string }[] };
  report.years = report.years.map((y) => y - i);
  for (const ex of report.exclusions) if (ex.raw === String(REAL_NUMBER)) ex.raw = reportNumber(i).split("/")[0]!;
  const facts = real.facts.map((f) => {
    const out = { ...(mapStrings(f, rewrite) as FactLike), id: ids.get(f.id)!, related: f.related.map((r) => ids.get(r) ?? r) };
    if (!values.has(f.id)) return out;
    // The build finds a raw as its nth substring in the quote: "199" may now sit inside "1997".
    // Only the changed figures move text: years and the report number keep their length.
    const before = [...f.quote.matchAll(NUMBER_TOKEN)].find((m) => m[0] === f.raw)!.index;
    const at = rewrite(f.quote.slice(0, before)).length;
    let occurrence = 0;
    for (let j = out.quote.indexOf(out.raw!); j >= 0 && j <= at; j = out.quote.indexOf(out.raw!, j + 1)) occurrence++;
    return { ...out, value: values.get(f.id)!, occurrence };
  });
  const relations = (mapStrings(real.relations, (s) => ids.get(s) ?? s) as { baselineYear?: number }[]).map((r) =>
    r.baselineYear === undefined ? r : { ...r, baselineYear: r.baselineYear - i },
  );
  return { dir: `invented-${reportYear(i)}`, source: rewrite(real.source), report, facts, relations };
}

/** The real report and n − 1 invented ones, newest first (years 2024, 2023, …). */
export function inventReports(n: number): ReportInput[] {
  const real = readReal();
  return Array.from({ length: n }, (_, i) => invent(real, i));
}
