// The body limit of the API and the webhooks. A body with a Content-Length over the limit is refused
// unread (hono's bodyLimit). A chunked body (no Content-Length) is read up to the limit; past it,
// hono's bodyLimit answers at once and leaves the rest of the body unread, and under `wrangler dev`
// (`npm start`) that poisons the dev proxy's connection to the worker: workerd logs "Failed to drain
// the unused request body" and the *next* POST, from anyone, gets 503 ("Your worker restarted
// mid-request"). Cancelling or releasing the stream does not help (tried); reading it to the end does.
// So past the limit the rest is read and thrown away, up to DRAIN_MAX_BYTES (the work one refused
// request may cost), then the stream is cancelled. On Cloudflare's edge an unread body is harmless.
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

/** How much of an oversized chunked body is read and discarded before giving up on it. */
export const DRAIN_MAX_BYTES = 1024 * 1024;

export interface LimitBodyOptions {
  maxSize: number;
  onError: (c: Context) => Response | Promise<Response>;
}

/** Reads and discards the rest of a stream, up to `max` bytes; then cancels it. */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, max: number): Promise<void> {
  let read = 0;
  try {
    while (read <= max) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.length;
    }
    await reader.cancel("request body too large");
  } catch {
    // The client went away: nothing left to drain.
  }
}

export function limitBody(options: LimitBodyOptions): MiddlewareHandler {
  const declared = bodyLimit(options);
  return async (c, next) => {
    const raw = c.req.raw;
    if (!raw.body || (raw.headers.has("content-length") && !raw.headers.has("transfer-encoding"))) return declared(c, next);
    const reader = raw.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > options.maxSize) {
        await drain(reader, DRAIN_MAX_BYTES);
        return options.onError(c);
      }
      chunks.push(value);
    }
    const body = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      body.set(chunk, at);
      at += chunk.length;
    }
    // The handlers read the body again: hand them what was read.
    c.req.raw = new Request(raw, { body });
    return next();
  };
}
