// Reading the relations a report states between its figures: parts of a total ("trong đó …"),
// a change against a baseline year ("giảm 48 … so với năm 2023"), done of planned ("31/34"),
// allocated and current ("giao … Hiện có …"), a share of the plan or of a baseline ("bằng 94,5% so
// với dự toán"), items listed of one whole ("gồm A, B và C"). Each is checked with the figures' own
// arithmetic where the words allow it.
import type { FactKind } from "../schema.ts";

/** A figure as the relation reader sees it; positions are offsets in its sentence. */
export interface FigureRef {
  kind: FactKind;
  raw: string;
  value: number | null;
  total?: number;
  unit: string;
  measure?: string;
  section: string;
  sentence: number;
  sentenceText: string;
  at: number;
  end: number;
  unitEnd: number;
  head: string;
}

type Baseline = { year?: number; text: string };
type Check = { ok: boolean; text: string };

/** Relations by figure index; the drafter turns indexes into fact ids. */
export type RelationRef =
  | { type: "parts"; total: number; parts: number[]; complete: boolean; text: string; check?: Check }
  | { type: "change"; current: number; delta?: number; rate?: number; direction: "increase" | "decrease"; baseline: Baseline; text: string; check?: Check }
  | { type: "done-planned"; done: number; planned: number; text: string; check?: Check }
  | { type: "allocated-current"; allocated: number; current: number; text: string; check?: Check }
  | { type: "share-of-plan"; share: number; of: number; plan: string; text: string; check?: Check }
  | { type: "share-of-baseline"; share: number; of: number; baseline: Baseline; text: string; check?: Check }
  | { type: "listed"; parts: number[]; whole: string; text: string; check?: Check };

const fmt = (n: number) => String(Math.round(n * 100) / 100);
const decimals = (raw: string) => (/[.,](\d+)%$/.exec(raw)?.[1]?.length ?? 0);

/** Where the clause that starts at `from` ends: ";", ", " or a full stop. */
function clauseEnd(s: string, from: number): number {
  const m = /;|,\s|\.(?:\s|$)/u.exec(s.slice(from));
  return m ? from + m.index : s.length;
}

function baselineOf(words: string): Baseline | null {
  const m = /^so với\s+(năm\s+((?:19|20)\d{2})|năm trước|cùng kỳ(?:\s+năm\s+(?:trước|(?:19|20)\d{2}))?)/iu.exec(words);
  if (!m) return null;
  return m[2] ? { year: Number(m[2]), text: m[0] } : { text: m[0] };
}

export function readRelations(figures: FigureRef[]): RelationRef[] {
  const out: RelationRef[] = [];
  const bySentence = new Map<number, number[]>();
  figures.forEach((f, i) => bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), i]));
  const isFigure = (i: number) => figures[i]!.kind !== "statement";
  const lastBefore = (ids: number[], at: number, ok: (f: FigureRef) => boolean) =>
    ids.filter((i) => figures[i]!.at < at && isFigure(i) && ok(figures[i]!)).at(-1);

  for (const ids of bySentence.values()) {
    const s = figures[ids[0]!]!.sentenceText;

    // Parts: "trong đó (có) …" up to the clause's ";", or "N X (a X …; b X …)" right after a total.
    for (const m of s.matchAll(/trong đó(?:\s+có)?/giu)) {
      const total = lastBefore(ids, m.index, (f) => f.kind !== "percent");
      const stop = s.indexOf(";", m.index) >= 0 ? s.indexOf(";", m.index) : s.length;
      const parts = ids.filter((i) => figures[i]!.at > m.index && figures[i]!.at < stop && figures[i]!.kind === figures[total ?? -1]?.kind);
      if (total !== undefined && parts.length) out.push(partsOf(total, parts, s.slice(figures[total]!.at, figures[parts.at(-1)!]!.unitEnd)));
    }
    for (const t of ids) {
      const f = figures[t]!;
      if (f.kind !== "count" || !/^\s*\(/.test(s.slice(f.unitEnd))) continue;
      const open = s.indexOf("(", f.unitEnd);
      const close = s.indexOf(")", open);
      const head = f.unit.split(" ").slice(0, 2).join(" ");
      const parts = ids.filter((i) => figures[i]!.at > open && figures[i]!.at < close && figures[i]!.kind === "count" && figures[i]!.unit.startsWith(head));
      if (parts.length) out.push(partsOf(t, parts, s.slice(f.at, close + 1)));
    }

    // Listed: "… gồm N1 X1, N2 X2 và N3 X3" with no total stated: the items of one whole (counts
    // outside brackets, which hold parts of an item). What the whole is called is for a person to name.
    for (const m of s.matchAll(/(?<![\p{L}\p{M}])gồm(?![\p{L}\p{M}])/giu)) {
      if (lastBefore(ids, m.index, (f) => f.kind === "count" && s.slice(f.unitEnd, m.index).trim() === "") !== undefined) continue;
      const inBrackets = (at: number) => s.lastIndexOf("(", at) > s.lastIndexOf(")", at);
      const items = ids.filter((i) => figures[i]!.at > m.index && figures[i]!.kind === "count" && !inBrackets(figures[i]!.at));
      if (items.length >= 2) out.push({ type: "listed", parts: items, whole: s.slice(0, m.index).trim(), text: s.slice(m.index, figures[items.at(-1)!]!.unitEnd) });
    }

    // Change: "giảm|tăng [N X] so với <baseline>[, đạt tỷ lệ giảm P%]".
    for (const m of s.matchAll(/(?<![\p{L}\p{M}])(giảm|tăng)(?![\p{L}\p{M}])/gu)) {
      if (/tỷ lệ\s*$/iu.test(s.slice(0, m.index))) continue;
      const end = clauseEnd(s, m.index);
      const so = s.indexOf("so với", m.index);
      if (so < 0 || so > end) continue;
      const baseline = baselineOf(s.slice(so));
      if (!baseline) continue;
      const inClause = ids.filter((i) => figures[i]!.at > m.index && figures[i]!.at < so && isFigure(i));
      const delta = inClause.find((i) => figures[i]!.kind !== "percent");
      const current = lastBefore(ids, m.index, (g) => g.kind !== "percent");
      if (current === undefined) continue;
      const afterBaseline = so + baseline.text.length;
      const rateWords = /^\s*,?\s*(?:đạt\s+)?tỷ lệ\s+(?:giảm|tăng)\s+/iu.exec(s.slice(afterBaseline));
      const rate = rateWords ? ids.find((i) => figures[i]!.at === afterBaseline + rateWords[0].length && figures[i]!.kind === "percent") : undefined;
      const direction = m[1]!.toLocaleLowerCase("vi") === "giảm" ? "decrease" : "increase";
      const text = s.slice(m.index, rate !== undefined ? figures[rate]!.end : afterBaseline);
      out.push({ type: "change", current, delta, rate, direction, baseline, text, check: changeCheck(figures, current, delta, rate, direction) });
    }

    // Shares: "bằng|đạt P% so với dự toán | cùng kỳ năm trước".
    for (const i of ids) {
      const f = figures[i]!;
      if (f.kind !== "percent" || !/(?:bằng|đạt)\s+$/u.test(s.slice(0, f.at))) continue;
      const of = lastBefore(ids, f.at, (g) => g.kind !== "percent");
      if (of === undefined) continue;
      const rest = s.slice(f.end).trimStart();
      // "cùng kỳ năm trước" is a reference like a plan: 100% is last year's amount to that date.
      const plan = /^so với\s+(dự toán|kế hoạch|chỉ tiêu|cùng kỳ năm trước)(?:\s+(?:năm|được giao|giao))?/iu.exec(rest);
      const verb = /(bằng|đạt)\s+$/u.exec(s.slice(0, f.at))!;
      const text = (p: string) => `${verb[0]}${f.raw} ${p}`;
      if (plan) {
        const share = f.value! / 100;
        out.push({ type: "share-of-plan", share: i, of, plan: plan[1]!, text: text(plan[0]), check: { ok: true, text: `plan ≈ ${fmt(figures[of]!.value! / share)} ${figures[of]!.unit}` } });
        continue;
      }
      const baseline = baselineOf(rest);
      if (baseline) out.push({ type: "share-of-baseline", share: i, of, baseline, text: text(baseline.text) });
    }

    // Cuts: "… 11.322.000 đồng/năm và tỷ lệ cắt giảm chi phí 42%": the amount saved is that share of
    // the amount before the cut (a plan-like reference: 100% is what it cost before).
    for (const i of ids) {
      const f = figures[i]!;
      const m = f.kind === "percent" ? /tỷ lệ cắt giảm\s+([\p{L}\s]{0,30}?)\s*$/iu.exec(s.slice(0, f.at)) : null;
      const of = m ? lastBefore(ids, f.at, (g) => g.kind === "money") : undefined;
      if (!m || of === undefined) continue;
      const before = figures[of]!.value! / (f.value! / 100);
      out.push({ type: "share-of-plan", share: i, of, plan: `${m[1]!.trim() || "mức"} trước khi cắt giảm`, text: s.slice(m.index, f.end), check: { ok: true, text: `before the cut ≈ ${fmt(before)} ${figures[of]!.unit}` } });
    }

    // Done of planned: a fraction "31/34".
    for (const i of ids) {
      const f = figures[i]!;
      if (f.total === undefined || f.kind === "statement") continue;
      const ok = f.value! <= f.total;
      out.push({ type: "done-planned", done: i, planned: f.total, text: s.slice(Math.max(0, f.at - f.head.length - 1), f.unitEnd).trim(), check: { ok, text: `${f.value} of ${f.total} done, ${f.total - f.value!} remaining` } });
    }
  }

  // Allocated then current: "giao N X …" and, within the next two sentences, "hiện có|có mặt … M X".
  figures.forEach((a, i) => {
    if (a.kind !== "count" || !/(?<![\p{L}\p{M}])giao$/u.test(a.head)) return;
    const current = figures.findIndex(
      (b) =>
        b.sentence > a.sentence &&
        b.sentence <= a.sentence + 2 &&
        b.section === a.section &&
        b.kind === a.kind &&
        b.measure === a.measure &&
        /(hiện có|có mặt|hiện nay)/iu.test(b.sentenceText.slice(0, b.at)),
    );
    if (current < 0) return;
    const b = figures[current]!;
    out.push({
      type: "allocated-current",
      allocated: i,
      current,
      text: `giao ${a.raw} ${a.unit} … ${b.raw} ${b.unit}`,
      check: { ok: b.value! <= a.value!, text: `${b.value} of ${a.value} allocated, ${a.value! - b.value!} not filled` },
    });
  });
  return out;

  function partsOf(total: number, parts: number[], text: string): RelationRef {
    const sum = parts.reduce((n, i) => n + figures[i]!.value!, 0);
    const whole = figures[total]!.value!;
    const values = parts.map((i) => figures[i]!.value).join(" + ");
    return {
      type: "parts",
      total,
      parts,
      complete: sum === whole,
      text,
      check: sum === whole ? { ok: true, text: `${values} = ${whole}` } : { ok: sum < whole, text: `${values} = ${sum} of ${whole}${sum < whole ? " (not every part is named)" : " (the parts exceed the total)"}` },
    };
  }
}

function changeCheck(figures: FigureRef[], current: number, delta: number | undefined, rate: number | undefined, direction: "increase" | "decrease"): Check | undefined {
  if (delta === undefined) return undefined;
  const now = figures[current]!.value!;
  const d = figures[delta]!.value!;
  const before = direction === "decrease" ? now + d : now - d;
  if (rate === undefined) return { ok: before >= 0, text: `baseline ${fmt(before)}` };
  const stated = figures[rate]!;
  const computed = (d / before) * 100;
  const places = decimals(stated.raw);
  const ok = Math.abs(computed - stated.value!) <= 0.5 * 10 ** -places + 1e-9;
  return { ok, text: `${d} / (${now} ${direction === "decrease" ? "+" : "-"} ${d}) = ${computed.toFixed(places)}% (stated ${stated.raw})` };
}
