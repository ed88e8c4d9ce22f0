// What the question log says over a time window, optionally for one channel: answered rate per
// channel and per day, the facts asked about most, and the operator's loop (loop.ts: declined,
// 👎, asked most, undelivered replies). One D1 batch (one round trip); the zod schema is the JSON
// contract of GET /admin, and every row D1 returns is parsed with a zod schema of its own (a schema
// drift is a 503, not a wrong page). Questions are shown redacted (loop.ts).
import * as z from "zod";
import { facts } from "../../src/core/index.ts";
import { withTimeout } from "../../src/store/question-log.ts";
import { loopStatements, OperatorLoop, readLoop } from "./loop.ts";
import { Channel, type AdminQuery, windowOf } from "./query.ts";

export { CHANNELS } from "./query.ts";

const Counts = z.object({
  questions: z.number().int(),
  answered: z.number().int(),
  /** answered / questions, 0–1 (0 when there were no questions). */
  rate: z.number(),
});

export const AdminStats = z.object({
  /** From and to are the first and last instant included (ISO, UTC). */
  window: z.object({ days: z.number().int(), from: z.string(), to: z.string() }),
  /** The channel filter, or null for all. */
  channel: Channel.nullable(),
  totals: Counts,
  byChannel: z.array(Counts.extend({ channel: z.string(), users: z.number().int(), avgLatencyMs: z.number() })),
  byDay: z.array(Counts.extend({ day: z.string(), channels: z.record(z.string(), Counts) })),
  topFacts: z.array(z.object({ id: z.string(), label: z.string().nullable(), count: z.number().int() })),
  ...OperatorLoop.shape,
});
export type AdminStats = z.infer<typeof AdminStats>;

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
const FactRow = z.object({ id: z.union([z.string(), z.number().transform(String)]), count: int });
const rowsOf = <T extends z.ZodType>(schema: T, result: D1Result | undefined) => z.array(schema).parse(result?.results ?? []);

export async function adminStats(db: D1Database, query: AdminQuery, now = Date.now()): Promise<AdminStats> {
  const window = windowOf(query, now);
  // ?1 from, ?2 to, ?3 the channel when filtering (no OR in the WHERE: SQLite keeps its index).
  const inWindow = (t = "") => `${t}asked_at >= ?1 AND ${t}asked_at <= ?2${query.channel ? ` AND ${t}channel = ?3` : ""}`;
  const where = inWindow();
  const args = query.channel ? [window.from, window.to, query.channel] : [window.from, window.to];
  const batch = db.batch([
    db
      .prepare(
        "SELECT channel, COUNT(*) AS questions, SUM(answered) AS answered, COUNT(DISTINCT user_hash) AS users, AVG(latency_ms) AS avg_latency " +
          `FROM question_log WHERE ${where} GROUP BY channel ORDER BY channel`,
      )
      .bind(...args),
    db.prepare(`SELECT day, channel, COUNT(*) AS questions, SUM(answered) AS answered FROM question_log WHERE ${where} GROUP BY day, channel ORDER BY day DESC, channel`).bind(...args),
    db
      .prepare(`SELECT f.value AS id, COUNT(*) AS count FROM question_log AS q, json_each(q.fact_ids) AS f WHERE ${inWindow("q.")} GROUP BY f.value ORDER BY count DESC, id LIMIT ${query.channel ? "?4" : "?3"}`)
      .bind(...args, query.limit),
    ...loopStatements(db, { window, channel: query.channel, limit: query.limit }),
  ]);
  const [channels, days, top, ...loop] = await withTimeout(batch, STATS_TIMEOUT_MS, "admin statistics");

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
    window: { days: window.days, from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString() },
    channel: query.channel ?? null,
    totals: counts(total.q, total.a),
    byChannel,
    byDay: [...dayMap.values()],
    topFacts: rowsOf(FactRow, top).map((r) => ({ id: r.id, label: labels.get(r.id) ?? null, count: r.count })),
    ...readLoop(loop, labels),
  };
}
