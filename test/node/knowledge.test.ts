// The knowledge base: every figure verbatim, parsed right, covered; the build refuses bad input.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileKnowledge, KnowledgeError, type ReportInput } from "../../knowledge/compile.ts";
import { FactsFile } from "../../knowledge/schema.ts";

const dir = join(import.meta.dirname, "..", "..", "knowledge", "reports", "tth-cchc-2024");
const read = (f: string) => readFileSync(join(dir, f), "utf8");
const input = (): ReportInput => ({
  dir: "tth-cchc-2024",
  source: read("source.txt"),
  report: JSON.parse(read("report.json")),
  facts: JSON.parse(read("facts.json")),
});
const { kb } = compileKnowledge([input()], "test");
const value = (id: string) => {
  const f = kb.facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f.value!;
};

/** Compiling a modified copy must fail with a message matching `problem`. */
function expectRefused(change: (i: ReportInput & { report: any; facts: any[] }) => void, problem: RegExp) {
  const i = input() as ReportInput & { report: any; facts: any[] };
  change(i);
  let error: unknown;
  try {
    compileKnowledge([i], "test");
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(KnowledgeError);
  expect((error as KnowledgeError).message).toMatch(problem);
}

describe("the report 627/BC-UBND as facts", () => {
  it("keeps the report's text verbatim, without the page's navigation lines", () => {
    expect(read("source.txt")).toBe(readFileSync(join(import.meta.dirname, "fixtures", "tth-cchc-2024.original.txt"), "utf8"));
    const body = read("source.txt");
    const end = body.indexOf(kb.reports[0]!.bodyEnd);
    expect(body.slice(0, end)).not.toContain("Nam Định");
    expect(body.slice(0, end)).not.toContain("Website liên kết");
  });

  it("describes the report itself", () => {
    const r = kb.reports[0]!;
    expect(r.number).toBe("627/BC-UBND");
    expect(r.date).toBe("2024-12-20");
    expect(r.issuer.vi).toContain("Thừa Thiên Huế");
    expect(r.source.url).toContain("caicachhanhchinh.gov.vn");
    expect(r.sections.length).toBe(8);
  });

  it("has about sixty figures plus the statements without one", () => {
    expect(kb.facts.filter((f) => f.kind !== "statement").length).toBeGreaterThanOrEqual(55);
    for (const id of ["ke-hoach-tuyen-dung-cong-chuc", "ke-hoach-391-tu-kiem-tra", "huyen-duoc-kiem-tra-vbqppl", "nen-tang-so", "ha-tang-may-chu-24-7"])
      expect(kb.facts.find((f) => f.id === id)?.kind).toBe("statement");
  });

  it("parses each of the report's number conventions to the right value", () => {
    expect(value("tthc-cong-bo")).toBe(1117); // "1,117"
    expect(value("tthc-mot-cua")).toBe(2071); // "2,071"
    expect(value("bien-che-giao")).toBe(1951); // "1,951"
    expect(value("nguoi-lam-viec-hien-co")).toBe(22056); // "22,056"
    expect(value("bien-che-hien-co")).toBe(1895); // "1.895"
    expect(value("hoi-thi-cchc-luot-du-thi")).toBe(107737); // "107.737"
    expect(value("thu-ngan-sach")).toBe(11145304); // "11.145.304" triệu đồng
    expect(value("tiet-kiem-chi-phi-tuan-thu")).toBe(11322000); // "11.322.000" đồng/năm
    expect(value("bien-che-ty-le-giam")).toBe(2.47); // "2.47%"
    expect(value("thu-ngan-sach-so-du-toan")).toBe(94.5); // "94,5%"
    expect(value("thu-ngan-sach-so-cung-ky")).toBe(120.9); // "120,9%"
    expect(value("doan-kiem-tra-vbqppl")).toBe(4); // "04"
    expect(value("cchc-nhiem-vu-hoan-thanh")).toBe(31); // "31/34"
    expect(kb.facts.find((f) => f.id === "cchc-nhiem-vu-hoan-thanh")!.total).toBe(34);
    expect(kb.facts.find((f) => f.id === "tu-kiem-tra-vbqppl-ubnd-tinh")!.total).toBe(89);
  });

  it("agrees with itself where its figures can be cross-checked", () => {
    expect(value("nghi-quyet-hdnd-tinh") + value("quyet-dinh-qppl-ubnd-tinh")).toBe(value("vbqppl-tinh-ban-hanh"));
    expect(value("vtvl-dvsn-truc-thuoc-ubnd") + value("vtvl-dvsn-thuoc-co-quan-chuyen-mon")).toBe(value("vtvl-dvsn"));
    const civil = (100 * value("bien-che-giam")) / (value("bien-che-hien-co") + value("bien-che-giam"));
    expect(civil.toFixed(2)).toBe(value("bien-che-ty-le-giam").toFixed(2));
    const staff = (100 * value("nguoi-lam-viec-giam")) / (value("nguoi-lam-viec-hien-co") + value("nguoi-lam-viec-giam"));
    expect(staff.toFixed(2)).toBe(value("nguoi-lam-viec-ty-le-giam").toFixed(2));
  });

  it("gives every fact labels in both languages, a unit unless it is a statement, and its section", () => {
    expect(FactsFile.safeParse(JSON.parse(read("facts.json"))).success).toBe(true);
    for (const f of kb.facts) {
      expect(f.label.vi && f.label.en, f.id).toBeTruthy();
      if (f.kind !== "statement") expect(f.unit, f.id).toBeDefined();
      expect(kb.reports[0]!.sections.some((s) => s.id === f.section), f.id).toBe(true);
    }
  });
});

describe("the build fails loudly", () => {
  it("when a quote is not verbatim in the source", () => {
    expectRefused((i) => (i.facts[0].quote = i.facts[0].quote.replace("2024", "2025")), /quote is not verbatim/);
  });
  it("when a quote differs only in diacritics", () => {
    expectRefused((i) => (i.facts[0].quote = i.facts[0].quote.replace("ố", "ô")), /quote is not verbatim/);
  });
  it("when a fact's raw number is not in its quote", () => {
    const at = (i: any) => i.facts.findIndex((f: any) => f.id === "tthc-cong-bo");
    expectRefused((i) => (i.facts[at(i)].raw = "1,118"), /raw "1,118" .* does not appear/);
  });
  it("when the value is not what the raw number says", () => {
    const at = (i: any) => i.facts.findIndex((f: any) => f.id === "tthc-cong-bo");
    expectRefused((i) => (i.facts[at(i)].value = 1.117), /parses to 1117, value is 1.117/);
  });
  it("when ids repeat", () => {
    expectRefused((i) => (i.facts[1].id = i.facts[0].id), /is repeated/);
  });
  it("when a facet value is repeated", () => {
    expectRefused((i) => (i.facts[0].facets = { ...i.facts[0].facets, level: ["tinh", "tinh"] }), /facet value is repeated/);
  });
  it("when a label is missing", () => {
    expectRefused((i) => delete i.facts[0].label.en, /label\.en/);
  });
  it("when a figure of the report is neither a fact nor excluded", () => {
    expectRefused((i) => (i.facts = i.facts.filter((f: any) => f.id !== "thu-dien-tu-cap")), /number "14\.970" is neither a fact nor excluded/);
  });
  it("when an exclusion names a number that is not there", () => {
    expectRefused((i) => i.report.exclusions.push({ raw: "4242", reason: "test" }), /exclusion "4242" .*matches nothing/);
  });
  it("when a comparison states a number its quote does not", () => {
    const at = (i: any) => i.facts.findIndex((f: any) => f.id === "bien-che-hien-co");
    expectRefused((i) => (i.facts[at(i)].comparison = { vi: "giảm 49 biên chế", en: "down 49" }), /comparison\.vi has numbers not in the quote: 49/);
  });
  it("accepts a second report dropped in beside the first", () => {
    const second = input() as any;
    second.dir = "copy";
    second.report = { ...second.report, id: "copy-report" };
    second.facts = second.facts.map((f: any) => ({ ...f, id: `copy-${f.id}`, related: f.related.map((r: string) => `copy-${r}`) }));
    const { kb: two } = compileKnowledge([input(), second], "test");
    expect(two.reports.map((r) => r.id)).toEqual(["tth-cchc-2024", "copy-report"]);
    expect(two.facts.length).toBe(kb.facts.length * 2);
  });
});
