// Reading a text message: a command typed as text (/start, /help, /chude), a topic request
// ("chủ đề 3", a section's title), or a question for the core.
import { readTopicRequest, type Topic } from "./topics.ts";
import type { Lang } from "../../src/core/index.ts";

export type Intent =
  | { kind: "help" }
  | { kind: "topics" }
  | { kind: "topic"; number: number }
  | { kind: "topic-named"; topic: Topic; lang: Lang }
  | { kind: "question"; text: string };

const COMMAND = /^\/([a-z_]+)(?:\s+(.*))?$/is;

export function readIntent(text: string): Intent {
  const trimmed = text.trim();
  const cmd = COMMAND.exec(trimmed);
  if (cmd) {
    const name = cmd[1]!.toLowerCase();
    const rest = (cmd[2] ?? "").trim();
    if (name === "start" || name === "help" || name === "trogiup") return { kind: "help" };
    if (name === "chude" || name === "topics") {
      if (!rest) return { kind: "topics" };
      const req = readTopicRequest(`chu de ${rest}`);
      if (req && "number" in req) return { kind: "topic", number: req.number };
      if (req) return { kind: "topic-named", topic: req.topic, lang: req.lang };
      return { kind: "topics" };
    }
    return { kind: "help" };
  }
  const req = readTopicRequest(trimmed);
  if (req && "number" in req) return { kind: "topic", number: req.number };
  if (req) return { kind: "topic-named", topic: req.topic, lang: req.lang };
  return { kind: "question", text: trimmed };
}
