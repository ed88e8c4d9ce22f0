// One `npm start` per test file (wrangler dev costs seconds), with the bot pointed at a fresh fake
// Bot API on 127.0.0.1. Each test starts with an empty record of Bot API calls.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startApp, type RunningApp } from "../../support/start-app.ts";
import { startFakeBotApi, type FakeBotApi } from "./fake-bot-api.ts";
import { BOT_INFO, botSettings } from "./updates.ts";

export interface BotServer {
  app: RunningApp;
  api: FakeBotApi;
}

/** Registers the hooks; the returned object is filled in by beforeAll. */
export function useBotServer(extra: Record<string, string> = {}): BotServer {
  const server = {} as BotServer;
  beforeAll(async () => {
    server.api = await startFakeBotApi(BOT_INFO);
    server.app = await startApp({ ...botSettings(server.api.url), ...extra });
  });
  afterAll(async () => {
    await server.app?.stop();
    await server.api?.stop();
  });
  beforeEach(() => server.api?.reset());
  return server;
}
