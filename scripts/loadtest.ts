// `npm run loadtest`: autocannon against `npm start` on loopback (its own port and local D1), bounded
// in time. POST /api/ask with a rotating mix of real questions (test/node/fixtures/paraphrases.jsonl),
// then GET /healthz, in the same run; prints requests per second, p50/p99 latency, errors, non-2xx
// and 5xx counts, the workerd process's memory (RSS from /proc) before and after, and the ratio of
// ask to healthz throughput. Exits 1 when a target is missed (errors or 5xx or non-2xx > 0, ratio < 0.7).
//
//   npm run loadtest                         30 s per phase, 50 connections
//   npm run loadtest -- --duration 10 --connections 20
//   npm run loadtest -- --soak               /api/ask for 4 minutes of warm-up, then 5 measured minutes,
//                                            memory sampled every 10 s: drift of the measured minutes
//        [--soak-minutes N] [--soak-warmup N] [--soak-target healthz]   (healthz: the dev server's own memory)
//   npm run loadtest -- --webhooks           Telegram and Zalo webhooks against local fake Bot APIs:
//                                            every update answered exactly once, duplicates suppressed
//
// /api/ask requests come from 4,096 simulated client addresses (CF-Connecting-IP), as a flood of
// citizens does; one client alone is held to the API's rate limit (429 after 100 a minute).
//
// Everything stays on 127.0.0.1; the server's own request log lines are off (WRANGLER_LOG=info)
// so the terminal is not the bottleneck.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { parseArgs } from "node:util";
import { startApp, type RunningApp } from "../test/node/support/start-app.ts";
import { realQuestions, startStack, type Stack } from "../test/node/ops/support/stack.ts";
import { telegramLoad, zaloLoad, type WebhookLoadResult } from "../test/node/ops/support/webhook-load.ts";

// autocannon ships no types; the part used here:
interface RequestSpec {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: RequestSpec) => RequestSpec;
}
interface Histogram {
  average: number;
  p50: number;
  p99: number;
  max: number;
  total: number;
}
interface Result {
  requests: Histogram & { sent: number };
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  "5xx": number;
  statusCodeStats: Record<string, { count: number }>;
  duration: number;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; requests?: RequestSpec[]; timeout?: number }) => Promise<Result>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "30" },
    connections: { type: "string", default: "50" },
    soak: { type: "boolean", default: false },
    "soak-minutes": { type: "string", default: "5" },
    "soak-warmup": { type: "string", default: "4" },
    /** What the soak sends: "ask" (the default) or "healthz" (to tell the app's memory from the dev server's). */
    "soak-target": { type: "string", default: "ask" },
    webhooks: { type: "boolean", default: false },
    updates: { type: "string", default: "1000" },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(readFileSync(new URL(import.meta.url), "utf8").split("\n").filter((l) => l.startsWith("//")).map((l) => l.slice(3)).join("\n"));
  process.exit(0);
}
const DURATION = Math.max(1, Number(args.duration));
const CONNECTIONS = Math.max(1, Number(args.connections));
const TARGET_RATIO = 0.7;
/** For this run's server only: the script reads the question log's count through /admin. */
const ADMIN_TOKEN = `loadtest-${randomBytes(16).toString("hex")}`;

// ---------------------------------------------------------------- memory of the workerd process

/** The workerd process serving `port` (its command line names the socket address). */
function workerdPid(port: string): number | null {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (cmd.includes("workerd") && cmd.includes(`127.0.0.1:${port}`)) return Number(entry);
    } catch {}
  }
  return null;
}
function rssMiB(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
const mib = (v: number | null) => (v === null ? "n/a" : `${v.toFixed(1)} MiB`);

/** RSS split: anonymous memory (heaps) and file-backed pages (mapped files: the local D1's SQLite). */
function rssParts(pid: number | null): string {
  if (pid === null) return "n/a";
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) / 1024;
    return `anon ${kb("RssAnon").toFixed(0)} MiB, file ${kb("RssFile").toFixed(0)} MiB`;
  } catch {
    return "n/a";
  }
}

/** CPU time (user + system) the process has used, in ms; less sensitive to a busy machine than req/s. */
function cpuMs(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- autocannon phases

const QUESTIONS = realQuestions();

/**
 * A flood after a press release comes from many citizens: the requests rotate over CLIENTS client
 * addresses in CF-Connecting-IP (wrangler dev keeps the header; Cloudflare's edge sets it), so the
 * per-client rate limit of /api/* (100 a minute, issue 5) sees many clients, not one. A fixed set,
 * not a new address per request: the limiter keeps state per client, and an ever-growing set of
 * clients would measure the limiter's memory, not the app's.
 */
const CLIENTS = 4096;
function askRequests(): RequestSpec[] {
  let i = 0;
  return [
    {
      method: "POST",
      path: "/api/ask",
      headers: { "content-type": "application/json" },
      setupRequest: (req) => {
        const n = i++;
        const client = n % CLIENTS;
        return {
          ...req,
          headers: { ...req.headers, "cf-connecting-ip": `10.0.${client >> 8}.${client & 255}` },
          body: JSON.stringify({ question: QUESTIONS[n % QUESTIONS.length] }),
        };
      },
    },
  ];
}

interface Phase {
  name: string;
  result: Result;
  /** workerd CPU time per request, ms. */
  cpuPerRequest: number | null;
}

function summary({ name, result: r, cpuPerRequest }: Phase): string {
  const codes = Object.entries(r.statusCodeStats)
    .map(([code, s]) => `${code}×${s.count}`)
    .join(" ");
  return (
    `${name.padEnd(8)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${String(r.latency.p50).padStart(3)} ms  p99 ${String(r.latency.p99).padStart(4)} ms  ` +
    `requests ${r.requests.total}  errors ${r.errors}  timeouts ${r.timeouts}  non-2xx ${r.non2xx}  5xx ${r["5xx"]}  [${codes}]` +
    (cpuPerRequest === null ? "" : `  workerd CPU ${cpuPerRequest.toFixed(2)} ms/req`)
  );
}

async function phase(url: string, pid: number | null, name: string, requests: RequestSpec[] | undefined, path: string, duration = DURATION): Promise<Phase> {
  process.stdout.write(`… ${name}: ${CONNECTIONS} connections for ${duration} s\n`);
  const cpu0 = cpuMs(pid);
  const result = await autocannon({ url: `${url}${path}`, connections: CONNECTIONS, duration, requests, timeout: 10 });
  const cpu1 = cpuMs(pid);
  const cpuPerRequest = cpu0 !== null && cpu1 !== null && result.requests.total > 0 ? (cpu1 - cpu0) / result.requests.total : null;
  return { name, result, cpuPerRequest };
}

const clean = (r: Result) => r.errors === 0 && r.timeouts === 0 && r.non2xx === 0 && r["5xx"] === 0;

async function warmUp(url: string): Promise<void> {
  for (const [i, q] of QUESTIONS.slice(0, 50).entries()) {
    const headers = { "content-type": "application/json", "cf-connecting-ip": `192.168.0.${i}` };
    await (await fetch(`${url}/api/ask`, { method: "POST", headers, body: JSON.stringify({ question: q }) })).arrayBuffer();
  }
}

/** The admin page's count of logged API questions (the server runs with ADMIN_TOKEN). */
async function loggedQuestions(url: string): Promise<number | null> {
  await new Promise((r) => setTimeout(r, 1000)); // the last batches flush
  try {
    const res = await fetch(`${url}/admin?format=json&days=1`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    const stats = (await res.json()) as { byChannel: { channel: string; questions: number }[] };
    return stats.byChannel.find((c) => c.channel === "api")?.questions ?? 0;
  } catch {
    return null;
  }
}

async function throughput(app: RunningApp, pid: number | null): Promise<boolean> {
  await warmUp(app.url);
  const before = rssMiB(pid);
  const ask = await phase(app.url, pid, "ask", askRequests(), "");
  const health = await phase(app.url, pid, "healthz", undefined, "/healthz");
  const after = rssMiB(pid);
  const ratio = ask.result.requests.average / Math.max(1, health.result.requests.average);
  console.log("");
  console.log(summary(ask));
  console.log(summary(health));
  console.log(`ratio    ask/healthz throughput ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO})` + (ask.cpuPerRequest && health.cpuPerRequest ? `; by workerd CPU per request ${(health.cpuPerRequest / ask.cpuPerRequest).toFixed(2)}` : ""));
  console.log(`machine  ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} (autocannon and workerd share them)`);
  console.log(`memory   workerd RSS before ${mib(before)}, after ${mib(after)}${before !== null && after !== null ? ` (${after >= before ? "+" : ""}${(after - before).toFixed(1)} MiB)` : ""}; after: ${rssParts(pid)}`);
  const logged = await loggedQuestions(app.url);
  const sent = ask.result.requests.sent + Math.min(50, QUESTIONS.length);
  console.log(`log      the question log holds ${logged ?? "n/a"} /api/ask questions of ${sent} sent (warm-up included)`);
  const ok = clean(ask.result) && clean(health.result) && ratio >= TARGET_RATIO;
  console.log(ok ? "targets  met" : "targets  MISSED");
  return ok;
}

/**
 * workerd's RSS climbs for the first minutes under load whatever the worker does (a worker that
 * only returns "ok" goes from ~60 to ~400 MiB under `wrangler dev`, raw workerd to ~570 MiB) and
 * then levels off. So the soak first runs the same load for --soak-warmup minutes, then measures
 * drift over --soak-minutes: median RSS of the last minute against that of the first minute.
 */
async function soak(app: RunningApp, pid: number | null): Promise<boolean> {
  const minutes = Math.max(1, Number(args["soak-minutes"]));
  const warmupMinutes = Math.max(0, Number(args["soak-warmup"]));
  const health = args["soak-target"] === "healthz";
  const requests = () => (health ? undefined : askRequests());
  const path = health ? "/healthz" : "";
  const name = health ? "soak /healthz" : "soak /api/ask";
  await warmUp(app.url);
  const atStart = rssMiB(pid);
  const samples: { s: number; rss: number }[] = [];
  let t0 = Date.now();
  const sample = () => {
    const v = rssMiB(pid);
    if (v !== null) samples.push({ s: (Date.now() - t0) / 1000, rss: v });
  };
  if (warmupMinutes > 0) {
    const timer = setInterval(sample, 10_000);
    const warm = await phase(app.url, pid, `${name} (warm-up)`, requests(), path, warmupMinutes * 60);
    clearInterval(timer);
    console.log(summary(warm));
    console.log(`memory   warm-up RSS samples: ${samples.map((x) => x.rss.toFixed(0)).join(" ")} MiB`);
    samples.length = 0;
  }
  t0 = Date.now();
  sample();
  const timer = setInterval(sample, 10_000);
  const run = await phase(app.url, pid, name, requests(), path, minutes * 60);
  clearInterval(timer);
  sample();
  console.log("");
  console.log(summary(run));
  if (samples.length < 4) {
    console.log("memory   could not read the workerd process's RSS");
    return clean(run.result);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const early = median(samples.filter((x) => x.s <= 60).map((x) => x.rss));
  const late = median(samples.filter((x) => x.s >= samples.at(-1)!.s - 60).map((x) => x.rss));
  // Least-squares slope over the measured run, MiB per minute.
  const n = samples.length;
  const mx = samples.reduce((a, x) => a + x.s, 0) / n;
  const my = samples.reduce((a, x) => a + x.rss, 0) / n;
  const slope = (samples.reduce((a, x) => a + (x.s - mx) * (x.rss - my), 0) / samples.reduce((a, x) => a + (x.s - mx) ** 2, 0)) * 60;
  const drift = (late - early) / early;
  console.log(`memory   RSS at start ${mib(atStart)}; measured samples: ${samples.map((x) => x.rss.toFixed(0)).join(" ")} MiB; at the end ${rssParts(pid)}`);
  console.log(
    `memory   first minute ${mib(early)}, last minute ${mib(late)}: drift ${(drift * 100).toFixed(1)}% over ${minutes} min, slope ${slope.toFixed(2)} MiB/min, ` +
      `min ${mib(Math.min(...samples.map((x) => x.rss)))}, max ${mib(Math.max(...samples.map((x) => x.rss)))}`,
  );
  const flat = drift < 0.1;
  console.log(flat && clean(run.result) ? "targets  met (memory flat: drift < 10%)" : "targets  MISSED");
  return flat && clean(run.result);
}

// ---------------------------------------------------------------- webhooks

function webhookSummary(r: WebhookLoadResult): string {
  return (
    `${r.channel.padEnd(8)} ${r.deliveries} deliveries (${r.distinct} updates + ${r.duplicates} redeliveries) in ${(r.ms / 1000).toFixed(1)} s ` +
    `= ${((r.deliveries / r.ms) * 1000).toFixed(0)}/s; statuses ${JSON.stringify(r.statuses)}; answers ${r.answers}; ` +
    `unanswered ${r.unanswered.length}; answered twice ${r.answeredTwice.length}`
  );
}

async function webhooks(stack: Stack): Promise<boolean> {
  const updates = Math.max(10, Number(args.updates));
  const options = { updates: Math.round(updates * 0.9), duplicateRate: 0.1, concurrency: CONNECTIONS };
  console.log(`… webhooks: ${updates} deliveries per channel (10% redeliveries), ${CONNECTIONS} in flight`);
  const results = [await telegramLoad(stack, { ...options, runId: 11 }), await zaloLoad(stack, { ...options, runId: 12 })];
  console.log("");
  for (const r of results) console.log(webhookSummary(r));
  const ok = results.every((r) => r.unanswered.length === 0 && r.answeredTwice.length === 0 && Object.keys(r.statuses).join() === "200" && r.answers === r.distinct);
  console.log(ok ? "targets  met (every update answered exactly once)" : "targets  MISSED");
  return ok;
}

// ---------------------------------------------------------------- main

let stop: (() => Promise<void>) | undefined;
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    void (stop?.() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

let ok: boolean;
if (args.webhooks) {
  const stack = await startStack({ WRANGLER_LOG: "info" });
  stop = stack.stop;
  const port = new URL(stack.app.url).port;
  const pid = workerdPid(port);
  const before = rssMiB(pid);
  try {
    ok = await webhooks(stack);
  } finally {
    console.log(`memory   workerd RSS before ${mib(before)}, after ${mib(rssMiB(pid))}`);
    await stack.stop();
  }
} else {
  const app = await startApp({ WRANGLER_LOG: "info", CLOUDFLARE_CF_FETCH_ENABLED: "false", ADMIN_TOKEN });
  stop = app.stop;
  const pid = workerdPid(new URL(app.url).port);
  console.log(`server   ${app.url} (workerd pid ${pid ?? "not found"}, RSS ${mib(rssMiB(pid))} at start)`);
  try {
    ok = args.soak ? await soak(app, pid) : await throughput(app, pid);
  } finally {
    await app.stop();
  }
}
process.exit(ok ? 0 : 1);
