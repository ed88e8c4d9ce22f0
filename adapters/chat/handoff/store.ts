// The handoffs table (migrations/0004_conversations.sql): one row per question sent to the
// officials, keyed by its case code. A row moves open → relaying (an official's answer claimed it:
// only one claim succeeds, so an answer is relayed once however often it arrives) → delivered, or
// answered (web: the page reads it), or unconfirmed (the send may or may not have arrived: never
// repeated), or back to open when the send surely failed. Rows are deleted when they expire.
import * as z from "zod";
import { within } from "../timings.ts";

export const HandoffChannel = z.enum(["telegram", "zalo", "web"]);
export type HandoffChannel = z.infer<typeof HandoffChannel>;

export const HandoffStatus = z.enum(["open", "relaying", "delivered", "answered", "unconfirmed"]);
export type HandoffStatus = z.infer<typeof HandoffStatus>;

export const HandoffRow = z.object({
  code: z.string(),
  channel: HandoffChannel,
  reply_to: z.string().nullable(),
  question: z.string(),
  lang: z.enum(["vi", "en"]),
  status: HandoffStatus,
  answer: z.string().nullable(),
  created_at: z.number(),
  expires_at: z.number(),
});
export type HandoffRow = z.infer<typeof HandoffRow>;

export interface NewHandoff {
  code: string;
  citizenKey: string;
  channel: HandoffChannel;
  replyTo: string | null;
  question: string;
  lang: "vi" | "en";
  now: number;
  expiresAt: number;
}

export class HandoffStore {
  constructor(
    private readonly db: D1Database,
    private readonly timeoutMs: number,
  ) {}

  private run<T>(p: Promise<T>, what: string): Promise<T> {
    return within(p, this.timeoutMs, `handoff ${what}`);
  }

  /** Cases of this citizen still waiting for an official. */
  async openCount(citizenKey: string, now: number): Promise<number> {
    const row = await this.run(
      this.db.prepare("SELECT COUNT(*) AS n FROM handoffs WHERE citizen_key = ?1 AND status IN ('open', 'relaying') AND expires_at > ?2").bind(citizenKey, now).first<{ n: number }>(),
      "count",
    );
    return row?.n ?? 0;
  }

  /** false when the code is taken. */
  async insert(h: NewHandoff): Promise<boolean> {
    const res = await this.run(
      this.db
        .prepare(
          "INSERT INTO handoffs (code, citizen_key, channel, reply_to, question, lang, status, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'open', ?7, ?8) ON CONFLICT(code) DO NOTHING",
        )
        .bind(h.code, h.citizenKey, h.channel, h.replyTo, h.question, h.lang, h.now, h.expiresAt)
        .run(),
      "insert",
    );
    return (res.meta?.changes ?? 0) > 0;
  }

  async get(code: string): Promise<HandoffRow | null> {
    const row = await this.run(
      this.db.prepare("SELECT code, channel, reply_to, question, lang, status, answer, created_at, expires_at FROM handoffs WHERE code = ?1").bind(code).first(),
      "read",
    );
    return row ? HandoffRow.parse(row) : null;
  }

  /** Claims an open, unexpired case for relaying `answer`; true for the one caller that wins. */
  async claim(code: string, answer: string, now: number): Promise<boolean> {
    const res = await this.run(
      this.db
        .prepare("UPDATE handoffs SET status = 'relaying', answer = ?2, answered_at = ?3 WHERE code = ?1 AND status = 'open' AND expires_at > ?3")
        .bind(code, answer, now)
        .run(),
      "claim",
    );
    return (res.meta?.changes ?? 0) > 0;
  }

  /** The relay's end: delivered, answered (web), unconfirmed, or open again (the send surely failed). */
  async settle(code: string, status: Exclude<HandoffStatus, "relaying">): Promise<void> {
    const sql =
      status === "open"
        ? "UPDATE handoffs SET status = 'open', answer = NULL, answered_at = NULL WHERE code = ?1 AND status = 'relaying'"
        : `UPDATE handoffs SET status = '${status}' WHERE code = ?1 AND status = 'relaying'`;
    await this.run(this.db.prepare(sql).bind(code).run(), "settle");
  }

  async remove(code: string): Promise<void> {
    await this.run(this.db.prepare("DELETE FROM handoffs WHERE code = ?1").bind(code).run(), "delete");
  }
}
