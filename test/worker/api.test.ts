// The app inside workerd, as Cloudflare runs it: /api/ask answers, abstains and refuses bad bodies.
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { Answer } from "../../src/core/answer.ts";

const ask = (body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) =>
  SELF.fetch("http://app/api/ask", { method: "POST", headers, body });

describe("POST /api/ask in workerd", () => {
  it("answers with the exact figure and its verbatim citation", async () => {
    const res = await ask(JSON.stringify({ question: "bn tthc dc cong bo" }));
    expect(res.status).toBe(200);
    const body = Answer.parse(await res.json());
    expect(body.answered).toBe(true);
    expect(body.facts[0]).toMatchObject({ id: "tthc-cong-bo", value: 1117 });
    expect(body.citations[0]!.quote).toContain("công bố 1,117 TTHC");
    expect(body.text).toContain("627/BC-UBND");
  });

  it("answers English in English and honours an explicit lang", async () => {
    const en = Answer.parse(await (await ask(JSON.stringify({ question: "How many procedures were abolished?" }))).json());
    expect(en.lang).toBe("en");
    expect(en.facts[0]!.value).toBe(176);
    const forced = Answer.parse(await (await ask(JSON.stringify({ question: "bãi bỏ bao nhiêu TTHC", lang: "en" }))).json());
    expect(forced.lang).toBe("en");
    expect(forced.text).toContain("Source:");
  });

  it("abstains with suggestions and no facts when the report does not say", async () => {
    const body = Answer.parse(await (await ask(JSON.stringify({ question: "Đà Nẵng công bố bao nhiêu thủ tục hành chính năm 2024?" }))).json());
    expect(body.answered).toBe(false);
    expect(body.facts).toEqual([]);
    expect(body.suggestions.length).toBe(3);
  });

  it.each([
    ["malformed JSON", "{question:", "invalid_request"],
    ["a missing question", JSON.stringify({}), "invalid_request"],
    ["an empty question", JSON.stringify({ question: "   " }), "invalid_request"],
    ["a wrong type", JSON.stringify({ question: 42 }), "invalid_request"],
    ["an unknown lang", JSON.stringify({ question: "thu ngân sách", lang: "fr" }), "invalid_request"],
    ["a question over 1000 characters", JSON.stringify({ question: "a".repeat(1001) }), "invalid_request"],
    ["a JSON array", "[]", "invalid_request"],
    ["null", "null", "invalid_request"],
    ["a body over 8 KiB", JSON.stringify({ question: "x", pad: "y".repeat(9000) }), "body_too_large"],
  ])("refuses %s with a 400 and a JSON error", async (_name, body, code) => {
    const res = await ask(body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe(code);
    expect(json.error.message.length).toBeGreaterThan(3);
  });

  it("refuses a body that is not JSON at all", async () => {
    const res = await ask("question=hello", { "content-type": "application/x-www-form-urlencoded" });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
    const none = await ask(JSON.stringify({ question: "thu ngân sách" }), {});
    expect(none.status).toBeGreaterThanOrEqual(400);
    expect(none.status).toBeLessThan(500);
  });

  it("answers odd Unicode without failing", async () => {
    for (const question of ["\u202e\u200bthu ngân sách\u0301\u0301", "𝕥𝕙𝕦 𝕟𝕘𝕒𝕟 𝕤𝕒𝕔𝕙", "\ud800 lone surrogate"]) {
      const res = await ask(JSON.stringify({ question }));
      expect(res.status).toBe(200);
      Answer.parse(await res.json());
    }
  });
});

describe("other routes", () => {
  it("GET /healthz reports the fact count and version", async () => {
    const res = await SELF.fetch("http://app/healthz");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; facts: number; version: string };
    expect(body.ok).toBe(true);
    expect(body.facts).toBeGreaterThan(50);
    expect(typeof body.version).toBe("string");
  });

  it("answers unknown routes with a JSON 404", async () => {
    const res = await SELF.fetch("http://app/nope");
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });

  it("keeps the bot webhooks off while their secrets are not set", async () => {
    for (const path of ["/webhook/telegram", "/webhook/zalo"]) {
      const res = await SELF.fetch(`http://app${path}`, { method: "POST", body: "{}" });
      expect(res.status).toBe(404);
    }
  });
});
