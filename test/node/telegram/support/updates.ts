// Real-shaped Telegram updates from fixtures/, each delivery with a fresh update_id unless the
// test wants a redelivery, and the POST that Telegram makes to the webhook.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");

export const TOKEN = "7012345678:AAFakeTokenForTheLocalFakeBotApi_x9";
export const SECRET = "local-test_secret-42";
export const BOT_INFO = JSON.parse(readFileSync(join(FIXTURES, "bot-info.json"), "utf8")) as { id: number; username: string; first_name: string };

let nextId = 100_000 + Math.floor(Math.random() * 1_000_000);

export type Update = Record<string, any> & { update_id: number };

/** A fixture with a fresh update_id; `edit` adjusts the copy (e.g. the text). */
export function update(name: string, edit: (u: Update) => void = () => {}): Update {
  const u = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8")) as Update;
  u.update_id = nextId++;
  edit(u);
  return u;
}

/** A text message fixture with another text (entities cleared unless given). */
export function textMessage(name: string, text: string, entities?: unknown[]): Update {
  return update(name, (u) => {
    u.message.text = text;
    if (entities) u.message.entities = entities;
    else delete u.message.entities;
  });
}

export function command(name: string, extra: (u: Update) => void = () => {}): Update {
  return update("command", (u) => {
    u.message.text = `/${name}`;
    u.message.entities = [{ offset: 0, length: name.length + 1, type: "bot_command" }];
    extra(u);
  });
}

/** POSTs an update the way Telegram does; `secret: null` leaves the header out. */
export async function deliver(appUrl: string, body: unknown, secret: string | null = SECRET): Promise<Response> {
  return fetch(`${appUrl}/webhook/telegram`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret !== null && { "X-Telegram-Bot-Api-Secret-Token": secret }) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** The settings `npm start` gets for a bot pointed at the fake Bot API. */
export function botSettings(apiRoot: string): Record<string, string> {
  return {
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_ROOT: apiRoot,
    TELEGRAM_BOT_INFO: JSON.stringify(BOT_INFO),
    LOG_SALT: "test-log-salt",
    // wrangler dev would fetch https://workers.cloudflare.com/cf.json: no network in tests.
    CLOUDFLARE_CF_FETCH_ENABLED: "false",
  };
}
