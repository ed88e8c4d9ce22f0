// Validates one or more reports and compiles them into what the app ships: the facts with their
// citations resolved, and each report's MiniSearch index serialized ahead of time. Pure: no file
// access, so tests can feed it broken input and see it fail loudly.
import MiniSearch from "minisearch";
import { analyze, indexTerms } from "../src/core/analyze.ts";
import { INDEX_OPTIONS, type IndexedDoc } from "../src/core/index-options.ts";
import { fold } from "../src/core/normalize.ts";
import { NUMBER_TOKEN, parseReportNumber } from "../src/core/numbers.ts";
import { auditRelations } from "./audit.ts";
import { FactsFile, RelationsFile, Report, type Bilingual, type Fact } from "./schema.ts";
import { relationFactIds, type CompiledFact, type CompiledRelation, type CompiledReport, type KnowledgeBase } from "../src/core/kb-types.ts";

export interface ReportInput {
  /** Folder name, for error messages. */
  dir: string;
  source: string;
  report: unknown;
  facts: unknown;
  /** relations.json, when the report has one. */
  relations?: unknown;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: string[]) {
    super(`knowledge: ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  }
}

interface Span {
  start: number;
  end: number;
}

function nthIndexOf(haystack: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = haystack.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** Digits in a free text (comparison, answer) must be figures the quote itself prints. */
function numbersOutsideQuote(text: string, quote: string): string[] {
  const inQuote = new Set([...quote.matchAll(NUMBER_TOKEN)].map((m) => m[0].replace(/%$/, "")));
  return [...text.matchAll(NUMBER_TOKEN)].map((m) => m[0].replace(/%$/, "")).filter((n) => !inQuote.has(n));
}

function compileReport(
  input: ReportInput,
  problems: string[],
  variants: Variants,
): { report: CompiledReport; facts: CompiledFact[]; docs: IndexedDoc[]; relations: CompiledRelation[] } | null {
  const where = (msg: string) => problems.push(`${input.dir}: ${msg}`);
  const reportParsed = Report.safeParse(input.report);
  const factsParsed = FactsFile.safeParse(input.facts);
  if (!reportParsed.success) where(`report.json: ${reportParsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  if (!factsParsed.success) where(`facts.json: ${factsParsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  const relationsParsed = RelationsFile.safeParse(input.relations ?? []);
  if (!relationsParsed.success) where(`relations.json: ${relationsParsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  if (!reportParsed.success || !factsParsed.success || !relationsParsed.success) return null;
  const report = reportParsed.data;
  const facts = factsParsed.data;

  const source = input.source.normalize("NFC");
  if (source !== input.source) where("source.txt is not in NFC");
  const bodyStart = source.indexOf(report.bodyStart);
  const bodyEnd = source.indexOf(report.bodyEnd);
  if (bodyStart < 0 || bodyEnd < 0 || bodyEnd <= bodyStart) {
    where("bodyStart/bodyEnd markers not found in source.txt in that order");
    return null;
  }
  const body: Span = { start: bodyStart, end: bodyEnd };

  // Sections: each heading stands on a line of its own; a section runs to the next heading.
  const sectionSpans = new Map<string, Span>();
  const starts = report.sections.map((s) => {
    if (s.heading === "") return body.start;
    const at = source.indexOf(`\n${s.heading}\n`, body.start);
    if (at < 0 || at > body.end) where(`section "${s.id}": heading not found on its own line`);
    return at < 0 ? -1 : at + 1;
  });
  report.sections.forEach((s, i) => {
    if (i > 0 && starts[i]! <= starts[i - 1]!) where(`section "${s.id}" is out of order`);
    sectionSpans.set(s.id, { start: starts[i]!, end: i + 1 < starts.length ? starts[i + 1]! : body.end });
  });

  // Facts: verbatim quotes, numbers that are really there, positions claimed for coverage.
  const claimed = new Map<number | string, string>();
  const docs: IndexedDoc[] = [];
  const ids = new Set<string>();
  const compiled: CompiledFact[] = [];
  for (const f of facts) {
    if (ids.has(f.id)) where(`fact id "${f.id}" is repeated`);
    ids.add(f.id);
    const section = report.sections.find((s) => s.id === f.section);
    const span = sectionSpans.get(f.section);
    if (!section || !span) {
      where(`${f.id}: unknown section "${f.section}"`);
      continue;
    }
    const q = source.indexOf(f.quote, span.start);
    if (q < 0 || q + f.quote.length > span.end) {
      where(`${f.id}: quote is not verbatim in section "${f.section}" of source.txt`);
      continue;
    }
    if (f.raw !== undefined) {
      const r = nthIndexOf(f.quote, f.raw, f.occurrence);
      if (r < 0) where(`${f.id}: raw "${f.raw}" (occurrence ${f.occurrence}) does not appear in its quote`);
      else {
        const at = q + r;
        // The raw text must be a whole number token, not part of a longer one ("23" in "223").
        const token = [...source.slice(Math.max(0, at - 12), at + f.raw.length + 12).matchAll(NUMBER_TOKEN)].find(
          (m) => Math.max(0, at - 12) + m.index === at,
        );
        if (!token || token[0] !== f.raw) where(`${f.id}: raw "${f.raw}" is not a whole number in the quote`);
        // A fraction is two figures: its part and (a fact marked whole) its whole.
        const place = f.whole ? `${at}/whole` : at;
        if (claimed.has(place)) where(`${f.id}: the number at this place is already the value of ${claimed.get(place)}`);
        claimed.set(place, f.id);
        if (f.kind !== "statement") {
          let parsed: number | undefined;
          try {
            parsed = parseReportNumber(f.raw);
          } catch (e) {
            where(`${f.id}: ${(e as Error).message}`);
          }
          if (f.whole && !f.raw.includes("/")) where(`${f.id}: only a fraction has a whole, not "${f.raw}"`);
          else if (f.whole && f.total !== undefined) where(`${f.id}: a fraction's whole has no total of its own`);
          else if (f.whole) parsed = parseReportNumber(f.raw.split("/")[1]!);
          if (parsed !== undefined && parsed !== f.value) where(`${f.id}: raw "${f.raw}" parses to ${parsed}, value is ${f.value}`);
          if (f.raw.includes("/") && !f.whole && f.total !== parseReportNumber(f.raw.split("/")[1]!))
            where(`${f.id}: fraction "${f.raw}" needs total ${f.raw.split("/")[1]}`);
          if (f.raw.endsWith("%") !== (f.kind === "percent")) where(`${f.id}: kind ${f.kind} does not fit raw "${f.raw}"`);
        }
      }
    }
    for (const [name, text] of [
      ["comparison", f.comparison],
      ["answer", f.answer],
    ] as const) {
      for (const lang of ["vi", "en"] as const) {
        const stray = text ? numbersOutsideQuote(text[lang], f.quote) : [];
        if (stray.length) where(`${f.id}: ${name}.${lang} has numbers not in the quote: ${stray.join(", ")}`);
      }
    }
    const { aliases: _aliases, raw: _raw, occurrence: _occurrence, ...shipped } = f;
    // Where its sentence is in source.txt: a follow-up reads the sentence before a figure.
    // (And the months its paragraph names up to it: "tuyển dụng … trong tháng 7 năm 2024. Kết quả …
    // có 16 công chức trúng tuyển" is a figure of July as well as of the year.)
    const months = monthsSaid(source.slice(source.lastIndexOf("\n", q) + 1, q + f.quote.length));
    compiled.push({ ...shipped, reportId: report.id, sectionTitle: section.title, at: q, ...(months.length ? { months } : {}) });
    docs.push(indexedDoc(f, section.title, docs.length, variants));
  }
  for (const f of facts)
    for (const r of f.related) if (!ids.has(r)) where(`${f.id}: related fact "${r}" does not exist`);
  const relations: CompiledRelation[] = [];
  for (const r of relationsParsed.data) {
    const named = relationFactIds(r);
    const missing = named.filter((id) => !ids.has(id));
    if (missing.length) where(`relations.json: ${r.type} names facts that do not exist: ${missing.join(", ")}`);
    else relations.push({ ...r, reportId: report.id });
  }

  // Coverage: every number in the body is a fact's value or excluded with a reason.
  const excludedAt = new Set<number>();
  for (const ex of report.exclusions) {
    let found = false;
    if (ex.context) {
      for (let c = source.indexOf(ex.context, body.start); c >= 0 && c < body.end; c = source.indexOf(ex.context, c + 1)) {
        for (const m of ex.context.matchAll(NUMBER_TOKEN))
          if (m[0] === ex.raw) {
            excludedAt.add(c + m.index);
            found = true;
          }
      }
    } else {
      for (const m of source.slice(body.start, body.end).matchAll(NUMBER_TOKEN))
        if (m[0] === ex.raw) {
          excludedAt.add(body.start + m.index);
          found = true;
        }
    }
    if (!found) where(`exclusion "${ex.raw}"${ex.context ? ` in "${ex.context}"` : ""} matches nothing`);
  }
  for (const m of source.slice(body.start, body.end).matchAll(NUMBER_TOKEN)) {
    const at = body.start + m.index;
    if (claimed.has(at) && excludedAt.has(at)) where(`"${m[0]}" at ${at} is both a fact (${claimed.get(at)}) and excluded`);
    if (!claimed.has(at) && !excludedAt.has(at)) {
      const ctx = source.slice(Math.max(0, at - 30), at + m[0].length + 30).replace(/\s+/g, " ");
      where(`number "${m[0]}" is neither a fact nor excluded: …${ctx}…`);
    }
  }

  return {
    report: {
      ...report,
      sections: report.sections.map(({ id, title }) => ({ id, title })),
      citation: {
        vi: `Báo cáo số ${report.number} ngày ${report.date.split("-").reverse().join("/")} của ${report.issuer.vi}`,
        en: `Report No. ${report.number} of ${report.date.split("-").reverse().join("/")}, ${report.issuer.en}`,
      },
    },
    facts: compiled,
    docs,
    relations,
  };
}

/** Everything searchable about a fact, pre-analyzed into index terms; records accent variants. */
function indexedDoc(f: Fact, sectionTitle: Bilingual, n: number, variants: Variants): IndexedDoc {
  const terms = (...texts: (string | undefined)[]) =>
    texts
      .filter((t): t is string => !!t)
      .flatMap((t) => {
        const words = analyze(t, { literal: true });
        for (const w of words) if (!w.stop) variants.set(w.fold, (variants.get(w.fold) ?? new Set()).add(w.acc));
        return indexTerms(words);
      })
      .join(" ");
  return {
    n,
    names: terms(f.label.vi, f.label.en, ...f.aliases.vi, ...f.aliases.en, f.question.vi, f.question.en),
    quote: terms(f.quote, f.answer?.vi, f.answer?.en),
    detail: terms(f.scope.vi, f.scope.en, f.unit?.vi, f.unit?.en, f.comparison?.vi, f.comparison?.en, sectionTitle.vi, sectionTitle.en),
  };
}

/** For each folded form, the accented forms the knowledge base writes it in ("thu" → thu, thư, thủ). */
type Variants = Map<string, Set<string>>;

/** Months a text names as a month ("tháng 7 năm 2024", "tháng 11"), not a count of months ("11 tháng"). */
function monthsSaid(text: string): number[] {
  const said = [...fold(text).toLowerCase().matchAll(/(?<!\d )\bthang (\d{1,2})\b/g)].map((m) => Number(m[1])).filter((n) => n >= 1 && n <= 12);
  return [...new Set(said)];
}

/**
 * An accented term only adds something where its folded form is ambiguous in the knowledge base
 * ("thu": "thu" ngân sách, "thư" điện tử, "thủ" tục). Elsewhere the folded term finds the same
 * facts, so the accented one is dropped: a smaller index, fewer terms sent per question.
 */
function keepTellingAccents(docs: IndexedDoc[], variants: Variants): IndexedDoc[] {
  const telling = (term: string) => {
    if (term.includes("_") || /^[a-z0-9]+$/.test(term)) return true; // pairs and folded words
    return (variants.get(fold(term.replace(/\d+$/, "")))?.size ?? 0) > 1;
  };
  const filter = (text: string) => text.split(" ").filter((t) => t && telling(t)).join(" ");
  return docs.map((d) => ({ ...d, names: filter(d.names), quote: filter(d.quote), detail: filter(d.detail) }));
}

export function compileKnowledge(inputs: ReportInput[], version: string): { kb: KnowledgeBase; indexJSONByReport: Record<string, string>; audit: string[] } {
  const problems: string[] = [];
  const reports: CompiledReport[] = [];
  const relations: CompiledRelation[] = [];
  const facts: CompiledFact[] = [];
  const docs: IndexedDoc[] = [];
  const docsByReport = new Map<string, IndexedDoc[]>();
  const variants: Variants = new Map();
  for (const input of inputs) {
    const out = compileReport(input, problems, variants);
    if (!out) continue;
    if (reports.some((r) => r.id === out.report.id)) problems.push(`${input.dir}: report id "${out.report.id}" is repeated`);
    reports.push(out.report);
    relations.push(...out.relations);
    out.facts.forEach((f) => {
      if (facts.some((g) => g.id === f.id)) problems.push(`${input.dir}: fact id "${f.id}" also exists in another report`);
      facts.push(f);
    });
    // A report's facts stay together in kb.facts; its index numbers them from 0 (IndexedDoc.n).
    docs.push(...out.docs);
    docsByReport.set(out.report.id, out.docs);
  }
  if (!inputs.length) problems.push("no reports found");
  if (problems.length) throw new KnowledgeError(problems);

  // One index per report, so that the app loads only the reports a question is about. Which
  // accents tell words apart is decided over the whole knowledge base, as the questions' are.
  const indexJSONByReport: Record<string, string> = {};
  for (const [id, own] of docsByReport) {
    const index = new MiniSearch<IndexedDoc>(INDEX_OPTIONS);
    index.addAll(keepTellingAccents(own, variants));
    indexJSONByReport[id] = JSON.stringify(index);
  }

  // Content words of the knowledge base, so that a question's unaccented word that is also a
  // stopword's folded form ("ban": "bạn"/"ban hành") is kept as content.
  const contentFolds = new Set<string>();
  for (const doc of docs)
    for (const term of [doc.names, doc.quote, doc.detail].join(" ").split(" "))
      if (/^[a-z]+$/.test(term)) contentFolds.add(term);

  // Every marked spelling of a content word, so that a word the user typed with other marks
  // ("cái" where the reports only say "cải") is known not to be the reports' word.
  const contentAccents = new Set([...variants.values()].flatMap((accs) => [...accs]).filter((acc) => !/^\d/.test(acc) && !/^[a-z]+$/.test(acc)));

  return {
    kb: { version, reports, facts, relations, contentFolds: [...contentFolds].sort(), contentAccents: [...contentAccents].sort() },
    indexJSONByReport,
    audit: auditRelations(relations, new Map(facts.map((f) => [f.id, f]))),
  };
}
