// Stickers, photos, voice notes, documents…: the assistant reads text only, so it says so politely
// with an example question. Service messages (members joining, pins) get nothing; in groups only
// media addressed to the bot (a reply to it, or a caption mentioning it) gets the notice.
import { Composer } from "grammy";
import type { Message } from "grammy/types";
import { addressedToMe } from "./addressed.ts";
import type { BotContext } from "./context.ts";
import { oneExample } from "./examples.ts";
import { text } from "./html.ts";
import { logOutcome } from "./logging.ts";
import { reply } from "./send.ts";
import { TEXTS, langOf } from "./texts.ts";

const NOT_TEXT = [
  "sticker", "photo", "voice", "video", "video_note", "audio", "document", "animation",
  "location", "venue", "contact", "poll", "dice", "story", "paid_media",
] as const satisfies readonly (keyof Message)[];

export const otherMessages = new Composer<BotContext>();

otherMessages.on("message", async (ctx) => {
  const msg = ctx.message;
  const kind = NOT_TEXT.find((k) => msg[k] !== undefined);
  if (!kind || !addressedToMe(msg, ctx.me)) return logOutcome(ctx, "ignored", { reason: kind ?? "service" });
  const lang = langOf(ctx.from?.language_code);
  await reply(ctx, { spans: [text(TEXTS[lang].textOnly), ...oneExample(lang)] });
  await logOutcome(ctx, "not-text", { kind });
});
