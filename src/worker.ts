// Cloudflare Workers entry point: HTTP requests go to the Hono app; the scheduled trigger
// (wrangler.toml [triggers] crons, daily) deletes question-log entries older than 180 days.
import { app } from "./app.ts";
import { ask } from "./core/index.ts";
import type { Env } from "./env.ts";
import { purgeOldQuestions } from "./store/question-log.ts";

// Load the index and warm the question path at startup (which has its own, larger time budget)
// rather than in the first request's CPU time.
ask("Bao nhiêu thủ tục hành chính được công bố?");

export default {
  fetch: app.fetch,
  async scheduled(controller: ScheduledController, env: Env, _ctx: ExecutionContext) {
    // Awaited, so a failed purge marks the cron run as failed (it is also logged).
    await purgeOldQuestions(env, controller.scheduledTime || Date.now());
  },
} satisfies ExportedHandler<Env>;
