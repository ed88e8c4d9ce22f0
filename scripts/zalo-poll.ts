// `npm run zalo:poll`: the Zalo bot on a developer's machine without a public URL. Removes the
// webhook (Zalo allows one delivery mode at a time), then long-polls getUpdates and answers each
// update with the same handler as POST /webhook/zalo. Ctrl-C stops it cleanly; run
// `npm run zalo:setup` afterwards to put the webhook back.
// Settings: ZALO_BOT_TOKEN (required), ZALO_API_ROOT, LOG_SALT, ZALO_BOT_NAME, from .dev.vars or the environment;
// ZALO_POLL_SECONDS (default 30).
import * as z from "zod";
import { createZaloHandler, runPolling, ZaloApiError, ZaloClient } from "../adapters/zalo/index.ts";
import { devSettings } from "../adapters/zalo/dev-settings.ts";
import { memoryStore } from "../adapters/chat/state.ts";
import { timingsOf } from "../adapters/chat/timings.ts";

/** The long poll's own timeout, seconds (a setting of this script only, not of the worker). */
const PollSeconds = z.coerce.number().int().min(1).max(60).default(30);

const s = devSettings();
if (!s.ZALO_BOT_TOKEN) {
  console.error("zalo:poll: set ZALO_BOT_TOKEN (in .dev.vars or the environment)");
  process.exit(2);
}
const polled = PollSeconds.safeParse(s.raw.ZALO_POLL_SECONDS);
if (!polled.success) {
  console.error("zalo:poll: ZALO_POLL_SECONDS must be a whole number from 1 to 60");
  process.exit(2);
}
const pollSeconds = polled.data;

// No D1 here: recent message ids and each chat's follow-up context live in memory.
const seen = new Set<string>();
const seenBefore = async (key: string) => {
  if (seen.has(key)) return true;
  seen.add(key);
  if (seen.size > 10_000) seen.delete(seen.values().next().value!);
  return false;
};
const forget = async (key: string) => void seen.delete(key);

const client = new ZaloClient(s.ZALO_BOT_TOKEN, { apiRoot: s.ZALO_API_ROOT });
// Sends get one attempt per call: the chat layer retries only what was surely not done.
const sender = new ZaloClient(s.ZALO_BOT_TOKEN, { apiRoot: s.ZALO_API_ROOT, retry: { maxAttempts: 1 } });
const env = { LOG_SALT: s.LOG_SALT, ZALO_BOT_NAME: s.ZALO_BOT_NAME, CHAT_TIMINGS: s.CHAT_TIMINGS };
const handle = createZaloHandler({ client: sender, env, seenBefore, forget, store: memoryStore(timingsOf(env)) });
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
