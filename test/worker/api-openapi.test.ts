// /openapi.json is OpenAPI 3.1 and every route's responses (successes and refusals) match the JSON
// Schema it publishes, checked with validators built from the published document itself (objects
// closed, so an undocumented field fails too). Every documented operation must have samples here.
import { SELF } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { call, documentedSchema, freshIp, json, type OpenApiDoc } from "./api-support.ts";

let doc: OpenApiDoc;
beforeAll(async () => {
  const res = await SELF.fetch("http://app/openapi.json");
  expect(res.status).toBe(200);
  doc = (await res.json()) as OpenApiDoc;
});

type Sample = { name: string; path: string; init?: RequestInit; settings?: Record<string, string>; status: number };
const KEY = { API_KEYS: "sample-key" };
const auth = { Authorization: "Bearer sample-key" };
/** The web page's own token, and the settings that turn handing questions to officials on. */
const PAGE = { Authorization: "Bearer SamplePageTokenAAAAAAAAAAAAAAAAAAAAAAAAAAAA" };
const HANDOFF = {
  TELEGRAM_BOT_TOKEN: "7012345678:AASampleTokenForOpenApiSamplesQz91xx",
  TELEGRAM_WEBHOOK_SECRET: "sample-secret_1",
  TELEGRAM_BOT_INFO: JSON.stringify({ id: 7012345678, is_bot: true, first_name: "Trợ lý", username: "cchc_tth_bot" }),
  TELEGRAM_API_ROOT: "http://127.0.0.1:9",
  LOG_SALT: "sample-salt",
  HANDOFF_TELEGRAM_CHAT_ID: "-1001987654321",
};

/** Requests per documented operation ("METHOD /path"), with the status each must get. */
const SAMPLES: Record<string, Sample[]> = {
  "POST /api/ask": [
    { name: "an answer", path: "/api/ask", init: json({ question: "bn tthc dc cong bo" }), status: 200 },
    { name: "an abstention", path: "/api/ask", init: json({ question: "Đà Nẵng công bố bao nhiêu TTHC?" }), status: 200 },
    { name: "two facts in English", path: "/api/ask", init: json({ question: "How many procedures were published and abolished?" }), status: 200 },
    { name: "an empty question", path: "/api/ask", init: json({ question: " " }), status: 400 },
    { name: "a form body", path: "/api/ask", init: { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "question=x" }, status: 415 },
    { name: "no key", path: "/api/ask", init: json({ question: "x" }), settings: KEY, status: 401 },
  ],
  "GET /api/reports": [
    { name: "Vietnamese", path: "/api/reports", status: 200 },
    { name: "English", path: "/api/reports?lang=en", init: { headers: auth }, settings: KEY, status: 200 },
    { name: "a bad lang", path: "/api/reports?lang=fr", status: 400 },
  ],
  "GET /api/sections": [
    { name: "all", path: "/api/sections", status: 200 },
    { name: "a bad lang", path: "/api/sections?lang=1", status: 400 },
    { name: "a wrong key", path: "/api/sections", init: { headers: { Authorization: "Bearer wrong" } }, settings: KEY, status: 401 },
  ],
  "GET /api/facts": [
    { name: "all", path: "/api/facts", status: 200 },
    { name: "one section in English", path: "/api/facts?section=to-chuc-bo-may&lang=en", status: 200 },
    { name: "words", path: "/api/facts?q=ngan%20sach", status: 200 },
    { name: "an unknown section", path: "/api/facts?section=nope", status: 400 },
    { name: "one report and year", path: "/api/facts?report=tth-cchc-2024&year=2024", status: 200 },
    { name: "a year no report covers", path: "/api/facts?year=2019", status: 200 },
    { name: "a malformed year", path: "/api/facts?year=20x4", status: 400 },
  ],
  "GET /api/facts/{id}": [
    { name: "a count", path: "/api/facts/tthc-cong-bo", status: 200 },
    { name: "a statement", path: "/api/facts/nen-tang-so?lang=en", status: 200 },
    { name: "an unknown id", path: "/api/facts/nope", status: 404 },
  ],
  "POST /chat/ask": [
    { name: "a question", path: "/chat/ask", init: json({ question: "thu ngân sách" }), status: 200 },
    { name: "a suggestion chip", path: "/chat/ask", init: json({ question: "…", factId: "tthc-bai-bo", lang: "en" }), status: 200 },
    { name: "a topic chip", path: "/chat/ask", init: json({ question: "Cải cách tài chính công", section: "tai-chinh-cong", lang: "vi" }), status: 200 },
    { name: "an unknown fact", path: "/chat/ask", init: json({ question: "x", factId: "nope" }), status: 404 },
    { name: "a missing question", path: "/chat/ask", init: json({}), status: 400 },
    { name: "no content type", path: "/chat/ask", init: { method: "POST", body: "{}" }, status: 415 },
    { name: "a foreign page", path: "/chat/ask", init: json({ question: "x" }, { Origin: "https://evil.example" }), status: 403 },
  ],
  "GET /chat/topics": [
    { name: "Vietnamese", path: "/chat/topics", status: 200 },
    { name: "English", path: "/chat/topics?lang=en", status: 200 },
    { name: "a bad lang", path: "/chat/topics?lang=zz", status: 400 },
  ],
  // The 200s of these three need an answer or a case first: test/worker/web-feedback.test.ts and
  // web-handoff.test.ts check them against this document too.
  "POST /chat/feedback": [
    { name: "an unknown id", path: "/chat/feedback", init: json({ ref: "AAAAAAAAAAAAAAAAAAAAAA", vote: "down" }), status: 404 },
    { name: "a bad vote", path: "/chat/feedback", init: json({ ref: "AAAAAAAAAAAAAAAAAAAAAA", vote: "meh" }), status: 400 },
    { name: "a form body", path: "/chat/feedback", init: { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "vote=up" }, status: 415 },
  ],
  "POST /chat/handoff": [
    { name: "handoff off", path: "/chat/handoff", init: json({ question: "Giá vàng?", offer: "x" }, PAGE), status: 404 },
    { name: "a forged offer", path: "/chat/handoff", init: json({ question: "Giá vàng?", offer: "x" }, PAGE), settings: HANDOFF, status: 400 },
    { name: "a foreign page", path: "/chat/handoff", init: json({ question: "Giá vàng?", offer: "x" }, { ...PAGE, Origin: "https://evil.example" }), status: 403 },
  ],
  "GET /chat/handoff/{code}": [
    { name: "an unknown code", path: "/chat/handoff/K7Q2", init: { headers: PAGE }, settings: HANDOFF, status: 404 },
    { name: "an over-long code", path: "/chat/handoff/KKKKKKKKKKKKKKKKK", init: { headers: PAGE }, status: 400 },
  ],
};

describe("GET /openapi.json", () => {
  it("is OpenAPI 3.1 with the relative server, the bearer scheme and JSON Schema 2020-12 nullability", () => {
    expect(doc.openapi).toBe("3.1.0");
    // No PUBLIC_URL configured: the relative "/", never the request's Host.
    expect((doc as unknown as { servers: { url: string }[] }).servers[0]!.url).toBe("/");
    expect(doc.components?.securitySchemes?.ApiKey).toMatchObject({ type: "http", scheme: "bearer" });
    expect(JSON.stringify(doc)).not.toContain('"nullable"');
  });

  it("documents exactly the operations sampled here", () => {
    const ops = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
    expect(ops.sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it("documents 401 and 429 on every /api route and leaves the page's routes without an API key (the handoff's: the page's own token)", () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const op of Object.values(item)) {
        if (path.startsWith("/api/")) expect(Object.keys(op.responses), path).toEqual(expect.arrayContaining(["401", "429"]));
        else if (path.startsWith("/chat/handoff")) expect(op.security, path).toEqual([{ PageToken: [] }]);
        else expect(op.security, path).toEqual([]);
      }
    }
    expect(doc.components?.securitySchemes?.PageToken).toMatchObject({ type: "http", scheme: "bearer" });
  });
});

describe("responses match the published schema", () => {
  const cases = Object.entries(SAMPLES).flatMap(([op, samples]) => samples.map((s) => [op, s.name, s] as const));
  it.each(cases)("%s: %s", async (op, _name, sample) => {
    const [method, path] = op.split(" ") as [string, string];
    const headers = { "CF-Connecting-IP": freshIp(), ...Object.fromEntries(new Headers(sample.init?.headers).entries()) };
    const res = await call(sample.path, { ...sample.init, headers }, sample.settings);
    expect(res.status).toBe(sample.status);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = await res.json();
    const result = documentedSchema(doc, path, method.toLowerCase(), res.status).safeParse(body);
    expect(result.success ? "valid" : result.error.message).toBe("valid");
  });

  it("429: the refusal over the limit", { timeout: 30_000 }, async () => {
    const ip = freshIp();
    let res: Response | undefined;
    for (let i = 0; i < 1000 && res?.status !== 429; i++) res = await call("/api/sections", { headers: { "CF-Connecting-IP": ip } });
    expect(res!.status).toBe(429);
    expect(documentedSchema(doc, "/api/sections", "get", 429).safeParse(await res!.json()).success).toBe(true);
  });
});
