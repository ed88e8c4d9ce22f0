// Figures requested as a list ("cho e xin: 1. số TTHC công bố 2. số TTHC bãi bỏ 3. …", "(a) …; (b)
// …", bullets after a colon, "Return two values: A; B", "…: absolute number and percentage"): each
// item is a request of its own, whatever its form.
import { REQUEST_WORDS, SMALL_TALK } from "./lexicon/intents.ts";
import { measuresIn } from "./measures-named.ts";
import { fold } from "./normalize.ts";

/** A list marker: "1.", "1)" or "1/" (one digit), "(a)" or "a)", "(i)" or "i)" to "v", at the start or after a space or a separator. */
const MARKER = /(?:^|(?<=[\s:;,]))(?:\(?([1-9])[.)/]|\(([a-e])\)|([a-e])\)|\(?(i{1,3}|iv|v)\))(?=\s)/giu;
/** Roman numerals as officials number items ("(i) …; (ii) …"). */
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
/** Where a list's first marker may stand: the message's start, or after a colon or a line break ("xếp thứ 1. …" is no list). */
const OPENS_LIST = /(?:^|[:\n])\s*$/u;
/** Words before a list that request it, ending with the request ("ad cho hỏi", "cho em xin"), folded. */
const ASKS_FOR = new RegExp(String.raw`\b(?:${REQUEST_WORDS})$`);
/** An item that points back at the items before it ("tổng của hai số đó", "the sum of these"), folded: no item of its own. */
const POINTS_BACK = /\b(?:hai so (?:do|nay|tren)|cac so (?:do|nay|tren)|tong (?:cua )?(?:hai|cac|ca)|cong lai|the (?:sum|total) of (?:these|those|them|the two)|add (?:them|these))\b/;

/** The items of a list the message makes (two or more, numbered 1, 2, …, lettered a, b, … or i, ii, …, in order) and what comes before it; null when it makes none. */
export function numberedList(text: string): { before: string; items: string[] } | null {
  // (Markers of the first one's kind: "a) … (i) trong năm 2024; b) …" is lettered, "(i)" inside an item.)
  const kindOf = (m: RegExpMatchArray) => (m[1] ? "digit" : m[4] ? "roman" : "letter");
  const found = [...text.matchAll(MARKER)];
  const marks = found.filter((m) => kindOf(m) === kindOf(found[0]!));
  if (marks.length < 2) return bulleted(text) ?? semicolonSeparated(text);
  // (In order from the first: "1) … 2) …", "(a) … (b) …"; not a digit that happens to end a sentence.)
  const keyOf = (m: RegExpMatchArray) => (m[1] ? Number(m[1]) : m[4] ? ROMAN[m[4].toLowerCase()]! : (m[2] ?? m[3])!.toLowerCase().charCodeAt(0) - 96);
  if (marks.some((m, i) => keyOf(m) !== i + 1)) return null;
  // (Or after a request, its line break lost as the core joins the message's lines: "ad cho hỏi
  // [⏎] 1. … 2. …".)
  const lead = text.slice(0, marks[0]!.index);
  if (!OPENS_LIST.test(lead) && !ASKS_FOR.test(fold(lead).toLowerCase().trim())) return null;
  const items = marks.map((m, i) => text.slice(m.index! + m[0].length, marks[i + 1]?.index ?? text.length).replace(/^[\s:;,.]+|[\s:;,.]+$/gu, ""));
  if (items.some((item) => !item || POINTS_BACK.test(fold(item).toLowerCase()))) return null;
  return { before: text.slice(0, marks[0]!.index).replace(/[\s:;,]+$/u, ""), items };
}

/** Words of thanks and address (folded): an item of nothing else ("cảm ơn ad nhiều") is no item. */
// (Not "gấp", "cần": "… gấp nha" is also "gấp" (times), an operation.)
const COURTESY = new Set([...SMALL_TALK.thanks.flatMap((p) => fold(p).toLowerCase().split(" ")), "e", "em", "a", "anh", "minh", "toi", "ad", "admin", "nha", "nhe", "nhen", "ha", "voi", "xin", "nhieu", "please", "ok"]);

/** A bullet ("- …", "• …") after a space: the message's lines joined, as the core reads them. */
const BULLET = /(?<=^|\s)[-•*–]\s+(?=\S)/gu;

/**
 * "Khối đơn vị sự nghiệp công lập: - số người được giao - số người có mặt - tỷ lệ giảm": a list of
 * bullets after a colon, each item a request of its own.
 */
function bulleted(text: string): { before: string; items: string[] } | null {
  const marks = [...text.matchAll(BULLET)];
  if (marks.length < 2 || !/:\s*$/u.test(text.slice(0, marks[0]!.index))) return null;
  const items = marks.map((m, i) => text.slice(m.index! + m[0].length, marks[i + 1]?.index ?? text.length).replace(/^[\s:;,.]+|[\s:;,.]+$/gu, ""));
  if (items.some((item) => !item || POINTS_BACK.test(fold(item).toLowerCase()))) return null;
  return { before: text.slice(0, marks[0]!.index).replace(/[\s:;,]+$/u, ""), items };
}

/**
 * "Return two values: the internal workflows approved …; the procedures handled at one-stop shops.":
 * items parted by semicolons after a colon, each a request of its own, when the words before the
 * colon request them or each item names what it counts ("Lưu ý: tôi hỏi năm 2024; …" is no list).
 */
function semicolonSeparated(text: string): { before: string; items: string[] } | null {
  // (Not the colon of a time, "10:30".)
  const colon = text.search(/(?<!\d):(?!\d)/u);
  if (colon < 0) return null;
  const before = text.slice(0, colon).trim();
  const after = text.slice(colon + 1).replace(/[\s.?!]+$/u, "");
  // ("… decrease versus 2023: absolute number and percentage": the kinds of figure asked of what
  // comes before, each an item.)
  const kinds = after.split(/\s*(?:,|(?<![\p{L}\p{M}])(?:and|và|va)(?![\p{L}\p{M}]))\s*/iu).map((item) => item.trim());
  if (kinds.length >= 2 && kinds.every((k) => KIND_ITEM.test(fold(k).toLowerCase()))) return { before, items: kinds };
  // (A dash before "và" parts them too, "…; B – và C?", its "và" no part of C; not one within a name,
  // "một cửa – một cửa liên thông", "tài chính – ngân sách". An item of courtesy alone, "…; cảm ơn ad
  // nhiều", is none.)
  const items = after
    .split(/;|\s+[–—]\s+(?=(?:và|va|còn|con|and)\s)/u)
    .flatMap((item) => {
      // (A dash parts pieces that each name what they count, "biên chế giao – biên chế hiện có".)
      const pieces = item.split(/\s+[–—]\s+/u);
      return pieces.length >= 2 && pieces.every((p) => measuresIn(p).length > 0) ? pieces : [item];
    })
    .map((item) => item.trim().replace(/^(?:và|va|and|còn|con)\s+/iu, ""))
    .filter((item) => !fold(item).toLowerCase().split(/[^a-z0-9]+/).every((w) => !w || COURTESY.has(w)));
  if (items.length < 2 || items.some((item) => !item || POINTS_BACK.test(fold(item).toLowerCase()))) return null;
  const requested = REQUESTED.test(fold(before).toLowerCase());
  return requested || items.every((item) => measuresIn(item).length > 0) ? { before, items } : null;
}

/** Words before a colon that request what follows (folded): "Return:", "Đề nghị cung cấp:", "… split by:". */
const REQUESTED = new RegExp(String.raw`(?:^(?:${REQUEST_WORDS})\b|\b(?:split|broken down|respectively|lan luot|values|figures|indicators|metrics|so lieu|chi so|chi tieu|tong hop|gom)\b)`);

/** A kind of figure named alone (folded): "absolute number", "percentage", "số lượng", "tỷ lệ". */
const KIND_ITEM = /^(?:(?:the|its|in) )?(?:(?:absolute )?numbers?|counts?|amounts?|percentages?|percent|rates?|shares?|so (?:luong|tuyet doi|nguoi)|ty le(?: %)?|phan tram|%)$/;
