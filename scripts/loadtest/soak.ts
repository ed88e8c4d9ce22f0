// `--soak`: minutes of the same load, judged on the worker's JS heap after a full GC.
import type { RunningApp } from "../stack/start-app.ts";
import type { Options } from "./cli.ts";
import { askRequests, clean, phase, summary, warmUp } from "./http.ts";
import { heapText, WorkerInspector, type HeapReading } from "./inspector.ts";
import { mib, rssMiB, rssParts, type DevServer } from "./processes.ts";
import { list, pct, trend, type Point } from "./stats.ts";
import { sleep } from "./time.ts";

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
const series = (xs: Sample[], key: "rss" | "proxy" | "heap"): Point[] => xs.flatMap((x) => (x[key] === null ? [] : [{ s: x.s, v: x[key]! }]));

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
export async function soak(app: RunningApp, server: DevServer, options: Options): Promise<boolean> {
  const minutes = options.soakMinutes;
  const warmupMinutes = options.soakWarmupMinutes;
  const health = options.soakTarget === "healthz";
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
    const result = await phase(app.url, server, label, requests(), path, { connections: options.connections, duration: seconds });
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
