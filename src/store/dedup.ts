// "Have we handled this update already?" backed by D1, so it holds across isolates. If D1 is
// missing or failing, the answer degrades to "no" (the update is handled; a rare duplicate reply
// is better than a lost question) and a warning is logged. Every call has a time limit. Old keys
// are deleted by the daily scheduled trigger (purgeSeenUpdates), not on the way of an update.
import type { Env } from "../env.ts";
import { log } from "../log.ts";
import { withTimeout } from "./question-log.ts";

/** How long a dedup check may wait on D1 before the update is handled anyway. */
export const DEDUP_TIMEOUT_MS = 200;

/** Platforms redeliver for up to 24 h (Telegram keeps undelivered updates that long). */
export const DEDUP_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Records `key` and tells whether it was already recorded within the window.
 * `key` is "<channel>:<update id>", e.g. "telegram:123456".
 */
export async function seenBefore(env: Env, key: string, now = Date.now()): Promise<boolean> {
  const db = env.DB;
  if (!db) return false;
  try {
    // A hanging D1 must not hold the reply: past the timeout the update counts as not seen.
    const res = await withTimeout(
      db
        .prepare("INSERT INTO seen_updates (key, seen_at) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET seen_at = excluded.seen_at WHERE seen_updates.seen_at < ?3")
        .bind(key, now, now - DEDUP_WINDOW_MS)
        .run(),
      DEDUP_TIMEOUT_MS,
      "dedup",
    );
    // One row written: new (or expired and renewed). None: seen within the window.
    return (res.meta?.changes ?? 1) === 0;
  } catch (e) {
    log("warn", "dedup.unavailable", { error: (e as Error).message });
    return false;
  }
}

/** Forgets `key`: its update's reply was not sent, so a redelivery must be answered. Never throws. */
export async function forgetUpdate(env: Env, key: string): Promise<void> {
  const db = env.DB;
  if (!db) return;
  try {
    await withTimeout(db.prepare("DELETE FROM seen_updates WHERE key = ?1").bind(key).run(), DEDUP_TIMEOUT_MS, "dedup forget");
  } catch (e) {
    log("warn", "dedup.unavailable", { op: "forget", error: (e as Error).message });
  }
}

/** The scheduled trigger's housekeeping: keys older than the window. Returns how many went. */
export async function purgeSeenUpdates(env: Env, now = Date.now()): Promise<number> {
  const db = env.DB;
  if (!db) return 0;
  const res = await db.prepare("DELETE FROM seen_updates WHERE seen_at < ?1").bind(now - DEDUP_WINDOW_MS).run();
  return res.meta?.changes ?? 0;
}
