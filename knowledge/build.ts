// `npm run build:kb`: validates every report under knowledge/reports/ and writes the compiled
// knowledge base and each report's serialized search index to knowledge/dist/ (generated, not
// committed; knowledge/kb-module.ts writes the module).
// Adding a report is adding a folder: source.txt, report.json, facts.json (and relations.json).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileKnowledge, KnowledgeError, type ReportInput } from "./compile.ts";
import { kbModule } from "./kb-module.ts";

const here = dirname(fileURLToPath(import.meta.url));
const reportsDir = join(here, "reports");
const outDir = join(here, "dist");

const inputs: ReportInput[] = readdirSync(reportsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const dir = join(reportsDir, d.name);
    const read = (f: string) => readFileSync(join(dir, f), "utf8");
    const relations = existsSync(join(dir, "relations.json")) ? JSON.parse(read("relations.json")) : [];
    return { dir: d.name, source: read("source.txt"), report: JSON.parse(read("report.json")), facts: JSON.parse(read("facts.json")), relations };
  });

const pkg = JSON.parse(readFileSync(join(here, "..", "package.json"), "utf8")) as { version: string };
try {
  const { kb, indexJSONByReport, audit } = compileKnowledge(inputs, pkg.version);
  // The report's own arithmetic, recomputed: printed to inform, never a reason to fail the build.
  // Every line with `npm run build:kb -- --audit`; otherwise only what does not add up.
  const verbose = process.argv.includes("--audit");
  for (const line of audit) if (verbose || !line.startsWith("ok")) console.error(`audit: ${line}`);
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, "kb.gen.ts");
  const code = kbModule(kb, indexJSONByReport);
  // An unchanged file is left alone: rewriting it would reload every running `wrangler dev`.
  if (!existsSync(out) || readFileSync(out, "utf8") !== code) writeFileSync(out, code);
  const off = audit.filter((l) => !l.startsWith("ok")).length;
  console.error(`knowledge: ${kb.reports.length} report(s), ${kb.facts.length} facts, ${kb.relations.length} relations (${off ? `${off} do not add up` : "all add up"}), index ${(Object.values(indexJSONByReport).reduce((n, j) => n + j.length, 0) / 1024).toFixed(1)} KiB`);
} catch (e) {
  if (e instanceof KnowledgeError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
