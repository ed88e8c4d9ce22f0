// `npm run zalo:setup -- https://<your worker>`: points the Zalo bot at this app's webhook.
// Checks the token (getMe), calls setWebhook with the URL and ZALO_WEBHOOK_SECRET, then prints
// what Zalo now has (getWebhookInfo). The URL is the app's base URL (/webhook/zalo is added) or
// the full webhook URL; it may also come from ZALO_WEBHOOK_URL.
// Settings: ZALO_BOT_TOKEN, ZALO_WEBHOOK_SECRET (8–256 characters), ZALO_API_ROOT, from .dev.vars
// or the environment. The token is never printed.
import * as z from "zod";
import { ZaloClient, ZaloError } from "../adapters/zalo/index.ts";
import { devSettings } from "../adapters/zalo/dev-settings.ts";

const WEBHOOK_PATH = "/webhook/zalo";

/** The webhook URL given (argument or ZALO_WEBHOOK_URL): https only; a bare origin gets the path. */
const WebhookUrl = z.string().transform((given, ctx) => {
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    ctx.addIssue({ code: "custom", message: `"${given}" is not a URL` });
    return z.NEVER;
  }
  if (url.protocol !== "https:") {
    ctx.addIssue({ code: "custom", message: "the webhook URL must be https:// (Zalo delivers to HTTPS only)" });
    return z.NEVER;
  }
  if (url.pathname === "/" || url.pathname === "") url.pathname = WEBHOOK_PATH;
  return url.href;
});

const fail = (message: string, code = 1): never => {
  console.error(`zalo:setup: ${message}`);
  process.exit(code);
};

const s = devSettings();
const given = process.argv.slice(2).find((a) => !a.startsWith("-")) ?? s.raw.ZALO_WEBHOOK_URL;
if (!s.ZALO_BOT_TOKEN) fail("set ZALO_BOT_TOKEN (in .dev.vars or the environment)", 2);
if (!s.ZALO_WEBHOOK_SECRET) fail("set ZALO_WEBHOOK_SECRET, 8–256 characters (the same value as the worker's secret)", 2);
if (!given) fail("usage: npm run zalo:setup -- https://your-worker.example.workers.dev  (or set ZALO_WEBHOOK_URL)", 2);

const parsedUrl = WebhookUrl.safeParse(given);
const url = parsedUrl.success ? parsedUrl.data : fail(parsedUrl.error.issues[0]!.message);

try {
  const client = new ZaloClient(s.ZALO_BOT_TOKEN!, { apiRoot: s.ZALO_API_ROOT });
  const me = await client.getMe();
  console.log(`bot: ${me.display_name ?? me.account_name ?? "(no name)"} (id ${me.id}${me.account_type ? `, ${me.account_type}` : ""})`);
  await client.setWebhook({ url, secret_token: s.ZALO_WEBHOOK_SECRET! });
  const info = await client.getWebhookInfo();
  console.log(`webhook: ${info.url || "(none)"}`);
  if (info.updated_at) console.log(`updated: ${new Date(info.updated_at).toISOString()}`);
  if (info.url !== url) fail(`Zalo reports ${info.url ? `"${info.url}"` : "no webhook"}, not "${url}"`);
} catch (err) {
  fail(err instanceof ZaloError || err instanceof Error ? err.message : String(err));
}
