// The conversation: one incoming message → the replies, and what to remember once they are
// delivered. Platform-neutral: commands, topics, questions with the chat's follow-up context,
// feedback on answers, offering and opening a handoff to officials, relaying an official's answer.
import { answerFact, ask, detectLang, formatNumber, HANDOFF_REASONS, MAX_QUESTION_CHARS, sectionAnswer, sections, type Answer, type Lang } from "../../src/core/index.ts";
import { settings, type Env } from "../../src/env.ts";
import { log } from "../../src/log.ts";
import { redactPersonalData } from "../../src/privacy/redact.ts";
import type { CallLimits } from "./delivery.ts";
import { answerRecordStatement, recordVote, type FeedbackChannel } from "./feedback.ts";
import { handoffConfig, openHandoff, relayAnswer } from "./handoff/index.ts";
import { OFFICIAL } from "./handoff/texts.ts";
import { isYes, readIntent, readVote } from "./intent.ts";
import { chatKey, questionRef, randomCode } from "./keys.ts";
import type { Span } from "./spans.ts";
import type { ChatState, ChatStore } from "./state.ts";
import { help, noSuchTopic, say, sourceText, TEXTS, textOnly, tooLong, topicsText, welcome, type Features } from "./texts.ts";
import { within } from "./timings.ts";
import { topics, type Topic } from "./topics.ts";
import type { ButtonAction, Incoming, Reply } from "./types.ts";

export interface ConversationDeps extends CallLimits {
  env: Env;
  features: Features;
  /** Per-chat state (D1, or memory when polling); null: every message stands alone. */
  store: ChatStore | null;
}

export interface Turn {
  replies: Reply[];
  /** A short notice for a button tap (Telegram shows it as a toast). */
  toast?: string;
  /** A question the core answered or declined, for the question log. */
  question?: { text: string; answer: Answer };
  /** For the log line: answered, abstained, command, vote, handoff, … */
  outcome: string;
  /** What to remember once the replies are delivered (or may have been). Never throws. */
  commit?: () => Promise<void>;
}

const answerReply = (answer: Answer, extra: Partial<Reply> = {}): Reply => ({ lang: answer.lang, body: { type: "answer", answer }, ...extra });
const spansReply = (lang: Lang, spans: Span[], extra: Partial<Reply> = {}): Reply => ({ lang, body: { type: "spans", spans }, ...extra });

function topicReply(topic: Topic, lang: Lang, f: Features): Reply {
  const answer = sectionAnswer(topic.sectionId, lang);
  if (!answer) return spansReply(lang, topicsText(lang, f), { topicButtons: f.buttons });
  return { lang, body: { type: "answer", answer, heading: TEXTS[lang].topicHeading(topic.number, topic.title) } };
}

/** The turn for `msg`; a failure of the core or of this code becomes an apology, never silence. */
export async function converse(msg: Incoming, deps: ConversationDeps): Promise<Turn> {
  try {
    return await turnFor(msg, deps);
  } catch (e) {
    log("error", "chat.turn_failed", { error: e instanceof Error ? e.message : String(e) });
    const lang = msg.uiLang ?? "vi";
    return { replies: msg.input.kind === "button" ? [] : [spansReply(lang, say(TEXTS[lang].failure))], toast: msg.input.kind === "button" ? TEXTS[lang].failure : undefined, outcome: "error" };
  }
}

async function turnFor(msg: Incoming, deps: ConversationDeps): Promise<Turn> {
  const { env, features: f } = deps;
  const salt = settings(env).LOG_SALT;
  const uiLang: Lang = msg.uiLang ?? "vi";
  const input = msg.input;

  if (input.kind === "media") return { replies: [spansReply(uiLang, textOnly(input.media, uiLang))], outcome: "not-text" };
  if (input.kind === "unsupported") return { replies: [spansReply(uiLang, welcome(uiLang, f, msg.name), { topicButtons: f.buttons })], outcome: "unsupported" };
  if (input.kind === "official-reply") {
    if (!input.text.trim()) return { replies: [spansReply("vi", say(OFFICIAL.textOnly))], outcome: "handoff-reply" };
    const relayed = await relayAnswer(env, input.code, input.text.trim(), deps);
    return { replies: [spansReply("vi", say(relayed.message))], outcome: `handoff-${relayed.status}` };
  }

  const key = await chatKey(msg.chat, salt);
  const state = (await deps.store?.read(key)) ?? null;
  const settle = () => settleOf(deps, key, state);

  if (input.kind === "button") return button(input.action, msg, deps, key, state);

  const typed = input.text;
  if (!typed.trim()) return { replies: [spansReply(uiLang, welcome(uiLang, f, msg.name), { topicButtons: f.buttons })], outcome: "command", commit: settle() };
  if (state?.offer && isYes(typed)) return acceptOffer(msg, deps, key, state);
  const vote = state?.feedbackRef ? readVote(typed) : null;
  if (vote !== null && state?.feedbackRef) {
    await recordVote(env, state.feedbackRef, vote, deps.timings.storeTimeoutMs);
    return { replies: [spansReply(msg.uiLang ?? detectLang(typed), say(TEXTS[msg.uiLang ?? detectLang(typed)].feedbackThanks))], outcome: "vote", commit: settle() };
  }

  const intent = readIntent(typed);
  switch (intent.kind) {
    case "start":
      return { replies: [spansReply(uiLang, welcome(uiLang, f, msg.name), { topicButtons: f.buttons })], outcome: "command", commit: settle() };
    case "help":
      return { replies: [spansReply(uiLang, help(uiLang, f))], outcome: "command", commit: settle() };
    case "topics":
      return { replies: [spansReply(uiLang, topicsText(uiLang, f), { topicButtons: f.buttons })], outcome: "command", commit: settle() };
    case "source":
      return { replies: [spansReply(uiLang, sourceText(uiLang))], outcome: "command", commit: settle() };
    case "unknown-command":
      return { replies: [spansReply(uiLang, say(TEXTS[uiLang].unknownCommand))], outcome: "command", commit: settle() };
    case "new":
      return { replies: [spansReply(uiLang, say(TEXTS[uiLang].newQuestion))], outcome: "command", commit: () => deps.store?.write(key, null) ?? Promise.resolve() };
    case "topic": {
      const topic = topics(uiLang).find((t) => t.number === intent.number);
      return { replies: [topic ? topicReply(topic, uiLang, f) : spansReply(uiLang, noSuchTopic(intent.number, uiLang))], outcome: "topic", commit: settle() };
    }
    case "topic-named": {
      const topic = topics(intent.lang).find((t) => t.sectionId === intent.topic.sectionId) ?? intent.topic;
      return { replies: [topicReply(topic, intent.lang, f)], outcome: "topic", commit: settle() };
    }
    case "question":
      return question(intent.text, msg, deps, key, state);
  }
}

async function question(q: string, msg: Incoming, deps: ConversationDeps, key: string, state: ChatState | null): Promise<Turn> {
  const { env } = deps;
  if (q.length > MAX_QUESTION_CHARS) {
    const lang = detectLang(q.slice(0, MAX_QUESTION_CHARS));
    return { replies: [spansReply(lang, tooLong(formatNumber(q.length, lang), formatNumber(MAX_QUESTION_CHARS, lang), lang))], outcome: "too-long", commit: settleOf(deps, key, state) };
  }
  const answer = ask(q, { context: state?.context });
  const salt = settings(env).LOG_SALT;
  const ref = answer.answered ? await questionRef(msg.chat, msg.messageId, salt) : undefined;
  const offerable = !answer.answered && msg.chat.private && answer.reason !== undefined && HANDOFF_REASONS.has(answer.reason) && handoffConfig(env) !== null;
  const offer = offerable ? { id: randomCode(10), question: redactPersonalData(q).slice(0, 1000), lang: answer.lang } : undefined;
  const commit = async () => {
    const next: ChatState = { context: answer.context, feedbackRef: ref, offer };
    await Promise.all([deps.store?.write(key, next), ref ? recordAnswerQuietly(env, { ref, question: q, answer, channel: msg.chat.platform }, deps) : undefined]);
  };
  return {
    replies: [answerReply(answer, { feedback: ref, handoff: offer?.id })],
    question: { text: q, answer },
    outcome: answer.answered ? "answered" : "abstained",
    commit,
  };
}

async function recordAnswerQuietly(env: Env, r: { ref: string; question: string; answer: Answer; channel: FeedbackChannel }, deps: ConversationDeps) {
  if (!env.DB) return;
  try {
    await within(answerRecordStatement(env.DB!, r, Date.now()).run(), deps.timings.storeTimeoutMs, "answer record");
  } catch (e) {
    log("warn", "feedback.unavailable", { op: "record", error: (e instanceof Error ? e.message : String(e)).slice(0, 200) });
  }
}

/** Keeps the context, forgets what only the very next message may use (an offer, a pending vote). */
function settleOf(deps: ConversationDeps, key: string, state: ChatState | null): Turn["commit"] {
  return state?.offer || state?.feedbackRef ? () => deps.store!.write(key, { context: state.context }) : undefined;
}

async function acceptOffer(msg: Incoming, deps: ConversationDeps, key: string, state: ChatState): Promise<Turn> {
  const offer = state.offer!;
  const t = TEXTS[offer.lang];
  const opened = await openHandoff(deps.env, { channel: msg.chat.platform, citizen: msg.chat.chatId, question: offer.question, lang: offer.lang }, deps);
  const keepOffer = opened.status === "failed";
  const commit = () => deps.store!.write(key, { context: state.context, offer: keepOffer ? offer : undefined });
  switch (opened.status) {
    case "opened":
      return { replies: [spansReply(offer.lang, say(t.handoffSent(opened.code)))], outcome: "handoff-opened", commit };
    case "limit":
      return { replies: [spansReply(offer.lang, say(t.handoffLimit(opened.open)))], outcome: "handoff-limit", commit };
    case "failed":
      return { replies: [spansReply(offer.lang, say(t.handoffFailed))], outcome: "handoff-failed", commit };
    case "off":
      return { replies: [spansReply(offer.lang, say(t.staleButton))], outcome: "handoff-off", commit };
  }
}

async function button(action: ButtonAction | null, msg: Incoming, deps: ConversationDeps, key: string, state: ChatState | null): Promise<Turn> {
  const stale = (lang: Lang): Turn => ({ replies: [], toast: TEXTS[lang].staleButton, outcome: "stale-button" });
  const uiLang = msg.uiLang ?? "vi";
  if (!action) return stale(uiLang);
  switch (action.type) {
    case "fact": {
      // A tapped suggestion is answered as given; it continues the conversation like a question.
      const answer = answerFact(action.id, action.lang);
      if (!answer) return stale(action.lang);
      const ref = await questionRef(msg.chat, msg.messageId, settings(deps.env).LOG_SALT);
      const label = answer.facts[0]?.label ?? action.id;
      return {
        replies: [answerReply(answer, { feedback: ref })],
        outcome: "button",
        commit: async () => {
          await Promise.all([
            deps.store?.write(key, { context: answer.context, feedbackRef: ref }),
            recordAnswerQuietly(deps.env, { ref, question: label, answer, channel: msg.chat.platform }, deps),
          ]);
        },
      };
    }
    case "section": {
      const answer = sectionAnswer(action.id, action.lang);
      const index = sections(action.lang).filter((s) => s.factIds.length).findIndex((s) => s.id === action.id);
      const topic = topics(action.lang)[index];
      if (!answer || !topic) return stale(action.lang);
      return { replies: [topicReply(topic, action.lang, deps.features)], outcome: "button" };
    }
    case "vote": {
      const stored = await recordVote(deps.env, action.ref, action.up, deps.timings.storeTimeoutMs);
      return { replies: [], toast: stored ? TEXTS[uiLang].feedbackThanks : TEXTS[uiLang].staleButton, outcome: "vote" };
    }
    case "handoff":
      if (!state?.offer || state.offer.id !== action.offer) return stale(uiLang);
      return { ...(await acceptOffer(msg, deps, key, state)), toast: "" };
  }
}
