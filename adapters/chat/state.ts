// Each chat's latest state, for 30 minutes (contextTtlMs): the core's context token (so "còn cấp
// huyện thì sao?" continues the last question), the ref of the answer "đúng"/"sai" would rate, and
// a pending offer to send a declined question to an official. In D1 (migrations/0004), keyed by
// chatKey (an HMAC, never the raw id); the daily scheduled trigger deletes expired rows. Every
// call has a time limit: a D1 that fails or hangs means no state (the question is answered on its
// own), never a lost reply. Without D1 (npm run zalo:poll) the state lives in memory.
import * as z from "zod";
import { Lang } from "../../src/core/index.ts";
import type { Env } from "../../src/env.ts";
import { log } from "../../src/log.ts";
import { within, type Timings } from "./timings.ts";

export const Offer = z.object({ id: z.string(), question: z.string(), lang: Lang });
export type Offer = z.infer<typeof Offer>;

export interface ChatState {
  context?: string;
  feedbackRef?: string;
  offer?: Offer;
}

export interface ChatStore {
  /** The chat's state, or null (none, expired, or D1 unavailable). */
  read(key: string): Promise<ChatState | null>;
  /** Replaces the chat's state (null deletes it). Never throws. */
  write(key: string, state: ChatState | null): Promise<void>;
}

const Row = z.object({
  context: z.string().nullable(),
  feedback_ref: z.string().nullable(),
  offer_id: z.string().nullable(),
  offer_question: z.string().nullable(),
  offer_lang: z.string().nullable(),
});

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

export function d1Store(db: D1Database, t: Timings, now: () => number = Date.now): ChatStore {
  return {
    async read(key) {
      try {
        const row = await within(
          db.prepare("SELECT context, feedback_ref, offer_id, offer_question, offer_lang FROM chat_state WHERE chat_key = ?1 AND updated_at >= ?2").bind(key, now() - t.contextTtlMs).first(),
          t.storeTimeoutMs,
          "chat state read",
        );
        if (!row) return null;
        const r = Row.parse(row);
        const offer = Offer.safeParse({ id: r.offer_id, question: r.offer_question, lang: r.offer_lang });
        return { context: r.context ?? undefined, feedbackRef: r.feedback_ref ?? undefined, offer: offer.success ? offer.data : undefined };
      } catch (e) {
        log("warn", "chat_state.unavailable", { op: "read", error: describe(e) });
        return null;
      }
    },
    async write(key, state) {
      try {
        const stmt = state
          ? db
              .prepare(
                "INSERT INTO chat_state (chat_key, context, feedback_ref, offer_id, offer_question, offer_lang, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) " +
                  "ON CONFLICT(chat_key) DO UPDATE SET context = excluded.context, feedback_ref = excluded.feedback_ref, offer_id = excluded.offer_id, " +
                  "offer_question = excluded.offer_question, offer_lang = excluded.offer_lang, updated_at = excluded.updated_at",
              )
              .bind(key, state.context ?? null, state.feedbackRef ?? null, state.offer?.id ?? null, state.offer?.question ?? null, state.offer?.lang ?? null, now())
          : db.prepare("DELETE FROM chat_state WHERE chat_key = ?1").bind(key);
        await within(stmt.run(), t.storeTimeoutMs, "chat state write");
      } catch (e) {
        log("warn", "chat_state.unavailable", { op: "write", error: describe(e) });
      }
    },
  };
}

/** For a process without D1: bounded, expiring like the D1 rows. */
export function memoryStore(t: Timings, now: () => number = Date.now, max = 10_000): ChatStore {
  const rows = new Map<string, { state: ChatState; at: number }>();
  return {
    async read(key) {
      const row = rows.get(key);
      return row && row.at >= now() - t.contextTtlMs ? row.state : null;
    },
    async write(key, state) {
      rows.delete(key);
      if (state) rows.set(key, { state, at: now() });
      if (rows.size > max) rows.delete(rows.keys().next().value!);
    },
  };
}

export function storeFor(env: Env, t: Timings): ChatStore | null {
  return env.DB ? d1Store(env.DB, t) : null;
}
