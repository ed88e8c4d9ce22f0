// Both bot webhooks under concurrent load against `npm start` and the local fake Bot APIs: 200
// updates each, 10% of them delivered twice (some at the same moment as the first delivery).
// Every update is answered exactly once, none is lost, every duplicate is suppressed, and the
// question log holds each question once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminStats } from "../../../adapters/admin/stats.ts";
import { telegramLoad, zaloLoad, type WebhookLoadResult } from "../../../scripts/loadtest/webhook-load.ts";
import { SECRETS, startStack, type Stack } from "../../../scripts/stack/stack.ts";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const OPTIONS = { updates: 180, duplicateRate: 0.1, concurrency: 20 };

function expectExactlyOnce(r: WebhookLoadResult) {
  expect(r.deliveries).toBe(200);
  expect(r.duplicates).toBe(20);
  expect(r.statuses).toEqual({ 200: 200 });
  expect(r.unanswered).toEqual([]);
  expect(r.answeredTwice).toEqual([]);
  expect(r.answers).toBe(r.distinct);
}

async function loggedQuestions(channel: string): Promise<number> {
  const res = await fetch(`${stack.app.url}/admin?format=json`, { headers: { authorization: `Bearer ${SECRETS.ADMIN_TOKEN}` } });
  const stats = AdminStats.parse(await res.json());
  return stats.byChannel.find((c) => c.channel === channel)?.questions ?? 0;
}

describe("bot webhooks under load", () => {
  it("Telegram: 200 deliveries, 20 of them redeliveries: every update answered exactly once", async () => {
    const r = await telegramLoad(stack, { ...OPTIONS, runId: 1 });
    expectExactlyOnce(r);
    expect(await loggedQuestions("telegram")).toBe(r.distinct);
  });

  it("Zalo: 200 deliveries, 20 of them redeliveries: every message answered exactly once", async () => {
    const r = await zaloLoad(stack, { ...OPTIONS, runId: 2 });
    expectExactlyOnce(r);
    // One "typing" per handled message: none for a suppressed duplicate.
    expect(stack.zalo.callsTo("sendChatAction")).toHaveLength(r.distinct);
    expect(await loggedQuestions("zalo")).toBe(r.distinct);
  });
});
