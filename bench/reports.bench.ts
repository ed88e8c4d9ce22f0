// `npm run bench -- --reports 1,10,50` (or `--reports=25`; `--reports` alone is 1,10,50): how cost
// grows with the number of reports. For each N, N reports invented from the real one
// (bench/reports.ts) are compiled in this process (the build step, timed), written as report
// folders into a temporary copy of the repository whose own `knowledge/build.ts` writes the kb
// module, measured in a fresh node process (bench/reports-probe.ts: startup, index load, ask(),
// heap after GC) and bundled by `wrangler deploy --dry-run` there. Nothing under the repository
// changes; the copy is removed.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import ts from "typescript";
import * as z from "zod";
import { compileKnowledge } from "../knowledge/compile.ts";
import { latestReport } from "../src/core/kb.ts";
import { fitLine } from "./reports-stats.ts";
import { inventReports } from "./reports.ts";

const root = join(import.meta.dirname, "..");
const bin = (name: string) => join(root, "node_modules", ".bin", name);
const ROUNDS = 100;
const MiB = 1024 * 1024;

/** ask() over the dev questions; `texts` holds each answer's text, null when declined. */
const Run = z.object({
  medianUs: z.number(),
  p99Us: z.number(),
  slowestQuestionUs: z.number(),
  answered: z.number(),
  fromReport: z.number(),
  texts: z.array(z.string().nullable()),
  longestReply: z.number(),
});
const Probe = z.object({
  n: z.number(),
  year: z.number(),
  questions: z.number(),
  importMs: z.number(),
  loadColdMs: z.number(),
  firstAskMs: z.number(),
  loadMedianMs: z.number(),
  loadOlderMs: z.number().nullable(),
  heapBase: z.number(),
  heapLoaded: z.number(),
  heapWarm: z.number(),
  latest: Run,
  older: Run,
  adversarial: z.record(z.string(), z.object({ medianUs: z.number(), maxUs: z.number() })),
});
type Probe = z.infer<typeof Probe>;

interface Row {
  n: number;
  facts: number;
  buildMs: number;
  /** All reports' indexes, and the one loaded at startup. */
  indexBytes: number;
  latestIndexBytes: number;
  bundleBytes: number;
  bundleGzBytes: number;
  probe: Probe;
}

/** A copy of the repository without its tests, reports or generated files; node_modules linked. */
function scratchRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), "cchc-reports-"));
  const skip = new Set(["node_modules", ".git", ".wrangler", "test", "test-results", "knowledge/reports", "knowledge/dist", "knowledge/drafts"].map((d) => join(root, d)));
  cpSync(root, dir, { recursive: true, filter: (src) => !skip.has(src) });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

function measure(n: number, scratch: string): Row {
  const inputs = inventReports(n);
  const t0 = performance.now();
  const { kb, indexJSONByReport } = compileKnowledge(inputs, "bench");
  const buildMs = performance.now() - t0;

  const reports = join(scratch, "knowledge", "reports");
  rmSync(reports, { recursive: true, force: true });
  for (const r of inputs) {
    const dir = join(reports, r.dir);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "source.txt"), r.source);
    for (const [f, x] of [["report.json", r.report], ["facts.json", r.facts], ["relations.json", r.relations]] as const) writeFileSync(join(dir, f), JSON.stringify(x, null, 2));
  }
  // The repository's own build writes the kb module exactly as it ships.
  execFileSync(bin("tsx"), ["knowledge/build.ts"], { cwd: scratch, stdio: ["ignore", "ignore", "pipe"] });
  const kbTs = join(scratch, "knowledge", "dist", "kb.gen.ts");
  // The probe imports it as plain JavaScript, so that its import time is parse and evaluation
  // (what a worker's startup pays), not a TypeScript transform.
  const kbJs = join(scratch, "kb.gen.mjs");
  writeFileSync(kbJs, ts.transpileModule(readFileSync(kbTs, "utf8"), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
  const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", join(root, "bench", "reports-probe.ts"), kbJs, String(n), String(ROUNDS)], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * MiB,
  });
  const probe = Probe.parse(JSON.parse(out.trim().split("\n").at(-1)!));

  const outdir = join(scratch, "bundle");
  rmSync(outdir, { recursive: true, force: true });
  execFileSync(bin("wrangler"), ["deploy", "--dry-run", "--outdir", outdir], {
    cwd: scratch,
    stdio: "ignore",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
  });
  const files = readdirSync(outdir).filter((f) => f.endsWith(".js")).map((f) => join(outdir, f));
  return {
    n,
    facts: kb.facts.length,
    buildMs,
    indexBytes: Object.values(indexJSONByReport).reduce((s, j) => s + j.length, 0),
    latestIndexBytes: indexJSONByReport[latestReport(kb).id]!.length,
    bundleBytes: files.reduce((s, f) => s + statSync(f).size, 0),
    bundleGzBytes: files.reduce((s, f) => s + gzipSync(readFileSync(f)).length, 0),
    probe,
  };
}

const pad = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("");
const f1 = (x: number) => x.toFixed(1);
const mib = (bytes: number) => (bytes / MiB).toFixed(2);

/** Where a quantity growing linearly with N reaches `limit`, from the measured points. */
function reachedAt(rows: Row[], y: (r: Row) => number, limit: number): string {
  const { a, b } = fitLine(rows.map((r) => ({ x: r.n, y: y(r) })));
  if (b <= 0) return "does not grow";
  const at = (limit - a) / b;
  return `${(b < 1 ? b.toFixed(3) : b.toFixed(1))}/report → N ≈ ${Math.max(1, Math.floor(at))}`;
}

export function runReportsBench(counts: number[]): void {
  const ns = [...new Set(counts)].sort((a, b) => a - b);
  // Other work on the machine shows in the p99s first: say how busy it was.
  const busy = loadavg()[0]!;
  const scratch = scratchRepository();
  const rows: Row[] = [];
  try {
    for (const n of ns) rows.push(measure(n, scratch));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const q = rows[0]!.probe.questions;
  console.log(`\nreports: N invented from knowledge/reports/tth-cchc-2024 (bench/reports.ts), ${q} dev questions × ${ROUNDS} rounds, each N in a fresh process; load average ${busy.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
  const w = [32, ...rows.map(() => 12)];
  const line = (name: string, cell: (r: Row) => string) => console.log(pad([name, ...rows.map(cell)], w));
  line("N reports", (r) => String(r.n));
  line("facts", (r) => String(r.facts));
  line("ask() latest median µs", (r) => f1(r.probe.latest.medianUs));
  line("ask() latest p99 µs", (r) => f1(r.probe.latest.p99Us));
  line("  slowest question's median µs", (r) => f1(r.probe.latest.slowestQuestionUs));
  line("ask() older year, year", (r) => String(r.probe.year));
  line("ask() older year median µs", (r) => f1(r.probe.older.medianUs));
  line("ask() older year p99 µs", (r) => f1(r.probe.older.p99Us));
  line("  slowest question's median µs", (r) => f1(r.probe.older.slowestQuestionUs));
  line("answered, latest", (r) => `${r.probe.latest.answered}/${q}`);
  line("  citing only the latest", (r) => `${r.probe.latest.fromReport}/${q}`);
  const first = rows[0]!.probe.latest.texts;
  const firstAnswered = first.filter((t) => t !== null).length;
  line(`  same answer as N=${rows[0]!.n}`, (r) => `${r.probe.latest.texts.filter((t, i) => t !== null && t === first[i]).length}/${firstAnswered}`);
  line("answered, older year", (r) => `${r.probe.older.answered}/${q}`);
  line("  citing only that year's", (r) => `${r.probe.older.fromReport}/${q}`);
  line("longest reply, chars", (r) => String(Math.max(r.probe.latest.longestReply, r.probe.older.longestReply)));
  line("build + serialize ms", (r) => f1(r.buildMs));
  line("serialized indexes, all MiB", (r) => mib(r.indexBytes));
  line("  the latest report's MiB", (r) => mib(r.latestIndexBytes));
  line("kb module import ms", (r) => f1(r.probe.importMs));
  line("index load, first ms", (r) => f1(r.probe.loadColdMs));
  line("index load, median ms", (r) => f1(r.probe.loadMedianMs));
  line("older report's index, first ms", (r) => (r.probe.loadOlderMs === null ? "–" : f1(r.probe.loadOlderMs)));
  line("first ask() ms", (r) => f1(r.probe.firstAskMs));
  line("startup ms (import+load+ask)", (r) => f1(r.probe.importMs + r.probe.loadColdMs + r.probe.firstAskMs));
  line("heap after GC: KB loaded MiB", (r) => mib(r.probe.heapLoaded));
  line("  KB after the asks MiB", (r) => mib(r.probe.heapWarm));
  line("  whole process MiB", (r) => mib(r.probe.heapBase + r.probe.heapWarm));
  line("worker bundle MiB", (r) => mib(r.bundleBytes));
  line("worker bundle gzip MiB", (r) => mib(r.bundleGzBytes));

  const classes = Object.keys(rows[0]!.probe.adversarial);
  if (classes.length) {
    console.log(`\nadversarial inputs (bench/adversarial.ts, 1,000 chars, each asked once): median / max ms`);
    for (const c of classes) line(c, (r) => `${(r.probe.adversarial[c]!.medianUs / 1000).toFixed(1)}/${(r.probe.adversarial[c]!.maxUs / 1000).toFixed(1)}`);
  }

  const big = rows.at(-1)!;
  const ms = (us: number) => (us / 1000).toFixed(2);
  console.log(`\ntargets at N = ${big.n}: ask() p99 ${ms(Math.max(big.probe.latest.p99Us, big.probe.older.p99Us))} ms, slowest question's median ${ms(Math.max(big.probe.latest.slowestQuestionUs, big.probe.older.slowestQuestionUs))} ms (< 2 ms), index load ${f1(big.probe.loadColdMs)} ms first, ${f1(big.probe.loadMedianMs)} ms median (< 100 ms)`);
  if (rows.length < 2) return console.log("Workers limits: give two or more N to see where each is reached");
  console.log("Workers limits, a line fitted through the measured N (this machine's CPU, node's heap):");
  console.log(`  bundle gzip 3 MiB (free)      ${reachedAt(rows, (r) => r.bundleGzBytes / MiB, 3)}  (MiB)`);
  console.log(`  bundle gzip 10 MiB (paid)     ${reachedAt(rows, (r) => r.bundleGzBytes / MiB, 10)}  (MiB)`);
  console.log(`  heap 128 MB per isolate       ${reachedAt(rows, (r) => (r.probe.heapBase + r.probe.heapWarm) / 1e6, 128)}  (MB)`);
  console.log(`  startup 1 s (global scope)    ${reachedAt(rows, (r) => r.probe.importMs + r.probe.loadColdMs + r.probe.firstAskMs, 1000)}  (ms)`);
}
