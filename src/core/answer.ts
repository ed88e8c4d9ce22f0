// The Answer: what core.ask returns and every adapter renders. The zod schema is the single
// source of the type and of the JSON contract of POST /api/ask.
import * as z from "zod";

export const Lang = z.enum(["vi", "en"]);
export type Lang = z.infer<typeof Lang>;

/** How a figure the report does not state was computed from figures it does state. */
export const Derivation = z.object({
  op: z.enum(["sum", "difference", "ratio", "completion", "remaining", "previous", "others", "reference", "average", "multiple"]),
  /** The stated facts it is computed from, each also returned (and cited) in the same answer. */
  operands: z.array(z.string()).min(1),
  /** "34 − 31 = 3", in the answer's number format. */
  formula: z.string(),
});
export type Derivation = z.infer<typeof Derivation>;

export const AnswerFact = z.object({
  id: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  unit: z.string(),
  section: z.string(),
  /** The report's sentence, verbatim (for a computed figure: its first operand's sentence). */
  quote: z.string(),
  /** Present when the figure is computed from the report's figures rather than stated by it. */
  derived: Derivation.optional(),
});
export type AnswerFact = z.infer<typeof AnswerFact>;

export const Citation = z.object({
  /** The report's id (`/api/reports`): which report the figure comes from. */
  reportId: z.string(),
  /** "Báo cáo số 627/BC-UBND ngày 20/12/2024 của Ủy ban nhân dân tỉnh Thừa Thiên Huế" */
  document: z.string(),
  section: z.string(),
  /** The report's sentence, verbatim. */
  quote: z.string(),
  url: z.string(),
});
export type Citation = z.infer<typeof Citation>;

/** A figure ready to render: adapters highlight `figure` (bold on Telegram, chips on the web). */
export const Highlight = z.object({
  factId: z.string(),
  /** "1.117 thủ tục hành chính", "94,5%", formatted for the answer's language. */
  figure: z.string(),
  /** The sentence that states it, with `figure` inside it verbatim. */
  sentence: z.string(),
});
export type Highlight = z.infer<typeof Highlight>;

/** Why the assistant declined: each channel may word it its own way (the core's `text` is one wording). */
export const AbstainReason = z.enum([
  "out-of-scope", "no-figure", "no-breakdown", "cannot-compute", "other-place", "other-year", "other-period", "small-talk", "unsafe", "empty",
]);
export type AbstainReason = z.infer<typeof AbstainReason>;

/** Declines about what the reports hold, which an official could help with (not greetings, empty or unsafe messages). */
export const HANDOFF_REASONS: ReadonlySet<AbstainReason> = new Set<AbstainReason>(["out-of-scope", "no-figure", "no-breakdown", "cannot-compute", "other-place", "other-year", "other-period"]);

export const Answer = z.object({
  answered: z.boolean(),
  /** Present when `answered` is false. */
  reason: AbstainReason.optional(),
  /** Plain text as a user reads it: the figure sentence(s), then the citation. */
  text: z.string(),
  lang: Lang,
  /** The primary fact first. Empty when the assistant abstains. */
  facts: z.array(AnswerFact),
  citations: z.array(Citation),
  /** Questions the assistant can answer (on abstention, or when two facts are equally likely). */
  suggestions: z.array(z.string()),
  /** Fact ids behind `suggestions`, same order: short keys for buttons (Telegram callback_data). */
  suggestionIds: z.array(z.string()),
  /** The figure sentences without the citation, for renderers that lay the answer out themselves. */
  highlights: z.array(Highlight),
  /** A line shown before the figures: they are two or three readings of one question. */
  lead: z.string().optional(),
  /**
   * Lines shown after the figures: the message asked more figures than one reply gives, or something
   * the report has no figure for (or no figure was found for), or a figure's body is one the report's
   * text only implies.
   */
  note: z.string().optional(),
  /**
   * An opaque token of what was just asked (the plan and the facts that answered it, never the
   * question's text): send it back with the next question so that "còn cấp huyện?" continues it.
   */
  context: z.string().max(2048),
});
export type Answer = z.infer<typeof Answer>;

export const AskOptions = z.object({
  lang: Lang.optional(),
  /** The `context` of the previous answer in this conversation; a forged or stale one is ignored. */
  context: z.string().max(2048).optional(),
});
export type AskOptions = z.infer<typeof AskOptions>;
