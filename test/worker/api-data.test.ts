// The read-only data routes: reports, sections, facts (filters by section and words), one fact by
// id (404 when unknown), each fact with its figure and verbatim citation; bad input is a clear 400.
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { errorOf } from "./api-support.ts";

const get = (path: string) => SELF.fetch(`http://app${path}`);
type Fact = { id: string; reportId: string; value: number | null; figure: string | null; sectionId: string; citation: { quote: string; document: string; section: string; url: string } };

describe("GET /api/reports and /api/sections", () => {
  it("lists the report with its number, date, the years it covers, citation and sections", async () => {
    const { reports } = (await (await get("/api/reports")).json()) as { reports: { number: string; date: string; years: number[]; citation: string; sections: unknown[] }[] };
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ id: "tth-cchc-2024", number: "627/BC-UBND", date: "2024-12-20", years: [2024] });
    expect(reports[0]!.citation).toContain("627/BC-UBND");
    expect(reports[0]!.sections.length).toBeGreaterThan(5);
  });

  it("lists sections in report order with their fact ids, in English on request", async () => {
    const { sections } = (await (await get("/api/sections?lang=en")).json()) as { sections: { id: string; title: string; factIds: string[] }[] };
    const finance = sections.find((s) => s.id === "tai-chinh-cong")!;
    expect(finance.title).toBe("Public finance reform");
    expect(finance.factIds).toContain("thu-ngan-sach");
  });
});

describe("GET /api/facts", () => {
  it("lists every fact with its figure and citation", async () => {
    const { count, facts } = (await (await get("/api/facts")).json()) as { count: number; facts: Fact[] };
    expect(count).toBe(facts.length);
    expect(count).toBeGreaterThan(50);
    const published = facts.find((f) => f.id === "tthc-cong-bo")!;
    expect(published).toMatchObject({ value: 1117, figure: "1.117 thủ tục hành chính" });
    expect(published.citation.quote).toContain("công bố 1,117 TTHC");
  });

  it("filters by section", async () => {
    const { facts } = (await (await get("/api/facts?section=tai-chinh-cong")).json()) as { facts: Fact[] };
    expect(facts.length).toBeGreaterThan(3);
    expect(facts.every((f) => f.sectionId === "tai-chinh-cong")).toBe(true);
    expect(facts.map((f) => f.figure)).toContain("94,5%");
  });

  it("filters by report and by year: an id or a year no report has is an empty list", async () => {
    const all = (await (await get("/api/facts")).json()) as { count: number; facts: Fact[] };
    for (const path of ["/api/facts?report=tth-cchc-2024", "/api/facts?year=2024", "/api/facts?report=tth-cchc-2024&year=2024&lang=en"]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      const { count, facts } = (await res.json()) as { count: number; facts: Fact[] };
      expect(count, path).toBe(all.count);
      expect(facts.every((f) => f.reportId === "tth-cchc-2024"), path).toBe(true);
    }
    const finance = (await (await get("/api/facts?year=2024&section=tai-chinh-cong")).json()) as { facts: Fact[] };
    expect(finance.facts.map((f) => f.id)).toContain("thu-ngan-sach");
    expect(finance.facts.every((f) => f.sectionId === "tai-chinh-cong")).toBe(true);
    for (const path of ["/api/facts?report=tth-cchc-2019", "/api/facts?year=2023", "/api/facts?year=2025&q=bien%20che", "/api/facts?report=tth-cchc-2024&year=1999"]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(await res.json(), path).toEqual({ count: 0, facts: [] });
    }
  });

  it("matches words with or without diacritics, best match first", async () => {
    for (const q of ["thu ngân sách", "thu ngan sach"]) {
      const { facts } = (await (await get(`/api/facts?q=${encodeURIComponent(q)}`)).json()) as { facts: Fact[] };
      expect(facts[0]!.id, q).toBe("thu-ngan-sach");
    }
    const both = (await (await get("/api/facts?section=to-chuc-bo-may&q=bien%20che")).json()) as { facts: Fact[] };
    expect(both.facts.length).toBeGreaterThan(0);
    expect(both.facts.every((f) => f.sectionId === "to-chuc-bo-may")).toBe(true);
    const none = (await (await get("/api/facts?q=Nam%20Dinh%20bong%20da")).json()) as { count: number };
    expect(none.count).toBe(0);
  });
});

describe("GET /api/facts/{id}", () => {
  it("returns one fact in the chosen language", async () => {
    const fact = (await (await get("/api/facts/thu-ngan-sach-so-du-toan?lang=en")).json()) as Fact;
    expect(fact).toMatchObject({ id: "thu-ngan-sach-so-du-toan", value: 94.5, figure: "94.5%" });
    expect(fact.citation.quote).toContain("94,5%");
  });

  it("answers an unknown id with a JSON 404", async () => {
    const res = await get("/api/facts/khong-co");
    expect(res.status).toBe(404);
    const error = await errorOf(res);
    expect(error.code).toBe("not_found");
    expect(error.message).toContain("khong-co");
  });
});

describe("bad input is a clear 4xx, never a 500", () => {
  it.each([
    ["/api/reports?lang=fr", "lang"],
    ["/api/sections?lang=", "lang"],
    ["/api/facts?lang=vi&lang=en", "lang"],
    ["/api/facts?section=", "section"],
    ["/api/facts?section=khong-co", "section"],
    ["/api/facts?q=", "q"],
    ["/api/facts?report=", "report"],
    ["/api/facts?year=24", "year"],
    ["/api/facts?year=2024.0", "year"],
    ["/api/facts?year=năm%202024", "year"],
    ["/api/facts?year=", "year"],
    ["/api/facts?year=2023&year=2024", "year"],
    [`/api/facts?q=${"a".repeat(201)}`, "q"],
    [`/api/facts/${"x".repeat(101)}`, "id"],
    ["/api/facts/tthc-cong-bo?lang=xx", "lang"],
  ])("%s → 400 naming %s", async (path, field) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("invalid_request");
    expect(error.message).toContain(field);
  });

  it.each(["/api/facts/%E0%A4%A", "/api/facts/%00", "/api/facts/..%2F..%2Fetc", "/api/facts?q=%F0%9F%98%80%00", "/api/facts?section[]=x"])(
    "%s → a 4xx JSON error or a normal answer",
    async (path) => {
      const res = await get(path);
      expect(res.status).toBeLessThan(500);
      expect(res.headers.get("content-type")).toContain("application/json");
    },
  );

  it("refuses wrong methods with a JSON 405 naming the right ones, unknown routes with a JSON 404", async () => {
    for (const [method, path, allow] of [["DELETE", "/api/facts/tthc-cong-bo", "GET, HEAD"], ["GET", "/api/ask", "POST"], ["POST", "/api/facts", "GET, HEAD"]] as const) {
      const res = await SELF.fetch(`http://app${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get("allow")).toBe(allow);
      expect((await errorOf(res)).code).toBe("method_not_allowed");
    }
    const res = await SELF.fetch("http://app/api/nope");
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("not_found");
  });

  it.each([
    [{ question: "x", factId: "" }, "factId"],
    [{ question: "x", section: 7 }, "section"],
    [{ question: "", factId: "tthc-cong-bo" }, "question"],
    [{ question: "x", lang: "de" }, "lang"],
  ])("POST /chat/ask %j → 400 naming %s", async (body, field) => {
    const res = await SELF.fetch("http://app/chat/ask", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain(field);
  });

  it("POST /chat/ask with an unknown fact or section → 404", async () => {
    for (const body of [{ question: "x", factId: "khong-co" }, { question: "x", section: "khong-co" }]) {
      const res = await SELF.fetch("http://app/chat/ask", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      expect(res.status).toBe(404);
      expect((await errorOf(res)).code).toBe("not_found");
    }
  });
});
