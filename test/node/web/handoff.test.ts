// Handing a question to an official from the web page, in a real browser against `npm start` with
// HANDOFF_TELEGRAM_CHAT_ID set and the Telegram bot pointed at the fake Bot API: a declined question
// offers "Gửi câu hỏi này cho cán bộ?"; yes → the officials' group gets the question with a case
// code and nothing that identifies the asker → an official replies to that post (a Telegram update
// to the webhook) → the page shows the reply, marked as an official's, at its next poll. The same
// in the embed on another site. At most 3 open cases per page; English on ?lang=en; "Không" drops
// the offer.
import type { Server } from "node:http";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeBotApi, type FakeBotApi } from "../../../scripts/fake-bot-api/telegram-server.ts";
import { postTelegram, SECRETS, TELEGRAM_BOT_INFO } from "../../../scripts/stack/stack.ts";
import type { RunningApp } from "../support/start-app.ts";
import { startWebApp } from "./support/app.ts";
import { wardSite } from "./support/ward-site.ts";
import { launchBrowser, shoot, tabTo, type Browser } from "./support/browser.ts";
import { d1, d1Dump } from "../support/d1.ts";

/** The officials' Telegram group. */
const OFFICIALS = -1001987654321;
const DECLINED = "Giá vàng hôm nay bao nhiêu?";
/** The page polls every 15 s at first: a reply shows within one poll (plus slack). */
const ONE_POLL_MS = 25_000;

let app: RunningApp;
let telegram: FakeBotApi;
let browser: Browser;
let site: { server: Server; url: string };
let nextUpdate = 880_000;


beforeAll(async () => {
  let appUrl = "";
  [telegram, site] = await Promise.all([startFakeBotApi(TELEGRAM_BOT_INFO), wardSite(() => appUrl)]);
  [app, browser] = await Promise.all([
    startWebApp({
      TELEGRAM_BOT_TOKEN: SECRETS.TELEGRAM_BOT_TOKEN,
      TELEGRAM_WEBHOOK_SECRET: SECRETS.TELEGRAM_WEBHOOK_SECRET,
      TELEGRAM_API_ROOT: telegram.url,
      TELEGRAM_BOT_INFO: JSON.stringify(TELEGRAM_BOT_INFO),
      LOG_SALT: SECRETS.LOG_SALT,
      HANDOFF_TELEGRAM_CHAT_ID: String(OFFICIALS),
      ALLOWED_ORIGINS: site.url,
    }),
    launchBrowser(),
  ]);
  appUrl = app.url;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await telegram?.stop();
  await new Promise((r) => site?.server.close(r));
});

/** The bot's posts to the officials' group (not its acknowledgements, which reply to an official). */
const posts = () => telegram.callsOf("sendMessage").filter((c) => c.body.chat_id === OFFICIALS && !c.body.reply_parameters);
const acks = () => telegram.callsOf("sendMessage").filter((c) => c.body.chat_id === OFFICIALS && c.body.reply_parameters);

/** An official's reply, in the officials' group, to the bot's post `postText`. */
function officialReply(postText: string, text: string) {
  const chat = { id: OFFICIALS, title: "Cán bộ CCHC – hỏi đáp", type: "supergroup" };
  const bot = { id: TELEGRAM_BOT_INFO.id, is_bot: true, first_name: TELEGRAM_BOT_INFO.first_name, username: TELEGRAM_BOT_INFO.username };
  return {
    update_id: nextUpdate++,
    message: {
      message_id: nextUpdate,
      from: { id: 6100200300, is_bot: false, first_name: "Hùng", language_code: "vi" },
      chat,
      date: 1735615000,
      reply_to_message: { message_id: 5001, from: bot, chat, date: 1735614900, text: postText },
      text,
    },
  };
}

/** The Authorization headers this page sent to /chat/handoff*, and the paths it polled. */
function watchHandoff(page: Page) {
  const auth = new Set<string>();
  const polls: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(`${app.url}/chat/handoff`) || r.method() === "OPTIONS") return;
    auth.add(r.headers().authorization ?? "(none)");
    if (r.method() === "GET") polls.push(r.url().slice(app.url.length));
  });
  return { auth, polls };
}

/** Asks `question` in the box `box` and waits for the declined answer, the newest of `log`. */
async function decline(page: Page, scope: Page | ReturnType<Page["getByRole"]>, question: string) {
  const box = scope.getByLabel(/Câu hỏi của bạn|Your question/);
  await box.fill(question);
  await box.press("Enter");
  const declined = scope.locator("li.msg.bot.abstained").last();
  await declined.waitFor();
  return declined;
}

const codeIn = (text: string) => /#([2-9A-HJKMNP-Z]{4})\b/.exec(text)?.[1];

describe("a declined question on the chat page", () => {
  it("goes to the officials with a case code and nothing about the asker, and their reply shows in the page", { timeout: 90_000 }, async () => {
    const page = await browser.page("desktop");
    const seen = watchHandoff(page);
    await page.goto(`${app.url}/`);
    const declined = await decline(page, page, DECLINED);
    const offer = declined.getByRole("group", { name: "Gửi câu hỏi này cho cán bộ?" });
    expect(await offer.getByRole("button").allInnerTexts()).toEqual(["Có, gửi", "Không"]);
    await shoot(page, "handoff-offer", "desktop");

    const before = posts().length;
    await tabTo(page, ".log li.msg.bot:last-child .handoff button.yes");
    await page.keyboard.press("Enter");
    const sent = declined.locator(".handoff-sent");
    await sent.waitFor();
    const code = codeIn(await sent.innerText())!;
    expect(await sent.innerText()).toBe(`Đã gửi. Mã hỏi đáp: #${code}`);
    // Back to the question box, so the conversation goes on with the keyboard.
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe("chat-q");

    // The officials read the question and the code, nothing that could identify the asker.
    expect(posts()).toHaveLength(before + 1);
    const post = String(posts().at(-1)!.body.text);
    expect(post).toBe(
      `#${code} · Câu hỏi của người dân (qua trang web), trợ lý chưa trả lời được:\n“${DECLINED}”\n\n` +
        "Trả lời (reply) tin nhắn này để gửi câu trả lời cho người hỏi. Mã hết hạn sau 7 ngày.",
    );
    const [auth] = [...seen.auth];
    expect(seen.auth.size).toBe(1);
    const token = /^Bearer ([A-Za-z0-9_-]{43})$/.exec(auth!)![1]!;
    expect(post).not.toContain(token);
    expect(await browser.context.cookies(app.url)).toEqual([]);
    const [row] = await d1<{ channel: string; reply_to: string | null; citizen_key: string; status: string }>(app, `SELECT channel, reply_to, citizen_key, status FROM handoffs WHERE code = '${code}'`);
    expect(row).toMatchObject({ channel: "web", reply_to: null, status: "open" });
    expect(row!.citizen_key).not.toContain(token);
    await shoot(page, "handoff-sent", "desktop");

    // An official replies to the post in the group; the page shows it at its next poll.
    const reply = "Giá vàng không thuộc báo cáo CCHC.\nBạn xem tại website của Ngân hàng Nhà nước.";
    expect((await postTelegram(app.url, officialReply(post, reply))).status).toBe(200);
    expect(String(acks().at(-1)!.body.text)).toContain(`#${code}`);
    const answer = page.locator(`.log li.msg.official[data-case="${code}"]`);
    await answer.waitFor({ timeout: ONE_POLL_MS });
    expect(await answer.locator(".official-head").innerText()).toBe(`Cán bộ trả lời câu hỏi #${code} của bạn:`);
    expect(await answer.locator(".official-q").innerText()).toBe(`“${DECLINED}”`);
    expect(await answer.locator(".official-text").innerText()).toBe(reply);
    expect(await declined.locator(".handoff").innerText()).toContain("Cán bộ đã trả lời (xem bên dưới).");
    expect(seen.polls.every((p) => p === `/chat/handoff/${code}`)).toBe(true);
    expect(seen.auth).toEqual(new Set([auth]));
    await shoot(page, "handoff-answered", "desktop");

    // The page's token is nowhere in D1 nor in the app's logs.
    expect((await d1Dump(app)).includes(token)).toBe(false);
    expect(app.output().includes(token)).toBe(false);
    await page.close();
  });

  it("allows 3 open cases per page and says so politely at the 4th; “Không” drops an offer", { timeout: 90_000 }, async () => {
    const page = await browser.page("phone");
    await page.goto(`${app.url}/`);
    for (let i = 1; i <= 3; i++) {
      const declined = await decline(page, page, `Giá vàng ngày ${i} bao nhiêu?`);
      await declined.getByRole("button", { name: "Có, gửi" }).click();
      await declined.locator(".handoff-sent").waitFor();
    }
    const dropped = await decline(page, page, "Giá bạc hôm nay bao nhiêu?");
    await dropped.getByRole("button", { name: "Không" }).click();
    expect(await dropped.locator(".handoff").count()).toBe(0);

    const before = posts().length;
    const fourth = await decline(page, page, "Giá xăng hôm nay bao nhiêu?");
    await fourth.getByRole("button", { name: "Có, gửi" }).click();
    const note = fourth.locator(".handoff-note");
    await note.filter({ hasText: "câu hỏi chờ" }).waitFor();
    expect(await note.innerText()).toBe("Bạn đang có 3 câu hỏi chờ cán bộ trả lời. Bạn vui lòng chờ câu trả lời trước khi gửi thêm.");
    expect(posts()).toHaveLength(before);
    await shoot(page, "handoff-limit", "phone");
    await page.close();
  });

  it("speaks English on ?lang=en", async () => {
    const page = await browser.page("desktop");
    await page.goto(`${app.url}/?lang=en`);
    const declined = await decline(page, page, "What is the price of gold today?");
    const offer = declined.getByRole("group", { name: "Send this question to an official?" });
    expect(await offer.getByRole("button").allInnerTexts()).toEqual(["Yes, send it", "No"]);
    await page.close();
  });
});

describe("a declined question in the embed on another site", () => {
  it("is sent from the bubble, and the official's reply shows there", { timeout: 90_000 }, async () => {
    const page = await browser.page("phone");
    await page.goto(`${site.url}/`);
    await page.getByRole("button", { name: "Hỏi đáp số liệu CCHC" }).click();
    const dialog = page.getByRole("dialog", { name: "Trợ lý số liệu CCHC 2024" });
    const declined = await decline(page, dialog, "Lịch cắt điện phường Phú Hội tuần này?");
    await declined.getByRole("button", { name: "Có, gửi" }).click();
    const sent = declined.locator(".handoff-sent");
    await sent.waitFor();
    const code = codeIn(await sent.innerText())!;
    const post = String(posts().at(-1)!.body.text);
    expect(post.startsWith(`#${code} · `)).toBe(true);
    await postTelegram(app.url, officialReply(post, "Bạn xem lịch tại trang của Điện lực Huế."));
    const answer = dialog.locator(`li.msg.official[data-case="${code}"]`);
    await answer.waitFor({ timeout: ONE_POLL_MS });
    expect(await answer.locator(".official-text").innerText()).toBe("Bạn xem lịch tại trang của Điện lực Huế.");
    await shoot(page, "handoff-embed", "phone");
    await page.close();
  });
});

describe("offline and strict", () => {
  it("requested nothing outside this machine and logged no error (no CSP violation)", () => {
    expect(browser.foreign).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
