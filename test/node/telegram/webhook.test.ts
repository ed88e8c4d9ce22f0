// The webhook as Telegram meets it, against `npm start`: the secret header, malformed bodies,
// redeliveries, Bot API rate limits and errors. Every Bot API request lands in the fake server.
import { describe, expect, it } from "vitest";
import { useBotServer } from "./support/bot-server.ts";
import { BOT_INFO, deliver, SECRET, TOKEN, update } from "./support/updates.ts";

const server = useBotServer();

async function outputSince(start: number, expected: string, waitMs = 5000): Promise<string> {
  const deadline = Date.now() + waitMs;
  while (!server.app.output().slice(start).includes(expected) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return server.app.output().slice(start);
}

describe("secret token", () => {
  it("refuses a delivery without the header: 401 JSON, no Bot API call", async () => {
    const res = await deliver(server.app.url, update("private-text"), null);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
    expect(server.api.calls).toEqual([]);
  });

  it("refuses a wrong secret, even one differing in the last character: 401, no Bot API call", async () => {
    for (const secret of ["wrong", `${SECRET.slice(0, -1)}x`, `${SECRET}x`, ""]) {
      const res = await deliver(server.app.url, update("private-text"), secret);
      expect(res.status, secret).toBe(401);
    }
    expect(server.api.calls).toEqual([]);
  });

  it("accepts the right secret and replies", async () => {
    const res = await deliver(server.app.url, update("private-text"));
    expect(res.status).toBe(200);
    expect(server.api.callsOf("sendMessage")).toHaveLength(1);
    expect(server.api.calls.every((c) => c.token === TOKEN)).toBe(true);
  });

  it("never calls getMe: the bot's identity comes from TELEGRAM_BOT_INFO", async () => {
    await deliver(server.app.url, update("private-text"));
    await deliver(server.app.url, update("sticker"));
    expect(server.api.callsOf("getMe")).toEqual([]);
  });
});

describe("malformed deliveries", () => {
  it("answers 400 JSON to a body that is not JSON or not an update, without calling the Bot API", async () => {
    for (const body of ["{not json", "[]", '"text"', JSON.stringify({ message: { text: "no update_id" } }), JSON.stringify({ update_id: -1 })]) {
      const res = await deliver(server.app.url, body);
      expect(res.status, body).toBe(400);
      expect(await res.json()).toEqual({ error: { code: "invalid_request", message: expect.any(String) } });
    }
    expect(server.api.calls).toEqual([]);
  });

  it("answers 200 to an update of a kind the bot ignores (an edited message)", async () => {
    const u = update("private-text");
    const res = await deliver(server.app.url, { update_id: u.update_id, edited_message: { ...u.message, edit_date: u.message.date + 5 } });
    expect(res.status).toBe(200);
    expect(server.api.calls).toEqual([]);
  });

  it("refuses a body over 64 KiB with 400", async () => {
    const res = await deliver(server.app.url, update("private-text", (u) => (u.message.text = "a".repeat(70_000))));
    expect(res.status).toBe(400);
    expect(server.api.calls).toEqual([]);
  });

  it("does not serve GET", async () => {
    const res = await fetch(`${server.app.url}/webhook/telegram`);
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });
});

describe("redelivery", () => {
  it("replies once to the same update_id delivered twice", async () => {
    const u = update("private-text");
    expect((await deliver(server.app.url, u)).status).toBe(200);
    expect((await deliver(server.app.url, u)).status).toBe(200);
    expect(server.api.callsOf("sendMessage")).toHaveLength(1);
    // A new update with the same text is a new question.
    await deliver(server.app.url, { ...u, update_id: u.update_id + 1_000_000 });
    expect(server.api.callsOf("sendMessage")).toHaveLength(2);
  });
});

describe("Bot API errors", () => {
  it("retries a 429 after retry_after and sends the reply once it succeeds", async () => {
    server.api.failOnce("sendMessage", { status: 429, description: "Too Many Requests: retry after 1", retryAfter: 1 });
    const res = await deliver(server.app.url, update("private-text"));
    expect(res.status).toBe(200);
    const sends = server.api.callsOf("sendMessage");
    expect(sends).toHaveLength(2);
    expect(sends[1]!.body).toEqual(sends[0]!.body);
    expect(sends[1]!.body.text).toContain("1.117");
  });

  it("retries a 502 from the Bot API", async () => {
    server.api.failOnce("sendMessage", { status: 502, description: "Bad Gateway" });
    const res = await deliver(server.app.url, update("private-text"));
    expect(res.status).toBe(200);
    expect(server.api.callsOf("sendMessage")).toHaveLength(2);
  });

  it("logs a failure without the token or the user's id, and still answers 200", async () => {
    const u = update("private-text");
    server.api.failOnce("sendMessage", { status: 400, description: "Bad Request: chat not found" });
    const before = server.app.output().length;
    const res = await deliver(server.app.url, u);
    expect(res.status).toBe(200);
    expect(server.api.callsOf("sendMessage")).toHaveLength(1);
    // The server's output reaches us a little after the response: wait for the line.
    const logged = await outputSince(before, `"update_id":${u.update_id}`);
    const line = logged.split("\n").find((l) => l.includes(`"update_id":${u.update_id}`)) ?? "";
    expect(line).toContain('"event":"telegram.undelivered"');
    expect(line).toContain('"method":"sendMessage"');
    expect(line).toContain("chat not found");
    expect(line).toMatch(/"user":"[0-9a-f]{32}"/);
    expect(server.app.output()).not.toContain(TOKEN.split(":")[1]);
    expect(server.app.output()).not.toContain(String(u.message.from.id));
    expect(server.app.output()).not.toContain(String(BOT_INFO.id) + ":");
  });
});
