// A look into the local D1 of an app started by startApp, the way an operator would:
// `wrangler d1 execute DB --local --persist-to <its folder>`.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import type { RunningApp } from "./start-app.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const run = promisify(execFile);
/** Reads of a database the running app is writing may find it busy: tried again, briefly. */
const ATTEMPTS = 4;

/** The rows of `sql` against the app's D1. */
export async function d1<T = Record<string, unknown>>(app: RunningApp, sql: string): Promise<T[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { stdout } = await run(join(ROOT, "node_modules", ".bin", "wrangler"), ["d1", "execute", "DB", "--local", "--persist-to", app.persistTo, "--json", "--command", sql], {
        cwd: ROOT,
        env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" },
      });
      return (JSON.parse(stdout) as { results: T[] }[]).flatMap((r) => r.results);
    } catch (e) {
      if (attempt >= ATTEMPTS) throw e;
      await new Promise((r) => setTimeout(r, 250 * attempt));
    }
  }
}

/** Every row of every table of the app's D1, as JSON text. */
export async function d1Dump(app: RunningApp): Promise<string> {
  const tables = await d1<{ name: string }>(app, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%'");
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) out[name] = await d1(app, `SELECT * FROM "${name}"`);
  return JSON.stringify(out);
}
