// The webhook's secret token, compared in constant time. Checked before anything else, so a
// request without the right header never reaches grammY and never causes a Bot API call.

export const SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

export function secretMatches(given: string | undefined, expected: string): boolean {
  const a = new TextEncoder().encode(given ?? "");
  const b = new TextEncoder().encode(expected);
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a[i] ?? 0) ^ b[i]!;
  return given !== undefined && diff === 0;
}
