// Large sums read better in billions: the report states money in millions of đồng
// ("11.145.304 triệu đồng"), which a reader has to count digits to grasp. Replies keep the exact
// figure first and add the rounded billions after it: "11.145.304 triệu đồng (≈ 11.145 tỷ đồng)".
import { formatNumber, type Answer, type Highlight, type Lang } from "../../src/core/index.ts";

/** "triệu đồng", "million dong", "million VND" (the English unit keeps its currency word). */
const MILLIONS = /^(triệu đồng|million (?:dong|đồng|vnd))$/i;

/** "≈ 11.145 tỷ đồng" for 11 145 304 triệu đồng, or null when the figure is not millions of đồng ≥ 1000. */
export function approxBillions(value: number | null, unit: string, lang: Lang): string | null {
  if (value === null || !Number.isFinite(value) || value < 1000 || !MILLIONS.test(unit.trim())) return null;
  const billions = value / 1000;
  // Three significant figures or more: whole billions from 100 on, tenths from 10, hundredths below.
  const digits = billions >= 100 ? 0 : billions >= 10 ? 1 : 2;
  const rounded = Number(billions.toFixed(digits));
  const unitOut = /^triệu/i.test(unit.trim()) ? "tỷ đồng" : unit.trim().replace(/^million/i, "billion");
  return `≈ ${formatNumber(rounded, lang)} ${unitOut}`;
}

/** The note to put right after a highlight's figure, e.g. " (≈ 11.145 tỷ đồng)", or "". */
export function moneyNote(answer: Answer, h: Highlight): string {
  const fact = answer.facts.find((f) => f.id === h.factId);
  const approx = fact && approxBillions(fact.value, fact.unit, answer.lang);
  return approx ? ` (${approx})` : "";
}

/** The highlight's sentence with the note after its figure (plain-text renderers). */
export function sentenceWithMoney(answer: Answer, h: Highlight): string {
  const note = moneyNote(answer, h);
  const at = h.figure ? h.sentence.indexOf(h.figure) : -1;
  if (!note || at < 0) return h.sentence;
  const end = at + h.figure.length;
  return `${h.sentence.slice(0, end)}${note}${h.sentence.slice(end)}`;
}
