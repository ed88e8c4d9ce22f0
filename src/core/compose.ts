// Reply text: one or two plain sentences with the figure, unit, scope and period, then the
// citation (document, section, the verbatim sentence). No markup: adapters add their own.
import type { AbstainReason, Answer, AnswerFact, Citation, Highlight, Lang } from "./answer.ts";
import { reportsLatestFirst, type LoadedKnowledge } from "./kb.ts";
import type { CompiledFact } from "./kb-types.ts";
import { identifierSaid, type Identifier } from "./identifier.ts";
import { isComputed, type Computed, type Item } from "./derive.ts";
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
  // "… giảm so với năm trước: 48 …" needs no "So với năm 2023." after it: the label says it.
  const restates = f.comparison && /^(so với|compared with|against)\b/i.test(f.comparison[lang]) && /\b(so với|compared with|against)\b/i.test(f.label[lang]);
  const comparison = f.comparison && !restates ? ` ${capitalize(reformatNumbers(f.comparison[lang], lang))}.` : "";
  return { factId: f.id, figure, sentence: `${f.label[lang]}: ${figure} — ${f.scope[lang]}, ${f.period[lang]}.${comparison}` };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function citationOf(k: LoadedKnowledge, f: CompiledFact, lang: Lang): Citation {
  const report = k.reportOf(f);
  return { reportId: report.id, document: report.citation[lang], section: f.sectionTitle[lang], quote: f.quote, url: report.source.url };
}

/**
 * "Cải cách thủ tục hành chính — toàn tỉnh Thừa Thiên Huế, năm 2024:" then "- label: figure" a line;
 * a figure whose scope or period differs from the most common one says its own.
 */
function listText(title: string, facts: CompiledFact[], lang: Lang): string {
  const common = <T>(xs: T[]) => xs.sort((a, b) => xs.filter((x) => x === b).length - xs.filter((x) => x === a).length)[0];
  const scope = common(facts.map((f) => f.scope[lang]));
  const period = common(facts.map((f) => f.period[lang]));
  const lines = facts.map((f) => {
    const own = [f.scope[lang] !== scope ? f.scope[lang] : "", f.period[lang] !== period ? f.period[lang] : ""].filter(Boolean).join(", ");
    const figure = figureOf(f, lang);
    const body = figure === null ? reformatNumbers(f.answer![lang], lang) : `${f.label[lang]}: ${figure}`;
    return `- ${body}${own ? ` — ${own}` : ""}`;
  });
  return `${title} — ${scope}, ${period}:\n${lines.join("\n")}`;
}

/** A computed figure: the result, its unit, where it comes from, and the formula with its operands. */
function computedHighlight(c: Computed, lang: Lang): Highlight {
  const first = c.operands[0]!;
  const figure = `${c.rounded ? "≈ " : ""}${formatFigure(c.value, c.unit[lang], lang)}`;
  const period = c.op === "previous" ? (lang === "vi" ? `năm ${c.label.vi.match(/\d{4}$/)?.[0]}` : `in ${c.label.en.match(/\d{4}$/)?.[0]}`) : first.period[lang];
  const how =
    lang === "vi"
      ? `Số này được tính từ số liệu của báo cáo (báo cáo không nêu trực tiếp): ${c.formula.vi}.`
      : `Computed from the report's figures (the report does not state it): ${c.formula.en}.`;
  return { factId: idOf(c), figure, sentence: `${c.label[lang]}: ${figure} — ${first.scope[lang]}, ${period}. ${how}` };
}

const idOf = (c: Computed) => `${c.op}:${c.operands.map((o) => o.id).join("+")}`;

function itemFact(x: Item, lang: Lang): AnswerFact {
  if (!isComputed(x)) return answerFactOf(x, lang);
  const first = x.operands[0]!;
  return {
    id: idOf(x),
    label: x.label[lang],
    value: x.value,
    unit: x.unit[lang],
    section: first.sectionTitle[lang],
    quote: first.quote,
    derived: { op: x.op, operands: x.operands.map((o) => o.id), formula: x.formula[lang] },
  };
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

/** The sources, each document and section named once with its sentences after it. */
export function citationsText(citations: Citation[], lang: Lang): string {
  const groups: Citation[][] = [];
  for (const c of citations) {
    const g = groups.find((x) => x[0]!.document === c.document && x[0]!.section === c.section);
    if (g) g.push(c);
    else groups.push([c]);
  }
  return groups
    .map((g) => {
      const quotes = g.map((c) => `“${c.quote}”`).join(" ");
      return lang === "vi" ? `Nguồn: ${g[0]!.document}, mục “${g[0]!.section}”: ${quotes}` : `Source: ${g[0]!.document}, section “${g[0]!.section}”: ${quotes}`;
    })
    .join("\n");
}

export interface ComposeOptions {
  suggestions?: CompiledFact[];
  /** A topic list under this title: scope and period said once, each figure on its own line. */
  list?: string;
  /** The figures are two or three readings of one question: say so before them. */
  readings?: boolean;
  context?: string;
  /** The month or document number a statement names, asked for ("tháng mấy?"): the first figure's value. */
  identifier?: Identifier;
  /** Those of several statements, each asked by its own clause, in the items' order. */
  identifiers?: readonly Identifier[];
}

/** An answer giving these figures (stated or computed), the first being the primary one. */
export function composeAnswer(k: LoadedKnowledge, items: Item[], lang: Lang, opts: ComposeOptions = {}): Answer {
  const { suggestions = [], readings = false, context = "", list } = opts;
  // (The month or number asked is the statement's: first, or after a figure asked before it.)
  const identified = Math.max(0, items.findIndex((x) => !isComputed(x) && x.kind === "statement"));
  const identifierAt = (i: number) => (opts.identifiers ? opts.identifiers[i] : i === identified ? opts.identifier : undefined);
  const highlights = items.map((x, i) => {
    const h = isComputed(x) ? computedHighlight(x, lang) : highlightOf(x, lang);
    const id = identifierAt(i);
    // (The month or number asked said first: the sentence may tell another, "Quyết định … ngày 24/6/2024
    // …, tuyển dụng … trong tháng 7" asked when the decision was issued is June.)
    const said = id && capitalize(identifierSaid(id, lang));
    return said ? { ...h, figure: said, sentence: `${said} — ${h.sentence}` } : h;
  });
  const stated = items.filter((x): x is CompiledFact => !isComputed(x));
  const citations: Citation[] = [];
  for (const f of stated) if (!citations.some((c) => c.quote === f.quote)) citations.push(citationOf(k, f, lang));
  const more = suggestions.length ? `\n\n${lang === "vi" ? "Có thể bạn muốn hỏi" : "You may also mean"}: ${suggestions.map((s) => s.question[lang]).join(" | ")}` : "";
  // The count in words: every digit a reply shows is a figure backed by a citation.
  const count = { vi: ["hai", "ba"], en: ["two", "three"] }[lang][items.length - 2] ?? (lang === "vi" ? "nhiều" : "several");
  const lead = readings ? (lang === "vi" ? `Câu hỏi ứng với ${count} số liệu khác nhau trong báo cáo:` : `The question fits ${count} different figures in the report:`) : "";
  return {
    answered: true,
    ...(lead ? { lead } : {}),
    text: `${lead ? `${lead}\n` : ""}${list === undefined ? highlights.map((h) => h.sentence).join("\n") : listText(list, stated, lang)}\n\n${citationsText(citations, lang)}${more}`,
    lang,
    facts: items.map((x, i) => {
      const id = identifierAt(i);
      return id ? { ...itemFact(x, lang), value: id.value, unit: id.unit[lang] } : itemFact(x, lang);
    }),
    citations,
    suggestions: suggestions.map((s) => s.question[lang]),
    suggestionIds: suggestions.map((s) => s.id),
    highlights,
    context,
  };
}

export type { AbstainReason };

/** A polite refusal: what the assistant covers, and questions it can answer. */
export function composeAbstention(
  k: LoadedKnowledge,
  reason: AbstainReason,
  lang: Lang,
  suggestions: CompiledFact[],
  detail = "",
  context = "",
): Answer {
  // The latest report, and the years of the others (the list stays one sentence however many).
  const reports = reportsLatestFirst(k.kb);
  const others = reports.slice(1).flatMap((r) => r.years);
  const coverage = reports
    .slice(0, 1)
    .map((r) =>
      lang === "vi"
        ? `kết quả cải cách hành chính năm ${r.years.join(", ")} của ${r.issuer.vi.replace(/^Ủy ban nhân dân /, "")} (Báo cáo số ${r.number})`
        : `administrative reform results for ${r.years.join(", ")} of ${r.issuer.en.replace(/^People's Committee of /, "")} (Report No. ${r.number})`,
    )
    .join("; ")
    .concat(others.length ? (lang === "vi" ? ` và các năm ${others.sort().join(", ")}` : ` and for ${others.sort().join(", ")}`) : "");
  const opening: Record<AbstainReason, Record<Lang, string>> = {
    "out-of-scope": { vi: "Xin lỗi, báo cáo mà trợ lý nắm không có thông tin để trả lời câu hỏi này.", en: "Sorry, the report I cover does not answer this question." },
    "no-figure": {
      vi: `Xin lỗi, báo cáo không nêu con số này: về “${detail}”, báo cáo chỉ có nhận định, không có số liệu.`,
      en: `Sorry, the report gives no number for this: on “${detail}” it has a description, not a figure.`,
    },
    "no-breakdown": {
      vi: `Xin lỗi, báo cáo nêu tổng số “${detail}” nhưng không chia nhỏ con số đó theo điều bạn hỏi.`,
      en: `Sorry, the report gives the total “${detail}” but does not break it down the way you ask.`,
    },
    "cannot-compute": {
      vi: "Xin lỗi, báo cáo không nêu đủ số liệu để tính điều bạn hỏi, nên trợ lý không đưa ra con số.",
      en: "Sorry, the report does not give the figures needed to compute this, so I give no number.",
    },
    "other-place": { vi: `Xin lỗi, trợ lý chưa có số liệu về ${detail}.`, en: `Sorry, I have no figures for ${detail}.` },
    "other-year": { vi: `Xin lỗi, báo cáo không có số liệu của năm ${detail}.`, en: `Sorry, the report has no figures for ${detail}.` },
    "other-period": {
      // ("tính đến thời điểm báo cáo" says "tính" itself.)
      vi: `Xin lỗi, báo cáo không có số liệu cho thời kỳ bạn hỏi: con số báo cáo nêu chỉ tính ${detail.replace(/^tính\s+/u, "")}.`,
      en: `Sorry, the report has no figure for the period you ask about (the figure it gives: ${detail}).`,
    },
    "small-talk":
      detail === "thanks"
        ? { vi: "Cảm ơn bạn! Cần tra cứu thêm số liệu nào, bạn cứ hỏi nhé.", en: "Thank you! Ask me about any other figure." }
        : detail === "ack"
          ? { vi: "Dạ. Cần tra cứu thêm số liệu nào, bạn cứ hỏi nhé.", en: "Sure. Ask me about any other figure." }
          : { vi: "Xin chào! Trợ lý tra cứu kết quả cải cách hành chính sẵn sàng giúp bạn.", en: "Hello! I answer questions about administrative reform results." },
    unsafe: { vi: "Xin lỗi, tôi chỉ trả lời câu hỏi về số liệu trong báo cáo.", en: "Sorry, I only answer questions about the figures in the report." },
    empty: { vi: "Bạn hãy nhập một câu hỏi.", en: "Please type a question." },
  };
  // Thanks and acknowledgements get their short reply alone; every other refusal says in one
  // sentence what the assistant covers, then offers questions it can answer.
  const brief = reason === "small-talk" && detail !== "greeting";
  const covers = lang === "vi" ? `Trợ lý trả lời về ${coverage}.` : `I answer about ${coverage}.`;
  const ask = lang === "vi" ? "Bạn có thể hỏi:" : "You can ask:";
  const offered = brief ? [] : suggestions;
  return {
    answered: false,
    reason,
    text: brief ? opening[reason][lang] : `${opening[reason][lang]} ${covers}\n${ask}\n${offered.map((s) => `- ${s.question[lang]}`).join("\n")}`,
    lang,
    facts: [],
    citations: [],
    suggestions: offered.map((s) => s.question[lang]),
    suggestionIds: offered.map((s) => s.id),
    highlights: [],
    context,
  };
}
