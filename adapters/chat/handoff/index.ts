// Handing a question to an official. With HANDOFF_TELEGRAM_CHAT_ID set (the officials' Telegram
// group), a citizen whose question the assistant declined may send it on: the bot posts it to the
// group with a short case code (#K7Q2) and nothing that identifies the citizen (the question is
// redacted: no phone, ID, e-mail or address). An official answers by replying to that post; the
// bot relays the answer to the citizen on the channel they used, exactly once, and tells the
// official. At most 3 open cases per citizen; codes expire after 7 days.
//
// For the web page (done elsewhere): `openHandoff({channel: "web", citizen: <the page's own random
// token>, question, lang})` opens a case (the token is only hashed; nothing is sealed), and
// `handoffStatus(env, code, token)` reads its answer when the page polls /api/handoff/<code>.
import type { Lang } from "../../../src/core/index.ts";
import { settings, type Env } from "../../../src/env.ts";
import { log } from "../../../src/log.ts";
import { redactPersonalData } from "../../../src/privacy/redact.ts";
import { channelFor } from "../channels.ts";
import { deliverAll, noteUndelivered, type CallLimits } from "../delivery.ts";
import { citizenKey, randomCode } from "../keys.ts";
import { text } from "../spans.ts";
import { TEXTS } from "../texts.ts";
import { timingsOf, within } from "../timings.ts";
import { seal, unseal } from "./seal.ts";
import { HandoffStore, type HandoffChannel, type HandoffStatus } from "./store.ts";
import { OFFICIAL, post } from "./texts.ts";

export { CODE_IN_POST } from "./texts.ts";
export type { HandoffChannel, HandoffStatus } from "./store.ts";

/** Open cases one citizen may have at a time. */
export const MAX_OPEN_PER_CITIZEN = 3;
/** Questions are posted (and kept) redacted, at most this long. */
const MAX_QUESTION_CHARS = 1000;

export interface HandoffConfig {
  /** The officials' Telegram group. */
  chatId: string;
  salt: string;
  db: D1Database;
}

/**
 * On when HANDOFF_TELEGRAM_CHAT_ID is set, with LOG_SALT (the key that seals citizens' chat ids:
 * without it they could not be kept safely across isolates) and D1. Otherwise no offer is made.
 */
export function handoffConfig(env: Env): HandoffConfig | null {
  const s = settings(env);
  if (!s.HANDOFF_TELEGRAM_CHAT_ID || !s.LOG_SALT || !env.DB) return null;
  return { chatId: s.HANDOFF_TELEGRAM_CHAT_ID, salt: s.LOG_SALT, db: env.DB };
}

export interface HandoffRequest {
  channel: HandoffChannel;
  /** The citizen's chat id on Telegram or Zalo (sealed, to relay the answer), or the web page's token (only hashed). */
  citizen: string;
  /** As typed: redacted here. */
  question: string;
  lang: Lang;
}

export type OpenResult = { status: "opened"; code: string } | { status: "limit"; open: number } | { status: "failed" } | { status: "off" };

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

export async function openHandoff(env: Env, req: HandoffRequest, limits?: CallLimits): Promise<OpenResult> {
  const cfg = handoffConfig(env);
  const telegram = channelFor("telegram", env);
  if (!cfg || !telegram) return { status: "off" };
  const timings = limits?.timings ?? timingsOf(env);
  const lim = limits ?? { timings, deadline: Date.now() + timings.workDeadlineMs };
  const store = new HandoffStore(cfg.db, timings.storeTimeoutMs);
  const question = redactPersonalData(req.question.normalize("NFC").trim()).slice(0, MAX_QUESTION_CHARS);
  let code: string | undefined;
  try {
    const citizen = await citizenKey(req.channel, req.citizen, cfg.salt);
    const now = Date.now();
    const open = await store.openCount(citizen, now);
    if (open >= MAX_OPEN_PER_CITIZEN) return { status: "limit", open };
    for (let i = 0; i < 5 && !code; i++) {
      const candidate = randomCode(4);
      const replyTo = req.channel === "web" ? null : await seal(req.citizen, candidate, cfg.salt);
      const row = { code: candidate, citizenKey: citizen, channel: req.channel, replyTo, question, lang: req.lang, now, expiresAt: now + timings.handoffTtlMs };
      if (await store.insert(row)) code = candidate;
    }
  } catch (e) {
    log("warn", "handoff.unavailable", { op: "open", error: describe(e) });
    return { status: "failed" };
  }
  if (!code) return { status: "failed" };
  const days = Math.round(timings.handoffTtlMs / 86_400_000);
  const messages = telegram.render({ lang: "vi", body: { type: "spans", spans: [text(post(code, req.channel, question, days))] } }, { chatId: cfg.chatId });
  const res = await deliverAll(telegram, messages, lim);
  // A post that may have arrived stands: the case stays open rather than risk a second post.
  if (res.error && res.error.kind !== "unknown") {
    await noteUndelivered(env, "telegram", res.error, { what: "handoff-post" }, timings);
    await store.remove(code).catch((e: unknown) => log("warn", "handoff.unavailable", { op: "remove", error: describe(e) }));
    return { status: "failed" };
  }
  log("info", "handoff.opened", { channel: req.channel, code });
  return { status: "opened", code };
}

export type RelayStatus = "delivered" | "stored" | "already" | "expired" | "failed" | "unconfirmed";

/**
 * An official's answer to case `code`: relayed to the citizen once (the first answer that claims
 * the case; a redelivered or second answer finds it claimed). Returns what to tell the official.
 */
export async function relayAnswer(env: Env, code: string, answer: string, limits: CallLimits): Promise<{ status: RelayStatus; message: string }> {
  const said = (status: RelayStatus) => {
    log("info", "handoff.relay", { code, status });
    return { status, message: OFFICIAL[status](code) };
  };
  const cfg = handoffConfig(env);
  if (!cfg) return said("expired");
  const store = new HandoffStore(cfg.db, limits.timings.storeTimeoutMs);
  const now = Date.now();
  let row;
  try {
    if (!(await store.claim(code, answer, now))) {
      const current = await store.get(code);
      return said(!current || current.expires_at <= now ? "expired" : "already");
    }
    row = await store.get(code);
  } catch (e) {
    log("warn", "handoff.unavailable", { op: "relay", error: describe(e) });
    return said("failed");
  }
  if (!row) return said("expired");
  const settle = async (status: Exclude<HandoffStatus, "relaying">) => {
    try {
      await store.settle(code, status);
    } catch (e) {
      log("warn", "handoff.unavailable", { op: "settle", status, error: describe(e) });
    }
  };
  if (row.channel === "web") {
    await settle("answered");
    return said("stored");
  }
  const chatId = row.reply_to && (await unseal(row.reply_to, code, cfg.salt));
  const channel = channelFor(row.channel, env);
  if (!chatId || !channel) {
    await settle("open");
    return said("failed");
  }
  const messages = channel.render({ lang: row.lang, body: { type: "spans", spans: [text(TEXTS[row.lang].handoffRelay(code, row.question, answer))] } }, { chatId });
  const res = await deliverAll(channel, messages, limits);
  if (!res.error) {
    await settle("delivered");
    return said("delivered");
  }
  await noteUndelivered(env, row.channel, res.error, { chatId, what: "handoff-relay", code }, limits.timings);
  if (res.error.kind === "unknown" || res.sent > 0) {
    await settle("unconfirmed");
    return said("unconfirmed");
  }
  await settle("open");
  return said("failed");
}

/** For the web page's polling: the case's state and, once an official answered, the answer. Throws when D1 fails. */
export async function handoffStatus(env: Env, code: string, citizen: string): Promise<{ status: "open" | "answered"; question: string; answer?: string } | null> {
  const cfg = handoffConfig(env);
  if (!cfg || !/^[2-9A-HJKMNP-Z]{4}$/.test(code)) return null;
  const key = await citizenKey("web", citizen, cfg.salt);
  const row = await within(
    cfg.db
      .prepare("SELECT status, question, answer FROM handoffs WHERE code = ?1 AND channel = 'web' AND citizen_key = ?2 AND expires_at > ?3")
      .bind(code, key, Date.now())
      .first<{ status: HandoffStatus; question: string; answer: string | null }>(),
    timingsOf(env).storeTimeoutMs,
    "handoff status",
  );
  if (!row) return null;
  return row.status === "answered" && row.answer ? { status: "answered", question: row.question, answer: row.answer } : { status: "open", question: row.question };
}
