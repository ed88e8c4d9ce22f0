// The whole app as production runs it, on loopback: `npm start` with every secret configured and
// both bot channels pointed at local fake Bot API servers (Telegram and Zalo). Used by
// `npm run loadtest -- --webhooks` and by the ops tests; plus the real-shaped updates they send.
import { startFakeBotApi, type FakeBotApi } from "../fake-bot-api/telegram-server.ts";
import { startFakeZalo, type FakeZalo } from "../fake-bot-api/zalo-server.ts";
import { startApp, type RunningApp } from "./start-app.ts";

/** Every secret the app knows, with values no log line may ever contain. */
export const SECRETS = {
  TELEGRAM_BOT_TOKEN: "7012345678:AAOpsTestTokenForLocalFakeBotApiQz91",
  TELEGRAM_WEBHOOK_SECRET: "ops-telegram-webhook-secret_5150",
  ZALO_BOT_TOKEN: "7391824650193847261:opsZaloTokenAbCdEfGhIjKlMnOpQrStUv",
  ZALO_WEBHOOK_SECRET: "ops-zalo-webhook-secret-7788",
  API_KEYS: "ops-api-key-one-1f2e3d4c,ops-api-key-two-4c5b6a79",
  ADMIN_TOKEN: "ops-admin-token-9a8b7c6d5e4f3a2b",
  LOG_SALT: "ops-log-salt-0f1e2d3c4b5a",
} as const;

export const API_KEY = SECRETS.API_KEYS.split(",")[0]!;

/** getMe's answer for the token above (its id is the token's prefix), given as TELEGRAM_BOT_INFO. */
export const TELEGRAM_BOT_INFO = {
  id: 7012345678,
  is_bot: true,
  first_name: "Trợ lý CCHC Thừa Thiên Huế",
  username: "cchc_tth_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
};

export interface Stack {
  app: RunningApp;
  telegram: FakeBotApi;
  zalo: FakeZalo;
  stop: () => Promise<void>;
}

/**
 * Starts both fake Bot APIs and `npm start` with every secret. `WRANGLER_LOG=log` so the app's
 * info lines (console.log: one per request) reach the captured output as they do in production logs.
 */
export async function startStack(extra: Record<string, string> = {}): Promise<Stack> {
  const telegram = await startFakeBotApi(TELEGRAM_BOT_INFO);
  const zalo = await startFakeZalo(SECRETS.ZALO_BOT_TOKEN);
  let app: RunningApp;
  try {
    app = await startApp({
      ...SECRETS,
      TELEGRAM_API_ROOT: telegram.url,
      TELEGRAM_BOT_INFO: JSON.stringify(TELEGRAM_BOT_INFO),
      ZALO_API_ROOT: zalo.url,
      WRANGLER_LOG: "log",
      CLOUDFLARE_CF_FETCH_ENABLED: "false",
      ...extra,
    });
  } catch (e) {
    await telegram.stop();
    await zalo.close();
    throw e;
  }
  return {
    app,
    telegram,
    zalo,
    stop: async () => {
      await app.stop();
      await telegram.stop();
      await zalo.close();
    },
  };
}

/** A private Telegram text message from user `userId` (chat id = user id), real shape. */
export function telegramText(updateId: number, userId: number, text: string, username = "lan_nguyen_vp") {
  return {
    update_id: updateId,
    message: {
      message_id: 1000 + (updateId % 100_000),
      from: { id: userId, is_bot: false, first_name: "Lan", last_name: "Nguyễn", username, language_code: "vi" },
      chat: { id: userId, first_name: "Lan", last_name: "Nguyễn", username, type: "private" },
      date: 1735614000,
      text,
    },
  };
}

/** A private Zalo text message (unwrapped delivery, as working clients receive it). */
export function zaloText(messageId: string, userId: string, text: string, displayName = "Nguyễn Văn A") {
  return {
    event_name: "message.text.received",
    message: {
      from: { id: userId, display_name: displayName, is_bot: false },
      chat: { id: userId, chat_type: "PRIVATE" },
      text,
      message_id: messageId,
      date: 1750316131602,
    },
  };
}

export function postTelegram(appUrl: string, body: unknown, secret: string | null = SECRETS.TELEGRAM_WEBHOOK_SECRET): Promise<Response> {
  return fetch(`${appUrl}/webhook/telegram`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret !== null && { "X-Telegram-Bot-Api-Secret-Token": secret }) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export function postZalo(appUrl: string, body: unknown, secret: string | null = SECRETS.ZALO_WEBHOOK_SECRET): Promise<Response> {
  return fetch(`${appUrl}/webhook/zalo`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret !== null && { "X-Bot-Api-Secret-Token": secret }) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
