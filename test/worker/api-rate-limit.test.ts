// Rate limits through the Rate Limiting binding (simulated by the pool as by wrangler dev): each API
// key, or each client address without keys, gets RATE_LIMIT.limit requests per window; the next one
// is a 429 with Retry-After and a JSON error, while other clients are unaffected.
import { describe, expect, it } from "vitest";
import { RATE_LIMIT } from "../../adapters/api/rate-limit.ts";
import { call, errorOf, freshIp, freshWindow, json } from "./api-support.ts";

const { limit, period } = RATE_LIMIT;

/** `count` calls from `ip`, with `init` headers; returns their statuses. */
async function burst(path: string, count: number, headers: Record<string, string>, settings = {}) {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) statuses.push((await call(path, { headers }, settings)).status);
  return statuses;
}

describe("rate limit per client address (no API keys)", () => {
  it("answers the first `limit` requests, then 429 with Retry-After and a JSON error", { timeout: 30_000 }, async () => {
    await freshWindow(period * 1000);
    const ip = freshIp();
    const statuses = await burst("/api/sections", limit, { "CF-Connecting-IP": ip });
    expect(statuses.every((s) => s === 200)).toBe(true);
    const over = await call("/api/ask", json({ question: "thu ngân sách" }, { "CF-Connecting-IP": ip }));
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    const error = await errorOf(over);
    expect(error.code).toBe("rate_limited");
    expect(error.message).toContain(String(limit));
    // The page's endpoint shares the address's budget.
    expect((await call("/chat/ask", json({ question: "thu ngân sách" }, { "CF-Connecting-IP": ip }))).status).toBe(429);
    // Another address is not affected.
    expect((await call("/api/sections", { headers: { "CF-Connecting-IP": freshIp() } })).status).toBe(200);
  });
});

describe("rate limit per API key", () => {
  it("counts each key on its own, across client addresses", { timeout: 30_000 }, async () => {
    await freshWindow(period * 1000);
    const tag = crypto.randomUUID().slice(0, 8);
    const keys = { API_KEYS: `a-${tag},b-${tag}` };
    const a = { Authorization: `Bearer a-${tag}` };
    const half = Math.floor(limit / 2);
    expect((await burst("/api/reports", half, { ...a, "CF-Connecting-IP": freshIp() }, keys)).every((s) => s === 200)).toBe(true);
    expect((await burst("/api/reports", limit - half, { ...a, "CF-Connecting-IP": freshIp() }, keys)).every((s) => s === 200)).toBe(true);
    const over = await call("/api/reports", { headers: { ...a, "CF-Connecting-IP": freshIp() } }, keys);
    expect(over.status).toBe(429);
    expect(over.headers.get("retry-after")).toBe(String(period));
    expect((await errorOf(over)).message).toContain("API key");
    expect((await call("/api/reports", { headers: { Authorization: `Bearer b-${tag}` } }, keys)).status).toBe(200);
  });

  it("does not spend a budget on preflights", { timeout: 30_000 }, async () => {
    await freshWindow(period * 1000);
    const ip = freshIp();
    const pre = { Origin: "https://portal.example", "Access-Control-Request-Method": "POST", "CF-Connecting-IP": ip };
    for (let i = 0; i < limit + 5; i++) {
      const res = await call("/api/ask", { method: "OPTIONS", headers: pre }, { ALLOWED_ORIGINS: "https://portal.example" });
      expect(res.status).toBe(204);
    }
    expect((await call("/api/sections", { headers: { "CF-Connecting-IP": ip } })).status).toBe(200);
  });
});
