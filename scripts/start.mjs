#!/usr/bin/env node
// `npm start`: the worker in workerd on this machine, offline, with local D1, on PORT (8787).
// Settings come from .dev.vars and, overriding it, from the process environment, so
// `TELEGRAM_BOT_TOKEN=… npm start` works without editing a file. No secret is needed to start.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SETTINGS = [
  "TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "TELEGRAM_BOT_INFO", "TELEGRAM_API_ROOT",
  "ZALO_BOT_TOKEN", "ZALO_WEBHOOK_SECRET", "ZALO_API_ROOT", "ZALO_BOT_NAME",
  "API_KEYS", "ALLOWED_ORIGINS", "ADMIN_TOKEN", "LOG_SALT",
  "HANDOFF_TELEGRAM_CHAT_ID", "CHAT_TIMINGS",
];
const port = process.env.PORT ?? "8787";
// Local runs stay on this machine: no telemetry, no download of the Request.cf placeholder.
const OFFLINE = { WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };
const wrangler = join("node_modules", ".bin", "wrangler");

// WRANGLER_PERSIST_TO: where local D1 lives (tests give each server its own).
const persist = process.env.WRANGLER_PERSIST_TO ? ["--persist-to", process.env.WRANGLER_PERSIST_TO] : [];
const migrate = spawnSync(wrangler, ["d1", "migrations", "apply", "DB", "--local", ...persist], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...OFFLINE, CI: "true" } });
if (migrate.status !== 0) {
  console.error("start: applying the local D1 migrations failed");
  process.exit(1);
}

// One env file: .dev.vars first, then the process environment over it (mode 0600, removed on exit).
const lines = existsSync(".dev.vars") ? readFileSync(".dev.vars", "utf8").split("\n") : [];
// wrangler's env-file parser takes single-quoted values literally (JSON such as TELEGRAM_BOT_INFO
// stays intact); double quotes would only unescape \n.
const quote = (v) => (!v.includes("'") ? `'${v}'` : !v.includes("`") ? `\`${v}\`` : JSON.stringify(v));
for (const key of SETTINGS) if (process.env[key]) lines.push(`${key}=${quote(process.env[key])}`);
const dir = mkdtempSync(join(tmpdir(), "cchc-env-"));
const envFile = join(dir, "dev.env");
writeFileSync(envFile, lines.join("\n") + "\n", { mode: 0o600 });

// wrangler's devtools inspector defaults to port 9229: two servers started at once would collide.
const inspectorPort = await new Promise((resolve, reject) => {
  const srv = createServer();
  srv.once("error", reject);
  srv.listen(0, "127.0.0.1", () => {
    const { port: free } = srv.address();
    srv.close(() => resolve(free));
  });
});

const child = spawn(
  wrangler,
  ["dev", "--ip", "127.0.0.1", "--port", port, "--inspector-port", String(inspectorPort), "--env-file", envFile, ...persist, "--show-interactive-dev-session=false", "--log-level", process.env.WRANGLER_LOG ?? "log"],
  { stdio: "inherit", env: { ...process.env, ...OFFLINE } },
);
const cleanup = () => rmSync(dir, { recursive: true, force: true });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => {
  cleanup();
  process.exit(code ?? 0);
});
