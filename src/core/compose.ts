// Reply text: one or two plain sentences with the figure, unit, scope and period, then the
// citation (document, section, the verbatim sentence). No markup: adapters add their own.
import type { Answer, AnswerFact, Citation, Highlight, Lang } from "./answer.ts";
import type { LoadedKnowledge } from "./kb.ts";
import type { CompiledFact } from "./kb-types.ts";
import { formatFigure, formatNumber, NUMBER_TOKEN, parseReportNumber } from "./numbers.ts";

export function figureOf(f: CompiledFact, lang: Lang): string | null {
  if (f.value === null || !f.unit) return null;
  return formatFigure(f.value, f.unit[lang], lang, f.total);
}

/**
 * Free texts (comparisons, statements) quote the report's numbers as printed ("2.47%", "1,117");
 * re-format those with a separator for the reply's language. Plain integers (years) stay.
 */
export function reformatNumbers(text: string, lang: Lang): string {
  return text.replace(NUMBER_TOKEN, (raw) => {
    if (raw.includes("/") || !/[.,]/.test(raw)) return raw;
    const n = parseReportNumber(raw);
    return `${formatNumber(n, lang)}${raw.endsWith("%") ? "%" : ""}`;
  });
}

export function highlightOf(f: CompiledFact, lang: Lang): Highlight {
  const figure = figureOf(f, lang);
  if (figure === null) return { factId: f.id, figure: "", sentence: reformatNumbers(f.answer![lang], lang) };
  const comparison = f.comparison ? ` ${capitalize(reformatNumbers(f.comparison[lang], lang))}.` : "";
  return { factId: f.id, figure, sentence: `${f.label[lang]}: ${figure} — ${f.scope[lang]}, ${f.period[lang]}.${comparison}` };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function citationOf(k: LoadedKnowledge, f: CompiledFact, lang: Lang): Citation {
  const report = k.reportOf(f);
  return { document: report.citation[lang], section: f.sectionTitle[lang], quote: f.quote, url: report.source.url };
}

export function answerFactOf(f: CompiledFact, lang: Lang): AnswerFact {
  return {
    id: f.id,
    label: f.label[lang],
    value: f.value,
    unit: f.unit?.[lang] ?? "",
    section: f.sectionTitle[lang],
    quote: f.quote,
  };
}

export function citationText(c: Citation, lang: Lang): string {
  return lang === "vi"
    ? `Nguồn: ${c.document}, mục “${c.section}”: “${c.quote}”`
    : `Source: ${c.document}, section “${c.section}”: “${c.quote}”`;
}

/** An answer giving these facts, the first being the primary one. */
export function composeAnswer(
  k: LoadedKnowledge,
  facts: CompiledFact[],
  lang: Lang,
  suggestions: CompiledFact[] = [],
): Answer {
  const highlights = facts.map((f) => highlightOf(f, lang));
  const citations: Citation[] = [];
  for (const f of facts) if (!citations.some((c) => c.quote === f.quote)) citations.push(citationOf(k, f, lang));
  const more = suggestions.length ? `\n\n${lang === "vi" ? "Có thể bạn muốn hỏi" : "You may also mean"}: ${suggestions.map((s) => s.question[lang]).join(" | ")}` : "";
  return {
    answered: true,
    text: `${highlights.map((h) => h.sentence).join("\n")}\n\n${citations.map((c) => citationText(c, lang)).join("\n")}${more}`,
    lang,
    facts: facts.map((f) => answerFactOf(f, lang)),
    citations,
    suggestions: suggestions.map((s) => s.question[lang]),
    suggestionIds: suggestions.map((s) => s.id),
    highlights,
  };
}

export type AbstainReason = "out-of-scope" | "no-figure" | "other-place" | "other-year" | "small-talk" | "unsafe" | "empty";

/** A polite refusal: what the assistant covers, and questions it can answer. */
export function composeAbstention(
  k: LoadedKnowledge,
  reason: AbstainReason,
  lang: Lang,
  suggestions: CompiledFact[],
  detail = "",
): Answer {
  const reports = k.kb.reports;
  const coverage = reports
    .map((r) =>
      lang === "vi"
        ? `kết quả cải cách hành chính năm ${r.years.join(", ")} của ${r.issuer.vi.replace(/^Ủy ban nhân dân /, "")} (${r.citation.vi})`
        : `administrative reform results for ${r.years.join(", ")} of ${r.issuer.en.replace(/^People's Committee of /, "")} (${r.citation.en})`,
    )
    .join("; ");
  const topics = [...new Set(reports.flatMap((r) => r.sections.slice(1).map((s) => s.title[lang].toLowerCase())))].join(", ");
  const opening: Record<AbstainReason, Record<Lang, string>> = {
    "out-of-scope": { vi: "Xin lỗi, báo cáo mà trợ lý nắm không có thông tin để trả lời câu hỏi này.", en: "Sorry, the report I cover does not answer this question." },
    "no-figure": {
      vi: `Xin lỗi, báo cáo không nêu con số này: về “${detail}”, báo cáo chỉ có nhận định, không có số liệu.`,
      en: `Sorry, the report gives no number for this: on “${detail}” it has a description, not a figure.`,
    },
    "other-place": { vi: `Xin lỗi, trợ lý chưa có số liệu về ${detail}.`, en: `Sorry, I have no figures for ${detail}.` },
    "other-year": { vi: `Xin lỗi, báo cáo không có số liệu của năm ${detail}.`, en: `Sorry, the report has no figures for ${detail}.` },
    "small-talk": { vi: "Xin chào! Tôi là trợ lý tra cứu kết quả cải cách hành chính.", en: "Hello! I answer questions about administrative reform results." },
    unsafe: { vi: "Xin lỗi, tôi chỉ trả lời câu hỏi về số liệu trong báo cáo.", en: "Sorry, I only answer questions about the figures in the report." },
    empty: { vi: "Bạn hãy nhập một câu hỏi.", en: "Please type a question." },
  };
  const covers =
    lang === "vi"
      ? `Trợ lý trả lời về ${coverage}: ${topics}.`
      : `I answer about ${coverage}: ${topics}.`;
  const ask = lang === "vi" ? "Bạn có thể hỏi:" : "You can ask:";
  return {
    answered: false,
    text: `${opening[reason][lang]} ${covers}\n${ask}\n${suggestions.map((s) => `- ${s.question[lang]}`).join("\n")}`,
    lang,
    facts: [],
    citations: [],
    suggestions: suggestions.map((s) => s.question[lang]),
    suggestionIds: suggestions.map((s) => s.id),
    highlights: [],
  };
}
