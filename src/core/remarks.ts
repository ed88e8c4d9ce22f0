// Clauses of a chat message that are remarks, not what is asked: who asks and why ("e dang lam bai
// thu hoach lop boi duong"), what someone said ("ong hang xom bao hon 2 ngan ma e ko tin lam"),
// thanks. People on Zalo write them around their question with commas, not full stops, so the
// message's focus (sentences) keeps them; read with the question they drown its words.
import { withoutNameCommas } from "./name-commas.ts";
import { fold } from "./normalize.ts";

/**
 * A clause saying who asks and why, what someone said, or thanks (folded, past a greeting): "e dang
 * on thi cong chuc", "co nguoi noi giam toi 2 ngan nguoi", "ong hang xom bao hon 2 ngan", "cam on ad".
 */
const REMARK = /^(?:(?:chao|hi|hello|alo|ad oi|ad|admin)\s+)*(?:(?:\S+ ){0,4}(?:nghe|doc|thay)\b.{0,40}?\b(?:noi|bao|dau|viet)\b|co (?:nguoi|ng|may (?:anh|chi|nguoi)) (?:noi|bao)\b|nguoi ta (?:noi|bao)\b|(?:ong|ba|anh|chi|co|chu|bac|sep|ban)(?: \S+){0,2} (?:noi|bao)\b|(?:con )?(?:e|em|minh|toi|mk)(?: (?:la|dang|lam|hoc|on|thay|nghi|ko|khong|chua|o)\b)|(?:(?:e|em|minh|toi|mk) )?(?:cam on|thanks|tks|thank you)|(?:xin )?(?:chao|hi|hello|alo)(?: (?:ad|admin|ban|anh|chi|a|nhe|nha))*$|chuc\b|mong ad|nho ad|i (?:heard|read|was told)\b|someone (?:said|told)\b|my (?:neighbou?r|friend|boss)\b)/;

/** Words that ask an amount however typed (folded). */
const HOW_MANY = /\b(?:bao nhieu|bn|how many|how much)\b/;

/** What parts clauses: commas, semicolons, colons, sentence ends (not inside a number: "1,5", "6/12"). */
const CLAUSE_BREAK = /(?<!\d)[,;.]|[,;.](?!\d)|[:?!]/g;

/** The message without its remarks that ask nothing, or undefined when it has none or nothing else. */
export function withoutRemarks(text: string): string | undefined {
  const blanked = withoutNameCommas(text);
  const pieces: string[] = [];
  let from = 0;
  // (Each piece keeps its own question mark: "… bn thu tuc hanh chinh z?" asks.)
  for (const m of blanked.matchAll(CLAUSE_BREAK)) {
    const end = m[0] === "?" ? m.index! + 1 : m.index!;
    pieces.push(text.slice(from, end));
    from = m.index! + 1;
  }
  pieces.push(text.slice(from));
  if (pieces.length < 2) return undefined;
  // (A remark may hold a word that asks, typed without marks: "nghe may anh noi …" is "mấy anh".)
  const kept = pieces.filter((p) => {
    const folded = fold(p).toLowerCase().trim();
    if (!folded) return false;
    return !REMARK.test(folded) || p.includes("?") || HOW_MANY.test(folded);
  });
  if (kept.length === 0 || kept.length === pieces.filter((p) => p.trim()).length) return undefined;
  return kept.map((p) => p.trim()).join(", ");
}
