// Every zod validation failure of the API becomes a 400 with the shared {"error": …} shape.
import { OpenAPIHono, type OpenAPIHonoOptions } from "@hono/zod-openapi";
import { errorResponse } from "../../src/errors.ts";
import type { ApiEnv } from "./env.ts";

export const validationHook: OpenAPIHonoOptions<ApiEnv>["defaultHook"] = (result, c) => {
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join(".") || (result.target === "json" ? "body" : result.target);
    return errorResponse(c, 400, "invalid_request", issue ? `${where}: ${issue.message}` : "invalid request");
  }
};

/** A sub-app whose routes validate with zod and answer bad input with a JSON 400. */
export function openApiApp() {
  return new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
}
