// Against `npm start` (wrangler dev): an oversized chunked POST is refused without breaking the next
// POST (wrangler's dev proxy used to answer it 503, "Your worker restarted mid-request"), and local
// requests are rate limited like any other (wrangler dev sets CF-Connecting-IP), as the API README says.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RATE_LIMIT } from "../../../adapters/api/rate-limit.ts";
import { MAX_BODY_BYTES } from "../../../src/app.ts";
import { DRAIN_MAX_BYTES } from "../../../src/middleware/body-limit.ts";
import { startApp, type RunningApp } from "../../../scripts/stack/start-app.ts";

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

/** A POST on its own connection; `chunked` sends the body in 4 KiB chunks without Content-Length. */
function post(path: string, body: string, chunked: boolean): Promise<{ status: number; body: string }> {
  const url = new URL(path, app.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json", ...(chunked ? { "transfer-encoding": "chunked" } : { "content-length": Buffer.byteLength(body) }) },
      },
      (res) => {
        let data = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (data += d));
        res.on("end", () => resolve({ status: res.statusCode!, body: data }));
      },
    );
    req.on("error", reject);
    if (chunked) {
      for (let i = 0; i < body.length; i += 4096) req.write(body.slice(i, i + 4096));
      req.end();
    } else req.end(body);
  });
}

const question = JSON.stringify({ question: "bn tthc dc cong bo" });

describe("an oversized chunked body under npm start", () => {
  it.each([
    ["/api/ask", 100_000],
    ["/chat/ask", 20_000],
    ["/api/ask", DRAIN_MAX_BYTES - 10_000],
  ])("%s with %i bytes is refused with the JSON error, and the next POST is answered", async (path, size) => {
    const big = await post(path, JSON.stringify({ question: "a", pad: "x".repeat(size) }), true);
    expect(big.status).toBe(400);
    expect(JSON.parse(big.body)).toEqual({ error: { code: "body_too_large", message: `the body is over ${MAX_BODY_BYTES} bytes` } });
    for (const next of [await post("/api/ask", question, false), await post("/chat/ask", question, true)]) {
      expect(next.status, next.body.slice(0, 200)).toBe(200);
      expect(JSON.parse(next.body)).toMatchObject({ answered: true });
    }
  });

  it("passes a chunked body within the limit to the route intact", async () => {
    const res = await post("/api/ask", JSON.stringify({ question: "UBND tỉnh đã bãi bỏ bao nhiêu thủ tục hành chính?", lang: "vi" }), true);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ answered: true, facts: [expect.objectContaining({ value: 176 })] });
  });
});

describe("rate limit under npm start", () => {
  it("counts local requests sent without CF-Connecting-IP (wrangler dev sets it)", { timeout: 60_000 }, async () => {
    // Start early in a window of the simulated limiter, so the budget does not reset mid-count.
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 15_000) await new Promise((r) => setTimeout(r, left + 50));
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMIT.limit + 5; i++) statuses.push((await fetch(`${app.url}/api/sections`)).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    // Earlier tests of this file spent some of the budget already; what matters is that it ends.
    expect(statuses.lastIndexOf(200)).toBeLessThan(statuses.indexOf(429));
  });
});
