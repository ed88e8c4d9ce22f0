// The operator's loop on /admin (issue 11), in workerd with the real D1 schema: questions declined
// and answers voted 👎 (newest first), questions asked most, each grouped by the normalized
// question with counts, the latest wording and the nearest facts; replies that were not delivered;
// filters by channel and date; the CSV export; nothing personal anywhere.
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CSV_HEADER } from "../../adapters/admin/csv.ts";
import { AdminQuery } from "../../adapters/admin/query.ts";
import { adminStats, AdminStats } from "../../adapters/admin/stats.ts";
import { DeliveryError, noteUndelivered } from "../../adapters/chat/delivery.ts";
import { answerRecordStatement, recordVote } from "../../adapters/chat/feedback.ts";
import { DEFAULT_TIMINGS } from "../../adapters/chat/timings.ts";
import { createApp } from "../../src/app.ts";
import { ask, facts } from "../../src/core/index.ts";
import { PLACEHOLDER } from "../../src/privacy/redact.ts";
import { questionKey, recordQuestion } from "../../src/store/question-log.ts";

const ADMIN_TOKEN = "adm_loop_0123456789abcdef0123";
const NOW = Date.UTC(2025, 5, 15, 12, 0, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const app = createApp();
/** GET /admin as of NOW (the default window is the 30 days before it). */
async function admin(query = "format=json", headers: Record<string, string> = {}): Promise<Response> {
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
  try {
    return await app.request(`/admin?${query}`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, ...headers } }, { ...env, ADMIN_TOKEN });
  } finally {
    vi.useRealTimers();
  }
}
const stats = async (query = "") => AdminStats.parse(await (await admin(`format=json&${query}`)).json());

type Channel = "api" | "web" | "telegram" | "zalo";
const asked = (channel: Channel, question: string, at: number) => recordQuestion({ DB: env.DB }, { channel, question, answer: ask(question), latencyMs: 5 }, at);
let refs = 0;
/** An answer delivered on a bot at `at` (asked and recorded as the chat layer does), voted at `votedAt`. */
async function voted(channel: "telegram" | "zalo" | "web", question: string, at: number, vote: "up" | "down" | null, votedAt = at + MIN) {
  await asked(channel, question, at);
  const ref = `ref-${++refs}`;
  await answerRecordStatement(env.DB, { ref, channel, question, answer: ask(question) }, at).run();
  if (vote) expect(await recordVote({ DB: env.DB }, ref, vote === "up", 1000, votedAt)).toBe(true);
}
const undelivered = (day: string, platform: string, reason: string, count: number) =>
  env.DB.prepare("INSERT INTO undelivered_replies (day, platform, reason, count) VALUES (?1, ?2, ?3, ?4)").bind(day, platform, reason, count).run();

const DA_NANG = "Đà Nẵng công bố bao nhiêu TTHC?";
const DA_NANG_2 = "da nang cong bo bao nhieu tthc";
const WEATHER = "thời tiết hôm nay thế nào";
const GOLD = "giá vàng hôm nay bao nhiêu";
const PUBLISHED = "bn tthc dc cong bo";
const ABOLISHED = "UBND tỉnh đã bãi bỏ bao nhiêu TTHC?";
const REMAINING = "còn bao nhiêu nhiệm vụ chưa hoàn thành?";

const labels = new Map(facts("vi").map((f) => [f.id, f.label]));
/** What a group shows as nearest facts for a question: the answer's facts, or its suggestions. */
const nearest = (question: string) => {
  const a = ask(question);
  return (a.answered ? a.facts.map((f) => f.id) : a.suggestionIds).slice(0, 5).map((id) => ({ id, label: labels.get(id) ?? null }));
};

async function seed() {
  for (const q of [DA_NANG, DA_NANG_2, WEATHER, GOLD]) expect(ask(q).answered, q).toBe(false);
  for (const q of [PUBLISHED, ABOLISHED, REMAINING]) expect(ask(q).answered, q).toBe(true);
  // Declined: one question in two spellings on two channels, two others, one before the window.
  await asked("telegram", DA_NANG, NOW - 3 * HOUR);
  await asked("zalo", DA_NANG_2, NOW - 2 * HOUR);
  await asked("api", WEATHER, NOW - HOUR);
  await asked("web", GOLD, NOW - 4 * DAY);
  await asked("api", WEATHER, NOW - 40 * DAY);
  // Answered, with votes: two 👎 on one question, one 👎 on another (the newest), a 👍, a vote
  // before the window, an answer nobody voted on.
  await voted("telegram", PUBLISHED, NOW - DAY, "down");
  await voted("zalo", PUBLISHED, NOW - 6 * HOUR, "down", NOW - 5 * HOUR);
  await asked("api", PUBLISHED, NOW - 30 * MIN);
  await voted("zalo", ABOLISHED, NOW - 2 * DAY, null);
  await voted("web", ABOLISHED, NOW - 20 * MIN, "down", NOW - 10 * MIN);
  await voted("telegram", ABOLISHED, NOW - 41 * DAY, "down");
  await voted("telegram", REMAINING, NOW - 3 * DAY, "up");
  // Undelivered replies: two on the day of NOW through the chat layer's own writer, older ones.
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
  for (let i = 0; i < 3; i++) await noteUndelivered(env, "telegram", new DeliveryError("not-done", "sendMessage", "rate-limited"), { what: "answer" }, DEFAULT_TIMINGS);
  await noteUndelivered(env, "zalo", new DeliveryError("unknown", "sendMessage", "timeout"), { what: "answer" }, DEFAULT_TIMINGS);
  vi.useRealTimers();
  await undelivered("2025-06-14", "zalo", "rejected:rejected", 2);
  await undelivered("2025-05-01", "telegram", "not-done:server-error", 9);
}

beforeEach(async () => {
  await env.DB.batch(["question_log", "feedback", "undelivered_replies"].map((t) => env.DB.prepare(`DELETE FROM ${t}`)));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const iso = (ms: number) => new Date(ms).toISOString();

describe("the operator's loop on /admin", () => {
  it("lists declined questions newest first, grouped after normalization, with the latest wording and the suggested facts", async () => {
    await seed();
    const s = await stats();
    expect(s.declined).toEqual([
      { key: questionKey(WEATHER), example: WEATHER, count: 1, lastAskedAt: iso(NOW - HOUR), facts: nearest(WEATHER) },
      { key: questionKey(DA_NANG), example: DA_NANG_2, count: 2, lastAskedAt: iso(NOW - 2 * HOUR), facts: nearest(DA_NANG_2) },
      { key: questionKey(GOLD), example: GOLD, count: 1, lastAskedAt: iso(NOW - 4 * DAY), facts: nearest(GOLD) },
    ]);
    expect(s.declined[1]!.facts.length).toBeGreaterThan(0);
    expect(s.declined[1]!.facts.every((f) => f.label !== null)).toBe(true);
  });

  it("lists answers voted 👎 newest first, with the count of 👎, the facts given and the question's wording", async () => {
    await seed();
    const s = await stats();
    expect(s.downvoted).toEqual([
      { key: questionKey(ABOLISHED), example: ABOLISHED, count: 1, lastVotedAt: iso(NOW - 10 * MIN), facts: nearest(ABOLISHED), op: null },
      { key: questionKey(PUBLISHED), example: PUBLISHED, count: 2, lastVotedAt: iso(NOW - 5 * HOUR), facts: nearest(PUBLISHED), op: null },
    ]);
  });

  it("shows the operation of a computed answer voted 👎", async () => {
    await voted("zalo", REMAINING, NOW - HOUR, "down");
    const [g] = (await stats()).downvoted;
    expect(g).toMatchObject({ key: questionKey(REMAINING), count: 1, op: ask(REMAINING).facts[0]?.derived?.op ?? null, facts: nearest(REMAINING) });
  });

  it("lists the questions asked most, most first, with how many were answered", async () => {
    await seed();
    const s = await stats();
    expect(s.mostAsked.map((g) => [g.example, g.count, g.answered, g.lastAskedAt])).toEqual([
      [PUBLISHED, 3, 3, iso(NOW - 30 * MIN)],
      [ABOLISHED, 2, 2, iso(NOW - 20 * MIN)],
      [DA_NANG_2, 2, 0, iso(NOW - 2 * HOUR)],
      [WEATHER, 1, 0, iso(NOW - HOUR)],
      [REMAINING, 1, 1, iso(NOW - 3 * DAY)],
      [GOLD, 1, 0, iso(NOW - 4 * DAY)],
    ]);
    expect(s.mostAsked[0]!.facts).toEqual(nearest(PUBLISHED));
    expect(s.mostAsked[2]!.facts).toEqual(nearest(DA_NANG_2));
    // ?limit bounds every list.
    const one = await stats("limit=1");
    expect([one.declined.length, one.downvoted.length, one.mostAsked.length]).toEqual([1, 1, 1]);
    expect(one.mostAsked[0]!.example).toBe(PUBLISHED);
  });

  it("counts the replies that could not be delivered per day, platform and reason", async () => {
    await seed();
    const s = await stats();
    expect(s.undelivered).toEqual({
      total: 6,
      rows: [
        { day: "2025-06-15", platform: "telegram", reason: "not-done:rate-limited", count: 3 },
        { day: "2025-06-15", platform: "zalo", reason: "unknown:timeout", count: 1 },
        { day: "2025-06-14", platform: "zalo", reason: "rejected:rejected", count: 2 },
      ],
    });
  });

  it("filters every section by channel", async () => {
    await seed();
    const s = await stats("channel=zalo");
    expect(s.channel).toBe("zalo");
    expect(s.byChannel.map((c) => c.channel)).toEqual(["zalo"]);
    expect(s.declined.map((g) => [g.example, g.count])).toEqual([[DA_NANG_2, 1]]);
    expect(s.downvoted.map((g) => [g.key, g.count])).toEqual([[questionKey(PUBLISHED), 1]]);
    expect(s.mostAsked.map((g) => [g.example, g.count])).toEqual([
      [DA_NANG_2, 1],
      [PUBLISHED, 1],
      [ABOLISHED, 1],
    ]);
    expect(s.undelivered.rows.map((r) => r.platform)).toEqual(["zalo", "zalo"]);
    expect(s.undelivered.total).toBe(3);
    const api = await stats("channel=api");
    expect(api.downvoted).toEqual([]);
    expect(api.undelivered).toEqual({ total: 0, rows: [] });
    expect(api.declined.map((g) => g.example)).toEqual([WEATHER]);
  });

  it("filters by a range of days, both included, also before the default window", async () => {
    await seed();
    const day = await stats("from=2025-06-14&to=2025-06-14");
    expect(day.window).toEqual({ days: 1, from: "2025-06-14T00:00:00.000Z", to: "2025-06-14T23:59:59.999Z" });
    expect(day.declined).toEqual([]);
    expect(day.downvoted.map((g) => [g.key, g.count])).toEqual([[questionKey(PUBLISHED), 1]]);
    expect(day.mostAsked.map((g) => [g.example, g.count])).toEqual([[PUBLISHED, 1]]);
    expect(day.undelivered.rows.map((r) => r.day)).toEqual(["2025-06-14"]);
    const may = await stats("from=2025-05-01&to=2025-05-10");
    expect(may.declined.map((g) => [g.example, g.lastAskedAt])).toEqual([[WEATHER, iso(NOW - 40 * DAY)]]);
    expect(may.downvoted.map((g) => [g.key, g.lastVotedAt])).toEqual([[questionKey(ABOLISHED), iso(NOW - 41 * DAY + MIN)]]);
    expect(may.undelivered.total).toBe(9);
    // `from` alone runs to now; `to` alone goes `days` back from it; empty values are no filter.
    expect((await stats("from=2025-06-15")).mostAsked.map((g) => [g.example, g.count])).toEqual([
      [PUBLISHED, 2],
      [DA_NANG_2, 2],
      [ABOLISHED, 1],
      [WEATHER, 1],
    ]);
    expect((await stats("to=2025-06-13&days=3")).window).toMatchObject({ from: "2025-06-11T00:00:00.000Z", to: "2025-06-13T23:59:59.999Z" });
    expect((await stats("channel=&from=&to=")).declined).toHaveLength(3);
  });

  it("refuses bad filters with 400 JSON naming the parameter", async () => {
    for (const [query, param] of [
      ["channel=sms", "channel"],
      ["channel=Zalo", "channel"],
      ["from=2025-6-1", "from"],
      ["from=2025-02-30", "from"],
      ["to=2025-13-01", "to"],
      ["from=yesterday", "from"],
      ["from=2025-06-15&to=2025-06-14", "from"],
      ["limit=0", "limit"],
      ["days=181", "days"],
      ["format=pdf", "format"],
    ] as const) {
      const res = await admin(query);
      expect(res.status, query).toBe(400);
      expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code, query).toBe("invalid_request");
      expect(body.error.message.startsWith(`${param}:`), `${query}: ${body.error.message}`).toBe(true);
    }
  });

  it("shows the sections on the HTML page in order, with a filter form that keeps the filters", async () => {
    await seed();
    const res = await admin("channel=zalo&from=2025-06-01&to=2025-06-15");
    expect(res.status).toBe(200);
    const page = await res.text();
    const at = (text: string) => page.indexOf(text);
    const headings = ["Câu hỏi chưa trả lời được (mới nhất trước)", "Câu trả lời bị đánh giá 👎 (mới nhất trước)", "Câu hỏi được hỏi nhiều nhất", "Tin trả lời không gửi được"];
    for (const h of headings) expect(at(h), h).toBeGreaterThan(0);
    expect(headings.map(at)).toEqual(headings.map(at).sort((a, b) => a - b));
    expect(page).toContain(`<td>${DA_NANG_2}</td>`);
    expect(page).toContain('<option value="zalo" selected>Zalo</option>');
    expect(page).toContain('name="from" value="2025-06-01"');
    expect(page).toContain('href="?days=30&amp;from=2025-06-01&amp;to=2025-06-15&amp;channel=zalo&amp;format=csv"');
    expect(page).toContain("unknown:timeout");
    expect(page).not.toContain("not-done:rate-limited"); // telegram's, filtered out
    expect(res.headers.get("Content-Security-Policy")).toContain("form-action 'self'");
  });
});

/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field), rows.push(row), (row = []), (field = ""), i++;
    } else {
      expect(ch, `bare ${JSON.stringify(ch)} at ${i}`).not.toMatch(/[\r\n"]/);
      field += ch;
    }
  }
  expect(quoted, "unterminated quoted field").toBe(false);
  expect(field === "" && row.length === 0, "the last line ends with CRLF").toBe(true);
  return rows;
}

describe("the CSV export", () => {
  it("is a CSV download of the three question lists, rows as on the page", async () => {
    await seed();
    const res = await admin("format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="cau-hoi_2025-05-16_2025-06-15.csv"');
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    // A byte order mark first, so that Excel reads UTF-8 (fetch's text() drops it).
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes));
    expect(header).toEqual([...CSV_HEADER]);
    for (const r of rows) expect(r).toHaveLength(CSV_HEADER.length);
    const s = await stats();
    expect(rows.map((r) => [r[0], Number(r[1]), r[4]])).toEqual([
      ...s.declined.map((g) => ["declined", g.count, g.example]),
      ...s.downvoted.map((g) => ["downvoted", g.count, g.example]),
      ...s.mostAsked.map((g) => ["most_asked", g.count, g.example]),
    ]);
    const da = rows.find((r) => r[0] === "declined" && r[4] === DA_NANG_2)!;
    expect(da).toEqual(["declined", "2", "0", iso(NOW - 2 * HOUR), DA_NANG_2, questionKey(DA_NANG), nearest(DA_NANG_2).map((f) => f.id).join(" "), nearest(DA_NANG_2).map((f) => f.label).join(" | "), ""]);
  });

  it("is filtered like the page, and named after its filters", async () => {
    await seed();
    const res = await admin("format=csv&channel=zalo&from=2025-06-14&to=2025-06-15");
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="cau-hoi_2025-06-14_2025-06-15_zalo.csv"');
    const rows = parseCsv(await res.text()).slice(1);
    expect(rows.map((r) => [r[0], r[1], r[5]])).toEqual([
      ["declined", "1", questionKey(DA_NANG)],
      ["downvoted", "1", questionKey(PUBLISHED)],
      ["most_asked", "1", questionKey(DA_NANG)],
      ["most_asked", "1", questionKey(PUBLISHED)],
    ]);
  });

  it("is also what Accept: text/csv gets", async () => {
    const res = await admin("", { Accept: "text/csv" });
    expect(res.headers.get("Content-Type")).toMatch(/^text\/csv/);
    expect(parseCsv(await res.text())).toEqual([[...CSV_HEADER]]);
  });

  it("quotes commas, quotes and line breaks, and defuses cells a spreadsheet would run as a formula", async () => {
    const formulas = ['=HYPERLINK("http://x.example","bấm vào"), bao nhiêu TTHC', "+1+2 bằng mấy", "-2+3 là bao nhiêu", "@SUM(1,2) là gì"];
    for (const [i, q] of formulas.entries()) await asked("web", q, NOW - i * MIN);
    const text = await (await admin("format=csv")).text();
    const rows = parseCsv(text).slice(1);
    const examples = rows.filter((r) => r[0] === "most_asked").map((r) => r[4]);
    expect(examples).toEqual(formulas.map((q) => `'${q}`));
    for (const cell of rows.flat()) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(text).toContain(`"'=HYPERLINK(""http://x.example"",""bấm vào""), bao nhiêu TTHC"`);
  });
});

describe("personal data in the loop", () => {
  const PERSONAL = "SĐT 0905123456, CCCD 046095001234, email a.b@gmail.com";
  const SECRETS = ["0905123456", "046095001234", "a.b@gmail.com", "gmail", "12 lê lợi", "le loi"];

  it("shows only placeholders in every section, as JSON, HTML and CSV", async () => {
    await asked("zalo", `${PERSONAL}, nhà ở 12 Lê Lợi: thời tiết hôm nay thế nào?`, NOW - HOUR);
    await voted("telegram", `${PERSONAL}. UBND tỉnh đã công bố bao nhiêu TTHC?`, NOW - 2 * HOUR, "down");
    // A row stored before redaction existed, as migrations/0003 left it.
    const raw = `${PERSONAL} hỏi giá vàng`;
    await env.DB.prepare("INSERT INTO question_log (asked_at, day, channel, question, question_key, answered, lang, latency_ms, redacted) VALUES (?1, '2025-06-15', 'api', ?2, ?3, 0, 'vi', 1, 0)")
      .bind(NOW - 3 * HOUR, raw, questionKey(raw))
      .run();
    const s = await stats();
    expect(s.declined).toHaveLength(2);
    expect(s.downvoted).toHaveLength(1);
    expect(s.mostAsked).toHaveLength(3);
    expect(s.downvoted[0]!.example).toBe(`SĐT ${PLACEHOLDER.phone}, CCCD ${PLACEHOLDER.id}, email ${PLACEHOLDER.email}. UBND tỉnh đã công bố bao nhiêu TTHC?`);
    expect(s.declined[0]!.example).toContain(`nhà ở ${PLACEHOLDER.address}`);
    expect(s.declined[1]!.example).toBe(`SĐT ${PLACEHOLDER.phone}, CCCD ${PLACEHOLDER.id}, email ${PLACEHOLDER.email} hỏi giá vàng`);
    expect(s.declined[1]!.key).toBe(questionKey(s.declined[1]!.example));
    for (const body of [JSON.stringify(s), await (await admin("")).text(), await (await admin("format=csv")).text()]) {
      expect(body).toContain(PLACEHOLDER.phone);
      for (const secret of SECRETS) expect(body.toLowerCase(), secret).not.toContain(secret);
    }
  });
});

describe("cost", () => {
  it("reads every table of the admin batch through an index, with or without filters", async () => {
    for (const query of [{}, { channel: "zalo" }, { from: "2025-06-01", to: "2025-06-15", channel: "api" }]) {
      const seen: { sql: string; args: unknown[] }[] = [];
      const spy = {
        prepare: (sql: string) => ({ bind: (...args: unknown[]) => (seen.push({ sql, args }), env.DB.prepare(sql).bind(...args)) }),
        batch: (s: D1PreparedStatement[]) => env.DB.batch(s),
      } as unknown as D1Database;
      await adminStats(spy, AdminQuery.parse(query), NOW);
      expect(seen.length).toBe(8);
      for (const { sql, args } of seen) {
        const plan = (await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...args).all<{ detail: string }>()).results.map((r) => r.detail);
        expect(plan.filter((d) => /^SCAN (question_log|feedback|undelivered_replies|q)\b/.test(d)), `${sql}\n${plan.join("\n")}`).toEqual([]);
        if (/FROM (question_log|feedback)\b/.test(sql) && /GROUP BY question_key/.test(sql)) expect(sql).toMatch(/LIMIT \?\d/);
      }
    }
  });
});
