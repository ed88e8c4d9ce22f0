// Which part of a message asks: people write greetings, self-introductions and thanks around
// their question, and those words are not what they ask about.
import { asks } from "./question-forms.ts";
import { fold } from "./normalize.ts";


/** A sentence that only announces what follows ("… xin được hỏi:", "my question is:"), folded. */
const ANNOUNCES = /\b(hoi|question|ask|biet|sau|following|below|cung cap|thong tin)\s*:\s*$/;

/** A leading form of address, up to its comma or colon (on the text as typed, marks or none). */
// The word must end where the text has a space or comma: "Hiện có …" does not start with "hi".
const VOCATIVE = /^\s*(?:thưa|thua|kính gửi|kinh gui|kính thưa|kinh thua|chào|chao|xin chào|xin chao|dear|hello|hi)(?=[\s,:])[^,:.?!]{0,40}[,:]\s*/iu;

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
  // A sentence ending in ":" introduces the one after it ("Chỉ riêng các đơn vị sự nghiệp thuộc sở:
  // bao nhiêu …?"): it goes with it, unless it only announces the question ("xin hỏi:").
  const asking = sentences.filter((s, i) => asks(s) || (/:\s*$/.test(s) && !ANNOUNCES.test(fold(s).toLowerCase()) && sentences[i + 1] !== undefined && asks(sentences[i + 1]!)));
  return asking.length ? asking.join(" ") : text;
}
