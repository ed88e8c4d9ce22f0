// callback_data of inline buttons: "<kind>:<lang>:<id>", where kind is f (a fact) or s (a report
// section) and id is the knowledge base's own short id. Never the question text: Telegram allows
// 1-64 bytes, and a button outlives a deploy, so stale or forged data must parse safely.
import * as z from "zod";
import { Lang } from "../../src/core/index.ts";

export const CALLBACK_DATA_MAX_BYTES = 64;

export const CallbackData = z.object({
  kind: z.enum(["f", "s"]),
  lang: Lang,
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
});
export type CallbackData = z.infer<typeof CallbackData>;

/** The encoded data, or null when it would not fit in 64 bytes (the button is then left out). */
export function encodeCallbackData(data: CallbackData): string | null {
  const encoded = `${data.kind}:${data.lang}:${data.id}`;
  return new TextEncoder().encode(encoded).length <= CALLBACK_DATA_MAX_BYTES ? encoded : null;
}

export function decodeCallbackData(raw: string | undefined): CallbackData | null {
  const [kind, lang, ...rest] = (raw ?? "").split(":");
  const parsed = CallbackData.safeParse({ kind, lang, id: rest.join(":") });
  return parsed.success ? parsed.data : null;
}
