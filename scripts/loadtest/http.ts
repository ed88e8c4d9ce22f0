// HTTP load against the app: autocannon phases (requests per second, latency, status codes, the
// workerd CPU time each request cost), the /api/ask request mix, the warm-up, and the question
// log's count read back from /admin.
import { createRequire } from "node:module";
import * as z from "zod";
import { realQuestions } from "../stack/questions.ts";
import { cpuMs, type DevServer } from "./processes.ts";
import { sleep } from "./time.ts";

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
export interface Result {
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

export const QUESTIONS = realQuestions();

/** Questions sent one by one before the measured phases. */
export const WARM_UP_QUESTIONS = Math.min(50, QUESTIONS.length);

/**
 * A flood after a press release comes from many citizens: the requests rotate over CLIENTS client
 * addresses in CF-Connecting-IP (wrangler dev keeps the header; Cloudflare's edge sets it), so the
 * per-client rate limit of /api/* (100 a minute, issue 5) sees many clients, not one. A fixed set,
 * not a new address per request: the limiter keeps state per client, and an ever-growing set of
 * clients would measure the limiter's memory, not the app's. The addresses are header values only:
 * every request goes to the app on 127.0.0.1.
 */
const CLIENTS = 4096;
export function askRequests(): RequestSpec[] {
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

export interface Phase {
  name: string;
  result: Result;
  /** CPU time per request of the workerd running the app, ms. */
  cpuPerRequest: number | null;
  /** The same for wrangler's proxy workerd (the dev server's cost, not the app's). */
  proxyCpuPerRequest: number | null;
}

export function summary({ name, result: r, cpuPerRequest, proxyCpuPerRequest }: Phase): string {
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

/** One autocannon run of `duration` seconds with `connections` in flight against `url` + `path`. */
export async function phase(
  url: string,
  server: DevServer,
  name: string,
  requests: RequestSpec[] | undefined,
  path: string,
  load: { connections: number; duration: number },
): Promise<Phase> {
  process.stdout.write(`… ${name}: ${load.connections} connections for ${load.duration} s\n`);
  const pid = server.app();
  const cpu0 = cpuMs(pid);
  const proxy0 = cpuMs(server.proxy);
  const result = await autocannon({ url: `${url}${path}`, connections: load.connections, duration: load.duration, requests, timeout: 10 });
  const perRequest = (a: number | null, b: number | null) => (a !== null && b !== null && result.requests.total > 0 ? (b - a) / result.requests.total : null);
  // A reload mid-phase starts a new process: its CPU time is not comparable.
  const cpuPerRequest = server.app() === pid ? perRequest(cpu0, cpuMs(pid)) : null;
  return { name, result, cpuPerRequest, proxyCpuPerRequest: perRequest(proxy0, cpuMs(server.proxy)) };
}

/** No error, timeout, non-2xx or 5xx answer. */
export const clean = (r: Result) => r.errors === 0 && r.timeouts === 0 && r.non2xx === 0 && r["5xx"] === 0;

/** The first questions, one at a time: the isolate compiled and its caches filled before measuring. */
export async function warmUp(url: string): Promise<void> {
  for (const [i, q] of QUESTIONS.slice(0, WARM_UP_QUESTIONS).entries()) {
    const headers = { "content-type": "application/json", "cf-connecting-ip": `192.168.0.${i}` };
    await (await fetch(`${url}/api/ask`, { method: "POST", headers, body: JSON.stringify({ question: q }) })).arrayBuffer();
  }
}

/** The part of /admin?format=json read here. */
const AdminCounts = z.object({
  byChannel: z.array(z.object({ channel: z.string(), questions: z.number() })),
});

/** The admin page's count of logged API questions (the server runs with `adminToken`). */
export async function loggedQuestions(url: string, adminToken: string): Promise<number | null> {
  await sleep(1000); // the last batches flush
  try {
    const res = await fetch(`${url}/admin?format=json&days=1`, { headers: { authorization: `Bearer ${adminToken}` } });
    const stats = AdminCounts.parse(await res.json());
    return stats.byChannel.find((c) => c.channel === "api")?.questions ?? 0;
  } catch {
    return null;
  }
}
