// Routes declared once: Hono serves each with zod validation of its body, query and path (through
// @hono/zod-validator), and the OpenAPI document describes it from the same schemas (zod's own
// toJSONSchema). Every validation failure becomes a 400 with the shared {"error": …} shape.
//
// Why not @hono/zod-openapi: it hands zod's whole namespace to extendZodWithOpenApi, which keeps
// every zod locale in the worker bundle (~360 KiB of the 1 MiB budget).
import { zValidator } from "@hono/zod-validator";
import { Hono, type Context, type MiddlewareHandler } from "hono";
import * as z from "zod";
import { errorResponse } from "../../src/errors.ts";
import type { ApiEnv } from "./env.ts";

/** The request parts a route validates, each with its zod schema. */
export interface RequestSpec {
  json?: z.ZodType;
  query?: z.ZodObject;
  params?: z.ZodObject;
}

export interface ResponseSpec {
  description: string;
  content?: { "application/json": { schema: z.ZodType } };
  headers?: z.ZodObject;
}

export interface RouteSpec {
  method: "get" | "post";
  /** OpenAPI form: "/api/facts/{id}". */
  path: string;
  tags: string[];
  summary: string;
  description?: string;
  /** `[]`: no API key (the page's own endpoints); `[{PageToken: []}]`: the page's own token; absent: the document's default. */
  security?: [] | [{ PageToken: [] }];
  request?: RequestSpec;
  responses: Record<number, ResponseSpec>;
}

/** Keeps the route's literal type, so handlers see exactly what it validates. */
export const createRoute = <R extends RouteSpec>(route: R): R => route;

const TARGETS = { json: "json", query: "query", params: "param" } as const;
type Parts = keyof typeof TARGETS;
type SchemaOf<R extends RouteSpec, P extends Parts> = R["request"] extends { [K in P]: infer S extends z.ZodType } ? S : never;
type Validated<R extends RouteSpec, io extends "in" | "out"> = {
  [P in Parts as SchemaOf<R, P> extends never ? never : (typeof TARGETS)[P]]: io extends "in" ? z.input<SchemaOf<R, P>> : z.output<SchemaOf<R, P>>;
};
export type RouteHandler<R extends RouteSpec> = (
  c: Context<ApiEnv, string, { in: Validated<R, "in">; out: Validated<R, "out"> }>,
) => Response | Promise<Response>;

type ValidationResult = { success: true } | { success: false; error: z.core.$ZodError; target: string };

/** The first problem, named by where it is: "question: question is empty", "lang: …". */
export function validationHook(result: ValidationResult, c: Context) {
  if (result.success) return;
  const issue = result.error.issues[0];
  const where = issue?.path.join(".") || (result.target === "json" ? "body" : result.target);
  return errorResponse(c, 400, "invalid_request", issue ? `${where}: ${issue.message}` : "invalid request");
}

/** Hono's JSON validator reads any other body as `{}`; say what is wrong instead. */
const JSON_TYPE = /^application\/([a-z.-]+\+)?json\s*(;|$)/i;
const jsonOnly: MiddlewareHandler = async (c, next) => {
  const type = c.req.header("content-type");
  if (!type || !JSON_TYPE.test(type)) {
    return errorResponse(c, 415, "unsupported_media_type", `send the body as application/json${type ? `, not ${type.slice(0, 100)}` : ""}`);
  }
  await next();
};

/** A Hono app that also remembers the routes it serves, for the OpenAPI document. */
export class OpenApiRoutes extends Hono<ApiEnv> {
  readonly operations: RouteSpec[] = [];

  openapi<R extends RouteSpec>(route: R, handler: RouteHandler<R>): this {
    const validators: MiddlewareHandler[] = (Object.keys(TARGETS) as Parts[])
      .filter((part) => route.request?.[part])
      .map((part) => zValidator(TARGETS[part], route.request![part]!, validationHook));
    if (route.request?.json) validators.unshift(jsonOnly);
    const path = route.path.replace(/\{(\w+)\}/g, ":$1");
    // Hono's overloads cannot follow a validator list built at run time; the types above do.
    this.on(route.method.toUpperCase(), path, ...(validators as []), handler as never);
    this.operations.push(route);
    return this;
  }

  /** Serves another set of routes here and documents them too. */
  include(other: OpenApiRoutes): this {
    this.route("/", other);
    this.operations.push(...other.operations);
    return this;
  }
}

type Json = Record<string, unknown>;

/** JSON Schema 2020-12 (what OpenAPI 3.1 uses) of a zod schema, as requests send or answers carry it. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): Json {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" }) as Json;
  return rest;
}

/** The properties of an object schema, each with its own schema and whether it is required. */
function fieldsOf(schema: z.ZodObject | undefined): { name: string; required: boolean; described: Json; schema: Json }[] {
  if (!schema) return [];
  const object = jsonSchema(schema, "input") as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, { description, ...rest }]) => ({
    name,
    required: (object.required ?? []).includes(name),
    described: description ? { description } : {},
    schema: rest,
  }));
}

const parameters = (schema: z.ZodObject | undefined, where: "query" | "path"): Json[] =>
  fieldsOf(schema).map((f) => ({ name: f.name, in: where, required: where === "path" || f.required, ...f.described, schema: f.schema }));

function operation(route: RouteSpec): Json {
  const { json, query, params } = route.request ?? {};
  const responses = Object.fromEntries(
    Object.entries(route.responses).map(([status, r]) => {
      const headers = fieldsOf(r.headers);
      return [
        status,
        {
          description: r.description,
          ...(headers.length ? { headers: Object.fromEntries(headers.map((h) => [h.name, { ...h.described, schema: h.schema }])) } : {}),
          ...(r.content ? { content: { "application/json": { schema: jsonSchema(r.content["application/json"].schema, "output") } } } : {}),
        },
      ];
    }),
  );
  const all = [...parameters(params, "path"), ...parameters(query, "query")];
  return {
    tags: route.tags,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(route.security ? { security: route.security } : {}),
    ...(all.length ? { parameters: all } : {}),
    ...(json ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(json, "input") } } } } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of `routes`, with `head` (info, servers, tags, security, components). */
export function openApiDocument(routes: readonly RouteSpec[], head: Json): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method] = operation(route);
  return { openapi: "3.1.0", ...head, paths };
}
