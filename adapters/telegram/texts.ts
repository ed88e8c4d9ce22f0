// Everything the bot says that is not an Answer, in Vietnamese and English. Plain text: the
// renderer escapes it. Placeholders are filled by the callers.
import type { Lang } from "../../src/core/index.ts";

export interface Texts {
  hello: (name: string) => string;
  intro: (citation: string, title: string) => string;
  pickTopic: string;
  tryAsking: string;
  helpTitle: string;
  helpHowTo: string;
  helpExamples: string;
  helpCommands: string;
  helpGroups: (username: string) => string;
  helpInline: (username: string) => string;
  topicsTitle: string;
  topicHeading: (title: string) => string;
  sourceTitle: string;
  sourceNumber: string;
  sourceDate: string;
  sourceIssuer: string;
  sourceSubject: string;
  sourcePublished: string;
  source: string;
  sectionOf: (title: string) => string;
  maybe: string;
  textOnly: string;
  tooLong: (length: string, max: string) => string;
  unknownCommand: string;
  staleButton: string;
  inlineNothing: string;
}

export const TEXTS: Record<Lang, Texts> = {
  vi: {
    hello: (name) => (name ? `Xin chào ${name}!` : "Xin chào!"),
    intro: (citation, title) =>
      `Tôi là trợ lý tra cứu kết quả cải cách hành chính. Tôi trả lời các câu hỏi về số liệu trong ${citation} (${title}); mỗi câu trả lời kèm câu trích nguyên văn từ báo cáo.`,
    pickTopic: "Chọn một chủ đề bên dưới, hoặc gõ câu hỏi.",
    tryAsking: "Ví dụ",
    helpTitle: "Cách hỏi trợ lý",
    helpHowTo: "Gõ câu hỏi bằng tiếng Việt (có dấu hoặc không dấu) hoặc tiếng Anh. Trợ lý trả lời bằng số liệu của báo cáo, in đậm, kèm nguồn.",
    helpExamples: "Ví dụ:",
    helpCommands: "/chude – các chủ đề của báo cáo\n/nguon – thông tin về báo cáo\n/help – hướng dẫn này",
    helpGroups: (u) => `Trong nhóm: nhắc @${u} trong câu hỏi, hoặc trả lời một tin nhắn của trợ lý.`,
    helpInline: (u) => `Trong bất kỳ cuộc trò chuyện nào: gõ @${u} và từ khóa (ví dụ “@${u} thu ngân sách”) để chèn một số liệu kèm nguồn.`,
    topicsTitle: "Chọn một chủ đề của báo cáo:",
    topicHeading: (t) => `Chủ đề: ${t}`,
    sourceTitle: "Nguồn dữ liệu",
    sourceNumber: "Số",
    sourceDate: "Ngày ban hành",
    sourceIssuer: "Cơ quan ban hành",
    sourceSubject: "Trích yếu",
    sourcePublished: "Đăng tải",
    source: "Nguồn",
    sectionOf: (title) => `Mục “${title}”:`,
    maybe: "Có thể bạn muốn hỏi:",
    textOnly: "Xin lỗi, trợ lý chỉ hiểu câu hỏi bằng chữ. Bạn hãy gõ câu hỏi, ví dụ:",
    tooLong: (n, max) => `Câu hỏi dài quá (${n} ký tự). Bạn hãy hỏi ngắn gọn, dưới ${max} ký tự, ví dụ:`,
    unknownCommand: "Trợ lý không có lệnh này. Gõ /help để xem cách hỏi.",
    staleButton: "Nút này không còn dùng được. Bạn hãy gõ câu hỏi.",
    inlineNothing: "Không tìm thấy số liệu – hỏi trợ lý",
  },
  en: {
    hello: (name) => (name ? `Hello ${name}!` : "Hello!"),
    intro: (citation, title) =>
      `I answer questions about administrative reform results: the figures in ${citation} (${title}). Every answer quotes the report's own sentence.`,
    pickTopic: "Pick a topic below, or type a question.",
    tryAsking: "For example",
    helpTitle: "How to ask",
    helpHowTo: "Type a question in Vietnamese (with or without diacritics) or English. The assistant answers with the report's figure in bold and its source.",
    helpExamples: "Examples:",
    helpCommands: "/chude – the report's topics\n/nguon – about the report\n/help – this help",
    helpGroups: (u) => `In groups: mention @${u} in your question, or reply to one of the assistant's messages.`,
    helpInline: (u) => `In any chat: type @${u} and a few words (e.g. “@${u} budget revenue”) to insert a cited figure.`,
    topicsTitle: "Pick a topic of the report:",
    topicHeading: (t) => `Topic: ${t}`,
    sourceTitle: "Source",
    sourceNumber: "Number",
    sourceDate: "Date",
    sourceIssuer: "Issued by",
    sourceSubject: "Subject",
    sourcePublished: "Published",
    source: "Source",
    sectionOf: (title) => `Section “${title}”:`,
    maybe: "You may also mean:",
    textOnly: "Sorry, I only understand text questions. Please type one, for example:",
    tooLong: (n, max) => `Your question is too long (${n} characters). Please keep it under ${max} characters, for example:`,
    unknownCommand: "I don't know this command. Type /help to see how to ask.",
    staleButton: "This button no longer works. Please type your question.",
    inlineNothing: "No figure found – ask the assistant",
  },
};

/** The language of replies that carry no Answer (commands, stickers): the user's app language. */
export function langOf(languageCode: string | undefined): Lang {
  return languageCode?.toLowerCase().startsWith("en") ? "en" : "vi";
}
