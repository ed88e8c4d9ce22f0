// What the web page holds for its answers and its handoffs, and what the server keeps of it. The
// page gets random ids (in its memory: no cookie, no storage); D1 only sees their HMAC with
// LOG_SALT, as the bots' refs are HMACs of chat and message ids. So a copy of the database can
// neither vote nor read a case, and nothing in it leads back to a browser.
import { hashId } from "../../src/log.ts";

/** `bytes` random bytes as base64url (16 → 22 characters). */
export function randomId(bytes = 16): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...raw)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The feedback table's `question_ref` of a web answer whose page id is `id`. */
export const webQuestionRef = (id: string, salt: string | undefined) => hashId(`q:web:${id}`, salt);

/** How long the page may take to accept an offer to hand a declined question to an official. */
export const OFFER_TTL_MS = 60 * 60 * 1000;

const offerMac = (question: string, issued: number, salt: string) => hashId(`offer:web:${issued}:${question.normalize("NFC")}`, salt);

/**
 * The proof that this server declined `question` (and offered to hand it on): "<ms, base 36>.<HMAC>".
 * POST /chat/handoff takes only questions that carry one, so the officials' group gets declined
 * questions, not whatever a script posts.
 */
export async function handoffOffer(question: string, salt: string, now = Date.now()): Promise<string> {
  return `${now.toString(36)}.${await offerMac(question, now, salt)}`;
}

/** True when `offer` was made for `question` by this server less than OFFER_TTL_MS ago. */
export async function offerValid(offer: string, question: string, salt: string, now = Date.now()): Promise<boolean> {
  const m = /^([0-9a-z]{1,12})\.([0-9a-f]{32})$/.exec(offer);
  if (!m) return false;
  const issued = parseInt(m[1]!, 36);
  if (!(issued <= now && now - issued < OFFER_TTL_MS)) return false;
  return sameText(m[2]!, await offerMac(question, issued, salt));
}

/** Compares in time independent of where the strings differ. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
