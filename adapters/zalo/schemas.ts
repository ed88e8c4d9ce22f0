// Shapes of the Zalo Bot Platform API (https://bot.zaloplatforms.com/docs): method parameters,
// results, and the update a webhook delivery or getUpdates carries. Results and updates are read
// loosely (unknown fields kept, optional fields optional) so that an added field never breaks us;
// parameters are checked strictly against the documented limits before anything is sent.
import * as z from "zod";

/** Ids are documented as strings; accept numbers too and keep them as strings. */
const Id = z.union([z.string().min(1).max(256), z.number().transform(String)]);

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

// ── Updates ───────────────────────────────────────────────────────────────────────────────────
export const EVENTS = {
  text: "message.text.received",
  image: "message.image.received",
  sticker: "message.sticker.received",
  unsupported: "message.unsupported.received",
} as const;
export type KnownEvent = (typeof EVENTS)[keyof typeof EVENTS];
const KNOWN_EVENTS = new Set<string>(Object.values(EVENTS));
export const isKnownEvent = (name: string): name is KnownEvent => KNOWN_EVENTS.has(name);

export const ZaloMessage = z.looseObject({
  message_id: Id,
  /** Milliseconds since the epoch. */
  date: z.number().optional(),
  from: z.looseObject({
    id: Id,
    display_name: z.string().optional(),
    is_bot: z.boolean().optional(),
  }),
  chat: z.looseObject({
    id: Id,
    /** "PRIVATE" or "GROUP". */
    chat_type: z.string().optional(),
  }),
  text: z.string().optional(),
  caption: z.string().optional(),
  photo_url: z.string().optional(),
  sticker: z.string().optional(),
  url: z.string().optional(),
});
export type ZaloMessage = z.infer<typeof ZaloMessage>;

/**
 * An update: what one webhook delivery or one item of getUpdates carries. The message of a known
 * event must be well formed; that of an event we do not handle is not read (it may differ).
 */
export const ZaloUpdate = z
  .looseObject({
    event_name: z.string().min(1).max(128),
    message: z.unknown().optional(),
  })
  .transform((u, ctx): { event_name: string; message?: ZaloMessage } => {
    if (!isKnownEvent(u.event_name)) return { event_name: u.event_name };
    const message = ZaloMessage.safeParse(u.message);
    if (message.success) return { event_name: u.event_name, message: message.data };
    for (const issue of message.error.issues) ctx.addIssue({ ...issue, path: ["message", ...issue.path] } as never);
    return z.NEVER;
  });
export type ZaloUpdate = z.output<typeof ZaloUpdate>;

/** A webhook body: `{ok, result: {event_name, message}}` as documented, or the update itself. */
export const ZaloDelivery = z.unknown().transform((body, ctx) => {
  const inner =
    body !== null && typeof body === "object" && "result" in body && body.result !== null && typeof body.result === "object" && !Array.isArray(body.result)
      ? body.result
      : body;
  const update = ZaloUpdate.safeParse(inner);
  if (update.success) return update.data;
  for (const issue of update.error.issues) ctx.addIssue(issue as never);
  return z.NEVER;
});

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
