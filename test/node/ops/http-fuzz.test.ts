// HTTP fuzzing of every route of `npm start` (all secrets set, both bot channels on): random bytes,
// invalid UTF-8, wrong or missing content types, empty bodies, deeply nested JSON, oversized
// bodies, forged and right secrets, every method. The app never answers 5xx; every refusal is a
// 4xx with the JSON error shape; a GET of a page may answer HTML. Bounded: a few hundred requests.
import { request as httpRequest, Agent } from "node:http";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Answer } from "../../../src/core/index.ts";
import { ErrorBody } from "../../../src/errors.ts";
import { API_KEY, SECRETS, startStack, telegramText, zaloText, type Stack } from "../../../scripts/stack/stack.ts";
import { logLines } from "./support/output.ts";

let stack: Stack;
const agent = new Agent({ keepAlive: true, maxSockets: 8 });
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  agent.destroy();
  await stack?.stop();
});

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer | null;
}
interface Got {
  status: number;
  contentType: string;
  body: Buffer;
}

/** A raw HTTP/1.1 request (fetch refuses a body on GET and odd header bytes; attackers do not). */
function send(req: Sent): Promise<Got> {
  const url = new URL(stack.app.url);
  return new Promise((resolve, reject) => {
    const r = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: req.path,
        agent,
        headers: { ...req.headers, ...(req.body && { "content-length": String(req.body.length) }) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers["content-type"] ?? ""), body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    r.on("error", reject);
    r.setTimeout(30_000, () => r.destroy(new Error(`no answer to ${req.method} ${req.path}`)));
    r.end(req.body ?? undefined);
  });
}

/** The contract: never 5xx; a refusal is a 4xx JSON error; /api/ask's 200 is an Answer. */
function check(req: Sent, res: Got): void {
  const what = `${req.method} ${req.path} (${req.headers["content-type"] ?? "no type"}, ${req.body?.length ?? 0} bytes) → ${res.status}: ${res.body.subarray(0, 200).toString()}`;
  expect(res.status, what).toBeGreaterThanOrEqual(200);
  expect(res.status, what).toBeLessThan(500);
  if (req.method === "HEAD") return;
  if (res.status >= 400) {
    expect(res.contentType, what).toMatch(/^application\/json/);
    ErrorBody.parse(JSON.parse(res.body.toString("utf8")));
  } else if (req.path === "/api/ask" && req.method === "POST") {
    Answer.parse(JSON.parse(res.body.toString("utf8")));
  }
}

const PATHS = [
  "/api/ask",
  "/api/facts",
  "/api/reports",
  "/api/sections",
  "/api/",
  "/openapi.json",
  "/docs",
  "/chat/ask",
  "/webhook/telegram",
  "/webhook/zalo",
  "/webhook/",
  "/admin",
  "/admin/",
  "/",
  "/embed.js",
  "/healthz",
  "/nope",
  "/%00",
  "/%ZZ",
  "/..%2f..%2fetc%2fpasswd",
  "//admin",
  "/admin?format=json&days=-1",
  "/api/ask?lang=fr",
  "/a/" + "b".repeat(2000),
];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"];
const CONTENT_TYPES = [
  undefined,
  "application/json",
  "application/json; charset=utf-8",
  "application/json; charset=latin1",
  "text/plain",
  "text/html",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=----x",
  "application/xml",
  "application/json, text/plain",
  "%%%",
];

const nested = (depth: number, open: string, close: string, inner = "1") => open.repeat(depth) + inner + close.repeat(depth);
const INVALID_UTF8 = [Buffer.from([0xc3, 0x28]), Buffer.from([0xff, 0xfe]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf4, 0x90, 0x80, 0x80]), Buffer.from([0xe2, 0x82])];

const jsonText = (v: unknown) => Buffer.from(JSON.stringify(v));
const bodyArb: fc.Arbitrary<Buffer | null> = fc.oneof(
  fc.constant(null),
  fc.constant(Buffer.alloc(0)),
  fc.uint8Array({ maxLength: 3000 }).map((a) => Buffer.from(a)),
  // JSON with invalid UTF-8 inside a string.
  fc.tuple(fc.constantFrom(...INVALID_UTF8), fc.constantFrom('{"question":"', '{"update_id":1,"message":{"text":"', '{"event_name":"')).map(([bad, head]) =>
    Buffer.concat([Buffer.from(head), bad, Buffer.from('"}')]),
  ),
  fc.jsonValue({ maxDepth: 4 }).map(jsonText),
  fc.string({ unit: "binary", maxLength: 300 }).map((q) => jsonText({ question: q })),
  fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string())).map((q) => jsonText({ question: q, lang: "vi" })),
  fc.integer({ min: 1, max: 6000 }).map((d) => Buffer.from(nested(d, "[", "]"))),
  fc.integer({ min: 1, max: 6000 }).map((d) => Buffer.from(`{"question":"thu ngân sách","x":${nested(d, '{"a":', "}")}}`)),
  fc.integer({ min: 1, max: 6000 }).map((d) => Buffer.from(`{"update_id":5,"message":${nested(d, '{"a":', "}")}}`)),
  fc.constantFrom(9_000, 70_000, 1_100_000).map((n) => Buffer.from(JSON.stringify({ question: "a", pad: "x".repeat(n) }))),
  fc.tuple(fc.integer({ min: -5, max: 2 ** 53 }), fc.string({ unit: "binary", maxLength: 100 })).map(([id, text]) => jsonText(telegramText(id, 5551234567, text))),
  fc.tuple(fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 100 })).map(([id, text]) => jsonText(zaloText(id, "fuzzuser00000000000a", text))),
  fc.jsonValue({ maxDepth: 3 }).map((v) => jsonText({ ok: true, result: { event_name: "message.text.received", message: v } })),
  fc.jsonValue({ maxDepth: 3 }).map((v) => jsonText({ update_id: 77, message: v, callback_query: v, inline_query: v })),
);

const secretArb = <T extends string>(right: T) =>
  fc.oneof(
    fc.constant(undefined),
    fc.constant(right),
    fc.constant(`${right.slice(0, -1)}x`),
    fc.constant(""),
    fc.string({ unit: "grapheme-ascii", maxLength: 300 }).map((s) => s.replace(/[\r\n]/g, "")),
  );

const anyRequestArb: fc.Arbitrary<Sent> = fc
  .record({
    method: fc.constantFrom(...METHODS),
    path: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PATHS) }, { weight: 1, arbitrary: fc.webPath().map((p) => p || "/") }),
    type: fc.constantFrom(...CONTENT_TYPES),
    body: bodyArb,
    tg: secretArb(SECRETS.TELEGRAM_WEBHOOK_SECRET),
    zalo: secretArb(SECRETS.ZALO_WEBHOOK_SECRET),
    auth: fc.oneof(
      fc.constant(undefined),
      fc.constant(`Bearer ${SECRETS.ADMIN_TOKEN}`),
      fc.constant(`Bearer ${API_KEY}`),
      fc.constant("Bearer "),
      fc.constant(`Basic ${Buffer.from(`admin:${SECRETS.ADMIN_TOKEN}`).toString("base64")}`),
      fc.string({ unit: "grapheme-ascii", maxLength: 200 }).map((s) => `Bearer ${s.replace(/[\r\n]/g, "")}`),
    ),
    accept: fc.constantFrom(undefined, "application/json", "text/html", "*/*", "image/png"),
  })
  .map(({ method, path, type, body, tg, zalo, auth, accept }) => {
    const headers: Record<string, string> = {};
    if (type) headers["content-type"] = type;
    if (tg !== undefined) headers["x-telegram-bot-api-secret-token"] = tg;
    if (zalo !== undefined) headers["x-bot-api-secret-token"] = zalo;
    if (auth !== undefined) headers.authorization = auth;
    if (accept) headers.accept = accept;
    return { method, path: path.startsWith("/") ? path : `/${path}`, headers, body };
  });

/** POSTs to the routes that read bodies, with the right credentials half of the time. */
const targetedArb: fc.Arbitrary<Sent> = fc
  .record({
    path: fc.constantFrom("/api/ask", "/webhook/telegram", "/webhook/zalo", "/chat/ask"),
    type: fc.constantFrom(...CONTENT_TYPES),
    body: bodyArb,
    right: fc.boolean(),
  })
  .map(({ path, type, body, right }) => {
    const headers: Record<string, string> = type ? { "content-type": type } : {};
    if (right) {
      headers["x-telegram-bot-api-secret-token"] = SECRETS.TELEGRAM_WEBHOOK_SECRET;
      headers["x-bot-api-secret-token"] = SECRETS.ZALO_WEBHOOK_SECRET;
      headers.authorization = `Bearer ${API_KEY}`;
    }
    return { method: "POST", path, headers, body };
  });

const requestArb = fc.oneof(anyRequestArb, targetedArb);
const statuses = new Map<number, number>();

describe("HTTP fuzzing against npm start", () => {
  it("never answers 5xx, and refuses with a 4xx JSON error, on the cases that usually break servers", async () => {
    const cases: Sent[] = [];
    const right = { "x-telegram-bot-api-secret-token": SECRETS.TELEGRAM_WEBHOOK_SECRET, "x-bot-api-secret-token": SECRETS.ZALO_WEBHOOK_SECRET, authorization: `Bearer ${API_KEY}` };
    for (const path of ["/api/ask", "/webhook/telegram", "/webhook/zalo", "/admin", "/chat/ask"]) {
      for (const body of [
        null,
        Buffer.alloc(0),
        Buffer.from("{"),
        Buffer.from("null"),
        Buffer.from("[]"),
        Buffer.from('"x"'),
        Buffer.from("\ufeff{}"),
        ...INVALID_UTF8,
        Buffer.from(nested(3000, "[", "]")),
        Buffer.from(nested(30_000, "[", "]")),
        Buffer.from(nested(2000, '{"a":', "}")),
        Buffer.from(JSON.stringify({ question: "x".repeat(2_000_000) })),
      ]) {
        for (const type of ["application/json", "text/plain", undefined]) {
          cases.push({ method: "POST", path, headers: { ...right, ...(type && { "content-type": type }) }, body });
        }
      }
    }
    for (const c of cases) check(c, await send(c));
  });

  it("never answers 5xx on random requests to every route (bounded run)", async () => {
    await fc.assert(
      fc.asyncProperty(requestArb, async (req) => {
        const res = await send(req);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        check(req, res);
      }),
      { numRuns: 500, endOnFailure: true },
    );
    // What the run met, for whoever reads the test output (not an assertion).
    console.log(`fuzz statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`);
  });

  it("is still healthy afterwards and logged no unhandled error", async () => {
    const res = await fetch(`${stack.app.url}/healthz`);
    expect(res.status).toBe(200);
    const lines = logLines(stack.app.output());
    expect(lines.filter((l) => l.event === "unhandled")).toEqual([]);
    expect(lines.filter((l) => l.event === "request" && (l.status as number) >= 500)).toEqual([]);
  });
});
