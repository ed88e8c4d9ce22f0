// Small holes closed (issue 12): /static/* serves only its own files (no inherited property names),
// /openapi.json never reflects the request's Host, and chunked bodies are limited like any other.
import { describe, expect, it } from "vitest";
import { publicServerUrl } from "../../adapters/api/openapi.ts";
import { MAX_BODY_BYTES } from "../../src/app.ts";
import { call, errorOf } from "./api-support.ts";

describe("/static/*", () => {
  it.each(["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "__defineGetter__", "isPrototypeOf"])("/static/%s is 404 with the JSON error", async (name) => {
    const res = await call(`/static/${name}`);
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("not_found");
  });

  it("still serves its files with their types", async () => {
    const res = await call("/static/site.css");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/css/);
  });
});

describe("/openapi.json servers", () => {
  const serverOf = async (res: Response) => ((await res.json()) as { servers: { url: string }[] }).servers[0]!.url;

  it("names the relative / whatever Host the request carries", async () => {
    for (const host of ["evil.example", "attacker.test:8443"]) {
      const res = await call("/openapi.json", { headers: { Host: host, "X-Forwarded-Host": host } });
      expect(await serverOf(res)).toBe("/");
    }
  });

  it("names PUBLIC_URL when it is configured", async () => {
    expect(await serverOf(await call("/openapi.json", {}, { PUBLIC_URL: "https://cchc.example.vn/" } as object))).toBe("https://cchc.example.vn");
  });

  it.each([
    ["https://cchc.example.vn", "https://cchc.example.vn"],
    ["https://example.vn/tro-ly/", "https://example.vn/tro-ly"],
    ["http://127.0.0.1:8787", "http://127.0.0.1:8787"],
    ["javascript:alert(1)", "/"],
    ["cchc.example.vn", "/"],
    ["https://x.example/?q=1", "/"],
    ["", "/"],
    [undefined, "/"],
  ])("PUBLIC_URL=%j gives %j", (raw, url) => {
    expect(publicServerUrl(raw)).toBe(url);
  });
});

describe("chunked bodies", () => {
  /** A POST whose body is a stream: no Content-Length, as a chunked upload arrives. */
  const streamed = (text: string): RequestInit & { duplex: "half" } => {
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 1024) controller.enqueue(bytes.slice(i, i + 1024));
        controller.close();
      },
    });
    return { method: "POST", headers: { "content-type": "application/json" }, body, duplex: "half" };
  };

  it("refuses one over the limit with the JSON error", async () => {
    const res = await call("/api/ask", streamed(JSON.stringify({ question: "a", pad: "x".repeat(MAX_BODY_BYTES) })));
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({ code: "body_too_large", message: `the body is over ${MAX_BODY_BYTES} bytes` });
  });

  it("hands one within the limit to the route intact", async () => {
    const res = await call("/api/ask", streamed(JSON.stringify({ question: "bn tthc dc cong bo" })));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { facts: { value: number }[] }).facts[0]!.value).toBe(1117);
  });
});
