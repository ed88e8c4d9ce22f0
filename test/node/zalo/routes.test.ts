// POST /webhook/zalo inside this process (Hono's app.request, no server): the route exists only
// with both secrets, and no input, however odd, gets a 500.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app.ts";
import { startFakeZalo, type FakeZalo } from "./fake-zalo.ts";
import { delivery, freshId } from "./fixtures.ts";

const TOKEN = "5012345678901234567:QwErTyUiOpAsDfGhJkLzXcVbNm0123456789_-qwertyuiop";
const SECRET = "zalo-webhook-secret_0123456789";
const app = createApp();

let fake: FakeZalo;
beforeAll(async () => {
  fake = await startFakeZalo(TOKEN);
});
afterAll(() => fake.close());

const post = (body: string, env: Record<string, string>, secret = SECRET) =>
  app.request("/webhook/zalo", { method: "POST", headers: { "content-type": "application/json", "X-Bot-Api-Secret-Token": secret }, body }, env);

describe("POST /webhook/zalo", () => {
  it("does not exist unless both ZALO_BOT_TOKEN and ZALO_WEBHOOK_SECRET are set", async () => {
    const body = JSON.stringify(delivery("text", { chatId: freshId("c"), messageId: freshId("m") }));
    const envs: Record<string, string>[] = [{}, { ZALO_BOT_TOKEN: TOKEN, ZALO_API_ROOT: fake.url }, { ZALO_WEBHOOK_SECRET: SECRET, ZALO_API_ROOT: fake.url }, { ZALO_BOT_TOKEN: " ", ZALO_WEBHOOK_SECRET: SECRET }];
    for (const env of envs) {
      const res = await post(body, env);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
    }
    expect(fake.calls).toEqual([]);
  });

  it("answers 200 and calls nothing when ZALO_API_ROOT is not a URL (an operator error, not a 500)", async () => {
    const before = fake.calls.length;
    const body = JSON.stringify(delivery("text", { chatId: freshId("c"), messageId: freshId("m") }));
    const res = await post(body, { ZALO_BOT_TOKEN: TOKEN, ZALO_WEBHOOK_SECRET: SECRET, ZALO_API_ROOT: "bot-api.local" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: false, outcome: "misconfigured" });
    expect(fake.calls.length).toBe(before);
  });

  it("answers only POST", async () => {
    const res = await app.request("/webhook/zalo", { method: "GET" }, { ZALO_BOT_TOKEN: TOKEN, ZALO_WEBHOOK_SECRET: SECRET });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });

  it("never answers 500, whatever the body", async () => {
    const env = { ZALO_BOT_TOKEN: TOKEN, ZALO_WEBHOOK_SECRET: SECRET, ZALO_API_ROOT: fake.url };
    const message = fc.record(
      {
        message_id: fc.oneof(fc.string(), fc.integer()),
        from: fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), is_bot: fc.boolean() }, { requiredKeys: [] }),
        chat: fc.record({ id: fc.oneof(fc.string({ minLength: 1 }), fc.integer()), chat_type: fc.constantFrom("PRIVATE", "GROUP", "OTHER") }, { requiredKeys: [] }),
        text: fc.oneof(fc.string({ maxLength: 3000 }), fc.integer(), fc.constant(null)),
      },
      { requiredKeys: [] },
    );
    const update = fc.record({ event_name: fc.oneof(fc.constantFrom("message.text.received", "message.image.received", "message.sticker.received", "message.unsupported.received"), fc.string()), message }, { requiredKeys: [] });
    const body = fc.oneof(update.map((u) => JSON.stringify(u)), update.map((u) => JSON.stringify({ ok: true, result: u })), fc.json(), fc.string());
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const res = await post(b, env);
        expect([200, 400]).toContain(res.status);
        expect(res.headers.get("content-type")).toContain("application/json");
      }),
      { numRuns: 150 },
    );
  });
});
