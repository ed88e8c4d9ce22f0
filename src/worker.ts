// Cloudflare Workers entry point: HTTP requests go to the Hono app; the scheduled trigger
// (wrangler.toml [triggers]) prunes the question log.
import { app } from "./app.ts";
import type { Env } from "./env.ts";
import { purgeOldQuestions } from "./store/question-log.ts";

export default {
  fetch: app.fetch,
  async scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext) {
    ctx.waitUntil(purgeOldQuestions(env));
  },
} satisfies ExportedHandler<Env>;
