// `npm run fake-botapi`, as the READMEs use it: one local server standing in for the Telegram
// (/telegram) and Zalo (/zalo) Bot APIs. It answers like them, prints what the bot sends, never
// prints the token, and turns a typed line into a Zalo message for getUpdates.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/stack/start-app.ts";

const ROOT = join(import.meta.dirname, "..", "..");
let child: ChildProcess;
let out = "";
let url = "";

const waitFor = async (what: string, ok: () => boolean) => {
  for (let i = 0; i < 400 && !ok(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!ok()) throw new Error(`fake-botapi: no ${what}; printed:\n${out}`);
};

const call = async (path: string, body: unknown) => {
  const res = await fetch(`${url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as any };
};

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ["--import", "tsx", "scripts/fake-botapi.ts"], { cwd: ROOT, env: { ...process.env, FAKE_BOTAPI_PORT: String(port) }, stdio: ["pipe", "pipe", "pipe"] });
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  await waitFor("start line", () => out.includes(`${url}/telegram`));
});

afterAll(() => {
  child?.kill("SIGTERM");
});

describe("npm run fake-botapi", () => {
  it("answers the Telegram methods the bot uses and prints the message it sends, with its buttons", async () => {
    const me = await call("/telegram/bot123:secret-token/getMe", {});
    expect(me.json).toMatchObject({ ok: true, result: { is_bot: true, username: "cchc_local_bot" } });
    const sent = await call("/telegram/bot123:secret-token/sendMessage", {
      chat_id: 42,
      text: "Số TTHC được công bố: <b>1.117</b>",
      parse_mode: "HTML",
      reply_markup: { inline_keyboard: [[{ text: "Thu ngân sách?", callback_data: "f:vi:x" }]] },
    });
    expect(sent.json).toMatchObject({ ok: true, result: { message_id: 1, chat: { id: 42, type: "private" }, text: "Số TTHC được công bố: <b>1.117</b>" } });
    await waitFor("printed message", () => out.includes("[Thu ngân sách?]"));
    expect(out).toContain("telegram sendMessage → chat 42:\n  Số TTHC được công bố: <b>1.117</b>\n  [Thu ngân sách?]\n");
    expect(out).not.toContain("secret-token");
  });

  it("answers the Zalo methods as documented and prints what the bot sends", async () => {
    expect((await call("/zalo/bot1:secret-token/getMe", {})).json).toMatchObject({ ok: true, result: { account_name: "bot.CchcLocal" } });
    expect((await call("/zalo/bot1:secret-token/sendMessage", { chat_id: "u1", text: "Xin chào" })).json).toMatchObject({ ok: true, result: { message_id: "sent1" } });
    await waitFor("printed message", () => out.includes("zalo sendMessage → chat u1:\n  Xin chào\n"));
    expect(out).not.toContain("secret-token");
  });

  it("hands a typed line to the Zalo bot's getUpdates as a new private text message, once", async () => {
    const poll = call("/zalo/bot1:t/getUpdates", { timeout: 30 });
    await waitFor("poller notice", () => out.includes("a bot is polling getUpdates"));
    child.stdin!.write("bn tthc dc cong bo\n");
    const { json } = await poll;
    expect(json).toMatchObject({ ok: true, result: { event_name: "message.text.received", message: { text: "bn tthc dc cong bo", chat: { id: "local-user", chat_type: "PRIVATE" } } } });
    child.stdin!.write("bn tthc dc cong bo\n");
    const again = (await call("/zalo/bot1:t/getUpdates", { timeout: 30 })).json;
    expect(again.result.message.text).toBe("bn tthc dc cong bo");
    expect(again.result.message.message_id).not.toBe(json.result.message.message_id);
    expect(out).toContain("zalo ← local-user: bn tthc dc cong bo");
  });

  it("says which roots to use for any other path", async () => {
    const res = await call("/bot1:t/getMe", {});
    expect(res.status).toBe(404);
    expect(res.json.description).toContain(`${url}/telegram`);
  });
});
