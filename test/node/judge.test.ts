// The eval judge's text check: a number the case expects is found only as itself, not as the tail
// of a longer number in the reply ("20,9" of "120,9", "24" of "2024").
import { describe, expect, it } from "vitest";
import { holds } from "../../scripts/eval/judge.ts";

describe("the eval judge's text check", () => {
  it("finds a number only where it is not the tail of a longer one", () => {
    expect(holds("đạt 120,9% so với cùng kỳ", "20,9")).toBe(false);
    expect(holds("ngày 20/12/2024", "24")).toBe(false);
    expect(holds("120,9% − 100% = 20,9%", "20,9")).toBe(true);
  });

  it("accepts a number's head or last group, as writers give them ('91' of '91,2', '943' of '1.943')", () => {
    expect(holds("31 / 34 ≈ 91,2%", "91")).toBe(true);
    expect(holds("1.895 + 48 = 1.943", "943")).toBe(true);
  });
});
