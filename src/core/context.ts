// The conversation context a client carries between questions: the last plan and the facts that
// answered it, as a compact opaque token (base64url JSON). It holds ids and qualifiers only, never
// the question's text, so it carries nothing personal. A token that does not parse, comes from
// another knowledge base version, or names unknown facts is ignored: the message is read alone.
import * as z from "zod";
import type { LoadedKnowledge } from "./kb.ts";
import { Plan } from "./plan.ts";

const Token = z.object({ v: z.literal(1), kb: z.string(), plan: Plan });

function toBase64Url(s: string): string {
  // A loop rather than String.fromCharCode(...bytes): every answer writes one, so no spread.
  const bytes = new TextEncoder().encode(s);
  let binary = "";
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
const fromBase64Url = (s: string) => new TextDecoder().decode(Uint8Array.from(atob(s.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)));

export function writeContext(k: LoadedKnowledge, plan: Plan): string {
  return toBase64Url(JSON.stringify({ v: 1, kb: k.kb.version, plan }));
}

export function readContext(k: LoadedKnowledge, token: string | undefined): Plan | null {
  if (!token || token.length > 2048) return null;
  try {
    const parsed = Token.safeParse(JSON.parse(fromBase64Url(token)));
    if (!parsed.success || parsed.data.kb !== k.kb.version) return null;
    const plan = parsed.data.plan;
    return plan.facts.length > 0 && plan.facts.every((id) => k.byId.has(id)) ? plan : null;
  } catch {
    return null;
  }
}
