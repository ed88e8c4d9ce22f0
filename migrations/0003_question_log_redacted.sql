-- Personal data in stored questions (issue 12): questions are redacted before they are stored
-- (src/privacy/redact.ts: phone, CCCD/CMND, e-mail, account numbers, street addresses → typed
-- placeholders). SQL cannot run that code, so rows stored before it are marked 0 here and rewritten
-- by the daily scheduled trigger (src/store/redact-stored.ts), a bounded batch at a time; until then
-- /admin redacts what it shows as it reads. New rows are written with redacted = 1. Old code (a
-- rollback) that omits the column writes 0, so its rows are redacted by the next run.
ALTER TABLE question_log ADD COLUMN redacted INTEGER NOT NULL DEFAULT 0 CHECK (redacted IN (0, 1));
-- The scheduled pass reads only the rows still to do.
CREATE INDEX IF NOT EXISTS question_log_unredacted ON question_log (id) WHERE redacted = 0;
