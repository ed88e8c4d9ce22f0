// Payload fixtures of the shapes Zalo delivers, with per-test ids so tests do not collide.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type FixtureName = "text" | "text-wrapped" | "image" | "sticker" | "unsupported" | "group-text";

let counter = 0;
/** A fresh id in Zalo's style (20 hex characters). */
export const freshId = (prefix = "") => (prefix + Date.now().toString(16) + (++counter).toString(16).padStart(6, "0")).padEnd(20, "0").slice(0, 20);

export interface Overrides {
  chatId?: string;
  messageId?: string;
  text?: string;
}

/** The fixture, its chat id, message id and text replaced where given. */
export function delivery(name: FixtureName, o: Overrides = {}): Record<string, any> {
  const body = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", `${name}.json`), "utf8"));
  const msg = (body.result ?? body).message;
  if (o.chatId !== undefined) {
    msg.chat.id = o.chatId;
    if (msg.chat.chat_type === "PRIVATE") msg.from.id = o.chatId;
  }
  if (o.messageId !== undefined) msg.message_id = o.messageId;
  if (o.text !== undefined) msg.text = o.text;
  return body;
}
