// The web page's side of handing a question to an official (adapters/chat/handoff does the work):
// POST /chat/handoff opens a case for a question this server declined, GET /chat/handoff/{code}
// is what the page polls until the official's answer is there. The page proves it is the one that
// opened a case with its own random token, sent as `Authorization: Bearer <token>` (CORS allows
// that header; a query string would end up in logs). The token lives in the page's memory only;
// D1 keeps its HMAC. Any case this page cannot read is 404, whether the code exists or not.
import * as z from "zod";
import { Lang } from "../../src/core/index.ts";
import { ErrorBody } from "../../src/errors.ts";
import { settings } from "../../src/env.ts";
import { log } from "../../src/log.ts";
import { handoffStatus, openHandoff } from "../chat/handoff/index.ts";
import { AskRequest } from "./ask-route.ts";
import { webHandoffOn } from "./chat-answer.ts";
import { createRoute, OpenApiRoutes } from "./openapi-routes.ts";
import { forbidden, invalidRequest, rateLimited, refuse, unsupportedMediaType } from "./responses.ts";
import { offerValid } from "./web-tokens.ts";

/** 22–128 characters of base64url: the page makes 32 random bytes. */
const PageToken = z.string().regex(/^[A-Za-z0-9_-]{22,128}$/);
const TOKEN_HINT = "send the page's own random token as `Authorization: Bearer <token>` (22–128 characters of A–Z a–z 0–9 _ -)";

/** The page's token from `Authorization: Bearer <token>`, or null. */
function pageToken(header: string | undefined): string | null {
  const parsed = PageToken.safeParse(/^Bearer\s+(\S+)$/i.exec(header?.trim() ?? "")?.[1]);
  return parsed.success ? parsed.data : null;
}

export const HandoffRequest = z.object({
  question: AskRequest.shape.question.describe("The declined question, exactly as sent to /chat/ask."),
  lang: Lang.optional().describe("The declined answer's language (default vi)."),
  offer: z.string().min(1).max(200).describe("The `handoff` field of that declined answer (valid for an hour)."),
});

const Code = z.string().describe("The case code officials see, e.g. K7Q2 (shown to the citizen as #K7Q2).");

export const HandoffOpened = z.discriminatedUnion("status", [
  z.object({ status: z.literal("opened"), code: Code }),
  z.object({
    status: z.literal("limit"),
    open: z.number().int().describe("Cases of this page still waiting for an official (at most 3 at a time): nothing was sent."),
  }),
]);

export const HandoffCase = z.object({
  code: Code,
  status: z.enum(["open", "answered"]).describe("answered: an official's answer is in `answer`."),
  question: z.string().describe("The question as the officials read it (personal data removed)."),
  answer: z.string().optional().describe("The official's answer, verbatim."),
});

export const CaseParams = z.object({ code: z.string().min(1).max(16).describe("The case code from POST /chat/handoff.") });

const json = (description: string) => ({ description, content: { "application/json": { schema: ErrorBody } } });
const unavailable = json("The officials' group or the store could not be reached: try again in a few minutes");
const pageTokenAuth = [{ PageToken: [] }] as [{ PageToken: [] }];

const open = createRoute({
  method: "post",
  path: "/chat/handoff",
  tags: ["Web page"],
  summary: "Send a declined question to the officials (HANDOFF_TELEGRAM_CHAT_ID)",
  description:
    "Posts the question to the officials' Telegram group with a case code and nothing that identifies the asker. Only a question /chat/ask declined with a `handoff` offer is taken. " +
    "The page's random token (`Authorization: Bearer`) owns the case: at most 3 open cases per token. Answers `opened` with the code, or `limit` when 3 are waiting.",
  security: pageTokenAuth,
  request: { json: HandoffRequest },
  responses: {
    200: { description: "Opened, or refused because 3 cases are open", content: { "application/json": { schema: HandoffOpened } } },
    400: json("Invalid input, no page token, or an offer that does not match the question or has expired"),
    403: forbidden,
    404: json("This server does not hand questions to officials (HANDOFF_TELEGRAM_CHAT_ID is not set)"),
    415: unsupportedMediaType,
    429: rateLimited,
    503: unavailable,
  },
});

const status = createRoute({
  method: "get",
  path: "/chat/handoff/{code}",
  tags: ["Web page"],
  summary: "A case opened by this page: waiting, or the official's answer",
  description:
    "Polled by the page (about every 15 s, backing off) with the token that opened the case (`Authorization: Bearer`). " +
    "An unknown or expired code, another page's case and a missing token all get the same 404.",
  security: pageTokenAuth,
  request: { params: CaseParams },
  responses: {
    200: { description: "The case", content: { "application/json": { schema: HandoffCase } } },
    400: invalidRequest,
    403: forbidden,
    404: json("No case with this code for this token (unknown, expired, or another page's)"),
    429: rateLimited,
    503: unavailable,
  },
});

export function handoffRoutes() {
  const app = new OpenApiRoutes();

  app.openapi(open, async (c) => {
    c.header("Cache-Control", "no-store");
    const { question, lang, offer } = c.req.valid("json");
    const salt = settings(c.env).LOG_SALT;
    if (!webHandoffOn(c.env) || !salt) return refuse(c, 404, "not_found", "this server does not hand questions to officials");
    const token = pageToken(c.req.header("authorization"));
    if (!token) return refuse(c, 400, "invalid_request", `Authorization: ${TOKEN_HINT}`);
    if (!(await offerValid(offer, question, salt))) return refuse(c, 400, "invalid_request", "offer: does not match the question, or is older than an hour; ask the question again");
    const result = await openHandoff(c.env, { channel: "web", citizen: token, question, lang: lang ?? "vi" });
    switch (result.status) {
      case "opened":
        return c.json({ status: "opened" as const, code: result.code }, 200);
      case "limit":
        return c.json({ status: "limit" as const, open: result.open }, 200);
      case "off":
        return refuse(c, 404, "not_found", "this server does not hand questions to officials");
      case "failed":
        return refuse(c, 503, "handoff_failed", "the question could not be sent to the officials; try again in a few minutes");
    }
  });

  app.openapi(status, async (c) => {
    c.header("Cache-Control", "no-store");
    const code = c.req.valid("param").code.toUpperCase();
    const token = pageToken(c.req.header("authorization"));
    const none = () => refuse(c, 404, "not_found", "no case with this code for this page");
    if (!token) return none();
    try {
      const found = await handoffStatus(c.env, code, token);
      if (!found) return none();
      return c.json({ code, ...found }, 200);
    } catch (e) {
      log("warn", "handoff.unavailable", { op: "web-status", error: (e instanceof Error ? e.message : String(e)).slice(0, 200) });
      return refuse(c, 503, "unavailable", "the cases cannot be read right now; try again in a few minutes");
    }
  });

  return app;
}
