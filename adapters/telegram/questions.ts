// Text questions: in a private chat every text; in a group only those addressed to the bot
// (mention or reply), with the mention removed. The core answers; the reply quotes the question.
import { Composer } from "grammy";
import { ask, detectLang, formatNumber, MAX_QUESTION_CHARS } from "../../src/core/index.ts";
import { recordQuestion } from "../../src/store/question-log.ts";
import { addressedToMe, leadingCommand, withoutMentionsOfMe } from "./addressed.ts";
import type { BotContext } from "./context.ts";
import { oneExample } from "./examples.ts";
import { text } from "./html.ts";
import { logOutcome } from "./logging.ts";
import { renderAnswer } from "./render.ts";
import { reply } from "./send.ts";
import { TEXTS, langOf } from "./texts.ts";

export const questions = new Composer<BotContext>();

questions.on("message:text", async (ctx) => {
  const started = Date.now();
  const msg = ctx.message;
  const command = leadingCommand(msg);
  if (command) {
    // Known commands were handled before; this one is unknown, or meant for another bot.
    const mine = command.target ? command.target === ctx.me.username.toLowerCase() : msg.chat.type === "private";
    if (!mine) return logOutcome(ctx, "ignored", { reason: "other-command" });
    await reply(ctx, { spans: [text(TEXTS[langOf(ctx.from.language_code)].unknownCommand)] });
    return logOutcome(ctx, "command", { command: "unknown" });
  }
  if (!addressedToMe(msg, ctx.me)) return logOutcome(ctx, "ignored", { reason: "not-addressed" });

  const question = withoutMentionsOfMe(msg, ctx.me);
  if (question.length > MAX_QUESTION_CHARS) {
    const lang = detectLang(question.slice(0, MAX_QUESTION_CHARS));
    const t = TEXTS[lang];
    await reply(ctx, { spans: [text(t.tooLong(formatNumber(question.length, lang), formatNumber(MAX_QUESTION_CHARS, lang))), ...oneExample(lang)] });
    return logOutcome(ctx, "too-long", { length: question.length });
  }
  const answer = ask(question);
  try {
    await reply(ctx, renderAnswer(answer));
  } finally {
    // The question log (hashed ids; bounded wait, never throws), even when the reply failed.
    await recordQuestion(ctx.env, { channel: "telegram", question, answer, userId: ctx.from.id, chatId: ctx.chat.id, latencyMs: Date.now() - started });
  }
  await logOutcome(ctx, answer.answered ? "answered" : "abstained", { lang: answer.lang, facts: answer.facts.map((f) => f.id) });
});
