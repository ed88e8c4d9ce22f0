// The recording fake Telegram Bot API now lives in scripts/fake-bot-api/telegram-server.ts (shared
// with `npm run loadtest`); this re-export keeps the Telegram tests' imports.
export { startFakeBotApi, type ApiCall, type Failure, type FakeBotApi } from "../../../../scripts/fake-bot-api/telegram-server.ts";
