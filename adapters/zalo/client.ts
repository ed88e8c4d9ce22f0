// A small typed client for the Zalo Bot Platform API. Every method POSTs JSON to
// `${apiRoot}/bot${token}/${method}` and reads the `{ok, result, error_code, description}`
// envelope: parameters are checked with zod before sending, results are validated after, and a
// failure becomes a ZaloApiError carrying `error_code` and `description`. Transient failures are
// retried per `RetryPolicy`. The token lives in a private field and is redacted from anything
// that leaves the client (errors, logs).
import * as z from "zod";
import { log, scrub } from "../../src/log.ts";
import { ZaloApiError, ZaloNetworkError, ZaloRequestError } from "./errors.ts";
import { DEFAULT_RETRY, retryDelay, type RetryPolicy } from "./retry.ts";
import {
  BotInfo,
  ChatActionResult,
  Envelope,
  GetUpdatesParams,
  SendChatActionParams,
  SendMessageParams,
  SendPhotoParams,
  SentMessage,
  SetWebhookParams,
  WebhookInfo,
} from "./schemas.ts";
import { ZaloUpdate } from "./updates.ts";

export const DEFAULT_API_ROOT = "https://bot-api.zaloplatforms.com";
const DEFAULT_TIMEOUT_MS = 10_000;
/** Methods that change nothing (or nothing twice): safe to repeat after a timeout. */
const REPEATABLE = new Set(["getMe", "getUpdates", "getWebhookInfo", "setWebhook", "deleteWebhook"]);
const DEFAULT_POLL_SECONDS = 30;

export interface ZaloClientOptions {
  /** Base URL without the `/bot<token>` part. Default https://bot-api.zaloplatforms.com. */
  apiRoot?: string;
  /** Overrides of DEFAULT_RETRY. `{ maxAttempts: 1 }` turns retries off. */
  retry?: Partial<RetryPolicy>;
  /** How long one HTTP request may take, in ms (getUpdates adds its long-poll time). Default 10 000. */
  timeoutMs?: number;
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
  /** How to wait between attempts (default: an abortable timer). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface CallOptions {
  /** Aborts the request and any wait between attempts; the abort reason is thrown as is. */
  signal?: AbortSignal;
}

interface CallSettings extends CallOptions {
  timeoutMs?: number;
  /** Errors thrown at once, whatever the retry policy says. */
  final?: (err: unknown) => boolean;
}

const sleepFor = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });

function checked<S extends z.ZodType>(method: string, schema: S, params: unknown): z.infer<S> {
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new ZaloRequestError(method, `${issue.path.join(".") || "params"}: ${issue.message}`);
}

/** getUpdates answers with one update, a list of them, or nothing. */
const UpdatesResult = z.unknown().transform((result): unknown[] => {
  if (result === null || result === undefined) return [];
  if (Array.isArray(result)) return result;
  if (typeof result === "object" && Object.keys(result).length === 0) return [];
  return [result];
});

export class ZaloClient {
  readonly apiRoot: string;
  readonly #token: string;
  readonly #retry: RetryPolicy;
  readonly #timeoutMs: number;
  readonly #fetch: typeof fetch;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(token: string, options: ZaloClientOptions = {}) {
    if (!/^[^\s/?#]+$/.test(token ?? "")) throw new TypeError("ZaloClient: the bot token is empty or holds characters a URL path cannot carry");
    let root: URL;
    try {
      root = new URL(options.apiRoot ?? DEFAULT_API_ROOT);
    } catch {
      throw new TypeError("ZaloClient: apiRoot is not a URL");
    }
    if (root.protocol !== "https:" && root.protocol !== "http:") throw new TypeError("ZaloClient: apiRoot must be an http(s) URL");
    this.apiRoot = root.href.replace(/\/+$/, "");
    this.#token = token;
    this.#retry = { ...DEFAULT_RETRY, ...options.retry };
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#fetch = options.fetch ?? ((...args) => fetch(...args));
    this.#sleep = options.sleep ?? sleepFor;
  }

  /** Checks the token; the bot's id and names. */
  async getMe(options?: CallOptions): Promise<BotInfo> {
    return this.#call("getMe", {}, BotInfo, options);
  }

  /**
   * Long polling: waits up to `timeout` seconds (default 30) for updates. An empty poll (the API
   * answers 408) gives []. Fails while a webhook is set: call deleteWebhook first.
   */
  async getUpdates(params: GetUpdatesParams = {}, options?: CallOptions): Promise<ZaloUpdate[]> {
    const { timeout = DEFAULT_POLL_SECONDS } = checked("getUpdates", GetUpdatesParams, params);
    const isEmptyPoll = (err: unknown) => err instanceof ZaloApiError && err.errorCode === 408;
    let items: unknown[];
    try {
      // The documented type of `timeout` is String.
      items = await this.#call("getUpdates", { timeout: String(timeout) }, UpdatesResult, {
        ...options,
        timeoutMs: this.#timeoutMs + timeout * 1000,
        final: isEmptyPoll,
      });
    } catch (err) {
      if (isEmptyPoll(err)) return [];
      throw err;
    }
    const updates: ZaloUpdate[] = [];
    for (const item of items) {
      const parsed = ZaloUpdate.safeParse(item);
      if (parsed.success) updates.push(parsed.data);
      else log("warn", "zalo.update_invalid", { method: "getUpdates", issue: parsed.error.issues[0]?.message });
    }
    return updates;
  }

  /** Deliveries go to `url` (https) with header X-Bot-Api-Secret-Token: `secret_token`. */
  async setWebhook(params: SetWebhookParams, options?: CallOptions): Promise<WebhookInfo> {
    return this.#call("setWebhook", checked("setWebhook", SetWebhookParams, params), WebhookInfo, options);
  }

  async deleteWebhook(options?: CallOptions): Promise<WebhookInfo> {
    return this.#call("deleteWebhook", {}, WebhookInfo, options);
  }

  async getWebhookInfo(options?: CallOptions): Promise<WebhookInfo> {
    return this.#call("getWebhookInfo", {}, WebhookInfo, options);
  }

  /** Plain text, 1–2000 characters. */
  async sendMessage(params: SendMessageParams, options?: CallOptions): Promise<SentMessage> {
    return this.#call("sendMessage", checked("sendMessage", SendMessageParams, params), SentMessage, options);
  }

  async sendPhoto(params: SendPhotoParams, options?: CallOptions): Promise<SentMessage> {
    return this.#call("sendPhoto", checked("sendPhoto", SendPhotoParams, params), SentMessage, options);
  }

  async sendChatAction(params: SendChatActionParams, options?: CallOptions): Promise<true> {
    return this.#call("sendChatAction", checked("sendChatAction", SendChatActionParams, params), ChatActionResult, options);
  }

  /** Text that may contain the token (URLs in error causes, echoed descriptions), made safe. */
  #redact(text: string): string {
    return scrub(text.split(this.#token).join("<redacted>"));
  }

  async #call<S extends z.ZodType>(method: string, params: object, result: S, settings: CallSettings = {}): Promise<z.output<S>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#once(method, params, result, settings);
      } catch (err) {
        if (settings.signal?.aborted || settings.final?.(err)) throw err;
        // A request that timed out may have arrived: one that acts (a message) is never sent twice.
        if (err instanceof ZaloNetworkError && err.timedOut && !REPEATABLE.has(method)) throw err;
        const delay = retryDelay(err, attempt, this.#retry);
        if (delay === null) throw err;
        log("warn", "zalo.api_retry", {
          method,
          attempt,
          delayMs: delay,
          errorCode: err instanceof ZaloApiError ? err.errorCode : undefined,
          error: (err as Error).message,
        });
        await this.#sleep(delay, settings.signal);
      }
    }
  }

  async #once<S extends z.ZodType>(method: string, params: object, result: S, settings: CallSettings): Promise<z.output<S>> {
    const timeoutMs = settings.timeoutMs ?? this.#timeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = settings.signal ? AbortSignal.any([settings.signal, timeout]) : timeout;
    let status: number;
    let statusText: string;
    let retryAfterHeader: string | null;
    let raw: string;
    try {
      const res = await this.#fetch(`${this.apiRoot}/bot${this.#token}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(params),
        signal,
      });
      status = res.status;
      statusText = res.statusText;
      retryAfterHeader = res.headers.get("retry-after");
      raw = await res.text();
    } catch (err) {
      if (settings.signal?.aborted) throw settings.signal.reason;
      const detail = timeout.aborted ? `timed out after ${timeoutMs} ms` : describe(err);
      throw new ZaloNetworkError(method, this.#redact(detail), undefined, timeout.aborted);
    }

    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      throw new ZaloApiError(method, status, `HTTP ${status}${statusText ? ` ${statusText}` : ""}, body is not JSON`, retryAfterOf(retryAfterHeader));
    }
    const envelope = Envelope.safeParse(body);
    if (!envelope.success) throw new ZaloApiError(method, status, `HTTP ${status}, body is not a Bot API response`, retryAfterOf(retryAfterHeader));
    const env = envelope.data;
    if (!env.ok || status < 200 || status > 299) {
      const code = env.error_code ?? (status >= 400 ? status : 500);
      const description = this.#redact(env.description ?? (statusText || "error"));
      const retryAfter = env.retry_after ?? env.parameters?.retry_after ?? retryAfterOf(retryAfterHeader);
      throw new ZaloApiError(method, code, description, retryAfter);
    }
    const parsed = result.safeParse(env.result);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ZaloApiError(method, status, `unexpected result: ${issue ? `${issue.path.join(".") || "result"}: ${issue.message}` : "invalid"}`);
    }
    return parsed.data;
  }
}

function retryAfterOf(header: string | null): number | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim());
}

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error ? `: ${err.cause.message}` : "";
  return `${err.message}${cause}`;
}
