// `npm run telegram:setup` against the fake Bot API: getMe, setWebhook with the secret and the
// update types the bot handles, setMyCommands in Vietnamese and English; the token is never printed.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { startFakeBotApi, type FakeBotApi } from "./support/fake-bot-api.ts";
import { BOT_INFO, SECRET, TOKEN } from "./support/updates.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
let api: FakeBotApi;

beforeAll(async () => {
  api = await startFakeBotApi(BOT_INFO);
});
afterAll(() => api?.stop());
beforeEach(() => api.reset());

/** Runs the script (asynchronously: the fake Bot API lives in this process). */
function setup(env: Record<string, string>): Promise<{ status: number | null; out: string }> {
  const child = spawn(join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/telegram-setup.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TELEGRAM_API_ROOT: api.url, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, out })));
}

const ENV = { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_WEBHOOK_URL: "https://cchc-assistant.example.workers.dev" };

it("registers the webhook and the commands, and prints the TELEGRAM_BOT_INFO value", async () => {
  const { status, out } = await setup(ENV);
  expect(status, out).toBe(0);
  expect(api.calls.map((c) => c.method)).toEqual(["getMe", "setWebhook", "setMyCommands", "setMyCommands", "setMyCommands"]);
  expect(api.calls.every((c) => c.token === TOKEN)).toBe(true);
  expect(api.callsOf("setWebhook")[0]!.body).toMatchObject({
    url: "https://cchc-assistant.example.workers.dev/webhook/telegram",
    secret_token: SECRET,
    allowed_updates: ["message", "callback_query", "inline_query"],
  });
  const commands = api.callsOf("setMyCommands").map((c) => c.body);
  type Command = { command: string; description: string };
  const byLang: Record<string, Command[]> = Object.fromEntries(commands.map((b) => [b.language_code ?? "default", b.commands as Command[]]));
  expect(Object.keys(byLang).sort()).toEqual(["default", "en", "vi"]);
  for (const list of Object.values(byLang)) {
    expect(list.map((c) => c.command)).toEqual(["start", "help", "chude", "nguon", "moi"]);
    for (const c of list) expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
  }
  expect(byLang.vi!.find((c) => c.command === "chude")!.description).toMatch(/chủ đề/);
  expect(byLang.en!.find((c) => c.command === "chude")!.description).toMatch(/topics/);
  expect(out).toContain(JSON.stringify(BOT_INFO));
  expect(out).toContain("wrangler secret put TELEGRAM_BOT_INFO");
  expect(out).not.toContain(TOKEN);
});

it("refuses a secret Telegram would reject, an http URL, or a missing token, before calling anything", async () => {
  for (const env of [
    { ...ENV, TELEGRAM_WEBHOOK_SECRET: "has spaces and ümlauts" },
    { ...ENV, TELEGRAM_WEBHOOK_URL: "http://cchc-assistant.example.workers.dev/webhook/telegram" },
    { ...ENV, TELEGRAM_BOT_TOKEN: "" },
  ]) {
    const { status, out } = await setup(env);
    expect(status, out).toBe(1);
    expect(out).toMatch(/^telegram:setup: /m);
  }
  expect(api.calls).toEqual([]);
});

it("reports a Bot API refusal without the token", async () => {
  api.failOnce("setWebhook", { status: 400, description: "Bad Request: bad webhook: HTTPS url must be provided for webhook" });
  const { status, out } = await setup(ENV);
  expect(status).toBe(1);
  expect(out).toContain("setWebhook: Bad Request: bad webhook");
  expect(out).not.toContain(TOKEN);
});
