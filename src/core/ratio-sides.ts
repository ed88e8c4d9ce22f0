// The two sides of a rate as the question words them: "A bằng bao nhiêu phần trăm B", "A chiếm bao
// nhiêu % (trong) B", "trong số B, A chiếm bao nhiêu %", "tỷ lệ A trên tổng số B", "tỷ lệ A so với B", "what share of B
// were A", "A account for what share of B". Each side is then read on its own (operands.ts itemPick),
// so the part is what the question names as the part, not the best match for the whole message.
import { fold } from "./normalize.ts";
import { REQUEST_WORDS } from "./lexicon/intents.ts";
import { measuresIn } from "./measures-named.ts";

export interface RatioSides {
  part: string;
  whole: string;
  /** "chiếm", "share of": the part is within the whole (the rate is at most 100 %). */
  within: boolean;
}

const HOW_MUCH = String.raw`(?:khoang |chung )?(?:bao nhieu|bn|may)(?: (?:phan tram|%))?|(?:bao nhieu|bn|may)?\s*%`;

/** "A bằng / tương đương (khoảng) bao nhiêu phần trăm (của / so với) B" (folded). */
const EQUALS = /\b(?:bang|tuong duong(?: voi)?) (?:khoang |chung )?(?:bao nhieu|bn|may) (?:phan tram|%)(?: (?:cua|so voi|so))?\s/;
/** "A chiếm (tỷ lệ) bao nhiêu (%) (trong / của / trên / so với) (tổng) (số) B". */
const TAKES = new RegExp(String.raw`\bchiem (?:(?:ty|ti) (?:le|trong) |khoang )?(?:${HOW_MUCH})(?: (?:trong|cua|tren|so voi))?(?: tong)?(?: so)?\s`);
/** "Trong (tổng) số B, A chiếm bao nhiêu %": the whole first, the part after the last comma (B may list levels: "… cả ba cấp tỉnh, huyện, xã"). */
// (After a request: "Xin cho biết trong tổng số B, A chiếm …".)
const AMONG = new RegExp(String.raw`^(?:(?:${REQUEST_WORDS}),?\s+)*trong(?: tong)? so\s+(.+),\s*([^,]+?)\s+chiem\b`, "d");
/** "Tính cả B thì A chiếm bao nhiêu %": the whole set first as what is counted, the part after "thì". */
// (Its particle said: "Tỉnh …" and "Góp ý …" fold alike.)
// (Or "Gộp B lại thì A chiếm …", its particle after B.)
const COUNTING_IN = /^(?:neu )?(?:(?:tinh|xet|gop) (?:ca|chung|tong|gop) (.+?)|gop (.+?) lai),? thi (.+?) chiem\b/d;
/** "Tính cả B, A chiếm bao nhiêu %": as above, the part after the last comma (B may list levels). */
const COUNTING_IN_COMMA = /^(?:neu )?(?:tinh|xet|gop) (?:ca|chung|tong|gop) (.+),\s*([^,]+?)\s+chiem\b/d;
/** "Tỷ lệ A trên (tổng số) B (là bao nhiêu)". */
const RATE_OF = /^(?:.*?\b)?ty le (?!(?:giam|tang|hoan thanh)\b)(.+?) (?:tren(?! (?:dia ban|he thong|cong|mang|nen tang|truc)\b)|trong (?:tong )?so) (?:tong )?(?:so )?(.+?)(?: (?:la|dat|bang))? (?:bao nhieu|bn|may)\b/d;
/** "Tỷ lệ A so với (số) B (là bao nhiêu)": A against B, not necessarily a part of it. */
// (Or a short B ending the message, that asks nothing else: "tỷ lệ bãi bỏ so với công bố?", not
// "… so với năm 2023 tăng hay giảm?".)
const RATE_AGAINST = /^(?:.*?\b)?ty le (?!(?:giam|tang|hoan thanh|cat giam)\b)(.+?) so voi (?:tong )?(?:so )?(.+?)(?:(?: (?:la|dat|bang))? (?:bao nhieu|bn|may)\b|(?<=^(?:.*? so voi )(?:(?!\b(?:the nao|ra sao|tang|giam|hay|nhu)\b)[^?.!]){1,40})\s*[?.!]*\s*$)/d;
/** The verbs between B and A in "what share of B were / belong to / did A (account for)". */
const BELONG = String.raw`(?:was|were|is|are|came from|come from|consisted of|went to|belongs? to|belonged to|sits? under|are under|were under|did|do|does)`;
/** "A so với B đạt / chiếm / bằng (tỷ lệ) bao nhiêu (%)": A against B, a rate asked after both. */
// (Not a change against a year or a period: "so với năm 2023", "so với cùng kỳ" name no figure.)
// (Nor against "the total": "… so với tổng số chiếm bao nhiêu" is a part of its whole, read elsewhere.)
const AGAINST_THEN_RATE = /^(?!.*\bty le\b.* so voi)(.+?) so voi (?!(?:tong|toan bo|nam|cung ky|ky|thang|quy)\b)(?:so )?(.+?) (?:dat|chiem|bang)(?: (?:ty|ti) le| khoang)? (?:bao nhieu|bn|may)(?: (?:phan tram|%))?\s*[?.!]*\s*$/d;
/** "What share of B were A", "what percentage of B did A account for". */
const WHAT_SHARE_OF = new RegExp(String.raw`\bwhat (?:share|percentage|proportion|percent|fraction|part) of (.+?) ${BELONG}(?: the)? (.+?)(?: (?:account for|accounted for|make up|made up|represent|take up|took up))?[?.!\s]*$`, "d");
/** "Of (the) B, what share (of them) belong to A?" */
const OF_WHICH = new RegExp(String.raw`^(?:of|among|out of) (?:the |these |those )?(.+?), what (?:share|percentage|proportion|percent|fraction|part)(?: of (?:them|these|those))? ${BELONG}(?: the)? (.+?)[?.!\s]*$`, "d");
/** "the ratio of A to B", "tỷ số giữa A và B" (A over B, not a part of it). */
const RATIO_OF_TO = /\b(?:ratio of|ty so (?:giua|cua)) (.+?) (?:to|va|so voi) (.+?)[?.!\s]*$/d;
/** "A account for / make up / is what share of B", "A as a share of B". */
// ("What's that as a ratio of the published ones?": "ratio of" after "as a" is a share of the whole.)
const SHARE_OF = /^(?:(?:how much|what) (?:is|was) |what'?s )?(.+?) (?:accounts? for|accounted for|makes? up|made up|represents?|represented|is|are|was|were|as) (?:what|a) (?:share|percentage|proportion|percent|fraction|part|ratio) of (.+?)[?.!\s]*$/d;

/**
 * "Counting all three levels, what share of B were A?", "Taking the province and districts together,
 * …": a lead saying what the whole counts, several things or all, read with the whole (folded; its
 * words after the verb). Not a place or a baseline ("Taking 2023 as the baseline, …").
 */
const COUNTING_LEAD = /^(?:counting|taking|including|considering|combining|across|adding up|if (?:we|you) (?:count|take|include|combine))\s+([^?]*?\b(?:all|both|together|combined|and)\b[^,?]*?),\s*(?=what|which|how)/d;

/** "What share did A account for?" after a lead naming the whole (folded). */
const PART_ACCOUNTS_FOR = /^what (?:share|percentage|proportion|percent|fraction|part) (?:did|do|does) (?:the )?(.+?) (?:account for|make up|represent|take up|hold)[?.!\s]*$/d;
/** What a part is set against ("A rather than B"), cut from the part. */
const CONTRAST = /\s+(?:rather than|instead of|but not|as opposed to|chứ không|thay vì)\s.*$/iu;
/**
 * A side that is only the unit asked names no figure; nor one that is only the question word ("bao
 * nhiêu") or a year ("năm 2023": "giảm với tỷ lệ bao nhiêu so với năm 2023" asks a change against a
 * year, no rate of two figures).
 */
const ONLY_UNIT = /^(?:phan tram|%|ty le|percent|percentage|bao nhieu|bn|may|(?:nam |the year )?\d{4})$/;

/** The typed text between two offsets of its folded form (same length: NFC in, one mark per letter stripped). */
const slice = (text: string, from: number, to?: number) => text.slice(from, to).replace(/^[\s,:;]+|[\s?.!,:;]+$/g, "");

/** The part and the whole of the rate a question asks, as typed; null when it does not word one. */
export function ratioSides(raw: string): RatioSides | null {
  const text = raw.normalize("NFC");
  const folded = fold(text).toLowerCase();
  if (folded.length !== text.length) return null;
  // (A side that is only the unit asked, "… chiếm bao nhiêu phần trăm?", names no figure.)
  const names = (side: string) => side && !ONLY_UNIT.test(fold(side).toLowerCase());
  const sides = (part: string, whole: string, within: boolean) => (names(part) && names(whole) ? { part, whole, within } : null);
  const lead = COUNTING_LEAD.exec(folded);
  if (lead?.indices) {
    const counted = slice(text, lead.indices[1]![0], lead.indices[1]![1]);
    const rest = ratioSides(text.slice(lead[0].length));
    // ("…, what share did the communes account for?": the lead is the whole, the part is all the rest names.)
    const part = rest ? null : PART_ACCOUNTS_FOR.exec(folded.slice(lead[0].length));
    if (part?.indices) return sides(slice(text, lead[0].length + part.indices[1]![0], lead[0].length + part.indices[1]![1]), counted, true);
    return rest && { ...rest, whole: `${rest.whole} ${counted}` };
  }
  // ("Gộp B lại" names a whole only by what it counts: not "Gộp tỉnh và huyện lại …".)
  const countingIn = COUNTING_IN.exec(folded);
  const counting = countingIn?.indices?.[2] && !measuresIn(slice(text, countingIn.indices[2][0], countingIn.indices[2][1])).length ? null : countingIn;
  const among = AMONG.exec(folded) ?? counting ?? COUNTING_IN_COMMA.exec(folded);
  for (const [re, within] of [[EQUALS, false], [TAKES, true]] as const) {
    const m = among ? null : re.exec(folded);
    if (m) return sides(slice(text, 0, m.index), slice(text, m.index + m[0].length), within);
  }
  // (Each side at the first of its groups that matched: COUNTING_IN words the whole two ways.)
  for (const [re, partAt, wholeAt] of [[AMONG, [2], [1]], [COUNTING_IN, [3], [1, 2]], [COUNTING_IN_COMMA, [2], [1]], [RATE_OF, [1], [2]], [OF_WHICH, [2], [1]], [WHAT_SHARE_OF, [2], [1]], [SHARE_OF, [1], [2]]] as const) {
    const m = re === COUNTING_IN ? counting : re.exec(folded);
    if (!m?.indices) continue;
    // (A part ending in what it is set against, "A rather than B", is A.)
    const at = (groups: readonly number[]) => {
      const g = m.indices![groups.find((i) => m.indices![i]) ?? groups[0]!]!;
      return slice(text, g[0], g[1]).replace(CONTRAST, "");
    };
    return sides(at(partAt), at(wholeAt), true);
  }
  const ratio = RATIO_OF_TO.exec(folded);
  if (ratio?.indices) return sides(slice(text, ratio.indices[1]![0], ratio.indices[1]![1]), slice(text, ratio.indices[2]![0], ratio.indices[2]![1]), false);
  const against = RATE_AGAINST.exec(folded) ?? AGAINST_THEN_RATE.exec(folded);
  if (against?.indices) return sides(slice(text, against.indices[1]![0], against.indices[1]![1]), slice(text, against.indices[2]![0], against.indices[2]![1]), false);
  return null;
}

/**
 * "Tỷ lệ A trên tổng số B là bao nhiêu?": a rate of two sides, though no word names the operation
 * ("tổng số" is the whole, not a sum asked). On the question folded and lower-cased.
 */
export const rateWorded = (folded: string): boolean => RATE_OF.test(folded) || RATIO_OF_TO.test(folded);

/** "A (lớn | nhiều | cao) gấp (khoảng) mấy / bao nhiêu lần (so với) B" (folded). */
const TIMES_OF = /^(.+?) (?:(?:lon|nhieu|cao) )?gap (?:khoang |chung |xap xi )?(?:bao nhieu|bn|may) lan(?: so voi)? (.+?)[?.!\s]*$/d;

/** The two sides of a multiple the question words ("A gấp mấy lần B"), as typed: A first; null when it does not word one. */
export function multipleSides(raw: string): { a: string; b: string } | null {
  const text = raw.normalize("NFC");
  const folded = fold(text).toLowerCase();
  if (folded.length !== text.length) return null;
  const m = TIMES_OF.exec(folded);
  if (!m?.indices) return null;
  const whole = slice(text, m.indices[1]![0], m.indices[1]![1]);
  // ("Bao nhiêu TTHC bãi bỏ, bao nhiêu công bố, công bố gấp mấy lần bãi bỏ?": A is the clause the
  // comparison opens, not the first figure asked before it.)
  const last = whole.split(/[,;?]/).at(-1)!.trim();
  const a = /[\p{L}]/u.test(last) ? last : whole;
  const b = slice(text, m.indices[2]![0], m.indices[2]![1]);
  return a && b ? { a, b } : null;
}
