-- Platform updates already handled: Telegram redelivers an update on a timeout or a non-2xx answer,
-- Zalo may deliver a message twice. A unique key makes the INSERT the deduplication.
CREATE TABLE IF NOT EXISTS seen_updates (
  key TEXT PRIMARY KEY,         -- "<channel>:<update id>"
  seen_at INTEGER NOT NULL      -- milliseconds since the epoch
);
CREATE INDEX IF NOT EXISTS seen_updates_seen_at ON seen_updates (seen_at);
