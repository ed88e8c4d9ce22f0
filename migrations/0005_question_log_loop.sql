-- The operator's loop on /admin (issue 11): what the assistant declined, what got 👎, what is asked
-- most, each grouped by question_key with the nearest facts (adapters/admin/loop.ts).
-- A declined answer gives no facts but may offer suggestions: keep their fact ids, so a declined
-- question shows what the assistant thought was near. Old rows and old code (a rollback) get '[]'.
ALTER TABLE question_log ADD COLUMN suggestion_ids TEXT NOT NULL DEFAULT '[]';
-- "Asked most" over a time window, optionally one channel, read from the index alone; the newest
-- row of a listed group is found by (asked_at, question_key).
CREATE INDEX IF NOT EXISTS question_log_window ON question_log (asked_at, question_key, answered, channel);
