// What officials read in their Telegram group. Vietnamese: the officials are Vietnamese.
import type { HandoffChannel } from "./store.ts";

const CHANNEL_NAMES: Record<HandoffChannel, string> = { zalo: "Zalo", telegram: "Telegram", web: "trang web" };

/** The post; it starts with the case code, which is how an official's reply finds its case. */
export const post = (code: string, channel: HandoffChannel, question: string, days: number) =>
  `#${code} · Câu hỏi của người dân (qua ${CHANNEL_NAMES[channel]}), trợ lý chưa trả lời được:\n“${question}”\n\n` +
  `Trả lời (reply) tin nhắn này để gửi câu trả lời cho người hỏi. Mã hết hạn sau ${days} ngày.`;

/** The case code at the start of one of the bot's posts. */
export const CODE_IN_POST = /^#([2-9A-HJKMNP-Z]{4})\b/;

export const OFFICIAL = {
  delivered: (code: string) => `✅ Đã chuyển câu trả lời cho người hỏi (#${code}).`,
  stored: (code: string) => `✅ Đã lưu câu trả lời (#${code}): người hỏi sẽ thấy khi mở lại trang web.`,
  already: (code: string) => `Câu hỏi #${code} đã được trả lời; câu trả lời này không được chuyển thêm.`,
  expired: (code: string) => `Mã #${code} đã hết hạn hoặc không còn; câu trả lời không được chuyển.`,
  failed: (code: string) => `⚠️ Chưa chuyển được câu trả lời (#${code}). Hãy trả lời lại tin nhắn câu hỏi sau ít phút để thử lại.`,
  unconfirmed: (code: string) =>
    `⚠️ Không xác nhận được việc chuyển câu trả lời (#${code}): có thể người hỏi đã nhận được. Trợ lý không gửi lại, để người hỏi không nhận hai lần.`,
  textOnly: "Chỉ chuyển được câu trả lời bằng chữ. Hãy trả lời tin nhắn câu hỏi bằng một tin nhắn chữ.",
};
