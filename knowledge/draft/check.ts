// `kb:draft --check <folder>`: what a draft still lacks before it can become a report folder. The
// build's own checks run on it (verbatim quotes, numbers that parse, coverage, the vocabulary), and
// the draft's review marks and placeholders say what a person has not written or confirmed yet.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { compileKnowledge, KnowledgeError } from "../compile.ts";
import { isSharedMeasure } from "./vocabulary.ts";
import { DraftExtras, NEEDS_REVIEW, OtherRelationsFile, ReportReview, type ReviewField } from "./schema.ts";

export interface DraftFolder {
  dir: string;
  source: string;
  report: unknown;
  facts: unknown[];
  relations: unknown[];
  otherRelations: unknown[];
}

export function readDraftFolder(dir: string): DraftFolder {
  const read = (f: string) => readFileSync(join(dir, f), "utf8");
  const json = (f: string) => (existsSync(join(dir, f)) ? JSON.parse(read(f)) : []);
  return { dir, source: read("source.txt"), report: JSON.parse(read("report.json")), facts: JSON.parse(read("facts.json")), relations: json("relations.json"), otherRelations: json("relations.other.json") };
}

export interface CheckResult {
  /** The build's problems with this folder ([] when it would build). */
  build: string[];
  /** Facts still lacking something a person must write, by what. */
  lacking: { label: string[]; question: string[]; aliases: string[]; english: string[] };
  /** Numbers whose reading is a guess: value, kind, unit or measure. */
  numbers: { id: string; raw: string; fields: ReviewField[] }[];
  /** Measures the drafter proposed that knowledge/vocabulary.ts does not have yet, with their facts. */
  measures: { measure: string; ids: string[] }[];
  /** Report-level fields still guessed or placeholders. */
  report: string[];
  /** Relations the build has no type for, left for the reviewer (informative: the build ignores the file). */
  otherRelations: number;
  /** Fact ids another report already uses. */
  collisions: string[];
  done: boolean;
}

const hasPlaceholder = (v: unknown): boolean =>
  typeof v === "string" ? v === NEEDS_REVIEW : Array.isArray(v) ? v.some(hasPlaceholder) : v !== null && typeof v === "object" ? Object.values(v).some(hasPlaceholder) : false;

/** Ids of the facts of every other report folder (`reportsDir`), to catch ids used twice. */
function otherReportIds(reportsDir: string, reportId: string): Set<string> {
  const ids = new Set<string>();
  if (!existsSync(reportsDir)) return ids;
  for (const d of readdirSync(reportsDir, { withFileTypes: true })) {
    if (!d.isDirectory() || !existsSync(join(reportsDir, d.name, "facts.json"))) continue;
    const report = JSON.parse(readFileSync(join(reportsDir, d.name, "report.json"), "utf8")) as { id?: string };
    if (report.id === reportId) continue;
    for (const f of JSON.parse(readFileSync(join(reportsDir, d.name, "facts.json"), "utf8")) as { id: string }[]) ids.add(f.id);
  }
  return ids;
}

export function checkDraft(folder: DraftFolder, reportsDir: string): CheckResult {
  let build: string[] = [];
  try {
    compileKnowledge([{ dir: basename(folder.dir), source: folder.source, report: folder.report, facts: folder.facts, relations: folder.relations }], "draft");
  } catch (e) {
    if (!(e instanceof KnowledgeError)) throw e;
    // zod lists every allowed measure; one line saying where they live reads better.
    build = e.problems.map((p) => p.replace(/Invalid option: expected one of "[^;]*?"(?=;|$)/g, "not in knowledge/vocabulary.ts"));
  }
  const lacking: CheckResult["lacking"] = { label: [], question: [], aliases: [], english: [] };
  const numbers: CheckResult["numbers"] = [];
  for (const raw of folder.facts) {
    const parsed = DraftExtras.safeParse(raw);
    const f = raw as { id?: string; raw?: string; label?: unknown; question?: unknown; aliases?: { vi?: string[]; en?: string[] } };
    const id = f.id ?? "?";
    const review = parsed.success ? parsed.data.review : [];
    if (review.includes("label") || hasPlaceholder(f.label)) lacking.label.push(id);
    if (review.includes("question") || hasPlaceholder(f.question)) lacking.question.push(id);
    if (review.includes("aliases") || !f.aliases?.vi?.length || !f.aliases?.en?.length) lacking.aliases.push(id);
    if (hasPlaceholder(raw)) lacking.english.push(id);
    const fields = review.filter((r) => r === "value" || r === "kind" || r === "unit" || r === "measure");
    if (fields.length) numbers.push({ id, raw: f.raw ?? "", fields });
  }
  const reportReview = ReportReview.safeParse(folder.report);
  const report = [...new Set([...(reportReview.success ? reportReview.data.review : []), ...(hasPlaceholder(folder.report) ? ["placeholders (“needs review”) in report.json"] : [])])];
  const others = OtherRelationsFile.safeParse(folder.otherRelations);
  if (!others.success) build.push(`relations.other.json: ${others.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  const unshared = new Map<string, string[]>();
  for (const f of folder.facts as { id?: string; measure?: string }[])
    if (f.measure && !isSharedMeasure(f.measure)) unshared.set(f.measure, [...(unshared.get(f.measure) ?? []), f.id ?? "?"]);
  const reportId = (folder.report as { id?: string }).id ?? "";
  const taken = otherReportIds(reportsDir, reportId);
  const collisions = folder.facts.map((f) => (f as { id?: string }).id ?? "").filter((id) => taken.has(id));
  const otherRelations = others.success ? others.data.length : 0;
  const done = !build.length && !numbers.length && !report.length && !collisions.length && Object.values(lacking).every((l) => !l.length);
  const measures = [...unshared].map(([measure, ids]) => ({ measure, ids }));
  return { build, lacking, numbers, measures, report, otherRelations, collisions, done };
}

const list = (ids: string[], max = 8) => (ids.length > max ? `${ids.slice(0, max).join(", ")}, … (+${ids.length - max})` : ids.join(", "));

export function formatCheck(dir: string, r: CheckResult): string {
  const lines = [r.build.length ? `kb:draft --check ${dir}: the build would refuse it (${r.build.length} problem(s)):` : `kb:draft --check ${dir}: the build's checks pass.`];
  for (const p of r.build) lines.push(`  - ${p}`);
  if (r.done) {
    lines.push("Nothing left to review: move the folder to knowledge/reports/<id>/ and run `npm run build:kb`.");
    if (r.otherRelations) lines.push(`(relations.other.json still holds ${r.otherRelations} relation(s) the build has no type for; it ignores the file.)`);
    return lines.join("\n");
  }
  lines.push("Still to do:");
  const item = (what: string, ids: string[]) => ids.length && lines.push(`  - ${what} (${ids.length}): ${list(ids)}`);
  item("labels to write or confirm", r.lacking.label);
  item("model questions to write or confirm", r.lacking.question);
  item("aliases to write (vi and en)", r.lacking.aliases);
  item("English to write (fields saying “needs review”)", r.lacking.english);
  if (r.numbers.length) {
    lines.push(`  - numbers needing review (${r.numbers.length}):`);
    for (const n of r.numbers) lines.push(`      ${n.id} "${n.raw}": ${n.fields.join(", ")}`);
  }
  for (const m of r.measures) lines.push(`  - measure "${m.measure}" is not in knowledge/vocabulary.ts: add it there or pick an existing one (${list(m.ids)})`);
  if (r.report.length) lines.push(`  - report.json: ${r.report.join(", ")}`);
  if (r.otherRelations) lines.push(`  - relations.other.json: ${r.otherRelations} relation(s) the build has no type for; the build ignores this file`);
  if (r.collisions.length) lines.push(`  - fact ids another report already uses (${r.collisions.length}): ${list(r.collisions)}`);
  lines.push("Remove a field from a fact's `review` once it is right.");
  return lines.join("\n");
}
