// The dev server's processes, read from /proc: which workerd runs the app, its memory and CPU time.
import { readdirSync, readFileSync } from "node:fs";

/**
 * `wrangler dev` (4.x) runs two workerd processes: one listens on `port` and only runs wrangler's
 * own ProxyWorker and InspectorProxyWorker (it forwards each request, and each message of the
 * worker's inspector); the other, started by wrangler with `--inspector-addr`, runs the app's
 * isolate and the local D1 (SQLite). The app's memory is the second one's; the first is the dev
 * server's and does not exist on Cloudflare. Both are children of the same wrangler process.
 */
export interface DevServer {
  /** The workerd running the app (and D1); re-read on each sample: a reload starts a new one. */
  app: () => number | null;
  /** wrangler's proxy workerd, listening on `port`. */
  proxy: number | null;
  /** wrangler's inspector proxy port (`--inspector-port`, chosen by scripts/start.mjs). */
  inspectorPort: number | null;
}

interface Process {
  pid: number;
  cmd: string[];
  ppid: number;
}

function processes(): Process[] {
  const out: Process[] = [];
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

/** The processes of the `wrangler dev` serving on 127.0.0.1:`port`. */
export function devServer(port: string): DevServer {
  const isWorkerd = (cmd: string[]) => cmd.some((a) => a.endsWith("/workerd"));
  const proxy = processes().find((p) => isWorkerd(p.cmd) && p.cmd.includes(`--socket-addr=entry=127.0.0.1:${port}`));
  if (!proxy) return { app: () => null, proxy: null, inspectorPort: null };
  const wrangler = processes().find((p) => p.pid === proxy.ppid);
  const flag = wrangler?.cmd.indexOf("--inspector-port") ?? -1;
  const inspectorPort = flag >= 0 ? Number(wrangler!.cmd[flag + 1]) : null;
  const app = () => processes().find((p) => p.ppid === proxy.ppid && p.pid !== proxy.pid && isWorkerd(p.cmd) && p.cmd.some((a) => a.startsWith("--inspector-addr")))?.pid ?? null;
  return { app, proxy: proxy.pid, inspectorPort };
}

export function rssMiB(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export const mib = (v: number | null) => (v === null ? "n/a" : `${v.toFixed(1)} MiB`);

/** RSS split: anonymous memory (heaps) and file-backed pages (mapped files: the local D1's SQLite). */
export function rssParts(pid: number | null): string {
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
export function cpuMs(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}
