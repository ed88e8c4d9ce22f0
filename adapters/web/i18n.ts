// The pages' own words in Vietnamese (default) and English, over the site shell's words
// (src/site/layout.tsx). Figures, labels and citations come from the core in the same language;
// `?lang=en` switches (src/site/page-lang.ts), every link keeps the choice.
import type { Lang } from "../../src/core/index.ts";
import { SHELL_WORDS } from "../../src/site/layout.tsx";

export const UI = {
  vi: {
    ...SHELL_WORDS.vi,
    chatTitle: "Hỏi về kết quả cải cách hành chính năm 2024",
    chatLead:
      "Trợ lý trả lời bằng con số chính xác và trích dẫn nguyên văn Báo cáo số 627/BC-UBND ngày 20/12/2024 của UBND tỉnh Thừa Thiên Huế. Hỏi bằng tiếng Việt (có dấu hoặc không dấu) hoặc tiếng Anh.",
    topics: "Chủ đề",
    topicsHint: "Chọn một chủ đề để xem các số liệu chính:",
    conversation: "Cuộc trò chuyện",
    questionLabel: "Câu hỏi của bạn",
    placeholder: "Ví dụ: Có bao nhiêu TTHC được công bố?",
    ask: "Hỏi",
    newQuestion: "Câu hỏi mới",
    reportNo: "Báo cáo số",
    noscript: "Trang hỏi đáp cần JavaScript. Bạn vẫn xem được toàn bộ số liệu ở trang Số liệu.",
    exploreTitle: "Số liệu cải cách hành chính năm 2024",
    exploreLead: "Từng lĩnh vực với các con số trong báo cáo, kèm biểu đồ khi báo cáo nêu một tỷ lệ hoặc một phép so sánh. Mọi số liệu đều có trích dẫn nguyên văn.",
    contents: "Mục lục",
    toContents: "Mục lục ↑",
    findLabel: "Tìm số liệu",
    findPlaceholder: "Ví dụ: bien che",
    find: "Tìm",
    /** {n}: how many items match; {q}: what was typed. */
    found: "Có {n} mục khớp với “{q}”.",
    foundNone: "Không có mục nào khớp với “{q}”. Hãy thử từ khác, hoặc hỏi trợ lý ở trang Hỏi đáp.",
    charts: "Biểu đồ",
    figures: "Số liệu",
    statements: "Nội dung khác",
    source: "Nguồn",
    showQuote: "Trích dẫn nguyên văn",
    section: "mục",
    json: "Dữ liệu dạng JSON",
  },
  en: {
    ...SHELL_WORDS.en,
    chatTitle: "Ask about the 2024 administrative reform results",
    chatLead:
      "The assistant answers with exact figures and verbatim quotes from Report No. 627/BC-UBND of 20 December 2024 of the People's Committee of Thua Thien Hue province. Ask in English or Vietnamese.",
    topics: "Topics",
    topicsHint: "Pick a topic to see its main figures:",
    conversation: "Conversation",
    questionLabel: "Your question",
    placeholder: "e.g. How many procedures were published?",
    ask: "Ask",
    newQuestion: "New question",
    reportNo: "Report No.",
    noscript: "The chat needs JavaScript. Every figure is also on the Figures page.",
    exploreTitle: "Administrative reform figures, 2024",
    exploreLead: "Each area with the report's figures, and a chart where the report states a share or a comparison. Every figure is quoted verbatim.",
    contents: "Contents",
    toContents: "Contents ↑",
    findLabel: "Find figures",
    findPlaceholder: "e.g. budget",
    find: "Find",
    found: "Items matching “{q}”: {n}.",
    foundNone: "Nothing matches “{q}”. Try other words, or ask the assistant on the Ask page.",
    charts: "Charts",
    figures: "Figures",
    statements: "Other findings",
    source: "Source",
    showQuote: "Verbatim quote",
    section: "section",
    json: "The data as JSON",
  },
} satisfies Record<Lang, Record<string, string>>;

export type Strings = (typeof UI)["vi"];
