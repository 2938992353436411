import type { ServerResponse } from "node:http";
import { getErrorShape, TRPCError, type AnyRouter } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";

/** Methods of the plain routes (health, readiness, JWKS): HEAD is GET without the body. */
export const PLAIN_ROUTE_METHODS = ["GET", "HEAD"];
/** What the gateway answers at all (the `Allow` of a CONNECT, which names no route). */
export const ANY_ROUTE_METHODS = ["GET", "HEAD", "POST"];

type Refusal = { error: TRPCError; allow?: string };

/** The procedure a /trpc path names, as tRPC will read it (percent-decoded; left as it is when malformed: tRPC answers that 400). */
export function procedureName(rawPath: string): string {
  try {
    return decodeURIComponent(rawPath);
  } catch {
    return rawPath;
  }
}

/**
 * Checks a device API request before anything reads it: the method must be the procedure's
 * (POST for a mutation, GET for a query; anything else is 405 with `Allow`, where tRPC's
 * adapter would answer TRACE with a 500), and a declared body length must be within the
 * procedure's limit (413 at once, nothing read). Unknown procedures are left to tRPC for GET
 * and POST (404, or 400 for a batch) and answered 404 here for other methods.
 */
export function createRequestChecks(router: AnyRouter, bodyLimit: (procedure: string) => number) {
  const types = new Map(Object.entries(router._def.procedures as Record<string, { _def: { type: string } }>).map(([path, p]) => [path, p._def.type]));

  return function refusal(method: string | undefined, rawPath: string, declaredLength: string | undefined): Refusal | null {
    const procedure = procedureName(rawPath);
    const type = types.get(procedure);
    if (type === undefined) {
      if (method === "GET" || method === "POST") return null;
      return { error: new TRPCError({ code: "NOT_FOUND", message: `No procedure found on path "${procedure}"` }) };
    }
    const allowed = type === "query" ? "GET" : "POST";
    if (method !== allowed) {
      return { error: new TRPCError({ code: "METHOD_NOT_SUPPORTED", message: `Unsupported ${method}-request to ${type} procedure at path "${procedure}": use ${allowed}.` }), allow: allowed };
    }
    const limit = bodyLimit(procedure);
    if (declaredLength !== undefined && Number(declaredLength) > limit) {
      return { error: new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: `Request body too large: ${declaredLength} bytes; ${procedure} accepts at most ${limit}.` }) };
    }
    return null;
  };
}

/** Answers a refusal in the contract's tRPC error envelope, shaped by the router's own error formatter. */
export function sendRefusal(res: ServerResponse, router: AnyRouter, procedure: string, { error, allow }: Refusal): void {
  const shape = getErrorShape({ config: router._def._config, ctx: undefined, error, input: undefined, path: procedure, type: "unknown" });
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (allow) headers.allow = allow;
  // The body may not have been read: close the connection rather than parse what follows as a request.
  if (error.code === "PAYLOAD_TOO_LARGE") headers.connection = "close";
  res.writeHead(getHTTPStatusCodeFromError(error), headers).end(JSON.stringify({ error: shape }));
}
