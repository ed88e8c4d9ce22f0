// Structured JSON log lines. Nothing secret goes in: callers pass ids through `redact`/`hashId`,
// and `scrub` removes bot tokens from any text (URLs of the Bot APIs contain them). Fields that can
// carry what a user typed (a question, a text, an error message echoing it) go through
// redactPersonalData: phone, ID and account numbers, e-mails and addresses never reach a log line.
import { redactPersonalData } from "./privacy/redact.ts";

export type LogLevel = "info" | "warn" | "error";

const TOKEN_IN_URL = /\/bot[^/\s]+/g;
const LONG_SECRET = /\b\d{6,}:[A-Za-z0-9_-]{20,}\b/g;

/** Removes bot tokens from text: "/bot123:abc/sendMessage" → "/bot<redacted>/sendMessage". */
export function scrub(text: string): string {
  return text.replace(TOKEN_IN_URL, "/bot<redacted>").replace(LONG_SECRET, "<redacted>");
}

/** Fields whose text may hold what a user typed. */
const USER_TEXT_FIELDS = new Set(["question", "text", "example", "error", "message", "description"]);

function redactFields(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) out[k] = typeof v === "string" && USER_TEXT_FIELDS.has(k) ? redactPersonalData(v) : v;
  return out;
}

export function log(level: LogLevel, event: string, fields: Record<string, unknown> = {}): void {
  // Fields first: a caller's field can never replace the level, event or time.
  const line = scrub(JSON.stringify({ ...redactFields(fields), level, event, time: new Date().toISOString() }));
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

/**
 * Without LOG_SALT a public key would make short numeric ids reversible by enumeration: use a
 * random key of this isolate instead (ids still match within one isolate's lines, never across).
 */
let isolateKey: Uint8Array | undefined;

/** HMAC-SHA-256 of an id with the LOG_SALT secret, hex, so a user's id never appears in clear. */
export async function hashId(id: string | number, salt: string | undefined): Promise<string> {
  isolateKey ??= crypto.getRandomValues(new Uint8Array(32));
  const key = await crypto.subtle.importKey(
    "raw",
    salt ? new TextEncoder().encode(salt) : isolateKey,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(String(id)));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, "0")).join("").slice(0, 32);
}
