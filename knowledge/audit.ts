// The report's own arithmetic, recomputed from its figures: each stated relation is checked and
// every result printed by the build, so staff see where the report does not add up (it informs;
// it never fails the build: the report is what it is, and answers cite it as printed).
import type { CompiledFact, CompiledRelation } from "../src/core/kb-types.ts";

const round2 = (x: number) => Math.round(x * 100) / 100;

export function auditRelations(relations: CompiledRelation[], byId: ReadonlyMap<string, CompiledFact>): string[] {
  const v = (id: string) => byId.get(id)?.value ?? NaN;
  const out: string[] = [];
  for (const r of relations) {
    switch (r.type) {
      case "parts": {
        const sum = r.parts.reduce((s, id) => s + v(id), 0);
        const total = v(r.total);
        const ok = r.complete ? sum === total : sum <= total;
        out.push(`${ok ? "ok" : "DOES NOT ADD UP"}: ${r.total} ${total} ${r.complete ? "=" : "≥"} ${r.parts.map((id) => `${id} ${v(id)}`).join(" + ")} (= ${sum})`);
        break;
      }
      case "allocated-current": {
        const ok = v(r.current) <= v(r.allocated);
        out.push(`${ok ? "ok" : "OVER ALLOCATION"}: ${r.current} ${v(r.current)} ≤ ${r.allocated} ${v(r.allocated)}`);
        break;
      }
      case "change": {
        const before = r.direction === "decrease" ? v(r.current) + v(r.change) : v(r.current) - v(r.change);
        let line = `ok: ${r.current} ${v(r.current)} ${r.direction === "decrease" ? "+" : "−"} ${r.change} ${v(r.change)} = ${before} in ${r.baselineYear}`;
        if (r.rate) {
          const rate = round2((100 * v(r.change)) / before);
          const stated = v(r.rate);
          line = `${Math.abs(rate - stated) < 0.01 ? "ok" : "RATE DIFFERS"}: ${r.change} ${v(r.change)} / ${before} = ${rate}% (stated ${r.rate} ${stated}%)`;
        }
        out.push(line);
        break;
      }
      case "listed": {
        // (No total is stated: the sum is what a question counting the whole is answered with.)
        const sum = r.parts.reduce((s, id) => s + v(id), 0);
        out.push(`${Number.isFinite(sum) ? "ok" : "NOT A NUMBER"}: ${r.whole.vi} (not totalled) = ${r.parts.map((id) => `${id} ${v(id)}`).join(" + ")} (= ${sum})`);
        break;
      }
      case "share-of-plan": {
        const share = v(r.share);
        out.push(`${share >= 0 ? "ok" : "NEGATIVE SHARE"}: ${r.share} ${share}% of ${r.plan.vi}${r.of ? ` (${r.plan.vi} = ${v(r.of)} / ${share}% ≈ ${Math.round(v(r.of) / (share / 100))})` : ""}`);
        break;
      }
    }
  }
  return out;
}
