// The parts of a Telegram update the bot reads, validated with zod. `update_id` is strict (400
// without it); the rest is read leniently: a message, button tap or inline query of a shape we do
// not expect reads as absent (the update is acknowledged and ignored), never as a refusal that
// would make Telegram redeliver it again and again.
import type { Message } from "grammy/types";
import * as z from "zod";

const lenient = <S extends z.ZodType>(schema: S) => schema.optional().catch(undefined);

const User = z.looseObject({
  id: z.number(),
  is_bot: z.boolean().optional(),
  first_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});
const Chat = z.looseObject({ id: z.number(), type: z.string() });

const MessageShape = z.looseObject({
  message_id: z.number(),
  chat: Chat,
  from: lenient(User),
  sender_chat: lenient(Chat),
  via_bot: lenient(User),
  text: lenient(z.string()),
  caption: lenient(z.string()),
  is_topic_message: lenient(z.boolean()),
  message_thread_id: lenient(z.number()),
  reply_to_message: lenient(z.looseObject({ message_id: z.number(), from: lenient(User), text: lenient(z.string()) })),
});

export const TelegramUpdate = z.looseObject({
  update_id: z.number().int().nonnegative(),
  // grammY's helpers (addressed.ts) read the rest of a message (entities) with its own types.
  message: lenient(MessageShape.transform((m) => m as unknown as Message)),
  callback_query: lenient(
    z.looseObject({
      id: z.string(),
      from: User,
      data: lenient(z.string()),
      message: lenient(z.looseObject({ message_id: z.number(), chat: Chat, is_topic_message: lenient(z.boolean()), message_thread_id: lenient(z.number()) })),
    }),
  ),
  inline_query: lenient(z.looseObject({ id: z.string(), from: User, query: z.string() })),
});
export type TelegramUpdate = z.infer<typeof TelegramUpdate>;

/** The update's kind ("message", "callback_query", …), for logs. */
export function updateKind(update: Record<string, unknown>): string {
  return Object.keys(update).find((k) => k !== "update_id") ?? "unknown";
}
