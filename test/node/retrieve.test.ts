// The core combines MiniSearch's per-term scores itself (memoized per isolate); this checks that
// the result is what MiniSearch's own OR query over the same index returns.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIELD_BOOST } from "../../src/core/index-options.ts";
import { knowledge } from "../../src/core/kb.ts";
import { retrieve } from "../../src/core/search.ts";

const k = knowledge();
const vocabulary = [...k.vocabulary];

describe("retrieval", () => {
  it("scores and matches facts exactly as MiniSearch's OR query does", () => {
    const term = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom("reformation", "procedurs", "khongcotu"));
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(term, fc.constantFrom(0.5, 1, 1.5, 0.75)), { minLength: 1, maxLength: 20, selector: ([t]) => t }), (pairs) => {
        const boost = new Map(pairs);
        const fuzzy = (t: string) => (/^[a-z]{7,}$/.test(t) && !k.vocabulary.has(t) ? 0.2 : false);
        const expected = k.index.search([...boost.keys()].join(" "), { boost: FIELD_BOOST, combineWith: "OR", boostTerm: (t) => boost.get(t)!, fuzzy });
        const { text, matched, found } = retrieve(k, boost);
        expect(new Set(found)).toEqual(new Set(expected.map((r) => r.id)));
        for (const r of expected) {
          expect(text[r.id]).toBeCloseTo(r.score, 9);
          expect(new Set(matched[r.id])).toEqual(new Set(r.queryTerms));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("finds nothing for terms the index does not hold", () => {
    expect(retrieve(k, new Map([["zzzz", 1], ["thanh_pho_da_nang", 1]])).found).toEqual([]);
  });
});
