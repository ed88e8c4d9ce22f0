// A Bot API stand-in on 127.0.0.1 that can misbehave: Telegram and Zalo share the envelope
// ({ok, result, error_code, description}) and the URL shape (/bot<token>/<method>), so one server
// serves either, with the answers of scripts/fake-bot-api (what `npm run fake-botapi` gives).
// Faults are scripted per method (optionally per chat), used in order:
//   hang         the request is carried out, its answer never comes (the connection stays open)
//   slow         carried out, answered after `ms`
//   reset        the connection is dropped on arrival: not carried out
//   html502      a proxy's HTML error page with status 502: not carried out
//   garbage200   carried out, answered 200 with a body that is not JSON
//   {status}     a Bot API error (429 with retry_after, 500, 400…): not carried out
// `done` lists the calls carried out (what the user would see); `calls` every request.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { telegramResult, type TelegramBotInfo } from "../../../../scripts/fake-bot-api/telegram.ts";
import { ZaloBotState } from "../../../../scripts/fake-bot-api/zalo.ts";

export type Fault =
  | "hang"
  | "reset"
  | "html502"
  | "garbage200"
  | { slowMs: number }
  | { status: number; description?: string; retryAfter?: number };

export interface Call {
  method: string;
  body: Record<string, any>;
  /** ms since the server started. */
  at: number;
}

export interface FaultyApi {
  url: string;
  calls: Call[];
  /** Calls carried out, in order. */
  done: Call[];
  doneOf(method: string, chatId?: string | number): Call[];
  /** The next calls of `method` (to `chatId`, when given) meet these faults, one each. */
  fail(method: string, faults: Fault[], chatId?: string | number): void;
  waitFor(predicate: () => boolean, timeoutMs?: number, what?: string): Promise<void>;
  reset(): void;
  stop(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Record<string, any>> {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    return {};
  }
}

export async function startFaultyApi(kind: "telegram" | "zalo", botInfo: Record<string, unknown>): Promise<FaultyApi> {
  const started = Date.now();
  const calls: Call[] = [];
  const done: Call[] = [];
  const scripts: { method: string; chatId?: string; faults: Fault[] }[] = [];
  let messageId = 7000;
  const zalo = new ZaloBotState(botInfo, 50);
  const answer = async (method: string, body: Record<string, any>): Promise<{ status: number; body: unknown }> => {
    if (kind === "telegram") return { status: 200, body: { ok: true, result: telegramResult(method, body, botInfo as TelegramBotInfo, () => ++messageId) } };
    const r = await zalo.reply(method, body);
    return { status: r.status ?? 200, body: r.body };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url ?? "");
    const method = m?.[2] ?? "(bad path)";
    const body = await readBody(req);
    const call: Call = { method, body, at: Date.now() - started };
    calls.push(call);
    const script = scripts.find((s) => s.method === method && (s.chatId === undefined || String(body.chat_id) === s.chatId) && s.faults.length);
    const fault = script?.faults.shift();
    const send = (status: number, payload: unknown, raw = false) => {
      if (res.destroyed) return;
      res.writeHead(status, { "content-type": raw ? "text/html" : "application/json" });
      res.end(raw ? String(payload) : JSON.stringify(payload));
    };
    if (fault === "reset") return void req.socket.destroy();
    if (fault === "html502") return send(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", true);
    if (fault && typeof fault === "object" && "status" in fault) {
      return send(fault.status, {
        ok: false,
        error_code: fault.status,
        description: fault.description ?? "error",
        ...(fault.retryAfter !== undefined && { parameters: { retry_after: fault.retryAfter } }),
      });
    }
    // Carried out from here on.
    done.push(call);
    const reply = await answer(method, body);
    if (fault === "hang") return;
    if (fault === "garbage200") return send(200, "<<not json>>", true);
    if (fault && typeof fault === "object" && "slowMs" in fault) await new Promise((r) => setTimeout(r, fault.slowMs));
    send(reply.status, reply.body);
  };

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    done,
    doneOf: (method, chatId) => done.filter((c) => c.method === method && (chatId === undefined || String(c.body.chat_id) === String(chatId))),
    fail: (method, faults, chatId) => scripts.push({ method, faults: [...faults], chatId: chatId === undefined ? undefined : String(chatId) }),
    waitFor: async (predicate, timeoutMs = 15_000, what = "condition") => {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; calls: ${JSON.stringify(calls.map((c) => [c.method, c.body.chat_id]))}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    reset: () => {
      calls.length = 0;
      done.length = 0;
      scripts.length = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
