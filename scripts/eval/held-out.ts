// `npm run eval`: scores the frozen held-out batches (test/node/fixtures/eval/held-out-*.jsonl,
// written blind from the report before the work they measure, never tuned against: their misses
// are not read, only their scores) and, for
// comparison, the batches that were tuned against. Prints per-category scores and the wrong rate,
// as the product team's run-eval.mjs does; asserts nothing (a measure, not a test).
import { HELD_OUT_SETS, judgeCase, readCases, TUNED_SETS } from "./judge.ts";

const sets = [...HELD_OUT_SETS, ...TUNED_SETS];
for (const file of sets) {
  const byCat = new Map<string, { n: number; ok: number; wrong: number }>();
  for (const c of readCases(file)) {
    const r = judgeCase(c);
    const row = byCat.get(c.cat) ?? { n: 0, ok: 0, wrong: 0 };
    row.n++;
    if (!r.why.length) row.ok++;
    if (r.wrong) row.wrong++;
    byCat.set(c.cat, row);
  }
  const rows = [...byCat].sort(([a], [b]) => a.localeCompare(b));
  const sum = (pick: (r: { n: number; ok: number; wrong: number }) => number, cats = rows) => cats.reduce((s, [, r]) => s + pick(r), 0);
  const traps = rows.filter(([c]) => c === "trap" || c === "oos");
  const inScope = rows.filter(([c]) => c !== "trap" && c !== "oos");
  console.log(`${file}${file.startsWith("held-out") ? "  (held out: never tuned against)" : "  (tuned against)"}`);
  for (const [cat, r] of rows) console.log(`  ${cat.padEnd(10)} ${String(r.ok).padStart(3)}/${String(r.n).padEnd(3)} wrong ${r.wrong}`);
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "-");
  console.log(
    `  in scope ${pct(sum((r) => r.ok, inScope), sum((r) => r.n, inScope))}%  traps declined ${pct(sum((r) => r.ok, traps), sum((r) => r.n, traps))}%  wrong ${pct(sum((r) => r.wrong), sum((r) => r.n))}% (${sum((r) => r.wrong)}/${sum((r) => r.n)})`,
  );
}
