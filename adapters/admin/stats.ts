// What the question log says over a window of days: answered rate per channel and per day, the
// most frequent unanswered questions (grouped by their normalized key), the facts asked about
// most. One D1 batch (one round trip); the zod schema is the JSON contract of GET /admin.
import * as z from "zod";
import { facts } from "../../src/core/index.ts";
import type { Env } from "../../src/env.ts";
import { DAY_MS, RETENTION_DAYS, withTimeout } from "../../src/store/question-log.ts";

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

const num = (v: unknown) => Number(v ?? 0) || 0;

interface ChannelRow { channel: string; questions: number; answered: number; users: number; avg_latency: number | null }
interface DayRow { day: string; channel: string; questions: number; answered: number }
interface UnansweredRow { key: string; example: string; count: number; last: number }
interface FactRow { id: string; count: number }

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
        "SELECT question_key AS key, question AS example, COUNT(*) AS count, MAX(asked_at) AS last FROM question_log " +
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

  const byChannel = (channels!.results as unknown as ChannelRow[]).map((r) => ({
    channel: r.channel,
    ...counts(num(r.questions), num(r.answered)),
    users: num(r.users),
    avgLatencyMs: Math.round(num(r.avg_latency)),
  }));
  const dayMap = new Map<string, AdminStats["byDay"][number]>();
  for (const r of days!.results as unknown as DayRow[]) {
    let d = dayMap.get(r.day);
    if (!d) dayMap.set(r.day, (d = { day: r.day, ...counts(0, 0), channels: {} }));
    d.channels[r.channel] = counts(num(r.questions), num(r.answered));
    Object.assign(d, counts(d.questions + num(r.questions), d.answered + num(r.answered)));
  }
  const labels = new Map(facts("vi").map((f) => [f.id, f.label]));
  const total = byChannel.reduce((a, c) => ({ q: a.q + c.questions, a: a.a + c.answered }), { q: 0, a: 0 });
  return {
    window: { days: query.days, from: new Date(since).toISOString(), to: new Date(now).toISOString() },
    totals: counts(total.q, total.a),
    byChannel,
    byDay: [...dayMap.values()],
    unanswered: (unanswered!.results as unknown as UnansweredRow[]).map((r) => ({
      key: String(r.key),
      example: String(r.example),
      count: num(r.count),
      lastAskedAt: new Date(num(r.last)).toISOString(),
    })),
    topFacts: (top!.results as unknown as FactRow[]).map((r) => ({ id: String(r.id), label: labels.get(String(r.id)) ?? null, count: num(r.count) })),
  };
}
