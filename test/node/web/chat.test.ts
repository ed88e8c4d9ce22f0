// The chat page in a real browser against `npm start`, at desktop and phone width: a question typed
// and sent with the keyboard alone gets its figure highlighted and its citation expandable to the
// report's sentence; an out-of-scope question offers suggestions, one click answers one; topic chips
// and the English switch work. The question box stays on screen after each answer, with the newest
// answer just above it. Screenshots of each state go to test-results/web/.
import type { Page } from "playwright-core";
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

const lastBot = ".log > li.msg.bot:last-child";

describe.each(["desktop", "phone"] as ViewportName[])("the chat page (%s)", (viewport) => {
  it("answers a question asked with the keyboard only: the figure highlighted, the citation expandable", async () => {
    const page = await browser.page(viewport);
    await page.goto(`${app.url}/`);
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    await shoot(page, "chat-start", viewport);

    await tabTo(page, "#chat-q");
    await page.keyboard.type("bn tthc dc cong bo");
    await page.keyboard.press("Enter");
    const answer = page.locator(`${lastBot}.answered`);
    await answer.waitFor();
    expect(await page.locator(".log > li.msg.user").last().innerText()).toContain("bn tthc dc cong bo");
    expect(await answer.locator("strong.figure").first().innerText()).toBe("1.117 thủ tục hành chính");
    expect(await answer.locator("p.sentence").first().innerText()).toContain("Số TTHC được UBND tỉnh công bố");

    const quote = answer.locator("details.cite blockquote").first();
    expect(await quote.isVisible()).toBe(false);
    expect(await answer.locator("details.cite summary").first().innerText()).toContain("627/BC-UBND");
    await tabTo(page, `${lastBot} details.cite summary`);
    await page.keyboard.press("Enter");
    await quote.waitFor({ state: "visible" });
    expect(await quote.innerText()).toContain("UBND tỉnh đã công bố 1,117 TTHC và bãi bỏ 176 TTHC");
    await shoot(page, "chat-answer", viewport);
    await page.close();
  });

  it("offers suggestions for an out-of-scope question; choosing one answers it", async () => {
    const page = await browser.page(viewport);
    await page.goto(`${app.url}/`);
    await page.fill("#chat-q", "Đà Nẵng công bố bao nhiêu thủ tục hành chính năm 2024?");
    await page.click("button[type=submit]");
    const refusal = page.locator(`${lastBot}.abstained`);
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain("chưa có số liệu về Đà Nẵng");
    const chips = refusal.locator("button.chip");
    expect(await chips.count()).toBe(3);
    const suggestion = await chips.nth(1).innerText();
    expect(suggestion).toContain("bãi bỏ");
    await shoot(page, "chat-suggestions", viewport);

    await chips.nth(1).focus();
    await page.keyboard.press("Enter");
    const answer = page.locator(`${lastBot}.answered`);
    await answer.waitFor();
    expect(await page.locator(".log > li.msg.user").last().innerText()).toContain(suggestion);
    expect(await answer.locator("strong.figure").first().innerText()).toBe("176 thủ tục hành chính");
    expect(await answer.locator("details.cite summary").first().innerText()).toContain("Cải cách thủ tục hành chính");
    await shoot(page, "chat-suggestion-answered", viewport);
    await page.close();
  });

  it("lists a section's figures from its topic chip", async () => {
    const page = await browser.page(viewport);
    await page.goto(`${app.url}/`);
    await page.getByRole("button", { name: "Cải cách tài chính công" }).click();
    const answer = page.locator(`${lastBot}.answered`);
    await answer.waitFor();
    const figures = await answer.locator("strong.figure").allInnerTexts();
    expect(figures).toEqual(expect.arrayContaining(["11.145.304 triệu đồng", "94,5%", "120,9%", "75%"]));
    await shoot(page, "chat-topic", viewport);
    await page.close();
  });

  it("switches to English and answers in English", async () => {
    const page = await browser.page(viewport);
    await page.goto(`${app.url}/`);
    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL(/\?lang=en$/);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.getByLabel("Your question").count()).toBe(1);
    await page.getByLabel("Your question").fill("How many procedures were abolished?");
    await page.keyboard.press("Enter");
    const answer = page.locator(`${lastBot}.answered`);
    await answer.waitFor();
    expect(await answer.locator("strong.figure").first().innerText()).toBe("176 administrative procedures");
    expect(await answer.locator("details.cite summary").first().innerText()).toMatch(/^Source: Report No\. 627\/BC-UBND/);
    await shoot(page, "chat-english", viewport);
    await page.close();
  });
});

/** Where an element is drawn, in viewport pixels. */
async function box(page: Page, selector: string) {
  const b = await page.locator(selector).boundingBox();
  if (!b) throw new Error(`${selector} is not drawn`);
  return { top: b.y, bottom: b.y + b.height, height: b.height };
}

describe.each(["desktop", "phone"] as ViewportName[])("the question box after answers (%s)", (viewport) => {
  it("stays on screen through three answers, each answer brought up just above it", async () => {
    const page = await browser.page(viewport);
    const screen = page.viewportSize()!.height;
    await page.goto(`${app.url}/`);
    await page.focus("#chat-q");
    const questions = ["bn tthc dc cong bo", "UBND tỉnh công bố và bãi bỏ bao nhiêu thủ tục hành chính?", "thu ngân sách nhà nước đạt bao nhiêu so với dự toán?"];
    for (const [i, question] of questions.entries()) {
      // Typed into the focused box: no Playwright action that would scroll the page for us.
      await page.keyboard.type(question);
      await page.keyboard.press("Enter");
      await page.locator(".log > li.msg.bot").nth(i).waitFor();
      await page.waitForFunction(() => !(globalThis as any).document.querySelector("[data-status]").textContent);
      const input = await box(page, "#chat-q");
      const form = await box(page, "form.ask");
      const answer = await box(page, ".log > li.msg.bot:last-child");
      expect(input.top, `question ${i + 1}: the box's top is on screen`).toBeGreaterThanOrEqual(0);
      expect(input.bottom, `question ${i + 1}: the box's bottom is on screen`).toBeLessThanOrEqual(screen);
      expect(answer.top, `answer ${i + 1} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(answer.top, `answer ${i + 1} starts above the box`).toBeLessThan(form.top);
      if (answer.height < form.top - 16) expect(answer.bottom, `answer ${i + 1} ends above the box`).toBeLessThanOrEqual(form.top);
    }
    expect(await page.locator(".log > li.msg.bot").count()).toBe(3);
    expect(await page.evaluate(() => (globalThis as any).scrollY)).toBeGreaterThan(0);
    await shoot(page, "chat-three-answers", viewport);
    await page.close();
  });
});

describe("offline and strict", () => {
  it("requested nothing outside this machine and logged no error (no CSP violation)", () => {
    expect(browser.foreign).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
