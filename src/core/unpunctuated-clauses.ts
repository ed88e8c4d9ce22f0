// Clauses typed on a phone without a comma between them ("cong bo bn tthc bai bo bn tthc", "nguoi
// lam viec giao bn co mat bn"): each "bn" asks its own figure, and the next clause starts where the
// words after one "bn" stop naming what it counts.
import { ACTION_PHRASES, verbAloneAction } from "./lexicon/facets.ts";
import { BN_AS_BAN_AFTER, BN_AS_BAN_BEFORE } from "./lexicon/abbreviations.ts";
import { fold, tokenize } from "./normalize.ts";
import { PhraseTable } from "./phrase-table.ts";
import { questionMemo } from "./budget.ts";
import { CONTEXT_WORDS } from "./lexicon/stopwords.ts";
import { MEASURE_PHRASES } from "./lexicon/measures.ts";
import { measuresIn } from "./measures-named.ts";
import { SYNONYM_GROUPS } from "./lexicon/synonyms.ts";

/** "bn", "bao nhiêu" as typed, folded: a figure asked. */
const ASKS = new Set(["bn", "bnhieu", "bnh"]);
/** Words around a "bn" that make it "bạn" ("bn ơi", "bn có biết", "cảm ơn bn"), as typed ("có", not "cơ"). */
const BAN_BEFORE = new Set(BN_AS_BAN_BEFORE);
const BAN_AFTER = new Set(BN_AS_BAN_AFTER);
/** Words joining clauses already ("và", "vs", "còn", "and", "trên [tổng số]"), folded: no break is missing. */
const JOINED = new Set(["va", "vs", "con", "and", "tren"]);
/** Words before a "với" that make it no join ("so với", "đối với", "cùng với", "kèm với", "tương ứng với"), folded. */
const WITH_AFTER = new Set(["so", "doi", "cung", "kem", "ung", "voi"]);
/** Words before a verb saying it is done to, or was done by, what comes before ("được", "bị", "đã"), folded. */
const MARKS_VERB_OF_BEFORE = new Set(["duoc", "dc", "bi", "da"]);
/** Words after a "bn" that may still name what it counts, before the next clause's verb. */
const COUNTED_WORDS = 3;

const ACTIONS = new PhraseTable(Object.values(ACTION_PHRASES).flatMap((phrases) => phrases.map((p) => ({ phrase: tokenize(p), value: true }))));
/** Phrases of several words that hold an action's syllable and are none ("trực tuyến" is no "tuyển"). */
const ACTION_FOLDS = new Set(Object.values(ACTION_PHRASES).flat().map((p) => tokenize(p).map((t) => t.fold).join(" ")));
/** What a figure counts, named in several words ("biên chế công chức"): words after a "bn" still of it. */
const MEASURES = new PhraseTable(Object.values(MEASURE_PHRASES).flatMap((phrases) => phrases.map((p) => ({ phrase: tokenize(p), value: true }))));
const OTHER_PHRASES = new PhraseTable(
  [...SYNONYM_GROUPS.flat(), ...CONTEXT_WORDS, ...Object.values(MEASURE_PHRASES).flat()]
    .map((p) => tokenize(p))
    .filter((t) => t.length >= 2 && !ACTION_FOLDS.has(t.map((x) => x.fold).join(" ")))
    .map((phrase) => ({ phrase, value: true })),
);

/**
 * The text with a comma where a clause typed without one starts: between two "bn" (not "bạn"), at
 * the first verb (an action) within a few words after the first (after that verb, when the clause has
 * none before its "bn"), else right before the second when words follow it; before a "với" between
 * them right before the second or before words naming what it counts ("bn sở với bn chi cục"), not
 * "so với". Unchanged where punctuation or a joining word ("và", "vs", "còn", "trên tổng số")
 * already parts them, or when fewer than two figures are asked.
 */
export function withUnpunctuatedBreaks(text: string): string {
  // (The stages of a question read the same clauses again: each text is read once per question.)
  const known = broken.get(text);
  if (known !== undefined) return known;
  return broken.set(text, breaksOf(text));
}
const broken = questionMemo<string, string>();

/** "bn", "bao nhiêu" as typed, any case (a cheap first look: most messages ask once). */
const ASKED = /(?<![\p{L}\p{M}])(?:bn|bnh|bnhieu|nhi[eê]u|nhiều)(?![\p{L}\p{M}])/giu;

function breaksOf(text: string): string {
  if ((text.match(ASKED)?.length ?? 0) < 2) return text;
  const words = [...text.matchAll(/\S+/gu)];
  const folded = words.map((w) => fold(w[0]).toLowerCase().replace(/[^\p{L}\d%]/gu, ""));
  const asks: number[] = [];
  const typed = words.map((w) => w[0].toLowerCase().replace(/[^\p{L}\p{M}\d%]/gu, ""));
  // ("bn có …" only opening the message: "giao bn có mặt bn" asks twice.)
  const ban = (i: number) => folded[i] === "bn" && ((BAN_BEFORE.has(typed[i + 1] ?? "") && (i === 0 || folded[i + 1] !== "co")) || BAN_AFTER.has(typed[i - 1] ?? ""));
  folded.forEach((w, i) => ((ASKS.has(w) && !ban(i)) || (w === "nhieu" && folded[i - 1] === "bao")) && asks.push(i));
  if (asks.length < 2) return text;
  const tokens = words.map((w) => tokenize(w[0])[0] ?? { acc: "", fold: "", marked: false });
  const breaks: number[] = [];
  // The words of a verb at i (an action's phrase, or a verb alone typed without marks), or 0.
  const inOther = (i: number) => [i - 2, i - 1].some((j) => j >= 0 && (OTHER_PHRASES.at(tokens, j)?.phrase.length ?? 0) > i - j);
  const verbAt = (i: number) => (inOther(i) ? 0 : (ACTIONS.at(tokens, i)?.phrase.length ?? (verbAloneAction(tokens[i]!) ? 1 : 0)));
  const lastFrom = asks.at(-1)! + 1;
  let verbAfterLast = false;
  for (let i = lastFrom; i < Math.min(words.length, lastFrom + COUNTED_WORDS + 1) && !verbAfterLast; i++) verbAfterLast = verbAt(i) > 0;
  let start = 0;
  for (let n = 0; n + 1 < asks.length; n++) {
    const [from, to] = [asks[n]! + 1, folded[asks[n + 1]! - 1] === "bao" ? asks[n + 1]! - 1 : asks[n + 1]!];
    // (Already parted: a comma or question mark typed, a slash or bar standing alone, or a joining word.)
    if (words.slice(asks[n]!, to).some((w) => /[,;?.]$|^[/|]$/.test(w[0])) || folded.slice(from, to).some((w) => JOINED.has(w))) continue;
    // ("tiết kiệm bn tiền với tỷ lệ cắt giảm bn %", "bn sở ban ngành với bn chi cục": a "với"
    // between two figures asked joins two clauses; the break goes before it. "So với", "đối với"
    // keep one question, as typed: "đạt bn so với dự toán bn %".)
    const withAt = folded.slice(from, to).indexOf("voi");
    if (withAt >= 0 && WITH_AFTER.has(folded[from + withAt - 1] ?? "")) continue;
    // (Only before the next "bn" itself or words naming what it counts: "với [năm trước] tăng bn %",
    // "với [tỷ lệ] bn %" say against what or at which rate, one question.)
    const withWords = withAt >= 0 ? words.slice(from + withAt + 1, to).map((w) => w[0]).join(" ") : "";
    if (withAt >= 0 && withWords && !measuresIn(withWords).length) continue;
    if (withAt >= 0) {
      breaks.push(from + withAt);
      start = from + withAt;
      continue;
    }
    // (A clause with no verb before its "bn" has it after what it counts: "bn đơn vị tham gia | bn
    // lượt dự thi", "bao nhiêu TTHC công bố | bao nhiêu bãi bỏ"; the break comes after that verb.)
    let verbBefore = false;
    for (let i = start; i < asks[n]! && !verbBefore; i++) verbBefore = verbAt(i) > 0;
    // (Unless the next "bn" counts what this one does and the last clause has no verb after its "bn",
    // "cho bn co quan sua doi bo sung bn co quan": parallel clauses, each verb before its own "bn";
    // not "bn tthc cong bo bn tthc bai bo".)
    const parallel = folded[from] !== undefined && folded[from] === folded[asks[n + 1]! + 1] && !verbAfterLast;
    let at = to;
    // (Past the whole name of what it counts: "giao bn biên chế công chức | hiện có thực tế bn người".)
    const counted = Math.max(COUNTED_WORDS + 1, (MEASURES.at(tokens, from)?.phrase.length ?? 0) + 1);
    for (let i = from; i < Math.min(to, from + counted); i++) {
      const length = verbAt(i);
      if (length) {
        // (A verb after "được", "bị", "đã" is said of the things counted before it: "bn nhiem vu duoc
        // hoan thanh | bn nhiem vu cua chinh phu", not the next clause's.)
        const ofBefore = MARKS_VERB_OF_BEFORE.has(folded[i - 1] ?? "");
        at = verbBefore || (parallel && !ofBefore) ? i : Math.min(to, i + length);
        break;
      }
    }
    // (No clause of a bare "bn": "… cap huyen bn" is one question, its "bn" put last.)
    const next = asks[n + 2] ?? words.length;
    if (at === to && !folded.slice(asks[n + 1]! + 1, next).some((w) => /\p{L}|%/u.test(w))) continue;
    breaks.push(at);
    start = at;
  }
  if (!breaks.length) return text;
  let out = "";
  let last = 0;
  for (const b of breaks) {
    const end = words[b - 1]!.index! + words[b - 1]![0].length;
    out += `${text.slice(last, end)},`;
    last = end;
  }
  return out + text.slice(last);
}
