// Keys that stand for a chat, a citizen or a question in D1: HMAC-SHA-256 with LOG_SALT of the
// platform's ids, so a stored row never holds a raw chat or user id and cannot be matched to one
// without the secret. Each kind of key has its own prefix, so keys of different tables (and the
// question log's hashed ids) cannot be joined to one another.
import { hashId } from "../../src/log.ts";
import type { ChatRef, Platform } from "./types.ts";

/** One conversation: a private chat, a group, or a forum topic of a group. */
export function chatKey(chat: ChatRef, salt: string | undefined): Promise<string> {
  const thread = chat.threadId ? `:${chat.threadId}` : "";
  return hashId(`chat:${chat.platform}:${chat.chatId}${thread}`, salt);
}

/** One citizen (their private chat), for the limit of open handoffs. */
export function citizenKey(channel: Platform | "web", id: string, salt: string | undefined): Promise<string> {
  return hashId(`citizen:${channel}:${id}`, salt);
}

/** One question (one message): the id that ties feedback to the question it answers. */
export function questionRef(chat: ChatRef, messageId: string, salt: string | undefined): Promise<string> {
  return hashId(`q:${chat.platform}:${chat.chatId}:${messageId}`, salt);
}

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"; // no 0/O, 1/I/L: read aloud and typed without mistakes

/** `length` random characters of an unambiguous alphabet ("K7Q2"). */
export function randomCode(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join("");
}
