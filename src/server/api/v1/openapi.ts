import { z } from "zod";
import { apiV1Router } from "./root";

/*
 * The OpenAPI 3.1 document of the manufacturer API (`GET /api/v1/openapi.json`), built from the
 * router itself: each procedure's zod input and output schemas through zod's own JSON Schema
 * output (draft 2020-12, OpenAPI 3.1's dialect), its scope from apiKeyProcedure and its summary
 * and example from its meta. Paths are the plain tRPC calls of the contract: a mutation is
 * `POST /{procedure}` with the input as the body, a query `GET /{procedure}?input=<JSON>`.
 */

type JsonSchema = Record<string, unknown>;
type Procedure = { _def: { type: "query" | "mutation" | "subscription"; inputs: unknown[]; output?: unknown; meta?: unknown } };

const ZApiMeta = z.object({ scope: z.string(), summary: z.string(), description: z.string(), example: z.unknown() }).partial();

/** A procedure's meta as ApiMeta describes it. */
export const procedureMeta = (procedure: Procedure): z.infer<typeof ZApiMeta> => ZApiMeta.parse(procedure._def.meta ?? {});

const ERROR_REF = { $ref: "#/components/schemas/Error" };

/** A zod schema as JSON Schema; dates travel as ISO-8601 strings (no transformer). */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: ({ zodSchema }) => (zodSchema._zod.def.type === "date" ? { type: "string", format: "date-time" } : "throw"),
  }) as JsonSchema;
  return rest;
}

/** Every procedure of the router by its dotted path ("skus.create"). */
export function apiProcedures(): [string, Procedure][] {
  // At run time the router keeps its procedures flat, by dotted path; its type is the nested tree.
  const procedures: Record<string, unknown> = apiV1Router._def.procedures;
  return Object.entries(procedures)
    .filter((entry): entry is [string, Procedure] => isProcedure(entry[1]))
    .sort(([a], [b]) => a.localeCompare(b));
}

function isProcedure(value: unknown): value is Procedure {
  return typeof value === "function" && "_def" in value && typeof value._def === "object" && value._def !== null && "type" in value._def;
}

/** A procedure's parser as zod: the API is documented from zod schemas only. */
function zodSchema(parser: unknown): z.ZodType {
  if (parser instanceof z.ZodType) return parser;
  throw new Error("A manufacturer API procedure must validate with zod to be documented.");
}

/** One call's input schema (several `.input()` calls merge, as tRPC merges them), or null without input. */
export function procedureInput(procedure: Procedure): z.ZodType | null {
  const [first, ...rest] = procedure._def.inputs.map(zodSchema);
  return first ? rest.reduce<z.ZodType>((merged, next) => z.intersection(merged, next), first) : null;
}

const scopeNote = (scope: string | undefined) => (scope === "any" || !scope ? "Any valid API key." : `Scope \`${scope}\` (or \`*\`).`);

function operation(path: string, procedure: Procedure): JsonSchema {
  const meta = procedureMeta(procedure);
  const input = procedureInput(procedure);
  const inputSchema = input ? jsonSchema(input, "input") : null;
  // An input that accepts `undefined` (a default) may be left out.
  const inputRequired = input ? !input.safeParse(undefined).success : false;
  const content = inputSchema ? { "application/json": { schema: inputSchema, ...(meta.example === undefined ? {} : { example: meta.example }) } } : null;
  const query = procedure._def.type === "query";
  const scope = meta.scope ?? "any";
  return {
    operationId: path,
    summary: meta.summary ?? path,
    description: [meta.description, scopeNote(scope)].filter(Boolean).join("\n\n"),
    tags: [path.includes(".") ? path.split(".")[0] : "account"],
    security: [{ apiKey: scope === "any" ? [] : [scope] }],
    "x-anima-scope": scope,
    ...(query && content ? { parameters: [{ name: "input", in: "query", required: inputRequired, description: "The input as JSON (URL-encoded).", content }] } : {}),
    ...(!query && content ? { requestBody: { required: inputRequired, content } } : {}),
    responses: {
      "200": {
        description: "Success: the output in `result.data`.",
        content: { "application/json": { schema: { type: "object", required: ["result"], properties: { result: { type: "object", required: ["data"], properties: { data: procedure._def.output ? jsonSchema(zodSchema(procedure._def.output), "output") : {} } } } } } },
      },
      "400": { $ref: "#/components/responses/BadRequest" },
      "401": { $ref: "#/components/responses/Unauthorized" },
      "403": { $ref: "#/components/responses/Forbidden" },
      "429": { $ref: "#/components/responses/TooManyRequests" },
      default: { $ref: "#/components/responses/Error" },
    },
  };
}

const errorResponse = (description: string, headers?: JsonSchema) => ({ description, ...(headers ? { headers } : {}), content: { "application/json": { schema: ERROR_REF } } });
const RETRY_AFTER = { "Retry-After": { description: "Seconds to wait before trying again.", schema: { type: "integer", minimum: 0 } } };

/** The invoice download: a plain HTTP route beside the tRPC procedures (contract: orders.list → invoiceUrl). */
const INVOICE_PATH = {
  get: {
    operationId: "invoices.download",
    summary: "Download an invoice or credit note as PDF",
    description: `The \`invoiceUrl\` of \`orders.list\`, with the same Authorization. ${scopeNote("licenses:read")}`,
    tags: ["orders"],
    security: [{ apiKey: ["licenses:read"] }],
    "x-anima-scope": "licenses:read",
    parameters: [{ name: "invoiceId", in: "path", required: true, schema: { type: "string" } }],
    responses: {
      "200": { description: "The numbered document.", content: { "application/pdf": { schema: { type: "string", contentMediaType: "application/pdf" } } } },
      "401": { $ref: "#/components/responses/Unauthorized" },
      "403": { $ref: "#/components/responses/Forbidden" },
      "404": errorResponse("No such invoice in the key's organization."),
    },
  },
};

/** The whole document, for the deployment's public address. */
export function openApiDocument(publicUrl: string) {
  const paths: Record<string, JsonSchema> = {};
  for (const [path, procedure] of apiProcedures()) {
    paths[`/${path}`] = { [procedure._def.type === "query" ? "get" : "post"]: operation(path, procedure) };
  }
  paths["/invoices/{invoiceId}"] = INVOICE_PATH;
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Anima manufacturer API",
      version: "1",
      description:
        "Register SKUs and devices, publish configs and staged rollouts, read seats and orders, manage webhooks. tRPC over HTTP without a transformer: a mutation is `POST /{procedure}` with the input as the JSON body, a query `GET /{procedure}?input=<URL-encoded JSON>`. Errors carry a stable `error.data.reason`.",
    },
    servers: [{ url: `${publicUrl}/api/v1` }],
    security: [{ apiKey: [] }],
    paths,
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "`Authorization: Bearer <api key>`. Keys are made in the console (Settings → API keys) or by the operator CLI, bound to one organization, with scopes: each operation names the one it needs." },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["message", "code", "data"],
              properties: {
                message: { type: "string", description: "For people; English." },
                code: { type: "integer", description: "The JSON-RPC error number of the tRPC code." },
                data: {
                  type: "object",
                  required: ["code", "httpStatus"],
                  properties: {
                    code: { type: "string", examples: ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "TOO_MANY_REQUESTS"] },
                    httpStatus: { type: "integer" },
                    path: { type: "string" },
                    reason: { type: "string", description: "Stable and machine-readable: branch on it.", examples: ["INVALID_INPUT", "SCOPE_MISSING", "SKU_NOT_FOUND"] },
                    issues: { type: "array", items: { type: "object", properties: { path: { type: "array", items: { type: ["string", "integer"] } }, message: { type: "string" }, code: { type: "string" } } } },
                  },
                },
              },
            },
          },
        },
      },
      responses: {
        BadRequest: errorResponse("Invalid input: `reason` INVALID_INPUT and `issues` name each problem; or a business rule refused it (its own `reason`)."),
        Unauthorized: errorResponse("Missing, unknown, expired or revoked API key."),
        Forbidden: errorResponse("The key lacks the operation's scope (`reason` SCOPE_MISSING), or its organization is suspended."),
        TooManyRequests: errorResponse("Rate limited: wait for Retry-After.", RETRY_AFTER),
        Error: errorResponse("Another error: 404 not found, 409 conflict, 412 precondition failed, 413 body too large, 503 unavailable (with Retry-After)."),
      },
    },
  };
}
