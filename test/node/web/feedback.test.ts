// 👍/👎 on the chat page and in the embed, in a real browser against `npm start`: an answer with
// figures gets "Đúng" / "Sai" (English on ?lang=en), reachable and pressed with the keyboard; a
// click stores the vote in the app's D1 (read with wrangler, as an operator would) with the
// answer's fact ids and an HMAC of the answer's id, nothing about the person; a second click
// replaces the vote. Without HANDOFF_TELEGRAM_CHAT_ID a declined question offers no handoff.
import type { Server } from "node:http";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashId } from "../../../src/log.ts";
import type { RunningApp } from "../support/start-app.ts";
import { startWebApp } from "./support/app.ts";
import { wardSite } from "./support/ward-site.ts";
import { launchBrowser, shoot, tabTo, type Browser, type ViewportName } from "./support/browser.ts";
import { d1 } from "../support/d1.ts";

const LOG_SALT = "web-feedback-test-salt-31";
let app: RunningApp;
let browser: Browser;
let site: { server: Server; url: string };

interface FeedbackRow {
  question_ref: string;
  channel: string;
  question_key: string;
  fact_ids: string;
  op: string | null;
  lang: string;
  vote: string | null;
  created_at: number;
  voted_at: number | null;
}


beforeAll(async () => {
  let appUrl = "";
  site = await wardSite(() => appUrl);
  [app, browser] = await Promise.all([startWebApp({ LOG_SALT, ALLOWED_ORIGINS: site.url }), launchBrowser()]);
  appUrl = app.url;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await new Promise((r) => site?.server.close(r));
});

/** The feedback ids /chat/ask gave this page, and the bodies it POSTed to /chat/feedback, in order. */
function watch(page: Page) {
  const given: string[] = [];
  const votes: { ref: string; vote: string }[] = [];
  page.on("response", async (r) => {
    if (r.request().method() === "POST" && r.url() === `${app.url}/chat/ask` && r.ok()) given.push((await r.json()).feedback);
  });
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url() === `${app.url}/chat/feedback`) votes.push(r.postDataJSON());
  });
  return { given, votes };
}

/** The feedback row of the answer whose page id is `id`. */
async function rowOf(id: string): Promise<FeedbackRow | undefined> {
  const ref = await hashId(`q:web:${id}`, LOG_SALT);
  return (await d1<FeedbackRow>(app, `SELECT * FROM feedback WHERE question_ref = '${ref}'`))[0];
}

const lastBot = ".log > li.msg.bot:last-child";

describe.each(["desktop", "phone"] as ViewportName[])("feedback on the chat page (%s)", (viewport) => {
  it("rates an answer with the keyboard: 👎 is stored with its facts and nothing about the person, 👍 then replaces it", async () => {
    const page = await browser.page(viewport);
    const seen = watch(page);
    await page.goto(`${app.url}/`);
    await tabTo(page, "#chat-q");
    await page.keyboard.type("bn tthc dc cong bo");
    await page.keyboard.press("Enter");
    const answer = page.locator(`${lastBot}.answered`);
    await answer.waitFor();
    const group = answer.getByRole("group", { name: "Câu trả lời này đúng không?" });
    const up = group.getByRole("button", { name: "Đúng", exact: true });
    const down = group.getByRole("button", { name: "Sai", exact: true });
    expect(await up.getAttribute("aria-pressed")).toBe("false");
    expect(await down.getAttribute("aria-pressed")).toBe("false");
    expect(await down.innerText()).toBe("👎 Sai");

    await tabTo(page, `${lastBot} button.vote[data-vote=down]`);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (globalThis as any).document.querySelector(".log button.vote[data-vote=down]")?.getAttribute("aria-pressed") === "true");
    expect(await group.innerText()).toContain("Cảm ơn bạn đã góp ý!");
    expect(await up.getAttribute("aria-pressed")).toBe("false");
    await shoot(page, "feedback-down", viewport);

    const [id] = seen.given;
    expect(seen.votes).toEqual([{ ref: id, vote: "down" }]);
    const row = (await rowOf(id!))!;
    expect(row).toMatchObject({ channel: "web", question_key: "bn tthc dc cong bo", fact_ids: '["tthc-cong-bo"]', op: null, lang: "vi", vote: "down" });
    expect(row.voted_at).toBeGreaterThanOrEqual(row.created_at);
    // What the page holds is not what D1 keeps, and nothing ties the row to the browser.
    expect(row.question_ref).not.toBe(id);
    expect(JSON.stringify(row)).not.toMatch(/127\.0\.0\.1|Chrome|Mozilla/);
    expect(await browser.context.cookies(app.url)).toEqual([]);

    // A changed mind: the later vote replaces the first.
    await up.focus();
    await page.keyboard.press("Space");
    await page.waitForFunction(() => (globalThis as any).document.querySelector(".log button.vote[data-vote=up]")?.getAttribute("aria-pressed") === "true");
    expect(await down.getAttribute("aria-pressed")).toBe("false");
    expect((await rowOf(id!))!.vote).toBe("up");
    expect(seen.votes).toEqual([
      { ref: id, vote: "down" },
      { ref: id, vote: "up" },
    ]);
    await page.close();
  });
});

describe("feedback in English and on declined questions", () => {
  it("labels the buttons in English on ?lang=en, and rates a topic chip's answer too", async () => {
    const page = await browser.page("desktop");
    const seen = watch(page);
    await page.goto(`${app.url}/?lang=en`);
    await page.getByRole("button", { name: "Public finance reform" }).click();
    const answer = page.locator(`${lastBot}.answered`);
    await answer.waitFor();
    const group = answer.getByRole("group", { name: "Was this answer right?" });
    await group.getByRole("button", { name: "Wrong" }).click();
    await page.waitForFunction(() => (globalThis as any).document.querySelector(".log button.vote[data-vote=down]")?.getAttribute("aria-pressed") === "true");
    expect(await group.innerText()).toContain("Thank you for your feedback!");
    const row = (await rowOf(seen.given[0]!))!;
    expect(row.vote).toBe("down");
    expect(JSON.parse(row.fact_ids).length).toBeGreaterThan(1);
    await shoot(page, "feedback-english", "desktop");
    await page.close();
  });

  it("offers neither a vote nor a handoff on a declined question when HANDOFF_TELEGRAM_CHAT_ID is not set", async () => {
    const page = await browser.page("desktop");
    await page.goto(`${app.url}/`);
    await page.fill("#chat-q", "Giá vàng hôm nay bao nhiêu?");
    await page.keyboard.press("Enter");
    const declined = page.locator(`${lastBot}.abstained`);
    await declined.waitFor();
    expect(await declined.locator(".rate, .handoff").count()).toBe(0);
    expect(await declined.innerText()).not.toContain("cán bộ");
    await page.close();
  });
});

describe("feedback in the embed on another site", () => {
  it("rates an answer in the bubble across origins", async () => {
    const page = await browser.page("phone");
    const seen = watch(page);
    await page.goto(`${site.url}/`);
    await page.getByRole("button", { name: "Hỏi đáp số liệu CCHC" }).click();
    const dialog = page.getByRole("dialog", { name: "Trợ lý số liệu CCHC 2024" });
    const box = dialog.getByLabel("Câu hỏi của bạn");
    await box.fill("bãi bỏ bao nhiêu TTHC?");
    await box.press("Enter");
    const answer = dialog.locator("li.msg.bot.answered").last();
    await answer.waitFor();
    const down = answer.getByRole("button", { name: "Sai", exact: true });
    await down.click();
    await dialog.getByText("Cảm ơn bạn đã góp ý!").waitFor();
    expect(await down.getAttribute("aria-pressed")).toBe("true");
    expect((await rowOf(seen.given[0]!))!).toMatchObject({ channel: "web", vote: "down", fact_ids: '["tthc-bai-bo"]' });
    await shoot(page, "feedback-embed", "phone");
    await page.close();
  });
});

describe("offline and strict", () => {
  it("requested nothing outside this machine and logged no error (no CSP violation)", () => {
    expect(browser.foreign).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
