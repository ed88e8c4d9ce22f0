// Many reports: the year a question names picks the report, the latest by default; two years two
// reports cover are compared with both reports cited; a year no report covers is declined. The
// second report is invented for these tests (test/node/support/second-report.ts).
import { describe, expect, it } from "vitest";
import { askWith } from "../../src/core/ask.ts";
import { twoReports } from "./support/second-report.ts";

const k = twoReports();
const ask = (q: string, context?: string) => askWith(k, q, { context });

describe("the year and place of a question pick the report", () => {
  it("answers a year from that year's report, and no year from the latest", () => {
    expect(ask("Năm 2023 UBND tỉnh công bố bao nhiêu TTHC?")).toMatchObject({ facts: [{ value: 1017 }], citations: [{ reportId: "tth-cchc-2023-invented" }] });
    expect(ask("Năm 2024 UBND tỉnh công bố bao nhiêu TTHC?")).toMatchObject({ facts: [{ value: 1117 }], citations: [{ reportId: "tth-cchc-2024" }] });
    const latest = ask("UBND tỉnh công bố bao nhiêu TTHC?");
    expect(latest.facts[0]!.value).toBe(1117);
    expect(latest.text).toContain("năm 2024");
  });

  it("reads a baseline year as a baseline, not as a report to answer from", () => {
    const a = ask("Biên chế công chức giảm bao nhiêu so với năm 2023?");
    expect(a.facts[0]!.value).toBe(48);
    expect(a.citations[0]!.reportId).toBe("tth-cchc-2024");
  });

  it("compares two years across their reports and cites both", () => {
    const a = ask("Năm 2024 công bố nhiều hơn năm 2023 bao nhiêu TTHC?");
    expect(a.facts[0]).toMatchObject({ value: 100, derived: { op: "difference", formula: "1.117 − 1.017 = 100" } });
    expect(a.citations.map((c) => c.reportId).sort()).toEqual(["tth-cchc-2023-invented", "tth-cchc-2024"]);
    expect(a.text).toContain("Báo cáo số 600/BC-UBND");
    expect(a.text).toContain("Báo cáo số 627/BC-UBND");
  });

  it("works a change out across both reports when the answering one states none since the baseline year another covers", () => {
    for (const q of ["How many more procedures were published in 2024 than in 2023?", "Năm 2024 công bố tăng bao nhiêu TTHC so với năm 2023?", "Năm 2024 công bố nhiều hơn bao nhiêu TTHC so với năm 2023?"]) {
      expect(ask(q).facts[0], q).toMatchObject({ value: 100, derived: { op: "difference", formula: q.startsWith("How") ? "1,117 − 1,017 = 100" : "1.117 − 1.017 = 100" } });
    }
    // (A change the report states is that one.)
    expect(ask("Biên chế công chức giảm bao nhiêu so với năm 2023?").facts[0]!.value).toBe(48);
  });

  it("continues a conversation into another year's report", () => {
    const first = ask("UBND tỉnh công bố bao nhiêu TTHC?");
    expect(ask("năm 2023 thì sao?", first.context).facts[0]!.value).toBe(1017);
  });

  it("declines a year no report covers and says which years it covers", () => {
    const a = ask("Năm 2021 UBND tỉnh công bố bao nhiêu TTHC?");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("2021");
    expect(a.text).toContain("năm 2024");
    expect(a.text).toContain("năm 2023");
  });
});
