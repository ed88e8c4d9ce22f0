// GET /admin?format=csv: the operator's loop as one CSV file (RFC 4180: CRLF lines, a field holding
// a comma, quote or line break is quoted with its quotes doubled), one row per question group, the
// list it belongs to in the first column. Questions are user text: a cell starting with = + - @
// (or a tab or carriage return) would run as a formula in a spreadsheet, so it gets a leading '
// (OWASP's CSV-injection guard). A UTF-8 byte order mark makes Excel read Vietnamese correctly.
import type { AdminStats } from "./stats.ts";

type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: defused if it could start a formula, then quoted if it needs to be. */
export function csvCell(value: Cell): string {
  let text = value === null ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvTable(header: readonly string[], rows: readonly Cell[][]): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export const CSV_HEADER = ["section", "count", "answered", "last_at", "example", "question_key", "fact_ids", "fact_labels", "op"] as const;

type Group = AdminStats["declined"][number];
const factCells = (g: Pick<Group, "facts">) => [g.facts.map((f) => f.id).join(" "), g.facts.map((f) => f.label ?? f.id).join(" | ")];

/** Declined (newest first), then 👎 (newest first), then asked most; counts as on the page. */
export function loopCsv(s: AdminStats): string {
  const rows: Cell[][] = [
    ...s.declined.map((g) => ["declined", g.count, 0, g.lastAskedAt, g.example, g.key, ...factCells(g), null]),
    ...s.downvoted.map((g) => ["downvoted", g.count, null, g.lastVotedAt, g.example, g.key, ...factCells(g), g.op]),
    ...s.mostAsked.map((g) => ["most_asked", g.count, g.answered, g.lastAskedAt, g.example, g.key, ...factCells(g), null]),
  ];
  return csvTable(CSV_HEADER, rows);
}

/** "cau-hoi_2025-05-16_2025-06-15_zalo.csv": ASCII only, safe in Content-Disposition. */
export function csvFileName(s: AdminStats): string {
  return `cau-hoi_${s.window.from.slice(0, 10)}_${s.window.to.slice(0, 10)}${s.channel ? `_${s.channel}` : ""}.csv`;
}
