// Shapes of the Zalo Bot Platform API (https://bot.zaloplatforms.com/docs): method parameters and
// results (the updates Zalo delivers are in updates.ts). Results are read loosely (unknown fields
// kept, optional fields optional) so that an added field never breaks us; parameters are checked
// strictly against the documented limits before anything is sent.
import * as z from "zod";

/** Ids are documented as strings; accept numbers too and keep them as strings. */
export const Id = z.union([z.string().min(1).max(256), z.number().transform(String)]);

// ── Parameters ────────────────────────────────────────────────────────────────────────────────
export const MAX_TEXT_CHARS = 2000;

export const SendMessageParams = z.object({
  chat_id: z.string().min(1),
  /** 1–2000 characters, plain text. */
  text: z.string().min(1).max(MAX_TEXT_CHARS),
});
export type SendMessageParams = z.infer<typeof SendMessageParams>;

export const SendPhotoParams = z.object({
  chat_id: z.string().min(1),
  /** URL of the image. */
  photo: z.url(),
  caption: z.string().min(1).max(MAX_TEXT_CHARS).optional(),
});
export type SendPhotoParams = z.infer<typeof SendPhotoParams>;

export const ChatAction = z.enum(["typing", "upload_photo"]);
export type ChatAction = z.infer<typeof ChatAction>;

export const SendChatActionParams = z.object({
  chat_id: z.string().min(1),
  action: ChatAction,
});
export type SendChatActionParams = z.infer<typeof SendChatActionParams>;

export const SetWebhookParams = z.object({
  /** Zalo delivers to HTTPS URLs only. */
  url: z.url({ protocol: /^https$/, error: "url must be an https:// URL" }),
  /** Sent back in every delivery as X-Bot-Api-Secret-Token. */
  secret_token: z.string().min(8, "secret_token must be 8–256 characters").max(256, "secret_token must be 8–256 characters"),
});
export type SetWebhookParams = z.infer<typeof SetWebhookParams>;

export const GetUpdatesParams = z.object({
  /** Seconds the server holds the request open when there is nothing to deliver (documented default 30). */
  timeout: z.number().int().min(1).max(60).optional(),
});
export type GetUpdatesParams = z.infer<typeof GetUpdatesParams>;

// ── Results ───────────────────────────────────────────────────────────────────────────────────
export const BotInfo = z.looseObject({
  id: Id,
  account_name: z.string().optional(),
  display_name: z.string().optional(),
  account_type: z.string().optional(),
  can_join_groups: z.boolean().optional(),
});
export type BotInfo = z.infer<typeof BotInfo>;

export const WebhookInfo = z.looseObject({
  /** Empty when no webhook is set. */
  url: z.string().optional(),
  /** Milliseconds since the epoch. */
  updated_at: z.number().optional(),
});
export type WebhookInfo = z.infer<typeof WebhookInfo>;

export const SentMessage = z.looseObject({
  message_id: Id,
  date: z.number().optional(),
});
export type SentMessage = z.infer<typeof SentMessage>;

/** sendChatAction answers `{ok: true}` with no result, or with `true`. */
export const ChatActionResult = z.unknown().transform(() => true as const);

/** The response envelope of every method. */
export const Envelope = z.looseObject({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: z.number().optional(),
  description: z.string().optional(),
  /** Not documented by Zalo; read if present (Telegram-style `parameters.retry_after` too). */
  retry_after: z.number().optional(),
  parameters: z.looseObject({ retry_after: z.number().optional() }).optional(),
});
