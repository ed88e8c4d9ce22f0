// The bot's commands as Telegram lists them (setMyCommands), per language. Names: 1-32 of a-z0-9_.
// What each does is the chat layer's (adapters/chat/intent.ts).
import type { Lang } from "../../src/core/index.ts";

export const COMMAND_NAMES = ["start", "help", "chude", "nguon", "moi"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** Commands the chat layer also knows under another name; answered in groups without "@bot". */
export const KNOWN_COMMANDS = new Set<string>([...COMMAND_NAMES, "trogiup", "topics", "source", "new"]);

export const COMMAND_DESCRIPTIONS: Record<Lang, Record<CommandName, string>> = {
  vi: {
    start: "Giới thiệu trợ lý và các chủ đề",
    help: "Cách hỏi, kèm ví dụ",
    chude: "Các chủ đề của báo cáo",
    nguon: "Thông tin về báo cáo nguồn",
    moi: "Bắt đầu câu hỏi mới",
  },
  en: {
    start: "About the assistant and its topics",
    help: "How to ask, with examples",
    chude: "The report's topics",
    nguon: "About the source report",
    moi: "Start a new question",
  },
};

export function commandList(lang: Lang): { command: string; description: string }[] {
  return COMMAND_NAMES.map((command) => ({ command, description: COMMAND_DESCRIPTIONS[lang][command] }));
}
