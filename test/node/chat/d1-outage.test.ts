// A D1 that fails or never answers, in-process (app.request): both bots still answer every
// question, within their deadline, and a follow-up simply has no context (it is asked on its own).
// Every D1 call of the chat layer has a time limit: deduplication, the chat's state, feedback.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createApp } from "../../../src/app.ts";
import type { Env } from "../../../src/env.ts";
import { startFaultyApi, type FaultyApi } from "./support/faulty-api.ts";
import { BOT_INFO, LOG_SALT, TG_SECRET, TG_TOKEN, tgText, ZALO_BOT, ZALO_SECRET, ZALO_TOKEN, zaloId, zaloText } from "./support/stack.ts";

let telegram: FaultyApi;
let zalo: FaultyApi;
beforeAll(async () => {
  telegram = await startFaultyApi("telegram", BOT_INFO);
  zalo = await startFaultyApi("zalo", ZALO_BOT);
});
afterAll(async () => {
  await telegram?.stop();
  await zalo?.stop();
});
afterEach(() => vi.restoreAllMocks());

/** Every statement fails, or never settles. */
function brokenD1(mode: "error" | "hang"): D1Database {
  const outcome = () => (mode === "error" ? Promise.reject(new Error("D1_ERROR: storage unavailable")) : new Promise(() => {}));
  const statement = () => {
    const s = { bind: () => s, run: outcome, all: outcome, first: outcome, raw: outcome };
    return s;
  };
  return { prepare: statement, batch: outcome, exec: outcome } as unknown as D1Database;
}

const env = (db: D1Database): Env => ({
  DB: db,
  TELEGRAM_BOT_TOKEN: TG_TOKEN,
  TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
  TELEGRAM_API_ROOT: telegram.url,
  TELEGRAM_BOT_INFO: JSON.stringify(BOT_INFO),
  ZALO_BOT_TOKEN: ZALO_TOKEN,
  ZALO_WEBHOOK_SECRET: ZALO_SECRET,
  ZALO_API_ROOT: zalo.url,
  LOG_SALT,
  HANDOFF_TELEGRAM_CHAT_ID: "-1001987654321",
});

const quiet = () => {
  for (const level of ["log", "warn", "error"] as const) vi.spyOn(console, level).mockImplementation(() => {});
};

describe.each(["error", "hang"] as const)("when every D1 call ends in %s", (mode) => {
  const app = createApp();
  const e = () => env(brokenD1(mode));

  it("Telegram answers, and a follow-up is read on its own", async () => {
    quiet();
    const user = mode === "error" ? 5_300_000_001 : 5_300_000_002;
    for (const text of ["hdnd ubnd tinh ban hanh bn van ban qppl", "con cap huyen"]) {
      const started = Date.now();
      const res = await app.request("/webhook/telegram", { method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": TG_SECRET }, body: JSON.stringify(tgText(user, text)) }, e());
      expect(res.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(10_000 + 3000);
    }
    const [first, second] = telegram.doneOf("sendMessage", user).map((c) => String(c.body.text));
    expect(first).toContain("<b>125 văn bản QPPL</b>");
    expect(second).not.toContain("23 văn bản QPPL");
  });

  it("Zalo answers", async () => {
    quiet();
    const chat = zaloId("o");
    const res = await app.request("/webhook/zalo", { method: "POST", headers: { "content-type": "application/json", "X-Bot-Api-Secret-Token": ZALO_SECRET }, body: JSON.stringify(zaloText(chat, "bai bo bao nhieu tthc")) }, e());
    expect(await res.json()).toEqual({ ok: true, outcome: "replied" });
    expect(String(zalo.doneOf("sendMessage", chat)[0]!.body.text)).toContain("176");
  });
});
