import { describe, expect, it } from "vitest";
import { formatFigure, formatNumber, parseReportNumber } from "../../src/core/numbers.ts";

describe("parseReportNumber: the report's mixed conventions", () => {
  it.each([
    ["1,117", 1117],
    ["2,071", 2071],
    ["1,951", 1951],
    ["22,056", 22056],
    ["107.737", 107737],
    ["11.145.304", 11145304],
    ["11.387.742", 11387742],
    ["11.322.000", 11322000],
    ["1.895", 1895],
    ["22.531", 22531],
    ["14.970", 14970],
    ["2.47%", 2.47],
    ["4.29%", 4.29],
    ["94,5%", 94.5],
    ["120,9%", 120.9],
    ["42%", 42],
    ["100%", 100],
    ["04", 4],
    ["09", 9],
    ["31/34", 31],
    ["89/89", 89],
    ["172", 172],
  ])("%s → %d", (raw, value) => {
    expect(parseReportNumber(raw)).toBe(value);
  });

  it("refuses what is not a number", () => {
    expect(() => parseReportNumber("abc")).toThrow(/cannot parse/);
    expect(() => parseReportNumber("1.2.3")).toThrow(/ambiguous/);
  });
});

describe("formatting one way per language", () => {
  it("formats Vietnamese with dot thousands and comma decimals", () => {
    expect(formatNumber(1117, "vi")).toBe("1.117");
    expect(formatNumber(11145304, "vi")).toBe("11.145.304");
    expect(formatNumber(2.47, "vi")).toBe("2,47");
    expect(formatNumber(94.5, "vi")).toBe("94,5");
    expect(formatNumber(172, "vi")).toBe("172");
  });
  it("formats English with comma thousands and point decimals", () => {
    expect(formatNumber(1117, "en")).toBe("1,117");
    expect(formatNumber(2.47, "en")).toBe("2.47");
    expect(formatNumber(22056, "en")).toBe("22,056");
  });
  it("puts units and wholes around the figure", () => {
    expect(formatFigure(94.5, "%", "vi")).toBe("94,5%");
    expect(formatFigure(11145304, "triệu đồng", "vi")).toBe("11.145.304 triệu đồng");
    expect(formatFigure(31, "nhiệm vụ", "vi", 34)).toBe("31/34 nhiệm vụ");
    expect(formatFigure(31, "tasks", "en", 34)).toBe("31 of 34 tasks");
  });
});
