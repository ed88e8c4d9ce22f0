// `npm run kb:draft -- <source.txt>`: drafts report.json, facts.json and relations.json for a new
// report from its text, into knowledge/drafts/<id>/ (or --out). `--compare <report folder>` measures
// the draft against hand-written files for the same text; `--check <draft folder>` says what a draft
// still lacks.
//
//   npm run kb:draft -- path/to/source.txt [--out dir] [--id report-id] [--force] [--compare knowledge/reports/<id>]
//   npm run kb:draft -- --check knowledge/drafts/<id>
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkDraft, formatCheck, readDraftFolder } from "../knowledge/draft/check.ts";
import { compareFolders, summaryLine, type Folder } from "../knowledge/draft/compare.ts";
import { draftReport, type Draft } from "../knowledge/draft/draft.ts";
import { isSharedMeasure } from "../knowledge/draft/vocabulary.ts";

const root = resolve(import.meta.dirname, "..");
const reportsDir = join(root, "knowledge", "reports");
const usage =
  "usage: npm run kb:draft -- <source.txt> [--out <dir>] [--id <report-id>] [--force] [--compare <report folder>]\n" +
  "       npm run kb:draft -- --check <draft folder>";

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string" },
      id: { type: "string" },
      compare: { type: "string" },
      check: { type: "string" },
      force: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}
try {
  args = parse();
} catch (e) {
  fail(`kb:draft: ${(e as Error).message}\n${usage}`);
}
const { values, positionals } = args;
const shown = (p: string) => relative(process.cwd(), p) || ".";

if (values.help) {
  console.log(usage);
  process.exit(0);
}

if (values.check !== undefined) {
  const dir = resolve(values.check);
  if (!existsSync(join(dir, "facts.json"))) fail(`kb:draft: ${values.check} holds no facts.json`);
  const result = checkDraft(readDraftFolder(dir), reportsDir);
  console.log(formatCheck(shown(dir), result));
  process.exit(result.done ? 0 : 1);
}

const sourcePath = positionals[0];
if (!sourcePath || positionals.length > 1) fail(usage);
if (!existsSync(sourcePath)) fail(`kb:draft: ${sourcePath} does not exist`);
const draft = draftReport(readFileSync(sourcePath, "utf8"), { id: values.id });
const outDir = resolve(values.out ?? join(root, "knowledge", "drafts", draft.id));
if (!values.force && outDir.startsWith(`${reportsDir}/`)) fail(`kb:draft: ${shown(outDir)} is inside knowledge/reports/, which the build reads; draft elsewhere (or --force)`);

const files: Record<string, string> = {
  "source.txt": draft.source,
  "report.json": `${JSON.stringify(draft.report, null, 2)}\n`,
  "facts.json": `${JSON.stringify(draft.facts, null, 2)}\n`,
  "relations.json": `${JSON.stringify(draft.relations, null, 2)}\n`,
  "relations.other.json": `${JSON.stringify(draft.otherRelations, null, 2)}\n`,
};
// A draft someone has started editing is not overwritten by accident.
const edited = Object.entries(files).filter(([f, text]) => existsSync(join(outDir, f)) && readFileSync(join(outDir, f), "utf8") !== text);
if (edited.length && !values.force) fail(`kb:draft: ${shown(outDir)} already holds a different ${edited.map(([f]) => f).join(", ")}; --force overwrites`);
mkdirSync(outDir, { recursive: true });
for (const [f, text] of Object.entries(files)) writeFileSync(join(outDir, f), text);

printDraft(draft, outDir);
const check = checkDraft(readDraftFolder(outDir), reportsDir);
console.log(check.build.length ? `build checks: ${check.build.length} problem(s):\n  - ${check.build.join("\n  - ")}` : "build checks: pass (quotes verbatim, numbers parse to their values, every number a fact or an exclusion)");
console.log(`next: edit the files, then \`npm run kb:draft -- --check ${shown(outDir)}\``);

if (values.compare !== undefined) {
  const dir = resolve(values.compare);
  const read = (f: string) => readFileSync(join(dir, f), "utf8");
  const hand: Folder = {
    source: read("source.txt"),
    report: JSON.parse(read("report.json")),
    facts: JSON.parse(read("facts.json")),
    relations: existsSync(join(dir, "relations.json")) ? JSON.parse(read("relations.json")) : [],
  };
  const c = compareFolders({ source: draft.source, report: draft.report as unknown as Folder["report"], facts: draft.facts as unknown as Folder["facts"], relations: draft.relations }, hand, isSharedMeasure);
  const misses = [c.numbers, c.values, c.units, c.kinds, c.measures, c.relations, c.exclusions].flatMap((t) => t.misses);
  if (misses.length) console.log(`differences from ${shown(dir)}:\n  - ${misses.join("\n  - ")}`);
  console.log(summaryLine(JSON.parse(read("report.json")).id, c));
}

function printDraft(d: Draft, dir: string) {
  const r = d.report as { number: string; date: string; issuer: { vi: string }; sections: unknown[]; years: number[]; exclusions: unknown[] };
  const kinds = new Map<string, number>();
  for (const f of d.facts) kinds.set(String(f.kind), (kinds.get(String(f.kind)) ?? 0) + 1);
  const review = (field: string) => d.facts.filter((f) => (f.review as string[]).includes(field)).length;
  console.log(`kb:draft: wrote ${shown(dir)}/ (${Object.keys(files).join(", ")})`);
  console.log(`  report ${r.number} of ${r.date}, ${r.issuer.vi}; years ${r.years.join(", ")}; ${r.sections.length} sections`);
  console.log(`  ${d.facts.length} facts (${[...kinds].map(([k, n]) => `${n} ${k}`).join(", ")}), ${r.exclusions.length} exclusions, ${d.relations.length} relations (+${d.otherRelations.length} the build has no type for)`);
  console.log(`  guessed, to review: ${review("unit")} units, ${review("measure")} measures, ${review("value")} values, ${review("kind")} kinds; every label, question, scope and period; aliases and English to write`);
}
