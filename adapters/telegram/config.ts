// The Telegram channel's settings, read from the worker's env. The channel is on only when both
// the bot token and the webhook secret are set.
import type { UserFromGetMe } from "grammy/types";
import * as z from "zod";
import { settings, type Env } from "../../src/env.ts";
import { log } from "../../src/log.ts";

export const DEFAULT_API_ROOT = "https://api.telegram.org";

export interface TelegramConfig {
  token: string;
  secret: string;
  /** Without a trailing slash: grammY builds `${apiRoot}/bot${token}/${method}`. */
  apiRoot: string;
  /** From TELEGRAM_BOT_INFO; when absent, getMe is called once per isolate. */
  botInfo?: UserFromGetMe;
}

/** The fields of getMe's result the bot relies on; the rest is kept as given. */
const BotInfo = z.looseObject({
  id: z.number().int().positive(),
  is_bot: z.literal(true),
  first_name: z.string(),
  username: z.string().min(1),
});

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    // A .env file's double-quoted value keeps its backslashes (wrangler's dotenv only unescapes
    // \n): `TELEGRAM_BOT_INFO="{\"id\":1,…}"` arrives as `{\"id\":1,…}`.
    try {
      return JSON.parse(raw.replace(/\\(["\\])/g, "$1"));
    } catch {
      return undefined;
    }
  }
}

function parseBotInfo(raw: string | undefined): UserFromGetMe | undefined {
  if (!raw) return undefined;
  const parsed = BotInfo.safeParse(parseJson(raw));
  if (parsed.success) return parsed.data as unknown as UserFromGetMe;
  log("warn", "telegram.bot_info_invalid", { hint: "TELEGRAM_BOT_INFO is not getMe's JSON; calling getMe instead" });
  return undefined;
}

function parseApiRoot(raw: string | undefined): string {
  if (!raw) return DEFAULT_API_ROOT;
  try {
    const url = new URL(raw);
    if (url.protocol === "https:" || url.protocol === "http:") return raw.replace(/\/+$/, "");
  } catch {}
  log("warn", "telegram.api_root_invalid", { hint: "TELEGRAM_API_ROOT is not an http(s) URL; using the official one" });
  return DEFAULT_API_ROOT;
}

const cache = new WeakMap<object, TelegramConfig | null>();

/** The channel's settings, or null when it is off. Parsed once per env object (per isolate). */
export function telegramConfig(env: Env | undefined): TelegramConfig | null {
  const key = env ?? {};
  if (cache.has(key)) return cache.get(key)!;
  const s = settings(env);
  const config =
    s.TELEGRAM_BOT_TOKEN && s.TELEGRAM_WEBHOOK_SECRET
      ? { token: s.TELEGRAM_BOT_TOKEN, secret: s.TELEGRAM_WEBHOOK_SECRET, apiRoot: parseApiRoot(s.TELEGRAM_API_ROOT), botInfo: parseBotInfo(s.TELEGRAM_BOT_INFO) }
      : null;
  cache.set(key, config);
  return config;
}
