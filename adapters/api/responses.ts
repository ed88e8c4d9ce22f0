// The refusals every /api/* route can give, for the OpenAPI document.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import * as z from "zod";
import { ErrorBody } from "../../src/errors.ts";

const json = (description: string) => ({ description, content: { "application/json": { schema: ErrorBody } } });

export const invalidRequest = json("Invalid input: a malformed body or query, a wrong type, an unknown value");
export const notFound = json("No such resource");
export const forbidden = json("A browser page on an origin that ALLOWED_ORIGINS does not list");
export const unsupportedMediaType = json("The body is not sent as application/json");

export const unauthorized = {
  ...json("API_KEYS is set and the request has no valid `Authorization: Bearer <key>`"),
  headers: z.object({ "WWW-Authenticate": z.string() }),
};

export const rateLimited = {
  ...json("Over the request budget of this API key (or client address)"),
  headers: z.object({ "Retry-After": z.string().describe("Seconds to wait before retrying") }),
};

/** 401 and 429, which the auth and rate-limit middleware add to every /api/* route. */
export const guarded = { 401: unauthorized, 429: rateLimited } as const;

/** errorResponse with the status kept literal, so typed OpenAPI handlers accept it. */
export function refuse<S extends ContentfulStatusCode>(c: Context, status: S, code: string, message: string) {
  return c.json({ error: { code, message } } satisfies ErrorBody, status);
}
