// /start, /help, /chude, /nguon. In groups grammY matches "/help" and "/help@thisbot" but not
// "/help@otherbot". Replies are in the user's app language (vi unless it is English).
import { Composer } from "grammy";
import { reports, type Lang } from "../../src/core/index.ts";
import type { BotContext } from "./context.ts";
import { exampleQuestions, oneExample } from "./examples.ts";
import { text, type Span } from "./html.ts";
import { sectionKeyboard } from "./keyboards.ts";
import { logOutcome } from "./logging.ts";
import { reply } from "./send.ts";
import { TEXTS, langOf } from "./texts.ts";

/** "2024-12-20" → "20/12/2024", as the report writes its dates. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return y && m && d ? `${d}/${m}/${y}` : iso;
}

function startMessage(lang: Lang, firstName: string): Span[] {
  const t = TEXTS[lang];
  const docs = reports(lang);
  return [
    { text: t.hello(firstName), bold: true },
    text(`\n${t.intro(docs.map((r) => r.citation).join("; "), docs.map((r) => r.title).join("; "))}`),
    text(`\n\n${t.tryAsking}:`),
    ...oneExample(lang),
    text(`\n\n${t.pickTopic}`),
  ];
}

function helpMessage(lang: Lang, username: string): Span[] {
  const t = TEXTS[lang];
  return [
    { text: t.helpTitle, bold: true },
    text(`\n${t.helpHowTo}\n\n${t.helpExamples}\n`),
    text(exampleQuestions(lang).map((q) => `• ${q}`).join("\n")),
    text(`\n\n${t.helpCommands}\n\n${t.helpGroups(username)}\n${t.helpInline(username)}`),
  ];
}

function sourceMessage(lang: Lang): Span[] {
  const t = TEXTS[lang];
  const spans: Span[] = [{ text: t.sourceTitle, bold: true }];
  for (const r of reports(lang)) {
    spans.push(
      text("\n\n"),
      { text: r.citation, bold: true },
      text(`\n${t.sourceNumber}: ${r.number}\n${t.sourceDate}: ${formatDate(r.date)}\n${t.sourceIssuer}: ${r.issuer}\n${t.sourceSubject}: ${r.title}\n`),
      text(`${t.sourcePublished}: ${formatDate(r.published)}, `),
      { text: r.source.name, href: r.source.url },
    );
  }
  return spans;
}

export const commands = new Composer<BotContext>();

commands.command("start", async (ctx) => {
  const lang = langOf(ctx.from?.language_code);
  await reply(ctx, { spans: startMessage(lang, ctx.from?.first_name ?? ""), keyboard: sectionKeyboard(lang) });
  await logOutcome(ctx, "command", { command: "start" });
});

commands.command("help", async (ctx) => {
  await reply(ctx, { spans: helpMessage(langOf(ctx.from?.language_code), ctx.me.username) });
  await logOutcome(ctx, "command", { command: "help" });
});

commands.command("chude", async (ctx) => {
  const lang = langOf(ctx.from?.language_code);
  await reply(ctx, { spans: [text(TEXTS[lang].topicsTitle)], keyboard: sectionKeyboard(lang) });
  await logOutcome(ctx, "command", { command: "chude" });
});

commands.command("nguon", async (ctx) => {
  await reply(ctx, { spans: sourceMessage(langOf(ctx.from?.language_code)) });
  await logOutcome(ctx, "command", { command: "nguon" });
});
