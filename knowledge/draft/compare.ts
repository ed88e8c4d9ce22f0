// How close a draft comes to a hand-written report folder for the same text: every number the hand
// facts hold recovered (same raw, same sentence, same occurrence) with the same value, and the
// share of units, kinds, measures, relations and exclusions it guessed the same way.
import { NUMBER_TOKEN } from "../../src/core/numbers.ts";

interface FactLike {
  id: string;
  kind: string;
  raw?: string;
  occurrence?: number;
  value: number | null;
  total?: number;
  /** The whole of a fraction, not its part (knowledge/schema.ts). */
  whole?: boolean;
  unit?: { vi: string };
  measure?: string;
  quote: string;
}
interface ReportLike {
  bodyStart: string;
  bodyEnd: string;
  exclusions: { raw: string; context?: string }[];
}
type RelationLike = { type: string } & Record<string, unknown>;

export interface Folder {
  source: string;
  report: ReportLike;
  facts: FactLike[];
  relations: RelationLike[];
}

export interface Tally {
  right: number;
  of: number;
  misses: string[];
}

export interface Comparison {
  numbers: Tally;
  values: Tally;
  units: Tally;
  kinds: Tally;
  measures: Tally;
  /** Draft figures with a measure, and how many of those are in the shared vocabulary. */
  measured: { figures: number; withMeasure: number; shared: number };
  relations: Tally & { extra: number };
  exclusions: Tally & { extra: number };
}

const key = (f: { raw?: string; quote: string; occurrence?: number }) => `${f.raw}\u0000${f.quote}\u0000${f.occurrence ?? 1}`;
const sameUnit = (a: string) => a.normalize("NFC").toLocaleLowerCase("vi").replace(/,/g, " ").replace(/\s+/g, " ").trim();
const tally = (): Tally => ({ right: 0, of: 0, misses: [] });
const count = (t: Tally, ok: boolean, miss: string) => {
  t.of++;
  if (ok) t.right++;
  else t.misses.push(miss);
};

/** Offsets of body numbers a report excludes, as the build matches its exclusions. */
function excludedOffsets(source: string, report: ReportLike): Set<number> {
  const start = source.indexOf(report.bodyStart);
  const end = source.indexOf(report.bodyEnd);
  const out = new Set<number>();
  for (const ex of report.exclusions) {
    if (ex.context) {
      for (let c = source.indexOf(ex.context, start); c >= 0 && c < end; c = source.indexOf(ex.context, c + 1))
        for (const m of ex.context.matchAll(NUMBER_TOKEN)) if (m[0] === ex.raw) out.add(c + m.index);
    } else for (const m of source.slice(start, end).matchAll(NUMBER_TOKEN)) if (m[0] === ex.raw) out.add(start + m.index);
  }
  return out;
}

/** A relation with its fact ids written as the hand facts' ids, for comparing. */
function relationKey(r: RelationLike, toHand: (id: string) => string): string {
  const id = (v: unknown) => (typeof v === "string" ? toHand(v) : "");
  switch (r.type) {
    case "parts":
      return `parts ${id(r.total)} [${(r.parts as string[]).map(id).sort().join(",")}] ${r.complete}`;
    case "allocated-current":
      return `allocated-current ${id(r.allocated)} ${id(r.current)}`;
    case "change":
      return `change ${id(r.current)} ${id(r.change)} ${r.direction} ${r.baselineYear} ${r.rate ? id(r.rate) : "-"}`;
    case "share-of-plan":
      return `share-of-plan ${id(r.share)} ${(r.plan as { vi: string }).vi}`;
    case "listed":
      return `listed [${(r.parts as string[]).map(id).sort().join(",")}]`;
    default:
      return `${r.type} ${JSON.stringify(r)}`;
  }
}

export function compareFolders(draft: Folder, hand: Folder, isShared: (measure: string) => boolean): Comparison {
  const byKey = new Map(draft.facts.filter((f) => f.raw !== undefined).map((f) => [key(f), f]));
  const c: Comparison = {
    numbers: tally(),
    values: tally(),
    units: tally(),
    kinds: tally(),
    measures: tally(),
    measured: { figures: 0, withMeasure: 0, shared: 0 },
    relations: { ...tally(), extra: 0 },
    exclusions: { ...tally(), extra: 0 },
  };
  const draftToHand = new Map<string, string>();
  for (const h of hand.facts) {
    // A fraction's whole ("34" of "31/34") is the same number as its part: compared through the part.
    if (h.raw === undefined || h.whole) continue;
    const d = byKey.get(key(h));
    count(c.numbers, !!d, `${h.id} "${h.raw}" not drafted from its sentence`);
    if (!d) continue;
    draftToHand.set(d.id, h.id);
    count(c.values, d.value === h.value && d.total === h.total, `${h.id} "${h.raw}": ${d.value}${d.total !== undefined ? `/${d.total}` : ""} ≠ ${h.value}${h.total !== undefined ? `/${h.total}` : ""}`);
    count(c.kinds, d.kind === h.kind, `${h.id} "${h.raw}": kind ${d.kind} ≠ ${h.kind}`);
    if (h.unit) count(c.units, !!d.unit && sameUnit(d.unit.vi) === sameUnit(h.unit.vi), `${h.id} "${h.raw}": unit "${d.unit?.vi ?? ""}" ≠ "${h.unit.vi}"`);
    if (h.measure) count(c.measures, d.measure === h.measure, `${h.id} "${h.raw}": measure ${d.measure ?? "none"} ≠ ${h.measure}`);
  }
  for (const f of draft.facts) {
    if (f.kind === "statement") continue;
    c.measured.figures++;
    if (f.measure) c.measured.withMeasure++;
    if (f.measure && isShared(f.measure)) c.measured.shared++;
  }

  const toHand = (id: string) => draftToHand.get(id) ?? `draft:${id}`;
  const drafted = new Set(draft.relations.map((r) => relationKey(r, toHand)));
  const handKeys = new Set(hand.relations.map((r) => relationKey(r, (id) => id)));
  for (const k of handKeys) count(c.relations, drafted.has(k), `relation not drafted: ${k}`);
  c.relations.extra = [...drafted].filter((k) => !handKeys.has(k)).length;

  const handOut = excludedOffsets(hand.source, hand.report);
  const draftOut = excludedOffsets(draft.source, draft.report);
  const near = (at: number) => hand.source.slice(Math.max(0, at - 20), at + 20).replace(/\s+/g, " ");
  for (const at of [...handOut].sort((a, b) => a - b)) count(c.exclusions, draftOut.has(at), `number excluded by hand, a fact in the draft: …${near(at)}…`);
  c.exclusions.extra = [...draftOut].filter((at) => !handOut.has(at)).length;
  return c;
}

const pct = (t: { right: number; of: number }) => `${t.right}/${t.of} (${t.of ? ((100 * t.right) / t.of).toFixed(1) : "100.0"}%)`;

export function summaryLine(id: string, c: Comparison): string {
  return (
    `kb:draft compare ${id}: numbers ${pct(c.numbers)} recovered, values ${pct(c.values)} right; ` +
    `units ${pct(c.units)}; kinds ${pct(c.kinds)}; measures ${pct(c.measures)} right, ` +
    `${c.measured.withMeasure}/${c.measured.figures} drafted figures got one (${c.measured.shared} in the shared vocabulary); ` +
    `relations ${pct(c.relations)} (+${c.relations.extra} not in the hand file); ` +
    `exclusions ${pct(c.exclusions)} (+${c.exclusions.extra} more)`
  );
}
