// The question log (issue 6): every question with its channel, outcome, fact ids and latency, in
// D1 (migrations/0002_question_log.sql). The question is stored redacted (src/privacy/redact.ts:
// phone, CCCD/CMND, e-mail, account numbers and street addresses become typed placeholders; the
// grouping key is computed from the redacted text). User and chat ids are stored only as an HMAC keyed with
// LOG_SALT, and not at all when LOG_SALT is unset (a hash with a public key would be reversible by
// enumerating ids, one with a per-isolate key would not count the same user twice as one).
//
// Logging must never cost a question its answer: a missing, failing or slow D1 makes
// `recordQuestion` give up after RECORD_TIMEOUT_MS with one warning line, and it never throws.
//
// Writes are micro-batched per isolate: the first question of a quiet moment waits BATCH_WINDOW_MS
// for others to join, then writes them all in one D1 batch (one round trip, one transaction). A D1
// database runs its queries one at a time, so during a flood of questions one write per question
// would queue behind the deduplication writes; batches keep the log's share small (measured with
// `npm run loadtest` under wrangler dev: the log's cost per question fell from ~1.7 ms to under
// 0.3 ms of workerd CPU, and /api/ask's throughput rose about 2×).
// The rows are plain data, so the request that flushes them may well be another than the one that
// asked; it keeps running until the flush is done (the API hands the call to waitUntil, the bots
// await it after replying).
import type { Answer } from "../core/index.ts";
import { cleanText, tokenize } from "../core/normalize.ts";
import { settings, type Env } from "../env.ts";
import { hashId, log } from "../log.ts";
import { noteQuestion } from "../middleware/request-log.ts";
import { redactPersonalData } from "../privacy/redact.ts";

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
/** How long the first question of a batch waits for others. */
export const BATCH_WINDOW_MS = 50;
/** At most this many rows per D1 batch (each row is one query; the free plan allows 50 per invocation). */
export const MAX_BATCH = 20;
/** Questions are stored redacted, up to this many characters (the API refuses longer ones). */
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

type Row = [askedAt: number, day: string, channel: Channel, question: string, key: string, answered: 0 | 1, factIds: string, lang: string, latencyMs: number, user: string | null, chat: string | null, suggestionIds: string];

// redacted = 1: the question went through redactPersonalData (migrations/0003_question_log_redacted.sql).
// suggestion_ids: the fact ids behind a reply's suggestions, what /admin shows as nearest to a
// declined question (migrations/0005_question_log_loop.sql).
const INSERT =
  "INSERT INTO question_log (asked_at, day, channel, question, question_key, answered, fact_ids, lang, latency_ms, user_hash, chat_hash, redacted, suggestion_ids) " +
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1, ?12)";

/** The batch filling up for each D1 binding (one per isolate in production). */
const filling = new WeakMap<D1Database, Row[]>();

async function toRow(env: Env, record: QuestionRecord, now: number): Promise<Row> {
  const salt = settings(env).LOG_SALT;
  const hash = (id: string | number | undefined) => (salt && id !== undefined && id !== "" ? hashId(id, salt) : null);
  const [user, chat] = await Promise.all([hash(record.userId), hash(record.chatId)]);
  // Redacted before it is cut, so a cut never leaves part of a number in clear.
  const question = redactPersonalData(cleanText(record.question.slice(0, 4 * MAX_STORED_CHARS))).slice(0, MAX_STORED_CHARS);
  const facts = JSON.stringify(record.answer.facts.map((f) => f.id));
  const latency = Math.max(0, Math.round(Number.isFinite(record.latencyMs) ? record.latencyMs : 0));
  const suggestions = JSON.stringify(record.answer.suggestionIds);
  return [now, dayOf(now), record.channel, question, questionKey(question), record.answer.answered ? 1 : 0, facts, record.answer.lang, latency, user, chat, suggestions];
}

/** Writes one batch; never throws (a failure is one warning line naming how many rows were lost). */
async function flush(db: D1Database, rows: Row[]): Promise<void> {
  try {
    const stmt = db.prepare(INSERT);
    const write = db.batch(rows.map((r) => stmt.bind(...r)));
    // The write may still land after the timeout; nobody waits for it any more.
    write.catch(() => {});
    await withTimeout(write, RECORD_TIMEOUT_MS, "question log write");
  } catch (e) {
    log("warn", "question_log.unavailable", { rows: rows.length, channels: [...new Set(rows.map((r) => r[2]))], error: describe(e) });
  }
}

/**
 * Records a question; never throws (logging must not fail a question) and returns within
 * BATCH_WINDOW_MS + RECORD_TIMEOUT_MS. A question joining a batch another request will write
 * returns at once.
 */
export async function recordQuestion(env: Env, record: QuestionRecord, now = Date.now()): Promise<void> {
  // The request log line says whether this request's question was answered.
  noteQuestion(record.answer.answered);
  let row: Row;
  const db = env?.DB;
  try {
    if (!db) return;
    row = await toRow(env, record, now);
  } catch (e) {
    log("warn", "question_log.unavailable", { rows: 1, channels: [record.channel], error: describe(e) });
    return;
  }
  const open = filling.get(db);
  if (open && open.length < MAX_BATCH) {
    open.push(row);
    return;
  }
  const batch = [row];
  filling.set(db, batch);
  await new Promise((r) => setTimeout(r, BATCH_WINDOW_MS));
  if (filling.get(db) === batch) filling.delete(db);
  await flush(db, batch);
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
