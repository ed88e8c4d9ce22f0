// The chat page in a real browser against `npm start`, at desktop and phone width: a question typed
// and sent with the keyboard alone gets its figure highlighted and its citation expandable to the
// report's sentence; an out-of-scope question offers suggestions, one click answers one; topic chips
// and the English switch work. The question box stays on screen after each answer, with the newest
// answer just above it. A follow-up ("còn cấp huyện?") continues the previous answer through its
// context, kept in the page; "Câu hỏi mới" forgets it. A sum in millions also shows in billions.
// Screenshots of each state go to test-results/web/.
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
    // The exact sum first, then in billions.
    const revenue = answer.locator("p.sentence", { hasText: "11.145.304 triệu đồng" });
    expect(await revenue.innerText()).toContain("11.145.304 triệu đồng (≈ 11.145 tỷ đồng) — ");
    // Only the two sums in millions (revenue and spending) get one; shares and counts do not.
    expect(await answer.locator(".approx").allInnerTexts()).toEqual([" (≈ 11.145 tỷ đồng)", " (≈ 11.388 tỷ đồng)"]);
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
    await page.getByLabel("Your question").fill("How much state budget revenue was collected?");
    await page.keyboard.press("Enter");
    await page.locator(".log > li.msg.bot").nth(1).waitFor();
    expect(await page.locator(`${lastBot} p.sentence`).first().innerText()).toContain("11,145,304 million VND (≈ 11,145 billion VND)");
    // A question that fits two figures says so before giving both.
    await page.getByLabel("Your question").fill("How many civil servant positions does the province have?");
    await page.keyboard.press("Enter");
    await page.locator(".log > li.msg.bot").nth(2).waitFor();
    expect(await page.locator(`${lastBot} p.lead`).innerText()).toBe("The question fits two different figures in the report:");
    expect(await page.locator(`${lastBot} strong.figure`).count()).toBe(2);
    await shoot(page, "chat-english", viewport);
    await page.close();
  });
});

/** The bodies the page POSTs to /chat/ask, in order. */
function askBodies(page: Page): { question: string; context?: string }[] {
  const bodies: { question: string; context?: string }[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().endsWith("/chat/ask")) bodies.push(r.postDataJSON());
  });
  return bodies;
}

/** Asks in the question box (keyboard only) and waits for the n-th answer; its highlighted figures. */
async function askAndRead(page: Page, question: string, n: number): Promise<string[]> {
  await page.focus("#chat-q");
  await page.keyboard.type(question);
  await page.keyboard.press("Enter");
  const answer = page.locator(".log > li.msg.bot").nth(n);
  await answer.waitFor();
  return answer.locator("strong.figure").allInnerTexts();
}

describe.each(["desktop", "phone"] as ViewportName[])("a follow-up conversation (%s)", (viewport) => {
  it("continues the previous answer through its context, and reads a question alone after “Câu hỏi mới”", async () => {
    const page = await browser.page(viewport);
    const sent = askBodies(page);
    await page.goto(`${app.url}/`);
    const fresh = page.getByRole("button", { name: "Câu hỏi mới" });
    expect(await fresh.isVisible()).toBe(false);

    expect(await askAndRead(page, "hdnd ubnd tinh ban hanh bn van ban qppl", 0)).toEqual(["125 văn bản QPPL"]);
    expect(await fresh.isVisible()).toBe(true);
    expect(await askAndRead(page, "con cap huyen", 1)).toEqual(["23 văn bản QPPL"]);
    expect(await askAndRead(page, "cap xa thi sao", 2)).toEqual(["69 văn bản QPPL"]);
    expect(sent.map((b) => b.question)).toEqual(["hdnd ubnd tinh ban hanh bn van ban qppl", "con cap huyen", "cap xa thi sao"]);
    expect(sent[0]!.context).toBeUndefined();
    expect(typeof sent[1]!.context === "string" && sent[1]!.context.length > 0).toBe(true);
    expect(typeof sent[2]!.context === "string" && sent[2]!.context !== sent[1]!.context).toBe(true);
    await page.waitForFunction(() => !(globalThis as any).document.querySelector("[data-status]").textContent);
    await shoot(page, "chat-follow-up", viewport);

    // "Câu hỏi mới": the context is gone, and the next question is read alone.
    await fresh.focus();
    await page.keyboard.press("Enter");
    expect(await fresh.isVisible()).toBe(false);
    expect(await page.locator(".log > li.msg.note").last().innerText()).toContain("Câu hỏi mới");
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe("chat-q");
    // Alone, "còn cấp huyện?" continues nothing: the assistant declines it instead of giving 23.
    const alone = await askAndRead(page, "con cap huyen", 3);
    expect(sent[3]).toEqual({ question: "con cap huyen" });
    expect(alone).toEqual([]);
    expect(alone).toEqual(await standaloneFigures("con cap huyen"));
    await page.close();
  });
});

/** The highlighted figures of the server's answer to a question asked with no context. */
async function standaloneFigures(question: string): Promise<string[]> {
  const res = await fetch(`${app.url}/chat/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question }) });
  const answer = (await res.json()) as { highlights: { figure: string }[] };
  return answer.highlights.map((h) => h.figure).filter(Boolean);
}

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
