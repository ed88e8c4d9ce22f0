// The order /api/reports lists the reports in and /explore and the chat's topic chips group by:
// latest first. Checked on the app's own report and on an invented older one (test-only, see
// test/node/support/second-report.ts), compiled as the build compiles reports.
import { describe, expect, it } from "vitest";
import { groupByReport, latestFirst, reportsLatestFirst, yearsLabel } from "../../../src/site/reports.ts";
import { twoReports } from "../support/second-report.ts";

const two = twoReports().kb.reports;

describe("latestFirst", () => {
  it("puts the report of the latest year first, whatever order the reports come in", () => {
    expect(two.map((r) => r.years)).toEqual([[2024], [2023]]);
    expect(latestFirst(two).map((r) => r.id)).toEqual(["tth-cchc-2024", "tth-cchc-2023-invented"]);
    expect(latestFirst([...two].reverse()).map((r) => r.id)).toEqual(["tth-cchc-2024", "tth-cchc-2023-invented"]);
  });

  it("orders by the latest year a report covers, then by the later signing date", () => {
    const list = [
      { id: "a", years: [2021, 2022], date: "2022-12-01" },
      { id: "b", years: [2023], date: "2023-06-30" },
      { id: "c", years: [2023], date: "2023-12-20" },
      { id: "d", years: [2020, 2024], date: "2025-01-15" },
    ];
    expect(latestFirst(list).map((r) => r.id)).toEqual(["d", "c", "b", "a"]);
    expect(list.map((r) => r.id)).toEqual(["a", "b", "c", "d"]);
  });
});

describe("groupByReport", () => {
  it("groups sections under their report, the latest report first, each report's sections in report order", () => {
    const sectionsOf = (r: (typeof two)[number]) => r.sections.map((s) => ({ reportId: r.id, id: s.id }));
    // The older report's sections listed first: they still come second.
    const groups = groupByReport([...sectionsOf(two[1]!), ...sectionsOf(two[0]!)], latestFirst(two));
    expect(groups.map((g) => g.report.id)).toEqual(["tth-cchc-2024", "tth-cchc-2023-invented"]);
    expect(groups[0]!.items).toEqual(sectionsOf(two[0]!));
    expect(groups[1]!.items).toEqual(sectionsOf(two[1]!));
  });

  it("leaves out a report with nothing to show", () => {
    expect(groupByReport([{ reportId: "tth-cchc-2024", id: "x" }], latestFirst(two)).map((g) => g.report.id)).toEqual(["tth-cchc-2024"]);
  });
});

describe("the app's reports", () => {
  it("carry the years they cover", () => {
    expect(reportsLatestFirst("vi").map((r) => [r.id, r.years])).toEqual([["tth-cchc-2024", [2024]]]);
    expect(yearsLabel([2024], "vi")).toBe("Năm 2024");
    expect(yearsLabel([2024, 2023], "en")).toBe("2023, 2024");
  });
});
