// Sends a rendered message in HTML parse mode, split into parts of at most 4096 characters,
// each replying to the message it answers (in the same forum topic); the keyboard goes on the last.
import type { ReplyParameters } from "grammy/types";
import type { BotContext } from "./context.ts";
import { toHtml, type HtmlOptions } from "./html.ts";
import type { Rendered } from "./render.ts";
import { splitMessage } from "./split.ts";

export async function send(ctx: BotContext, out: Rendered, replyTo?: number, options: HtmlOptions = {}): Promise<void> {
  const chat = ctx.chat;
  if (!chat) return;
  const msg = ctx.msg;
  const thread = msg?.is_topic_message ? msg.message_thread_id : undefined;
  const reply_parameters: ReplyParameters | undefined = replyTo === undefined ? undefined : { message_id: replyTo, allow_sending_without_reply: true };
  const parts = splitMessage(out.spans);
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    await ctx.api.sendMessage(chat.id, toHtml(part, options), {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(reply_parameters && { reply_parameters }),
      ...(thread !== undefined && { message_thread_id: thread }),
      ...(last && out.keyboard && { reply_markup: { inline_keyboard: out.keyboard } }),
    });
  }
}

/** Replies to the message in the update (the question, the command, the sticker). */
export function reply(ctx: BotContext, out: Rendered): Promise<void> {
  return send(ctx, out, ctx.msg?.message_id);
}
