// What to answer to one message: update → text of the reply (before splitting). The only place
// the Zalo adapter calls the core.
import { ask, detectLang, sectionAnswer, type Answer, type Lang } from "../../src/core/index.ts";
import { readIntent } from "./commands.ts";
import { helpText, noSuchTopicText, textOnlyText, topicHeading, topicsText } from "./messages.ts";
import { renderAnswer } from "./render.ts";
import { topics, type Topic } from "./topics.ts";

export interface Reply {
  lang: Lang;
  text: string;
  /** Whether the core answered with figures (false for help, refusals, topic lists). */
  answered: boolean;
  /** A question the core answered or abstained on, for the question log. */
  question?: { text: string; answer: Answer };
}

function topicReply(topic: Topic, lang: Lang): Reply {
  const answer = sectionAnswer(topic.sectionId, lang);
  if (!answer) return { lang, text: topicsText(lang), answered: false };
  return { lang, text: renderAnswer(answer, { heading: topicHeading(topic.number, topic.title, lang) }), answered: true };
}

/** The reply to a text message (the bot's @mention already removed). */
export function replyToText(text: string): Reply {
  // A bare mention, or only spaces: say what the assistant does.
  const intent = text.trim() ? readIntent(text) : ({ kind: "help" } as const);
  const lang: Lang = intent.kind === "question" ? detectLang(intent.text) : "vi";
  switch (intent.kind) {
    case "help":
      return { lang, text: helpText(lang), answered: false };
    case "topics":
      return { lang, text: topicsText(lang), answered: false };
    case "topic": {
      const topic = topics(lang).find((t) => t.number === intent.number);
      return topic ? topicReply(topic, lang) : { lang, text: noSuchTopicText(intent.number, lang), answered: false };
    }
    case "topic-named":
      return topicReply(topics(intent.lang).find((t) => t.sectionId === intent.topic.sectionId) ?? intent.topic, intent.lang);
    case "question": {
      const answer = ask(intent.text);
      return { lang: answer.lang, text: renderAnswer(answer), answered: answer.answered, question: { text: intent.text, answer } };
    }
  }
}

/** Media of any kind (image, sticker, voice, file, location, or one Zalo adds later). */
export function replyToMedia(kind: string): Reply {
  return { lang: "vi", text: textOnlyText(kind), answered: false };
}

/** Protected users' messages arrive without content: say what the assistant does. */
export function replyToUnsupported(): Reply {
  return { lang: "vi", text: helpText("vi"), answered: false };
}
