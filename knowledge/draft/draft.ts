// A report's text → drafts of report.json, facts.json and relations.json. Every number of the body
// becomes a fact (with its verbatim sentence) or an exclusion (with a reason); what was guessed is
// listed in each fact's `review`.
import { classifyNumber, type Excluded } from "./exclusions.ts";
import { draftFacets, draftLabel, draftPeriod, draftQuestion, draftScope, readClause, type Clause, type DraftFacets } from "./labels.ts";
import { guessMeasure, type MeasureGuess } from "./measure.ts";
import { numbersIn, readNumber, type NumberReading } from "./numbers.ts";
import { readOpening } from "./opening.ts";
import { readRelations, type FigureRef, type RelationRef } from "./relations.ts";
import type { Relation } from "../schema.ts";
import { NEEDS_REVIEW, type OtherRelation, type ReviewField } from "./schema.ts";
import { readLayout, slug, splitLines, type Sentence } from "./text.ts";
import { definedAcronyms, kindOf, readUnit, type UnitReading } from "./units.ts";

interface Figure extends FigureRef {
  id: string;
  reading: NumberReading;
  unitReading: UnitReading;
  unitInherited: boolean;
  guess: MeasureGuess | null;
  clause: Clause;
  facets: DraftFacets;
  label: string;
  comparison: string[];
  occurrence: number;
}

export interface Draft {
  id: string;
  source: string;
  report: Record<string, unknown>;
  facts: Record<string, unknown>[];
  /** relations.json: what the build accepts, each with the words it was read from. */
  relations: (Relation & { text: string })[];
  /** relations.other.json: what the drafter read that the build has no type for. */
  otherRelations: OtherRelation[];
}

const bilingual = (vi: string) => ({ vi, en: NEEDS_REVIEW });

/** Which occurrence of raw inside the quote (as the build counts: substrings) the number at `rel` is. */
function occurrenceAt(quote: string, raw: string, rel: number): number {
  let n = 0;
  for (let i = quote.indexOf(raw); i >= 0 && i <= rel; i = quote.indexOf(raw, i + 1)) n++;
  return n;
}

export function draftReport(input: string, options: { id?: string } = {}): Draft {
  const source = input.normalize("NFC");
  const layout = readLayout(source);
  const opening = readOpening(source, layout.body.end);
  const acronyms = definedAcronyms(source);
  const id = options.id ?? `${slug(opening.area.name)}-${opening.years[0]}`;
  const lines = splitLines(source);
  const lineAt = (at: number) => lines.findLast((l) => l.start <= at)!;
  const sentenceAt = (at: number) => layout.sentences.findIndex((s) => s.start <= at && at < s.end);

  // 1. Each number of the body: an exclusion, or a figure of its sentence.
  const tokens = numbersIn(source, layout.body.start, layout.body.end);
  const excluded: { at: number; ex: Excluded }[] = [];
  const figures: Figure[] = [];
  for (const n of tokens) {
    const line = lineAt(n.at);
    const before = source.slice(line.start, n.at);
    const after = source.slice(n.at + n.raw.length, line.start + line.text.length);
    const ex = classifyNumber(n, { before, after, lineStart: before.trim() === "" });
    const si = sentenceAt(n.at);
    if (ex || si < 0) {
      excluded.push({ at: n.at, ex: ex ?? { raw: n.raw, kind: "name", reason: "outside any sentence (check by hand)" } });
      continue;
    }
    const s = layout.sentences[si]!;
    const at = n.at - s.start;
    const end = at + n.raw.length;
    const reading = readNumber(n.raw);
    const unitReading = readUnit(s.text, end, reading.percent, acronyms);
    const kind = kindOf(n.raw, unitReading.text);
    figures.push({
      id: "",
      reading,
      unitReading,
      unitInherited: false,
      guess: null,
      label: "",
      comparison: [],
      clause: { head: "", tail: "" },
      facets: { level: [], body: [], action: [] },
      kind,
      raw: n.raw,
      value: kind === "statement" ? null : reading.value,
      total: kind === "statement" ? undefined : reading.total,
      unit: kind === "statement" ? "" : unitReading.text,
      section: s.section,
      sentence: si,
      sentenceText: s.text,
      at,
      end,
      unitEnd: kind === "statement" ? end : Math.max(end, unitReading.end),
      head: "",
      occurrence: occurrenceAt(s.text, n.raw, at),
    });
  }

  // 2. Clause, measure and facets of each figure, reading a sentence's figures in order.
  figures.forEach((f, i) => {
    const prev = figures[i - 1]?.sentence === f.sentence ? figures[i - 1] : undefined;
    const next = figures[i + 1]?.sentence === f.sentence ? figures[i + 1] : undefined;
    f.clause = readClause({ sentence: f.sentenceText, at: f.at, end: f.end, unitEnd: f.unitEnd, prevEnd: prev?.unitEnd ?? 0, nextStart: next?.at ?? f.sentenceText.length });
    f.head = f.clause.head;
    const earlier = figures.slice(0, i).filter((g) => g.sentence === f.sentence && g.guess).map((g) => g.guess!);
    f.guess = guessMeasure({ kind: f.kind, unit: f.unitReading, sentence: f.sentenceText, at: f.at, end: f.end, earlier });
    f.measure = f.guess?.measure;
    f.facets = draftFacets(f.clause);
    f.label = f.kind === "statement" ? statementLabel(f) : draftLabel(f.kind, f.unit, f.clause);
    // "… 556 đơn vị sự nghiệp … (đạt tỷ lệ 100%)": a bare rate is the rate of the figure before it.
    if (f.kind === "percent" && f.label === "Tỷ lệ" && prev && prev.kind !== "percent") f.label = `Tỷ lệ ${prev.label.replace(/^Số\s+/u, "")}`;
  });

  // 3. Relations, and what they tell about units, measures, labels and comparisons.
  const refs = readRelations(figures);
  for (const r of refs) applyRelation(figures, r);

  // 4. Ids from measure and action, unique within the report.
  const used = new Set<string>();
  for (const f of figures) {
    const base =
      f.kind === "statement"
        ? slug(f.label, 5)
        : [f.measure, f.kind === "percent" ? "ty-le" : "", f.facets.action[0] ?? ""].filter(Boolean).join("-");
    let fid = base || "so-lieu";
    for (let n = 2; used.has(fid); n++) fid = `${base}-${n}`;
    used.add(fid);
    f.id = fid;
  }

  const reportYear = opening.years[0]!;
  const facts = figures.map((f) => factJson(f, figures, opening.area, reportYear, opening.date, layout.sentences));
  const relations: Draft["relations"] = [];
  const otherRelations: OtherRelation[] = [];
  for (const r of refs) {
    const json = relationJson(r, figures);
    if (json.build) relations.push(json.build);
    else otherRelations.push(json.other);
  }
  const report = {
    id,
    number: opening.number,
    date: opening.date,
    issuer: bilingual(opening.issuer),
    title: bilingual(opening.title),
    published: opening.published,
    source: opening.source,
    places: opening.places,
    years: opening.years,
    bodyStart: layout.bodyStart,
    bodyEnd: layout.bodyEnd,
    sections: layout.sections.map((s) => ({ id: s.id, heading: s.heading, title: { vi: s.title, en: s.heading === "" ? "Introduction" : NEEDS_REVIEW } })),
    exclusions: exclusionsJson(excluded, tokens),
    review: [...opening.review, ...layout.review],
  };
  return { id, source, report, facts, relations, otherRelations };
}

function statementLabel(f: Figure): string {
  const words = f.sentenceText.slice(0, f.at).trim() || f.sentenceText;
  return words.replace(/[.:;,]$/, "");
}

/**
 * A part or a change carries its whole's unit when it prints only the unit's first words ("48 biên
 * chế" of "1.895 biên chế công chức"), or the unit with a qualifier ("45 TTHC mới" of "312 TTHC").
 */
function inheritUnit(part: Figure, whole: Figure) {
  if (part.kind !== whole.kind || part.unit === whole.unit) return;
  const shorter = whole.unit.startsWith(`${part.unit} `);
  // A qualified unit the vocabulary knows ("dự thảo văn bản QPPL" of "dự thảo văn bản") stays.
  const qualified = part.unit.startsWith(`${whole.unit} `) && !part.unitReading.entry;
  if (!shorter && !qualified) return;
  part.unit = whole.unit;
  part.unitInherited = true;
}

function inheritMeasure(f: Figure, from: Figure) {
  if (!from.measure || f.measure === from.measure) return;
  f.measure = from.measure;
  f.guess = { measure: from.measure, source: "relation" };
}

function applyRelation(figures: Figure[], r: RelationRef) {
  const fig = (i: number) => figures[i]!;
  switch (r.type) {
    case "parts":
      for (const p of r.parts) {
        inheritUnit(fig(p), fig(r.total));
        inheritMeasure(fig(p), fig(r.total));
      }
      break;
    case "change": {
      const current = fig(r.current);
      const verb = r.direction === "decrease" ? "giảm" : "tăng";
      current.comparison.push(r.text);
      if (r.delta !== undefined) {
        const d = fig(r.delta);
        inheritUnit(d, current);
        inheritMeasure(d, current);
        d.comparison.push(r.baseline.text);
        d.label = `Số ${d.unit} ${verb} ${r.baseline.text}`;
      }
      if (r.rate !== undefined) {
        const rate = fig(r.rate);
        inheritMeasure(rate, current);
        rate.comparison.push(r.baseline.text);
        rate.label = `Tỷ lệ ${verb} ${current.guess?.phrase ?? current.unit} ${r.baseline.text}`;
      }
      break;
    }
    case "share-of-plan":
    case "share-of-baseline": {
      const share = fig(r.share);
      const of = fig(r.of);
      const words = r.type === "share-of-plan" ? `so với ${r.plan}` : r.baseline.text;
      inheritMeasure(share, of);
      share.comparison.push(words);
      share.label = `${of.label} ${words}`;
      of.comparison.push(r.text);
      break;
    }
    default:
      break;
  }
}

function factJson(f: Figure, figures: Figure[], area: { kind: string; name: string }, year: number, date: string, sentences: Sentence[]) {
  const review: ReviewField[] = [];
  const statement = f.kind === "statement";
  if (f.reading.value === null || (f.reading.ambiguous && f.kind === "money")) review.push("value");
  if (statement) review.push("kind");
  // A currency ("triệu đồng") is read, not guessed; a noun outside the vocabulary or taken from another figure is.
  if (!statement && f.unit !== "%" && f.kind !== "money" && (f.unitInherited || !f.unitReading.entry)) review.push("unit");
  if (!statement && f.guess?.source !== "vocabulary") review.push("measure");
  review.push("label", "question", "aliases", "scope", "period", "facets", "en");
  if (f.comparison.length) review.push("comparison");
  const printedUnit = f.unitReading.text === f.unit ? f.sentenceText.slice(f.end, f.unitReading.end).trim().replace(/\s+/g, " ") || f.unit : f.unit;
  const question = statement ? `${f.label} thế nào?` : draftQuestion(f.kind, printedUnit, f.label, f.clause);
  const related = figures.filter((g) => g !== f && g.sentence === f.sentence).map((g) => g.id);
  return {
    id: f.id,
    section: f.section,
    kind: f.kind,
    raw: f.raw,
    ...(f.occurrence > 1 ? { occurrence: f.occurrence } : {}),
    value: f.value,
    ...(f.total !== undefined ? { total: f.total } : {}),
    ...(statement ? {} : { unit: { vi: f.unit, en: f.unit === "%" ? "%" : NEEDS_REVIEW } }),
    measure: f.measure,
    label: bilingual(f.label),
    scope: bilingual(draftScope(f.facets, area)),
    period: bilingual(draftPeriod(sentences[f.sentence]!.text, year, date)),
    ...(f.comparison.length ? { comparison: bilingual(f.comparison.join(" và ")) } : {}),
    ...(statement ? { answer: bilingual(f.sentenceText) } : {}),
    quote: f.sentenceText,
    facets: f.facets,
    aliases: { vi: [], en: [] },
    question: bilingual(question),
    related,
    headline: false,
    review,
  };
}

function relationJson(r: RelationRef, figures: Figure[]): { build: Relation & { text: string }; other?: never } | { build?: never; other: OtherRelation } {
  const id = (i: number) => figures[i]!.id;
  const { text, check } = r;
  switch (r.type) {
    case "parts":
      return { build: { type: "parts", total: id(r.total), parts: r.parts.map(id), complete: r.complete, text } };
    case "allocated-current":
      return { build: { type: "allocated-current", allocated: id(r.allocated), current: id(r.current), text } };
    case "share-of-plan":
      return { build: { type: "share-of-plan", share: id(r.share), plan: bilingual(r.plan), of: id(r.of), names: [r.plan], text } };
    case "change":
      if (r.delta !== undefined && r.baseline.year !== undefined)
        return {
          build: {
            type: "change",
            current: id(r.current),
            change: id(r.delta),
            direction: r.direction,
            baselineYear: r.baseline.year,
            ...(r.rate !== undefined ? { rate: id(r.rate) } : {}),
            text,
          },
        };
      return { other: { type: "change-stated", current: id(r.current), direction: r.direction, baseline: r.baseline.text, text, ...(check ? { check } : {}) } };
    case "done-planned":
      return { other: { type: "done-planned", done: id(r.done), planned: r.planned, text, ...(check ? { check } : {}) } };
    case "share-of-baseline":
      return { other: { type: "share-of-baseline", share: id(r.share), of: id(r.of), baseline: r.baseline.text, text } };
    case "listed":
      // (The whole's name and how questions count it are a person's to write.)
      return { build: { type: "listed", parts: r.parts.map(id), whole: { vi: NEEDS_REVIEW, en: NEEDS_REVIEW }, names: [NEEDS_REVIEW], text: `${r.whole} ${text}` } };
  }
}

/**
 * One exclusion per distinct reason and context. A year or a date whose every occurrence in the body
 * is excluded alike needs no context; other numbers keep the words that made them excluded.
 */
function exclusionsJson(excluded: { at: number; ex: Excluded }[], tokens: { raw: string; at: number }[]) {
  const out: { raw: string; reason: string; context?: string }[] = [];
  const seen = new Set<string>();
  for (const { ex } of excluded) {
    const occurrences = tokens.filter((t) => t.raw === ex.raw).length;
    const alike = excluded.filter((e) => e.ex.raw === ex.raw && e.ex.kind === ex.kind).length;
    const bare = (ex.kind === "year" || ex.kind === "date") && alike === occurrences;
    const reason = ex.kind === "year" ? "year" : ex.reason;
    const entry = bare ? { raw: ex.raw, reason } : { raw: ex.raw, reason, ...(ex.context ? { context: ex.context } : {}) };
    const k = `${entry.raw}\u0000${entry.context ?? ""}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(entry);
  }
  return out;
}
