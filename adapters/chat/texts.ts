// Everything the bots say that is not an Answer, written once for every platform, in Vietnamese
// and English. Spans, so Telegram can bold a title or link the source and plain-text platforms
// simply drop the styling. What differs by capability (buttons or not) is a parameter here, not
// a second copy in an adapter.
import { ask, formatReportDate, reports, type Lang } from "../../src/core/index.ts";
import { text, type Span } from "./spans.ts";
import { topics } from "./topics.ts";

/** What a platform can show, which changes how some texts read. */
export interface Features {
  /** Inline buttons under a message (Telegram). Without them, choices are typed replies. */
  buttons: boolean;
  /** How users address the bot in a group ("@cchc_tth_bot"), when known. */
  mention?: string;
  /** Lines only this platform's help has (Telegram's inline mode). */
  extraHelp?: (lang: Lang) => string[];
}

/** A question typed the way people type on phones: no diacritics, abbreviations. */
const TYPED_EXAMPLE = "bai bo bao nhieu tthc";

/** The core's own suggestions for an empty question: questions it can always answer. */
export function exampleQuestions(lang: Lang, count = 3): string[] {
  return ask("", { lang }).suggestions.slice(0, count);
}

const citations = (lang: Lang) => reports(lang).map((r) => r.citation).join("; ");


function helpBody(lang: Lang, f: Features): Span[] {
  const examples = [...exampleQuestions(lang), ...(lang === "vi" ? [TYPED_EXAMPLE] : [])].map((q) => `• ${q}`).join("\n");
  const mention = f.mention ?? (lang === "vi" ? "@tên trợ lý" : "@the assistant's name");
  const lines =
    lang === "vi"
      ? [
          `Trợ lý trả lời câu hỏi về kết quả cải cách hành chính theo ${citations("vi")}.`,
          "Bạn gõ câu hỏi bằng tiếng Việt (có dấu hay không dấu đều được) hoặc tiếng Anh. Mỗi câu trả lời nêu đúng số liệu và trích nguyên văn câu trong báo cáo. Có thể hỏi tiếp, ví dụ “còn cấp huyện thì sao?”.",
          `Ví dụ:\n${examples}`,
          "Lệnh:\n/chude – các chủ đề của báo cáo\n/nguon – thông tin về báo cáo nguồn\n/moi – bắt đầu câu hỏi mới (hoặc gõ “câu hỏi mới”)\n/help – xem hướng dẫn này",
          `Trong nhóm: nhắc ${mention} trong câu hỏi, hoặc trả lời một tin nhắn của trợ lý.`,
        ]
      : [
          `I answer questions about the administrative reform results in ${citations("en")}.`,
          "Type a question in Vietnamese (with or without diacritics) or in English. Each answer gives the exact figure and quotes the report's sentence. You can follow up, e.g. “and at district level?”.",
          `Examples:\n${examples}`,
          "Commands:\n/chude – the report's topics\n/nguon – about the source report\n/moi – start a new question\n/help – this help",
          `In groups: mention ${mention} in your question, or reply to one of the assistant's messages.`,
        ];
  return [text([...lines, ...(f.extraHelp?.(lang) ?? [])].join("\n\n"))];
}

export const TEXTS = {
  vi: {
    hello: (name?: string) => (name ? `Xin chào ${name}!` : "Xin chào!"),
    helpTitle: "Cách hỏi trợ lý",
    topicsPick: "Chọn một chủ đề của báo cáo:",
    topicsBelow: "Chọn một chủ đề bên dưới, hoặc gõ câu hỏi.",
    topicsType: "Gõ “chủ đề 3” (hoặc tên chủ đề) để xem các số liệu chính của chủ đề đó.",
    topicsTitle: "Các chủ đề của báo cáo:",
    noSuchTopic: (n: number, count: number) => `Không có chủ đề ${n}: báo cáo có ${count} chủ đề, đánh số từ 1 đến ${count}. Gõ /chude để xem danh sách.`,
    topicHeading: (n: number, title: string) => `Chủ đề ${n}: ${title}`,
    sourceTitle: "Nguồn dữ liệu",
    sourceFields: ["Số", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu", "Đăng tải"] as const,
    newQuestion: "Đã bắt đầu lại: câu hỏi tiếp theo sẽ không nối tiếp câu trước. Bạn hãy gõ câu hỏi.",
    textOnly: (what: string, example: string) =>
      `Cảm ơn bạn! Trợ lý chỉ hiểu câu hỏi gõ bằng chữ, chưa đọc được ${what}. Bạn hãy gõ câu hỏi, ví dụ: “${example}” hoặc “${TYPED_EXAMPLE}”. Gõ /chude để xem các chủ đề.`,
    tooLong: (n: string, max: string) => `Câu hỏi dài quá (${n} ký tự). Bạn hãy hỏi ngắn gọn, dưới ${max} ký tự, ví dụ:`,
    unknownCommand: "Trợ lý không có lệnh này. Gõ /help để xem cách hỏi.",
    staleButton: "Nút này không còn dùng được. Bạn hãy gõ câu hỏi.",
    inlineNothing: "Không tìm thấy số liệu – hỏi trợ lý",
    failure: "Xin lỗi, trợ lý đang gặp sự cố. Bạn vui lòng hỏi lại sau ít phút.",
    feedbackHint: "Câu trả lời đúng ý bạn chưa? Trả lời “đúng” hoặc “sai” để góp ý.",
    feedbackThanks: "Cảm ơn bạn đã góp ý!",
    voteUp: "👍 Đúng",
    voteDown: "👎 Sai",
    handoffOffer: (buttons: boolean) =>
      buttons ? "Bạn có muốn gửi câu hỏi này cho cán bộ không?" : "Gửi câu hỏi này cho cán bộ? Trả lời “có” để gửi.",
    handoffButton: "📨 Gửi câu hỏi này cho cán bộ",
    handoffSent: (code: string) => `Đã gửi câu hỏi cho cán bộ (mã #${code}). Câu trả lời sẽ được gửi cho bạn tại đây, trong vòng 7 ngày.`,
    handoffLimit: (n: number) => `Bạn đang có ${n} câu hỏi chờ cán bộ trả lời. Bạn vui lòng chờ câu trả lời trước khi gửi thêm.`,
    handoffFailed: "Chưa gửi được câu hỏi cho cán bộ. Bạn thử lại sau ít phút (trả lời “có”).",
    handoffRelay: (code: string, question: string, answer: string) => `Cán bộ trả lời câu hỏi #${code} của bạn:\n“${question}”\n\n${answer}`,
  },
  en: {
    hello: (name?: string) => (name ? `Hello ${name}!` : "Hello!"),
    helpTitle: "How to ask",
    topicsPick: "Pick a topic of the report:",
    topicsBelow: "Pick a topic below, or type a question.",
    topicsType: "Type “chủ đề 3” (or a topic's name) for that topic's key figures.",
    topicsTitle: "The report's topics:",
    noSuchTopic: (n: number, count: number) => `There is no topic ${n}: the report has ${count} topics, numbered 1 to ${count}. Type /chude for the list.`,
    topicHeading: (n: number, title: string) => `Topic ${n}: ${title}`,
    sourceTitle: "Source",
    sourceFields: ["Number", "Date", "Issued by", "Subject", "Published"] as const,
    newQuestion: "Starting over: your next question will not continue the previous one. Please type a question.",
    textOnly: (what: string, example: string) =>
      `Thanks! I only understand typed questions and cannot read ${what}. Please type a question, for example: “${example}”. Type /chude for the topics.`,
    tooLong: (n: string, max: string) => `Your question is too long (${n} characters). Please keep it under ${max} characters, for example:`,
    unknownCommand: "I don't know this command. Type /help to see how to ask.",
    staleButton: "This button no longer works. Please type your question.",
    inlineNothing: "No figure found – ask the assistant",
    failure: "Sorry, the assistant ran into a problem. Please ask again in a few minutes.",
    feedbackHint: "Was this answer right? Reply “đúng” (right) or “sai” (wrong).",
    feedbackThanks: "Thank you for your feedback!",
    voteUp: "👍 Right",
    voteDown: "👎 Wrong",
    handoffOffer: (buttons: boolean) =>
      buttons ? "Would you like to send this question to an official?" : "Send this question to an official? Reply “có” (yes) to send it.",
    handoffButton: "📨 Send this question to an official",
    handoffSent: (code: string) => `Your question was sent to an official (case #${code}). The answer will come to you here, within 7 days.`,
    handoffLimit: (n: number) => `You have ${n} questions waiting for an official's answer. Please wait for an answer before sending more.`,
    handoffFailed: "The question could not be sent to an official yet. Please try again in a few minutes (reply “có”).",
    handoffRelay: (code: string, question: string, answer: string) => `An official answered your question #${code}:\n“${question}”\n\n${answer}`,
  },
} satisfies Record<Lang, unknown>;

/** What each kind of media (Zalo's `message.<kind>.received` names) is called in the "text only" reply; others get the last line. */
const MEDIA_NAMES: Record<Lang, Record<string, string>> = {
  vi: {
    image: "hình ảnh", photo: "hình ảnh", sticker: "sticker", voice: "tin nhắn thoại", audio: "tin nhắn thoại",
    video: "video", gif: "ảnh GIF", file: "tệp đính kèm", location: "vị trí", link: "đường liên kết", contact: "danh thiếp",
  },
  en: {
    image: "images", photo: "images", sticker: "stickers", voice: "voice messages", audio: "voice messages",
    video: "videos", gif: "GIFs", file: "files", location: "locations", link: "links", contact: "contacts",
  },
};
const OTHER_MEDIA: Record<Lang, string> = { vi: "loại tin nhắn này", en: "this kind of message" };

/** /start: greeting, what the assistant covers, how to ask, examples, commands. */
export function welcome(lang: Lang, f: Features, name?: string): Span[] {
  const below = f.buttons ? [text(`\n\n${TEXTS[lang].topicsBelow}`)] : [];
  return [{ text: TEXTS[lang].hello(name), bold: true }, text(" "), ...helpBody(lang, f), ...below];
}

/** /help: the same, under a title. */
export function help(lang: Lang, f: Features): Span[] {
  return [{ text: TEXTS[lang].helpTitle, bold: true }, text("\n\n"), ...helpBody(lang, f)];
}

/** /chude: with buttons, a prompt above them; without, the numbered list and how to pick. */
export function topicsText(lang: Lang, f: Features): Span[] {
  const t = TEXTS[lang];
  if (f.buttons) return [text(t.topicsPick)];
  const list = topics(lang)
    .map((x) => `${x.number}. ${x.title}`)
    .join("\n");
  return [text(`${t.topicsTitle}\n${list}\n\n${t.topicsType}`)];
}

export function noSuchTopic(n: number, lang: Lang): Span[] {
  return [text(TEXTS[lang].noSuchTopic(n, topics(lang).length))];
}

/** /nguon: each report's number, date, issuer, subject and where it was published (linked). */
export function sourceText(lang: Lang): Span[] {
  const t = TEXTS[lang];
  const [number, date, issuer, subject, published] = t.sourceFields;
  const spans: Span[] = [{ text: t.sourceTitle, bold: true }];
  for (const r of reports(lang)) {
    spans.push(
      text("\n\n"),
      { text: r.citation, bold: true },
      text(`\n${number}: ${r.number}\n${date}: ${formatReportDate(r.date)}\n${issuer}: ${r.issuer}\n${subject}: ${r.title}\n`),
      text(`${published}: ${formatReportDate(r.published)}, `),
      { text: r.source.name, href: r.source.url },
    );
  }
  return spans;
}

/** An image, a sticker, a voice message…: only typed text is understood. */
export function textOnly(kind: string, lang: Lang): Span[] {
  const names = MEDIA_NAMES[lang];
  const what = Object.hasOwn(names, kind) ? names[kind]! : OTHER_MEDIA[lang];
  const [example] = exampleQuestions(lang, 1);
  return [text(TEXTS[lang].textOnly(what, example ?? TYPED_EXAMPLE))];
}

/** A question over the length the core reads, with an example of a short one. */
export function tooLong(length: string, max: string, lang: Lang): Span[] {
  const [example] = exampleQuestions(lang, 1);
  return [text(`${TEXTS[lang].tooLong(length, max)}${example ? `\n“${example}”` : ""}`)];
}

export const say = (s: string): Span[] => [text(s)];
