// An INVENTED second report, for tests only (never shipped in knowledge/): the real 2024 report with
// every year moved back by one, its number changed, ids prefixed, and one figure changed (TTHC
// công bố 1,117 → 1,017), so that tests can tell which report answered and compare two years.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compileKnowledge, type ReportInput } from "../../../knowledge/compile.ts";
import { loadKnowledge, type LoadedKnowledge } from "../../../src/core/kb.ts";

const dir = join(import.meta.dirname, "..", "..", "..", "knowledge", "reports", "tth-cchc-2024");
const read = (f: string) => readFileSync(join(dir, f), "utf8");

/** The real report as the build reads it. */
export function realInput(): ReportInput {
  return { dir: "tth-cchc-2024", source: read("source.txt"), report: JSON.parse(read("report.json")), facts: JSON.parse(read("facts.json")), relations: JSON.parse(read("relations.json")) };
}

/** Every year one back, oldest first so that no year is moved twice. */
const shiftYears = (s: string) => s.replace(/2023/g, "2022").replace(/2024/g, "2023").replace(/2025/g, "2024");
const invent = (s: string) => shiftYears(s).replace(/627\/BC-UBND/g, "600/BC-UBND").replace(/đã công bố 1,117 TTHC/g, "đã công bố 1,017 TTHC");
const PREFIX = "t23-";

export function inventedInput(): ReportInput {
  const real = realInput();
  const json = (x: unknown) => JSON.parse(invent(JSON.stringify(x)));
  const report = json(real.report);
  report.id = "tth-cchc-2023-invented";
  for (const ex of report.exclusions) if (ex.raw === "627") ex.raw = "600";
  const facts = (json(real.facts) as { id: string; related: string[]; raw?: string; value: number | null }[]).map((f) => ({
    ...f,
    id: PREFIX + f.id,
    related: f.related.map((r) => PREFIX + r),
    ...(f.id === "tthc-cong-bo" ? { raw: "1,017", value: 1017 } : {}),
  }));
  const relations = JSON.parse(JSON.stringify(real.relations).replace(/"([a-z0-9-]+)"/g, (m, id: string) => (real.facts as { id: string }[]).some((f) => f.id === id) ? `"${PREFIX}${id}"` : m));
  return { dir: "invented-2023", source: invent(real.source), report, facts, relations };
}

/** The real report and the invented one, loaded as the app loads its knowledge base. */
export function twoReports(): LoadedKnowledge {
  const { kb, indexJSONByReport } = compileKnowledge([realInput(), inventedInput()], "test-two-reports");
  return loadKnowledge(kb, indexJSONByReport);
}
