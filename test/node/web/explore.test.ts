// The explore view in a real browser against `npm start`, at desktop and phone width: every section
// with its figures, the six charts drawn (visible, labelled with their figures in text, each with
// its citation), and a chart's citation opens to the report's sentence. The search bar filters
// the figures as you type, with or without diacritics; the contents lead to each section.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fold } from "../../../src/core/normalize.ts";
import type { RunningApp } from "../support/start-app.ts";
import { startWebApp } from "./support/app.ts";
import { launchBrowser, shoot, tabTo, type Browser, type ViewportName } from "./support/browser.ts";

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startWebApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const CHARTS: Record<string, string[]> = {
  "nhiem-vu": ["31/34 nhiệm vụ"],
  "chi-phi-tuan-thu": ["giảm 42%"],
  "bien-che": ["1.951 biên chế công chức", "1.895 biên chế công chức"],
  "nguoi-lam-viec": ["22.531 người làm việc", "22.056 người"],
  "thu-ngan-sach": ["94,5%", "120,9%"],
  "chi-ngan-sach": ["75%"],
};

describe.each(["desktop", "phone"] as ViewportName[])("the explore view (%s)", (viewport) => {
  it("shows each chart drawn, labelled with its figures and cited", async () => {
    const page = await browser.page(viewport);
    await page.goto(`${app.url}/`);
    await page.getByRole("link", { name: "Số liệu" }).click();
    await page.waitForURL(/\/explore$/);
    expect(await page.locator("h1").innerText()).toContain("Số liệu cải cách hành chính");
    expect(await page.locator("figure.chart").count()).toBe(Object.keys(CHARTS).length);

    for (const [id, figures] of Object.entries(CHARTS)) {
      const chart = page.locator(`figure[data-chart="${id}"]`);
      await chart.scrollIntoViewIfNeeded();
      const svg = chart.locator("svg[role=img]");
      const box = await svg.boundingBox();
      expect(box && box.width > 150 && box.height > 30, `${id} is drawn`).toBe(true);
      expect(box!.width).toBeLessThanOrEqual((await page.viewportSize())!.width);
      const caption = await chart.locator("figcaption").innerText();
      const name = (await svg.getAttribute("aria-label"))!;
      for (const figure of figures) {
        expect(caption, `${id} caption`).toContain(figure);
        expect(name, `${id} accessible name`).toContain(figure);
      }
      expect(await chart.locator("rect.fill").count()).toBeGreaterThan(0);
      expect(await chart.locator("details.cite summary").innerText()).toBe("Nguồn");
    }

    const finance = page.locator('figure[data-chart="thu-ngan-sach"]');
    await finance.scrollIntoViewIfNeeded();
    await shoot(page, "explore-chart", viewport);
    // Keyboard only: the contents link to the section, then Tab to the chart's citation.
    await page.keyboard.press("Home");
    await tabTo(page, 'a[href="#tai-chinh-cong"]');
    await page.keyboard.press("Enter");
    await page.waitForURL(/#tai-chinh-cong$/);
    await tabTo(page, 'figure[data-chart="thu-ngan-sach"] details.cite summary', 3);
    await page.keyboard.press("Enter");
    const quote = finance.locator("blockquote");
    await quote.waitFor({ state: "visible" });
    expect(await quote.innerText()).toContain("bằng 94,5% so với dự toán và đạt 120,9% so với cùng kỳ năm trước");
    await shoot(page, "explore-citation", viewport);
    await page.close();
  });

  it("lists each section's figures, and the same in English", async () => {
    const page = await browser.page(viewport);
    await page.goto(`${app.url}/explore`);
    expect(await page.locator("section.area").count()).toBe(8);
    expect(await page.locator("#fact-bien-che-hien-co strong.figure").innerText()).toBe("1.895 biên chế công chức");
    await page.getByRole("link", { name: "Cải cách tổ chức bộ máy" }).click();
    await page.waitForURL(/#to-chuc-bo-may$/);
    await shoot(page, "explore-section", viewport);

    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL(/\/explore\?lang=en$/);
    expect(await page.locator('figure[data-chart="nhiem-vu"] figcaption').innerText()).toContain("31 of 34 tasks");
    expect(await page.locator('figure[data-chart="thu-ngan-sach"] figcaption').innerText()).toContain("94.5%");
    await shoot(page, "explore-english", viewport);
    await page.close();
  });
});

/** The ids of the figures (li.fact) shown, and the sections shown. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const doc = (globalThis as any).document;
    const ids = (sel: string) => [...doc.querySelectorAll(sel)].filter((e: any) => e.offsetParent !== null).map((e: any) => e.id);
    return { facts: ids("li.fact"), areas: ids("section.area") };
  });

/** What a figure says (label, figure, scope, quote), folded as the search folds it. */
const folded = async (page: Page, id: string) => fold((await page.locator(`#${id}`).textContent())!).toLowerCase();

describe.each(["desktop", "phone"] as ViewportName[])("finding a figure on the explore view (%s)", (viewport) => {
  it("filters the figures as you type, without diacritics, and keeps the search in the URL", async () => {
    const page = await browser.page(viewport);
    await page.goto(`${app.url}/explore`);
    const all = await shown(page);
    expect(all.areas.length).toBe(8);
    const search = page.getByRole("searchbox", { name: "Tìm số liệu" });
    await search.click();
    await page.keyboard.type("bien che");
    const status = page.locator("#explore-found");
    await page.waitForFunction(() => /khớp/.test((globalThis as any).document.querySelector("#explore-found").textContent));
    const hits = await shown(page);
    expect(hits.facts).toContain("fact-bien-che-hien-co");
    expect(hits.facts).toContain("fact-bien-che-giao");
    expect(hits.facts).not.toContain("fact-tthc-cong-bo");
    expect(hits.facts.length).toBeLessThan(all.facts.length / 4);
    for (const id of hits.facts) expect(await folded(page, id), id).toMatch(/\bbien\b.*\bche|\bche.*\bbien\b/s);
    expect(await status.innerText()).toBe(`Có ${hits.facts.length} mục khớp với “bien che”.`);
    expect(hits.areas).toEqual(["to-chuc-bo-may"]);
    // The contents keep only the sections with a match, with their count.
    expect(await page.locator("nav.toc li:visible").allInnerTexts()).toEqual([`Cải cách tổ chức bộ máy (${hits.facts.length})`]);
    expect(new URL(page.url()).searchParams.get("q")).toBe("bien che");
    await shoot(page, "explore-search-top", viewport);
    // The search bar stays at the top while the results scroll under it.
    await page.locator("#fact-bien-che-hien-co").scrollIntoViewIfNeeded();
    const bar = (await page.locator("form.finder").boundingBox())!;
    expect(bar.y).toBeGreaterThanOrEqual(-1);
    expect(bar.y).toBeLessThan(2);
    await shoot(page, "explore-search", viewport);

    // With diacritics, and a figure written as in the report: the same figures.
    await search.fill("biên chế");
    await page.waitForFunction(() => new URL((globalThis as any).location.href).searchParams.get("q") === "biên chế");
    expect((await shown(page)).facts).toEqual(hits.facts);
    await search.fill("1895");
    await page.waitForFunction(() => new URL((globalThis as any).location.href).searchParams.get("q") === "1895");
    expect((await shown(page)).facts).toContain("fact-bien-che-hien-co");

    await search.fill("xyzw");
    await page.waitForFunction(() => /Không có mục nào/.test((globalThis as any).document.querySelector("#explore-found").textContent));
    expect((await shown(page)).areas).toEqual([]);
    await shoot(page, "explore-search-none", viewport);

    await search.fill("");
    await page.waitForFunction(() => !new URL((globalThis as any).location.href).searchParams.has("q"));
    expect(await shown(page)).toEqual(all);
    expect(await status.innerText()).toBe("");
    await page.close();
  });

  it("opens a searched link as it was left (filtered by the server alike), and leads from the contents to a section below the search bar", async () => {
    const page = await browser.page(viewport);
    await page.goto(`${app.url}/explore?q=ng%C3%A2n%20s%C3%A1ch`);
    const fromServer = await shown(page);
    expect(fromServer.areas).toContain("tai-chinh-cong");
    expect(fromServer.areas.length).toBeLessThan(8);
    expect(await page.getByRole("searchbox").inputValue()).toBe("ngân sách");
    expect(await page.locator("#explore-found").innerText()).toBe(`Có ${fromServer.facts.length} mục khớp với “ngân sách”.`);

    await page.goto(`${app.url}/explore`);
    await page.getByRole("searchbox").click();
    await page.keyboard.type("ngan sach");
    await page.waitForFunction(() => /khớp/.test((globalThis as any).document.querySelector("#explore-found").textContent));
    expect(await shown(page), "typed without diacritics, the script finds what the server found").toEqual(fromServer);

    await page.goto(`${app.url}/explore`);
    await page.getByRole("navigation", { name: "Mục lục" }).getByRole("link", { name: "Cải cách chế độ công vụ" }).click();
    await page.waitForURL(/#che-do-cong-vu$/);
    const heading = (await page.locator("#che-do-cong-vu-h").boundingBox())!;
    const bar = (await page.locator("form.finder").boundingBox())!;
    expect(heading.y, "the section's heading is not under the search bar").toBeGreaterThanOrEqual(bar.y + bar.height);
    expect(heading.y).toBeLessThan(page.viewportSize()!.height / 2);
    // And back to the contents from the bar.
    await page.getByRole("link", { name: "Mục lục ↑" }).click();
    await page.waitForURL(/#toc-h$/);
    const contents = (await page.locator("#toc-h").boundingBox())!;
    const barNow = (await page.locator("form.finder").boundingBox())!;
    expect(contents.y, "the contents' heading is not under the search bar").toBeGreaterThanOrEqual(barNow.y + barNow.height);
    expect(contents.y).toBeLessThan(page.viewportSize()!.height / 2);
    await shoot(page, "explore-contents", viewport);
    await page.close();
  });
});

describe("the interactive API docs", () => {
  it("list every operation of /openapi.json and send a request from the page", async () => {
    const page = await browser.page("desktop");
    await page.goto(`${app.url}/docs`);
    const ask = page.locator("section.docs-op#op-post-api-ask");
    await ask.waitFor();
    expect(await page.locator("section.docs-op").count()).toBe(10);
    expect(await ask.locator("textarea").inputValue()).toContain('"question"');
    await ask.getByRole("button", { name: /POST \/api\/ask/ }).click();
    const out = ask.locator("pre.docs-out").first();
    await page.waitForFunction((el) => (el as { textContent: string }).textContent.includes("HTTP 200"), await out.elementHandle());
    expect(await out.innerText()).toContain('"answered": true');

    const fact = page.locator("section.docs-op#op-get-api-facts-id-");
    await fact.getByLabel(/^id \(path/).fill("khong-co");
    await fact.getByRole("button", { name: /GET \/api\/facts\/\{id\}/ }).click();
    const notFound = fact.locator("pre.docs-out").first();
    await page.waitForFunction((el) => (el as { textContent: string }).textContent.includes("HTTP 404"), await notFound.elementHandle());
    expect(await notFound.innerText()).toContain('"not_found"');
    // Chromium logs the 404 it was asked to fetch; that one is expected.
    const i = browser.errors.findIndex((e) => e.includes("404"));
    if (i >= 0) browser.errors.splice(i, 1);
    await shoot(page, "docs", "desktop");
    await page.close();
  });
});

describe("offline and strict", () => {
  it("requested nothing outside this machine and logged no error (no CSP violation)", () => {
    expect(browser.foreign).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
