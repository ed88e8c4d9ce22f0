// Zalo's webhook secret header (setWebhook's secret_token), checked by the shared middleware.
import type { Context } from "hono";
import { refuseWithoutSecret as refuse } from "../../src/middleware/webhook-secret.ts";
export { secretMatches } from "../../src/secret.ts";

export const SECRET_HEADER = "X-Bot-Api-Secret-Token";

/** null when the request carries the configured secret; otherwise the refusal (401, or 429). */
export const refuseWithoutSecret = (c: Context, expected: string) => refuse(c, "zalo", SECRET_HEADER, expected);
