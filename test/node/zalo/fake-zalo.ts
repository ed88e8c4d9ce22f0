// The recording fake Zalo Bot API now lives in scripts/fake-bot-api/zalo-server.ts (shared with
// `npm run loadtest`); this re-export keeps the Zalo tests' imports.
export { apiError, BOT_INFO, startFakeZalo, type Call, type FakeReply, type FakeZalo } from "../../../scripts/fake-bot-api/zalo-server.ts";
