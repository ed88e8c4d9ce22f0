// Bearer ADMIN_TOKEN, compared in constant time: both sides are hashed to 32 bytes first, so the
// comparison takes the same time whatever the length of the guess and however much of it is right.
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
