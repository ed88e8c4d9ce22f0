// The question log (issue 6): every question with its channel, outcome and latency, user and
// chat ids only as an HMAC. Placeholder until issue 6 lands: records nothing.
import type { Answer } from "../core/index.ts";
import type { Env } from "../env.ts";

export type Channel = "api" | "web" | "telegram" | "zalo";

export interface QuestionRecord {
  channel: Channel;
  question: string;
  answer: Answer;
  /** The asker's platform id (hashed before storage), when the channel has one. */
  userId?: string | number;
  latencyMs: number;
}

/** Records a question; never throws (logging must not fail a question). */
export async function recordQuestion(_env: Env, _record: QuestionRecord): Promise<void> {}

/** Deletes entries older than the retention window (scheduled trigger). */
export async function purgeOldQuestions(_env: Env): Promise<void> {}
