// The default run: /api/ask, then /healthz, each for --duration seconds; their throughput ratio,
// the workerd CPU per request and the memory around them, and the question log's count.
import os from "node:os";
import type { RunningApp } from "../stack/start-app.ts";
import type { Options } from "./cli.ts";
import { askRequests, clean, loggedQuestions, phase, summary, WARM_UP_QUESTIONS, warmUp } from "./http.ts";
import { mib, rssMiB, rssParts, type DevServer } from "./processes.ts";

/** /api/ask's throughput must stay at least this share of /healthz's. */
const TARGET_RATIO = 0.7;

export async function throughput(app: RunningApp, server: DevServer, options: Options, adminToken: string): Promise<boolean> {
  await warmUp(app.url);
  const pid = server.app();
  const before = rssMiB(pid);
  const proxyBefore = rssMiB(server.proxy);
  const ask = await phase(app.url, server, "ask", askRequests(), "", options);
  const health = await phase(app.url, server, "healthz", undefined, "/healthz", options);
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
  const logged = await loggedQuestions(app.url, adminToken);
  const sent = ask.result.requests.sent + WARM_UP_QUESTIONS;
  console.log(`log      the question log holds ${logged ?? "n/a"} /api/ask questions of ${sent} sent (warm-up included)`);
  const ok = clean(ask.result) && clean(health.result) && ratio >= TARGET_RATIO;
  console.log(ok ? "targets  met" : "targets  MISSED");
  return ok;
}
