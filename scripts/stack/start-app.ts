// Starts the app the way a user does (`npm start`: wrangler dev, workerd, local D1) on a free
// loopback port with the given settings, and stops it. Each server gets its own D1 state. Used by
// `npm run loadtest` and by the tests that run the app end to end.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RunningApp {
  url: string;
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string;
  /** Where its local D1 lives (for `wrangler d1 … --local --persist-to`). */
  persistTo: string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Tries of a start that lost its port to another server started at the same moment. */
const PORT_TRIES = 3;

export async function startApp(settings: Record<string, string> = {}, timeoutMs = 60_000): Promise<RunningApp> {
  // (A port found free may be taken before workerd binds it, by another server the tests start in
  // parallel: "Address already in use" is that race, tried again on fresh ports.)
  for (let tries = 1; ; tries++) {
    try {
      return await startOnce(settings, timeoutMs);
    } catch (e) {
      if (tries >= PORT_TRIES || !String(e).includes("Address already in use")) throw e;
    }
  }
}

async function startOnce(settings: Record<string, string>, timeoutMs: number): Promise<RunningApp> {
  const port = await freePort();
  const persist = mkdtempSync(join(tmpdir(), "cchc-d1-"));
  let out = "";
  const child = spawn("node", ["scripts/start.mjs"], {
    cwd: join(import.meta.dirname, "..", ".."),
    env: { ...process.env, ...settings, PORT: String(port), WRANGLER_PERSIST_TO: persist, CI: "true" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {}
      await new Promise((r) => setTimeout(r, 300));
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {}
    }
    rmSync(persist, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      // Bounded: a server that accepts and never answers must not outlive the deadline (nor the
      // caller: it is detached, and would be left running).
      const r = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) });
      // (The server that answered must be this one: another started at the same moment may have
      // taken the port, this one then failing with "Address already in use". Its own "Ready on"
      // line says it bound the port.)
      if (r.ok && (await ownServer(child, () => out, url))) return { url, output: () => out, persistTo: persist, stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`npm start did not answer /healthz on ${url}:\n${out.slice(-2000)}`);
}

/** Waits (briefly) for the child's own word that it serves `url`: true once it says so, false if it failed or left. */
async function ownServer(child: ReturnType<typeof spawn>, out: () => string, url: string): Promise<boolean> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if (out().includes(`Ready on ${url}`)) return true;
    if (out().includes("Address already in use") || child.exitCode !== null) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
