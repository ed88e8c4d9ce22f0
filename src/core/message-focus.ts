// Which part of a message asks: people write greetings, self-introductions and thanks around
// their question, and those words are not what they ask about.
import { fold } from "./normalize.ts";

/** A question form: an amount, a which/what/how, or a question mark (on folded, lower-case text). */
export const ASKS = /\?|\b(bao nhieu|bn|may|nao|gi|the nao|ra sao|khong|chua|co phai|how|what|which|when|does|did|is there|are there)\b/;

/**
 * The sentences that ask, without greetings, self-introductions and thanks around them ("Kính
 * gửi…, tôi là cán bộ tư pháp cấp huyện, xin hỏi: … bao nhiêu …? Trân trọng cảm ơn."): their
 * words are not what is asked about.
 */
export function focus(text: string): string {
  const sentences = text.split(/(?<=[.!?:;])\s+|\n+/).filter((s) => s.trim());
  if (sentences.length < 2) return text;
  const asking = sentences.filter((s) => ASKS.test(fold(s).toLowerCase()));
  return asking.length ? asking.join(" ") : text;
}
