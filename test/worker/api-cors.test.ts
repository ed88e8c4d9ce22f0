// CORS: origins listed in ALLOWED_ORIGINS may call the API from a browser; preflights are answered
// (without needing the API key); other origins get no CORS headers, and the page's endpoints refuse them.
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call, errorOf, json } from "./api-support.ts";

const PORTAL = "https://portal.thuathienhue.example";
const SETTINGS = { ALLOWED_ORIGINS: `${PORTAL}/, https://ward.example` };

const preflight = (origin: string, method = "POST", headers = "authorization,content-type"): RequestInit => ({
  method: "OPTIONS",
  headers: { Origin: origin, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": headers },
});

describe("CORS preflight", () => {
  it("allows a listed origin: 204 with the origin, methods, headers and a max age", async () => {
    const res = await call("/api/ask", preflight(PORTAL), SETTINGS);
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(PORTAL);
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("content-type");
    expect(res.headers.get("access-control-max-age")).toBe("600");
    expect(res.headers.get("vary")).toContain("Origin");
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("needs no API key (browsers never send one on a preflight)", async () => {
    const res = await call("/api/facts", preflight(PORTAL, "GET", "authorization"), { ...SETTINGS, API_KEYS: "k1" });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(PORTAL);
  });

  it("gives an origin that is not listed no permission", async () => {
    const res = await call("/api/ask", preflight("https://evil.example"), SETTINGS);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows no cross-origin page by default (ALLOWED_ORIGINS unset)", async () => {
    const res = await SELF.fetch("http://app/api/ask", preflight(PORTAL));
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows any origin with ALLOWED_ORIGINS=*", async () => {
    const res = await call("/chat/ask", preflight("https://anywhere.example", "POST", "content-type"), { ALLOWED_ORIGINS: "*" });
    expect(res.headers.get("access-control-allow-origin")).toBe("https://anywhere.example");
  });
});

describe("CORS on responses", () => {
  it("lets an allowed page read answers, refusals and the Retry-After header", async () => {
    const ok = await call("/api/ask", json({ question: "thu ngân sách" }, { Origin: PORTAL }), SETTINGS);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe(PORTAL);
    expect(ok.headers.get("access-control-expose-headers")).toContain("Retry-After");
    const refused = await call("/api/facts", { headers: { Origin: PORTAL } }, { ...SETTINGS, API_KEYS: "k1" });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("access-control-allow-origin")).toBe(PORTAL);
    const tooBig = await call("/api/ask", json({ question: "x", pad: "y".repeat(9000) }, { Origin: PORTAL }), SETTINGS);
    expect(tooBig.status).toBe(400);
    expect(tooBig.headers.get("access-control-allow-origin")).toBe(PORTAL);
  });

  it("lets the web page's endpoints be called from this site and from allowed origins only", async () => {
    const same = await call("/chat/ask", json({ question: "thu ngân sách" }, { Origin: "https://cchc.example" }));
    expect(same.status).toBe(200);
    const allowed = await call("/chat/ask", json({ question: "thu ngân sách" }, { Origin: "https://ward.example" }), SETTINGS);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://ward.example");
    const foreign = await call("/chat/ask", json({ question: "thu ngân sách" }, { Origin: "https://evil.example" }), SETTINGS);
    expect(foreign.status).toBe(403);
    expect((await errorOf(foreign)).code).toBe("origin_not_allowed");
    const noOrigin = await call("/chat/ask", json({ question: "thu ngân sách" }));
    expect(noOrigin.status).toBe(200);
  });
});
