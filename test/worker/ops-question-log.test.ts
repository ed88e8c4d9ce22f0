// The question log and /admin in workerd with the real D1 schema (migrations/): what gets stored
// (ids only as HMACs), what officials see, retention by the scheduled trigger, and that a failing or
// hanging D1 never costs a question its answer.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AdminStats } from "../../adapters/admin/stats.ts";
import { createApp } from "../../src/app.ts";
import { ask } from "../../src/core/index.ts";
import type { Env } from "../../src/env.ts";
import { hashId } from "../../src/log.ts";
import { DAY_MS, purgeOldQuestions, questionKey, recordQuestion } from "../../src/store/question-log.ts";
import worker from "../../src/worker.ts";

const SALT = "ops-test-salt";
const ADMIN_TOKEN = "adm_0123456789abcdef0123456789";
const NOW = Date.UTC(2025, 5, 15, 12, 0, 0);

interface Row {
  asked_at: number;
  day: string;
  channel: string;
  question: string;
  question_key: string;
  answered: number;
  fact_ids: string;
  lang: string;
  latency_ms: number;
  user_hash: string | null;
  chat_hash: string | null;
  suggestion_ids: string;
}

const rows = async () => (await env.DB.prepare("SELECT * FROM question_log ORDER BY id").all<Row>()).results;
const app = createApp();
const admin = (path = "/admin?format=json", headers: Record<string, string> = { Authorization: `Bearer ${ADMIN_TOKEN}` }, extra: Partial<Env> = {}) =>
  app.request(path, { headers }, { ...env, ADMIN_TOKEN, LOG_SALT: SALT, ...extra });

beforeEach(async () => {
  await env.DB.prepare("DELETE FROM question_log").run();
});
afterEach(() => vi.restoreAllMocks());

describe("recordQuestion", () => {
  it("stores the question, outcome, fact ids, language and latency, with user and chat ids only as HMACs", async () => {
    const answer = ask("bn tthc dc cong bo");
    await recordQuestion({ DB: env.DB, LOG_SALT: SALT }, { channel: "telegram", question: "bn tthc dc cong bo", answer, userId: 734598217, chatId: -100734598217, latencyMs: 42.4 }, NOW);
    const [row] = await rows();
    expect(row).toMatchObject({
      asked_at: NOW,
      day: "2025-06-15",
      channel: "telegram",
      question: "bn tthc dc cong bo",
      question_key: "bn tthc dc cong bo",
      answered: 1,
      lang: "vi",
      latency_ms: 42,
      user_hash: await hashId(734598217, SALT),
      chat_hash: await hashId(-100734598217, SALT),
    });
    expect(JSON.parse(row!.fact_ids)).toEqual(answer.facts.map((f) => f.id));
    expect(JSON.stringify(row)).not.toContain("734598217");
  });

  it("stores no user or chat id at all when LOG_SALT is not set", async () => {
    await recordQuestion({ DB: env.DB }, { channel: "zalo", question: "thu ngân sách", answer: ask("thu ngân sách"), userId: "u-1", chatId: "c-1", latencyMs: 3 }, NOW);
    const [row] = await rows();
    expect(row).toMatchObject({ channel: "zalo", user_hash: null, chat_hash: null });
  });

  it("stores the text cleaned (NFC, no invisible characters) and at most 1000 characters", async () => {
    const nfd = "Đà Nẵng\u200b có bao nhiêu TTHC?".normalize("NFD");
    await recordQuestion({ DB: env.DB }, { channel: "api", question: nfd + " x".repeat(2000), answer: ask(nfd), latencyMs: 1 }, NOW);
    const [row] = await rows();
    expect(row!.question.startsWith("Đà Nẵng có bao nhiêu TTHC?")).toBe(true);
    expect(row!.question.length).toBe(1000);
    expect(row!.answered).toBe(0);
    expect(row!.fact_ids).toBe("[]");
    // What the reply suggested instead: /admin shows them as the facts nearest to the question.
    expect(JSON.parse(row!.suggestion_ids)).toEqual(ask(nfd).suggestionIds);
    expect(ask(nfd).suggestionIds.length).toBeGreaterThan(0);
  });

  it("gives up with one warning line, without throwing, when D1 fails", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const failing = { prepare: () => ({ bind: () => ({}) }), batch: () => Promise.reject(new Error("D1_ERROR: database is locked")) } as unknown as D1Database;
    await expect(recordQuestion({ DB: failing, LOG_SALT: SALT }, { channel: "api", question: "q", answer: ask("q"), latencyMs: 1 })).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(warn.mock.calls[0]![0]))).toMatchObject({ level: "warn", event: "question_log.unavailable", rows: 1, channels: ["api"] });
  });

  it("gives up with a warning, without throwing, when D1 never answers", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const hanging = { prepare: () => ({ bind: () => ({}) }), batch: () => new Promise(() => {}) } as unknown as D1Database;
    await recordQuestion({ DB: hanging }, { channel: "web", question: "q", answer: ask("q"), latencyMs: 1 });
    expect(String(warn.mock.calls[0]?.[0])).toContain("question_log.unavailable");
  });

  it("writes questions arriving together in batches, and loses none", async () => {
    const q = (i: number) => ({ channel: "zalo" as const, question: `câu hỏi số ${i}`, answer: ask("thu ngân sách"), userId: `u${i}`, latencyMs: i });
    await Promise.all(Array.from({ length: 45 }, (_, i) => recordQuestion({ DB: env.DB, LOG_SALT: SALT }, q(i), NOW + i)));
    // The last batch's writer returned last; a batch of others' rows was written by then too.
    const stored = await rows();
    expect(stored.map((r) => r.latency_ms).sort((a, b) => a - b)).toEqual(Array.from({ length: 45 }, (_, i) => i));
  });

  it("says how many questions a failed batch lost, in one line", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const failing = { prepare: () => ({ bind: () => ({}) }), batch: () => Promise.reject(new Error("D1 down")) } as unknown as D1Database;
    const q = { channel: "telegram" as const, question: "q", answer: ask("q"), latencyMs: 1 };
    await Promise.all([recordQuestion({ DB: failing }, q), recordQuestion({ DB: failing }, q), recordQuestion({ DB: failing }, { ...q, channel: "api" })]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(warn.mock.calls[0]![0]))).toMatchObject({ event: "question_log.unavailable", rows: 3, channels: ["telegram", "api"] });
  });

  it("does nothing without a D1 binding", async () => {
    await expect(recordQuestion({}, { channel: "api", question: "q", answer: ask("q"), latencyMs: 1 })).resolves.toBeUndefined();
  });
});

describe("retention", () => {
  it("the scheduled trigger deletes entries older than 180 days and keeps the rest", async () => {
    const q = { channel: "api" as const, question: "thu ngân sách", answer: ask("thu ngân sách"), latencyMs: 1 };
    await recordQuestion({ DB: env.DB }, q, NOW - 181 * DAY_MS);
    await recordQuestion({ DB: env.DB }, q, NOW - 179 * DAY_MS);
    await recordQuestion({ DB: env.DB }, q, NOW);
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: NOW, cron: "17 3 * * *" }), env, ctx);
    await waitOnExecutionContext(ctx);
    expect((await rows()).map((r) => r.asked_at)).toEqual([NOW - 179 * DAY_MS, NOW]);
  });

  it("purges in batches until nothing old is left", async () => {
    const stmt = env.DB.prepare("INSERT INTO question_log (asked_at, day, channel, question, question_key, answered, lang, latency_ms) VALUES (?1, '2024-01-01', 'api', 'q', 'q', 0, 'vi', 1)");
    await env.DB.batch(Array.from({ length: 120 }, (_, i) => stmt.bind(NOW - 200 * DAY_MS - i)));
    expect(await purgeOldQuestions({ DB: env.DB }, NOW)).toBe(120);
    expect(await rows()).toEqual([]);
  });
});

describe("GET /admin", () => {
  async function seed() {
    const asked = (channel: "api" | "web" | "telegram" | "zalo", question: string, at: number, userId?: number) =>
      recordQuestion({ DB: env.DB, LOG_SALT: SALT }, { channel, question, answer: ask(question), userId, latencyMs: 10 }, at);
    const day1 = NOW - DAY_MS;
    // Three spellings of one unanswerable question, one other unanswered, four answered.
    await asked("telegram", "Đà Nẵng có bao nhiêu TTHC?", day1, 1);
    await asked("zalo", "da nang co bao nhieu tthc", NOW, 2);
    await asked("api", "ĐÀ NẴNG CÓ BAO NHIÊU TTHC", NOW);
    await asked("api", "thời tiết hôm nay thế nào", NOW);
    await asked("telegram", "bn tthc dc cong bo", day1, 1);
    await asked("telegram", "UBND tỉnh đã công bố bao nhiêu TTHC?", NOW, 3);
    await asked("zalo", "bai bo bao nhieu tthc", NOW, 2);
    await asked("api", "bn tthc dc cong bo", NOW - 40 * DAY_MS); // outside the default 30 days
  }

  it("refuses without the right Bearer token: 401 JSON, constant error, no data", async () => {
    await seed();
    for (const headers of [{} as Record<string, string>, { Authorization: "Bearer wrong" }, { Authorization: `Bearer ${ADMIN_TOKEN.slice(0, -1)}x` }, { Authorization: `Bearer ${ADMIN_TOKEN}x` }, { Authorization: `Basic ${btoa(`admin:${ADMIN_TOKEN}`)}` }, { Authorization: ADMIN_TOKEN }]) {
      const res = await admin("/admin?format=json", headers);
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.headers.get("WWW-Authenticate")).toContain("Bearer");
      const body = await res.text();
      expect(JSON.parse(body)).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
      expect(body).not.toContain("TTHC");
    }
  });

  it("does not exist while ADMIN_TOKEN is not set", async () => {
    const res = await app.request("/admin", { headers: { Authorization: "Bearer " } }, { ...env });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });

  it("reports answered rates per channel and per day, unanswered questions grouped after normalization, and the facts asked most", async () => {
    await seed();
    vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
    const res = await admin();
    vi.useRealTimers();
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const stats = AdminStats.parse(await res.json());
    expect(stats.totals).toEqual({ questions: 7, answered: 3, rate: 0.429 });
    expect(stats.byChannel).toEqual([
      { channel: "api", questions: 2, answered: 0, rate: 0, users: 0, avgLatencyMs: 10 },
      { channel: "telegram", questions: 3, answered: 2, rate: 0.667, users: 2, avgLatencyMs: 10 },
      { channel: "zalo", questions: 2, answered: 1, rate: 0.5, users: 1, avgLatencyMs: 10 },
    ]);
    expect(stats.byDay.map((d) => [d.day, d.questions, d.answered])).toEqual([
      ["2025-06-15", 5, 2],
      ["2025-06-14", 2, 1],
    ]);
    expect(stats.byDay[1]!.channels).toEqual({ telegram: { questions: 2, answered: 1, rate: 0.5 } });
    expect(stats.declined[0]).toMatchObject({ key: questionKey("Đà Nẵng có bao nhiêu TTHC?"), count: 3 });
    expect(stats.declined[1]).toMatchObject({ example: "thời tiết hôm nay thế nào", count: 1 });
    expect(stats.declined).toHaveLength(2);
    expect(stats.topFacts[0]).toMatchObject({ id: "tthc-cong-bo", count: 2, label: expect.stringContaining("TTHC") });
  });

  it("widens the window with ?days and refuses a window past the retention period", async () => {
    await seed();
    vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
    const wide = AdminStats.parse(await (await admin("/admin?format=json&days=180")).json());
    vi.useRealTimers();
    expect(wide.totals.questions).toBe(8);
    for (const q of ["days=0", "days=181", "days=abc", "limit=0", "limit=1000", "format=xml"]) {
      const res = await admin(`/admin?${q}`, { Authorization: `Bearer ${ADMIN_TOKEN}`, Accept: "application/json" });
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_request");
    }
  });

  it("serves the same data as a plain HTML page: escaped user text, no script, strict headers", async () => {
    await recordQuestion({ DB: env.DB }, { channel: "web", question: `<script>alert("x")</script> & <img src=x onerror=alert(1)>`, answer: ask("xyz"), latencyMs: 1 });
    const res = await admin("/admin");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;");
    expect(page).not.toMatch(/<script|<img/i);
    expect(page).toContain("Câu hỏi chưa trả lời được");
    const csp = res.headers.get("Content-Security-Policy")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src|unsafe-inline/);
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("X-Frame-Options")).toBe("DENY");
    expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
  });

  it("negotiates JSON by the Accept header", async () => {
    const res = await admin("/admin", { Authorization: `Bearer ${ADMIN_TOKEN}`, Accept: "application/json" });
    expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
    AdminStats.parse(await res.json());
  });

  it("answers 503 with a JSON error when D1 fails", async () => {
    const failing = { prepare: () => ({ bind: () => ({}) }), batch: () => Promise.reject(new Error("D1 down")) } as unknown as D1Database;
    vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await admin("/admin?format=json", { Authorization: `Bearer ${ADMIN_TOKEN}` }, { DB: failing });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("storage_unavailable");
  });
});
