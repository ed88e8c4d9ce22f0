// What the page's answer (POST /chat/ask) carries beyond the core's `Answer`: an id to vote on an
// answer with figures (the answer is put on record now, as the bots do when they deliver one), and,
// for a declined question an official could help with, an offer to hand it on.
import * as z from "zod";
import { Answer, HANDOFF_REASONS } from "../../src/core/index.ts";
import { settings, type Env } from "../../src/env.ts";
import { channelFor } from "../chat/channels.ts";
import { recordAnswer } from "../chat/feedback.ts";
import { handoffConfig } from "../chat/handoff/index.ts";
import { timingsOf } from "../chat/timings.ts";
import { handoffOffer, randomId, webQuestionRef } from "./web-tokens.ts";

export const ChatAnswer = Answer.extend({
  feedback: z
    .string()
    .optional()
    .describe("On an answer with figures: the id to rate it with POST /chat/feedback (👍/👎). Random, tied to this answer only, never to who asked."),
  handoff: z
    .string()
    .optional()
    .describe("On a declined question an official could answer, when this server hands questions to officials: send it with the question to POST /chat/handoff."),
});
export type ChatAnswer = z.infer<typeof ChatAnswer>;

/** Handing questions to officials works here: HANDOFF_TELEGRAM_CHAT_ID, LOG_SALT, D1 and the Telegram bot are set. */
export function webHandoffOn(env: Env): boolean {
  return handoffConfig(env) !== null && channelFor("telegram", env) !== null;
}

/** The extras of `answer` to `question`; `typed`: the person wrote it (not a chip). */
export async function answerExtras(env: Env, question: string, answer: Answer, typed: boolean): Promise<Pick<ChatAnswer, "feedback" | "handoff">> {
  const salt = settings(env).LOG_SALT;
  if (answer.answered && answer.facts.length > 0 && env.DB) {
    const id = randomId();
    // Awaited (bounded by the chat layer's D1 limit): a vote may follow within a second.
    await recordAnswer(env, { ref: await webQuestionRef(id, salt), channel: "web", question, answer }, timingsOf(env).storeTimeoutMs);
    return { feedback: id };
  }
  if (!answer.answered && typed && salt && answer.reason !== undefined && HANDOFF_REASONS.has(answer.reason) && webHandoffOn(env)) {
    return { handoff: await handoffOffer(question, salt) };
  }
  return {};
}
