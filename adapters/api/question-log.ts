// Hands a question to the question log (issue 6) without delaying or failing the reply: the write
// runs after the response through waitUntil when the runtime gives an ExecutionContext.
import type { Context } from "hono";
import { log } from "../../src/log.ts";
import { recordQuestion, type QuestionRecord } from "../../src/store/question-log.ts";

export function logQuestion(c: Context, record: QuestionRecord): void {
  const task = Promise.resolve()
    .then(() => recordQuestion(c.env, record))
    .catch((err: unknown) => log("warn", "question_log_failed", { channel: record.channel, error: (err as Error)?.message ?? String(err) }));
  try {
    c.executionCtx.waitUntil(task);
  } catch {
    // No ExecutionContext (app.request in unit tests): the write finishes on its own.
  }
}
