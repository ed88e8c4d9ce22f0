// How the settings turn the channel on, against `npm start`: without the webhook secret the route
// does not exist (404 JSON, like any unknown path); without TELEGRAM_BOT_INFO the bot asks getMe
// once and keeps the answer, and a request with a wrong secret never makes it call the Bot API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/start-app.ts";
import { startFakeBotApi, type FakeBotApi } from "./support/fake-bot-api.ts";
import { BOT_INFO, botSettings, deliver, update } from "./support/updates.ts";

/** One fake Bot API and one `npm start` with these settings (a blank value overrides .dev.vars and reads as unset). */
function serve(settings: (apiRoot: string) => Record<string, string>) {
  const s = {} as { app: RunningApp; api: FakeBotApi };
  beforeAll(async () => {
    s.api = await startFakeBotApi(BOT_INFO);
    s.app = await startApp(settings(s.api.url));
  });
  afterAll(async () => {
    await s.app?.stop();
    await s.api?.stop();
  });
  return s;
}

describe("without TELEGRAM_WEBHOOK_SECRET", () => {
  const s = serve((root) => ({ ...botSettings(root), TELEGRAM_WEBHOOK_SECRET: " " }));

  it("answers 404 JSON, with or without a secret header, and calls nothing", async () => {
    for (const secret of [null, "anything"]) {
      const res = await deliver(s.app.url, update("private-text"), secret);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: "not_found", message: expect.stringContaining("/webhook/telegram") } });
    }
    expect(s.api.calls).toEqual([]);
  });
});

describe("without TELEGRAM_BOT_INFO", () => {
  const s = serve((root) => ({ ...botSettings(root), TELEGRAM_BOT_INFO: " " }));

  it("makes no Bot API call for a wrong secret, even before it knows who it is", async () => {
    expect((await deliver(s.app.url, update("private-text"), "wrong")).status).toBe(401);
    expect(s.api.calls).toEqual([]);
  });

  it("calls getMe once, then answers every update with what it learned", async () => {
    for (const u of [update("private-text"), update("group-mention"), update("group-text")]) {
      expect((await deliver(s.app.url, u)).status).toBe(200);
    }
    expect(s.api.calls.map((c) => c.method)).toEqual(["getMe", "sendMessage", "sendMessage"]);
    // The mention was recognised from getMe's username; the unaddressed group message was ignored.
    expect(s.api.calls[2]!.body.chat_id).toBe(update("group-mention").message.chat.id);
  });
});
