// The explore view in a real browser against `npm start`, at desktop and phone width: every section
// with its figures, the six charts drawn (visible, labelled with their figures in text, each with
// its citation), and a chart's citation opens to the report's sentence.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

describe("the interactive API docs", () => {
  it("list every operation of /openapi.json and send a request from the page", async () => {
    const page = await browser.page("desktop");
    await page.goto(`${app.url}/docs`);
    const ask = page.locator("section.docs-op#op-post-api-ask");
    await ask.waitFor();
    expect(await page.locator("section.docs-op").count()).toBe(7);
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
