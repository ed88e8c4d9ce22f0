// callback_data of inline buttons, at most 64 bytes (Telegram's limit), never the question text:
//   f:<lang>:<fact id>      a suggested question (answers that fact)
//   s:<lang>:<section id>   a report section (lists its figures)
//   v:u:<ref> / v:d:<ref>   👍 / 👎 on the answer to question <ref> (an HMAC, 32 hex)
//   h:<offer id>            send the declined question to an official
// A button outlives a deploy, so stale or forged data must parse safely (to null).
import * as z from "zod";
import { Lang } from "../../src/core/index.ts";
import type { ButtonAction } from "../chat/types.ts";

export const CALLBACK_DATA_MAX_BYTES = 64;

export const CallbackData = z.object({
  kind: z.enum(["f", "s"]),
  lang: Lang,
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
});
export type CallbackData = z.infer<typeof CallbackData>;

const fits = (s: string) => new TextEncoder().encode(s).length <= CALLBACK_DATA_MAX_BYTES;

/** The encoded data, or null when it would not fit in 64 bytes (the button is then left out). */
export function encodeCallbackData(data: CallbackData): string | null {
  const encoded = `${data.kind}:${data.lang}:${data.id}`;
  return fits(encoded) ? encoded : null;
}

export function decodeCallbackData(raw: string | undefined): CallbackData | null {
  const [kind, lang, ...rest] = (raw ?? "").split(":");
  const parsed = CallbackData.safeParse({ kind, lang, id: rest.join(":") });
  return parsed.success ? parsed.data : null;
}

export const voteData = (ref: string, up: boolean) => `v:${up ? "u" : "d"}:${ref}`;
export const handoffData = (offer: string) => `h:${offer}`;

const VOTE = /^v:([ud]):([0-9a-f]{16,48})$/;
const HANDOFF = /^h:([2-9A-HJKMNP-Z]{6,16})$/;

/** What a tap asks for, or null for data this bot never made. */
export function readButton(raw: string | undefined): ButtonAction | null {
  if (!raw) return null;
  const vote = VOTE.exec(raw);
  if (vote) return { type: "vote", up: vote[1] === "u", ref: vote[2]! };
  const handoff = HANDOFF.exec(raw);
  if (handoff) return { type: "handoff", offer: handoff[1]! };
  const data = decodeCallbackData(raw);
  if (!data) return null;
  return { type: data.kind === "f" ? "fact" : "section", lang: data.lang, id: data.id };
}

export { fits as fitsCallbackData };
