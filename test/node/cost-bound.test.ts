// The cost bound (src/core/budget.ts): whatever a user types, up to the API's 1,000 characters,
// the core's work per question stays within its budget. Asserted on work counters, never on time
// (time is measured by `npm run bench`, adversarial section).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adversarialClasses } from "../../bench/adversarial.ts";
import { ask } from "../../src/core/index.ts";
import { MAX_EXCLUSIONS, MAX_PARTS, MAX_WORDS, QUESTION_BUDGET, wordsRead, work } from "../../src/core/budget.ts";
import { readCases } from "../../scripts/eval/judge.ts";

const withinBudget = () => {
  expect(work.searches).toBeLessThanOrEqual(QUESTION_BUDGET.searches);
  expect(work.corrections).toBeLessThanOrEqual(QUESTION_BUDGET.corrections);
  expect(work.fuzzySearches).toBeLessThanOrEqual(QUESTION_BUDGET.fuzzySearches);
  expect(work.spellingKeys).toBeLessThanOrEqual(QUESTION_BUDGET.spellingKeys);
};

describe("the cost bound", () => {
  it.each(Object.entries(adversarialClasses(42)))("holds for crafted inputs: %s", (_, questions) => {
    for (const q of questions) {
      ask(q);
      withinBudget();
    }
  });

  it("holds for any string up to 1,000 characters, Latin words and Vietnamese syllables mixed", () => {
    const word = fc.oneof(
      fc.stringMatching(/^[a-z]{6,14}$/),
      fc.constantFrom("bao", "nhieu", "tthc", "cong", "bo", "khong", "tinh", "va", "còn", "tổng cộng", "ngoài", ",", "?"),
      fc.string({ minLength: 1, maxLength: 4, unit: "grapheme" }),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 250 }), (ws) => {
        ask(ws.join(" ").slice(0, 1000));
        withinBudget();
      }),
      { numRuns: 150 },
    );
  });

  it("spends no spelling lookup and no fuzzy search on a word longer than any the reports use", () => {
    for (const n of [30, 200, 999]) {
      ask(`${"abcdefghij".repeat(100).slice(0, n)}?`);
      expect(work.spellingKeys, String(n)).toBe(0);
      expect(work.fuzzySearches, String(n)).toBe(0);
    }
  });

  it("is never reached by a real question (the budget changes no answer)", () => {
    const cases = [...readCases("dev-compositional.jsonl"), ...readCases("blind-compositional-A.jsonl")];
    for (const q of cases.flatMap((c) => (c.turns ?? [c]).map((t) => t.q))) {
      ask(q);
      expect(work.searches, q).toBeLessThan(QUESTION_BUDGET.searches);
      expect(work.corrections, q).toBeLessThan(QUESTION_BUDGET.corrections);
      expect(work.spellingKeys, q).toBeLessThan(QUESTION_BUDGET.spellingKeys);
    }
  });

  it("reads the first MAX_WORDS words: noise after the question is cut, the question answered", () => {
    // The question comes first: noise after it is cut at MAX_WORDS words, not the question.
    const q = `UBND tỉnh công bố bao nhiêu TTHC? ${"xyzzy ".repeat(MAX_WORDS * 2)}`;
    expect(ask(q).facts[0]?.value).toBe(1117);
  });

  it("stops reading where a message repeats itself, asks a figure past MAX_PARTS, or leaves out past MAX_EXCLUSIONS", () => {
    const clause = "cấp huyện bao nhiêu văn bản QPPL";
    expect(wordsRead(Array.from({ length: 12 }, () => clause).join(", ")).text.split(" ").length).toBeLessThan(MAX_WORDS / 2);
    const asks = Array.from({ length: MAX_PARTS + 2 }, (_, i) => `mục ${i} bao nhiêu`).join(", ");
    expect(wordsRead(asks).text.match(/bao nhiêu/g)).toHaveLength(MAX_PARTS);
    const outs = Array.from({ length: MAX_EXCLUSIONS + 2 }, (_, i) => `không tính mục ${i}`).join(", ");
    expect(wordsRead(outs).text.match(/không tính/g)).toHaveLength(MAX_EXCLUSIONS);
    // Sixteen words in, a message of long words no report uses is read no further.
    const known = (w: string) => !/^x[a-z]+$/.test(w);
    const strange = Array.from({ length: 40 }, (_, i) => `x${"abcdefgh".slice(0, 4 + (i % 4))}`).join(" ") + " bao nhiêu?";
    expect(wordsRead(strange, known).text).toBe("");
    // Real questions are read whole: the longest of the fixtures, 55 words, is not cut.
    const long = "Kính chào anh/chị, tôi là cán bộ tư pháp ở huyện A Lưới. Tôi muốn hỏi các Đoàn kiểm tra của tỉnh năm 2024 đã kiểm tra tổng cộng bao nhiêu văn bản QPPL do HĐND, UBND các huyện Nam Đông, A Lưới, Phong Điền và thành phố Huế ban hành ạ? Xin cảm ơn.";
    expect(wordsRead(long)).toEqual({ text: long, unasked: false });
  });

  it("reads nothing of a message of words no report uses or numbers, but still the question before such noise", () => {
    // Distinct made-up words, so that it is their strangeness that stops the reading, not repetition.
    const noise = (n: number) => Array.from({ length: n }, (_, i) => `zq${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}vrt`).join(" ");
    const gibberish = ask(`${noise(60)} bao nhieu?`);
    expect(gibberish).toMatchObject({ answered: false, reason: "out-of-scope" });
    expect(gibberish.suggestions.length).toBeGreaterThan(0);
    expect(work.corrections + work.fuzzySearches + work.searches).toBe(0);
    expect(ask(`UBND tỉnh đã công bố bao nhiêu TTHC? ${noise(60)}`).facts[0]?.value).toBe(1117);
    // Nor of a message of numbers.
    const numbers = Array.from({ length: 60 }, (_, i) => String(1000 + i * 7919)).join(" ");
    expect(ask(`${numbers} bao nhieu?`)).toMatchObject({ answered: false, reason: "out-of-scope" });
    expect(work.corrections + work.fuzzySearches + work.searches).toBe(0);
  });

  it(`answers the first ${MAX_PARTS} figures of a message asking more, and says the rest were not read`, () => {
    const vi = ask("UBND tỉnh công bố bao nhiêu TTHC, bãi bỏ bao nhiêu TTHC, HĐND tỉnh ban hành bao nhiêu nghị quyết, cấp xã ban hành bao nhiêu văn bản QPPL, tuyển dụng bao nhiêu công chức?");
    expect(vi.facts.map((f) => f.value)).toEqual([1117, 176, 31, 69]);
    expect(vi.text).toContain("tối đa bốn số liệu");
    const en = ask("How many procedures were announced, how many abolished, how many resolutions did the council issue, how many legal documents did communes issue, and how many civil servants were recruited?");
    expect(en.text).toContain("at most four figures");
    // Four figures asked: all answered, no such line.
    const four = ask("UBND tỉnh công bố bao nhiêu TTHC, bãi bỏ bao nhiêu TTHC, HĐND tỉnh ban hành bao nhiêu nghị quyết, cấp xã ban hành bao nhiêu văn bản QPPL?");
    expect(four.facts.map((f) => f.value)).toEqual([1117, 176, 31, 69]);
    expect(four.text).not.toContain("tối đa");
  });

  it("searches a clause said again in the same message once", () => {
    const clause = "bao nhiêu văn bản QPPL cấp huyện";
    ask(`${clause}, ${clause}, ${clause}?`);
    const thrice = work.searches;
    ask(Array.from({ length: 12 }, () => clause).join(", ") + "?");
    expect(work.searches).toBeLessThanOrEqual(thrice);
  });

  it("keeps nothing of one question for the next: the same question costs the same work again", () => {
    const q = "Trong 125 văn bản QPPL cấp tỉnh, có bao nhiêu nghị quyết của HĐND và bao nhiêu quyết định của UBND?";
    const first = ask(q);
    const searches = work.searches;
    expect(searches).toBeGreaterThan(1);
    expect(ask(q)).toEqual(first);
    expect(work.searches).toBe(searches);
  });
});
