// Running one platform update under the delivery discipline (issue 12), the same for every bot:
// deduplicate it (D1, bounded), do the work with a deadline, and answer the webhook within a fixed
// time whatever the Bot API does: past it, the work goes on in waitUntil until its own deadline.
// An update whose reply surely did not go out (nothing sent, the API said not done) is forgotten
// by the deduplication, so a redelivery of it is answered.
import type { Context } from "hono";
import type { AppEnv, Env } from "../../src/env.ts";
import { log } from "../../src/log.ts";
import { forgetUpdate, seenBefore } from "../../src/store/dedup.ts";
import type { FailureKind } from "./delivery.ts";
import { timingsOf, type Timings } from "./timings.ts";
import type { Platform } from "./types.ts";

export type Outcome =
  | { status: "replied"; parts: number }
  | { status: "ignored"; reason: string }
  | { status: "duplicate" }
  | { status: "failed"; kind: FailureKind; reason: string; sent: number }
  /** The webhook answered before the work was done; it goes on in the background. */
  | { status: "accepted" };

/** What the work for one update gets: its env, its time limits, and when it must be done. */
export interface Job {
  env: Env;
  timings: Timings;
  /** Epoch ms the update arrived. */
  started: number;
  /** Epoch ms by which all work ends. */
  deadline: number;
}

export interface UpdateRun {
  env: Env;
  platform: Platform;
  /** "telegram:<update_id>", "zalo:<message_id>"; null: nothing to deduplicate on. */
  dedupKey: string | null;
  /** Records the key; true when it was seen before. Default: D1 (src/store/dedup.ts). */
  seen?: (key: string) => Promise<boolean>;
  /** Forgets the key (the reply was not sent). Default: D1. */
  forget?: (key: string) => Promise<void>;
  work: (job: Job) => Promise<Outcome>;
  /** Workers' waitUntil: work past the webhook's deadline goes there. */
  keepAlive?: (work: Promise<unknown>) => void;
  /** The webhook answers by then (ms); absent (polling): wait for the work. */
  answerWithinMs?: number;
}

/** Workers' waitUntil, when the runtime gives one (not under app.request in a test). */
export function keepAliveOf(c: Context<AppEnv>): ((work: Promise<unknown>) => void) | undefined {
  try {
    const ctx = c.executionCtx;
    return (work) => ctx.waitUntil(work);
  } catch {
    return undefined;
  }
}

export async function runUpdate(r: UpdateRun): Promise<Outcome> {
  const timings = timingsOf(r.env);
  const started = Date.now();
  const job: Job = { env: r.env, timings, started, deadline: started + timings.workDeadlineMs };
  const seen = r.seen ?? ((key: string) => seenBefore(r.env, key));
  const forget = r.forget ?? ((key: string) => forgetUpdate(r.env, key));
  if (r.dedupKey && (await seen(r.dedupKey))) return { status: "duplicate" };

  const work = (async (): Promise<Outcome> => {
    let outcome: Outcome;
    try {
      outcome = await r.work(job);
    } catch (e) {
      // A bug: logged; the update counts as handled (a redelivery would meet the same bug).
      log("error", `${r.platform}.failed`, { error: e instanceof Error ? e.message : String(e) });
      return { status: "ignored", reason: "error" };
    }
    if (r.dedupKey && outcome.status === "failed" && outcome.kind === "not-done" && outcome.sent === 0) await forget(r.dedupKey);
    return outcome;
  })();

  if (r.answerWithinMs === undefined) return work;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const answered = await Promise.race([work, new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), r.answerWithinMs)))]);
  clearTimeout(timer);
  if (answered !== "late") return answered;
  r.keepAlive?.(work);
  log("warn", `${r.platform}.slow`, { answeredAfterMs: Date.now() - started, note: "the reply goes on in the background" });
  return { status: "accepted" };
}

