// Personal data end to end, in workerd with the real D1 schema: a question carrying a phone number,
// a citizen ID, an e-mail and an address is still answered, yet what is stored, logged and shown on
// /admin (HTML and JSON) holds only the placeholders; rows stored before redaction existed are
// redacted on read and rewritten by the scheduled trigger.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AdminStats } from "../../adapters/admin/stats.ts";
import { ask } from "../../src/core/index.ts";
import { log } from "../../src/log.ts";
import { PLACEHOLDER } from "../../src/privacy/redact.ts";
import { questionKey } from "../../src/store/question-log.ts";
import { REDACT_BATCH, redactStoredQuestions } from "../../src/store/redact-stored.ts";
import worker from "../../src/worker.ts";
import { call, json } from "./api-support.ts";

const ADMIN_TOKEN = "adm_personal_0123456789abcdef";
const PERSONAL = "SĐT 0905123456, CCCD 046095001234, email a.b@gmail.com";
/** Every piece of the personal data above, as typed and as the grouping key folds it. */
const SECRETS = ["0905123456", "046095001234", "a.b@gmail.com", "gmail", "12 Lê Lợi", "le loi"];

const admin = (format: "json" | "html" | "csv") => call(`/admin${format === "html" ? "" : `?format=${format}`}`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } }, { ADMIN_TOKEN });
const stored = async () => (await env.DB.prepare("SELECT question, question_key, redacted FROM question_log ORDER BY id").all<{ question: string; question_key: string; redacted: number }>()).results;

function expectNoPersonalData(text: string) {
  for (const secret of SECRETS) expect(text.toLowerCase(), secret).not.toContain(secret.toLowerCase());
}

beforeEach(async () => {
  await env.DB.prepare("DELETE FROM question_log").run();
});
afterEach(() => vi.restoreAllMocks());

describe("a question with personal data in it", () => {
  const answerable = `${PERSONAL}. UBND tỉnh đã công bố bao nhiêu TTHC?`;
  const unanswerable = `${PERSONAL}, nhà ở 12 Lê Lợi: thời tiết hôm nay thế nào?`;

  it("is still answered, with the same answer as without redaction", async () => {
    const res = await call("/api/ask", json({ question: answerable }));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { answered: boolean; facts: { id: string; value: number }[] };
    expect(answer.answered).toBe(true);
    expect(answer.facts[0]).toMatchObject({ id: "tthc-cong-bo", value: 1117 });
    expect(answer.facts.map((f) => f.id)).toEqual(ask(answerable).facts.map((f) => f.id));
  });

  it("is stored with typed placeholders only, marked redacted", async () => {
    await call("/api/ask", json({ question: answerable }));
    await call("/chat/ask", json({ question: unanswerable }));
    const rows = await stored();
    expect(rows).toHaveLength(2);
    expect(rows[0]!.question).toBe(`SĐT ${PLACEHOLDER.phone}, CCCD ${PLACEHOLDER.id}, email ${PLACEHOLDER.email}. UBND tỉnh đã công bố bao nhiêu TTHC?`);
    expect(rows[1]!.question).toContain(`nhà ở ${PLACEHOLDER.address}`);
    for (const row of rows) {
      expect(row.redacted).toBe(1);
      expectNoPersonalData(JSON.stringify(row));
    }
  });

  it("shows only placeholders on /admin, as HTML and as JSON", async () => {
    await call("/api/ask", json({ question: unanswerable }));
    await call("/api/ask", json({ question: answerable }));
    const page = await admin("html");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`SĐT ${PLACEHOLDER.phone}, CCCD ${PLACEHOLDER.id}, email ${PLACEHOLDER.email}, nhà ở ${PLACEHOLDER.address}`);
    expectNoPersonalData(html);
    const res = await admin("json");
    const stats = AdminStats.parse(await res.json());
    expect(stats.totals).toMatchObject({ questions: 2, answered: 1 });
    expect(stats.declined).toHaveLength(1);
    expect(stats.declined[0]!.example).toContain(PLACEHOLDER.phone);
    expect(stats.mostAsked.map((g) => g.example).join("\n")).toContain(`SĐT ${PLACEHOLDER.phone}, CCCD ${PLACEHOLDER.id}`);
    expectNoPersonalData(JSON.stringify(stats));
    const csv = await (await admin("csv")).text();
    expect(csv).toContain(PLACEHOLDER.phone);
    expectNoPersonalData(csv);
  });

  it("never reaches a log line in a field that can hold user text", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    log("warn", "example", { error: `Bad Request: ${PERSONAL}`, question: unanswerable, chat: "kept as is" });
    const line = String(warn.mock.calls[0]![0]);
    expectNoPersonalData(line);
    expect(JSON.parse(line)).toMatchObject({ error: `Bad Request: SĐT ${PLACEHOLDER.phone}, CCCD ${PLACEHOLDER.id}, email ${PLACEHOLDER.email}`, chat: "kept as is" });
  });
});

describe("rows stored before redaction existed", () => {
  const insert = env.DB.prepare(
    "INSERT INTO question_log (asked_at, day, channel, question, question_key, answered, lang, latency_ms, redacted) VALUES (?1, '2026-01-01', 'zalo', ?2, ?3, 0, 'vi', 1, 0)",
  );
  const old = (question: string, at = Date.now()) => insert.bind(at, question, questionKey(question));

  it("are redacted as /admin reads them, key included", async () => {
    await env.DB.batch([old(`${PERSONAL} hỏi về thời tiết`), old("thời tiết hôm nay thế nào")]);
    const html = await (await admin("html")).text();
    expectNoPersonalData(html);
    expect(html).toContain(PLACEHOLDER.id);
    const stats = AdminStats.parse(await (await admin("json")).json());
    expectNoPersonalData(JSON.stringify(stats));
    const key = questionKey(`SĐT ${PLACEHOLDER.phone}, CCCD ${PLACEHOLDER.id}, email ${PLACEHOLDER.email} hỏi về thời tiết`);
    expect(stats.declined.map((u) => u.key)).toContain(key);
    expect(stats.mostAsked.map((u) => u.key)).toContain(key);
    const csv = await (await admin("csv")).text();
    expect(csv).toContain(key);
    expectNoPersonalData(csv);
  });

  it("are rewritten by the scheduled trigger, in batches, and a second run finds nothing to do", async () => {
    const count = REDACT_BATCH * 2 + 17;
    const batch = Array.from({ length: count }, (_, i) => old(i % 2 ? `${PERSONAL} câu ${i}` : `thời tiết hôm nay thế nào ${i}`));
    for (let i = 0; i < batch.length; i += 100) await env.DB.batch(batch.slice(i, i + 100));
    vi.spyOn(console, "log").mockImplementation(() => {});
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "17 3 * * *" }), env, ctx);
    await waitOnExecutionContext(ctx);
    const rows = await stored();
    expect(rows).toHaveLength(count);
    expect(rows.every((r) => r.redacted === 1)).toBe(true);
    expectNoPersonalData(JSON.stringify(rows));
    expect(rows[1]).toEqual({ question: `SĐT ${PLACEHOLDER.phone}, CCCD ${PLACEHOLDER.id}, email ${PLACEHOLDER.email} câu 1`, question_key: questionKey(`SĐT ${PLACEHOLDER.phone}, CCCD ${PLACEHOLDER.id}, email ${PLACEHOLDER.email} câu 1`), redacted: 1 });
    expect(rows[0]!.question).toBe("thời tiết hôm nay thế nào 0");
    expect(await redactStoredQuestions(env)).toEqual({ checked: 0, changed: 0 });
  });
});
