// Clauses of a chat message that are remarks, not what is asked: who asks and why ("e dang lam bai
// thu hoach lop boi duong"), what someone said ("ong hang xom bao hon 2 ngan ma e ko tin lam"),
// thanks. People on Zalo write them around their question with commas, not full stops, so the
// message's focus (sentences) keeps them; read with the question they drown its words.
import { withoutNameCommas } from "./name-commas.ts";
import { fold } from "./normalize.ts";
import { PIECES_OF_WRITING } from "./lexicon/intents.ts";

/** A greeting or form of address opening a clause (folded): the remark's kind is told past it. */
const GREETING = String.raw`^(?:(?:chao|hi|hello|alo|ad oi|ad|admin)\s+)*`;
/** What someone said ("co nguoi noi giam toi 2 ngan nguoi", "ong hang xom bao hon 2 ngan", "hieu truong co nhac la …"), or the asker half-remembers ("nhớ mang máng là … hơn 170", "nghe loáng thoáng là …"), folded. */
const HEARSAY = new RegExp(String.raw`${GREETING}(?:(?:\S+ ){0,4}nghe\b.{0,40}?\b(?:noi|bao|dau)\b|(?:\S+ ){0,6}(?:nghe (?:loang thoang|phong phanh|mang mang)|nho mang mang|nho lo mo|nho khong ro)\b|i (?:vaguely )?(?:remember|recall)\b|if i (?:remember|recall) (?:correctly|right)\b|co (?:nguoi|ng|may (?:anh|chi|nguoi)) (?:noi|bao)\b|nguoi ta (?:noi|bao)\b|(?:ong|ba|anh|chi|co|chu|bac|sep|ban|hieu truong)(?: \S+){0,2} (?:noi|bao|nhac la)\b|i (?:heard|was told)\b|someone (?:said|told)\b|my (?:neighbou?r|friend|boss)\b)`);
/** Why a writer asks ("I'm writing about …", "and I'm focusing on how provinces …", "I'm a freelance journalist", "For a story on red tape in Huế", "Two quick ones", "Quick check for my piece", "Journalist from a local paper here"), folded. */
const WRITERS_PURPOSE = String.raw`(?:and |so )?(?:i'?m|i am) (?:writing|working on|preparing|researching|focusing on|looking (?:at|into)|putting together|a (?:\S+ )?(?:journalist|reporter|student|researcher))\b|for (?:a|an|my|our) (?:${PIECES_OF_WRITING.join("|")})\b|(?:two|three|a few|some|a couple of) quick (?:ones|questions)\b|quick (?:question|check)\b|(?:\S+ ){0,10}(?:asked|wants to know from) (?:me|us)(?: (?:two|three|a few|some|several|a couple of) (?:things|questions)\b.*)?$|(?:a |the )?(?:journalist|reporter|student|researcher|official)(?: (?:from|at|with) .{0,40})? here\b`;
/** What the asker is doing, or does every week, its "em" said in the clause before ("em là học viên, [đang viết tiểu luận về …]", "tuần nào cũng phải đi làm giấy tờ"), folded. */
const SELF_WITHOUT_SUBJECT = String.raw`dang (?:viet|lam (?:bai|luan|tieu luan|bao cao|slide)|hoc|on thi|tim hieu|nghien cuu|soan)\b|(?:tuan|ngay|thang|nam|lan) nao (?:cung|toi cung|em cung|minh cung)\b`;
/** Where the asker heard of it ("Trong buổi sinh hoạt chuyên môn tuần trước", "tại cuộc họp hôm qua"), folded. */
// (Not one saying what it was about: "Trong buổi họp … bàn về biên chế công chức" names what is asked.)
const OCCASION = String.raw`(?:trong|tai|o) (?:buoi|cuoc hop|phien hop|hoi nghi)\b(?!.*\b(?:ve|about)\b)`;
/** How the asker feels ("buồn lắm", "tò mò quá"), folded. */
const FEELING = String.raw`(?:buon|vui|met|chan|tiec|lo|tuc|ngai|to mo|hoi hop|thac mac) (?:lam|qua|ghe|that)\b`;
/** Who asks and why, what they read, thanks, a bare greeting ("e dang on thi cong chuc", "cam on ad"), folded. */
const ABOUT_THE_ASKER = new RegExp(String.raw`${GREETING}(?:(?:\S+ ){0,4}(?:doc|thay)\b.{0,40}?\b(?:noi|viet|ghi)\b|(?:con )?(?:e|em|minh|toi|mk)(?: (?:la|dang|lam|hoc|on|thay|nghi|ko|khong|chua|o)\b)|(?:(?:e|em|minh|toi|mk) )?(?:cam on|thanks|tks|thank you)|(?:xin )?(?:chao|hi|hello|alo)(?: (?:ad|admin|ban|anh|chi|a|nhe|nha))*$|chuc\b|mong ad|nho ad|i read\b|(?:nhung |ma )?(?:e|em|minh|toi) (?:khong|ko|k|chua) (?:chac|nho ro)\b|${WRITERS_PURPOSE}|${SELF_WITHOUT_SUBJECT}|${FEELING}|${OCCASION})`);

/** The kind of remark a clause is: what someone said, or about the asker (and courtesy, and what they have). */
export type Remark = "hearsay" | "asker";

/** What the asker already has ("chi cân đối đã có rồi", "… thì biết rồi"), folded: no question of it. */
const KNOWN = /\b(?:(?:da )?(?:co|ro|biet) roi|da ro|da co|ok roi)$/;

/** Words that ask an amount however typed (folded). */
const HOW_MANY = /\b(?:bao nhieu|bn|how many|how much)\b/;

/** What parts clauses: commas, semicolons, colons, sentence ends (not inside a number: "1,5", "6/12"). */
const CLAUSE_BREAK = /(?<!\d)[,;.]|[,;.](?!\d)|[:?!]/g;

/**
 * The message without its remarks that ask nothing, or undefined when it has none or nothing else.
 * `kept`: a remark never dropped for what it names (an agency; a number the asker states), which the
 * message read whole answers or declines on.
 */
export function withoutRemarks(text: string, kept: (clause: string, remark: Remark) => boolean): string | undefined {
  const blanked = withoutNameCommas(text);
  const pieces: string[] = [];
  let from = 0;
  // (Each piece keeps the mark that ends it: "… bn thu tuc hanh chinh z?" asks, and what is left keeps
  // its shape, "Em có hai câu hỏi: thứ nhất, …; thứ hai, …?".)
  for (const m of blanked.matchAll(CLAUSE_BREAK)) {
    pieces.push(text.slice(from, m.index! + 1));
    from = m.index! + 1;
  }
  pieces.push(text.slice(from));
  if (pieces.length < 2) return undefined;
  // (A remark may hold a word that asks, typed without marks: "nghe may anh noi …" is "mấy anh".)
  const left = pieces.filter((p) => {
    const folded = fold(p).toLowerCase().trim().replace(/[,;.:!]$/, "").trim();
    if (!folded) return false;
    const remark: Remark | undefined = HEARSAY.test(folded) ? "hearsay" : ABOUT_THE_ASKER.test(folded) || KNOWN.test(folded) ? "asker" : undefined;
    return !remark || p.includes("?") || HOW_MANY.test(folded) || kept(p, remark);
  });
  if (left.length === 0 || left.length === pieces.filter((p) => p.trim().replace(/^[,;.:!]$/, "")).length) return undefined;
  return left.map((p) => p.trim()).join(" ").replace(/[,;:]\s*$/, "");
}
