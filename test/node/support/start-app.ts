// `npm start` on a free loopback port now lives in scripts/stack/start-app.ts (shared with
// `npm run loadtest`); this re-export keeps the imports of the Telegram, Zalo and web tests.
export { freePort, startApp, type RunningApp } from "../../../scripts/stack/start-app.ts";
