// Drafting the words around a figure from its own clause: a label, a model question, the facets
// (level, body, action), scope and period. All of it is a starting point for the reviewer.
import { ACTION_PHRASES } from "../../src/core/lexicon/facets.ts";
import { ACTIONS, type Action, type Body, type Level } from "../vocabulary.ts";
import type { FactKind } from "../schema.ts";

export interface Clause {
  /** Words before the number in its clause, without openers and connectives ("UBND tỉnh đã công bố"). */
  head: string;
  /** Words after the unit up to the clause's end ("trong kế hoạch CCHC năm 2024"). */
  tail: string;
}

export interface ClauseBounds {
  sentence: string;
  /** Number start and end, and unit end, in the sentence. */
  at: number;
  end: number;
  unitEnd: number;
  /** Where the previous figure's unit ends and the next figure starts (same sentence). */
  prevEnd: number;
  nextStart: number;
}

// Sentence openers that say when or under what, not who: "Đến nay,", "Trong 6 tháng đầu năm 2025,",
// "Triển khai Kế hoạch số 391/KH-UBND của UBND tỉnh,".
const OPENERS =
  /^(?:(?:Đến nay|Hiện nay|Ngay từ đầu năm|Ngoài ra|Bên cạnh đó|Qua rà soát|Kết quả|Trong đó|Cụ thể|Theo đó|Nhìn chung|Nhờ đó)|(?:Trong|Từ|Tính đến|Sau|Triển khai|Thực hiện|Căn cứ|Theo)\s[^,]+)\s*,\s*/iu;
const CONNECTIVES = /^(?:[\s,;:()]+|(?:và|với|hoặc|trong đó có|trong đó|gồm|bao gồm|cùng|hơn|khoảng|gần|trên|là)(?![\p{L}\p{M}]))+/iu;
/** Words that cannot end a label: prepositions and connectives left hanging by the cut. */
const DANGLING = /(?:\s+|^)(?:và|với|hoặc|của|cho|tại|trong|thuộc|gồm|bao gồm|là|đối với|hơn|khoảng|gần|trên|đạt|bằng)$/iu;

const tidy = (s: string) => s.replace(/\s+/g, " ").trim();
const trimDangling = (s: string) => {
  let t = tidy(s).replace(/[,;:.]+$/, "").trim();
  while (DANGLING.test(t)) t = t.replace(DANGLING, "").replace(/[,;:.]+$/, "").trim();
  return t;
};

export function readClause(b: ClauseBounds): Clause {
  const s = b.sentence;
  const lastMark = Math.max(...[";", "(", ")"].map((m) => s.lastIndexOf(m, b.at - 1)));
  let left = Math.max(b.prevEnd, lastMark + 1, 0);
  // After an earlier figure, this clause starts at the last "và" or comma before the number
  // ("hoàn thành 31/34 nhiệm vụ … và thực hiện 172 nhiệm vụ").
  if (b.prevEnd > 0 && left === b.prevEnd) {
    const between = s.slice(left, b.at);
    const cut = [...between.matchAll(/\svà\s|,\s/gu)].at(-1);
    if (cut) left += cut.index + cut[0].length;
  }
  let head = s.slice(left, b.at);
  // "Lợi ích tiết kiệm chi phí tuân thủ TTHC: 11.322.000": what the figure is stands before the colon.
  if (/^\s*:\s*$/.test(head)) {
    left = Math.max(b.prevEnd, s.lastIndexOf(";", left - 2) + 1, 0);
    head = s.slice(left, b.at).replace(/:\s*$/, "");
  }
  head = tidy(tidy(head).replace(OPENERS, "").replace(CONNECTIVES, "")).replace(/[,;:]$/, "");
  const nextMark = [";", "(", ")"].map((m) => s.indexOf(m, b.unitEnd)).filter((i) => i >= 0);
  const right = Math.min(b.nextStart, ...nextMark, s.length);
  // The clause ends at "và", at "với" (not "so với") or at a comma followed by a new verb (lower case); "Chính phủ, Thủ tướng" goes on.
  const tail = tidy(s.slice(b.unitEnd, right)).split(/(?:^|\s+)và(?:\s+|$)|(?:^|(?<!so)\s+)với(?:\s+|$)|,\s+(?=\p{Ll})|[.:]$/u)[0]!;
  return { head, tail: trimDangling(tail.split(" ").slice(0, 16).join(" ")) };
}

const cap = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
/** "Tỉnh" → "tỉnh" inside a sentence, but "UBND" stays. */
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase("vi") + s.slice(1) : s);

/** "UBND tỉnh đã công bố" → { subject: "UBND tỉnh", verb: "công bố" }; "Thư điện tử đã được cấp cho" is passive. */
function subjectVerb(head: string): { subject: string; verb: string; passive: boolean } | null {
  const m = /^(.+?)\s+(?:cũng\s+)?(?:đã|cũng|đang)\s+(được\s+)?(.+)$/u.exec(head);
  return m ? { subject: m[1]!, verb: m[3]!, passive: !!m[2] } : null;
}

export function draftLabel(kind: FactKind, unit: string, c: Clause): string {
  const tail = c.tail ? ` ${c.tail}` : "";
  if (kind === "percent") {
    const what = c.tail && !/^so với/u.test(c.tail) ? c.tail : c.head.replace(/^(?:đạt|bằng)\s+/u, "").replace(/^tỷ lệ\s*/iu, "").replace(/\s+(?:đạt|là|bằng|khoảng)$/u, "");
    return cap(`Tỷ lệ ${what}`.trim());
  }
  // "Tổng số người làm việc có mặt … là 22,056 người": the head already names the figure.
  if (/^(?:Tổng số|Số lượng|Số)\s/iu.test(c.head) || kind === "money")
    return cap(tidy(c.head.replace(/^Tình hình\s+/iu, "").replace(/\s+(?:đạt|là|khoảng)$/u, ""))) || `Số ${unit}`;
  const sv = subjectVerb(c.head);
  if (/^(?:được|do)\s/u.test(c.tail)) return cap(`Số ${unit}${tail}${trimDangling(c.head) ? ` (${trimDangling(c.head)})` : ""}`);
  // "Thư điện tử đã được cấp cho 14.970 cán bộ…" → "Số cán bộ… được cấp thư điện tử".
  if (sv?.passive) return cap(`Số ${unit}${tail} được ${sv.verb.replace(/\s+cho$/u, "")} ${lowerFirst(sv.subject)}`);
  if (sv) return cap(`Số ${unit}${tail} được ${lowerFirst(sv.subject)} ${trimDangling(sv.verb)}`);
  return cap(tidy(`Số ${unit}${tail} ${lowerFirst(trimDangling(c.head))}`));
}

export function draftQuestion(kind: FactKind, printedUnit: string, label: string, c: Clause): string {
  if (kind === "percent") return `${label} là bao nhiêu?`;
  if (kind === "money") return `${label.replace(/:$/, "")} là bao nhiêu ${printedUnit}?`;
  const head = c.head.replace(/\s*:$/, "");
  return cap(tidy(`${head || "Có"} bao nhiêu ${printedUnit} ${c.tail}`)) + "?";
}

export interface DraftFacets {
  level: Level[];
  body: Body[];
  action: Action[];
}

const word = (phrase: string) => new RegExp(`(?<![\\p{L}\\p{M}])${phrase}(?![\\p{L}\\p{M}])`, "iu");
const BODY_WORDS: [Body, RegExp][] = [
  ["hdnd", /HĐND|Hội đồng nhân dân/u],
  ["ubnd", /UBND|[UỦ]y ban nhân dân|Uỷ ban nhân dân/u],
  ["so-tu-phap", /Sở Tư pháp/iu],
  ["chinh-phu", /Chính phủ|Thủ tướng/u],
];
const LEVEL_WORDS: [Level, RegExp][] = [
  ["tinh", word("tỉnh")],
  ["huyen", /huyện|thị xã/iu],
  ["xa", word("(?:xã|phường|thị trấn)")],
];
const ACTION_RES = ACTIONS.flatMap((a) => ACTION_PHRASES[a].map((p) => ({ action: a, re: new RegExp(word(p).source, "giu") })));

/** The action nearest before the number (else the first after it), the level and body the clause names. */
export function draftFacets(c: Clause): DraftFacets {
  const text = `${c.head} ${c.tail}`;
  const body = BODY_WORDS.filter(([, re]) => re.test(text)).map(([b]) => b);
  // "thị xã" is a district-level town, not a commune.
  const noTown = text.replace(/thị xã/giu, "thị-town");
  const level = LEVEL_WORDS.filter(([l, re]) => re.test(l === "xa" ? noTown : text)).map(([l]) => l);
  const hits = (s: string) => ACTION_RES.flatMap(({ action, re }) => [...s.matchAll(re)].map((m) => ({ action, at: m.index, len: m[0].length })));
  const before = hits(c.head).sort((a, b) => b.at + b.len - (a.at + a.len) || b.len - a.len)[0];
  const after = hits(c.tail).sort((a, b) => a.at - b.at || b.len - a.len)[0];
  const action = before ?? after;
  return { level, body, action: action ? [action.action] : [] };
}

export interface Area {
  /** "tỉnh", "thành phố" */
  kind: string;
  name: string;
}

export function draftScope(f: DraftFacets, area: Area): string {
  const where = `${area.kind} ${area.name}`;
  if (f.body.includes("hdnd") && f.body.includes("ubnd")) return `HĐND và UBND ${where}`;
  if (f.body.length === 1 && f.body[0] === "ubnd" && !f.level.includes("huyen") && !f.level.includes("xa")) return `UBND ${where}`;
  if (f.level.length === 1 && f.level[0] === "huyen") return `cấp huyện, ${where}`;
  if (f.level.length === 1 && f.level[0] === "xa") return `cấp xã, ${where}`;
  return `toàn ${where}`;
}

export function draftPeriod(sentence: string, year: number, reportDate: string): string {
  const until = /đến ngày (\d{1,2}\/\d{1,2}\/\d{4})/u.exec(sentence);
  if (until) return `đến ngày ${until[1]}`;
  if (/^(Đến nay|Hiện nay|Hiện có|Từ đầu năm đến nay)/u.test(sentence)) return `tính đến thời điểm báo cáo (${reportDate.split("-").reverse().join("/")})`;
  return `năm ${year}`;
}
