// `npm run loadtest`: autocannon against `npm start` on loopback, bounded in time; the modes and
// their targets are in cli.ts (`npm run loadtest -- --help`). This file starts the server (the app
// alone, or the app with fake Bot APIs for --webhooks), runs the mode and exits 1 on a missed target.
import { randomBytes } from "node:crypto";
import { startStack } from "../stack/stack.ts";
import { startApp } from "../stack/start-app.ts";
import { readOptions } from "./cli.ts";
import { devServer, mib, rssMiB } from "./processes.ts";
import { soak } from "./soak.ts";
import { throughput } from "./throughput.ts";
import { webhooks } from "./webhooks.ts";

const options = readOptions();
if (!options) process.exit(0);

/** For this run's server only: the throughput run reads the question log's count through /admin. */
const ADMIN_TOKEN = `loadtest-${randomBytes(16).toString("hex")}`;

let stop: (() => Promise<void>) | undefined;
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    void (stop?.() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

let ok: boolean;
if (options.mode === "webhooks") {
  const stack = await startStack({ WRANGLER_LOG: "info" });
  stop = stack.stop;
  const server = devServer(new URL(stack.app.url).port);
  const pid = server.app();
  const before = rssMiB(pid);
  const proxyBefore = rssMiB(server.proxy);
  try {
    ok = await webhooks(stack, options);
  } finally {
    console.log(`memory   workerd (app) RSS before ${mib(before)}, after ${mib(rssMiB(server.app()))}; wrangler's proxy workerd before ${mib(proxyBefore)}, after ${mib(rssMiB(server.proxy))}`);
    await stack.stop();
  }
} else {
  // The server's own request log lines are off (WRANGLER_LOG=info) so the terminal is not the bottleneck.
  const app = await startApp({ WRANGLER_LOG: "info", CLOUDFLARE_CF_FETCH_ENABLED: "false", ADMIN_TOKEN });
  stop = app.stop;
  const server = devServer(new URL(app.url).port);
  const pid = server.app();
  console.log(
    `server   ${app.url} (workerd running the app: pid ${pid ?? "not found"}, RSS ${mib(rssMiB(pid))} at start; ` +
      `wrangler's proxy workerd: pid ${server.proxy ?? "not found"}, RSS ${mib(rssMiB(server.proxy))})`,
  );
  try {
    ok = options.mode === "soak" ? await soak(app, server, options) : await throughput(app, server, options, ADMIN_TOKEN);
  } finally {
    await app.stop();
  }
}
process.exit(ok ? 0 : 1);
