// The plain-text side of the Zalo adapter: splitting long replies, rendering an Answer, reading
// commands and topics, @mentions, and the secret check.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readIntent } from "../../../adapters/chat/intent.ts";
import { partBody, splitNumbered } from "../../../adapters/chat/split.ts";
import { renderAnswer } from "../../../adapters/zalo/render.ts";
import { secretMatches } from "../../../adapters/zalo/secret.ts";
// The splitter is the chat layer's (one for every platform); Zalo numbers its parts.
const splitMessage = (text: string, limit = 2000) => splitNumbered(text, limit);
import { addressedText, mentions, stripMentions } from "../../../adapters/zalo/text.ts";
import { ask, sections, type Answer } from "../../../src/core/index.ts";

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const joined = (parts: string[]) => squash(parts.map(partBody).join(" "));

/** A long Vietnamese text: sentences of varied length in paragraphs. */
function longText(sentences: number): string {
  const words = ["Ủy ban", "nhân dân", "tỉnh", "đã", "ban hành", "1.117", "thủ tục", "hành chính", "94,5%", "trong", "năm", "2024", "và", "công bố"];
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const n = 6 + ((i * 7) % 23);
    const s = Array.from({ length: n }, (_, j) => words[(i + j * 3) % words.length]).join(" ");
    out.push(`${s.charAt(0).toUpperCase()}${s.slice(1)} (câu ${i + 1}).`);
    if (i % 5 === 4) out.push("\n\n");
  }
  return out.join(" ").replace(/ \n\n /g, "\n\n");
}

describe("splitMessage", () => {
  it("leaves a message of 2000 characters or fewer alone", () => {
    const text = "Số TTHC được bãi bỏ: 176.";
    expect(splitMessage(text)).toEqual([text]);
    expect(splitMessage("x".repeat(2000))).toEqual(["x".repeat(2000)]);
  });

  it("splits a long text into numbered parts of at most 2000 characters, at sentence ends, losing nothing", () => {
    const text = longText(120);
    expect(text.length).toBeGreaterThan(6000);
    const parts = splitMessage(text);
    expect(parts.length).toBeGreaterThanOrEqual(4);
    parts.forEach((p, i) => {
      expect(p.length).toBeLessThanOrEqual(2000);
      expect(p.startsWith(`(${i + 1}/${parts.length}) `)).toBe(true);
    });
    for (const p of parts.slice(0, -1)) expect(p).toMatch(/\(câu \d+\)\.$/);
    expect(joined(parts)).toBe(squash(text));
  });

  it("prefers a paragraph break to a sentence break when both fit", () => {
    const a = "Câu một. ".repeat(100).trim(); // 899 characters
    const b = "Câu hai. ".repeat(150).trim(); // 1349
    const parts = splitMessage(`${a}\n\n${b}`);
    expect(parts.map(partBody)).toEqual([a, b]);
  });

  it("cuts a sentence with no end in sight at a word, and a single overlong word anywhere", () => {
    const words = Array.from({ length: 700 }, (_, i) => `từ${i}`).join(" ");
    const parts = splitMessage(words);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(2000);
    expect(joined(parts)).toBe(squash(words));
    const blob = "a".repeat(4500);
    const blobParts = splitMessage(blob);
    expect(blobParts).toHaveLength(3);
    expect(blobParts.map(partBody).join("")).toBe(blob);
  });

  it("holds for any text and limit: parts fit, are numbered in order, and keep every word", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(". ", "\n", "\n\n", " ", "? ", "… ", "“", "”"), fc.string({ minLength: 1, maxLength: 30 }), fc.string({ minLength: 50, maxLength: 400 })), { maxLength: 60 }),
        fc.integer({ min: 40, max: 2000 }),
        (chunks, limit) => {
          const text = chunks.join("");
          const parts = splitMessage(text, limit);
          for (const p of parts) expect(p.length).toBeLessThanOrEqual(limit);
          if (parts.length > 1) parts.forEach((p, i) => expect(p.startsWith(`(${i + 1}/${parts.length}) `)).toBe(true));
          expect(joined(parts).replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("renderAnswer", () => {
  const answer = ask("UBND tỉnh đã bãi bỏ bao nhiêu TTHC?");

  it("gives the figure sentence, a short citation (number, date, section) and the verbatim sentence, as plain text", () => {
    const text = renderAnswer(answer);
    const [figure, source, quote] = text.split("\n");
    expect(figure).toBe(answer.highlights[0]!.sentence);
    expect(source).toBe(`Nguồn: Báo cáo số 627/BC-UBND ngày 20/12/2024, mục “${answer.citations[0]!.section}”:`);
    expect(quote).toBe(`“${answer.citations[0]!.quote}”`);
    expect(text).not.toContain("…");
    expect(text).not.toMatch(/<[a-z]|\*\*/);
  });

  it("shortens the quote with an ellipsis only when the message would pass 2000 characters", () => {
    const long: Answer = { ...answer, citations: answer.citations.map((c) => ({ ...c, quote: `${c.quote} ${"Nội dung rất dài của báo cáo. ".repeat(100)}` })) };
    long.facts = answer.facts.map((f) => ({ ...f, quote: long.citations[0]!.quote }));
    const text = renderAnswer(long);
    expect(text.length).toBeLessThanOrEqual(2000);
    expect(text).toMatch(/…”$/);
    expect(text).toContain(answer.citations[0]!.quote);
    expect(splitMessage(text)).toHaveLength(1);
  });

  it("says when a message asked more figures than one reply gives", () => {
    const text = renderAnswer(ask("How many procedures were announced, how many abolished, how many resolutions did the council issue, how many legal documents did communes issue, and how many civil servants were recruited?"));
    expect(text).toContain("1,117");
    expect(text).toContain("please ask the others next");
  });

  it("says that a question fits several figures before giving them", () => {
    const text = renderAnswer(ask("How many civil servant positions does the province have?"));
    expect(text.startsWith("The question fits two different figures in the report:")).toBe(true);
    expect(text).toContain("1,951");
    expect(text).toContain("1,895");
  });

  it("passes a refusal through as the core wrote it", () => {
    const refusal = ask("Thời tiết Hà Nội hôm nay thế nào?");
    expect(refusal.answered).toBe(false);
    expect(renderAnswer(refusal)).toBe(refusal.text.trim());
  });
});

describe("reading text messages", () => {
  const withFacts = sections("vi").filter((s) => s.factIds.length > 0);

  it("reads commands, with or without arguments", () => {
    // /start greets (as on Telegram); /help explains; an unknown command points to /help.
    expect(readIntent("/start")).toEqual({ kind: "start" });
    expect(readIntent(" /HELP ")).toEqual({ kind: "help" });
    expect(readIntent("/chude")).toEqual({ kind: "topics" });
    expect(readIntent("/chude 3")).toEqual({ kind: "topic", number: 3 });
    expect(readIntent("/lenhla")).toEqual({ kind: "unknown-command" });
    expect(readIntent("/nguon")).toEqual({ kind: "source" });
    expect(readIntent("/moi")).toEqual({ kind: "new" });
  });

  it("reads a topic by number however it is typed", () => {
    for (const t of ["chủ đề 3", "Chủ đề số 3", "chu de 3", "CHUDE 3", "chủ đề 3."]) expect(readIntent(t)).toEqual({ kind: "topic", number: 3 });
  });

  it("reads a topic by its title, with or without diacritics, and nothing else as one", () => {
    const title = withFacts[3]!.title;
    const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    for (const t of [title, title.toUpperCase(), fold(title), `chủ đề ${title}`]) {
      expect(readIntent(t)).toMatchObject({ kind: "topic-named", topic: { sectionId: withFacts[3]!.id } });
    }
    expect(readIntent(`${title} có bao nhiêu TTHC?`)).toEqual({ kind: "question", text: `${title} có bao nhiêu TTHC?` });
    expect(readIntent("bai bo bao nhieu tthc")).toEqual({ kind: "question", text: "bai bo bao nhieu tthc" });
  });

  it("finds and removes an @mention of the bot, whatever the case", () => {
    const names = ["Trợ lý CCHC", "bot.CchcHue"];
    expect(mentions("@Trợ lý CCHC bai bo bao nhieu tthc", names)).toBe(true);
    expect(mentions("hỏi @trợ lý cchc nhé", names)).toBe(true);
    expect(mentions("@bot.CchcHue?", names)).toBe(true);
    expect(mentions("Trợ lý CCHC ơi", names)).toBe(false);
    expect(mentions("@Trợ lý CCHCX", names)).toBe(false);
    expect(mentions("@anyone", [])).toBe(false);
    expect(stripMentions("@Trợ lý CCHC  bai bo bao nhieu tthc", names)).toBe("bai bo bao nhieu tthc");
  });
});

describe("addressedText (a group message delivered to the bot)", () => {
  const NAME = "Trợ lý CCHC";

  it("removes the bot's display name when it is configured, wherever it is, whatever the case", () => {
    expect(addressedText("@Trợ lý CCHC bao nhiêu tthc", NAME)).toBe("bao nhiêu tthc");
    expect(addressedText("@trợ lý cchc  bao nhiêu tthc", NAME)).toBe("bao nhiêu tthc");
    expect(addressedText("cho hỏi @Trợ lý CCHC bãi bỏ bao nhiêu tthc?", NAME)).toBe("cho hỏi bãi bỏ bao nhiêu tthc?");
    // Decomposed (NFD) input, as some keyboards send it.
    expect(addressedText("@Trợ lý CCHC bao nhiêu tthc".normalize("NFD"), NAME)).toBe("bao nhiêu tthc");
    expect(addressedText("@Trợ lý CCHC", NAME)).toBe("");
  });

  it("without the name, removes a leading @word only: a word of the name may stay, no word of the question goes", () => {
    expect(addressedText("@Trợ lý CCHC bao nhiêu tthc")).toBe("lý CCHC bao nhiêu tthc");
    expect(addressedText("@bot.CchcHue bãi bỏ bao nhiêu tthc")).toBe("bãi bỏ bao nhiêu tthc");
    expect(addressedText("@TroLyCCHC, bãi bỏ bao nhiêu?")).toBe("bãi bỏ bao nhiêu?");
    expect(addressedText("@")).toBe("");
  });

  it("removes a leading mention of another name when the configured one is not there (the bot renamed)", () => {
    expect(addressedText("@Bot Cải cách bao nhiêu tthc", NAME)).toBe("Cải cách bao nhiêu tthc");
    expect(addressedText("@Lan @Trợ lý CCHC bao nhiêu tthc", NAME)).toBe("bao nhiêu tthc");
  });

  it("keeps a command after the mention whole, with or without the name", () => {
    expect(addressedText("@Trợ lý CCHC /chude 3", NAME)).toBe("/chude 3");
    expect(addressedText("@Trợ lý CCHC /chude 3")).toBe("/chude 3");
    expect(addressedText("@Trợ lý CCHC /help")).toBe("/help");
    expect(addressedText("/chude")).toBe("/chude");
  });

  it("leaves a reply (no mention) as it is", () => {
    expect(addressedText("  thế còn bãi bỏ bao nhiêu TTHC? ", NAME)).toBe("thế còn bãi bỏ bao nhiêu TTHC?");
    expect(addressedText("thế còn bãi bỏ bao nhiêu TTHC?")).toBe("thế còn bãi bỏ bao nhiêu TTHC?");
  });
});

describe("secretMatches", () => {
  it("accepts the exact secret only", () => {
    expect(secretMatches("s3cret-token", "s3cret-token")).toBe(true);
    expect(secretMatches("s3cret-tokeN", "s3cret-token")).toBe(false);
    expect(secretMatches("s3cret-token-and-more", "s3cret-token")).toBe(false);
    expect(secretMatches("s3cret", "s3cret-token")).toBe(false);
    expect(secretMatches("", "s3cret-token")).toBe(false);
    expect(secretMatches(undefined, "s3cret-token")).toBe(false);
    expect(secretMatches(null, "s3cret-token")).toBe(false);
  });
});
