// Three projects: "node" for pure units and for end-to-end runs against `npm start` and fake Bot API
// servers; "web" for the pages in a real browser; "worker" runs the app inside workerd, as Cloudflare runs it.
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// workerd in the test pool stays offline: no telemetry, no download of the Request.cf placeholder.
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= "false";
process.env.WRANGLER_SEND_METRICS ??= "false";

const migrations = await readD1Migrations(new URL("./migrations", import.meta.url).pathname);

export default defineConfig({
  test: {
    // Most of the suite's time is spent waiting (on `npm start`, fake Bot API deadlines, a browser),
    // not computing: two files at a time on this 2-core machine. (Three halved the wall time, 712 →
    // 392 s, but on a slower day the webhook load test then got 503s from the local stack under the
    // other files' load: 2 of 3 fresh-clone runs failed on 2026-12-03.)
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "node",
          include: ["test/node/**/*.test.ts"],
          exclude: ["test/node/web/**"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // A real Chromium against `npm start`: on a loaded CI machine a page load has once stalled
          // past Playwright's 30 s (not reproduced in 80 loads under full CPU load here). One retry of
          // that test, with room for a slow load; a page that fails twice is a failure.
          name: "web",
          include: ["test/node/web/**/*.test.ts"],
          environment: "node",
          retry: 1,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: { bindings: { TEST_MIGRATIONS: migrations } },
          }),
        ],
        test: {
          name: "worker",
          include: ["test/worker/**/*.test.ts"],
          setupFiles: ["test/worker/apply-migrations.ts"],
        },
      },
    ],
  },
});
