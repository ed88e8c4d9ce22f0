// `npm run telegram:setup`: points Telegram at the deployed worker and registers the commands.
//   TELEGRAM_BOT_TOKEN       the token from @BotFather
//   TELEGRAM_WEBHOOK_URL     https://<worker>/webhook/telegram (a bare origin gets the path added)
//   TELEGRAM_WEBHOOK_SECRET  1-256 of A-Z a-z 0-9 _ - ; the same value as the worker's secret
//   TELEGRAM_API_ROOT        optional, for a self-hosted Bot API server
// Steps: getMe (prints the TELEGRAM_BOT_INFO value to store as a secret), setWebhook with the
// secret and the update types the bot handles, setMyCommands in Vietnamese (also the default) and
// English. Prints no token.
import { Api, GrammyError } from "grammy";
import * as z from "zod";
import { commandList } from "../adapters/telegram/command-list.ts";
import { DEFAULT_API_ROOT } from "../adapters/telegram/config.ts";
import { scrub } from "../src/log.ts";

/** The update types the bot handles; Telegram sends nothing else. */
const ALLOWED_UPDATES = ["message", "callback_query", "inline_query"] as const;
const WEBHOOK_PATH = "/webhook/telegram";

function fail(message: string): never {
  console.error(`telegram:setup: ${message}`);
  process.exit(1);
}

const required = (name: string) => {
  const error = `${name} is not set (see adapters/telegram/README.md)`;
  return z.string({ error }).trim().min(1, { error, abort: true });
};

/** https only; a bare origin gets the webhook's path. */
const WebhookUrl = required("TELEGRAM_WEBHOOK_URL").transform((raw, ctx) => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    ctx.addIssue({ code: "custom", message: "TELEGRAM_WEBHOOK_URL is not a URL" });
    return z.NEVER;
  }
  if (url.protocol !== "https:") {
    ctx.addIssue({ code: "custom", message: "TELEGRAM_WEBHOOK_URL must use https (Telegram only delivers to https)" });
    return z.NEVER;
  }
  if (url.pathname === "/" || url.pathname === "") url.pathname = WEBHOOK_PATH;
  return url.toString();
});

/** The script's settings, from the environment; checked in this order, the first problem reported. */
const SetupSettings = z.object({
  TELEGRAM_BOT_TOKEN: required("TELEGRAM_BOT_TOKEN"),
  TELEGRAM_WEBHOOK_URL: WebhookUrl,
  TELEGRAM_WEBHOOK_SECRET: required("TELEGRAM_WEBHOOK_SECRET").regex(/^[A-Za-z0-9_-]{1,256}$/, "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ -"),
  TELEGRAM_API_ROOT: z
    .string()
    .optional()
    .transform((v) => (v?.trim() || DEFAULT_API_ROOT).replace(/\/+$/, "")),
});

async function main() {
  const parsed = SetupSettings.safeParse(process.env);
  if (!parsed.success) fail(parsed.error.issues[0]!.message);
  const { TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: url, TELEGRAM_WEBHOOK_SECRET: secret, TELEGRAM_API_ROOT: apiRoot } = parsed.data;
  const api = new Api(token, { apiRoot });

  const me = await api.getMe();
  console.log(`Bot: @${me.username} (id ${me.id})`);
  if (!me.supports_inline_queries) console.log("Note: inline mode is off. Turn it on with @BotFather: /setinline.");

  await api.setWebhook(url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES], max_connections: 40 });
  console.log(`Webhook: ${url} (updates: ${ALLOWED_UPDATES.join(", ")})`);

  await api.setMyCommands(commandList("vi"));
  await api.setMyCommands(commandList("vi"), { language_code: "vi" });
  await api.setMyCommands(commandList("en"), { language_code: "en" });
  console.log("Commands: set in Vietnamese (default) and English");

  console.log("\nStore the bot's identity so a cold start never calls getMe:");
  console.log("  npx wrangler secret put TELEGRAM_BOT_INFO");
  console.log("and paste this value:");
  console.log(JSON.stringify(me));
}

main().catch((e: unknown) => {
  const detail = e instanceof GrammyError ? `${e.method}: ${e.description}` : e instanceof Error ? e.message : String(e);
  fail(scrub(detail));
});
