// Cloudflare Workers entry point: HTTP requests go to the Hono app; the scheduled trigger
// (wrangler.toml [triggers] crons, daily) deletes question-log entries older than 180 days, then
// redacts stored questions not yet redacted (rows from before redaction existed), then deletes the
// chat layer's expired rows (follow-up contexts, feedback, handoffs, deduplication keys).
import { app } from "./app.ts";
import { ask } from "./core/index.ts";
import type { Env } from "./env.ts";
import { purgeConversations } from "../adapters/chat/purge.ts";
import { log } from "./log.ts";
import { purgeOldQuestions } from "./store/question-log.ts";
import { redactStoredQuestions } from "./store/redact-stored.ts";

// Load the index and warm the question path at startup (which has its own, larger time budget)
// rather than in the first request's CPU time.
ask("Bao nhiêu thủ tục hành chính được công bố?");

export default {
  fetch: app.fetch,
  async scheduled(controller: ScheduledController, env: Env, _ctx: ExecutionContext) {
    // Awaited, so a failure marks the cron run as failed (each is also logged); the redaction runs
    // even when the purge failed.
    let failure: unknown;
    await purgeOldQuestions(env, controller.scheduledTime || Date.now()).catch((e: unknown) => (failure = e));
    await redactStoredQuestions(env).catch((e: unknown) => (failure ??= e));
    // Expired chat contexts, feedback, handoffs, counts and deduplication keys (adapters/chat/purge.ts).
    await purgeConversations(env, controller.scheduledTime || Date.now()).catch((e: unknown) => {
      log("error", "conversations.purge_failed", { error: e instanceof Error ? e.message : String(e) });
      failure ??= e;
    });
    if (failure) throw failure;
  },
} satisfies ExportedHandler<Env>;
