// The web page's handoff endpoints in workerd with the real D1 schema. POST /chat/handoff takes
// only a question /chat/ask declined with an offer, from a page with its token, and says "limit"
// at 3 open cases; GET /chat/handoff/{code} shows a case only to the token that opened it, and
// answers every other request (unknown code, wrong or missing token, expired) with the same 404.
// Cases are put in D1 directly, keyed as the chat layer keys them: nothing here reaches Telegram
// (its API root is a closed loopback port, so a post would fail with 503).
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { citizenKey } from "../../adapters/chat/keys.ts";
import { handoffOffer } from "../../adapters/api/web-tokens.ts";
import type { Env } from "../../src/env.ts";
import { call, documentedSchema, errorOf, freshIp, json, type OpenApiDoc } from "./api-support.ts";

const SALT = "web-handoff-worker-salt";
const BOT = { id: 7012345678, is_bot: true, first_name: "Trợ lý CCHC", username: "cchc_tth_bot" };
const ON: Partial<Env> = {
  TELEGRAM_BOT_TOKEN: "7012345678:AAWebHandoffWorkerTestTokenQz91xx",
  TELEGRAM_WEBHOOK_SECRET: "web-handoff-secret_1",
  TELEGRAM_BOT_INFO: JSON.stringify(BOT),
  TELEGRAM_API_ROOT: "http://127.0.0.1:9",
  LOG_SALT: SALT,
  HANDOFF_TELEGRAM_CHAT_ID: "-1001987654321",
};
const DECLINED = "Giá vàng hôm nay bao nhiêu?";
const TOKEN = "PageTokenAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1";
const OTHER = "PageTokenBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB2";
const DAY = 86_400_000;

let doc: OpenApiDoc;
beforeAll(async () => {
  doc = (await (await call("/openapi.json")).json()) as OpenApiDoc;
});

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const ask = async (body: unknown, settings: Partial<Env> = ON) =>
  (await (await call("/chat/ask", json(body, { "CF-Connecting-IP": freshIp() }), settings)).json()) as { answered: boolean; handoff?: string };
const open = (body: unknown, headers: Record<string, string> = bearer(TOKEN), settings: Partial<Env> = ON) =>
  call("/chat/handoff", json(body, { "CF-Connecting-IP": freshIp(), ...headers }), settings);
const status = (code: string, headers: Record<string, string> = bearer(TOKEN), settings: Partial<Env> = ON) =>
  call(`/chat/handoff/${code}`, { headers: { "CF-Connecting-IP": freshIp(), ...headers } }, settings);

async function putCase(code: string, token: string, extra: { status?: string; answer?: string; expiresAt?: number } = {}) {
  const now = Date.now();
  await env.DB.prepare(
    "INSERT INTO handoffs (code, citizen_key, channel, reply_to, question, lang, status, answer, created_at, expires_at) VALUES (?1, ?2, 'web', NULL, ?3, 'vi', ?4, ?5, ?6, ?7)",
  )
    .bind(code, await citizenKey("web", token, SALT), DECLINED, extra.status ?? "open", extra.answer ?? null, now, extra.expiresAt ?? now + 7 * DAY)
    .run();
}

describe("the offer on /chat/ask", () => {
  it("comes with a declined question when handoff is on, and never otherwise", async () => {
    const declined = await ask({ question: DECLINED });
    expect(declined.answered).toBe(false);
    expect(declined.handoff).toMatch(/^[0-9a-z]+\.[0-9a-f]{32}$/);
    expect(documentedSchema(doc, "/chat/ask", "post", 200).safeParse(declined).success).toBe(true);
    expect((await ask({ question: DECLINED }, { LOG_SALT: SALT })).handoff).toBeUndefined();
    expect((await ask({ question: DECLINED }, { ...ON, HANDOFF_TELEGRAM_CHAT_ID: "" })).handoff).toBeUndefined();
    // HANDOFF_TELEGRAM_CHAT_ID alone is not enough: the Telegram bot must be configured to post.
    expect((await ask({ question: DECLINED }, { ...ON, TELEGRAM_BOT_TOKEN: "" })).handoff).toBeUndefined();
    expect((await ask({ question: "bn tthc dc cong bo" })).handoff).toBeUndefined();
    // A greeting is declined too, but is nothing for an official.
    const hello = await ask({ question: "xin chào" });
    expect(hello.answered).toBe(false);
    expect(hello.handoff).toBeUndefined();
  });
});

describe("POST /chat/handoff", () => {
  it("is 404 when this server does not hand questions on", async () => {
    const res = await open({ question: DECLINED, offer: "x" }, bearer(TOKEN), { LOG_SALT: SALT });
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("not_found");
  });

  it("refuses bad JSON, wrong types and a missing or malformed page token with 400", async () => {
    const { handoff: offer } = await ask({ question: DECLINED });
    const bodies: [string, RequestInit][] = [
      ["malformed JSON", { method: "POST", headers: { "content-type": "application/json", ...bearer(TOKEN) }, body: "{question:" }],
      ["a numeric question", json({ question: 5, offer }, bearer(TOKEN))],
      ["an empty question", json({ question: "  ", offer }, bearer(TOKEN))],
      ["a numeric offer", json({ question: DECLINED, offer: 5 }, bearer(TOKEN))],
      ["no offer", json({ question: DECLINED }, bearer(TOKEN))],
      ["an unknown lang", json({ question: DECLINED, offer, lang: "fr" }, bearer(TOKEN))],
      ["no token", json({ question: DECLINED, offer })],
      ["a short token", json({ question: DECLINED, offer }, bearer("short"))],
      ["a token with spaces", json({ question: DECLINED, offer }, { Authorization: `Bearer ${TOKEN} x` })],
      ["not a bearer", json({ question: DECLINED, offer }, { Authorization: `Basic ${TOKEN}` })],
    ];
    for (const [name, init] of bodies) {
      const res = await call("/chat/handoff", { ...init, headers: { ...(init.headers as Record<string, string>), "CF-Connecting-IP": freshIp() } }, ON);
      expect(res.status, name).toBe(400);
      expect((await errorOf(res)).code, name).toBe("invalid_request");
    }
  });

  it("takes only a question this server declined, with its offer, within the hour", async () => {
    const { handoff: offer } = await ask({ question: DECLINED });
    const forged: [string, unknown][] = [
      ["a made-up offer", { question: DECLINED, offer: "abc.0123456789abcdef0123456789abcdef" }],
      ["another question's offer", { question: "Đăng một quảng cáo lên nhóm cán bộ", offer }],
      ["an offer made with another secret", { question: DECLINED, offer: await handoffOffer(DECLINED, "another-salt") }],
      ["an offer from two hours ago", { question: DECLINED, offer: await handoffOffer(DECLINED, SALT, Date.now() - 2 * 3_600_000) }],
      ["an offer from the future", { question: DECLINED, offer: await handoffOffer(DECLINED, SALT, Date.now() + 3_600_000) }],
    ];
    for (const [name, body] of forged) {
      const res = await open(body);
      expect(res.status, name).toBe(400);
      expect((await errorOf(res)).message, name).toContain("offer");
    }
  });

  it("says “limit” at 3 open cases of this page, posting nothing", async () => {
    const token = "PageTokenLimitCCCCCCCCCCCCCCCCCCCCCCCCCCCC3";
    for (const code of ["L2A2", "L2A3", "L2A4"]) await putCase(code, token);
    const { handoff: offer } = await ask({ question: DECLINED });
    const res = await open({ question: DECLINED, offer, lang: "vi" }, bearer(token));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({ status: "limit", open: 3 });
    expect(documentedSchema(doc, "/chat/handoff", "post", 200).safeParse(body).success).toBe(true);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503 when the officials' group cannot be reached, and keeps no case", async () => {
    const token = "PageTokenFailDDDDDDDDDDDDDDDDDDDDDDDDDDDDD4";
    const { handoff: offer } = await ask({ question: DECLINED });
    const timings = JSON.stringify({ workDeadlineMs: 3_000, callTimeoutMs: 1_000 });
    const res = await open({ question: DECLINED, offer }, bearer(token), { ...ON, CHAT_TIMINGS: timings });
    expect(res.status).toBe(503);
    expect((await errorOf(res)).code).toBe("handoff_failed");
    const key = await citizenKey("web", token, SALT);
    expect((await env.DB.prepare("SELECT COUNT(*) AS n FROM handoffs WHERE citizen_key = ?1").bind(key).first<{ n: number }>())!.n).toBe(0);
  });
});

describe("GET /chat/handoff/{code}", () => {
  beforeAll(async () => {
    await putCase("K7Q2", TOKEN);
    await putCase("M3P9", TOKEN, { status: "answered", answer: "Bạn xem giá vàng tại website của Ngân hàng Nhà nước." });
    await putCase("X4R8", TOKEN, { expiresAt: Date.now() - 1 });
  });

  it("shows the page its own case: waiting, then the official's answer", async () => {
    const waiting = await status("K7Q2");
    expect(waiting.status).toBe(200);
    expect(waiting.headers.get("cache-control")).toBe("no-store");
    const body = await waiting.json();
    expect(body).toEqual({ code: "K7Q2", status: "open", question: DECLINED });
    expect(documentedSchema(doc, "/chat/handoff/{code}", "get", 200).safeParse(body).success).toBe(true);
    const answered = await (await status("M3P9")).json();
    expect(answered).toEqual({ code: "M3P9", status: "answered", question: DECLINED, answer: "Bạn xem giá vàng tại website của Ngân hàng Nhà nước." });
    expect(documentedSchema(doc, "/chat/handoff/{code}", "get", 200).safeParse(answered).success).toBe(true);
    // Codes are read aloud and typed: lower case finds the same case.
    expect((await status("k7q2")).status).toBe(200);
  });

  it("answers an unknown code, another page's token, no token and an expired case with the same 404", async () => {
    const unknown = await status("ZZZZ");
    expect(unknown.status).toBe(404);
    const reference = await unknown.json();
    expect(reference).toEqual({ error: { code: "not_found", message: expect.any(String) } });
    const others: [string, Response][] = [
      ["another page's token", await status("K7Q2", bearer(OTHER))],
      ["no token", await status("K7Q2", {})],
      ["a malformed token", await status("K7Q2", bearer("x"))],
      ["a malformed code", await status("K7Q!")],
      ["an expired case", await status("X4R8")],
      ["handoff turned off", await status("K7Q2", bearer(TOKEN), { LOG_SALT: SALT })],
    ];
    for (const [name, res] of others) {
      expect(res.status, name).toBe(404);
      expect(await res.json(), name).toEqual(reference);
    }
  });

  it("refuses an over-long code with 400, and a D1 outage with 503", async () => {
    const long = await status("K".repeat(17));
    expect(long.status).toBe(400);
    expect((await errorOf(long)).code).toBe("invalid_request");
    const broken = { prepare: () => { throw new Error("D1 is down"); } } as unknown as D1Database;
    const down = await status("K7Q2", bearer(TOKEN), { ...ON, DB: broken });
    expect(down.status).toBe(503);
    expect((await errorOf(down)).code).toBe("unavailable");
  });
});
