// Which part of a message asks: people write greetings, self-introductions and thanks around
// their question, and those words are not what they ask about.
import { fold } from "./normalize.ts";

/** A question form: an amount, a which/what/how, or a question mark (on folded, lower-case text). */
export const ASKS = /\?|\b(bao nhieu|bn|may|nao|gi|the nao|ra sao|khong|chua|co phai|how|what|which|when|does|did|is there|are there)\b/;

/** A leading form of address, up to its comma or colon (on the text as typed, marks or none). */
const VOCATIVE = /^\s*(?:thưa|thua|kính gửi|kinh gui|kính thưa|kinh thua|chào|chao|xin chào|xin chao|dear|hello|hi)\b[^,:.?!]{0,40}[,:]\s*/iu;

/**
 * The sentences that ask, without greetings, self-introductions and thanks around them ("Kính
 * gửi…, tôi là cán bộ tư pháp cấp huyện, xin hỏi: … bao nhiêu …? Trân trọng cảm ơn."): their
 * words are not what is asked about.
 */
export function focus(input: string): string {
  // "Thưa cán bộ, …", "Kính gửi Ban biên tập, …", "Chào ad, …": whom the message addresses.
  const text = input.replace(VOCATIVE, "").trim() || input;
  const sentences = text.split(/(?<=[.!?:;])\s+|\n+/).filter((s) => s.trim());
  if (sentences.length < 2) return text;
  const asking = sentences.filter((s) => ASKS.test(fold(s).toLowerCase()));
  return asking.length ? asking.join(" ") : text;
}
