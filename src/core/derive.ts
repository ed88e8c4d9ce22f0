// Figures computed from figures the report states: a remainder, a rate, a difference, a sum, last
// year's value from a stated change. Each result carries its formula and its operands, so the reply
// shows its work and cites every operand. Only compatible figures combine (same measure and unit).
import type { Lang } from "./answer.ts";
import type { Bilingual } from "../../knowledge/schema.ts";
import { ADDABLE_MEASURES } from "../../knowledge/vocabulary.ts";
import type { CompiledFact } from "./kb-types.ts";
import { formatNumber } from "./numbers.ts";
import type { Derivation } from "./answer.ts";

export interface Computed {
  computed: true;
  op: Derivation["op"];
  value: number;
  /** Unit of the result: the operands' unit, "%" for a rate, percentage points for a gap to 100%. */
  unit: Bilingual;
  label: Bilingual;
  operands: CompiledFact[];
  /** Numbers as in a formula: "34 − 31 = 3". */
  formula: Bilingual;
  /** The result was rounded (a rate): the reply says "≈". */
  rounded: boolean;
}

/** What an answer gives: facts the report states, or figures computed from them. */
export type Item = CompiledFact | Computed;
export const isComputed = (x: Item): x is Computed => (x as Computed).computed === true;

const PERCENT: Bilingual = { vi: "%", en: "%" };
const TIMES: Bilingual = { vi: "lần", en: "times" };
const POINTS: Bilingual = { vi: "điểm phần trăm", en: "percentage points" };
/** Rates are shown to two decimals: enough to check against the report's own (2,47%). */
const RATE_DECIMALS = 2;

const n = (x: number, lang: Lang) => formatNumber(x, lang);
/** 100% less a rate, to the rate's two decimals. */
const fromHundred = (rate: number) => Math.round((100 - rate) * 100) / 100;
const both = (f: (lang: Lang) => string): Bilingual => ({ vi: f("vi"), en: f("en") });
const pct = (x: number, lang: Lang) => `${n(x, lang)}%`;

function rate(part: number, whole: number): { value: number; rounded: boolean } {
  const exact = (100 * part) / whole;
  const value = Math.round(exact * 10 ** RATE_DECIMALS) / 10 ** RATE_DECIMALS;
  return { value, rounded: value !== exact };
}

/** Figures of one kind and one unit, none a statement (compared even across measures). */
const sameUnit = (fs: CompiledFact[]) => fs.every((f) => f.value !== null && f.kind !== "statement" && f.kind === fs[0]!.kind && f.unit?.vi === fs[0]!.unit?.vi);

/** Figures of one kind, none a statement, of measures that count the same kind of thing. */
export const addable = (fs: CompiledFact[]) =>
  fs.length > 1 &&
  fs.every((f) => f.value !== null && f.kind !== "statement" && f.kind === fs[0]!.kind) &&
  ADDABLE_MEASURES.some((group) => fs.every((f) => (group as readonly string[]).includes(f.measure ?? "")));

/** Can these figures be added or subtracted? Same measure, same kind, none a statement. */
export function combinable(fs: CompiledFact[]): boolean {
  return fs.length > 1 && fs.every((f) => f.value !== null && f.kind !== "statement" && f.measure === fs[0]!.measure && f.kind === fs[0]!.kind);
}

const unitOf = (f: CompiledFact): Bilingual => f.unit ?? { vi: "", en: "" };

/** planned − done, for a figure printed as "31/34". */
export function remainingOfPlan(f: CompiledFact): Computed | null {
  if (f.total === undefined || f.value === null) return null;
  const v = f.total - f.value;
  return {
    computed: true, op: "remaining", value: v, unit: unitOf(f), rounded: false, operands: [f],
    label: { vi: `Phần còn lại chưa hoàn thành (${lower(f.label.vi)})`, en: `The remainder not yet achieved (${lower(f.label.en)})` },
    formula: both((l) => `${n(f.total!, l)} − ${n(f.value!, l)} = ${n(v, l)}`),
  };
}

/** (planned − done) / planned, for "31/34" asked as a percentage: (34 − 31) / 34 ≈ 8,82%. */
export function remainingShareOfPlan(f: CompiledFact): Computed | null {
  if (f.total === undefined || f.value === null || !f.total) return null;
  const r = rate(f.total - f.value, f.total);
  return {
    computed: true, op: "remaining", ...r, unit: PERCENT, operands: [f],
    label: { vi: `Tỷ lệ còn lại chưa hoàn thành (${lower(f.label.vi)})`, en: `Share not yet achieved (${lower(f.label.en)})` },
    formula: both((l) => `(${n(f.total!, l)} − ${n(f.value!, l)}) / ${n(f.total!, l)} ${r.rounded ? "≈" : "="} ${pct(r.value, l)}`),
  };
}

/**
 * What the current number falls short of the allocated one: 22.531 assigned, 22.056 in post → 475
 * (or, as a share of the allocation, 475 / 22.531 ≈ 2,11%).
 */
export function shortOfAllocation(allocated: CompiledFact, current: CompiledFact, asShare: boolean): Computed | null {
  if (!allocated.value || current.value === null || !combinable([allocated, current]) || current.value > allocated.value) return null;
  const gap = allocated.value - current.value;
  const r = asShare ? rate(gap, allocated.value) : { value: gap, rounded: false };
  return {
    computed: true, op: "remaining", ...r, unit: asShare ? PERCENT : unitOf(current), operands: [allocated, current],
    label: {
      vi: `${asShare ? "Tỷ lệ còn thiếu" : "Số còn thiếu"} so với số được giao (${lower(allocated.label.vi)})`,
      en: `${asShare ? "Share" : "Number"} still short of the allocation (${lower(allocated.label.en)})`,
    },
    formula: both((l) => (asShare ? `(${n(allocated.value!, l)} − ${n(current.value!, l)}) / ${n(allocated.value!, l)} ${r.rounded ? "≈" : "="} ${pct(r.value, l)}` : `${n(allocated.value!, l)} − ${n(current.value!, l)} = ${n(gap, l)}`)),
  };
}

/** The plan's amount less the figure reached: 11.145.304 / 94,5% − 11.145.304 ≈ 648.668 short of it. */
export function amountToPlan(value: CompiledFact, share: CompiledFact, plan: Bilingual): Computed | null {
  const whole = referenceOf(value, share, plan);
  if (!whole || share.value! >= 100) return null;
  const v = whole.value - value.value!;
  return {
    computed: true, op: "remaining", value: v, unit: unitOf(value), rounded: whole.rounded, operands: [value, share],
    label: { vi: `Phần còn thiếu để đạt ${plan.vi} — ${lower(value.label.vi)}`, en: `Short of ${plan.en} — ${lower(value.label.en)}` },
    formula: both((l) => `${n(value.value!, l)} / ${pct(share.value!, l)} − ${n(value.value!, l)} ${whole.rounded ? "≈" : "="} ${n(v, l)}`),
  };
}

/** 100% − a share of a plan ("bằng 94,5% so với dự toán" → 5,5 points short of it). */
export function remainingToPlan(f: CompiledFact, plan: Bilingual): Computed | null {
  // Over 100% of the plan nothing is missing.
  if (f.value === null || f.kind !== "percent" || f.value >= 100) return null;
  const v = fromHundred(f.value);
  return {
    computed: true, op: "remaining", value: v, unit: POINTS, rounded: false, operands: [f],
    label: { vi: `Phần còn thiếu để đạt 100% ${plan.vi} — ${lower(f.label.vi)}`, en: `Short of 100% of ${plan.en} — ${lower(f.label.en)}` },
    formula: both((l) => `100% − ${pct(f.value!, l)} = ${n(v, l)} ${POINTS[l]}`),
  };
}

/**
 * What is left of a reference after a cut stated as a rate: compliance costs cut by 42% are 58% of
 * the cost before the cut; civil-servant positions down 2,47% are 97,53% of 2023's.
 */
export function leftAfterCut(f: CompiledFact, reference: Bilingual): Computed | null {
  if (f.value === null || f.kind !== "percent" || f.value > 100) return null;
  const v = fromHundred(f.value);
  return {
    computed: true, op: "remaining", value: v, unit: PERCENT, rounded: false, operands: [f],
    label: { vi: `Phần còn lại so với ${reference.vi}, sau khi giảm (${lower(f.label.vi)})`, en: `What is left as a share of ${reference.en}, after the cut (${lower(f.label.en)})` },
    formula: both((l) => `100% − ${pct(f.value!, l)} = ${pct(v, l)}`),
  };
}

/**
 * The amount a figure rose (or fell) by since an earlier period it is a share of: 11.145.304 is
 * 120,9% of the same period last year, so it rose by 11.145.304 − 11.145.304 / 120,9% ≈ 1.926.690.
 */
export function amountOverReference(value: CompiledFact, share: CompiledFact, reference: Bilingual): Computed | null {
  const before = referenceOf(value, share, reference);
  if (!before || share.value === 100) return null;
  const v = value.value! - before.value;
  const rise = v >= 0;
  return {
    computed: true, op: "difference", value: Math.abs(v), unit: unitOf(value), rounded: before.rounded, operands: [value, share],
    label: {
      vi: `Mức ${rise ? "tăng" : "giảm"} so với ${reference.vi} — ${lower(value.label.vi)}`,
      en: `${rise ? "Rise" : "Fall"} against ${reference.en} — ${lower(value.label.en)}`,
    },
    formula: both((l) =>
      rise
        ? `${n(value.value!, l)} − ${n(value.value!, l)} / ${pct(share.value!, l)} ${before.rounded ? "≈" : "="} ${n(v, l)}`
        : `${n(value.value!, l)} / ${pct(share.value!, l)} − ${n(value.value!, l)} ${before.rounded ? "≈" : "="} ${n(-v, l)}`,
    ),
  };
}

/**
 * A share of an earlier period read as the change since then: 120,9% of the same period last year
 * is a rise of 120,9% − 100% = 20,9% (a fall below 100%).
 */
export function changeOverReference(f: CompiledFact, reference: Bilingual): Computed | null {
  if (f.value === null || f.kind !== "percent") return null;
  const v = Math.round((f.value - 100) * 100) / 100;
  const rise = v >= 0;
  return {
    computed: true, op: "difference", value: Math.abs(v), unit: PERCENT, rounded: false, operands: [f],
    label: {
      vi: `Mức ${rise ? "tăng" : "giảm"} so với ${reference.vi} — ${lower(f.label.vi)}`,
      en: `${rise ? "Rise" : "Fall"} against ${reference.en} — ${lower(f.label.en)}`,
    },
    formula: both((l) => (rise ? `${pct(f.value!, l)} − 100% = ${pct(v, l)}` : `100% − ${pct(f.value!, l)} = ${pct(-v, l)}`)),
  };
}

/**
 * The plan's amount from a figure and the share of the plan it is: 11.145.304 is 94,5% of the
 * estimate, so the estimate is 11.145.304 / 94,5% ≈ 11.793.972 (rounded to the figure's precision).
 */
export function referenceOf(value: CompiledFact, share: CompiledFact, plan: Bilingual): Computed | null {
  if (value.value === null || value.kind === "percent" || value.kind === "statement" || share.kind !== "percent" || !share.value) return null;
  const exact = value.value / (share.value / 100);
  const v = Math.round(exact);
  return {
    computed: true, op: "reference", value: v, unit: unitOf(value), rounded: v !== exact, operands: [value, share],
    label: {
      vi: `${capital(plan.vi)} — ${lower(value.label.vi)} (tính từ số đạt được và tỷ lệ so với ${plan.vi})`,
      en: `${capital(plan.en.replace(/^the /, ""))} — ${lower(value.label.en)} (from the amount reached and its share of ${plan.en})`,
    },
    formula: both((l) => `${n(value.value!, l)} / ${pct(share.value!, l)} ${v !== exact ? "≈" : "="} ${n(v, l)}`),
  };
}

/** A figure per unit of another of its sentence: 107.737 entries / 214 agencies ≈ 503,44 per agency. */
export function averageOf(total: CompiledFact, per: CompiledFact): Computed | null {
  if (total.value === null || !per.value || total.kind === "percent" || per.kind !== "count") return null;
  const exact = total.value / per.value;
  const v = Math.round(exact * 10 ** RATE_DECIMALS) / 10 ** RATE_DECIMALS;
  return {
    computed: true, op: "average", value: v, unit: unitOf(total), rounded: v !== exact, operands: [total, per],
    label: { vi: `${total.label.vi} — trung bình mỗi ${unitOf(per).vi}`, en: `${total.label.en} — on average per ${singular(unitOf(per).en)}` },
    formula: both((l) => `${n(total.value!, l)} / ${n(per.value!, l)} ${v !== exact ? "≈" : "="} ${n(v, l)}`),
  };
}

/**
 * A figure over a number of months, per month: 11.387.742 triệu đồng in 11 months ≈ 1.035.249,27 a
 * month (the months are the figure's own period, "11 tháng", stated in its sentence).
 */
export function perMonthOf(total: CompiledFact, months: number, unit = unitOf(total), over: Bilingual = { vi: `${months} tháng`, en: `${months} months` }): Computed | null {
  if (total.value === null || total.kind === "percent" || months < 2) return null;
  const exact = total.value / months;
  const v = Math.round(exact * 10 ** RATE_DECIMALS) / 10 ** RATE_DECIMALS;
  return {
    computed: true, op: "average", value: v, unit, rounded: v !== exact, operands: [total],
    label: { vi: `${total.label.vi} — bình quân mỗi tháng (${over.vi})`, en: `${total.label.en} — on average per month (${over.en})` },
    formula: both((l) => `${n(total.value!, l)} / ${months} ${v !== exact ? "≈" : "="} ${n(v, l)}`),
  };
}

/** A unit per year ("đồng/năm", "VND per year"), and the same per month. */
const PER_YEAR = { vi: /\/\s*năm$/, en: /(?:\/\s*|\s+per\s+)year$/ } as const;
export const perYear = (f: CompiledFact): boolean => PER_YEAR.vi.test(f.unit?.vi ?? "") || PER_YEAR.en.test(f.unit?.en ?? "");

/** A yearly amount a month (11.322.000 đồng/năm / 12 = 943.500 đồng/tháng). */
export function monthlyOfYearly(total: CompiledFact): Computed | null {
  if (!perYear(total)) return null;
  const unit = { vi: unitOf(total).vi.replace(PER_YEAR.vi, "/tháng"), en: unitOf(total).en.replace(PER_YEAR.en, " per month") };
  return perMonthOf(total, 12, unit, { vi: "12 tháng một năm", en: "12 months a year" });
}

/** An English unit in the singular, word by word ("inspection teams" → "inspection team"). */
export const singular = (unit: string): string => unit.replace(/ies\b/g, "y").replace(/(?<!['’s])s\b/g, "");

/** How many times one figure is another: 22.056 / 1.895 ≈ 11,64 lần. */
export function multipleOf(a: CompiledFact, b: CompiledFact): Computed | null {
  if (a.value === null || !b.value || a.kind !== b.kind || a.kind === "percent" || a.kind === "statement") return null;
  const exact = a.value / b.value;
  const v = Math.round(exact * 10 ** RATE_DECIMALS) / 10 ** RATE_DECIMALS;
  return {
    computed: true, op: "multiple", value: v, unit: TIMES, rounded: v !== exact, operands: [a, b],
    label: { vi: `${a.label.vi} so với ${lower(b.label.vi)} (số lần)`, en: `${a.label.en} as a multiple of ${lower(b.label.en)}` },
    formula: both((l) => `${n(a.value!, l)} / ${n(b.value!, l)} ${v !== exact ? "≈" : "="} ${n(v, l)} ${TIMES[l]}`),
  };
}

/** done / planned, for a figure printed as "31/34". */
export function completionOf(f: CompiledFact): Computed | null {
  if (f.total === undefined || f.value === null || f.total === 0) return null;
  const r = rate(f.value, f.total);
  return {
    computed: true, op: "completion", ...r, unit: PERCENT, operands: [f],
    label: { vi: `Tỷ lệ hoàn thành — ${lower(f.label.vi)} trên tổng số`, en: `Completion rate — ${lower(f.label.en)} out of the total` },
    formula: both((l) => `${n(f.value!, l)} / ${n(f.total!, l)} ${r.rounded ? "≈" : "="} ${pct(r.value, l)}`),
  };
}

/** part / whole as a percentage. */
export function ratioOf(part: CompiledFact, whole: CompiledFact): Computed | null {
  if (part.value === null || !whole.value || part.measure !== whole.measure) return null;
  const r = rate(part.value, whole.value);
  return {
    computed: true, op: "ratio", ...r, unit: PERCENT, operands: [part, whole],
    label: { vi: `${part.label.vi} so với ${lower(whole.label.vi)}`, en: `${part.label.en} as a share of ${lower(whole.label.en)}` },
    formula: both((l) => `${n(part.value!, l)} / ${n(whole.value!, l)} ${r.rounded ? "≈" : "="} ${pct(r.value, l)}`),
  };
}

/** part / (a + b + …): the share of a part in figures the report does not total itself ("69 / (23 + 69)"). */
export function shareOfSum(part: CompiledFact | CompiledFact[], fs: CompiledFact[], measureName: Bilingual, within = false): Computed | null {
  // (Several parts added, "cấp huyện và cấp xã cộng lại", or one part of a figure added, `within`:
  // the council's 31 resolutions of the province's 125, checked by the caller.)
  const parts = Array.isArray(part) ? part : [part];
  const total = sumOf(fs, measureName);
  if (!total || !parts.length || parts.some((p) => p.value === null) || (!within && !parts.every((p) => fs.includes(p))) || !total.value) return null;
  const partValue = round(parts.reduce((a, p) => a + p.value!, 0));
  const r = rate(partValue, total.value);
  const top = (l: Lang) => (parts.length === 1 ? n(partValue, l) : `(${parts.map((p) => n(p.value!, l)).join(" + ")})`);
  return {
    computed: true, op: "ratio", ...r, unit: PERCENT, operands: [...parts, ...fs.filter((f) => !parts.includes(f))],
    label: {
      vi: `${parts.map((p, i) => (i ? lower(p.label.vi) : p.label.vi)).join(" và ")} so với tổng: ${fs.map((f) => lower(f.label.vi)).join("; ")}`,
      en: `${parts.map((p, i) => (i ? lower(p.label.en) : p.label.en)).join(" and ")} as a share of the total: ${fs.map((f) => lower(f.label.en)).join("; ")}`,
    },
    formula: both((l) => `${top(l)} / (${fs.map((f) => n(f.value!, l)).join(" + ")}) = ${n(partValue, l)} / ${n(total.value!, l)} ${r.rounded ? "≈" : "="} ${pct(r.value, l)}`),
  };
}

/**
 * The larger minus the smaller of two figures of one measure, or of one unit (budget spending and
 * revenue, both in triệu đồng); when their periods differ the reply says so.
 */
export function differenceOf(a: CompiledFact, b: CompiledFact, measureName?: Bilingual): Computed | null {
  const kin = !combinable([a, b]) && addable([a, b]);
  if (!combinable([a, b]) && !sameUnit([a, b]) && !kin) return null;
  const [hi, lo] = a.value! >= b.value! ? [a, b] : [b, a];
  const v = round(hi.value! - lo.value!);
  // "94 quyết định − 31 nghị quyết" is 63 văn bản QPPL: the measure's name when the units differ.
  // (Measures that count the same kind of thing, "988 người − 48 biên chế", are in both their names.)
  const unit = a.kind === "percent" ? POINTS : sharedUnit([a, b], a.measure === b.measure || kin ? measureName : undefined);
  return {
    computed: true, op: "difference", value: v, unit, rounded: false, operands: [hi, lo],
    label: {
      vi: `Chênh lệch giữa ${lower(hi.label.vi)} và ${lower(lo.label.vi)}${hi.period.vi !== lo.period.vi ? ` (hai số liệu khác kỳ: ${hi.period.vi}; ${lo.period.vi})` : ""}`,
      en: `Difference between ${lower(hi.label.en)} and ${lower(lo.label.en)}${hi.period.en !== lo.period.en ? ` (the figures cover different periods: ${hi.period.en}; ${lo.period.en})` : ""}`,
    },
    formula: both((l) => `${n(hi.value!, l)} − ${n(lo.value!, l)} = ${n(v, l)}`),
  };
}

/**
 * The sum of figures that the report does not total itself: of one measure, or of measures that
 * count the same kind of thing (knowledge/vocabulary.ts ADDABLE_MEASURES).
 */
export function sumOf(fs: CompiledFact[], measureName: Bilingual): Computed | null {
  if (!(combinable(fs) || addable(fs)) || fs[0]!.kind === "percent") return null;
  const v = round(fs.reduce((s, f) => s + f.value!, 0));
  return {
    computed: true, op: "sum", value: v, unit: sharedUnit(fs, measureName), rounded: false, operands: fs,
    label: { vi: `Tổng cộng: ${fs.map((f) => lower(f.label.vi)).join("; ")}`, en: `In total: ${fs.map((f) => lower(f.label.en)).join("; ")}` },
    formula: both((l) => `${fs.map((f) => n(f.value!, l)).join(" + ")} = ${n(v, l)}`),
  };
}

/** A total minus the parts the question leaves out ("ngoài 203 dự thảo QPPL, còn … khác?"). */
export function othersOf(total: CompiledFact, left: CompiledFact[]): Computed | null {
  if (total.value === null || !combinable([total, ...left])) return null;
  const v = round(total.value - left.reduce((s, f) => s + f.value!, 0));
  return {
    computed: true, op: "others", value: v, unit: unitOf(total), rounded: false, operands: [total, ...left],
    label: {
      vi: `${total.label.vi}, không tính ${left.map((f) => lower(f.label.vi)).join(", ")}`,
      en: `${total.label.en}, excluding ${left.map((f) => lower(f.label.en)).join(", ")}`,
    },
    formula: both((l) => `${n(total.value!, l)} − ${left.map((f) => n(f.value!, l)).join(" − ")} = ${n(v, l)}`),
  };
}

/** Figures added, less a part of one of them ("125 + 23 + 69 − 31", the 31 within the 125). */
export function sumLessOf(fs: CompiledFact[], out: CompiledFact): Computed | null {
  if (!combinable([...fs, out]) || out.kind === "percent") return null;
  const v = round(fs.reduce((s, f) => s + f.value!, 0) - out.value!);
  return {
    computed: true, op: "others", value: v, unit: sharedUnit(fs), rounded: false, operands: [...fs, out],
    label: {
      vi: `Tổng cộng: ${fs.map((f) => lower(f.label.vi)).join("; ")} — không tính ${lower(out.label.vi)}`,
      en: `In total: ${fs.map((f) => lower(f.label.en)).join("; ")} — excluding ${lower(out.label.en)}`,
    },
    formula: both((l) => `${fs.map((f) => n(f.value!, l)).join(" + ")} − ${n(out.value!, l)} = ${n(v, l)}`),
  };
}

/** One figure against several added: 125 − (23 + 69) = 33 ("cấp tỉnh nhiều hơn cấp huyện và cấp xã cộng lại"). */
export function differenceFromSumOf(a: CompiledFact, fs: CompiledFact[], measureName?: Bilingual): Computed | null {
  if (fs.length < 2 || !combinable([a, ...fs]) || a.kind === "percent") return null;
  const added = round(fs.reduce((s, f) => s + f.value!, 0));
  const v = round(a.value! - added);
  return {
    computed: true, op: "difference", value: v, unit: sharedUnit([a, ...fs], measureName), rounded: false, operands: [a, ...fs],
    label: {
      vi: `Chênh lệch giữa ${lower(a.label.vi)} và tổng: ${fs.map((f) => lower(f.label.vi)).join("; ")}`,
      en: `Difference between ${lower(a.label.en)} and the total of: ${fs.map((f) => lower(f.label.en)).join("; ")}`,
    },
    formula: both((l) => `${n(a.value!, l)} − (${fs.map((f) => n(f.value!, l)).join(" + ")}) = ${n(v, l)}`),
  };
}

/** The value in the baseline year, from the current value and the change the report states. */
export function previousOf(current: CompiledFact, change: CompiledFact, direction: "increase" | "decrease", year: number): Computed | null {
  if (current.value === null || change.value === null || current.measure !== change.measure) return null;
  const v = direction === "decrease" ? current.value + change.value : current.value - change.value;
  const sign = direction === "decrease" ? "+" : "−";
  return {
    computed: true, op: "previous", value: v, unit: unitOf(current), rounded: false, operands: [current, change],
    label: { vi: `${current.label.vi} năm ${year}`, en: `${current.label.en} in ${year}` },
    formula: both((l) => `${n(current.value!, l)} ${sign} ${n(change.value!, l)} = ${n(v, l)}`),
  };
}

/**
 * Last year's values of several measures that add up, added ("năm 2023, biên chế công chức cộng
 * với người làm việc"): (1.895 + 48) + (22.056 + 988) = 1.943 + 23.044 = 24.987.
 */
export function previousSumOf(previous: Computed[], name: Bilingual, year: number): Computed | null {
  if (previous.length < 2 || previous.some((p) => p.op !== "previous")) return null;
  const operands = previous.flatMap((p) => p.operands);
  const v = round(previous.reduce((t, p) => t + p.value, 0));
  return {
    computed: true, op: "previous", value: v, unit: sharedUnit(operands, name), rounded: false, operands,
    label: { vi: `Tổng ${name.vi} năm ${year}`, en: `${capital(name.en)} combined in ${year}` },
    formula: both((l) => `${previous.map((p) => `(${p.formula[l].split(" = ")[0]})`).join(" + ")} = ${previous.map((p) => n(p.value, l)).join(" + ")} = ${n(v, l)}`),
  };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** The operands' unit when they share one, else the measure's name. */
function sharedUnit(fs: CompiledFact[], measureName?: Bilingual): Bilingual {
  const u = unitOf(fs[0]!);
  return fs.every((f) => unitOf(f).vi === u.vi) ? u : (measureName ?? u);
}

/** The same figure in two reports' years: newer − older, with the direction in words. */
export function changeBetween(newer: CompiledFact, older: CompiledFact, yNew: number, yOld: number): Computed | null {
  if (!combinable([newer, older])) return null;
  const v = round(newer.value! - older.value!);
  const unit = newer.kind === "percent" ? POINTS : unitOf(newer);
  const dir = { vi: v > 0 ? "tăng" : v < 0 ? "giảm" : "thay đổi", en: v > 0 ? "up" : v < 0 ? "down" : "unchanged" };
  return {
    computed: true, op: "difference", value: Math.abs(v), unit, rounded: false, operands: [newer, older],
    label: {
      vi: `${newer.label.vi} — mức ${dir.vi} năm ${yNew} so với năm ${yOld}`,
      en: `${newer.label.en} — change from ${yOld} to ${yNew} (${dir.en})`,
    },
    // A fall reads "1.131 − 1.132 = −1" (a true minus sign), beside "mức giảm … 1".
    formula: both((l) => `${n(newer.value!, l)} − ${n(older.value!, l)} = ${v < 0 ? "−" : ""}${n(Math.abs(v), l)}`),
  };
}
