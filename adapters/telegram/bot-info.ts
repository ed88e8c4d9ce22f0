// The bot's own account (getMe), which grammY needs before handling any update. Taken from
// TELEGRAM_BOT_INFO when set; otherwise fetched once per isolate and kept, so a cold start costs
// at most one getMe and a warm isolate none. A failed getMe is not cached.
import { Api } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { TelegramConfig } from "./config.ts";

const fetched = new Map<string, Promise<UserFromGetMe>>();

export function botInfoFor(config: TelegramConfig): Promise<UserFromGetMe> {
  if (config.botInfo) return Promise.resolve(config.botInfo);
  const key = `${config.apiRoot}\n${config.token}`;
  let info = fetched.get(key);
  if (!info) {
    info = new Api(config.token, { apiRoot: config.apiRoot }).getMe();
    info.catch(() => fetched.delete(key));
    fetched.set(key, info);
  }
  return info;
}
