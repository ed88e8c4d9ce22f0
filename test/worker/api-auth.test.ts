// API keys: open without API_KEYS; with them every /api/* call needs a valid Bearer key (401 with a
// JSON error otherwise), while the page's own endpoints, the OpenAPI document and the docs stay public.
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { matchKey } from "../../adapters/api/auth.ts";
import { call, errorOf, json } from "./api-support.ts";

const KEYS = { API_KEYS: " k1-0123456789abcdef , k2-fedcba9876543210 ," };
const bearer = (key: string) => ({ headers: { Authorization: `Bearer ${key}` } });

describe("with no API_KEYS (the local default)", () => {
  it("answers /api/* without any key", async () => {
    for (const path of ["/api/reports", "/api/sections", "/api/facts", "/api/facts/tthc-cong-bo"]) {
      expect((await SELF.fetch(`http://app${path}`)).status, path).toBe(200);
    }
    const res = await SELF.fetch("http://app/api/ask", json({ question: "bn tthc dc cong bo" }));
    expect(res.status).toBe(200);
  });

  it("publishes no security requirement", async () => {
    const doc = (await (await SELF.fetch("http://app/openapi.json")).json()) as { security?: unknown };
    expect(doc.security).toBeUndefined();
  });
});

describe("with API_KEYS set", () => {
  it("refuses a call without a key: 401, a JSON error and a Bearer challenge", async () => {
    const res = await call("/api/facts", {}, KEYS);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const error = await errorOf(res);
    expect(error.code).toBe("unauthorized");
    expect(error.message).toContain("Authorization: Bearer");
  });

  it.each([
    ["a wrong key", "Bearer nope"],
    ["a key with extra characters", "Bearer k1-0123456789abcdefX"],
    ["a prefix of a key", "Bearer k1-0123"],
    ["the right key in another scheme", "Basic k1-0123456789abcdef"],
    ["an empty bearer", "Bearer "],
    ["two keys", "Bearer k1-0123456789abcdef k2-fedcba9876543210"],
  ])("refuses %s with 401", async (_name, authorization) => {
    const res = await call("/api/ask", json({ question: "thu ngân sách" }, { Authorization: authorization }), KEYS);
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe("unauthorized");
  });

  it("accepts each configured key, whatever the case of the scheme", async () => {
    expect((await call("/api/facts/tthc-cong-bo", bearer("k1-0123456789abcdef"), KEYS)).status).toBe(200);
    expect((await call("/api/facts/tthc-cong-bo", { headers: { Authorization: "bearer k2-fedcba9876543210" } }, KEYS)).status).toBe(200);
    const res = await call("/api/ask", json({ question: "bn tthc dc cong bo" }, { Authorization: "Bearer k2-fedcba9876543210" }), KEYS);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { facts: { value: number }[] }).facts[0]!.value).toBe(1117);
  });

  it("checks the key before routing: an unknown /api path is 401 without a key, 404 with one", async () => {
    expect((await call("/api/nope", {}, KEYS)).status).toBe(401);
    const res = await call("/api/nope", bearer("k1-0123456789abcdef"), KEYS);
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("not_found");
  });

  it("keeps the page's endpoints, the OpenAPI document and the docs public, and documents the key", async () => {
    expect((await call("/chat/ask", json({ question: "thu ngân sách" }), KEYS)).status).toBe(200);
    expect((await call("/chat/topics", {}, KEYS)).status).toBe(200);
    expect((await call("/docs", {}, KEYS)).status).toBe(200);
    const doc = (await (await call("/openapi.json", {}, KEYS)).json()) as { security: unknown; components: { securitySchemes: Record<string, { scheme: string }> } };
    expect(doc.security).toEqual([{ ApiKey: [] }]);
    expect(doc.components.securitySchemes.ApiKey!.scheme).toBe("bearer");
  });
});

describe("matchKey", () => {
  it("finds the key wherever it stands in the list and nothing else", async () => {
    const keys = ["alpha", "beta", "gamma"];
    expect(await matchKey("gamma", keys)).toMatch(/^key:[0-9a-f]{16}$/);
    expect(await matchKey("gamma", keys)).toBe(await matchKey("gamma", ["gamma"]));
    expect(await matchKey("beta", keys)).not.toBe(await matchKey("gamma", keys));
    for (const wrong of ["", "gamm", "gammaa", "GAMMA", " gamma"]) expect(await matchKey(wrong, keys)).toBeNull();
  });
});
