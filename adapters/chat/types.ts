// The neutral model between a platform adapter and the chat layer: what a user did (parsed from
// the platform's update), and what the bot answers (rendered by the platform: HTML for Telegram,
// plain text for Zalo). Raw platform ids travel here only to reply and to derive keys; the chat
// layer never stores or logs them.
import type { Answer, Lang } from "../../src/core/index.ts";
import type { Span } from "./spans.ts";

export type Platform = "telegram" | "zalo";

/** Where a message came from. */
export interface ChatRef {
  platform: Platform;
  chatId: string;
  /** A forum topic (Telegram): group chats keep one context per thread. */
  threadId?: string;
  /** A private chat with one person: only there is handing a question to an official offered. */
  private: boolean;
}

/** A tap on one of the bot's buttons (platforms with buttons). */
export type ButtonAction =
  | { type: "fact"; lang: Lang; id: string }
  | { type: "section"; lang: Lang; id: string }
  | { type: "vote"; ref: string; up: boolean }
  | { type: "handoff"; offer: string };

export type Input =
  | { kind: "text"; text: string }
  | { kind: "media"; media: string }
  | { kind: "unsupported" }
  | { kind: "button"; action: ButtonAction | null }
  /** An official's reply (in the officials' group) to the bot's post of case `code`. */
  | { kind: "official-reply"; code: string; text: string };

export interface Incoming {
  chat: ChatRef;
  /** The platform's id of the message (or button tap): replies quote it; the question's ref derives from it. */
  messageId: string;
  /** The sender's platform id, for the question log (hashed there). */
  userId?: string;
  /** The user's app language (Telegram's language_code), for replies that carry no Answer. */
  uiLang?: Lang;
  /** A first name to greet with. */
  name?: string;
  input: Input;
}

export type Body = { type: "answer"; answer: Answer; heading?: string } | { type: "spans"; spans: Span[] };

/** One message of the bot's reply, before rendering. */
export interface Reply {
  lang: Lang;
  body: Body;
  /** Topic buttons under the message (platforms with buttons). */
  topicButtons?: boolean;
  /** 👍/👎 for the answer to the question with this ref. */
  feedback?: string;
  /** "Send this question to an official?" with this offer id. */
  handoff?: string;
}

/** Where a rendered reply goes. */
export interface Target {
  chatId: string;
  threadId?: string;
  /** The message it answers (quoted as a reply where the platform can). */
  replyTo?: string;
}
