// Guessing what a figure counts (its measure) from the noun after it, the words before it, or the
// figure it is a share or a change of. Every guess says where it came from, for the reviewer.
import { slug } from "./text.ts";
import { readUnit, vocabularyIn, type UnitReading } from "./units.ts";
import { MONEY_TOPICS } from "./vocabulary.ts";
import type { FactKind } from "../schema.ts";

export type MeasureSource = "vocabulary" | "context" | "relation" | "unit-words";

export interface MeasureGuess {
  measure: string;
  source: MeasureSource;
  /** The words that named it, when not the unit itself ("người làm việc" before "22,056 người"). */
  phrase?: string;
}

export interface MeasureInput {
  kind: FactKind;
  unit: UnitReading;
  /** The sentence, and where the number starts and ends in it. */
  sentence: string;
  at: number;
  end: number;
  /** Measures of the figures before this one in the sentence, nearest last. */
  earlier: MeasureGuess[];
}

const moneyTopic = (text: string) => {
  // The topic named nearest before the figure; at one place the more specific topic (listed first).
  let best: { measure: string; index: number } | null = null;
  for (const t of MONEY_TOPICS)
    for (const m of text.matchAll(new RegExp(t.pattern.source, "giu")))
      if (!best || m.index > best.index) best = { measure: t.measure, index: m.index };
  return best?.measure;
};

export function guessMeasure(f: MeasureInput): MeasureGuess | null {
  const before = f.sentence.slice(0, f.at);
  if (f.kind === "statement") return null;
  if (f.kind === "money") {
    const topic = moneyTopic(before);
    return topic ? { measure: topic, source: "context" } : { measure: slug(f.unit.text) || "tien", source: "unit-words" };
  }
  if (f.kind === "percent") {
    // "100% TTHC đủ điều kiện": the noun after the sign is what the share is of.
    const after = readUnit(f.sentence, f.end, false);
    if (after.entry) return { measure: after.entry.measure, source: "vocabulary" };
    // "tỷ lệ cắt giảm chi phí 42%": the words after "tỷ lệ" name it.
    const rate = /tỷ lệ\s+([^,;:()]*)$/iu.exec(before);
    if (rate && rate[1]!.trim()) {
      const topic = moneyTopic(rate[1]!);
      // "chi phí" after "… chi phí tuân thủ TTHC: 11.322.000 đồng/năm": the earlier, narrower one.
      const narrower = f.earlier.findLast((g) => topic && g.measure.startsWith(`${topic}-`));
      if (topic) return { measure: narrower?.measure ?? topic, source: "context" };
      const voc = vocabularyIn(rate[1]!).pop();
      if (voc) return { measure: voc.entry.measure, source: "context" };
    }
    const last = f.earlier.at(-1);
    return last ? { measure: last.measure, source: "context" } : { measure: "ty-le", source: "unit-words" };
  }
  if (f.unit.entry) {
    // "người" after "Tổng số người làm việc … là": the sentence already named the longer noun.
    const longer = vocabularyIn(before)
      .reverse()
      .find((v) => v.phrase.toLocaleLowerCase("vi").startsWith(`${f.unit.text.toLocaleLowerCase("vi")} `));
    if (longer) return { measure: longer.entry.measure, source: "context", phrase: longer.phrase };
    return { measure: f.unit.entry.measure, source: "vocabulary" };
  }
  // "09 đơn vị UBND cấp huyện": a classifier before a known noun; the noun names the measure.
  const inner = vocabularyIn(f.unit.text).at(-1);
  if (inner) return { measure: inner.entry.measure, source: "context" };
  return { measure: slug(f.unit.text) || "so-luong", source: "unit-words" };
}
