// A wrong method on an existing route is 405 with Allow (the route's methods; GET brings HEAD),
// in the JSON error shape, inside workerd; an unknown path stays 404; the right method still works.
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ErrorBody } from "../../src/errors.ts";

const send = (method: string, path: string) => SELF.fetch(`http://app${path}`, { method });

describe("a wrong method on an existing route", () => {
  it.each([
    ["GET", "/api/ask", "POST"],
    ["PUT", "/api/facts/tthc-cong-bo", "GET, HEAD"],
    ["DELETE", "/healthz", "GET, HEAD"],
    ["POST", "/explore", "GET, HEAD"],
    ["GET", "/chat/ask", "POST"],
    ["GET", "/webhook/telegram", "POST"],
    ["PATCH", "/static/site.css", "GET, HEAD"],
  ])("%s %s → 405, Allow: %s", async (method, path, allow) => {
    const res = await send(method, path);
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe(allow);
    expect(res.headers.get("content-type")).toContain("application/json");
    const { error } = ErrorBody.parse(await res.json());
    expect(error.code).toBe("method_not_allowed");
    expect(error.message).toContain(method);
    expect(error.message).toContain(allow.split(", ")[0]);
  });

  it("answers HEAD on a GET route like GET, without a body", async () => {
    const res = await send("HEAD", "/healthz");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
  });

  it("keeps 404 for a path no method serves", async () => {
    for (const [method, path] of [["GET", "/nope"], ["POST", "/api/nope"], ["GET", "/api/facts/tthc-cong-bo/extra"]] as const) {
      const res = await send(method, path);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.headers.get("allow")).toBeNull();
      expect(ErrorBody.parse(await res.json()).error.code).toBe("not_found");
    }
  });
});
