// Errors of the Zalo Bot API client. Messages never carry the bot token: the request URL holds it,
// so no URL is ever put in a message, and text that came back from the network is scrubbed.

/** Base class: every error the client throws names the API method it was calling. */
export class ZaloError extends Error {
  override name = "ZaloError";
  constructor(
    /** The Bot API method, e.g. "sendMessage". */
    readonly method: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The API answered `{ok: false, error_code, description}` (or an HTTP error without a usable body). */
export class ZaloApiError extends ZaloError {
  override name = "ZaloApiError";
  constructor(
    method: string,
    /** `error_code` from the body, or the HTTP status when the body has none. */
    readonly errorCode: number,
    /** `description` from the body, or a short account of what came back. */
    readonly description: string,
    /** Seconds the API asked us to wait before trying again, when it said so. */
    readonly retryAfter?: number,
  ) {
    super(method, `Zalo ${method} failed: ${errorCode} ${description}`);
  }
}

/** The request never got an HTTP answer: connection refused, DNS, TLS, or the client's own timeout. */
export class ZaloNetworkError extends ZaloError {
  override name = "ZaloNetworkError";
  constructor(
    method: string,
    detail: string,
    options?: { cause?: unknown },
    /** The client's own time limit ran out: the request may have arrived and been acted on. */
    readonly timedOut = false,
  ) {
    super(method, `Zalo ${method}: no answer (${detail})`, options);
  }
}

/** The call's parameters break the API's documented limits; nothing was sent. */
export class ZaloRequestError extends ZaloError {
  override name = "ZaloRequestError";
  constructor(method: string, detail: string) {
    super(method, `Zalo ${method}: invalid parameters: ${detail}`);
  }
}
