// A fake Zalo Bot API on 127.0.0.1 (random port) for tests and `npm run loadtest -- --webhooks`:
// answers every method the way the documentation shows, records every request, and can be
// scripted per method (and per chat): "429 then ok", "always 401", queued updates for getUpdates.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { ZaloBotState, zaloError, type FakeReply } from "./zalo.ts";

export type { FakeReply };

export interface Call {
  method: string;
  /** Whether the request carried the expected token. */
  tokenOk: boolean;
  body: Record<string, unknown>;
  /** What the fake answered (0 while the answer is pending). */
  status: number;
  ok: boolean;
}

interface Script {
  method: string;
  match: (body: Record<string, unknown>) => boolean;
  replies: FakeReply[];
  /** Keep answering with the last reply once the others are used. */
  sticky: boolean;
}

export const BOT_INFO = { id: "2291837465019283746", account_name: "bot.CchcHue", display_name: "Trợ lý CCHC", account_type: "BASIC", can_join_groups: true };

export const apiError = zaloError;

export interface FakeZalo {
  url: string;
  calls: Call[];
  /** Calls of `method` (optionally for one chat_id). */
  callsTo(method: string, chatId?: string): Call[];
  /** The next requests of `method` matching `match` get `replies` in order (the last one repeats if sticky). */
  script(method: string, replies: FakeReply[], options?: { match?: (body: Record<string, unknown>) => boolean; sticky?: boolean }): void;
  /** Updates getUpdates hands out, one per call (the documented shape: `result` is one update). */
  queueUpdates(...updates: unknown[]): void;
  /** Resolves when `predicate(calls)` holds; rejects after `timeoutMs` with what was recorded. */
  waitFor(predicate: (calls: Call[]) => boolean, timeoutMs?: number): Promise<void>;
  /** Forgets calls, scripts and queued updates. */
  reset(): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === "object" ? (v as Record<string, unknown>) : { _raw: raw };
  } catch {
    return { _raw: raw };
  }
}

export async function startFakeZalo(token: string, options: { emptyPollMs?: number } = {}): Promise<FakeZalo> {
  const calls: Call[] = [];
  const scripts: Script[] = [];
  // The documented answers (the ones `npm run fake-botapi` gives): zalo.ts.
  const bot = new ZaloBotState(BOT_INFO, options.emptyPollMs ?? 150);
  const defaultReply = (method: string, body: Record<string, unknown>) => bot.reply(method, body);

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url ?? "");
    const body = await readBody(req);
    const method = m?.[2] ?? "(bad path)";
    const tokenOk = m !== null && decodeURIComponent(m[1]!) === token;
    // Recorded on arrival (an answer may be held back, as an empty long poll is).
    const call: Call = { method, tokenOk, body, status: 0, ok: false };
    calls.push(call);
    let reply: FakeReply;
    if (!m || req.method !== "POST") reply = apiError(404, "Not Found");
    else if (!tokenOk) reply = apiError(401, "Unauthorized");
    else {
      const script = scripts.find((s) => s.method === method && s.match(body) && s.replies.length > 0);
      if (script) reply = script.sticky && script.replies.length === 1 ? script.replies[0]! : script.replies.shift()!;
      else reply = await defaultReply(method, body);
    }
    const status = reply.status ?? 200;
    call.status = status;
    call.ok = status === 200 && (reply.body as { ok?: boolean })?.ok === true;
    res.writeHead(status, { "content-type": "application/json", ...reply.headers });
    res.end(typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    callsTo: (method, chatId) => calls.filter((c) => c.method === method && (chatId === undefined || c.body.chat_id === chatId)),
    script: (method, replies, opts = {}) =>
      scripts.push({ method, replies: [...replies], match: opts.match ?? (() => true), sticky: opts.sticky ?? false }),
    queueUpdates: (...u) => bot.queue(...u),
    waitFor: async (predicate, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(calls)) {
        if (Date.now() > deadline) throw new Error(`fake Zalo: condition not met; calls: ${JSON.stringify(calls.map((c) => [c.method, c.status, c.body.chat_id]))}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    reset: () => {
      calls.length = 0;
      scripts.length = 0;
      bot.updates.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
