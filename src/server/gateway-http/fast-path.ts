import type { IncomingMessage, ServerResponse } from "node:http";
import { callTRPCProcedure, getErrorShape, getTRPCErrorFromUnknown, type AnyRouter } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { InnerContext } from "@/server/api/trpc";

type FastPathOptions = {
  router: AnyRouter;
  /** the largest body a procedure accepts (longer ones go to the adapter, which refuses them) */
  bodyLimit: (procedure: string) => number;
  createContext: (req: IncomingMessage) => InnerContext;
  onError: (opts: { error: { code: string; message: string }; path: string }) => void;
};

/**
 * The device API's common request — a POST of a JSON body to a mutation (boot, refresh,
 * telemetry) — answered without tRPC's Fetch API adapter, whose Request, URL, Headers,
 * AbortController and ReadableStream objects cost more than a cached boot itself. It calls
 * the same procedure through tRPC (`callTRPCProcedure`: middlewares, input validation) and
 * shapes results and errors with tRPC's own `getErrorShape` and status mapping, so answers
 * are the adapter's, byte for byte (a test compares them). Everything else — queries,
 * other content types or methods, query strings, bodies without a length or over the
 * limit, invalid JSON — is declined and goes to the adapter, which answers it the
 * standard way (the body already read is handed over as `req.body`).
 */
export function createFastPath({ router, bodyLimit, createContext, onError }: FastPathOptions) {
  const config = router._def._config;
  const mutations = new Set(Object.entries(router._def.procedures as Record<string, { _def: { type: string } }>).filter(([, p]) => p._def.type === "mutation").map(([path]) => path));

  function accepts(req: IncomingMessage, path: string): boolean {
    const length = Number(req.headers["content-length"]);
    return (
      req.method === "POST" &&
      mutations.has(path) &&
      !req.url?.includes("?") &&
      req.headers["content-type"]?.split(";")[0]?.trim().toLowerCase() === "application/json" &&
      Number.isInteger(length) &&
      length > 0 &&
      length <= bodyLimit(path)
    );
  }

  function send(res: ServerResponse, status: number, body: unknown, headers: Headers) {
    res.statusCode = status;
    res.setHeader("vary", "trpc-accept, accept");
    res.setHeader("content-type", "application/json");
    headers.forEach((value, name) => res.setHeader(name, value));
    res.end(JSON.stringify(body));
  }

  /** Resolves true when it answered; false when the adapter must (with `req.body` set if read). */
  async function handle(req: IncomingMessage & { body?: string }, res: ServerResponse, path: string): Promise<boolean> {
    if (!accepts(req, path)) return false;
    const text = await readBody(req);
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      req.body = text;
      return false;
    }
    const ctx = createContext(req);
    try {
      const data = await callTRPCProcedure({ router, path, getRawInput: async () => input, ctx, type: "mutation", signal: undefined, batchIndex: 0 });
      send(res, 200, { result: { data } }, ctx.responseHeaders);
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      onError({ error, path });
      send(res, getHTTPStatusCodeFromError(error), { error: getErrorShape({ config, ctx, error, input, path, type: "mutation" }) }, ctx.responseHeaders);
    }
    return true;
  }

  return { handle };
}

/** The whole body as text (its length is known and within the limit: `accepts` checked). */
async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
