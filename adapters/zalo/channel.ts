// Zalo as a chat-layer channel: no buttons, plain text split to 2000 characters, sendMessage and
// the typing indicator through the small Zalo client, under the delivery discipline. Registered
// for the chat layer, which also uses it to relay an official's answer to a citizen on Zalo.
import { settings } from "../../src/env.ts";
import { registerChannel, type Channel } from "../chat/channels.ts";
import { DeliveryError } from "../chat/delivery.ts";
import { timingsOf } from "../chat/timings.ts";
import { ZaloClient } from "./client.ts";
import { ZaloApiError, ZaloNetworkError, ZaloRequestError } from "./errors.ts";
import { toMessages } from "./render.ts";
import type { SendMessageParams } from "./schemas.ts";

/** Any failure of a client call, as the delivery discipline reads it. */
export function toDeliveryError(e: unknown, method: string, signal: AbortSignal): DeliveryError {
  if (e instanceof DeliveryError) return e;
  if (signal.aborted) return new DeliveryError("unknown", method, "timeout", { description: "no answer within the time limit" });
  if (e instanceof ZaloApiError) {
    const detail = { code: e.errorCode, description: e.description };
    if (e.errorCode === 429) return new DeliveryError("not-done", method, "rate-limited", { ...detail, retryAfterMs: e.retryAfter !== undefined ? e.retryAfter * 1000 : undefined });
    if (e.errorCode === 408 || e.errorCode >= 500) return new DeliveryError("not-done", method, "server-error", detail);
    // A 2xx the client could not read (not JSON, a result of the wrong shape): it was probably done.
    if (e.errorCode >= 200 && e.errorCode < 300) return new DeliveryError("unknown", method, "bad-answer", detail);
    return new DeliveryError("rejected", method, "rejected", detail);
  }
  if (e instanceof ZaloNetworkError) return e.timedOut ? new DeliveryError("unknown", method, "timeout", { description: e.message }) : new DeliveryError("not-done", method, "network", { description: e.message });
  if (e instanceof ZaloRequestError) return new DeliveryError("rejected", method, "invalid", { description: e.message });
  return new DeliveryError("unknown", method, "error", { description: e instanceof Error ? e.message : String(e) });
}

export function zaloChannel(client: ZaloClient): Channel<SendMessageParams> {
  return {
    platform: "zalo",
    method: "sendMessage",
    features: { buttons: false },
    render: (reply, target) => toMessages(reply, target),
    async send(message, signal) {
      try {
        return await client.sendMessage(message, { signal });
      } catch (e) {
        throw toDeliveryError(e, "sendMessage", signal);
      }
    },
    typing: (target, signal) => client.sendChatAction({ chat_id: target.chatId, action: "typing" }, { signal }),
  };
}

/** A client for the chat layer: one attempt per call (retries are the delivery discipline's), its time limit. */
export function sendingClient(token: string, apiRoot: string | undefined, timeoutMs: number): ZaloClient {
  return new ZaloClient(token, { apiRoot, retry: { maxAttempts: 1 }, timeoutMs });
}

const clients = new Map<string, ZaloClient>();

registerChannel("zalo", (env) => {
  const s = settings(env);
  if (!s.ZALO_BOT_TOKEN) return null;
  const key = `${s.ZALO_API_ROOT ?? ""}\n${s.ZALO_BOT_TOKEN}`;
  let client = clients.get(key);
  if (!client) {
    try {
      client = sendingClient(s.ZALO_BOT_TOKEN, s.ZALO_API_ROOT, timingsOf(env).callTimeoutMs);
    } catch {
      return null;
    }
    clients.set(key, client);
  }
  return zaloChannel(client);
});
