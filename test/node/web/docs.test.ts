// /docs in a real browser against `npm start`, at desktop and phone width: the Vietnamese page
// describes each operation in Vietnamese (the English page in English), and its code boxes draw
// Vietnamese with a monospace face that has the letters with two marks (ế, ố): Chromium's own
// report of the fonts it used (DevTools CSS.getPlatformFontsForNode) must not name DejaVu Sans
// Mono, Debian's default monospace, which draws "Huế" as "Huê´".
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../support/start-app.ts";
import { startWebApp } from "./support/app.ts";
import { launchBrowser, shoot, SHOTS, type Browser, type ViewportName } from "./support/browser.ts";

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startWebApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The font families Chromium drew the element's text with. */
async function fontsOf(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    return fonts.map((f) => f.familyName);
  } finally {
    await cdp.detach();
  }
}

/** The faces of the stylesheet's --mono stack (a monospace first, whole Vietnamese letters after). */
const MONO_STACK = ["Noto Sans Mono", "Liberation Mono", "SF Mono", "Consolas", "Courier New", "DejaVu Sans", "Noto Sans"];

describe.each(["desktop", "phone"] as ViewportName[])("the API docs (%s)", (viewport) => {
  it("describe the operations in Vietnamese on the Vietnamese page, and draw Vietnamese right in the code boxes", async () => {
    const page = await browser.page(viewport);
    await page.goto(`${app.url}/docs`);
    const ask = page.locator("section.docs-op#op-post-api-ask");
    await ask.waitFor();
    expect(await ask.innerText()).toContain("Đặt một câu hỏi về các báo cáo");
    expect(await ask.innerText()).toContain("trích dẫn nguyên văn");
    const text = await page.locator("[data-docs]").innerText();
    for (const english of ["Ask a question about the reports", "One fact by id", "Language of titles", "Filter by"]) expect(text).not.toContain(english);
    const facts = page.locator("section.docs-op#op-get-api-facts");
    expect(await facts.innerText()).toContain("Lọc theo report");
    expect(await facts.innerText()).toContain("năm không có báo cáo nào: trả về 200 với danh sách rỗng");
    expect(await facts.locator("code").allInnerTexts()).toEqual(expect.arrayContaining(["report", "year", "section", "q"]));
    expect(await facts.getByText("Từ khóa cần tìm, có dấu hoặc không dấu.").count()).toBe(1);
    expect(await facts.getByText("Năm (4 chữ số, ví dụ 2024): số liệu của báo cáo đề cập năm đó.").count()).toBe(1);

    await ask.getByRole("button", { name: /POST \/api\/ask/ }).click();
    const out = ask.locator("pre.docs-out").first();
    await page.waitForFunction((el) => (el as { textContent: string }).textContent.includes("HTTP 200"), await out.elementHandle());
    expect(await out.innerText()).toContain("Thừa Thiên Huế");
    for (const selector of ["#op-post-api-ask pre.docs-out", "#op-post-api-ask textarea", "#op-post-api-ask h2"]) {
      const fonts = await fontsOf(page, selector);
      expect(fonts, selector).not.toContain("DejaVu Sans Mono");
      expect(fonts.filter((f) => !MONO_STACK.includes(f)), `${selector}: ${fonts.join(", ")}`).toEqual([]);
    }
    await out.scrollIntoViewIfNeeded();
    await shoot(page, "docs-vi", viewport);
    await out.screenshot({ path: join(SHOTS, `docs-vi-code-${viewport}.png`) });
    await page.close();
  });

  it("stay English on the English page", async () => {
    const page = await browser.page(viewport);
    await page.goto(`${app.url}/docs?lang=en`);
    const ask = page.locator("section.docs-op#op-post-api-ask");
    await ask.waitFor();
    expect(await ask.innerText()).toContain("Ask a question about the reports");
    expect(await page.locator("[data-docs]").innerText()).not.toContain("Đặt một câu hỏi");
    await page.close();
  });
});

describe("offline and strict", () => {
  it("requested nothing outside this machine and logged no error (no CSP violation)", () => {
    expect(browser.foreign).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
