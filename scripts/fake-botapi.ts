// `npm run fake-botapi`: a local stand-in for the Telegram and Zalo Bot APIs, to run the bots with
// no platform account and no network. It answers like the real APIs (scripts/fake-bot-api/) and
// prints what the bot sends. Point the app at it:
//   TELEGRAM_API_ROOT=http://127.0.0.1:9999/telegram   (any TELEGRAM_BOT_TOKEN)
//   ZALO_API_ROOT=http://127.0.0.1:9999/zalo           (any ZALO_BOT_TOKEN)
// A line typed here reaches the Zalo bot as a user's message, through getUpdates (`npm run zalo:poll`).
// FAKE_BOTAPI_PORT picks another port. Tokens are accepted as they come and never printed.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createInterface } from "node:readline";
import { LOCAL_TELEGRAM_BOT, telegramResult } from "./fake-bot-api/telegram.ts";
import { LOCAL_ZALO_BOT, ZaloBotState } from "./fake-bot-api/zalo.ts";

const port = Number(process.env.FAKE_BOTAPI_PORT ?? 9999);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error("fake-botapi: FAKE_BOTAPI_PORT must be a port number");
  process.exit(2);
}
const root = `http://127.0.0.1:${port}`;

// A long poll waits up to its own timeout (zalo:poll asks 30 s) for a typed line.
const zalo = new ZaloBotState(LOCAL_ZALO_BOT, 60_000);
let telegramMessageId = 0;
let zaloPolledAt = 0;
let zaloPollerAnnounced = false;
let typed = 0;

const print = (line: string) => process.stdout.write(`${line}\n`);
const indent = (text: string) => text.replace(/^(?=.)/gm, "  ");
const clip = (value: unknown) => {
  const s = JSON.stringify(value);
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
};

/** The buttons of a Telegram reply_markup, one row a line. */
function buttons(markup: unknown): string[] {
  const rows = (markup as { inline_keyboard?: { text: string }[][] } | undefined)?.inline_keyboard ?? [];
  return rows.map((row) => row.map((b) => `[${b.text}]`).join(" "));
}

function showTelegram(method: string, body: Record<string, any>) {
  switch (method) {
    case "sendMessage":
    case "editMessageText":
      print(`telegram ${method} → chat ${body.chat_id ?? body.inline_message_id}:`);
      print(indent(String(body.text ?? "")));
      for (const row of buttons(body.reply_markup)) print(`  ${row}`);
      return;
    case "sendChatAction":
      return print(`telegram sendChatAction → chat ${body.chat_id}: ${body.action}`);
    case "answerInlineQuery":
      return print(`telegram answerInlineQuery: ${(body.results ?? []).length} result(s)${(body.results ?? []).map((r: any) => `\n  ${r.title}`).join("")}`);
    case "getMe":
      return print(`telegram getMe → @${LOCAL_TELEGRAM_BOT.username}`);
    default:
      return print(`telegram ${method} ${clip(body)}`);
  }
}

function showZalo(method: string, body: Record<string, unknown>) {
  switch (method) {
    case "sendMessage":
      print(`zalo sendMessage → chat ${body.chat_id}:`);
      return print(indent(String(body.text ?? "")));
    case "sendChatAction":
      return print(`zalo sendChatAction → chat ${body.chat_id}: ${body.action}`);
    case "getUpdates":
      zaloPolledAt = Date.now();
      if (!zaloPollerAnnounced) print("zalo: a bot is polling getUpdates; type a message here to send it");
      zaloPollerAnnounced = true;
      return;
    default:
      return print(`zalo ${method} ${clip(body)}`);
  }
}

async function readBody(req: IncomingMessage): Promise<Record<string, any>> {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  if (!raw) return {};
  const value = JSON.parse(raw) as unknown;
  return value && typeof value === "object" ? (value as Record<string, any>) : {};
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

const server = createServer(async (req, res) => {
  const m = /^\/(telegram|zalo)\/bot[^/]+\/([A-Za-z]+)$/.exec(req.url ?? "");
  if (!m || req.method !== "POST") {
    return send(res, 404, { ok: false, error_code: 404, description: `Not Found: use ${root}/telegram or ${root}/zalo as the API root` });
  }
  const [, platform, method] = m as unknown as [string, "telegram" | "zalo", string];
  let body: Record<string, any>;
  try {
    body = await readBody(req);
  } catch {
    return send(res, 400, { ok: false, error_code: 400, description: "Bad Request: the body is not JSON" });
  }
  if (platform === "telegram") {
    showTelegram(method, body);
    return send(res, 200, { ok: true, result: telegramResult(method, body, LOCAL_TELEGRAM_BOT, () => ++telegramMessageId) });
  }
  showZalo(method, body);
  const reply = await zalo.reply(method, body);
  res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
  res.end(JSON.stringify(reply.body));
});

server.on("error", (err: NodeJS.ErrnoException) => {
  console.error(err.code === "EADDRINUSE" ? `fake-botapi: port ${port} is taken; set FAKE_BOTAPI_PORT` : `fake-botapi: ${err.message}`);
  process.exit(1);
});

server.listen(port, "127.0.0.1", () => {
  print(`fake-botapi: Telegram Bot API at ${root}/telegram, Zalo Bot API at ${root}/zalo (any token). Ctrl-C to stop.`);
  print("fake-botapi: what the bots send is printed here; a line typed here goes to the Zalo bot (npm run zalo:poll).");
});

// Each typed line: a private text message from a local user, for the Zalo bot's next getUpdates.
createInterface({ input: process.stdin }).on("line", (line) => {
  const text = line.trim();
  if (!text) return;
  const now = Date.now();
  zalo.queue({
    event_name: "message.text.received",
    message: {
      from: { id: "local-user", display_name: "Local user", is_bot: false },
      chat: { id: "local-user", chat_type: "PRIVATE" },
      text,
      message_id: `local${now.toString(16)}${(++typed).toString(16)}`,
      date: now,
    },
  });
  const polling = now - zaloPolledAt < 45_000;
  print(`zalo ← local-user: ${text}${polling ? "" : `  (queued: start ZALO_BOT_TOKEN=1:local ZALO_API_ROOT=${root}/zalo npm run zalo:poll)`}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    server.closeAllConnections(); // pending long polls too
    server.close(() => process.exit(0));
  });
