// Inline keyboards: suggested questions (a tap answers that fact), the report's sections (a tap
// lists the section's figures), 👍/👎 under an answer, and "send this question to an official".
// One button per row for the long labels.
import type { InlineKeyboardButton } from "grammy/types";
import { sections, type Answer, type Lang } from "../../src/core/index.ts";
import { TEXTS } from "../chat/texts.ts";
import { encodeCallbackData, fitsCallbackData, handoffData, voteData, type CallbackData } from "./callback-data.ts";

export type Keyboard = InlineKeyboardButton[][];

/** Telegram shows about this many characters of a button before eliding it. */
const LABEL_MAX = 60;

const label = (text: string) => (text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1).trimEnd()}…` : text);

function rows(buttons: { text: string; data: CallbackData }[]): Keyboard | undefined {
  const out: Keyboard = [];
  for (const b of buttons) {
    const callback_data = encodeCallbackData(b.data);
    if (callback_data) out.push([{ text: label(b.text), callback_data }]);
  }
  return out.length ? out : undefined;
}

/** Buttons for the answer's suggested questions, keyed by fact id. */
export function suggestionKeyboard(answer: Answer): Keyboard | undefined {
  return rows(
    answer.suggestionIds.flatMap((id, i) => {
      const question = answer.suggestions[i];
      return question ? [{ text: question, data: { kind: "f" as const, lang: answer.lang, id } }] : [];
    }),
  );
}

/** Buttons for the sections that hold at least one fact. */
export function sectionKeyboard(lang: Lang): Keyboard | undefined {
  return rows(sections(lang).filter((s) => s.factIds.length).map((s) => ({ text: s.title, data: { kind: "s" as const, lang, id: s.id } })));
}

/** 👍 / 👎 side by side. */
export function voteRow(ref: string, lang: Lang): InlineKeyboardButton[] {
  const t = TEXTS[lang];
  return [
    { text: t.voteUp, callback_data: voteData(ref, true) },
    { text: t.voteDown, callback_data: voteData(ref, false) },
  ].filter((b) => fitsCallbackData(b.callback_data));
}

export function handoffRow(offer: string, lang: Lang): InlineKeyboardButton[] {
  return [{ text: TEXTS[lang].handoffButton, callback_data: handoffData(offer) }];
}
