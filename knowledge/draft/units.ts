// The unit of a figure is the noun printed after it ("1,117 TTHC", "22.531 người làm việc
// hưởng lương" → "người làm việc"), and its kind follows from the unit and the "%" sign.
import type { FactKind } from "../schema.ts";
import { fold } from "../../src/core/normalize.ts";
import { VOCABULARY, type MeasureEntry } from "./vocabulary.ts";

export interface UnitReading {
  /** The unit as the report prints it (whitespace made plain), or an acronym's long form. */
  text: string;
  /** Where the printed unit ends, as an offset in the text it was read from. */
  end: number;
  /** The vocabulary entry whose phrase is the unit, if any. */
  entry?: MeasureEntry;
}

// Words that end a noun phrase: prepositions, conjunctions, verbs and markers that follow a counted
// noun in these reports. The first word after a number is always kept.
const STOP = new Set(
  ("được do của cho với và hoặc trong thuộc tại theo từ đến để đã đang sẽ có là gồm hưởng tham trúng đảm so trên dưới về " +
    "nhằm bằng đạt giảm tăng liên đủ thực trực mà như khi sau trước vì hơn qua ở ra vào chiếm các những này đó năm tháng ngày " +
    "cùng không chưa đúng trả tiếp giải bị phải nhận hoàn").split(" "),
);
/** Verbs of two syllables that end a noun phrase ("TTHC mới ban hành", "TTHC sửa đổi"). */
const STOP_PAIRS = new Set(
  ["ban hành", "sửa đổi", "bổ sung", "công bố", "bãi bỏ", "giải quyết", "tiếp nhận", "phê duyệt", "kiểm tra", "thực hiện", "triển khai", "xử lý"],
);
const MAX_WORDS = 6;
/** Nouns that classify the noun after them ("đơn vị UBND cấp huyện"). */
const CLASSIFIERS = new Set(["đơn vị"]);

interface Word {
  text: string;
  start: number;
  end: number;
  /** Punctuation rather than a word. */
  mark: boolean;
}

function words(text: string, from: number): Word[] {
  const out: Word[] = [];
  const re = /[^\s,;:.()[\]"“”!?]+|[,;:.()[\]"“”!?]/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && out.length < 24; m = re.exec(text))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, mark: /^[,;:.()[\]"“”!?]$/u.test(m[0]) });
  return out;
}

const key = (w: string) => w.toLocaleLowerCase("vi");
const phraseWords = (p: string) => p.replace(/,/g, " ").split(/\s+/).filter(Boolean).map(key);
const LEXICON = VOCABULARY.flatMap((entry) => entry.phrases.map((p) => ({ entry, words: phraseWords(p) }))).sort((a, b) => b.words.length - a.words.length);

/** The longest vocabulary phrase starting at words[i] (commas between its words allowed). */
function vocabularyAt(ws: Word[], i: number, text: string): { entry: MeasureEntry; next: number } | null {
  for (const p of LEXICON) {
    let j = i;
    let ok = true;
    for (const w of p.words) {
      while (ws[j]?.text === "," && j > i) j++;
      if (!ws[j] || ws[j]!.mark || key(ws[j]!.text) !== w) {
        ok = false;
        break;
      }
      j++;
    }
    if (ok && (!p.entry.when || p.entry.when.test(text.slice(ws[j - 1]!.end)))) return { entry: p.entry, next: j };
  }
  return null;
}

/** Acronyms the report defines: "thủ tục hành chính (TTHC)" → TTHC = thủ tục hành chính. */
export function definedAcronyms(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/((?:[\p{L}]+\s+){1,8})\(([\p{Lu}Đ]{2,8})\)/gu)) {
    const acronym = m[2]!;
    const long = m[1]!.trim().split(/\s+/).slice(-acronym.length);
    if (long.length === acronym.length && long.every((w, i) => fold(w[0]!).toUpperCase() === fold(acronym[i]!).toUpperCase()))
      out.set(acronym, long.join(" "));
  }
  return out;
}

/** Reads the unit printed after a number that ends at `from` in `text`. */
export function readUnit(text: string, from: number, percent: boolean, acronyms: Map<string, string> = new Map()): UnitReading {
  if (percent) return { text: "%", end: from };
  const ws = words(text, from);
  if (!ws[0] || ws[0].mark || /^\d/.test(ws[0].text)) return { text: "", end: from };
  // What the words themselves say: up to a stop word, punctuation or another number.
  let h = 1;
  const stops = (i: number) => STOP.has(key(ws[i]!.text)) || STOP_PAIRS.has(`${key(ws[i]!.text)} ${key(ws[i + 1]?.text ?? "")}`);
  while (h < ws.length && h < MAX_WORDS && !ws[h]!.mark && !/^\d/.test(ws[h]!.text) && !stops(h)) h++;
  // A vocabulary phrase wins when it crosses a comma ("cơ quan, đơn vị") or when what follows it is
  // itself a counted noun: the complement, not the unit ("04 Kết luận kiểm tra văn bản QPPL").
  const voc = vocabularyAt(ws, 0, text);
  const complement = voc && voc.next < h ? vocabularyAt(ws, voc.next, text) : null;
  let first = 0;
  let n = h;
  let entry: MeasureEntry | undefined;
  if (voc && complement && CLASSIFIERS.has(ws.slice(0, voc.next).map((w) => key(w.text)).join(" "))) {
    // "09 đơn vị UBND cấp huyện": a classifier, then the noun that is counted.
    first = voc.next;
    n = complement.next;
    entry = complement.entry;
  } else if (voc && (voc.next >= h || complement)) {
    n = voc.next;
    entry = voc.entry;
  }
  // "Chi cục và tương đương": the equivalents belong to the unit.
  if (ws[n] && key(ws[n]!.text) === "và" && key(ws[n + 1]?.text ?? "") === "tương" && key(ws[n + 2]?.text ?? "") === "đương") {
    n += 3;
  }
  const end = ws[n - 1]!.end;
  const printed = text.slice(ws[first]!.start, end).replace(/\s+/g, " ");
  const whole = vocabularyAt(ws.slice(first, n).concat({ text: ".", start: end, end, mark: true }), 0, text);
  return { text: acronyms.get(printed) ?? printed, end, entry: entry ?? (whole && whole.next === n - first ? whole.entry : undefined) };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PHRASE_RES = LEXICON.map((p) => ({
  entry: p.entry,
  re: new RegExp(`(?<![\\p{L}\\p{M}\\d])${p.words.map(escape).join(",?\\s+")}(?![\\p{L}\\p{M}\\d])`, "giu"),
}));

/** Vocabulary phrases anywhere in a text, longest first at each place. */
export function vocabularyIn(text: string): { entry: MeasureEntry; index: number; phrase: string }[] {
  const out: { entry: MeasureEntry; index: number; phrase: string }[] = [];
  for (const p of PHRASE_RES)
    for (const m of text.matchAll(p.re))
      if (!out.some((o) => o.index <= m.index && m.index < o.index + o.phrase.length) && (!p.entry.when || p.entry.when.test(text.slice(m.index + m[0].length))))
        out.push({ entry: p.entry, index: m.index, phrase: m[0] });
  return out.sort((a, b) => a.index - b.index);
}

const MONEY = /(?:^|\s)(?:nghìn |ngàn |triệu |tỷ )?(?:đồng|VNĐ|VND|USD)(?:\/|\s|$)|^(?:triệu|tỷ)(?:\s|$)/u;

export function kindOf(raw: string, unit: string): FactKind {
  if (raw === "24/7") return "statement";
  if (raw.endsWith("%")) return "percent";
  return MONEY.test(unit) ? "money" : "count";
}
