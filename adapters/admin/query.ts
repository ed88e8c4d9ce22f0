// The filters of GET /admin, from its query string: a time window (the last `days`, or `from`–`to`
// as UTC days, both included), a channel, and how many rows each list shows. A bad value is a 400
// JSON naming the parameter (adapters/admin/index.ts).
import * as z from "zod";
import { DAY_MS, dayOf, RETENTION_DAYS } from "../../src/store/question-log.ts";

export const CHANNELS = ["api", "web", "telegram", "zalo"] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

/** A UTC calendar day "YYYY-MM-DD" that exists (no 2025-02-30). */
const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a day as YYYY-MM-DD")
  .refine((d) => {
    const ms = Date.parse(`${d}T00:00:00Z`);
    return Number.isFinite(ms) && dayOf(ms) === d;
  }, "not a calendar day");

// An empty value (the filter form's "all channels", a cleared date) means no filter.
const blank = (v: unknown) => (v === "" ? undefined : v);

export const AdminQuery = z
  .object({
    days: z.preprocess(blank, z.coerce.number().int().min(1).max(RETENTION_DAYS).default(30)),
    limit: z.preprocess(blank, z.coerce.number().int().min(1).max(100).default(20)),
    channel: z.preprocess(blank, Channel.optional()),
    from: z.preprocess(blank, IsoDay.optional()),
    to: z.preprocess(blank, IsoDay.optional()),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "must not be after to", path: ["from"] });
export type AdminQuery = z.infer<typeof AdminQuery>;

export interface Window {
  /** First and last millisecond included. */
  from: number;
  to: number;
  /** Their UTC days, for the per-day tables. */
  fromDay: string;
  toDay: string;
  /** Whole days covered (rounded). */
  days: number;
}

/**
 * `from`/`to` name whole UTC days, both included; a missing `to` is now, a missing `from` is `days`
 * before the end (the default: the last 30 days).
 */
export function windowOf(q: AdminQuery, now: number): Window {
  const to = q.to ? Date.parse(`${q.to}T00:00:00Z`) + DAY_MS - 1 : now;
  const from = q.from ? Date.parse(`${q.from}T00:00:00Z`) : to - q.days * DAY_MS + (q.to ? 1 : 0);
  return { from, to, fromDay: dayOf(from), toDay: dayOf(to), days: Math.max(0, Math.round((to - from) / DAY_MS)) };
}
