// Feedback on answers (👍/👎 on Telegram, "đúng"/"sai" on Zalo). When an answer with figures is
// delivered, a row is written with the question's ref (an HMAC, the id that ties it to the
// question), the question's grouping key (as the question log folds it, after redaction), the
// answer's fact ids and its operation (`facts[0].derived?.op`, none for a stated figure): the vote
// fills it in later, so a button tapped an hour later still knows what it rates. Never who asked.
// migrations/0004_conversations.sql; the daily trigger deletes rows never voted on after 30 days
// and the rest after 180 (the question log's retention).
import type { Answer } from "../../src/core/index.ts";
import type { Env } from "../../src/env.ts";
import { log } from "../../src/log.ts";
import { redactPersonalData } from "../../src/privacy/redact.ts";
import { questionKey } from "../../src/store/question-log.ts";
import { within } from "./timings.ts";

export type FeedbackChannel = "telegram" | "zalo" | "web";

export interface AnswerRecord {
  ref: string;
  channel: FeedbackChannel;
  question: string;
  answer: Answer;
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

/** The statement that records a delivered answer (batched with the chat state by the caller). */
export function answerRecordStatement(db: D1Database, r: AnswerRecord, now: number): D1PreparedStatement {
  const key = questionKey(redactPersonalData(r.question.normalize("NFC").slice(0, 4000)));
  return db
    .prepare("INSERT INTO feedback (question_ref, channel, question_key, fact_ids, op, lang, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(question_ref) DO NOTHING")
    .bind(r.ref, r.channel, key, JSON.stringify(r.answer.facts.map((f) => f.id)), r.answer.facts[0]?.derived?.op ?? null, r.answer.lang, now);
}

export async function recordAnswer(env: Env, r: AnswerRecord, timeoutMs: number, now = Date.now()): Promise<void> {
  if (!env.DB) return;
  try {
    await within(answerRecordStatement(env.DB, r, now).run(), timeoutMs, "answer record");
  } catch (e) {
    log("warn", "feedback.unavailable", { op: "record", error: describe(e) });
  }
}

/** Records a vote on the answer to question `ref`; false when no such answer is on record (or D1 failed). */
export async function recordVote(env: Env, ref: string, up: boolean, timeoutMs: number, now = Date.now()): Promise<boolean> {
  if (!env.DB) return false;
  try {
    const res = await within(
      env.DB.prepare("UPDATE feedback SET vote = ?2, voted_at = ?3 WHERE question_ref = ?1").bind(ref, up ? "up" : "down", now).run(),
      timeoutMs,
      "vote",
    );
    const stored = (res.meta?.changes ?? 0) > 0;
    log("info", "feedback.vote", { vote: up ? "up" : "down", stored });
    return stored;
  } catch (e) {
    log("warn", "feedback.unavailable", { op: "vote", error: describe(e) });
    return false;
  }
}
