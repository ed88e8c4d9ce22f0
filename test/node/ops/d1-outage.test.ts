// A D1 outage: questions are still answered on every channel. Deduplication and the question log
// degrade with a warning line; no request fails because of them. The app runs in-process
// (app.request) with a D1 binding that fails or never answers, the bots against local fake Bot APIs.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createApp } from "../../../src/app.ts";
import { Answer } from "../../../src/core/index.ts";
import type { Env } from "../../../src/env.ts";
import { startFakeBotApi, type FakeBotApi } from "../../../scripts/fake-bot-api/telegram-server.ts";
import { startFakeZalo, type FakeZalo } from "../../../scripts/fake-bot-api/zalo-server.ts";
import { API_KEY, SECRETS, TELEGRAM_BOT_INFO, telegramText, zaloText } from "../../../scripts/stack/stack.ts";

let telegram: FakeBotApi;
let zalo: FakeZalo;
beforeAll(async () => {
  telegram = await startFakeBotApi(TELEGRAM_BOT_INFO);
  zalo = await startFakeZalo(SECRETS.ZALO_BOT_TOKEN);
});
afterAll(async () => {
  await telegram?.stop();
  await zalo?.close();
});
afterEach(() => vi.restoreAllMocks());

/** A D1 binding whose statements fail ("error") or never settle ("hang"), per table. */
function brokenD1(mode: { seen: "error" | "hang"; log: "error" | "hang" }): D1Database {
  const outcome = (kind: "error" | "hang") => (kind === "error" ? Promise.reject(new Error("D1_ERROR: storage unavailable")) : new Promise(() => {}));
  const statement = (sql: string) => {
    const run = () => outcome(sql.includes("seen_updates") ? mode.seen : mode.log);
    const s = { bind: () => s, run, all: run, first: run, raw: run };
    return s;
  };
  return { prepare: statement, batch: () => outcome(mode.log), exec: () => outcome(mode.log) } as unknown as D1Database;
}

function envWith(db: D1Database): Env {
  return {
    ...SECRETS,
    DB: db,
    TELEGRAM_API_ROOT: telegram.url,
    TELEGRAM_BOT_INFO: JSON.stringify(TELEGRAM_BOT_INFO),
    ZALO_API_ROOT: zalo.url,
  };
}

const warnings = () => {
  const spy = vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "log").mockImplementation(() => {});
  return () => spy.mock.calls.map((c) => JSON.parse(String(c[0])).event as string);
};

describe.each([
  ["fails", brokenD1({ seen: "error", log: "error" })],
  ["never answers the question log", brokenD1({ seen: "error", log: "hang" })],
  // Deduplication gives up on D1 after DEDUP_TIMEOUT_MS (200 ms, src/store/dedup.ts) and handles
  // the update: a D1 that never answers at all still gets every question answered.
  ["never answers", brokenD1({ seen: "hang", log: "hang" })],
])("when D1 %s", (_name, db) => {
  const app = createApp();
  const env = () => envWith(db);

  it("Telegram still answers the question and acknowledges the update", async () => {
    const events = warnings();
    telegram.reset();
    const res = await app.request(
      "/webhook/telegram",
      { method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRETS.TELEGRAM_WEBHOOK_SECRET }, body: JSON.stringify(telegramText(4242001, 5550001, "bn tthc dc cong bo")) },
      env(),
    );
    expect(res.status).toBe(200);
    expect(telegram.callsOf("sendMessage")).toHaveLength(1);
    expect(telegram.callsOf("sendMessage")[0]!.body.text).toContain("1.117");
    expect(events()).toEqual(expect.arrayContaining(["dedup.unavailable", "question_log.unavailable"]));
  });

  it("Zalo still answers the message", async () => {
    const events = warnings();
    zalo.reset();
    const res = await app.request(
      "/webhook/zalo",
      { method: "POST", headers: { "content-type": "application/json", "X-Bot-Api-Secret-Token": SECRETS.ZALO_WEBHOOK_SECRET }, body: JSON.stringify(zaloText("ab12cd34ef56ab78cd90", "outage0user000000001", "bai bo bao nhieu tthc")) },
      env(),
    );
    expect(res.status).toBe(200);
    expect(zalo.callsTo("sendMessage")).toHaveLength(1);
    expect(String(zalo.callsTo("sendMessage")[0]!.body.text)).toContain("176");
    expect(events()).toEqual(expect.arrayContaining(["dedup.unavailable", "question_log.unavailable"]));
  });

  it("the API still answers", async () => {
    warnings();
    const res = await app.request(
      "/api/ask",
      { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${API_KEY}` }, body: JSON.stringify({ question: "bãi bỏ bao nhiêu TTHC" }) },
      env(),
    );
    expect(res.status).toBe(200);
    expect(Answer.parse(await res.json()).facts[0]!.value).toBe(176);
  });

  it("the admin page says the log is unavailable (503 JSON) instead of failing", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await app.request("/admin?format=json", { headers: { authorization: `Bearer ${SECRETS.ADMIN_TOKEN}` } }, env());
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("storage_unavailable");
  }, 10_000);
});
