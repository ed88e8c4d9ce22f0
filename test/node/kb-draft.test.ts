// `npm run kb:draft`: a report's text → drafts of report.json, facts.json and relations.json. Measured
// on the real report's own text against its hand-written files, and on an invented text
// (test/node/fixtures/kb-draft-example.txt, figures made up for this test) so that nothing here
// only works for one report.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { checkDraft } from "../../knowledge/draft/check.ts";
import { compareFolders, type Folder } from "../../knowledge/draft/compare.ts";
import { draftReport, type Draft } from "../../knowledge/draft/draft.ts";
import { readNumber } from "../../knowledge/draft/numbers.ts";
import { isSharedMeasure } from "../../knowledge/draft/vocabulary.ts";

const root = join(import.meta.dirname, "..", "..");
const reportsDir = join(root, "knowledge", "reports");
const handDir = join(reportsDir, "tth-cchc-2024");
const readHand = (f: string) => readFileSync(join(handDir, f), "utf8");
const hand: Folder = {
  source: readHand("source.txt"),
  report: JSON.parse(readHand("report.json")),
  facts: JSON.parse(readHand("facts.json")),
  relations: existsSync(join(handDir, "relations.json")) ? JSON.parse(readHand("relations.json")) : [],
};
const real = draftReport(hand.source);
const exampleText = readFileSync(join(root, "test", "node", "fixtures", "kb-draft-example.txt"), "utf8");
const example = draftReport(exampleText);

type DraftFact = { id: string; raw: string; quote: string; value: number | null; total?: number; kind: string; measure?: string; unit?: { vi: string; en: string }; review: string[]; label: { vi: string; en: string } };
/** The drafted fact for a number, by its raw text and a piece of its sentence. */
function fact(d: Draft, raw: string, inQuote = ""): DraftFact {
  const found = (d.facts as DraftFact[]).filter((f) => f.raw === raw && f.quote.includes(inQuote));
  if (found.length !== 1) throw new Error(`${found.length} drafted facts for "${raw}" in "${inQuote}"`);
  return found[0]!;
}
const idOf = (d: Draft, raw: string, inQuote = "") => fact(d, raw, inQuote).id;
const asFolder = (d: Draft): Folder => ({ source: d.source, report: d.report as unknown as Folder["report"], facts: d.facts as unknown as Folder["facts"], relations: d.relations });
const folder = (d: Draft, dir = d.id) => ({ dir, source: d.source, report: d.report, facts: d.facts, relations: d.relations, otherRelations: d.otherRelations });

describe("reading each number by its own shape", () => {
  it.each([
    ["1,117", 1117, undefined, "thousands"],
    ["2,071", 2071, undefined, "thousands"],
    ["22,056", 22056, undefined, "thousands"],
    ["1.895", 1895, undefined, "thousands"],
    ["107.737", 107737, undefined, "thousands"],
    ["11.145.304", 11145304, undefined, "thousands"],
    ["2.47%", 2.47, undefined, "decimal"],
    ["4.29%", 4.29, undefined, "decimal"],
    ["94,5%", 94.5, undefined, "decimal"],
    ["120,9%", 120.9, undefined, "decimal"],
    ["100%", 100, undefined, "integer"],
    ["31/34", 31, 34, "fraction"],
    ["89/89", 89, 89, "fraction"],
    ["04", 4, undefined, "leading-zero"],
    ["172", 172, undefined, "integer"],
  ] as const)("%s → %d", (raw, value, total, reading) => {
    const n = readNumber(raw);
    expect(n.value).toBe(value);
    expect(n.total).toBe(total);
    expect(n.reading).toBe(reading);
    expect(n.percent).toBe(raw.endsWith("%"));
  });

  it("says when one separator before three digits could also be a decimal", () => {
    expect(readNumber("1,117").ambiguous).toBe(true);
    expect(readNumber("2.150").ambiguous).toBe(true);
    expect(readNumber("11.145.304").ambiguous).toBe(false);
    expect(readNumber("94,5%").ambiguous).toBe(false);
    expect(readNumber("1.2.3").reading).toBe("unreadable");
  });

  it("marks a money value read from such a number for review, not a count", () => {
    const text = exampleText.replace("6.240.500 triệu đồng", "6.240 tỷ đồng");
    const d = draftReport(text);
    expect(fact(d, "6.240").value).toBe(6240);
    expect(fact(d, "6.240").review).toContain("value");
    expect(fact(d, "1.410").review).not.toContain("value");
  });
});

describe("relations read from the report's own sentences", () => {
  const find = (type: string, key: string, id: string) => real.relations.find((r) => r.type === type && (r as Record<string, unknown>)[key] === id) as Record<string, unknown> | undefined;

  it("reads the parts of a total after “trong đó” and in brackets", () => {
    expect(find("parts", "total", idOf(real, "125"))).toMatchObject({ parts: [idOf(real, "31", "nghị quyết"), idOf(real, "94")], complete: true });
    expect(find("parts", "total", idOf(real, "332"))).toMatchObject({ parts: [idOf(real, "203")], complete: false });
    expect(find("parts", "total", idOf(real, "128"))).toMatchObject({ parts: [idOf(real, "11", "đơn vị sự nghiệp"), idOf(real, "117")], complete: true });
  });

  it("reads a change against a baseline year, with its rate", () => {
    expect(find("change", "current", idOf(real, "1.895"))).toMatchObject({ change: idOf(real, "48"), direction: "decrease", baselineYear: 2023, rate: idOf(real, "2.47%") });
    expect(find("change", "current", idOf(real, "22,056"))).toMatchObject({ change: idOf(real, "988"), direction: "decrease", baselineYear: 2023, rate: idOf(real, "4.29%") });
  });

  it("pairs what was allocated with what is in place, across sentences", () => {
    expect(find("allocated-current", "allocated", idOf(real, "1,951"))).toMatchObject({ current: idOf(real, "1.895") });
    expect(find("allocated-current", "allocated", idOf(real, "22.531"))).toMatchObject({ current: idOf(real, "22,056") });
  });

  it("reads a share of the plan (or of the same period last year), and keeps apart what the build has no type for", () => {
    expect(find("share-of-plan", "share", idOf(real, "94,5%"))).toMatchObject({ plan: { vi: "dự toán" }, of: idOf(real, "11.145.304") });
    expect(find("share-of-plan", "share", idOf(real, "75%"))).toMatchObject({ plan: { vi: "dự toán" } });
    expect(find("share-of-plan", "share", idOf(real, "120,9%"))).toMatchObject({ plan: { vi: "cùng kỳ năm trước" }, of: idOf(real, "11.145.304") });
    expect(real.otherRelations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "done-planned", done: idOf(real, "31/34"), planned: 34 }),
        expect.objectContaining({ type: "change-stated", current: idOf(real, "107.737"), direction: "increase", baseline: "so với năm 2023" }),
      ]),
    );
  });

  it("lets a figure take its unit and measure from the figure it changes or belongs to", () => {
    expect(fact(real, "48").unit?.vi).toBe("biên chế công chức");
    expect(fact(real, "48").review).toContain("unit");
    expect(fact(real, "94").measure).toBe("van-ban-qppl");
    expect(fact(real, "4.29%").measure).toBe("nguoi-lam-viec");
    expect(fact(real, "94,5%").measure).toBe("thu-ngan-sach");
  });
});

describe("the draft of the real report against its hand-written files", () => {
  const c = compareFolders(asFolder(real), hand, isSharedMeasure);

  it("recovers every number the hand-written facts hold, from the same sentence, with the same value", () => {
    expect(c.numbers.of).toBeGreaterThanOrEqual(55);
    expect(c.numbers.misses).toEqual([]);
    expect(c.values.misses).toEqual([]);
    expect(c.kinds.misses).toEqual([]);
  });

  it("guesses most units and measures as the hand-written facts have them, and every hand-written relation", () => {
    expect(c.units.right / c.units.of).toBeGreaterThanOrEqual(0.9);
    expect(c.measures.right / c.measures.of).toBeGreaterThanOrEqual(0.9);
    expect(c.measured.withMeasure).toBe(c.measured.figures);
    expect(c.relations.misses).toEqual([]);
  });

  it("excludes, with a reason, every number the hand-written report excludes", () => {
    expect(c.exclusions.misses).toEqual([]);
    const exclusions = (real.report as { exclusions: { raw: string; reason: string }[] }).exclusions;
    expect(exclusions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ raw: "627", reason: expect.stringContaining("627/BC-UBND") }),
        expect.objectContaining({ raw: "20/12/2024", reason: expect.stringContaining("date") }),
        expect.objectContaining({ raw: "2023", reason: "year" }),
        expect.objectContaining({ raw: "11", reason: expect.stringContaining("11 tháng") }),
      ]),
    );
  });

  it("reads the report's number, date, issuer, place, year and headings from its opening lines", () => {
    const r = real.report as Record<string, unknown> & { sections: { heading: string }[]; issuer: { vi: string } };
    const h = hand.report as unknown as Record<string, unknown> & { sections: { heading: string }[]; issuer: { vi: string } };
    for (const k of ["number", "date", "published", "years", "bodyStart", "bodyEnd", "source"]) expect(r[k], k).toEqual(h[k]);
    expect(r.issuer.vi).toBe(h.issuer.vi);
    expect(r.places).toContain("Thừa Thiên Huế");
    expect(r.sections.map((s) => s.heading)).toEqual(h.sections.map((s) => s.heading));
  });

  it("passes the build's checks, and --check lists what a person must still write", () => {
    const r = checkDraft(folder(real), reportsDir);
    expect(r.build).toEqual([]);
    expect(r.lacking.aliases.length).toBe(real.facts.length);
    expect(r.lacking.english.length).toBe(real.facts.length);
    expect(r.numbers).toEqual(expect.arrayContaining([{ id: idOf(real, "24/7"), raw: "24/7", fields: ["kind"] }]));
    expect(r.done).toBe(false);
  });
});

describe("an invented report's text", () => {
  it("reads its opening, its numbered headings and its own acronyms", () => {
    const r = example.report as { number: string; date: string; places: string[]; years: number[]; sections: { heading: string; title: { vi: string } }[]; exclusions: { raw: string; reason: string }[] };
    expect([r.number, r.date, r.years]).toEqual(["512/BC-UBND", "2025-12-22", [2025]]);
    expect(r.places).toEqual(["Minh Sơn", "Minh Son"]);
    expect(r.sections.map((s) => s.title.vi)).toEqual(["Giới thiệu", "Công tác chỉ đạo, điều hành", "Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy", "Cải cách tài chính công"]);
    expect(r.exclusions).toEqual(expect.arrayContaining([expect.objectContaining({ raw: "3", reason: "numbering of a heading or list item" })]));
    // "thủ tục hành chính (TTHC)" defines the acronym, so "97 TTHC" counts thủ tục hành chính.
    expect(fact(example, "97").unit?.vi).toBe("thủ tục hành chính");
    expect(fact(example, "2,21%").value).toBe(2.21);
  });

  it("drafts its relations and passes the build's checks", () => {
    expect(example.relations.map((r) => r.type).sort()).toEqual(["allocated-current", "change", "parts", "share-of-plan"]);
    const r = checkDraft(folder(example), reportsDir);
    expect(r.build).toEqual([]);
    // Its ids are also the real report's ids: the reviewer has to rename them.
    expect(r.collisions).toContain("tthc-cong-bo");
  });

  it("is done once a person has written what --check asks for", () => {
    const ids = new Map((example.facts as DraftFact[]).map((f) => [f.id, `ms-${f.id}`]));
    const english = (v: unknown): unknown =>
      v === "needs review" ? "written by the reviewer" : Array.isArray(v) ? v.map(english) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, english(x)])) : v;
    const facts = (example.facts as (DraftFact & { related: string[] })[]).map((f) => ({
      ...(english(f) as object),
      id: ids.get(f.id),
      related: f.related.map((r) => ids.get(r)),
      aliases: { vi: [f.label.vi.toLowerCase()], en: ["an alias"] },
      review: [],
    }));
    const relations = example.relations.map((r) => Object.fromEntries(Object.entries(english(r) as object).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => ids.get(x) ?? x) : ids.get(v as string) ?? v])));
    const report = { ...(english(example.report) as object), review: [] };
    const r = checkDraft({ ...folder(example), facts, relations, report }, reportsDir);
    expect(r).toMatchObject({ build: [], numbers: [], collisions: [], report: [], done: true });
  });

  it("proposes a measure the shared vocabulary lacks, and --check says so", () => {
    const d = draftReport(exampleText.replace("Toàn tỉnh hiện có 1.932 TTHC thực hiện", "Toàn tỉnh tiếp nhận 125.430 cuộc gọi thực hiện"));
    expect(fact(d, "125.430").measure).toBe("cuoc-goi");
    const r = checkDraft(folder(d), reportsDir);
    expect(r.build.join("\n")).toMatch(/measure not in knowledge\/vocabulary\.ts/);
    expect(r.measures).toEqual([{ measure: "cuoc-goi", ids: [idOf(d, "125.430")] }]);
  });
});

describe("npm run kb:draft", () => {
  const tmp = mkdtempSync(join(tmpdir(), "kb-draft-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const run = async (...args: string[]) => {
    try {
      const { stdout } = await promisify(execFile)(join(root, "node_modules", ".bin", "tsx"), [join(root, "scripts", "kb-draft.ts"), ...args], { cwd: root });
      return { code: 0, out: stdout };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, out: err.stdout + err.stderr };
    }
  };

  it("writes a draft folder that builds, and prints how it compares with the hand-written files", async () => {
    const out = join(tmp, "real");
    const r = await run(join(handDir, "source.txt"), "--out", out, "--compare", handDir);
    expect(r.code).toBe(0);
    expect(r.out).toContain("build checks: pass");
    expect(r.out).toMatch(/kb:draft compare tth-cchc-2024: numbers (\d+)\/\1 \(100\.0%\) recovered, values (\d+)\/\2 \(100\.0%\) right/);
    for (const f of ["source.txt", "report.json", "facts.json", "relations.json", "relations.other.json"]) expect(existsSync(join(out, f)), f).toBe(true);
    expect(readFileSync(join(out, "source.txt"), "utf8")).toBe(hand.source);
  });

  it("does not overwrite a draft someone has edited unless told to", async () => {
    const out = join(tmp, "edited");
    expect((await run(join(handDir, "source.txt"), "--out", out)).code).toBe(0);
    writeFileSync(join(out, "facts.json"), "[]\n");
    const again = await run(join(handDir, "source.txt"), "--out", out);
    expect(again.code).toBe(2);
    expect(again.out).toMatch(/already holds a different facts\.json/);
    expect(readFileSync(join(out, "facts.json"), "utf8")).toBe("[]\n");
    expect((await run(join(handDir, "source.txt"), "--out", out, "--force")).code).toBe(0);
  });

  it("refuses to draft into the folder the build reads", async () => {
    const r = await run(join(handDir, "source.txt"), "--out", join(reportsDir, "kb-draft-test"));
    expect(r.code).toBe(2);
    expect(existsSync(join(reportsDir, "kb-draft-test"))).toBe(false);
  });

  it("--check exits 1 and lists what is missing", async () => {
    const out = join(tmp, "check");
    await run(join(handDir, "source.txt"), "--out", out);
    const r = await run("--check", out);
    expect(r.code).toBe(1);
    expect(r.out).toContain("the build's checks pass");
    expect(r.out).toMatch(/numbers needing review \(\d+\):/);
    expect(r.out).toMatch(/aliases to write \(vi and en\) \(\d+\)/);
  });
});
