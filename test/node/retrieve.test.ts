// The core combines MiniSearch's per-term scores itself (memoized per isolate); this checks that
// the result is what MiniSearch's own OR query over the same report's index returns, for the
// shipped report and for a second report whose facts follow the first's in the knowledge base.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIELD_BOOST } from "../../src/core/index-options.ts";
import { knowledge, scoped, type LoadedKnowledge } from "../../src/core/kb.ts";
import { retrieve } from "../../src/core/search.ts";
import { twoReports } from "./support/second-report.ts";

function matchesMiniSearch(k: LoadedKnowledge, reportId: string) {
  const r = k.indexOf(reportId);
  const one = scoped(k, new Set([reportId]));
  const term = fc.oneof(fc.constantFrom(...r.vocabulary), fc.constantFrom("reformation", "procedurs", "khongcotu"));
  fc.assert(
    fc.property(fc.uniqueArray(fc.tuple(term, fc.constantFrom(0.5, 1, 1.5, 0.75)), { minLength: 1, maxLength: 20, selector: ([t]) => t }), (pairs) => {
      const boost = new Map(pairs);
      const fuzzy = (t: string) => (/^[a-z]{7,}$/.test(t) && !r.vocabulary.has(t) ? 0.2 : false);
      const expected = r.index.search([...boost.keys()].join(" "), { boost: FIELD_BOOST, combineWith: "OR", boostTerm: (t) => boost.get(t)!, fuzzy });
      const { text, matches, found, slot } = retrieve(one, boost);
      // The report's index numbers its facts from 0; the knowledge base from the report's start.
      expect(new Set(found)).toEqual(new Set(expected.map((e) => r.start + (e.id as number))));
      for (const e of expected) {
        const s = slot(r.start + (e.id as number));
        expect(text[s]).toBeCloseTo(e.score, 9);
        expect(new Set([...boost.keys()].filter((t) => matches(s, t)))).toEqual(new Set(e.queryTerms));
      }
      for (const n of found) expect(k.kb.facts[n]!.reportId).toBe(reportId);
    }),
    { numRuns: 200 },
  );
}

describe("retrieval", () => {
  it("scores and matches facts exactly as MiniSearch's OR query does", () => {
    const k = knowledge();
    for (const r of k.kb.reports) matchesMiniSearch(k, r.id);
  });

  it("does so in each report's own index when there are several", () => {
    const k = twoReports();
    expect(k.indexOf(k.kb.reports[1]!.id).start).toBeGreaterThan(0);
    for (const r of k.kb.reports) matchesMiniSearch(k, r.id);
  });

  it("finds nothing for terms the index does not hold", () => {
    expect(retrieve(knowledge(), new Map([["zzzz", 1], ["thanh_pho_da_nang", 1]])).found).toEqual([]);
  });
});
