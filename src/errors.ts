// One error shape for every refusal: {"error": {"code", "message"}} with a 4xx status.
import * as z from "zod";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export function errorResponse(c: Context, status: ContentfulStatusCode, code: string, message: string, headers?: Record<string, string>) {
  return c.json({ error: { code, message } } satisfies ErrorBody, status, headers);
}
