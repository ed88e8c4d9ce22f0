// The Telegram renderer on its own: escaping, the bold figure, splitting long messages at sentence
// boundaries with balanced tags, and button data within Telegram's 64 bytes.
import { describe, expect, it } from "vitest";
import { decodeCallbackData, encodeCallbackData } from "../../../adapters/telegram/callback-data.ts";
import { toHtml, type Span } from "../../../adapters/telegram/html.ts";
import { sectionKeyboard, suggestionKeyboard } from "../../../adapters/telegram/keyboards.ts";
import { MESSAGE_LIMIT, renderAnswer } from "../../../adapters/telegram/render.ts";
import { splitSpans } from "../../../adapters/chat/split.ts";
import { answerFact, ask, sections } from "../../../src/core/index.ts";
import { checkTelegramHtml } from "./support/telegram-html.ts";

describe("HTML", () => {
  it("escapes every piece of text, in quotes and links too", () => {
    const html = toHtml([
      { text: "a < b & c > d " },
      { text: "<b>bold?</b>", bold: true },
      { text: "x & y", quote: true },
      { text: "site", href: 'http://e.x/?a=1&b="2"' },
    ]);
    expect(html).toBe(
      'a &lt; b &amp; c &gt; d <b>&lt;b&gt;bold?&lt;/b&gt;</b><blockquote>x &amp; y</blockquote><a href="http://e.x/?a=1&amp;b=&quot;2&quot;">site</a>',
    );
    expect(checkTelegramHtml(html).problems).toEqual([]);
  });

  it("bolds the figure inside its sentence and quotes the report's sentence", () => {
    const answer = answerFact("tthc-cong-bo", "vi")!;
    const html = toHtml(renderAnswer(answer).spans);
    expect(html).toContain("<b>1.117 thủ tục hành chính</b>");
    expect(html).toContain("627/BC-UBND");
    expect(html).toContain(`<blockquote>${answer.citations[0]!.quote}</blockquote>`);
    expect(checkTelegramHtml(html).problems).toEqual([]);
  });
});

describe("a message asking more figures than one reply gives", () => {
  it("shows the figures answered and says the rest were not read", () => {
    const answer = ask("UBND tỉnh công bố bao nhiêu TTHC, bãi bỏ bao nhiêu TTHC, HĐND tỉnh ban hành bao nhiêu nghị quyết, cấp xã ban hành bao nhiêu văn bản QPPL, tuyển dụng bao nhiêu công chức?");
    const html = toHtml(renderAnswer(answer).spans);
    expect(html).toContain("<b>1.117 thủ tục hành chính</b>");
    expect(html).toContain("bạn hãy hỏi tiếp các số liệu còn lại");
    expect(checkTelegramHtml(html).problems).toEqual([]);
  });
});

describe("a question that fits several figures", () => {
  it("says so before giving each of them", () => {
    const answer = ask("biên chế công chức là bao nhiêu?");
    expect(answer.facts.length).toBeGreaterThan(1);
    const html = toHtml(renderAnswer(answer).spans);
    expect(html.startsWith("Câu hỏi ứng với hai số liệu khác nhau trong báo cáo:")).toBe(true);
    expect(html).toContain("<b>1.951");
    expect(html).toContain("<b>1.895");
  });
});

// The splitter is the chat layer's (one for every platform); Telegram calls it with its limit.
const splitMessage = (spans: Span[], limit = MESSAGE_LIMIT) => splitSpans(spans, limit);

describe("splitting a message over 4096 characters", () => {
  const sentence = (i: number) => `Câu thứ ${i} nói về 1.117 thủ tục hành chính & các con số khác. `;
  const long: Span[] = [
    { text: "Tiêu đề", bold: true },
    { text: "\n\n" },
    { text: Array.from({ length: 60 }, (_, i) => sentence(i)).join("") },
    { text: "\n" },
    { text: Array.from({ length: 60 }, (_, i) => sentence(100 + i)).join(""), quote: true },
  ];

  it("keeps every part within the limit, tags balanced, text intact", () => {
    const parts = splitMessage(long);
    expect(parts.length).toBeGreaterThan(1);
    const plain = parts.map((p) => {
      const { problems, plain } = checkTelegramHtml(toHtml(p));
      expect(problems).toEqual([]);
      expect(plain.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      return plain;
    });
    const squash = (s: string) => s.replace(/\s+/g, "");
    expect(squash(plain.join(""))).toBe(squash(long.map((s) => s.text).join("")));
  });

  it("cuts after a sentence, never inside one or inside a number", () => {
    for (const part of splitMessage(long).slice(0, -1)) {
      const text = part.map((s) => s.text).join("");
      expect(text).toMatch(/khác\.$/);
    }
  });

  it("reopens a quote that was cut in two", () => {
    const parts = splitMessage([{ text: "Nguồn:\n" }, { text: "Một câu dài. ".repeat(700), quote: true }]);
    expect(parts.length).toBe(3);
    for (const part of parts.slice(1)) expect(toHtml(part)).toMatch(/^<blockquote>.*<\/blockquote>$/s);
  });

  it("cuts a text without any boundary at the limit", () => {
    const parts = splitMessage([{ text: "x".repeat(MESSAGE_LIMIT * 2 + 5) }]);
    expect(parts.map((p) => p[0]!.text.length)).toEqual([MESSAGE_LIMIT, MESSAGE_LIMIT, 5]);
  });
});

describe("buttons", () => {
  it("fit every fact and section id in 64 bytes of callback_data", () => {
    for (const lang of ["vi", "en"] as const) {
      for (const s of sections(lang)) {
        for (const id of [s.id, ...s.factIds]) {
          const data = encodeCallbackData({ kind: "f", lang, id });
          expect(data, id).not.toBeNull();
          expect(new TextEncoder().encode(data!).length).toBeLessThanOrEqual(64);
          expect(decodeCallbackData(data!)).toEqual({ kind: "f", lang, id });
        }
      }
      const keyboard = sectionKeyboard(lang)!;
      expect(keyboard.length).toBeGreaterThan(0);
    }
  });

  it("turn an abstention's suggestions into fact buttons, never question text", () => {
    const answer = ask("Hôm nay thời tiết ở Hà Nội thế nào?");
    expect(answer.answered).toBe(false);
    const keyboard = suggestionKeyboard(answer)!;
    expect(keyboard.map((row) => row[0]!)).toEqual(
      answer.suggestionIds.map((id) => expect.objectContaining({ callback_data: `f:vi:${id}` })),
    );
  });

  it("reject forged or stale data", () => {
    for (const raw of ["", "x", "f:fr:tthc-cong-bo", "f:vi:", "f:vi:<script>", "q:vi:tthc-cong-bo", undefined]) {
      expect(decodeCallbackData(raw)).toBeNull();
    }
  });
});
