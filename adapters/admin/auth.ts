// Bearer ADMIN_TOKEN, compared in constant time: both sides are hashed to 32 bytes first, so the
// comparison takes the same time whatever the length of the guess and however much of it is right.
// Failed attempts are counted per client and answered 429 past a small budget, with one summary log
// line per window (src/middleware/auth-failures.ts).
import type { Context } from "hono";
import { errorResponse } from "../../src/errors.ts";
import { checkCredential } from "../../src/middleware/auth-failures.ts";

const encoder = new TextEncoder();

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(text)));
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? "");
  return m?.[1];
}

export async function tokenMatches(given: string | undefined, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(given ?? ""), digest(expected)]);
  let diff = 0;
  for (let i = 0; i < b.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0 && given !== undefined;
}

/** null when the request carries `Authorization: Bearer <expected>`; otherwise the refusal (401, or 429). */
export function refuseWithoutToken(c: Context, expected: string): Promise<Response | null> {
  return checkCredential(
    c,
    "admin",
    async () => {
      const header = c.req.header("Authorization");
      if (header === undefined) return "missing";
      return (await tokenMatches(bearerToken(header), expected)) ? "ok" : "wrong";
    },
    () => errorResponse(c, 401, "unauthorized", "send Authorization: Bearer <ADMIN_TOKEN>", { "WWW-Authenticate": 'Bearer realm="admin"' }),
  );
}
