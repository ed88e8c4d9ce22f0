// The app as production runs it (`npm start`: workerd, local D1) with both bots pointed at
// misbehaving-on-demand Bot API stand-ins (faulty-api.ts), real-shaped updates for both
// platforms, and a look into the app's D1 (wrangler d1 … --local, as an operator would).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { startApp, type RunningApp } from "../../support/start-app.ts";
import { startFaultyApi, type FaultyApi } from "./faulty-api.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..", "..");

export const TG_TOKEN = "7012345678:AAChatLayerTestTokenForFakeBotApi_q7";
export const TG_SECRET = "chat-layer-telegram-secret_42";
export const ZALO_TOKEN = "7391824650193847261:chatLayerZaloTokenAbCdEfGhIjKlMnOpQr";
export const ZALO_SECRET = "chat-layer-zalo-secret-0123";
export const LOG_SALT = "chat-layer-log-salt-5a4b3c";
export const BOT_INFO = JSON.parse(readFileSync(join(ROOT, "test", "node", "telegram", "fixtures", "bot-info.json"), "utf8")) as { id: number; username: string; first_name: string };
export const ZALO_BOT = { id: "2291837465019283746", account_name: "bot.CchcHue", display_name: "Trợ lý CCHC", account_type: "BASIC", can_join_groups: true };
/** The officials' Telegram group. */
export const OFFICIALS = -1001987654321;

export interface ChatStack {
  app: RunningApp;
  telegram: FaultyApi;
  zalo: FaultyApi;
}

/** One stack per test file: fakes and `npm start` with both bots and these extra settings. */
export function useChatStack(extra: Record<string, string> = {}, options: { botInfo?: boolean } = {}): ChatStack {
  const s = {} as ChatStack;
  beforeAll(async () => {
    s.telegram = await startFaultyApi("telegram", BOT_INFO);
    s.zalo = await startFaultyApi("zalo", ZALO_BOT);
    s.app = await startApp({
      TELEGRAM_BOT_TOKEN: TG_TOKEN,
      TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
      TELEGRAM_API_ROOT: s.telegram.url,
      // A blank value overrides .dev.vars and reads as unset.
      TELEGRAM_BOT_INFO: options.botInfo === false ? " " : JSON.stringify(BOT_INFO),
      ZALO_BOT_TOKEN: ZALO_TOKEN,
      ZALO_WEBHOOK_SECRET: ZALO_SECRET,
      ZALO_API_ROOT: s.zalo.url,
      LOG_SALT,
      HANDOFF_TELEGRAM_CHAT_ID: " ",
      CHAT_TIMINGS: " ",
      CLOUDFLARE_CF_FETCH_ENABLED: "false",
      ...extra,
    });
  });
  afterAll(async () => {
    await s.app?.stop();
    await s.telegram?.stop();
    await s.zalo?.stop();
  });
  return s;
}

let nextUpdate = 500_000 + Math.floor(Math.random() * 1_000_000);
let nextMessage = 1000;
let nextZalo = 0;

export type TgUpdate = Record<string, any> & { update_id: number };

/** A person on Telegram: a private chat whose id is theirs. */
export function tgText(userId: number, text: string, chat: { id: number; type: string; title?: string } = { id: userId, type: "private" }, from: Record<string, unknown> = {}): TgUpdate {
  return {
    update_id: nextUpdate++,
    message: {
      message_id: nextMessage++,
      from: { id: userId, is_bot: false, first_name: "Lan", last_name: "Nguyễn", username: `user${userId}`, language_code: "vi", ...from },
      chat: chat.type === "private" ? { id: chat.id, first_name: "Lan", last_name: "Nguyễn", username: `user${userId}`, type: "private" } : chat,
      date: 1735614000,
      text,
    },
  };
}

/** A tap on a button of the bot's message `message` (a sendMessage body the fake recorded). */
export function tgTap(userId: number, data: string, message: { chat_id: number; text: string }, messageId = 7001): TgUpdate {
  return {
    update_id: nextUpdate++,
    callback_query: {
      id: String(9_000_000_000 + nextUpdate),
      from: { id: userId, is_bot: false, first_name: "Lan", language_code: "vi" },
      message: { message_id: messageId, from: { id: BOT_INFO.id, is_bot: true, first_name: BOT_INFO.first_name, username: BOT_INFO.username }, chat: { id: message.chat_id, type: message.chat_id > 0 ? "private" : "supergroup" }, date: 1735614400, text: message.text },
      chat_instance: "-4190327761234567890",
      data,
    },
  };
}

/** An official's reply in the officials' group to the bot's post `post` (message id `postId`). */
export function officialReply(officialId: number, text: string, post: { text: string }, postId: number): TgUpdate {
  const chat = { id: OFFICIALS, title: "Cán bộ CCHC – hỏi đáp", type: "supergroup" };
  return {
    update_id: nextUpdate++,
    message: {
      message_id: nextMessage++,
      from: { id: officialId, is_bot: false, first_name: "Hùng", language_code: "vi" },
      chat,
      date: 1735615000,
      reply_to_message: { message_id: postId, from: { id: BOT_INFO.id, is_bot: true, first_name: BOT_INFO.first_name, username: BOT_INFO.username }, chat, date: 1735614900, text: post.text },
      text,
    },
  };
}

/** A fresh Zalo id (20 hex characters). */
export const zaloId = (prefix = "") => (prefix + Date.now().toString(16) + (++nextZalo).toString(16).padStart(6, "0")).padEnd(20, "0").slice(0, 20);

export function zaloText(chatId: string, text: string, messageId = zaloId("m"), displayName = "Nguyễn Văn Ánh") {
  return {
    event_name: "message.text.received",
    message: { from: { id: chatId, display_name: displayName, is_bot: false }, chat: { id: chatId, chat_type: "PRIVATE" }, text, message_id: messageId, date: 1750316131602 },
  };
}

export interface Posted {
  status: number;
  /** How long the webhook took to answer, ms. */
  ms: number;
  body: string;
}

async function post(url: string, headers: Record<string, string>, body: unknown): Promise<Posted> {
  const started = Date.now();
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, ms: Date.now() - started, body: text };
}

export const postTelegram = (app: RunningApp, update: unknown) => post(`${app.url}/webhook/telegram`, { "X-Telegram-Bot-Api-Secret-Token": TG_SECRET }, update);
export const postZalo = (app: RunningApp, update: unknown) => post(`${app.url}/webhook/zalo`, { "X-Bot-Api-Secret-Token": ZALO_SECRET }, update);

export { d1, d1Dump } from "../../support/d1.ts";

/** The text of the sendMessage calls carried out to `chatId`. */
export const textsTo = (api: FaultyApi, chatId: string | number) => api.doneOf("sendMessage", chatId).map((c) => String(c.body.text));

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
