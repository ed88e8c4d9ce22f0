// Inline mode: "@bot thu ngân sách" in any chat lists up to 10 facts, each an article whose message
// is the figure in bold with a short citation; an empty query lists the headline figures.
import { InlineQueryResultBuilder } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import { answerFact, headlineFactIds, reports, searchAnswers, type Answer } from "../../src/core/index.ts";
import { callWithRetries, type CallLimits } from "../chat/delivery.ts";
import { text, type Span } from "../chat/spans.ts";
import { splitSpans } from "../chat/split.ts";
import { TEXTS } from "../chat/texts.ts";
import type { Lang } from "../../src/core/index.ts";
import type { TelegramConfig } from "./config.ts";
import { toHtml } from "./html.ts";
import { citationSpans, highlightSpans, MESSAGE_LIMIT } from "./render.ts";
import { apiFor, call, forGrammy } from "./transport.ts";

export const MAX_INLINE_RESULTS = 10;
/** Telegram's own limit on an inline query's text. */
const MAX_QUERY_CHARS = 256;
const RESULT_ID_MAX_BYTES = 64;

/** "627/BC-UBND · <section>" for the report a citation names. */
function documentNumber(answer: Answer): string {
  const c = answer.citations[0];
  if (!c) return "";
  const r = reports(answer.lang).find((r) => r.id === c.reportId);
  return r ? `${r.number} · ${c.section}` : c.document;
}

function articleOf(answer: Answer): InlineQueryResultArticle | null {
  const fact = answer.facts[0];
  const h = answer.highlights[0];
  if (!fact || !h || new TextEncoder().encode(fact.id).length > RESULT_ID_MAX_BYTES) return null;
  const spans: Span[] = [...highlightSpans(h, answer), text("\n\n"), ...citationSpans(answer.citations, answer.lang)];
  const [message] = splitSpans(spans, MESSAGE_LIMIT);
  if (!message) return null;
  return InlineQueryResultBuilder.article(fact.id, h.figure ? `${fact.label}: ${h.figure}` : fact.label, {
    description: documentNumber(answer),
  }).text(toHtml(message, { expandableQuotes: true }), { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
}

/** The articles for a query (at most 10, distinct facts). */
export function inlineResults(query: string, lang: Lang): InlineQueryResultArticle[] {
  const q = query.trim().slice(0, MAX_QUERY_CHARS);
  const answers = q ? searchAnswers(q, undefined, MAX_INLINE_RESULTS) : headlineFactIds().flatMap((id) => answerFact(id, lang) ?? []);
  const seen = new Set<string>();
  const results: InlineQueryResultArticle[] = [];
  for (const a of answers) {
    const article = articleOf(a);
    if (!article || seen.has(article.id)) continue;
    seen.add(article.id);
    results.push(article);
    if (results.length === MAX_INLINE_RESULTS) break;
  }
  return results;
}

/** Answers the inline query; throws a DeliveryError when it could not. */
export async function answerInline(config: TelegramConfig, id: string, query: string, lang: Lang, limits: CallLimits): Promise<number> {
  const results = inlineResults(query, lang);
  const api = apiFor(config);
  await callWithRetries(
    "answerInlineQuery",
    (signal) =>
      call("answerInlineQuery", () =>
        api.answerInlineQuery(
          id,
          results,
          {
            cache_time: 300,
            // Results follow the user's language: a shared cache would serve one user's to everyone.
            is_personal: true,
            ...(results.length ? {} : { button: { text: TEXTS[lang].inlineNothing, start_parameter: "help" } }),
          },
          forGrammy(signal),
        ),
      ),
    limits,
  );
  return results.length;
}
