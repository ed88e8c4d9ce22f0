// The conversation context a client carries between questions: the last plan and the facts that
// answered it, as a compact opaque token (base64url JSON). It holds ids and qualifiers only, never
// the question's text, so it carries nothing personal. A token that does not parse, comes from
// another knowledge base version, or names unknown facts is ignored: the message is read alone.
import * as z from "zod";
import type { LoadedKnowledge } from "./kb.ts";
import { Plan } from "./plan.ts";

const Token = z.object({ v: z.literal(1), kb: z.string(), plan: Plan });

const ALPHABET = new TextEncoder().encode("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();

/** Base64url without padding, written into one buffer: every answer writes a token, so no string is built a character at a time. */
function toBase64Url(s: string): string {
  const bytes = ENCODER.encode(s);
  const out = new Uint8Array(Math.ceil((bytes.length * 4) / 3));
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    out[o++] = ALPHABET[(n >> 18) & 63]!;
    out[o++] = ALPHABET[(n >> 12) & 63]!;
    if (left > 1) out[o++] = ALPHABET[(n >> 6) & 63]!;
    if (left > 2) out[o++] = ALPHABET[n & 63]!;
  }
  return DECODER.decode(out.subarray(0, o));
}
const fromBase64Url = (s: string) => DECODER.decode(Uint8Array.from(atob(s.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)));

export function writeContext(k: LoadedKnowledge, plan: Plan): string {
  return toBase64Url(JSON.stringify({ v: 1, kb: k.kb.version, plan }));
}

export function readContext(k: LoadedKnowledge, token: string | undefined): Plan | null {
  if (!token || token.length > 2048) return null;
  try {
    const parsed = Token.safeParse(JSON.parse(fromBase64Url(token)));
    if (!parsed.success || parsed.data.kb !== k.kb.version) return null;
    const plan = parsed.data.plan;
    if (!(plan.facts.length > 0 && plan.facts.every((id) => k.byId.has(id)))) return null;
    // Earlier figures the knowledge base does not hold are dropped, not the whole context.
    return plan.earlier ? { ...plan, earlier: plan.earlier.filter((id) => k.byId.has(id)) } : plan;
  } catch {
    return null;
  }
}
