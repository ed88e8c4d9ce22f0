/** @jsxImportSource hono/jsx */
// GET /: the chat. The markup is complete without JavaScript (topics, form, labels); /static/chat.js
// makes it talk to /chat/ask and renders answers with the figure highlighted and the citation in a
// disclosure. The same widget code runs in the embed.
import type { Lang } from "../../src/core/index.ts";
import { Layout } from "../../src/site/layout.tsx";
import { groupByReport, reportsLatestFirst, yearsLabel } from "../../src/site/reports.ts";
import { topics } from "../../src/site/topics.ts";
import { UI } from "./i18n.ts";

/** The topic chips, one group per report, the latest first, each headed by its year and number. */
function TopicGroups(props: { lang: Lang; headingId: (reportId: string) => string }) {
  const t = UI[props.lang];
  return (
    <>
      {groupByReport(topics(props.lang), reportsLatestFirst(props.lang)).map(({ report, items }) => (
        <div class="topic-group" data-report={report.id}>
          <h3 id={props.headingId(report.id)} class="topics-report">
            {`${yearsLabel(report.years, props.lang)} · ${t.reportNo} ${report.number}`}
          </h3>
          <ul class="chips" data-topics aria-labelledby={props.headingId(report.id)}>
            {items.map((s) => (
              <li>
                <button type="button" class="chip" data-section={s.id}>
                  {s.title}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/** The widget's markup; the embed builds the same structure with DOM calls. */
export function ChatWidget(props: { lang: Lang; idPrefix: string }) {
  const t = UI[props.lang];
  const id = (s: string) => `${props.idPrefix}${s}`;
  return (
    <div class="chat" data-chat data-lang={props.lang}>
      <section class="topics" aria-labelledby={id("topics")}>
        <h2 id={id("topics")}>{t.topics}</h2>
        <p class="hint">{t.topicsHint}</p>
        <TopicGroups lang={props.lang} headingId={(r) => id(`topics-${r}`)} />
      </section>
      <h2 class="sr-only" id={id("log")}>
        {t.conversation}
      </h2>
      <ol class="log" data-log aria-labelledby={id("log")} aria-live="polite"></ol>
      <p class="status" data-status role="status"></p>
      <form class="ask" data-form>
        <div class="ask-head">
          <label for={id("q")}>{t.questionLabel}</label>
          <button type="button" class="new" data-new hidden>
            {t.newQuestion}
          </button>
        </div>
        <div class="ask-row">
          <input id={id("q")} name="q" type="text" maxlength={1000} autocomplete="off" required placeholder={t.placeholder} data-input />
          <button type="submit" data-submit>
            {t.ask}
          </button>
        </div>
      </form>
    </div>
  );
}

export function ChatPage(props: { lang: Lang }) {
  const t = UI[props.lang];
  return (
    <Layout lang={props.lang} page="chat" title={t.navChat} script="/static/chat.js">
      <h1>{t.chatTitle}</h1>
      <p class="lead">{t.chatLead}</p>
      <noscript>
        <p class="notice">{t.noscript}</p>
      </noscript>
      <ChatWidget lang={props.lang} idPrefix="chat-" />
    </Layout>
  );
}
