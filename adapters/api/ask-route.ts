// POST /api/ask: the JSON contract integrators and the web page rely on.
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { Answer, ask, Lang, MAX_QUESTION_CHARS } from "../../src/core/index.ts";
import type { AppEnv } from "../../src/env.ts";
import { ErrorBody, errorResponse } from "../../src/errors.ts";

export const AskRequest = z.object({
  question: z.string().trim().min(1, "question is empty").max(MAX_QUESTION_CHARS, `question is longer than ${MAX_QUESTION_CHARS} characters`),
  lang: Lang.optional(),
});

const route = createRoute({
  method: "post",
  path: "/api/ask",
  summary: "Ask a question about the reports",
  description: "Returns the exact figure with its citation, or answered=false with suggestions when the reports do not say.",
  request: { body: { content: { "application/json": { schema: AskRequest } }, required: true } },
  responses: {
    200: { description: "The answer", content: { "application/json": { schema: Answer } } },
    400: { description: "Malformed JSON, a missing or empty question, a wrong type, or a body over 8 KiB", content: { "application/json": { schema: ErrorBody } } },
  },
});

export function askRoutes() {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        return errorResponse(c, 400, "invalid_request", issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "invalid request");
      }
    },
  });
  app.openapi(route, (c) => {
    const { question, lang } = c.req.valid("json");
    return c.json(ask(question, { lang }), 200);
  });
  return app;
}
