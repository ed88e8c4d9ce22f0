// Who the bot is (getMe): its id (to see replies to it) and username (mentions, "/help@bot",
// the help text). From TELEGRAM_BOT_INFO when set, so no update waits for the Bot API; otherwise
// fetched once per isolate and kept. A getMe that fails or hangs is dropped after its time limit,
// so the next update tries again instead of waiting on it; meanwhile the bot knows its id (the
// token's first part) but not its username.
import type { UserFromGetMe } from "grammy/types";
import { log } from "../../src/log.ts";
import { within } from "../chat/timings.ts";
import type { TelegramConfig } from "./config.ts";
import { apiFor, forGrammy } from "./transport.ts";

export interface BotIdentity {
  id: number;
  /** Unknown while getMe has not answered. */
  username?: string;
}

const fetched = new Map<string, Promise<UserFromGetMe>>();

export async function botIdentity(config: TelegramConfig, timeoutMs: number): Promise<BotIdentity> {
  if (config.botInfo) return config.botInfo;
  const key = `${config.apiRoot}\n${config.token}`;
  let info = fetched.get(key);
  if (!info) {
    info = apiFor(config).getMe(forGrammy(AbortSignal.timeout(timeoutMs)));
    const mine = info;
    info.catch(() => {
      if (fetched.get(key) === mine) fetched.delete(key);
    });
    fetched.set(key, info);
  }
  try {
    return await within(info, timeoutMs, "getMe");
  } catch (e) {
    log("warn", "telegram.getme_failed", { error: (e instanceof Error ? e.message : String(e)).slice(0, 200), note: "answering without the bot's username" });
    return { id: Number(config.token.split(":")[0]) || 0 };
  }
}
