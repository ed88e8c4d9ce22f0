// Reading a text message: a command (/start, /help, /chude, /nguon, /moi) typed as text, a topic
// request ("chủ đề 3", a section's title), "câu hoi mới" to start over, or a question for the core.
// Also the short replies that only mean something right after the bot spoke: "có" to an offer to
// send the question to an official, "đúng" / "sai" about the answer just given.
import type { Lang } from "../../src/core/index.ts";
import { fold } from "./fold.ts";
import { readTopicRequest, type Topic } from "./topics.ts";

export type Intent =
  | { kind: "start" }
  | { kind: "help" }
  | { kind: "topics" }
  | { kind: "topic"; number: number }
  | { kind: "topic-named"; topic: Topic; lang: Lang }
  | { kind: "source" }
  | { kind: "new" }
  | { kind: "unknown-command" }
  | { kind: "question"; text: string };

const COMMAND = /^\/([a-z_]+)(?:\s+(.*))?$/is;
/** "câu hỏi mới", "hỏi câu khác", "bắt đầu lại", folded. */
const START_OVER = new Set(["cau hoi moi", "hoi cau moi", "hoi cau khac", "bat dau lai", "new question", "start over"]);

export function readIntent(text: string): Intent {
  const trimmed = text.trim();
  const cmd = COMMAND.exec(trimmed);
  if (cmd) {
    const name = cmd[1]!.toLowerCase();
    const rest = (cmd[2] ?? "").trim();
    if (name === "start") return { kind: "start" };
    if (name === "help" || name === "trogiup") return { kind: "help" };
    if (name === "nguon" || name === "source") return { kind: "source" };
    if (name === "moi" || name === "new") return { kind: "new" };
    if (name === "chude" || name === "topics") {
      if (!rest) return { kind: "topics" };
      const req = readTopicRequest(`chu de ${rest}`);
      if (req && "number" in req) return { kind: "topic", number: req.number };
      if (req) return { kind: "topic-named", topic: req.topic, lang: req.lang };
      return { kind: "topics" };
    }
    return { kind: "unknown-command" };
  }
  if (START_OVER.has(fold(trimmed))) return { kind: "new" };
  const req = readTopicRequest(trimmed);
  if (req && "number" in req) return { kind: "topic", number: req.number };
  if (req) return { kind: "topic-named", topic: req.topic, lang: req.lang };
  return { kind: "question", text: trimmed };
}

/** Polite particles that may follow a short reply: "có ạ", "đúng rồi nhé". */
const PARTICLES = /(?: (?:a|nhe|nha|nhen|di|roi|ban|ad|admin|oi|luon|vay|z))+$/;
const shortReply = (text: string) => (text.length > 40 ? "" : fold(text).replace(PARTICLES, ""));

const YES = new Set(["co", "yes", "y", "ok", "oke", "okay", "dong y", "gui", "gui cho can bo", "co gui", "vang", "u", "uh", "da", "da co", "send", "sure"]);
/** "có" (and its variants) to "send this question to an official?". */
export function isYes(text: string): boolean {
  return YES.has(shortReply(text));
}

const UP = new Set(["dung", "chinh xac", "dung vay", "dung that", "👍", "right", "correct", "yes correct"]);
const DOWN = new Set(["sai", "khong dung", "ko dung", "k dung", "kh dung", "chua dung", "sai bet", "👎", "wrong", "incorrect", "not correct"]);
/** "đúng" → true, "sai" → false, anything else → null: a vote on the answer just given. */
export function readVote(text: string): boolean | null {
  const t = text.trim();
  if (t === "👍") return true;
  if (t === "👎") return false;
  const s = shortReply(t);
  if (UP.has(s)) return true;
  if (DOWN.has(s)) return false;
  return null;
}
