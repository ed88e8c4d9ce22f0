// The X-Bot-Api-Secret-Token header is compared with the configured secret in constant time. Failed
// checks are counted per client and answered 429 past a small budget, with one summary log line per
// window (src/middleware/auth-failures.ts).
import type { Context } from "hono";
import { errorResponse } from "../../src/errors.ts";
import { checkCredential } from "../../src/middleware/auth-failures.ts";
import { secretMatches } from "../../src/secret.ts";

export { secretMatches };

export const SECRET_HEADER = "X-Bot-Api-Secret-Token";

/** null when the request carries the configured secret; otherwise the refusal (401, or 429). */
export function refuseWithoutSecret(c: Context, expected: string): Promise<Response | null> {
  return checkCredential(
    c,
    "zalo",
    () => {
      const given = c.req.header(SECRET_HEADER);
      if (given === undefined) return "missing";
      return secretMatches(given, expected) ? "ok" : "wrong";
    },
    () => errorResponse(c, 401, "unauthorized", `wrong or missing ${SECRET_HEADER}`),
  );
}
