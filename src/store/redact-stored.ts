// The one-off redaction of questions stored before redaction existed (and of any row an older
// version writes after a rollback): migrations/0003 marks them redacted = 0, SQL cannot run the
// redaction code, so the daily scheduled trigger rewrites them here, in bounded batches. Each batch
// is one read and one write: the write hands all its rows over as one JSON parameter (D1 allows 100
// bound parameters and 50 queries per invocation on the free plan), so a run stays at most
// 2 × REDACT_MAX_BATCHES queries. Until a row is done, /admin redacts it as it reads it.
import * as z from "zod";
import type { Env } from "../env.ts";
import { log } from "../log.ts";
import { redactPersonalData } from "../privacy/redact.ts";
import { MAX_STORED_CHARS, questionKey } from "./question-log.ts";

/** Rows read and rewritten per batch (each ≤ 1000 characters: the JSON stays well under D1's 2 MB). */
export const REDACT_BATCH = 200;
/** Batches per run: 4,000 rows a day, 40 queries at most. */
export const REDACT_MAX_BATCHES = 20;

const StoredQuestion = z.object({ id: z.number().int(), question: z.string() });

const SELECT = "SELECT id, question FROM question_log WHERE redacted = 0 ORDER BY id LIMIT ?1";
// Rows whose text changed get the new question and grouping key; every row listed is marked done.
const UPDATE =
  "UPDATE question_log SET " +
  "question = coalesce(json_extract(u.value, '$.q'), question), " +
  "question_key = coalesce(json_extract(u.value, '$.k'), question_key), " +
  "redacted = 1 " +
  "FROM json_each(?1) AS u WHERE question_log.id = json_extract(u.value, '$.id')";

export interface RedactionRun {
  /** Rows read and marked redacted. */
  checked: number;
  /** Rows whose stored text changed. */
  changed: number;
}

/**
 * Redacts up to REDACT_BATCH × REDACT_MAX_BATCHES stored questions not yet marked redacted. Failures
 * are logged and rethrown, so the cron run shows as failed; rows already done stay done.
 */
export async function redactStoredQuestions(env: Env): Promise<RedactionRun> {
  const run: RedactionRun = { checked: 0, changed: 0 };
  const db = env.DB;
  if (!db) {
    log("warn", "question_log.redaction_skipped", { reason: "no D1 binding" });
    return run;
  }
  try {
    for (let i = 0; i < REDACT_MAX_BATCHES; i++) {
      const { results } = await db.prepare(SELECT).bind(REDACT_BATCH).all();
      const rows = z.array(StoredQuestion).parse(results);
      if (!rows.length) break;
      const updates = rows.map(({ id, question }) => {
        const redacted = redactPersonalData(question).slice(0, MAX_STORED_CHARS);
        return redacted === question ? { id } : { id, q: redacted, k: questionKey(redacted) };
      });
      await db.prepare(UPDATE).bind(JSON.stringify(updates)).run();
      run.checked += rows.length;
      run.changed += updates.filter((u) => "q" in u).length;
      if (rows.length < REDACT_BATCH) break;
    }
  } catch (e) {
    log("error", "question_log.redaction_failed", { ...run, error: (e instanceof Error ? e.message : String(e)).slice(0, 200) });
    throw e;
  }
  log("info", "question_log.redacted", { ...run });
  return run;
}
