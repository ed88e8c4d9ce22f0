// The daily scheduled trigger's share of the chat layer: expired chat states, feedback rows
// (unvoted after 30 days, voted after 180, like the question log), expired handoffs (their
// sealed chat ids with them), old counts of undelivered replies, and old deduplication keys.
import type { Env } from "../../src/env.ts";
import { log } from "../../src/log.ts";
import { purgeSeenUpdates } from "../../src/store/dedup.ts";
import { timingsOf } from "./timings.ts";

const DAY = 24 * 60 * 60 * 1000;
export const UNVOTED_DAYS = 30;
export const VOTED_DAYS = 180;

export async function purgeConversations(env: Env, now = Date.now()): Promise<Record<string, number>> {
  const db = env.DB;
  if (!db) return {};
  const t = timingsOf(env);
  const changes = (r: D1Result) => r.meta?.changes ?? 0;
  const [state, unvoted, voted, handoffs, undelivered] = await db.batch([
    db.prepare("DELETE FROM chat_state WHERE updated_at < ?1").bind(now - t.contextTtlMs),
    db.prepare("DELETE FROM feedback WHERE vote IS NULL AND created_at < ?1").bind(now - UNVOTED_DAYS * DAY),
    db.prepare("DELETE FROM feedback WHERE created_at < ?1").bind(now - VOTED_DAYS * DAY),
    db.prepare("DELETE FROM handoffs WHERE expires_at < ?1").bind(now),
    db.prepare("DELETE FROM undelivered_replies WHERE day < ?1").bind(new Date(now - VOTED_DAYS * DAY).toISOString().slice(0, 10)),
  ]);
  const seen = await purgeSeenUpdates(env, now);
  const deleted = {
    chatState: changes(state!),
    feedback: changes(unvoted!) + changes(voted!),
    handoffs: changes(handoffs!),
    undelivered: changes(undelivered!),
    seenUpdates: seen,
  };
  log("info", "conversations.purged", deleted);
  return deleted;
}
