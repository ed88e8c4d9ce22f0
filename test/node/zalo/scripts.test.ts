// The operations scripts, run as a developer runs them (tsx), against the fake Zalo API:
// `npm run zalo:poll` (long polling, same handler as the webhook, Ctrl-C) and `npm run zalo:setup`.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeZalo, type FakeZalo } from "./fake-zalo.ts";
import { delivery, freshId } from "./fixtures.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const TOKEN = "6012345678901234567:ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210_-zyxwvutsr";
const SECRET = "zalo-webhook-secret_0123456789";

interface Run {
  output: () => string;
  exited: Promise<number | null>;
  signal: (s: NodeJS.Signals) => void;
}

function run(script: string, args: string[], env: Record<string, string>): Run {
  let out = "";
  // (Node itself runs the script, tsx as its loader: a signal sent reaches the script once, with no
  // tsx process between that relays it and, under load, may relay it again.)
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: ROOT,
    // Each test passes the settings it relies on; the environment wins over a developer's .dev.vars.
    env: { ...process.env, ZALO_BOT_TOKEN: "", ZALO_WEBHOOK_SECRET: "", ZALO_API_ROOT: "", ZALO_WEBHOOK_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  return {
    output: () => out,
    exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))),
    signal: (s) => child.kill(s),
  };
}

let fake: FakeZalo;
beforeAll(async () => {
  fake = await startFakeZalo(TOKEN, { emptyPollMs: 100 });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe("npm run zalo:poll", () => {
  it("removes the webhook, reads two updates and replies to both, then stops cleanly on Ctrl-C", async () => {
    // A webhook is set: polling must remove it first (getUpdates fails while one is set).
    await fetch(`${fake.url}/bot${TOKEN}/setWebhook`, { method: "POST", body: JSON.stringify({ url: "https://old.example/webhook/zalo" }) });
    fake.reset();
    const [a, b] = [freshId("c"), freshId("c")];
    fake.queueUpdates(
      delivery("text-wrapped", { chatId: a, messageId: freshId("m"), text: "bai bo bao nhieu tthc" }).result,
      delivery("text", { chatId: b, messageId: freshId("m"), text: "/chude" }),
    );
    const poll = run("scripts/zalo-poll.ts", [], { ZALO_BOT_TOKEN: TOKEN, ZALO_API_ROOT: fake.url, ZALO_POLL_SECONDS: "1" });
    try {
      await fake.waitFor((calls) => calls.filter((c) => c.method === "sendMessage").length >= 2, 30_000);
      // Keep polling through at least one empty poll (408), which is not an error.
      await fake.waitFor((calls) => calls.some((c) => c.method === "getUpdates" && c.status === 408), 10_000);
    } finally {
      poll.signal("SIGINT");
    }
    expect(await poll.exited).toBe(0);
    expect(fake.calls[0]!.method).toBe("deleteWebhook");
    expect(fake.callsTo("sendChatAction", a).map((c) => c.body.action)).toEqual(["typing"]);
    expect(String(fake.callsTo("sendMessage", a)[0]!.body.text)).toContain("176");
    expect(String(fake.callsTo("sendMessage", b)[0]!.body.text)).toMatch(/^Các chủ đề của báo cáo:/);
    expect(poll.output()).toContain("stopped after 2 update(s)");
    expect(poll.output()).not.toMatch(/zalo\.poll_failed/);
    expect(poll.output()).not.toContain(TOKEN.split(":")[1]);
  });

  it("stops with an error, not a retry loop, when the token is refused", async () => {
    const poll = run("scripts/zalo-poll.ts", [], { ZALO_BOT_TOKEN: "1:wrong-token", ZALO_API_ROOT: fake.url });
    expect(await poll.exited).toBe(1);
    expect(poll.output()).toContain("401");
    expect(fake.calls.map((c) => [c.method, c.status])).toEqual([["deleteWebhook", 401]]);
  });
});

describe("npm run zalo:setup", () => {
  it("checks the token, sets the webhook with the secret, and prints what Zalo now has", async () => {
    const setup = run("scripts/zalo-setup.ts", ["https://cchc.example.workers.dev"], { ZALO_BOT_TOKEN: TOKEN, ZALO_WEBHOOK_SECRET: SECRET, ZALO_API_ROOT: fake.url });
    expect(await setup.exited).toBe(0);
    expect(fake.calls.map((c) => c.method)).toEqual(["getMe", "setWebhook", "getWebhookInfo"]);
    expect(fake.calls[1]!.body).toEqual({ url: "https://cchc.example.workers.dev/webhook/zalo", secret_token: SECRET });
    expect(setup.output()).toContain("webhook: https://cchc.example.workers.dev/webhook/zalo");
    expect(setup.output()).toContain("Trợ lý CCHC");
    expect(setup.output()).not.toContain(TOKEN.split(":")[1]);
  });

  it("refuses a plain-http URL before calling Zalo", async () => {
    const setup = run("scripts/zalo-setup.ts", ["http://cchc.example.workers.dev"], { ZALO_BOT_TOKEN: TOKEN, ZALO_WEBHOOK_SECRET: SECRET, ZALO_API_ROOT: fake.url });
    expect(await setup.exited).toBe(1);
    expect(setup.output()).toContain("https://");
    expect(fake.calls).toEqual([]);
  });
});
