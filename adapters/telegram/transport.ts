// Sending to the Telegram Bot API through grammY's Api, with the delivery discipline's view of
// what went wrong. grammY reads every answer as JSON and wraps any network failure alike, so the
// fetch it is given tells the cases apart first:
// - our time limit ran out (the request may have arrived)  → unknown, never repeated;
// - the connection failed before any answer               → not done, retried;
// - a 5xx or 429 whose body is not JSON (a proxy's page)   → read as that HTTP error, not done;
// - a 2xx whose body cannot be read                       → unknown (it was probably done).
// Bot API errors then map by code: 429 (with retry_after) and 5xx are not done, others refused.
import { Api, GrammyError, HttpError } from "grammy";
import { scrub } from "../../src/log.ts";
import { DeliveryError } from "../chat/delivery.ts";
import type { TelegramConfig } from "./config.ts";

class TimedOut extends Error {}
class ConnectionFailed extends Error {}
class Unreadable extends Error {}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

function describe(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  return scrub(`${e.message}${e.cause instanceof Error ? `: ${e.cause.message}` : ""}`).slice(0, 200);
}

/** The fetch grammY uses: classifies what the plain fetch cannot say. */
const classifyingFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const signal = init?.signal ?? undefined;
  let res: Response;
  try {
    res = await fetch(input, init);
  } catch (e) {
    if (signal?.aborted) throw new TimedOut("no answer within the time limit");
    throw new ConnectionFailed(describe(e));
  }
  let raw: string;
  try {
    raw = await res.text();
  } catch (e) {
    if (signal?.aborted) throw new TimedOut("the answer did not finish within the time limit");
    throw new Unreadable(`HTTP ${res.status}, the answer broke off: ${describe(e)}`);
  }
  try {
    JSON.parse(raw);
    return new Response(raw, { status: res.status, headers: { "content-type": "application/json" } });
  } catch {
    if (res.status >= 400) return json(res.status, { ok: false, error_code: res.status, description: `HTTP ${res.status}, body is not JSON` });
    throw new Unreadable(`HTTP ${res.status}, body is not JSON`);
  }
};

const apis = new Map<string, Api>();

/** One Api per token and root (per isolate). grammY's own timeout is a backstop: ours come per call. */
export function apiFor(config: TelegramConfig): Api {
  const key = `${config.apiRoot}\n${config.token}`;
  let api = apis.get(key);
  if (!api) {
    api = new Api(config.token, { apiRoot: config.apiRoot, fetch: classifyingFetch as typeof fetch, timeoutSeconds: 120 });
    apis.set(key, api);
  }
  return api;
}

/** Any failure of a grammY call, as the delivery discipline reads it. */
export function toDeliveryError(e: unknown, method: string): DeliveryError {
  if (e instanceof DeliveryError) return e;
  if (e instanceof GrammyError) {
    const code = e.error_code;
    const retryAfter = e.parameters?.retry_after;
    const detail = { code, description: scrub(e.description ?? "").slice(0, 200) };
    if (code === 429) return new DeliveryError("not-done", method, "rate-limited", { ...detail, retryAfterMs: retryAfter !== undefined ? retryAfter * 1000 : undefined });
    if (code >= 500) return new DeliveryError("not-done", method, "server-error", detail);
    return new DeliveryError("rejected", method, "rejected", detail);
  }
  const inner = e instanceof HttpError ? e.error : e;
  if (inner instanceof ConnectionFailed) return new DeliveryError("not-done", method, "network", { description: inner.message });
  if (inner instanceof TimedOut) return new DeliveryError("unknown", method, "timeout", { description: inner.message });
  if (inner instanceof Unreadable) return new DeliveryError("unknown", method, "bad-answer", { description: inner.message });
  return new DeliveryError("unknown", method, "error", { description: describe(inner) });
}

/** grammY's Node typings name their own AbortSignal (a polyfill); the runtime's is what it uses. */
type GrammySignal = Parameters<Api["getMe"]>[0];
export const forGrammy = (signal: AbortSignal) => signal as unknown as GrammySignal;

/** Runs one grammY call, translating its failure. */
export async function call<T>(method: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw toDeliveryError(e, method);
  }
}
