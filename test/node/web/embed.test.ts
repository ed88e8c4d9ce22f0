// The embed on other sites, in a real browser: a page served by another origin (a small node server
// on another loopback port, with its own strict CSP) includes `<script src=".../embed.js" defer>`;
// the bubble opens the same chat, which asks the app across origins. A site missing from
// ALLOWED_ORIGINS gets a clear message instead of an answer. A follow-up continues the previous
// answer (the context kept in the page), until "Câu hỏi mới". Desktop and phone width.
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, type RunningApp } from "../support/start-app.ts";
import { startWebApp } from "./support/app.ts";
import { launchBrowser, shoot, tabTo, type Browser, type ViewportName } from "./support/browser.ts";

let app: RunningApp;
let browser: Browser;
let allowedSite: { server: Server; url: string };
let otherSite: { server: Server; url: string };
const chatCalls: string[] = [];

/** A ward's website: its own content and CSP, plus the one-line embed. */
async function site(appUrl: () => string, lang: string): Promise<{ server: Server; url: string }> {
  const port = await freePort();
  const server = createServer((req, res) => {
    if (req.url !== "/") {
      res.writeHead(404).end();
      return;
    }
    const host = appUrl();
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": `default-src 'none'; script-src ${host}; style-src ${host}; connect-src ${host}; img-src 'self'`,
    });
    res.end(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Phường Phú Hội</title></head>
<body><h1>UBND phường Phú Hội</h1><p>Trang thông tin điện tử của phường.</p><p><a href="#">Thủ tục hành chính</a></p>
<script src="${host}/embed.js" defer></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${port}` };
}

beforeAll(async () => {
  let appUrl = "";
  [allowedSite, otherSite] = await Promise.all([site(() => appUrl, "vi"), site(() => appUrl, "vi")]);
  [app, browser] = await Promise.all([startWebApp({ ALLOWED_ORIGINS: allowedSite.url }), launchBrowser()]);
  appUrl = app.url;
  browser.context.on("request", (r) => {
    if (r.url().startsWith(`${app.url}/chat/`)) chatCalls.push(`${r.method()} ${r.url().slice(app.url.length)} from ${r.headers().origin ?? "-"}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  for (const s of [allowedSite, otherSite]) await new Promise((r) => s?.server.close(r));
});

describe.each(["desktop", "phone"] as ViewportName[])("the embed (%s)", (viewport) => {
  it("adds a bubble that opens the chat and answers across origins", async () => {
    const page = await browser.page(viewport);
    await page.goto(`${allowedSite.url}/`);
    const bubble = page.getByRole("button", { name: "Hỏi đáp số liệu CCHC" });
    await bubble.waitFor();
    expect(await bubble.getAttribute("aria-expanded")).toBe("false");
    await shoot(page, "embed-closed", viewport);

    await tabTo(page, "button.bubble");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Trợ lý số liệu CCHC 2024" });
    await dialog.waitFor();
    expect(await bubble.getAttribute("aria-expanded")).toBe("true");
    await dialog.getByRole("button", { name: "Cải cách thể chế" }).waitFor();
    await page.keyboard.type("Thu ngân sách nhà nước đạt bao nhiêu so với dự toán?");
    await page.keyboard.press("Enter");
    const answer = dialog.locator("li.msg.bot.answered").last();
    await answer.waitFor();
    expect(await answer.locator("strong.figure").first().innerText()).toBe("94,5%");
    await answer.locator("details.cite summary").first().click();
    expect(await answer.locator("blockquote").first().innerText()).toContain("bằng 94,5% so với dự toán");
    await shoot(page, "embed-answer", viewport);

    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await bubble.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.shadowRoot?.activeElement?.className)).toBe("bubble");
    expect(chatCalls).toContain(`POST /chat/ask from ${allowedSite.url}`);
    await page.close();
  });
});

describe.each(["desktop", "phone"] as ViewportName[])("a follow-up in the embed (%s)", (viewport) => {
  it("continues the previous answer, and “Câu hỏi mới” forgets it", async () => {
    const page = await browser.page(viewport);
    const sent: { question: string; context?: string }[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url() === `${app.url}/chat/ask`) sent.push(r.postDataJSON());
    });
    await page.goto(`${allowedSite.url}/`);
    await page.getByRole("button", { name: "Hỏi đáp số liệu CCHC" }).click();
    const dialog = page.getByRole("dialog", { name: "Trợ lý số liệu CCHC 2024" });
    const box = dialog.getByLabel("Câu hỏi của bạn");
    const fresh = dialog.getByRole("button", { name: "Câu hỏi mới" });
    const ask = async (question: string, n: number) => {
      await box.fill(question);
      await box.press("Enter");
      const answer = dialog.locator("li.msg.bot").nth(n);
      await answer.waitFor();
      return answer.locator("strong.figure").allInnerTexts();
    };
    expect(await fresh.isVisible()).toBe(false);
    expect(await ask("hdnd ubnd tinh ban hanh bn van ban qppl", 0)).toEqual(["125 văn bản QPPL"]);
    expect(await ask("con cap huyen", 1)).toEqual(["23 văn bản QPPL"]);
    expect(sent[1]!.context).toBeTruthy();
    await shoot(page, "embed-follow-up", viewport);

    await fresh.click();
    expect(await fresh.isVisible()).toBe(false);
    expect(await ask("con cap huyen", 2)).not.toContain("23 văn bản QPPL");
    expect(sent[2]).toEqual({ question: "con cap huyen" });
    await page.close();
  });
});

describe("a site not in ALLOWED_ORIGINS", () => {
  it("shows the bubble but gets no answer, with a message saying so", async () => {
    const page = await browser.page("desktop");
    const errorsBefore = browser.errors.length;
    await page.goto(`${otherSite.url}/`);
    await page.getByRole("button", { name: "Hỏi đáp số liệu CCHC" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Câu hỏi của bạn").fill("thu ngân sách");
    await dialog.getByLabel("Câu hỏi của bạn").press("Enter");
    const failure = dialog.locator("li.msg.bot.error");
    await failure.waitFor();
    expect(await failure.innerText()).toContain("Không kết nối được");
    expect(await dialog.locator("li.msg.bot.answered").count()).toBe(0);
    await shoot(page, "embed-refused", "desktop");
    // The browser reports the CORS refusal on the console: that is the expected outcome here.
    browser.errors.splice(errorsBefore);
    await page.close();
  });
});

describe("offline and strict", () => {
  it("requested nothing outside this machine and logged no other error", () => {
    expect(browser.foreign).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
