// Bindings and secrets of the worker. Workers has no process.env: `env` is passed explicitly
// from the request context to whatever needs it. Every setting is optional so that `npm start`
// runs with no secrets; channels turn on when their secrets exist.
import * as z from "zod";

const optionalText = z
  .string()
  .optional()
  .transform((s) => (s?.trim() ? s.trim() : undefined));

export const Settings = z.object({
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_WEBHOOK_SECRET: optionalText,
  /** JSON of getMe's result, so a cold start never calls getMe. */
  TELEGRAM_BOT_INFO: optionalText,
  TELEGRAM_API_ROOT: optionalText,
  ZALO_BOT_TOKEN: optionalText,
  ZALO_WEBHOOK_SECRET: optionalText,
  ZALO_API_ROOT: optionalText,
  /** The Zalo bot's display name ("Trợ lý CCHC"): only used to remove "@name" from group messages. */
  ZALO_BOT_NAME: optionalText,
  /** Comma-separated API keys; when set, /api/* requires one as a Bearer token. */
  API_KEYS: optionalText,
  ALLOWED_ORIGINS: optionalText,
  ADMIN_TOKEN: optionalText,
  LOG_SALT: optionalText,
  /** The officials' Telegram group: declined citizen questions may be handed to it (adapters/chat/handoff). */
  HANDOFF_TELEGRAM_CHAT_ID: optionalText,
  /** JSON of the chat layer's time limits in ms (adapters/chat/timings.ts); tests shorten them. */
  CHAT_TIMINGS: optionalText,
});
export type Settings = z.infer<typeof Settings>;

/** What the Workers runtime (or the test pool) passes as `env`. */
export interface Env extends Partial<Record<keyof Settings, string>> {
  DB?: D1Database;
}

export type AppEnv = { Bindings: Env };

const cache = new WeakMap<object, Settings>();

/** Parsed settings; the parse is cached per env object (one per isolate in production). */
export function settings(env: Env | undefined): Settings {
  const key = env ?? {};
  let s = cache.get(key);
  if (!s) {
    s = Settings.parse({ ...key, DB: undefined });
    cache.set(key, s);
  }
  return s;
}
