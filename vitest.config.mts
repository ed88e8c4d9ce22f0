// Two projects: "node" for pure units and for end-to-end runs against `npm start` and fake Bot API
// servers; "worker" runs the app inside workerd, as Cloudflare runs it.
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
    // not computing: three files at a time on this 2-core machine halve the wall time (712 → 392 s)
    // with every timing bound still met.
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: "node",
          include: ["test/node/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
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
