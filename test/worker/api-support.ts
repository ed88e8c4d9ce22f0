// Shared helpers of the api-*.test.ts files: the app with chosen settings (API_KEYS,
// ALLOWED_ORIGINS) over the pool's real bindings (D1, RATE_LIMITER), and response checks against
// the published OpenAPI document.
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect } from "vitest";
import * as z from "zod";
import { app } from "../../src/app.ts";
import type { Env } from "../../src/env.ts";

export type ErrorJson = { error: { code: string; message: string } };

/** A request through the app with the pool's bindings plus `settings`. */
export async function call(path: string, init: RequestInit = {}, settings: Partial<Env> = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(`https://cchc.example${path}`, init), { ...env, ...settings }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

export const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

/** A distinct client per call site, so tests never share a budget: IPv6 is counted per /64, so the
 * random part is the network's, not the interface's. */
export const freshIp = () => {
  const [a, b] = crypto.getRandomValues(new Uint16Array(2));
  return `2001:db8:${a!.toString(16)}:${b!.toString(16)}::1`;
};

export async function errorOf(res: Response): Promise<ErrorJson["error"]> {
  const body = (await res.json()) as ErrorJson;
  expect(Object.keys(body)).toEqual(["error"]);
  expect(typeof body.error.code).toBe("string");
  expect(body.error.message.length).toBeGreaterThan(3);
  return body.error;
}

type Json = Record<string, unknown>;
export interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Json }> }>; security?: unknown[] }>>;
  components?: { schemas?: Record<string, Json>; securitySchemes?: Record<string, Json> };
  security?: unknown[];
}

/** Every object schema closed (additionalProperties: false), refs moved to $defs for zod. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== "object") return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === "$ref" && typeof v === "string" ? v.replace("#/components/schemas/", "#/$defs/") : closed(v);
  if (out.type === "object" && out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

/** The zod validator of one documented response, built from the published JSON Schema. */
export function documentedSchema(doc: OpenApiDoc, path: string, method: string, status: number): z.ZodType {
  const op = doc.paths[path]?.[method];
  if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in the OpenAPI document`);
  const response = op.responses[String(status)];
  if (!response) throw new Error(`${method.toUpperCase()} ${path} does not document status ${status}`);
  const schema = response.content?.["application/json"]?.schema;
  if (!schema) throw new Error(`${method.toUpperCase()} ${path} ${status} has no JSON schema`);
  const defs = Object.fromEntries(Object.entries(doc.components?.schemas ?? {}).map(([k, v]) => [k, closed(v)]));
  return z.fromJSONSchema({ ...(closed(schema) as Json), $defs: defs } as Parameters<typeof z.fromJSONSchema>[0]);
}

/** The current window of the limiter (aligned to the clock), with time to spare for `needMs`. */
export async function freshWindow(periodMs: number, needMs = 10_000): Promise<void> {
  const left = periodMs - (Date.now() % periodMs);
  if (left < needMs) await new Promise((r) => setTimeout(r, left + 50));
}
