// Button taps: "f:<lang>:<fact id>" answers that fact (a suggested question), "s:<lang>:<section
// id>" lists the section's figures. The tap is acknowledged first (the client stops its spinner);
// stale or forged data gets a short notice instead of an answer.
import { Composer } from "grammy";
import { answerFact, sectionAnswer, sections } from "../../src/core/index.ts";
import { decodeCallbackData, type CallbackData } from "./callback-data.ts";
import type { BotContext } from "./context.ts";
import { logOutcome } from "./logging.ts";
import { renderAnswer, type Rendered } from "./render.ts";
import { send } from "./send.ts";
import { TEXTS, langOf } from "./texts.ts";

function answerFor(data: CallbackData): Rendered | null {
  if (data.kind === "f") {
    const answer = answerFact(data.id, data.lang);
    return answer && renderAnswer(answer);
  }
  const answer = sectionAnswer(data.id, data.lang);
  const title = sections(data.lang).find((s) => s.id === data.id)?.title;
  return answer && renderAnswer(answer, title && TEXTS[data.lang].topicHeading(title));
}

export const callbacks = new Composer<BotContext>();

callbacks.on("callback_query:data", async (ctx) => {
  const data = decodeCallbackData(ctx.callbackQuery.data);
  const rendered = data && answerFor(data);
  if (!rendered || !ctx.chat) {
    await ctx.answerCallbackQuery({ text: TEXTS[data?.lang ?? langOf(ctx.from.language_code)].staleButton });
    await logOutcome(ctx, "stale-button");
    return;
  }
  await ctx.answerCallbackQuery();
  await send(ctx, rendered, ctx.callbackQuery.message?.message_id);
  await logOutcome(ctx, "button", { kind: data.kind, id: data.id });
});

// Game buttons and the like: acknowledge so the client does not wait.
callbacks.on("callback_query", (ctx) => ctx.answerCallbackQuery());
