// Payload fixtures of the shapes Zalo delivers, with per-test ids so tests do not collide.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type FixtureName =
  | "text"
  | "text-wrapped"
  | "image"
  | "sticker"
  | "unsupported"
  | "group-text"
  // Shapes seen in live payloads or other clients' fixtures, each read leniently (issue 16).
  | "sticker-object"
  | "image-photo"
  | "image-null-caption"
  | "text-date-seconds"
  | "text-null"
  | "probe"
  | "unsupported-no-from"
  | "voice"
  | "file"
  | "location"
  | "group-mention"
  | "group-reply";

let counter = 0;
/** A fresh id in Zalo's style (20 hex characters). */
export const freshId = (prefix = "") => (prefix + Date.now().toString(16) + (++counter).toString(16).padStart(6, "0")).padEnd(20, "0").slice(0, 20);

export interface Overrides {
  chatId?: string;
  messageId?: string;
  text?: string;
}

/** The fixture, its chat id, message id and text replaced where given (a fixture without a message stays as it is). */
export function delivery(name: FixtureName, o: Overrides = {}): Record<string, any> {
  const body = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", `${name}.json`), "utf8"));
  const msg = (body.result ?? body).message;
  if (!msg) return body;
  if (o.chatId !== undefined) {
    msg.chat.id = o.chatId;
    if (msg.from && String(msg.chat.chat_type).toUpperCase() === "PRIVATE") msg.from.id = o.chatId;
  }
  if (o.messageId !== undefined) msg.message_id = o.messageId;
  if (o.text !== undefined) msg.text = o.text;
  return body;
}
