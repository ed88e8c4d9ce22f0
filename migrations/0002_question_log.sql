-- The question log (issue 6): every question a channel answered or abstained on, so officials can
-- see what the knowledge base is missing. User and chat ids only as an HMAC keyed with LOG_SALT
-- (NULL when LOG_SALT is not set). Rows older than 180 days are deleted by the scheduled trigger.
CREATE TABLE IF NOT EXISTS question_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  asked_at INTEGER NOT NULL,                   -- milliseconds since the epoch
  day TEXT NOT NULL,                           -- UTC day of asked_at, "YYYY-MM-DD" (grouping)
  channel TEXT NOT NULL CHECK (channel IN ('api', 'web', 'telegram', 'zalo')),
  question TEXT NOT NULL,                      -- as asked (NFC, invisible characters removed, ≤ 1000 chars)
  question_key TEXT NOT NULL,                  -- normalized for grouping: folded words, no marks
  answered INTEGER NOT NULL CHECK (answered IN (0, 1)),
  fact_ids TEXT NOT NULL DEFAULT '[]',         -- JSON array of the fact ids given, primary first
  lang TEXT NOT NULL,
  latency_ms INTEGER NOT NULL,
  user_hash TEXT,                              -- HMAC-SHA-256(LOG_SALT, user id), hex
  chat_hash TEXT                               -- HMAC-SHA-256(LOG_SALT, chat id), hex
);
-- Retention deletes and the admin page's time window.
CREATE INDEX IF NOT EXISTS question_log_asked_at ON question_log (asked_at);
-- "Most frequent unanswered questions": a range of unanswered rows grouped by key.
CREATE INDEX IF NOT EXISTS question_log_unanswered ON question_log (answered, question_key, asked_at);
