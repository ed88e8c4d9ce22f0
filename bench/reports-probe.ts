// One knowledge base of N reports measured in a fresh process, as a fresh isolate would meet it:
// run by bench/reports.bench.ts (node --expose-gc) with the generated kb module (plain JavaScript)
// and N; prints one JSON line. Not meant to be run by hand.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as z from "zod";
import { askWith } from "../src/core/ask.ts";
import { latestReport, loadKnowledge } from "../src/core/kb.ts";
import type { Answer } from "../src/core/answer.ts";
import type { KnowledgeBase } from "../src/core/kb-types.ts";
import { quantile } from "./reports-stats.ts";
import { reportNumber, reportYear } from "./reports.ts";

const [modulePath, nText, roundsText] = process.argv.slice(2);
const n = z.coerce.number().int().positive().parse(nText);
const rounds = z.coerce.number().int().positive().parse(roundsText);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("bench/reports-probe: run node with --expose-gc");
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const DevLine = z.object({ q: z.string(), cat: z.string() });
const dev = readFileSync(join(import.meta.dirname, "dev.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => DevLine.parse(JSON.parse(l)));

// The same questions about a year in the middle: the years they name moved back, or the year put
// in front ("Năm 2019, …") when they name none.
const middle = Math.floor(n / 2);
const year = reportYear(middle);
const older = dev.map(({ q, cat }) => {
  const moved = q.replace(/\b20\d\d\b/g, (y) => String(Number(y) - middle));
  return new RegExp(`\\b${year}\\b`).test(moved) ? moved : `${cat === "en" ? "In" : "Năm"} ${year}, ${moved}`;
});
const latest = dev.map((d) => d.q);

const base = heap();
// Startup as the worker meets it: evaluate the kb module, load the index, answer a first question.
let t = performance.now();
const mod = (await import(pathToFileURL(modulePath!).href)) as { KB: KnowledgeBase; INDEX_JSON_BY_REPORT: Record<string, string> };
const importMs = performance.now() - t;
t = performance.now();
const k = loadKnowledge(mod.KB, mod.INDEX_JSON_BY_REPORT);
const loadColdMs = performance.now() - t;
t = performance.now();
askWith(k, "Bao nhiêu thủ tục hành chính được công bố?");
const firstAskMs = performance.now() - t;
const heapLoaded = heap() - base;

const loads: number[] = [];
for (let i = 0; i < 10; i++) {
  t = performance.now();
  loadKnowledge(mod.KB, mod.INDEX_JSON_BY_REPORT);
  loads.push(performance.now() - t);
}
// What the first question naming an older year pays on top: loading that report's index (none
// with one report: the year asked about is the latest's).
const olderReport = mod.KB.reports.find((r) => r.years.includes(year) && r.id !== latestReport(mod.KB).id);
t = performance.now();
if (olderReport) k.indexOf(olderReport.id);
const loadOlderMs = olderReport ? performance.now() - t : null;

/** ask() times in µs over `rounds` rounds, after one untimed pass; the answers of that pass. */
function time(questions: string[]): { us: number[]; answers: Answer[] } {
  const answers = questions.map((q) => askWith(k, q));
  const us: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const q of questions) {
      const t0 = performance.now();
      askWith(k, q);
      us.push((performance.now() - t0) * 1000);
    }
  return { us, answers };
}

/** Answered, and every citation names the report asked about. */
const fromReport = (answers: Answer[], i: number) => {
  const named = new RegExp(`(số|No\\.) ${reportNumber(i)} `);
  return answers.filter((a) => a.answered && a.citations.length && a.citations.every((c) => named.test(c.document))).length;
};

// Each question's own median: a machine busy with other work stretches single samples (the p99),
// much less the median of a question's 100; the slowest of these is the tail that questions cause.
const slowestQuestion = (us: number[], questions: number) =>
  Math.max(...Array.from({ length: questions }, (_, q) => quantile(us.filter((_, j) => j % questions === q), 0.5)));

const summary = ({ us, answers }: { us: number[]; answers: Answer[] }, i: number) => ({
  medianUs: quantile(us, 0.5),
  p99Us: quantile(us, 0.99),
  slowestQuestionUs: slowestQuestion(us, answers.length),
  answered: answers.filter((a) => a.answered).length,
  fromReport: fromReport(answers, i),
  texts: answers.map((a) => (a.answered ? a.text : null)),
  longestReply: Math.max(...answers.map((a) => a.text.length)),
});
const latestRun = summary(time(latest), 0);
const olderRun = summary(time(older), middle);
const heapWarm = heap() - base;

// Crafted expensive inputs (bench/adversarial.ts, when present): each once, as a fresh attacker's.
const adversarial: Record<string, { medianUs: number; maxUs: number }> = {};
if (existsSync(join(import.meta.dirname, "adversarial.ts"))) {
  const { adversarialClasses } = (await import("./adversarial.ts")) as { adversarialClasses: (seed?: number) => Record<string, string[]> };
  for (const [name, inputs] of Object.entries(adversarialClasses())) {
    const us = inputs.map((q) => {
      const t0 = performance.now();
      askWith(k, q);
      return (performance.now() - t0) * 1000;
    });
    adversarial[name] = { medianUs: quantile(us, 0.5), maxUs: Math.max(...us) };
  }
}

console.log(
  JSON.stringify({
    n,
    year,
    questions: dev.length,
    importMs,
    loadColdMs,
    firstAskMs,
    loadMedianMs: quantile(loads, 0.5),
    loadOlderMs,
    heapBase: base,
    heapLoaded,
    heapWarm,
    latest: latestRun,
    older: olderRun,
    adversarial,
  }),
);
