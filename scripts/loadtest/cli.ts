// The command line of `npm run loadtest`: its flags, parsed and checked with zod, and its --help.
import { parseArgs } from "node:util";
import * as z from "zod";

export const HELP = `\`npm run loadtest\`: autocannon against \`npm start\` on loopback (its own port and local D1), bounded
in time. POST /api/ask with a rotating mix of real questions (test/node/fixtures/paraphrases.jsonl),
then GET /healthz, in the same run; prints requests per second, p50/p99 latency, errors, non-2xx
and 5xx counts, the memory (RSS from /proc) of the workerd process that runs the app before and
after, and the ratio of ask to healthz throughput. Exits 1 when a target is missed (errors or 5xx
or non-2xx > 0, ratio < 0.7).

  npm run loadtest                         30 s per phase, 50 connections
  npm run loadtest -- --duration 10 --connections 20
  npm run loadtest -- --soak               /api/ask for 4 minutes of warm-up, then 5 measured minutes:
                                           the worker's JS heap after a full GC (read over the V8
                                           inspector) before and after the measured minutes must
                                           not grow by 10% or more; RSS is sampled every 10 s and shown
       [--soak-minutes N] [--soak-warmup N] [--soak-target healthz]   (healthz: no core, no D1)
  npm run loadtest -- --webhooks           Telegram and Zalo webhooks against local fake Bot APIs:
                                           every update answered exactly once, duplicates suppressed
       [--updates N]                       deliveries per channel (default 1000, at least 10)

/api/ask requests come from 4,096 simulated client addresses (CF-Connecting-IP), as a flood of
citizens does; one client alone is held to the API's rate limit (429 after 100 a minute).

Everything stays on 127.0.0.1; the server's own request log lines are off (WRANGLER_LOG=info)
so the terminal is not the bottleneck.`;

/** A number flag, raised to `min` (a smaller value is taken as `min`, as before). */
const atLeast = (min: number) => z.coerce.number().finite().transform((n) => Math.max(min, n));

const Flags = z.object({
  duration: atLeast(1),
  connections: atLeast(1),
  soak: z.boolean(),
  "soak-minutes": atLeast(1),
  "soak-warmup": atLeast(0),
  /** What the soak sends: "ask" (the default) or "healthz" (to tell the app's memory from the dev server's). */
  "soak-target": z.enum(["ask", "healthz"]),
  webhooks: z.boolean(),
  updates: atLeast(10),
  help: z.boolean(),
});

export interface Options {
  /** Seconds per autocannon phase. */
  duration: number;
  /** Connections (and webhook deliveries) in flight. */
  connections: number;
  mode: "throughput" | "soak" | "webhooks";
  soakMinutes: number;
  soakWarmupMinutes: number;
  soakTarget: "ask" | "healthz";
  /** Webhook deliveries per channel, redeliveries included. */
  updates: number;
}

/** The options, or `null` after printing --help; exits 2 on a flag it cannot use. */
export function readOptions(argv = process.argv.slice(2)): Options | null {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        duration: { type: "string", default: "30" },
        connections: { type: "string", default: "50" },
        soak: { type: "boolean", default: false },
        "soak-minutes": { type: "string", default: "5" },
        "soak-warmup": { type: "string", default: "4" },
        "soak-target": { type: "string", default: "ask" },
        webhooks: { type: "boolean", default: false },
        updates: { type: "string", default: "1000" },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (e) {
    return usage((e as Error).message);
  }
  const parsed = Flags.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return usage(`--${String(issue.path[0])}: ${issue.message}`);
  }
  const f = parsed.data;
  if (f.help) {
    console.log(HELP);
    return null;
  }
  return {
    duration: f.duration,
    connections: f.connections,
    mode: f.webhooks ? "webhooks" : f.soak ? "soak" : "throughput",
    soakMinutes: f["soak-minutes"],
    soakWarmupMinutes: f["soak-warmup"],
    soakTarget: f["soak-target"],
    updates: f.updates,
  };
}

function usage(message: string): never {
  console.error(`loadtest: ${message} (npm run loadtest -- --help)`);
  process.exit(2);
}
