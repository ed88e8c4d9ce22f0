// What the question log says over a window of days: answered rate per channel and per day, the
// most frequent unanswered questions (grouped by their normalized key), the facts asked about
// most. One D1 batch (one round trip); the zod schema is the JSON contract of GET /admin, and every
// row D1 returns is parsed with a zod schema of its own (a schema drift is a 503, not a wrong page).
// Questions are shown redacted: rows stored before redaction existed are redacted here as they
// are read (the scheduled trigger rewrites them in the database, src/store/redact-stored.ts).
import * as z from "zod";
import { facts } from "../../src/core/index.ts";
import type { Env } from "../../src/env.ts";
import { redactPersonalData } from "../../src/privacy/redact.ts";
import { DAY_MS, questionKey, RETENTION_DAYS, withTimeout } from "../../src/store/question-log.ts";

export const CHANNELS = ["api", "web", "telegram", "zalo"] as const;

const Counts = z.object({
  questions: z.number().int(),
  answered: z.number().int(),
  /** answered / questions, 0–1 (0 when there were no questions). */
  rate: z.number(),
});

export const AdminStats = z.object({
  window: z.object({ days: z.number().int(), from: z.string(), to: z.string() }),
  totals: Counts,
  byChannel: z.array(Counts.extend({ channel: z.string(), users: z.number().int(), avgLatencyMs: z.number() })),
  byDay: z.array(Counts.extend({ day: z.string(), channels: z.record(z.string(), Counts) })),
  unanswered: z.array(z.object({ key: z.string(), example: z.string(), count: z.number().int(), lastAskedAt: z.string() })),
  topFacts: z.array(z.object({ id: z.string(), label: z.string().nullable(), count: z.number().int() })),
});
export type AdminStats = z.infer<typeof AdminStats>;

export const StatsQuery = z.object({
  days: z.coerce.number().int().min(1).max(RETENTION_DAYS).default(30),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type StatsQuery = z.infer<typeof StatsQuery>;

/** The page waits this long for D1 before answering 503. */
export const STATS_TIMEOUT_MS = 5000;

const counts = (questions: number, answered: number) => ({
  questions,
  answered,
  rate: questions ? Math.round((answered / questions) * 1000) / 1000 : 0,
});

// D1's rows. SUM and AVG are NULL over no rows; a fact id is text (a number, should one ever be
// stored, is read as its text).
const int = z.number().int();
const sum = z.number().nullable().transform((v) => v ?? 0);
const ChannelRow = z.object({ channel: z.string(), questions: int, answered: sum, users: int, avg_latency: sum });
const DayRow = z.object({ day: z.string(), channel: z.string(), questions: int, answered: sum });
const UnansweredRow = z.object({ key: z.string(), example: z.string(), count: int, last: z.number(), redacted: z.number().nullable() });
const FactRow = z.object({ id: z.union([z.string(), z.number().transform(String)]), count: int });
const rowsOf = <T extends z.ZodType>(schema: T, result: D1Result | undefined) => z.array(schema).parse(result?.results ?? []);

export async function adminStats(db: D1Database, query: StatsQuery, now = Date.now()): Promise<AdminStats> {
  const since = now - query.days * DAY_MS;
  const batch = db.batch([
    db
      .prepare(
        "SELECT channel, COUNT(*) AS questions, SUM(answered) AS answered, COUNT(DISTINCT user_hash) AS users, AVG(latency_ms) AS avg_latency " +
          "FROM question_log WHERE asked_at >= ?1 GROUP BY channel ORDER BY channel",
      )
      .bind(since),
    db
      .prepare("SELECT day, channel, COUNT(*) AS questions, SUM(answered) AS answered FROM question_log WHERE asked_at >= ?1 GROUP BY day, channel ORDER BY day DESC, channel")
      .bind(since),
    // SQLite takes the bare column `question` from the row holding MAX(asked_at): the latest wording.
    db
      .prepare(
        "SELECT question_key AS key, question AS example, COUNT(*) AS count, MAX(asked_at) AS last, MIN(redacted) AS redacted FROM question_log " +
          "WHERE answered = 0 AND asked_at >= ?1 GROUP BY question_key ORDER BY count DESC, last DESC LIMIT ?2",
      )
      .bind(since, query.limit),
    db
      .prepare(
        "SELECT f.value AS id, COUNT(*) AS count FROM question_log AS q, json_each(q.fact_ids) AS f " +
          "WHERE q.asked_at >= ?1 GROUP BY f.value ORDER BY count DESC, id LIMIT ?2",
      )
      .bind(since, query.limit),
  ]);
  const [channels, days, unanswered, top] = await withTimeout(batch, STATS_TIMEOUT_MS, "admin statistics");

  const byChannel = rowsOf(ChannelRow, channels).map((r) => ({
    channel: r.channel,
    ...counts(r.questions, r.answered),
    users: r.users,
    avgLatencyMs: Math.round(r.avg_latency),
  }));
  const dayMap = new Map<string, AdminStats["byDay"][number]>();
  for (const r of rowsOf(DayRow, days)) {
    let d = dayMap.get(r.day);
    if (!d) dayMap.set(r.day, (d = { day: r.day, ...counts(0, 0), channels: {} }));
    d.channels[r.channel] = counts(r.questions, r.answered);
    Object.assign(d, counts(d.questions + r.questions, d.answered + r.answered));
  }
  const labels = new Map(facts("vi").map((f) => [f.id, f.label]));
  const total = byChannel.reduce((a, c) => ({ q: a.q + c.questions, a: a.a + c.answered }), { q: 0, a: 0 });
  return {
    window: { days: query.days, from: new Date(since).toISOString(), to: new Date(now).toISOString() },
    totals: counts(total.q, total.a),
    byChannel,
    byDay: [...dayMap.values()],
    unanswered: rowsOf(UnansweredRow, unanswered).map((r) => {
      // A group holding a row not yet redacted may have personal data in its stored key too: show
      // the key of the redacted example instead (the same key, once the scheduled pass has run).
      const example = redactPersonalData(r.example);
      return { key: r.redacted === 1 ? r.key : questionKey(example), example, count: r.count, lastAskedAt: new Date(r.last).toISOString() };
    }),
    topFacts: rowsOf(FactRow, top).map((r) => ({ id: r.id, label: labels.get(r.id) ?? null, count: r.count })),
  };
}
