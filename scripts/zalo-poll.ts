// `npm run zalo:poll`: the Zalo bot on a developer's machine without a public URL. Removes the
// webhook (Zalo allows one delivery mode at a time), then long-polls getUpdates and answers each
// update with the same handler as POST /webhook/zalo. Ctrl-C stops it cleanly; run
// `npm run zalo:setup` afterwards to put the webhook back.
// Settings: ZALO_BOT_TOKEN (required), ZALO_API_ROOT, LOG_SALT, from .dev.vars or the environment;
// ZALO_POLL_SECONDS (default 30).
import { createZaloHandler, runPolling, ZaloApiError, ZaloClient } from "../adapters/zalo/index.ts";
import { devSettings } from "../adapters/zalo/dev-settings.ts";

const s = devSettings();
if (!s.ZALO_BOT_TOKEN) {
  console.error("zalo:poll: set ZALO_BOT_TOKEN (in .dev.vars or the environment)");
  process.exit(2);
}
const pollSeconds = Number(s.raw.ZALO_POLL_SECONDS ?? 30);
if (!Number.isInteger(pollSeconds) || pollSeconds < 1 || pollSeconds > 60) {
  console.error("zalo:poll: ZALO_POLL_SECONDS must be a whole number from 1 to 60");
  process.exit(2);
}

// No D1 here: remember recent message ids in memory (the handler's dedup contract).
const seen = new Set<string>();
const seenBefore = async (id: string) => {
  if (seen.has(id)) return true;
  seen.add(id);
  if (seen.size > 10_000) seen.delete(seen.values().next().value!);
  return false;
};

const client = new ZaloClient(s.ZALO_BOT_TOKEN, { apiRoot: s.ZALO_API_ROOT });
const handle = createZaloHandler({ client, seenBefore, logSalt: s.LOG_SALT });
const stop = new AbortController();
let interrupts = 0;
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    if (++interrupts > 1) process.exit(130);
    console.error("zalo:poll: stopping (Ctrl-C again to quit at once)");
    stop.abort(new Error("stopped"));
  });
}

console.error(`zalo:poll: polling ${client.apiRoot} (webhook removed); Ctrl-C to stop`);
try {
  const { updates } = await runPolling({ client, handle, signal: stop.signal, pollSeconds });
  console.error(`zalo:poll: stopped after ${updates} update(s)`);
} catch (err) {
  const hint = err instanceof ZaloApiError && err.errorCode === 401 ? " (is ZALO_BOT_TOKEN right?)" : "";
  console.error(`zalo:poll: ${(err as Error).message}${hint}`);
  process.exit(1);
}
