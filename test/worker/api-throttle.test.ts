// Throttling abuse: IPv6 clients share a budget per /64; failed authentication (API key, webhook
// secrets, /admin token) is answered 429 past a small budget per client, with one summary log line
// per window; API_KEYS or ALLOWED_ORIGINS that list nothing close the API (503) instead of opening it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { RATE_LIMIT } from "../../adapters/api/rate-limit.ts";
import { AUTH_FAILURE_BUDGET } from "../../src/middleware/auth-failures.ts";
import { clientAddress } from "../../src/middleware/client-address.ts";
import { call, errorOf, freshIp, freshWindow, json } from "./api-support.ts";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A random /64 and a host in it: `host(n)` is the n-th address of the same network. */
function freshNetwork() {
  const [a, b, c] = crypto.getRandomValues(new Uint16Array(3));
  const prefix = `2001:db8:${a!.toString(16)}:${b!.toString(16)}`;
  return { prefix, host: (n: number) => `${prefix}:${(c! ^ n).toString(16)}:${n.toString(16)}:0:${(n + 1).toString(16)}` };
}

const KEY = "k-throttle-0123456789";
const KEYS = { API_KEYS: KEY };
const BOTS = {
  TELEGRAM_BOT_TOKEN: "123456:throttle-test-token-aaaaaaaaaaaaaaa",
  TELEGRAM_WEBHOOK_SECRET: "tg-secret-throttle_0123",
  ZALO_BOT_TOKEN: "zalo-throttle-token",
  ZALO_WEBHOOK_SECRET: "zalo-secret-throttle-0123",
  ADMIN_TOKEN: "adm-throttle-0123456789abcdef",
};

describe("client addresses", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    [" 198.51.100.23 ", "198.51.100.23"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:0DB8:0001:0002::9", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::ffff:192.0.2.1", "192.0.2.1"],
    ["[2001:db8:1:2::1]", "2001:db8:1:2::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["", null],
    [undefined, null],
  ])("%s is counted as %s", (header, key) => {
    expect(clientAddress(header)).toBe(key);
  });

  it("keeps text that is not an address apart, shortened", () => {
    expect(clientAddress("not-an-ip")).toBe("other:not-an-ip");
    expect(clientAddress("1.2.3.400")).toBe("other:1.2.3.400");
    expect(clientAddress("x".repeat(300))!.length).toBeLessThanOrEqual(70);
  });
});

describe("rate limit per IPv6 /64", () => {
  it("counts every address of a /64 as one client, and another /64 apart", { timeout: 30_000 }, async () => {
    await freshWindow(RATE_LIMIT.period * 1000);
    const net = freshNetwork();
    for (let i = 0; i < RATE_LIMIT.limit; i++) {
      expect((await call("/api/sections", { headers: { "CF-Connecting-IP": net.host(i) } })).status).toBe(200);
    }
    const over = await call("/api/sections", { headers: { "CF-Connecting-IP": net.host(RATE_LIMIT.limit + 7) } });
    expect(over.status).toBe(429);
    expect((await errorOf(over)).code).toBe("rate_limited");
    expect((await call("/api/sections", { headers: { "CF-Connecting-IP": freshIp() } })).status).toBe(200);
  });
});

describe("failed authentication", () => {
  const { limit, period } = AUTH_FAILURE_BUDGET;

  it("answers a wrong API key 401 within the budget, then 429 with Retry-After, even for the right key", { timeout: 30_000 }, async () => {
    await freshWindow(period * 1000);
    const net = freshNetwork();
    const wrong = (n: number) => call("/api/facts", { headers: { Authorization: `Bearer guess-${n}`, "CF-Connecting-IP": net.host(n) } }, KEYS);
    for (let i = 0; i < limit; i++) expect((await wrong(i)).status).toBe(401);
    const over = await wrong(limit);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    const error = await errorOf(over);
    expect(error.code).toBe("rate_limited");
    expect(error.message).toContain(`${limit} per ${period} s`);
    // The guesser is refused before its key is checked: the right key does not get through either.
    const right = await call("/api/facts", { headers: { Authorization: `Bearer ${KEY}`, "CF-Connecting-IP": net.host(99) } }, KEYS);
    expect(right.status).toBe(429);
    // Another client with the right key is unaffected, and so is another client's first guess.
    expect((await call("/api/facts", { headers: { Authorization: `Bearer ${KEY}`, "CF-Connecting-IP": freshIp() } }, KEYS)).status).toBe(200);
    expect((await call("/api/facts", { headers: { Authorization: "Bearer nope", "CF-Connecting-IP": freshIp() } }, KEYS)).status).toBe(401);
  });

  it("counts a missing key as a failure too, and never counts successes", { timeout: 30_000 }, async () => {
    await freshWindow(period * 1000);
    const ip = freshIp();
    for (let i = 0; i < 3 * limit; i++) {
      expect((await call("/api/facts/tthc-cong-bo", { headers: { Authorization: `Bearer ${KEY}`, "CF-Connecting-IP": ip } }, KEYS)).status).toBe(200);
    }
    for (let i = 0; i < limit; i++) expect((await call("/api/facts", { headers: { "CF-Connecting-IP": ip } }, KEYS)).status).toBe(401);
    expect((await call("/api/facts", { headers: { "CF-Connecting-IP": ip } }, KEYS)).status).toBe(429);
  });

  it("throttles wrong webhook secrets and /admin tokens, sharing one budget per client", { timeout: 30_000 }, async () => {
    await freshWindow(period * 1000);
    const ip = freshIp();
    const telegram = () => call("/webhook/telegram", json({ update_id: 1 }, { "X-Telegram-Bot-Api-Secret-Token": "wrong-secret", "CF-Connecting-IP": ip }), BOTS);
    const zalo = () => call("/webhook/zalo", json({ event_name: "x" }, { "X-Bot-Api-Secret-Token": "wrong-secret", "CF-Connecting-IP": ip }), BOTS);
    const admin = (token: string) => call("/admin?format=json", { headers: { Authorization: `Bearer ${token}`, "CF-Connecting-IP": ip } }, BOTS);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await telegram()).status);
    for (let i = 0; i < 4; i++) statuses.push((await zalo()).status);
    for (let i = 0; i < limit - 8; i++) statuses.push((await admin("wrong")).status);
    expect(statuses).toEqual(Array(limit).fill(401));
    for (const res of [await telegram(), await zalo(), await admin("wrong"), await admin(BOTS.ADMIN_TOKEN)]) {
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
      expect((await errorOf(res)).code).toBe("rate_limited");
    }
    // Each door still works for everyone else.
    const other = freshIp();
    expect((await call("/webhook/telegram", json({ update_id: 1 }, { "X-Telegram-Bot-Api-Secret-Token": "wrong", "CF-Connecting-IP": other }), BOTS)).status).toBe(401);
    expect((await call("/admin?format=json", { headers: { Authorization: `Bearer ${BOTS.ADMIN_TOKEN}`, "CF-Connecting-IP": other } }, BOTS)).status).toBe(200);
  });

  it("counts in this isolate when the Rate Limiting binding is absent", async () => {
    const ip = freshIp();
    const noBinding = { ...KEYS, AUTH_FAILURE_LIMITER: undefined };
    for (let i = 0; i < limit; i++) expect((await call("/api/facts", { headers: { Authorization: "Bearer x", "CF-Connecting-IP": ip } }, noBinding)).status).toBe(401);
    const over = await call("/api/facts", { headers: { Authorization: "Bearer x", "CF-Connecting-IP": ip } }, noBinding);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(over.headers.get("retry-after"))).toBeLessThanOrEqual(period);
  });

  it("writes one summary line per window instead of one warning per attempt", { timeout: 30_000 }, async () => {
    await freshWindow(period * 1000);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    // A window of its own, far from any other test's.
    const start = Date.UTC(2031, 0, 1, 0, 0, 0);
    vi.useFakeTimers({ now: start + 5_000, toFake: ["Date"] });
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await call("/admin", { headers: { Authorization: `Bearer guess-${i}`, "CF-Connecting-IP": ip } }, BOTS)).status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(limit);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - limit);
    const lines = () => warn.mock.calls.map((args) => JSON.parse(String(args[0])) as Record<string, unknown>);
    expect(lines()).toEqual([
      expect.objectContaining({ level: "warn", event: "auth.failures", scope: "admin", window: new Date(start).toISOString(), first: "wrong" }),
    ]);
    expect(JSON.stringify(lines())).not.toContain("guess-");

    // The next window's first failure writes the next line, with this window's totals.
    vi.setSystemTime(start + period * 1000 + 1_000);
    expect((await call("/admin", { headers: { "CF-Connecting-IP": freshIp() } }, BOTS)).status).toBe(401);
    expect(lines()).toHaveLength(2);
    expect(lines()[1]).toMatchObject({
      event: "auth.failures",
      scope: "admin",
      first: "missing",
      previous: { window: new Date(start).toISOString(), attempts: 30, refused: 30 - limit, clients: 1 },
    });
  });
});

describe("API_KEYS or ALLOWED_ORIGINS set but listing nothing", () => {
  it.each([
    ["API_KEYS", ","],
    ["API_KEYS", " "],
    ["API_KEYS", " , ,"],
    ["ALLOWED_ORIGINS", ","],
    ["ALLOWED_ORIGINS", "  "],
  ])("%s=%j closes /api/* with a 503 JSON error and logs an error naming the setting", async (name, value) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await call("/api/facts", {}, { [name]: value });
    expect(res.status).toBe(503);
    const body = await errorOf(res);
    expect(body.code).toBe("misconfigured");
    expect(body.message).toContain(name);
    expect((await call("/api/ask", json({ question: "bn tthc dc cong bo" }), { [name]: value })).status).toBe(503);
    const logged = error.mock.calls.map((args) => JSON.parse(String(args[0])) as Record<string, unknown>).filter((l) => l.event === "api.misconfigured");
    expect(logged.length).toBeGreaterThanOrEqual(1);
    expect(logged[0]).toMatchObject({ level: "error", setting: name });
  });

  it("leaves an unset or empty setting (the local default) open, and real lists working", async () => {
    expect((await call("/api/facts", {}, { API_KEYS: "" })).status).toBe(200);
    expect((await call("/api/facts", {}, { ALLOWED_ORIGINS: "https://portal.example" })).status).toBe(200);
    expect((await call("/api/facts", { headers: { Authorization: `Bearer ${KEY}` } }, { API_KEYS: ` ${KEY} ,` })).status).toBe(200);
  });
});
