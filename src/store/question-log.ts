// The question log (issue 6): every question with its channel, outcome, fact ids and latency, in
// D1 (migrations/0002_question_log.sql). User and chat ids are stored only as an HMAC keyed with
// LOG_SALT, and not at all when LOG_SALT is unset (an unkeyed hash of a numeric id is reversible).
//
// Logging must never cost a question its answer: a missing, failing or slow D1 makes
// `recordQuestion` give up after RECORD_TIMEOUT_MS with one warning line, and it never throws.
import type { Answer } from "../core/index.ts";
import { cleanText, tokenize } from "../core/normalize.ts";
import { settings, type Env } from "../env.ts";
import { hashId, log } from "../log.ts";
import { noteQuestion } from "../middleware/request-log.ts";

export type Channel = "api" | "web" | "telegram" | "zalo";

export interface QuestionRecord {
  channel: Channel;
  question: string;
  answer: Answer;
  /** The asker's platform id (hashed before storage), when the channel has one. */
  userId?: string | number;
  /** The chat's platform id (hashed before storage): a group, or the private chat. */
  chatId?: string | number;
  latencyMs: number;
}

/** Entries older than this are deleted by the scheduled trigger. */
export const RETENTION_DAYS = 180;
export const DAY_MS = 24 * 60 * 60 * 1000;
/** Past this, a D1 write is abandoned (the answer has been sent or is about to be). */
export const RECORD_TIMEOUT_MS = 200;
/** Questions are stored as asked, up to this many characters (the API refuses longer ones). */
export const MAX_STORED_CHARS = 1000;
/** Retention deletes run in batches of this many rows, so one statement stays short. */
const PURGE_BATCH = 5000;
const PURGE_MAX_BATCHES = 200;

/** Rejects after `ms` with an error naming `what`; the timer is cleared either way. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The grouping key of a question: its words folded (no diacritics, đ → d, lower case, numbers in
 * one form), so "Bao nhiêu TTHC?" and "bao nhieu tthc" count as the same question.
 */
export function questionKey(question: string): string {
  const words = tokenize(question.slice(0, MAX_STORED_CHARS)).map((t) => t.fold);
  return words.join(" ").slice(0, 300);
}

/** "2025-01-31" (UTC) for a time in milliseconds. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A D1 error's message without anything that could be a secret or a question. */
function describe(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 200);
}

/** Records a question; never throws (logging must not fail a question). */
export async function recordQuestion(env: Env, record: QuestionRecord, now = Date.now()): Promise<void> {
  // The request log line says whether this request's question was answered.
  noteQuestion(record.answer.answered);
  try {
    const db = env?.DB;
    if (!db) return;
    const salt = settings(env).LOG_SALT;
    const hash = (id: string | number | undefined) => (salt && id !== undefined && id !== "" ? hashId(id, salt) : null);
    const [user, chat] = await Promise.all([hash(record.userId), hash(record.chatId)]);
    const question = cleanText(record.question.slice(0, 4 * MAX_STORED_CHARS)).slice(0, MAX_STORED_CHARS);
    const facts = JSON.stringify(record.answer.facts.map((f) => f.id));
    const latency = Math.max(0, Math.round(Number.isFinite(record.latencyMs) ? record.latencyMs : 0));
    const insert = db
      .prepare(
        "INSERT INTO question_log (asked_at, day, channel, question, question_key, answered, fact_ids, lang, latency_ms, user_hash, chat_hash) " +
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
      )
      .bind(now, dayOf(now), record.channel, question, questionKey(question), record.answer.answered ? 1 : 0, facts, record.answer.lang, latency, user, chat)
      .run();
    // The write may still land after the timeout; the caller no longer waits for it.
    insert.catch(() => {});
    await withTimeout(insert, RECORD_TIMEOUT_MS, "question log write");
  } catch (e) {
    log("warn", "question_log.unavailable", { channel: record.channel, error: describe(e) });
  }
}

/**
 * Deletes entries older than the retention window (scheduled trigger), in bounded batches.
 * Returns how many rows went. Failures are logged and rethrown, so the cron run shows as failed.
 */
export async function purgeOldQuestions(env: Env, now = Date.now()): Promise<number> {
  const db = env.DB;
  if (!db) {
    log("warn", "question_log.purge_skipped", { reason: "no D1 binding" });
    return 0;
  }
  const cutoff = now - RETENTION_DAYS * DAY_MS;
  let deleted = 0;
  try {
    for (let i = 0; i < PURGE_MAX_BATCHES; i++) {
      const res = await db
        .prepare("DELETE FROM question_log WHERE id IN (SELECT id FROM question_log WHERE asked_at < ?1 ORDER BY asked_at LIMIT ?2)")
        .bind(cutoff, PURGE_BATCH)
        .run();
      const changes = res.meta?.changes ?? 0;
      deleted += changes;
      if (changes < PURGE_BATCH) break;
    }
  } catch (e) {
    log("error", "question_log.purge_failed", { deleted, error: describe(e) });
    throw e;
  }
  log("info", "question_log.purged", { deleted, before: new Date(cutoff).toISOString(), retentionDays: RETENTION_DAYS });
  return deleted;
}
