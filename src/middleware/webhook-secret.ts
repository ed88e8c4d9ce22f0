// A bot platform's webhook secret header, compared with the configured secret in constant time,
// checked before anything else so a forged call never reaches the bot or the Bot API. Failed checks
// are counted per client and answered 429 past a small budget, with one summary log line per
// window (auth-failures.ts). One definition for every platform; each names its header.
import type { Context } from "hono";
import { errorResponse } from "../errors.ts";
import { secretMatches } from "../secret.ts";
import { checkCredential } from "./auth-failures.ts";

/** null when the request carries the configured secret in `header`; otherwise the refusal (401, or 429). */
export function refuseWithoutSecret(c: Context, scope: "telegram" | "zalo", header: string, expected: string): Promise<Response | null> {
  return checkCredential(
    c,
    scope,
    () => {
      const given = c.req.header(header);
      if (given === undefined) return "missing";
      return secretMatches(given, expected) ? "ok" : "wrong";
    },
    () => errorResponse(c, 401, "unauthorized", `missing or wrong ${header} header`),
  );
}
