// The web page's and the embed's own endpoints: /chat/ask, /chat/topics, /chat/feedback and the
// handoff routes (chat-handoff.ts). They carry no API key (a public page cannot keep one secret),
// so they are guarded instead by the per-client-address rate limit and by the Origin check:
// browsers may call them from this site or from an origin in ALLOWED_ORIGINS. Same request schema
// as /api/ask and the same answer plus the page's extras (chat-answer.ts); questions are logged as
// "web". Votes go through the chat layer's feedback store, as the bots' do.
import type { MiddlewareHandler } from "hono";
import * as z from "zod";
import { Answer, answerFact, ask, sectionAnswer } from "../../src/core/index.ts";
import { settings } from "../../src/env.ts";
import { errorResponse } from "../../src/errors.ts";
import { topics } from "../../src/site/topics.ts";
import { recordVote } from "../chat/feedback.ts";
import { timingsOf } from "../chat/timings.ts";
import { AskRequest } from "./ask-route.ts";
import { answerExtras, ChatAnswer } from "./chat-answer.ts";
import { handoffRoutes } from "./chat-handoff.ts";
import { originAllowed } from "./cors.ts";
import type { ApiEnv } from "./env.ts";
import { logQuestion } from "./question-log.ts";
import { forbidden, invalidRequest, notFound, rateLimited, refuse, unsupportedMediaType } from "./responses.ts";
import { LangQuery } from "./schemas.ts";
import { createRoute, OpenApiRoutes } from "./openapi-routes.ts";
import { webQuestionRef } from "./web-tokens.ts";

const Id = z.string().min(1).max(100);

export const ChatRequest = AskRequest.extend({
  factId: Id.optional().describe("Answer exactly this fact (a suggestion chip); `question` is its text as shown."),
  section: Id.optional().describe("List this section's figures (a topic chip); `question` is its title as shown."),
});

export const TopicList = z.object({
  topics: z
    .array(z.object({ id: z.string(), title: z.string(), reportId: z.string().describe("The report the section belongs to (/api/reports).") }))
    .describe("The latest report's sections first."),
});

const chatAsk = createRoute({
  method: "post",
  path: "/chat/ask",
  tags: ["Web page"],
  summary: "Ask from the web page or the embed (no API key)",
  description: "For this site's chat page and embed only; integrators use /api/ask. Same answer as /api/ask.",
  security: [],
  request: { json: ChatRequest },
  responses: {
    200: { description: "The answer, with the page's extras", content: { "application/json": { schema: ChatAnswer } } },
    400: invalidRequest,
    403: forbidden,
    404: notFound,
    415: unsupportedMediaType,
    429: rateLimited,
  },
});

const chatTopics = createRoute({
  method: "get",
  path: "/chat/topics",
  tags: ["Web page"],
  summary: "Topic chips: the reports' sections that hold figures, the latest report's first",
  security: [],
  request: { query: LangQuery },
  responses: { 200: { description: "Topics", content: { "application/json": { schema: TopicList } } }, 400: invalidRequest, 403: forbidden, 429: rateLimited },
});

export const Vote = z.enum(["up", "down"]);

export const FeedbackRequest = z.object({
  ref: z.string().min(1).max(64).describe("The `feedback` id of the answer, from /chat/ask."),
  vote: Vote.describe("up: 👍 the answer is right; down: 👎 it is wrong."),
});

const chatFeedback = createRoute({
  method: "post",
  path: "/chat/feedback",
  tags: ["Web page"],
  summary: "Rate an answer with figures: 👍 or 👎",
  description:
    "Stored with the answer's fact ids and operation and an HMAC of the answer's id, never anything about who voted. " +
    "A second vote on the same answer replaces the first (a changed mind counts once).",
  security: [],
  request: { json: FeedbackRequest },
  responses: {
    200: { description: "The vote now on record", content: { "application/json": { schema: z.object({ vote: Vote }) } } },
    400: invalidRequest,
    403: forbidden,
    404: { ...notFound, description: "No answer on record with this id (unknown, forged, older than 30 days, or the store is unavailable)" },
    415: unsupportedMediaType,
    429: rateLimited,
  },
});

/** Browsers send Origin on cross-origin requests and on same-origin POSTs: refuse foreign ones. */
export function sameSiteOrAllowed(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const origin = c.req.header("origin");
    if (origin && c.req.method !== "OPTIONS" && origin !== new URL(c.req.url).origin && !originAllowed(c.env, origin)) {
      return errorResponse(c, 403, "origin_not_allowed", `pages on ${origin.slice(0, 200)} may not use this endpoint; add the origin to ALLOWED_ORIGINS`);
    }
    await next();
  };
}

export function chatRoutes() {
  const app = new OpenApiRoutes();

  app.openapi(chatAsk, async (c) => {
    const { question, lang, factId, section, context } = c.req.valid("json");
    const started = Date.now();
    let answer: Answer | null;
    if (factId !== undefined) {
      answer = answerFact(factId, lang ?? "vi");
      if (!answer) return refuse(c, 404, "not_found", `no fact with id "${factId}"`);
    } else if (section !== undefined) {
      answer = sectionAnswer(section, lang ?? "vi");
      if (!answer) return refuse(c, 404, "not_found", `no section with id "${section}"`);
    } else {
      answer = ask(question, { lang, context });
    }
    logQuestion(c, { channel: "web", question, answer, latencyMs: Date.now() - started });
    const extras = await answerExtras(c.env, question, answer, factId === undefined && section === undefined);
    return c.json({ ...answer, ...extras } satisfies ChatAnswer, 200);
  });

  app.openapi(chatFeedback, async (c) => {
    const { ref, vote } = c.req.valid("json");
    const questionRef = await webQuestionRef(ref, settings(c.env).LOG_SALT);
    // recordVote replaces an earlier vote (UPDATE); false: no such answer, or D1 failed.
    if (!(await recordVote(c.env, questionRef, vote === "up", timingsOf(c.env).storeTimeoutMs))) {
      return refuse(c, 404, "not_found", "no answer on record with this feedback id");
    }
    return c.json({ vote }, 200);
  });

  app.openapi(chatTopics, (c) => {
    return c.json({ topics: topics(c.req.valid("query").lang ?? "vi") }, 200);
  });

  app.include(handoffRoutes());
  return app;
}
