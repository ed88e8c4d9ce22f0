// POST /api/ask: the JSON contract integrators and the web page rely on.
import * as z from "zod";
import { Answer, ask, Lang, MAX_QUESTION_CHARS } from "../../src/core/index.ts";
import { ErrorBody } from "../../src/errors.ts";
import { logQuestion } from "./question-log.ts";
import { guarded, unsupportedMediaType } from "./responses.ts";
import { createRoute, OpenApiRoutes } from "./openapi-routes.ts";

export const AskRequest = z.object({
  question: z.string().trim().min(1, "question is empty").max(MAX_QUESTION_CHARS, `question is longer than ${MAX_QUESTION_CHARS} characters`),
  lang: Lang.optional(),
  context: z
    .string()
    .max(2048, "context is longer than 2048 characters")
    .optional()
    .describe("The `context` of the previous answer, to continue the conversation (\"còn cấp huyện?\"). A forged or stale one is ignored."),
});

const route = createRoute({
  method: "post",
  path: "/api/ask",
  tags: ["Ask"],
  summary: "Ask a question about the reports",
  description: "Returns the exact figure with its citation, or answered=false with suggestions when the reports do not say.",
  request: { json: AskRequest },
  responses: {
    200: { description: "The answer", content: { "application/json": { schema: Answer } } },
    400: { description: "Malformed JSON, a missing or empty question, a wrong type, or a body over 8 KiB", content: { "application/json": { schema: ErrorBody } } },
    415: unsupportedMediaType,
    ...guarded,
  },
});

export function askRoutes() {
  const app = new OpenApiRoutes();
  app.openapi(route, (c) => {
    const { question, lang, context } = c.req.valid("json");
    const started = Date.now();
    const answer = ask(question, { lang, context });
    logQuestion(c, { channel: "api", question, answer, latencyMs: Date.now() - started });
    return c.json(answer, 200);
  });
  return app;
}
