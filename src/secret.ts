// Constant-time comparison of a presented secret (webhook header, token) with the configured one:
// the time taken depends on the configured secret's length only, not on how much of a guess is right.
const encoder = new TextEncoder();

export function secretMatches(given: string | null | undefined, expected: string): boolean {
  const a = encoder.encode(given ?? "");
  const b = encoder.encode(expected);
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a[i] ?? 0) ^ b[i]!;
  return diff === 0 && given !== null && given !== undefined;
}
