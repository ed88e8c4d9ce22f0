// What the assistant says on Zalo besides answers: help, the topic list, replies to images,
// stickers, voice messages and other media. Vietnamese first; English when the user writes
// English. Built from the knowledge base (report citations, section titles, headline questions)
// so it follows the data.
import { facts, headlineFactIds, reports, type Lang } from "../../src/core/index.ts";
import { topics } from "./topics.ts";

/** A question typed the way people type on phones: no diacritics, abbreviations. */
const TYPED_EXAMPLE = "bai bo bao nhieu tthc";

function exampleQuestions(lang: Lang, n = 3): string[] {
  const headline = new Set(headlineFactIds());
  return facts(lang)
    .filter((f) => headline.has(f.id))
    .slice(0, n)
    .map((f) => f.question);
}

function covered(lang: Lang): string {
  return reports(lang)
    .map((r) => r.citation)
    .join(lang === "vi" ? "; " : "; ");
}

/** /start and /help: what the assistant covers, how to ask, examples, commands. */
export function helpText(lang: Lang): string {
  const examples = [...exampleQuestions(lang), ...(lang === "vi" ? [TYPED_EXAMPLE] : [])].map((q) => `- ${q}`).join("\n");
  if (lang === "en") {
    return [
      `Hello! I answer questions about the administrative reform results in ${covered("en")}.`,
      "Type a question in Vietnamese (with or without diacritics) or in English. Each answer gives the exact figure and quotes the report's sentence.",
      `Examples:\n${examples}`,
      "Commands:\n/chude – the report's topics (then type “chủ đề 3” or a topic's name)\n/help – this help",
      "In a group, mention the assistant (@name) or reply to one of its messages: Zalo shows it nothing else.",
    ].join("\n\n");
  }
  return [
    `Xin chào! Trợ lý trả lời câu hỏi về kết quả cải cách hành chính theo ${covered("vi")}.`,
    "Bạn gõ câu hỏi bằng tiếng Việt (có dấu hay không dấu đều được) hoặc tiếng Anh. Mỗi câu trả lời nêu đúng số liệu và trích nguyên văn câu trong báo cáo.",
    `Ví dụ:\n${examples}`,
    "Lệnh:\n/chude – các chủ đề của báo cáo (sau đó gõ “chủ đề 3” hoặc tên chủ đề)\n/help – xem hướng dẫn này",
    "Trong nhóm: hãy nhắc tên trợ lý (@tên) hoặc trả lời một tin nhắn của trợ lý (Zalo chỉ chuyển cho trợ lý những tin nhắn này).",
  ].join("\n\n");
}

/** /chude: the sections as a numbered list. */
export function topicsText(lang: Lang): string {
  const list = topics(lang)
    .map((t) => `${t.number}. ${t.title}`)
    .join("\n");
  return lang === "vi"
    ? `Các chủ đề của báo cáo:\n${list}\n\nGõ “chủ đề 3” (hoặc tên chủ đề) để xem các số liệu chính của chủ đề đó.`
    : `The report's topics:\n${list}\n\nType “chủ đề 3” (or a topic's name) for that topic's key figures.`;
}

export function noSuchTopicText(n: number, lang: Lang): string {
  const count = topics(lang).length;
  return lang === "vi"
    ? `Không có chủ đề ${n}: báo cáo có ${count} chủ đề, đánh số từ 1 đến ${count}. Gõ /chude để xem danh sách.`
    : `There is no topic ${n}: the report has ${count} topics, numbered 1 to ${count}. Type /chude for the list.`;
}

export function topicHeading(number: number, title: string, lang: Lang): string {
  return lang === "vi" ? `Chủ đề ${number}: ${title}` : `Topic ${number}: ${title}`;
}

/** What each kind of media is called in the "text only" reply; kinds Zalo adds later get the last line. */
const MEDIA_NAMES: Record<string, string> = {
  image: "hình ảnh",
  photo: "hình ảnh",
  sticker: "sticker",
  voice: "tin nhắn thoại",
  audio: "tin nhắn thoại",
  video: "video",
  gif: "ảnh GIF",
  file: "tệp đính kèm",
  location: "vị trí",
  link: "đường liên kết",
  contact: "danh thiếp",
};
const OTHER_MEDIA = "loại tin nhắn này";

/** An image, a sticker, a voice message, a file… (`kind` from `message.<kind>.received`): only text is understood. */
export function textOnlyText(kind: string): string {
  const what = Object.hasOwn(MEDIA_NAMES, kind) ? MEDIA_NAMES[kind]! : OTHER_MEDIA;
  const [example] = exampleQuestions("vi", 1);
  return (
    `Cảm ơn bạn! Trợ lý chỉ hiểu câu hỏi gõ bằng chữ, chưa đọc được ${what}. ` +
    `Bạn hãy gõ câu hỏi, ví dụ: “${example ?? TYPED_EXAMPLE}” hoặc “${TYPED_EXAMPLE}”. Gõ /chude để xem các chủ đề.`
  );
}
