// The operator's loop (issue 11): what the staff who keep the knowledge base act on. Questions the
// assistant declined and answers voted 👎 (newest first), the questions asked most (most first),
// each grouped by the question's normalized key with a count, its latest wording (redacted) and the
// nearest facts; and the replies a bot could not deliver, per day, platform and reason.
//
// Each list is one statement of the admin batch, bounded by LIMIT: the groups are counted over an
// index (question_log_unanswered, question_log_window, feedback_votes), then only the newest row of
// each listed group is read, by an index seek (a 👎 is on an answer: its wording is the newest
// answered row with the vote's key). Fact ids come back with their labels.
import * as z from "zod";
import { redactPersonalData } from "../../src/privacy/redact.ts";
import { questionKey } from "../../src/store/question-log.ts";
import type { Channel, Window } from "./query.ts";

/** At most this many nearest facts per question. */
export const MAX_FACTS = 5;
/** Day × platform × reason rows listed (a day has a handful). */
export const MAX_UNDELIVERED_ROWS = 400;

const NearFact = z.object({ id: z.string(), label: z.string().nullable() });
const Group = z.object({
  /** The normalized question (folded words) that groups the rows. */
  key: z.string(),
  /** Its latest wording, redacted. */
  example: z.string(),
  count: z.number().int(),
  facts: z.array(NearFact),
});

export const OperatorLoop = z.object({
  /** Declined questions; `facts` are the suggestions offered. Newest first. */
  declined: z.array(Group.extend({ lastAskedAt: z.string() })),
  /** Answers voted 👎: `count` votes; `facts` and `op` what the latest of them gave. Newest first. */
  downvoted: z.array(Group.extend({ op: z.string().nullable(), lastVotedAt: z.string() })),
  /** All questions: `count` times asked, `answered` of them answered; `facts` the latest reply's. Most first. */
  mostAsked: z.array(Group.extend({ answered: z.number().int(), lastAskedAt: z.string() })),
  /** Replies that did not reach the user, newest day first; `total` over the whole window. */
  undelivered: z.object({
    total: z.number().int(),
    rows: z.array(z.object({ day: z.string(), platform: z.string(), reason: z.string(), count: z.number().int() })),
  }),
});
export type OperatorLoop = z.infer<typeof OperatorLoop>;

export interface LoopFilter {
  window: Window;
  channel?: Channel | undefined;
  limit: number;
}

// ?1 from, ?2 to, ?3 limit, ?4 the channel: present only when filtering, so that no statement
// carries an OR that keeps SQLite off its index.
const params = (f: LoopFilter, from: number | string, to: number | string, limit: number) => (f.channel ? [from, to, limit, f.channel] : [from, to, limit]);
const onChannel = (f: LoopFilter, column = "channel") => (f.channel ? ` AND ${column} = ?4` : "");

export function loopStatements(db: D1Database, f: LoopFilter): D1PreparedStatement[] {
  const { from, to, fromDay, toDay } = f.window;
  const ch = onChannel(f);
  const declined = db
    .prepare(
      "WITH g AS (SELECT question_key AS key, COUNT(*) AS count, MAX(asked_at) AS last FROM question_log " +
        `WHERE answered = 0 AND asked_at >= ?1 AND asked_at <= ?2${ch} GROUP BY question_key ORDER BY last DESC, count DESC, key LIMIT ?3) ` +
        "SELECT g.key, g.count, g.last, q.question AS example, q.suggestion_ids AS ids, q.redacted FROM g JOIN question_log AS q ON q.id = " +
        `(SELECT id FROM question_log WHERE answered = 0 AND question_key = g.key AND asked_at = g.last${ch} ORDER BY id DESC LIMIT 1) ` +
        "ORDER BY g.last DESC, g.count DESC, g.key",
    )
    .bind(...params(f, from, to, f.limit));
  // SQLite takes the bare columns fact_ids and op from the row holding MAX(voted_at): the latest vote.
  const downvoted = db
    .prepare(
      "WITH g AS (SELECT question_key AS key, COUNT(*) AS count, MAX(voted_at) AS last, fact_ids AS ids, op FROM feedback " +
        `WHERE vote = 'down' AND voted_at >= ?1 AND voted_at <= ?2${ch} GROUP BY question_key ORDER BY last DESC, count DESC, key LIMIT ?3) ` +
        "SELECT g.key, g.count, g.last, g.ids, g.op, q.question AS example, q.redacted FROM g LEFT JOIN question_log AS q ON q.id = " +
        "(SELECT id FROM question_log WHERE answered = 1 AND question_key = g.key ORDER BY asked_at DESC LIMIT 1) " +
        "ORDER BY g.last DESC, g.count DESC, g.key",
    )
    .bind(...params(f, from, to, f.limit));
  const mostAsked = db
    .prepare(
      "WITH g AS (SELECT question_key AS key, COUNT(*) AS count, SUM(answered) AS answered, MAX(asked_at) AS last FROM question_log " +
        `WHERE asked_at >= ?1 AND asked_at <= ?2${ch} GROUP BY question_key ORDER BY count DESC, last DESC, key LIMIT ?3) ` +
        "SELECT g.key, g.count, g.answered, g.last, q.question AS example, CASE q.answered WHEN 1 THEN q.fact_ids ELSE q.suggestion_ids END AS ids, q.redacted " +
        "FROM g JOIN question_log AS q ON q.id = " +
        `(SELECT id FROM question_log WHERE question_key = g.key AND asked_at = g.last${ch} ORDER BY id DESC LIMIT 1) ` +
        "ORDER BY g.count DESC, g.last DESC, g.key",
    )
    .bind(...params(f, from, to, f.limit));
  const chPlatform = onChannel(f, "platform");
  const undelivered = db
    .prepare(`SELECT day, platform, reason, count FROM undelivered_replies WHERE day >= ?1 AND day <= ?2${chPlatform} ORDER BY day DESC, count DESC, platform, reason LIMIT ?3`)
    .bind(...params(f, fromDay, toDay, MAX_UNDELIVERED_ROWS));
  const undeliveredTotal = db
    .prepare(`SELECT SUM(count) AS total FROM undelivered_replies WHERE day >= ?1 AND day <= ?2${f.channel ? " AND platform = ?3" : ""}`)
    .bind(...(f.channel ? [fromDay, toDay, f.channel] : [fromDay, toDay]));
  return [declined, downvoted, mostAsked, undelivered, undeliveredTotal];
}

// D1's rows, each parsed (a schema drift is a 503, not a wrong page).
const int = z.number().int();
const Stored = z.object({ key: z.string(), count: int, last: z.number(), example: z.string().nullable(), ids: z.string().nullable(), redacted: z.number().nullable() });
const DeclinedRow = Stored;
const DownvotedRow = Stored.extend({ op: z.string().nullable() });
const AskedRow = Stored.extend({ answered: z.number().nullable() });
const UndeliveredRow = z.object({ day: z.string(), platform: z.string(), reason: z.string(), count: int });
const TotalRow = z.object({ total: z.number().nullable() });
const rowsOf = <T extends z.ZodType>(schema: T, result: D1Result | undefined) => z.array(schema).parse(result?.results ?? []);

const Ids = z.array(z.string());
/** A stored JSON array of fact ids; anything else reads as none. */
function idsOf(text: string | null): string[] {
  try {
    const parsed = Ids.safeParse(JSON.parse(text ?? "[]"));
    return parsed.success ? parsed.data.slice(0, MAX_FACTS) : [];
  } catch {
    return [];
  }
}

/**
 * The example is redacted as it is read (rows stored before redaction existed may hold personal
 * data until the scheduled pass rewrites them), and such a row's stored key is replaced by the key
 * of its redacted text. A vote's key is always made from redacted text (adapters/chat/feedback.ts).
 * With no logged wording (a vote whose question left the log), the key stands for it.
 */
function shown(r: z.infer<typeof Stored>, labels: ReadonlyMap<string, string>, keyRedacted = false) {
  const example = r.example === null ? r.key : redactPersonalData(r.example);
  const key = !keyRedacted && r.example !== null && r.redacted !== 1 ? questionKey(example) : r.key;
  const facts = idsOf(r.ids).map((id) => ({ id, label: labels.get(id) ?? null }));
  return { key, example, count: r.count, facts };
}

const iso = (ms: number) => new Date(ms).toISOString();

export function readLoop(results: (D1Result | undefined)[], labels: ReadonlyMap<string, string>): OperatorLoop {
  const [declined, downvoted, mostAsked, undelivered, total] = results;
  return {
    declined: rowsOf(DeclinedRow, declined).map((r) => ({ ...shown(r, labels), lastAskedAt: iso(r.last) })),
    downvoted: rowsOf(DownvotedRow, downvoted).map((r) => ({ ...shown(r, labels, true), op: r.op, lastVotedAt: iso(r.last) })),
    mostAsked: rowsOf(AskedRow, mostAsked).map((r) => ({ ...shown(r, labels), answered: r.answered ?? 0, lastAskedAt: iso(r.last) })),
    undelivered: { total: rowsOf(TotalRow, total)[0]?.total ?? 0, rows: rowsOf(UndeliveredRow, undelivered) },
  };
}
