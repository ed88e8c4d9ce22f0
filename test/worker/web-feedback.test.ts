// POST /chat/feedback in workerd with the real D1 schema: /chat/ask puts an answer with figures on
// record and gives the page a random id; a vote on that id is stored (with an HMAC of the id, the
// fact ids, the operation, never anything about the person), a later vote replaces it, and a
// forged or unknown id, bad JSON or a wrong type are refused with the JSON error shape.
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { hashId } from "../../src/log.ts";
import { call, documentedSchema, errorOf, freshIp, json, type OpenApiDoc } from "./api-support.ts";

const SALT = "web-feedback-worker-salt";
const SETTINGS = { LOG_SALT: SALT };

let doc: OpenApiDoc;
beforeAll(async () => {
  doc = (await (await call("/openapi.json")).json()) as OpenApiDoc;
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) => call(path, json(body, { "CF-Connecting-IP": freshIp(), ...headers }), SETTINGS);
const vote = (body: unknown) => post("/chat/feedback", body);

async function askForId(question: string): Promise<string> {
  const res = await post("/chat/ask", { question });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { feedback?: string };
  expect(documentedSchema(doc, "/chat/ask", "post", 200).safeParse(body).success).toBe(true);
  return body.feedback!;
}

const rowOf = async (id: string) =>
  env.DB.prepare("SELECT * FROM feedback WHERE question_ref = ?1").bind(await hashId(`q:web:${id}`, SALT)).first<Record<string, unknown>>();

describe("an answer with figures on the page", () => {
  it("comes with a random id, and is on record under its HMAC with its facts, before any vote", async () => {
    const id = await askForId("bn tthc dc cong bo");
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const row = await rowOf(id);
    expect(row).toMatchObject({ channel: "web", question_key: "bn tthc dc cong bo", fact_ids: '["tthc-cong-bo"]', op: null, lang: "vi", vote: null, voted_at: null });
    expect(Object.values(row!)).not.toContain(id);
    expect(Object.keys(row!).sort()).toEqual(["channel", "created_at", "fact_ids", "lang", "op", "question_key", "question_ref", "vote", "voted_at"]);
  });

  it("keeps a computed answer's operation", async () => {
    const row = await rowOf(await askForId("còn bao nhiêu nhiệm vụ CCHC chưa hoàn thành?"));
    expect(row!.op).toBe("remaining");
  });

  it("gets an id from a suggestion chip too, but none for a declined question", async () => {
    const chip = await post("/chat/ask", { question: "…", factId: "tthc-bai-bo" });
    expect(((await chip.json()) as { feedback?: string }).feedback).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const declined = (await (await post("/chat/ask", { question: "Giá vàng hôm nay bao nhiêu?" })).json()) as { answered: boolean; feedback?: string };
    expect(declined.answered).toBe(false);
    expect(declined.feedback).toBeUndefined();
  });
});

describe("POST /chat/feedback", () => {
  it("stores 👎, then replaces it with a later 👍 (one vote per answer, the last one counts)", async () => {
    const id = await askForId("bãi bỏ bao nhiêu TTHC?");
    const down = await vote({ ref: id, vote: "down" });
    expect(down.status).toBe(200);
    const body = await down.json();
    expect(body).toEqual({ vote: "down" });
    expect(documentedSchema(doc, "/chat/feedback", "post", 200).safeParse(body).success).toBe(true);
    const first = await rowOf(id);
    expect(first).toMatchObject({ vote: "down" });
    expect(first!.voted_at).toEqual(expect.any(Number));

    expect((await vote({ ref: id, vote: "up" })).status).toBe(200);
    expect(await rowOf(id)).toMatchObject({ vote: "up" });
    expect((await env.DB.prepare("SELECT COUNT(*) AS n FROM feedback WHERE question_ref = ?1").bind(await hashId(`q:web:${id}`, SALT)).first<{ n: number }>())!.n).toBe(1);
  });

  it("refuses a forged or unknown id with 404, storing nothing", async () => {
    const before = (await env.DB.prepare("SELECT COUNT(*) AS n FROM feedback WHERE vote IS NOT NULL").first<{ n: number }>())!.n;
    for (const ref of ["AAAAAAAAAAAAAAAAAAAAAA", "not-an-id", "x".repeat(64)]) {
      const res = await vote({ ref, vote: "down" });
      expect(res.status, ref).toBe(404);
      expect((await errorOf(res)).code).toBe("not_found");
    }
    // The HMAC D1 keeps is not a valid id either: only the page's own id is.
    const id = await askForId("thu ngân sách");
    const stored = await hashId(`q:web:${id}`, SALT);
    expect((await vote({ ref: stored, vote: "down" })).status).toBe(404);
    expect((await env.DB.prepare("SELECT COUNT(*) AS n FROM feedback WHERE vote IS NOT NULL").first<{ n: number }>())!.n).toBe(before);
  });

  it("refuses bad JSON, wrong types and missing fields with 400, and a form body with 415", async () => {
    const id = await askForId("bn tthc dc cong bo");
    const cases: [string, RequestInit][] = [
      ["malformed JSON", { method: "POST", headers: { "content-type": "application/json" }, body: '{"ref": "x", ' }],
      ["an unknown vote", json({ ref: id, vote: "maybe" })],
      ["a boolean vote", json({ ref: id, vote: true })],
      ["a numeric ref", json({ ref: 12345, vote: "up" })],
      ["an empty ref", json({ ref: "", vote: "up" })],
      ["an over-long ref", json({ ref: "x".repeat(65), vote: "up" })],
      ["no vote", json({ ref: id })],
      ["an array", json([{ ref: id, vote: "up" }])],
    ];
    for (const [name, init] of cases) {
      const res = await call("/chat/feedback", { ...init, headers: { ...(init.headers as Record<string, string>), "CF-Connecting-IP": freshIp() } }, SETTINGS);
      expect(res.status, name).toBe(400);
      expect((await errorOf(res)).code, name).toBe("invalid_request");
    }
    const form = await call("/chat/feedback", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `ref=${id}&vote=up` }, SETTINGS);
    expect(form.status).toBe(415);
    expect(await rowOf(id)).toMatchObject({ vote: null });
  });

  it("refuses a page on an origin not in ALLOWED_ORIGINS", async () => {
    const id = await askForId("bn tthc dc cong bo");
    const res = await post("/chat/feedback", { ref: id, vote: "down" }, { Origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(await rowOf(id)).toMatchObject({ vote: null });
  });
});
