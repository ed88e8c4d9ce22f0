// A fake Telegram Bot API on 127.0.0.1 (random free port). It records every request (token,
// method, JSON body) and answers like the real one; it can be told to fail a method once (429
// with retry_after, 5xx, 400). Tests assert on exactly what the bot asked Telegram to do;
// `npm run loadtest -- --webhooks` counts the answers it was sent.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { telegramResult, type TelegramBotInfo } from "./telegram.ts";

export interface ApiCall {
  token: string;
  method: string;
  body: Record<string, any>;
}

export interface Failure {
  status: number;
  description: string;
  retryAfter?: number;
}

export interface FakeBotApi {
  /** The apiRoot to give grammY (no trailing slash). */
  url: string;
  calls: ApiCall[];
  /** Calls of one method, in order. */
  callsOf: (method: string) => ApiCall[];
  /** The next call of `method` fails with this error (once). */
  failOnce: (method: string, failure: Failure) => void;
  reset: () => void;
  stop: () => Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<Record<string, any>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (!raw) return {};
  if (!(req.headers["content-type"] ?? "").includes("json")) throw new Error(`fake Bot API: expected JSON, got ${req.headers["content-type"]}`);
  return JSON.parse(raw);
}

export async function startFakeBotApi(botInfo: Record<string, unknown>): Promise<FakeBotApi> {
  const calls: ApiCall[] = [];
  const failures = new Map<string, Failure[]>();
  let messageId = 5000;
  // The answers themselves are the ones `npm run fake-botapi` gives (telegram.ts).
  const result = (method: string, body: Record<string, any>) => telegramResult(method, body, botInfo as TelegramBotInfo, () => ++messageId);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    };
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url ?? "");
    if (!m || req.method !== "POST") return send(404, { ok: false, error_code: 404, description: "Not Found" });
    let body: Record<string, any>;
    try {
      body = await readJson(req);
    } catch (e) {
      return send(400, { ok: false, error_code: 400, description: (e as Error).message });
    }
    const [, token, method] = m as unknown as [string, string, string];
    calls.push({ token, method, body });
    const failure = failures.get(method)?.shift();
    if (failure) {
      return send(failure.status, {
        ok: false,
        error_code: failure.status,
        description: failure.description,
        ...(failure.retryAfter !== undefined && { parameters: { retry_after: failure.retryAfter } }),
      });
    }
    send(200, { ok: true, result: result(method, body) });
  };

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method),
    failOnce: (method, failure) => failures.set(method, [...(failures.get(method) ?? []), failure]),
    reset: () => {
      calls.length = 0;
      failures.clear();
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
