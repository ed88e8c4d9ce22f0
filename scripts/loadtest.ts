// `npm run loadtest`: autocannon against `npm start` on loopback (its own port and local D1), bounded
// in time. POST /api/ask with a rotating mix of real questions (test/node/fixtures/paraphrases.jsonl),
// then GET /healthz, in the same run; prints requests per second, p50/p99 latency, errors, non-2xx
// and 5xx counts, the memory (RSS from /proc) of the workerd process that runs the app before and
// after, and the ratio of ask to healthz throughput. Exits 1 when a target is missed (errors or 5xx
// or non-2xx > 0, ratio < 0.7).
//
//   npm run loadtest                         30 s per phase, 50 connections
//   npm run loadtest -- --duration 10 --connections 20
//   npm run loadtest -- --soak               /api/ask for 4 minutes of warm-up, then 5 measured minutes:
//                                            the worker's JS heap after a full GC (read over the V8
//                                            inspector) before and after the measured minutes must
//                                            not grow by 10% or more; RSS is sampled every 10 s and shown
//        [--soak-minutes N] [--soak-warmup N] [--soak-target healthz]   (healthz: no core, no D1)
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
// ws (a devDependency; Node 20 has no WebSocket client without a flag); the part used here:
interface WebSocketClient {
  on(event: "open" | "close", listener: () => void): void;
  on(event: "message", listener: (data: Buffer) => void): void;
  on(event: "error", listener: (error: Error) => void): void;
  send(data: string): void;
  close(): void;
}
const WebSocket = createRequire(import.meta.url)("ws") as new (url: string) => WebSocketClient;

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

// ---------------------------------------------------------------- the dev server's processes

/**
 * `wrangler dev` (4.x) runs two workerd processes: one listens on `port` and only runs wrangler's
 * own ProxyWorker and InspectorProxyWorker (it forwards each request, and each message of the
 * worker's inspector); the other, started by wrangler with `--inspector-addr`, runs the app's
 * isolate and the local D1 (SQLite). The app's memory is the second one's; the first is the dev
 * server's and does not exist on Cloudflare. Both are children of the same wrangler process.
 */
interface DevServer {
  /** The workerd running the app (and D1); re-read on each sample: a reload starts a new one. */
  app: () => number | null;
  /** wrangler's proxy workerd, listening on `port`. */
  proxy: number | null;
  /** wrangler's inspector proxy port (`--inspector-port`, chosen by scripts/start.mjs). */
  inspectorPort: number | null;
}

function processes(): { pid: number; cmd: string[]; ppid: number }[] {
  const out: { pid: number; cmd: string[]; ppid: number }[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      out.push({ pid: Number(entry), cmd, ppid });
    } catch {}
  }
  return out;
}

function devServer(port: string): DevServer {
  const isWorkerd = (cmd: string[]) => cmd.some((a) => a.endsWith("/workerd"));
  const proxy = processes().find((p) => isWorkerd(p.cmd) && p.cmd.includes(`--socket-addr=entry=127.0.0.1:${port}`));
  if (!proxy) return { app: () => null, proxy: null, inspectorPort: null };
  const wrangler = processes().find((p) => p.pid === proxy.ppid);
  const flag = wrangler?.cmd.indexOf("--inspector-port") ?? -1;
  const inspectorPort = flag >= 0 ? Number(wrangler!.cmd[flag + 1]) : null;
  const app = () => processes().find((p) => p.ppid === proxy.ppid && p.pid !== proxy.pid && isWorkerd(p.cmd) && p.cmd.some((a) => a.startsWith("--inspector-addr")))?.pid ?? null;
  return { app, proxy: proxy.pid, inspectorPort };
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

// ---------------------------------------------------------------- the worker's JS heap

const MiB = 1024 * 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const withTimeout = <T>(p: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms))]);

/** Runtime.getHeapUsage: bytes in the V8 heap, in workerd's C++ objects, in ArrayBuffer stores. */
interface HeapUsage {
  usedSize: number;
  embedderHeapUsedSize?: number;
  backingStorageSize?: number;
}
interface HeapReading {
  /** All three, MiB: what the isolate holds. */
  total: number;
  v8: number;
  embedder: number;
  arrayBuffers: number;
}

/**
 * A DevTools client of the app's isolate, through wrangler's inspector proxy (ws://127.0.0.1:<inspector port>/ws;
 * workerd lets one session attach per isolate, and wrangler's proxy holds it). Attach before the
 * load, and stay attached: until a client attaches, the proxy keeps every message of the isolate
 * (a console line per request: the request log) in an array, and replays them all when one does;
 * after minutes of load that replay drove the proxy's workerd to 3.9 GB and out of file descriptors.
 */
class WorkerInspector {
  #ws: WebSocketClient;
  #id = 0;
  #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  /** Messages the isolate sent (console lines, network events): read and dropped. */
  events = 0;
  /** Times wrangler swapped the isolate (a source file changed: `wrangler dev` watches the tree). */
  reloads = 0;
  closed = false;

  private constructor(ws: WebSocketClient) {
    this.#ws = ws;
    ws.on("message", (data) => {
      const msg = JSON.parse(data.toString()) as { id?: number; method?: string; result?: unknown; error?: { message: string } };
      const waiter = msg.id === undefined ? undefined : this.#pending.get(msg.id);
      if (waiter) {
        this.#pending.delete(msg.id!);
        if (msg.error) waiter.reject(new Error(msg.error.message));
        else waiter.resolve(msg.result);
      } else if (msg.method) {
        this.events++;
        if (msg.method === "Runtime.executionContextsCleared") this.reloads++;
      }
    });
    ws.on("close", () => {
      this.closed = true;
      for (const w of this.#pending.values()) w.reject(new Error("inspector connection closed"));
      this.#pending.clear();
    });
  }

  static async attach(port: number): Promise<WorkerInspector> {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`);
    const opened = new Promise<void>((resolve, reject) => {
      ws.on("open", resolve);
      ws.on("error", reject);
    });
    await withTimeout(opened, 10_000, "inspector");
    const inspector = new WorkerInspector(ws);
    // The proxy accepts a second client and closes it at once ("only one can be connected at a time").
    await sleep(300);
    if (inspector.closed) throw new Error("the inspector proxy refused the connection (is DevTools attached?)");
    return inspector;
  }

  send<T>(method: string, timeoutMs = 15_000): Promise<T> {
    const id = ++this.#id;
    const answer = new Promise<T>((resolve, reject) => this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    this.#ws.send(JSON.stringify({ id, method, params: {} }));
    return withTimeout(answer, timeoutMs, method).finally(() => this.#pending.delete(id));
  }

  /**
   * The isolate's heap after a full GC. workerd runs the inspector's GC task the next time the
   * isolate runs: under load at once; at rest, `nudge` (a GET /healthz) gives it that turn.
   */
  async heapAfterGc(nudge: () => Promise<void>): Promise<HeapReading | null> {
    let done = false;
    const gc = this.send("HeapProfiler.collectGarbage", 20_000).finally(() => (done = true));
    const poke = (async () => {
      await sleep(200);
      while (!done) {
        await nudge().catch(() => {});
        await sleep(250);
      }
    })();
    try {
      await gc;
      const u = await this.send<HeapUsage>("Runtime.getHeapUsage");
      const v8 = u.usedSize / MiB;
      const embedder = (u.embedderHeapUsedSize ?? 0) / MiB;
      const arrayBuffers = (u.backingStorageSize ?? 0) / MiB;
      return { total: v8 + embedder + arrayBuffers, v8, embedder, arrayBuffers };
    } catch {
      return null;
    } finally {
      await poke;
    }
  }

  close(): void {
    this.#ws.close();
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
  /** CPU time per request of the workerd running the app, ms. */
  cpuPerRequest: number | null;
  /** The same for wrangler's proxy workerd (the dev server's cost, not the app's). */
  proxyCpuPerRequest: number | null;
}

function summary({ name, result: r, cpuPerRequest, proxyCpuPerRequest }: Phase): string {
  const codes = Object.entries(r.statusCodeStats)
    .map(([code, s]) => `${code}×${s.count}`)
    .join(" ");
  return (
    `${name.padEnd(8)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${String(r.latency.p50).padStart(3)} ms  p99 ${String(r.latency.p99).padStart(4)} ms  ` +
    `requests ${r.requests.total}  errors ${r.errors}  timeouts ${r.timeouts}  non-2xx ${r.non2xx}  5xx ${r["5xx"]}  [${codes}]` +
    (cpuPerRequest === null ? "" : `  workerd CPU ${cpuPerRequest.toFixed(2)} ms/req`) +
    (proxyCpuPerRequest === null ? "" : ` (+ wrangler proxy ${proxyCpuPerRequest.toFixed(2)})`)
  );
}

async function phase(url: string, server: DevServer, name: string, requests: RequestSpec[] | undefined, path: string, duration = DURATION): Promise<Phase> {
  process.stdout.write(`… ${name}: ${CONNECTIONS} connections for ${duration} s\n`);
  const pid = server.app();
  const cpu0 = cpuMs(pid);
  const proxy0 = cpuMs(server.proxy);
  const result = await autocannon({ url: `${url}${path}`, connections: CONNECTIONS, duration, requests, timeout: 10 });
  const perRequest = (a: number | null, b: number | null) => (a !== null && b !== null && result.requests.total > 0 ? (b - a) / result.requests.total : null);
  // A reload mid-phase starts a new process: its CPU time is not comparable.
  const cpuPerRequest = server.app() === pid ? perRequest(cpu0, cpuMs(pid)) : null;
  return { name, result, cpuPerRequest, proxyCpuPerRequest: perRequest(proxy0, cpuMs(server.proxy)) };
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

async function throughput(app: RunningApp, server: DevServer): Promise<boolean> {
  await warmUp(app.url);
  const pid = server.app();
  const before = rssMiB(pid);
  const proxyBefore = rssMiB(server.proxy);
  const ask = await phase(app.url, server, "ask", askRequests(), "");
  const health = await phase(app.url, server, "healthz", undefined, "/healthz");
  const after = rssMiB(pid);
  const ratio = ask.result.requests.average / Math.max(1, health.result.requests.average);
  console.log("");
  console.log(summary(ask));
  console.log(summary(health));
  console.log(`ratio    ask/healthz throughput ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO})` + (ask.cpuPerRequest && health.cpuPerRequest ? `; by workerd CPU per request ${(health.cpuPerRequest / ask.cpuPerRequest).toFixed(2)}` : ""));
  console.log(`machine  ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} (autocannon and workerd share them)`);
  console.log(`memory   workerd (app) RSS before ${mib(before)}, after ${mib(after)}${before !== null && after !== null ? ` (${after >= before ? "+" : ""}${(after - before).toFixed(1)} MiB)` : ""}; after: ${rssParts(pid)}`);
  console.log(`memory   wrangler's proxy workerd (dev server only) RSS before ${mib(proxyBefore)}, after ${mib(rssMiB(server.proxy))}`);
  if (server.app() !== pid) console.log("reload   the worker reloaded during the run (a source file changed): CPU and memory figures span two processes");
  const logged = await loggedQuestions(app.url);
  const sent = ask.result.requests.sent + Math.min(50, QUESTIONS.length);
  console.log(`log      the question log holds ${logged ?? "n/a"} /api/ask questions of ${sent} sent (warm-up included)`);
  const ok = clean(ask.result) && clean(health.result) && ratio >= TARGET_RATIO;
  console.log(ok ? "targets  met" : "targets  MISSED");
  return ok;
}

/** Median of the first minute, of the last minute, their drift, and the least-squares slope (per minute). */
function trend(xs: { s: number; v: number }[]): { early: number; late: number; drift: number; slope: number; min: number; max: number } | null {
  if (xs.length < 4) return null;
  const median = (vs: number[]) => [...vs].sort((a, b) => a - b)[Math.floor(vs.length / 2)]!;
  const end = xs.at(-1)!.s;
  const early = median(xs.filter((x) => x.s <= 60).map((x) => x.v));
  const late = median(xs.filter((x) => x.s >= end - 60).map((x) => x.v));
  const mx = xs.reduce((a, x) => a + x.s, 0) / xs.length;
  const my = xs.reduce((a, x) => a + x.v, 0) / xs.length;
  const slope = (xs.reduce((a, x) => a + (x.s - mx) * (x.v - my), 0) / xs.reduce((a, x) => a + (x.s - mx) ** 2, 0)) * 60;
  const vs = xs.map((x) => x.v);
  return { early, late, drift: (late - early) / early, slope, min: Math.min(...vs), max: Math.max(...vs) };
}
const pct = (d: number) => `${d >= 0 ? "+" : ""}${(d * 100).toFixed(1)}%`;
const heapText = (h: HeapReading | null) =>
  h === null ? "n/a" : `${h.total.toFixed(2)} MiB (V8 ${h.v8.toFixed(2)} + workerd objects ${h.embedder.toFixed(2)} + ArrayBuffers ${h.arrayBuffers.toFixed(2)})`;

interface Sample {
  /** Seconds since the phase began. */
  s: number;
  /** RSS of the workerd running the app, MiB. */
  rss: number | null;
  /** RSS of wrangler's proxy workerd, MiB. */
  proxy: number | null;
  /** The worker's heap after a full GC, MiB (under load: in-flight requests included). */
  heap: number | null;
}
const series = (xs: Sample[], key: "rss" | "proxy" | "heap") => xs.flatMap((x) => (x[key] === null ? [] : [{ s: x.s, v: x[key]! }]));
const list = (xs: { v: number }[], digits: number) => xs.map((x) => x.v.toFixed(digits)).join(" ");

/**
 * Does the app keep memory per request? The soak's figure is what the app controls: its isolate's
 * heap after a full GC (V8 objects, workerd's objects behind them, ArrayBuffer stores), read over
 * the inspector at rest right before and right after --soak-minutes of load, after --soak-warmup
 * minutes of the same load. A leak of even 100 bytes per request shows there as megabytes.
 *
 * RSS is printed too, but it is not the app's figure: workerd's RSS climbs for minutes under load
 * whatever the worker does (a worker that only returns "ok" goes from ~60 to ~400 MiB under
 * `wrangler dev`) as the allocator and V8 grow their pools, and it holds local D1's SQLite, which
 * grows with the question log (one row per question, by design; on Cloudflare D1 is not in the
 * worker's process): measured, the app's workerd levels off under /healthz, or /api/ask with the
 * log's writes switched off, and keeps rising ~13 MiB/min under /api/ask with them. And
 * `wrangler dev`'s other workerd (its proxy, which forwards every request and every inspector
 * message) grows by itself, though the app's isolate does not; it does not exist on Cloudflare.
 */
async function soak(app: RunningApp, server: DevServer): Promise<boolean> {
  const minutes = Math.max(1, Number(args["soak-minutes"]));
  const warmupMinutes = Math.max(0, Number(args["soak-warmup"]));
  const health = args["soak-target"] === "healthz";
  const requests = () => (health ? undefined : askRequests());
  const path = health ? "/healthz" : "";
  const name = health ? "soak /healthz" : "soak /api/ask";

  let inspector: WorkerInspector | null = null;
  if (server.inspectorPort === null) console.log("heap     wrangler's inspector port not found: the worker's heap cannot be read");
  else {
    try {
      inspector = await WorkerInspector.attach(server.inspectorPort);
    } catch (e) {
      console.log(`heap     could not attach to the worker's inspector on port ${server.inspectorPort}: ${(e as Error).message}`);
    }
  }
  const nudge = async () => void (await (await fetch(`${app.url}/healthz`)).arrayBuffer());
  const heap = async () => (inspector && !inspector.closed ? inspector.heapAfterGc(nudge) : null);
  /** No load: the median of three readings, once the question log's last batch is written. */
  const heapAtRest = async () => {
    await sleep(1000);
    const readings: HeapReading[] = [];
    for (let i = 0; i < 3; i++) {
      const h = await heap();
      if (h) readings.push(h);
    }
    return readings.sort((a, b) => a.total - b.total)[Math.floor(readings.length / 2)] ?? null;
  };

  await warmUp(app.url);
  const pid = server.app();
  console.log(`heap     the worker's JS heap after GC, at start: ${heapText(await heapAtRest())}`);

  const samples: Sample[] = [];
  let t0 = Date.now();
  let sampling: Promise<void> = Promise.resolve();
  const sample = () => {
    sampling = sampling.then(async () => {
      const s = (Date.now() - t0) / 1000;
      const rss = rssMiB(server.app());
      const proxy = rssMiB(server.proxy);
      samples.push({ s, rss, proxy, heap: (await heap())?.total ?? null });
    });
    return sampling;
  };
  const during = async (label: string, seconds: number) => {
    const timer = setInterval(sample, 10_000);
    const result = await phase(app.url, server, label, requests(), path, seconds);
    clearInterval(timer);
    await sampling;
    return result;
  };

  if (warmupMinutes > 0) {
    const warm = await during(`${name} (warm-up)`, warmupMinutes * 60);
    console.log(summary(warm));
    console.log(`memory   warm-up samples, workerd (app) RSS: ${list(series(samples, "rss"), 0)} MiB`);
    console.log(`memory   warm-up samples, wrangler's proxy workerd RSS: ${list(series(samples, "proxy"), 0)} MiB`);
    console.log(`heap     warm-up samples, worker JS heap after GC under load: ${list(series(samples, "heap"), 1)} MiB`);
    samples.length = 0;
  }

  const before = await heapAtRest();
  t0 = Date.now();
  await sample();
  const run = await during(name, minutes * 60);
  await sample();
  const after = await heapAtRest();
  const reloaded = server.app() !== pid || (inspector?.reloads ?? 0) > 0;

  console.log("");
  console.log(summary(run));
  const heapDrift = before && after ? (after.total - before.total) / before.total : null;
  console.log(`heap     the worker's JS heap after GC, at rest: before the measured minutes ${heapText(before)}`);
  console.log(`heap                                              after the measured minutes ${heapText(after)}` + (heapDrift === null ? "" : `: drift ${pct(heapDrift)} over ${minutes} min`));
  const h = trend(series(samples, "heap"));
  if (h) {
    console.log(
      `heap     under load (in-flight requests included), every 10 s: ${list(series(samples, "heap"), 1)} MiB; ` +
        `first minute ${h.early.toFixed(2)}, last minute ${h.late.toFixed(2)} MiB (${pct(h.drift)}), slope ${h.slope.toFixed(3)} MiB/min`,
    );
  }
  const r = trend(series(samples, "rss"));
  if (r) {
    console.log(`memory   workerd (app and local D1) RSS, every 10 s: ${list(series(samples, "rss"), 0)} MiB; at the end ${rssParts(server.app())}`);
    console.log(
      `memory   first minute ${mib(r.early)}, last minute ${mib(r.late)}: drift ${pct(r.drift)} over ${minutes} min, slope ${r.slope.toFixed(2)} MiB/min, ` +
        `min ${mib(r.min)}, max ${mib(r.max)}`,
    );
  } else console.log("memory   could not read the RSS of the workerd running the app");
  const p = trend(series(samples, "proxy"));
  if (p) {
    console.log(
      `memory   wrangler's proxy workerd (dev server only), every 10 s: ${list(series(samples, "proxy"), 0)} MiB; ` +
        `first minute ${mib(p.early)}, last minute ${mib(p.late)}: drift ${pct(p.drift)}, slope ${p.slope.toFixed(2)} MiB/min`,
    );
  }
  if (inspector) console.log(`inspector ${inspector.events} messages from the isolate read and dropped (console lines of the request log, network events)`);
  inspector?.close();

  if (reloaded) {
    console.log("targets  INCONCLUSIVE: the worker reloaded during the soak (a source file changed; `wrangler dev` watches the tree)");
    return false;
  }
  // Without the inspector, fall back on RSS, the only figure left (and say so).
  const drift = heapDrift ?? r?.drift ?? null;
  const basis = heapDrift !== null ? "the worker's JS heap after GC" : "workerd RSS (the JS heap could not be read)";
  const flat = drift !== null && drift < 0.1;
  const ok = flat && clean(run.result);
  console.log(ok ? `targets  met (memory flat: ${basis} drift ${pct(drift!)} < 10%)` : `targets  MISSED${drift === null ? " (no memory figure)" : flat ? "" : ` (${basis} drift ${pct(drift)})`}`);
  return ok;
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
  const server = devServer(new URL(stack.app.url).port);
  const pid = server.app();
  const before = rssMiB(pid);
  const proxyBefore = rssMiB(server.proxy);
  try {
    ok = await webhooks(stack);
  } finally {
    console.log(`memory   workerd (app) RSS before ${mib(before)}, after ${mib(rssMiB(server.app()))}; wrangler's proxy workerd before ${mib(proxyBefore)}, after ${mib(rssMiB(server.proxy))}`);
    await stack.stop();
  }
} else {
  const app = await startApp({ WRANGLER_LOG: "info", CLOUDFLARE_CF_FETCH_ENABLED: "false", ADMIN_TOKEN });
  stop = app.stop;
  const server = devServer(new URL(app.url).port);
  const pid = server.app();
  console.log(
    `server   ${app.url} (workerd running the app: pid ${pid ?? "not found"}, RSS ${mib(rssMiB(pid))} at start; ` +
      `wrangler's proxy workerd: pid ${server.proxy ?? "not found"}, RSS ${mib(rssMiB(server.proxy))})`,
  );
  try {
    ok = args.soak ? await soak(app, server) : await throughput(app, server);
  } finally {
    await app.stop();
  }
}
process.exit(ok ? 0 : 1);
