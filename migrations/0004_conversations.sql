-- Conversations on the bots (issue 11) and their delivery (issue 12). No table holds a raw chat or
-- user id: chats, citizens and questions are HMAC-SHA-256 keys with LOG_SALT (adapters/chat/keys.ts);
-- the one id the bot must keep to relay an official's answer is encrypted (handoffs.reply_to).
-- The daily scheduled trigger deletes expired rows (adapters/chat/purge.ts).

-- Each chat's latest state, for follow-up questions ("còn cấp huyện thì sao?"): 30 minutes.
CREATE TABLE IF NOT EXISTS chat_state (
  chat_key TEXT PRIMARY KEY,      -- HMAC(LOG_SALT, "chat:<platform>:<chat id>[:<thread id>]"), hex
  context TEXT,                   -- the core's opaque context token of the last answer (≤ 2 KiB)
  feedback_ref TEXT,              -- the last answer's question_ref, while "đúng"/"sai" may rate it
  offer_id TEXT,                  -- a pending "send this question to an official?" offer
  offer_question TEXT,            -- its question, redacted (src/privacy/redact.ts)
  offer_lang TEXT,
  updated_at INTEGER NOT NULL     -- ms since the epoch; older than the TTL = absent
);
CREATE INDEX IF NOT EXISTS chat_state_updated_at ON chat_state (updated_at);

-- Feedback on answers: a row per answer with figures delivered on a bot; the vote fills it in.
-- Never who asked. Unvoted rows are deleted after 30 days, voted ones after 180.
CREATE TABLE IF NOT EXISTS feedback (
  question_ref TEXT PRIMARY KEY,  -- HMAC(LOG_SALT, "q:<platform>:<chat id>:<message id>"): the question's id
  channel TEXT NOT NULL CHECK (channel IN ('telegram', 'zalo', 'web')),
  question_key TEXT NOT NULL,     -- the question folded as question_log.question_key (after redaction)
  fact_ids TEXT NOT NULL,         -- JSON array of the answer's fact ids, primary first
  op TEXT,                        -- facts[0].derived.op (sum, difference, ratio…); NULL for a stated figure
  lang TEXT NOT NULL,
  vote TEXT CHECK (vote IN ('up', 'down')),  -- NULL until the user votes; a later vote replaces it
  created_at INTEGER NOT NULL,    -- when the answer was given, ms since the epoch
  voted_at INTEGER                -- when the vote came
);
CREATE INDEX IF NOT EXISTS feedback_votes ON feedback (vote, voted_at);
CREATE INDEX IF NOT EXISTS feedback_created_at ON feedback (created_at);

-- Questions handed to officials (HANDOFF_TELEGRAM_CHAT_ID), by case code. Deleted at expiry (7 days).
CREATE TABLE IF NOT EXISTS handoffs (
  code TEXT PRIMARY KEY,          -- "K7Q2": what officials see and reply to
  citizen_key TEXT NOT NULL,      -- HMAC(LOG_SALT, "citizen:<channel>:<chat id or web token>"): at most 3 open each
  channel TEXT NOT NULL CHECK (channel IN ('telegram', 'zalo', 'web')),
  reply_to TEXT,                  -- the citizen's chat id, AES-256-GCM with a key derived from LOG_SALT; NULL for web
  question TEXT NOT NULL,         -- redacted, as posted to the officials
  lang TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'relaying', 'delivered', 'answered', 'unconfirmed')),
  answer TEXT,                    -- the official's answer as relayed (web: what the page shows)
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  answered_at INTEGER
);
CREATE INDEX IF NOT EXISTS handoffs_citizen ON handoffs (citizen_key, status, expires_at);
CREATE INDEX IF NOT EXISTS handoffs_expires_at ON handoffs (expires_at);

-- Replies a bot could not deliver, counted per day, platform and reason ("not-done:rate-limited",
-- "unknown:timeout", "rejected:rejected"…); each one is also an error log line. Kept 180 days.
CREATE TABLE IF NOT EXISTS undelivered_replies (
  day TEXT NOT NULL,              -- UTC "YYYY-MM-DD"
  platform TEXT NOT NULL,
  reason TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (day, platform, reason)
);
