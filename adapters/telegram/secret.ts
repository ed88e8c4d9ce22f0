// The webhook's secret token header. Checked before anything else, so a request without the right
// header never reaches grammY and never causes a Bot API call. Failed checks are counted per client
// and answered 429 past a small budget, with one summary log line per window
// (src/middleware/auth-failures.ts).
import type { Context } from "hono";
import { errorResponse } from "../../src/errors.ts";
import { checkCredential } from "../../src/middleware/auth-failures.ts";
import { secretMatches } from "../../src/secret.ts";

export { secretMatches };

export const SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

/** null when the request carries the configured secret; otherwise the refusal (401, or 429). */
export function refuseWithoutSecret(c: Context, expected: string): Promise<Response | null> {
  return checkCredential(
    c,
    "telegram",
    () => {
      const given = c.req.header(SECRET_HEADER);
      if (given === undefined) return "missing";
      return secretMatches(given, expected) ? "ok" : "wrong";
    },
    () => errorResponse(c, 401, "unauthorized", `missing or wrong ${SECRET_HEADER} header`),
  );
}
