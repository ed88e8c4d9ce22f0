// Delivering a turn: render each reply for the platform, show "typing…" (best effort), send the
// messages under the delivery discipline, remember the conversation once the user (probably) saw
// the reply, log the question, and count a reply that did not arrive.
import type { Env } from "../../src/env.ts";
import { recordQuestion } from "../../src/store/question-log.ts";
import type { Channel } from "./channels.ts";
import type { Turn } from "./conversation.ts";
import { bestEffort, deliverAll, noteUndelivered } from "./delivery.ts";
import type { Job, Outcome } from "./run.ts";
import type { Target } from "./types.ts";

export interface TurnDelivery {
  job: Job;
  channel: Channel;
  target: Target;
  /** Show "typing…" first (a typed question is being answered). */
  typing?: boolean;
  /** For the question log (hashed there). */
  userId?: string;
  /** Extra fields of the log line about a reply that did not arrive (ids already hashed). */
  logFields?: Record<string, unknown>;
}

export async function deliverTurn(turn: Turn, d: TurnDelivery): Promise<Outcome> {
  const { job, channel, target } = d;
  const env: Env = job.env;
  const messages = turn.replies.flatMap((r) => channel.render(r, target));
  if (d.typing && channel.typing && messages.length) await bestEffort("typing", (signal) => channel.typing!(target, signal), job.timings.typingTimeoutMs);
  const res = await deliverAll(channel, messages, job);
  // Remember the turn unless the user surely saw nothing of it.
  if (!res.error || res.error.kind === "unknown" || res.sent > 0) await turn.commit?.();
  if (turn.question) {
    // The question log (bounded wait, never throws), even when the reply failed: it was asked.
    await recordQuestion(env, { channel: channel.platform, question: turn.question.text, answer: turn.question.answer, userId: d.userId ?? target.chatId, chatId: target.chatId, latencyMs: Date.now() - job.started });
  }
  if (res.error) {
    await noteUndelivered(env, channel.platform, res.error, { chatId: target.chatId, what: turn.outcome, part: res.sent + 1, parts: messages.length, ...d.logFields }, job.timings);
    return { status: "failed", kind: res.error.kind, reason: res.error.reason, sent: res.sent };
  }
  return { status: "replied", parts: messages.length };
}
