// The update a webhook delivery or one item of getUpdates carries. Only what the handler uses is
// validated strictly: the event name, message_id, chat.id, from.id, and a text event's text.
// Live payloads differ from the docs and from each other (photo vs photo_url, a sticker as an
// object, a null caption, dates in seconds or milliseconds, is_bot as a string), so every other
// field is read leniently: a shape we do not expect reads as absent, never as an error. A refused
// delivery would be a citizen's message lost.
import * as z from "zod";
import { Id } from "./schemas.ts";

/** `schema`, or undefined when the value is absent or has another shape. */
const lenient = <S extends z.ZodType>(schema: S) => schema.optional().catch(undefined);

/** Milliseconds since the epoch, from seconds or milliseconds, a number or digits. */
const EpochMs = z
  .union([z.number(), z.string().regex(/^\d{1,16}$/).transform(Number)])
  .pipe(z.number().nonnegative().max(Number.MAX_SAFE_INTEGER))
  // 10^11 ms is March 1973 and 10^11 s the year 5138: smaller values are seconds.
  .transform((n) => (n < 1e11 ? n * 1000 : n));

/** true, "true" or 1 is a bot; anything else (absent, false, "false", 0, null) is not. */
const BotFlag = z.unknown().optional().transform((v) => v === true || v === 1 || (typeof v === "string" && v.trim().toLowerCase() === "true"));

export const EVENTS = {
  text: "message.text.received",
  image: "message.image.received",
  sticker: "message.sticker.received",
  voice: "message.voice.received",
  unsupported: "message.unsupported.received",
} as const;

/** What a message event is, from its name `message.<kind>.received`: text, unsupported, or media of some kind. */
export const MessageKind = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text") }),
  z.object({ type: z.literal("unsupported") }),
  /** image, sticker, voice, file, location, or a kind Zalo adds later. */
  z.object({ type: z.literal("media"), media: z.string() }),
]);
export type MessageKind = z.infer<typeof MessageKind>;

const MESSAGE_EVENT = /^message\.([a-z0-9_]{1,32})\.received$/i;

/** The kind of a message event, or null for an event that is not a message (user.follow…). */
export function messageKind(eventName: string): MessageKind | null {
  const m = MESSAGE_EVENT.exec(eventName);
  if (!m) return null;
  const kind = m[1]!.toLowerCase();
  if (kind === "text") return { type: "text" };
  if (kind === "unsupported") return { type: "unsupported" };
  return { type: "media", media: kind };
}

/** A message as it arrives: the fields the handler needs are strict when present (null = absent). */
const IncomingMessage = z.looseObject({
  message_id: Id.nullish(),
  date: lenient(EpochMs),
  from: z
    .looseObject({
      id: Id.nullish(),
      display_name: lenient(z.string()),
      is_bot: BotFlag,
    })
    .nullish(),
  chat: z
    .looseObject({
      id: Id.nullish(),
      /** "PRIVATE" or "GROUP" (read in any case). */
      chat_type: lenient(z.string().transform((s) => s.trim().toUpperCase())),
    })
    .nullish(),
  /** Checked per event: strict for text events, ignored for the others. */
  text: z.unknown().optional(),
});

/** A message the bot can answer: what the handler reads, normalized. */
export const ZaloMessage = z.object({
  message_id: z.string(),
  /** Milliseconds since the epoch (Zalo sends milliseconds; seconds are converted). */
  date: z.number().optional(),
  /** Absent when the delivery names no sender. */
  from: z.object({ id: z.string().optional(), display_name: z.string().optional(), is_bot: z.boolean() }).optional(),
  chat: z.object({ id: z.string(), chat_type: z.string().optional() }),
  /** Present for text events. */
  text: z.string().optional(),
});
export type ZaloMessage = z.infer<typeof ZaloMessage>;

/** A parsed update. `kind` is absent for events that are not messages; `missing` names what a message event lacks to be answered. */
export const ParsedUpdate = z.object({
  event_name: z.string(),
  kind: MessageKind.optional(),
  message: ZaloMessage.optional(),
  missing: z.array(z.string()).optional(),
});
export type ZaloUpdate = z.infer<typeof ParsedUpdate>;

export const ZaloUpdate = z
  .looseObject({
    event_name: z.string().min(1).max(128),
    message: z.unknown().optional(),
  })
  .transform((u, ctx): ZaloUpdate => {
    const kind = messageKind(u.event_name);
    // Not a message event: its payload is not read (it may differ).
    if (!kind) return { event_name: u.event_name };
    if (u.message === undefined || u.message === null) return { event_name: u.event_name, kind, missing: ["message"] };
    const parsed = IncomingMessage.safeParse(u.message);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ["message", ...issue.path] } as never);
      return z.NEVER;
    }
    const m = parsed.data;
    let text: string | undefined;
    if (kind.type === "text") {
      if (typeof m.text === "string") text = m.text;
      else if (m.text !== undefined && m.text !== null) {
        ctx.addIssue({ code: "custom", path: ["message", "text"], message: "a text event's text must be a string" });
        return z.NEVER;
      }
    }
    const messageId = m.message_id ?? undefined;
    const chatId = m.chat?.id ?? undefined;
    const missing = [
      messageId === undefined ? "message.message_id" : null,
      chatId === undefined ? "message.chat.id" : null,
      kind.type === "text" && text === undefined ? "message.text" : null,
    ].filter((f): f is string => f !== null);
    if (messageId === undefined || chatId === undefined || missing.length > 0) return { event_name: u.event_name, kind, missing };
    return {
      event_name: u.event_name,
      kind,
      message: {
        message_id: messageId,
        date: m.date,
        from: m.from ? { id: m.from.id ?? undefined, display_name: m.from.display_name, is_bot: m.from.is_bot } : undefined,
        chat: { id: chatId, chat_type: m.chat?.chat_type },
        text,
      },
    };
  });

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
