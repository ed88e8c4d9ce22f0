// The logs an operator reads: one JSON line per request (route, status, latency, channel, answered),
// and never a token, a secret, an API key or a user's id or name, whatever happens — answers,
// forged deliveries, Bot API failures. The whole captured server output is grepped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiError } from "../../../scripts/fake-bot-api/zalo-server.ts";
import { API_KEY, postTelegram, postZalo, SECRETS, startStack, telegramText, zaloText, type Stack } from "../../../scripts/stack/stack.ts";
import { logLines, waitUntil } from "./support/output.ts";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  // startApp's readiness probe (GET /healthz) is logged too: let its line arrive first.
  await waitUntil(() => logLines(stack.app.output()).some((l) => l.event === "request"), 10_000, "the readiness probe's log line");
  await new Promise((r) => setTimeout(r, 500));
});
afterAll(async () => {
  await stack?.stop();
});

// Ids and names of the people in the updates: none may reach the logs.
const TG_USER = 7345982176;
const TG_GROUP_USER = 6123098877;
const TG_GROUP = -1002198765432;
const TG_USERNAME = "lan_nguyen_vp";
const ZALO_USER = "6ede9afa66b88fe6d6a9";
const ZALO_USER_2 = "91ab02cd34ef56aa78bc";
const ZALO_NAME = "Nguyễn Văn Ánh";

describe("server logs under real traffic", () => {
  it("write one JSON line per request and contain no secret, token, key, user id or user name", async () => {
    const start = stack.app.output().length;
    const url = stack.app.url;
    let requests = 0;
    const sent = async (p: Promise<Response>) => {
      requests++;
      const res = await p;
      await res.arrayBuffer();
      return res;
    };

    // Telegram: a private question, a group mention, a forged and a missing secret, a Bot API outage.
    expect((await sent(postTelegram(url, telegramText(900001, TG_USER, "bn tthc dc cong bo", TG_USERNAME)))).status).toBe(200);
    const group = telegramText(900002, TG_GROUP_USER, "@cchc_tth_bot thời tiết Đà Nẵng thế nào?");
    Object.assign(group.message, {
      chat: { id: TG_GROUP, title: "Sở Nội vụ – Tổ CCHC", type: "supergroup" },
      entities: [{ offset: 0, length: 13, type: "mention" }],
    });
    expect((await sent(postTelegram(url, group))).status).toBe(200);
    expect((await sent(postTelegram(url, telegramText(900003, TG_USER, "x"), `${SECRETS.TELEGRAM_WEBHOOK_SECRET}x`))).status).toBe(401);
    expect((await sent(postTelegram(url, telegramText(900004, TG_USER, "x"), null))).status).toBe(401);
    // Two 500s are retried (issue 12); a refusal is not, and is logged as an undelivered reply.
    stack.telegram.failOnce("sendMessage", { status: 500, description: "Internal Server Error" });
    stack.telegram.failOnce("sendMessage", { status: 403, description: "Forbidden: bot was blocked by the user" });
    expect((await sent(postTelegram(url, telegramText(900005, TG_USER, "bãi bỏ bao nhiêu TTHC", TG_USERNAME)))).status).toBe(200);

    // Zalo: a question, a forged secret, a send refused by the Bot API.
    expect((await sent(postZalo(url, zaloText("a1b2c3d4e5f6a7b8c9d0", ZALO_USER, "bai bo bao nhieu tthc", ZALO_NAME)))).status).toBe(200);
    expect((await sent(postZalo(url, zaloText("a1b2c3d4e5f6a7b8c9d1", ZALO_USER, "x"), "forged-secret-123"))).status).toBe(401);
    stack.zalo.script("sendMessage", [apiError(401, "Unauthorized")], { match: (b) => b.chat_id === ZALO_USER_2 });
    expect((await sent(postZalo(url, zaloText("a1b2c3d4e5f6a7b8c9d2", ZALO_USER_2, "thu ngân sách", ZALO_NAME)))).status).toBe(200);

    // API with a key and a wrong key; admin with its token and a wrong one; health; an unknown path.
    const ask = (auth: string) =>
      fetch(`${url}/api/ask`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${auth}` }, body: JSON.stringify({ question: "thu ngân sách nhà nước" }) });
    expect((await sent(ask(API_KEY))).status).toBe(200);
    expect((await sent(ask(`${API_KEY}-forged`))).status).toBeLessThan(500);
    expect((await sent(fetch(`${url}/admin?format=json`, { headers: { authorization: `Bearer ${SECRETS.ADMIN_TOKEN}` } }))).status).toBe(200);
    expect((await sent(fetch(`${url}/admin`, { headers: { authorization: `Bearer ${SECRETS.ADMIN_TOKEN.slice(0, -1)}` } }))).status).toBe(401);
    expect((await sent(fetch(`${url}/healthz`))).status).toBe(200);
    // An unknown path: the app's line names no path or query (they can carry anything).
    expect((await sent(fetch(`${url}/private/path-7f3a9c?q=query-5e1d0b`))).status).toBe(404);

    const requestLines = () => logLines(stack.app.output().slice(start)).filter((l) => l.event === "request");
    await waitUntil(() => requestLines().length >= requests, 15_000, `${requests} request log lines`);
    // The Bot API failures are logged too (after the retry), by then.
    await waitUntil(() => /telegram\.undelivered/.test(stack.app.output().slice(start)), 15_000, "the telegram failure line");
    await new Promise((r) => setTimeout(r, 300));

    const lines = requestLines();
    expect(lines, JSON.stringify(lines, null, 1)).toHaveLength(requests);
    for (const l of lines) {
      expect(l).toMatchObject({ level: expect.stringMatching(/^(info|error)$/), method: expect.any(String), route: expect.any(String), status: expect.any(Number), latencyMs: expect.any(Number), channel: expect.any(String) });
      expect(l.status as number).toBeLessThan(500);
    }
    const byRoute = (route: string, status: number) => lines.filter((l) => l.route === route && l.status === status);
    expect(byRoute("/webhook/telegram", 200).map((l) => l.answered)).toEqual([true, false, true]);
    expect(byRoute("/webhook/telegram", 401)).toHaveLength(2);
    expect(byRoute("/webhook/zalo", 200).map((l) => [l.channel, l.answered])).toEqual([
      ["zalo", true],
      ["zalo", true],
    ]);
    expect(byRoute("/api/ask", 200)[0]).toMatchObject({ channel: "api", answered: true });
    expect(byRoute("/admin", 200)[0]).toMatchObject({ channel: "admin" });
    expect(byRoute("/healthz", 200)[0]).toMatchObject({ channel: "health" });
    expect(lines.find((l) => l.status === 404)).toMatchObject({ route: "(none)", channel: "web" });

    expect(JSON.stringify(logLines(stack.app.output()))).not.toMatch(/path-7f3a9c|query-5e1d0b/);

    const output = stack.app.output();
    const forbidden = [
      ...Object.values(SECRETS),
      ...SECRETS.API_KEYS.split(","),
      SECRETS.TELEGRAM_BOT_TOKEN.split(":")[1]!,
      SECRETS.ZALO_BOT_TOKEN.split(":")[1]!,
      String(TG_USER),
      String(TG_GROUP_USER),
      String(TG_GROUP),
      String(-TG_GROUP),
      TG_USERNAME,
      ZALO_USER,
      ZALO_USER_2,
      ZALO_NAME,
    ];
    for (const s of forbidden) {
      const at = output.indexOf(s);
      expect(at, `the server output contains ${s}: …${output.slice(Math.max(0, at - 200), at + 100)}…`).toBe(-1);
    }
  });
});

describe("the retention job under npm start", () => {
  it("runs on the scheduled trigger, logs what it deleted and keeps this season's questions", async () => {
    const admin = async () =>
      ((await (await fetch(`${stack.app.url}/admin?format=json`, { headers: { authorization: `Bearer ${SECRETS.ADMIN_TOKEN}` } })).json()) as { totals: { questions: number } }).totals.questions;
    const before = await admin();
    expect(before).toBeGreaterThan(0);
    // wrangler dev's way to fire a cron trigger by hand.
    const res = await fetch(`${stack.app.url}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent("17 3 * * *")}`);
    expect(res.status).toBe(200);
    await waitUntil(() => logLines(stack.app.output()).some((l) => l.event === "question_log.purged"), 10_000, "the purge log line");
    expect(logLines(stack.app.output()).find((l) => l.event === "question_log.purged")).toMatchObject({ deleted: 0, retentionDays: 180 });
    expect(await admin()).toBe(before);
  });
});
