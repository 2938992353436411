import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { nodeHTTPRequestHandler, type NodeHTTPHandlerOptions } from "@trpc/server/adapters/node-http";
import { deviceApiRouter } from "@/server/api/device/root";
import { createInnerContext } from "@/server/api/trpc";
import { clientAddress } from "@/server/client-address";
import type { Db } from "@/server/db";
import { logger } from "@/server/logger";
import { bodyLimit } from "./body-limits";
import { createFastPath } from "./fast-path";
import { createOverloadGuard } from "./overload";
import { ANY_ROUTE_METHODS, createRequestChecks, PLAIN_ROUTE_METHODS, procedureName, sendRefusal } from "./request-checks";
import { activeSigningKey, publishedSigningKeys } from "@/server/modules/sessions/signing-keys";
import { errorText } from "@/server/errors";
import type { CommitWait } from "@/server/group-commit";

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
}

/**
 * The device gateway: a lean node:http server (no Next.js on the boot path) serving the
 * device tRPC router at /trpc, plus health, readiness and the JWKS. Stateless.
 */
export type GatewayServer = Server & {
  /** Resolves when no device request is in progress: shut the database only after it. */
  drained(): Promise<void>;
};

/** `fastPath: false` serves every device request through tRPC's adapter (the fast path's test compares the two). */
export function createGatewayServer(db: Db, overload: Parameters<typeof createOverloadGuard>[0] = {}, { fastPath = true } = {}): GatewayServer {
  const guard = createOverloadGuard(overload);
  // The client is the socket's peer unless it is a trusted proxy (TRUSTED_PROXIES): per-address limits count what a client cannot choose.
  /** Each admitted request's way to wait for a group commit parked, and the time it spent so. */
  const parking = new WeakMap<IncomingMessage, { waitForCommit: CommitWait; parkedMs: number }>();
  const createContext = (req: IncomingMessage) =>
    createInnerContext({ db, authorization: req.headers.authorization ?? null, ip: clientAddress(req), responseHeaders: new Headers(), waitForCommit: parking.get(req)?.waitForCommit });
  const onError = ({ error, path }: { error: { code: string; message: string }; path: string | undefined }) => {
    if (error.code === "INTERNAL_SERVER_ERROR") logger.error("device procedure failed", { path, error: error.message });
  };
  const trpcOptions: NodeHTTPHandlerOptions<typeof deviceApiRouter, IncomingMessage, ServerResponse> = {
    router: deviceApiRouter,
    allowBatching: false,
    createContext: ({ req }) => createContext(req),
    responseMeta: ({ ctx }) => ({ headers: ctx?.responseHeaders }),
    onError,
  };
  const fast = fastPath ? createFastPath({ router: deviceApiRouter, bodyLimit, createContext, onError }) : null;
  const refusal = createRequestChecks(deviceApiRouter, bodyLimit);
  const handleDeviceRequest = async (req: IncomingMessage, res: ServerResponse, procedure: string) => {
    // The adapter counts a streamed body as it arrives and stops at the procedure's limit (413).
    if (!(await fast?.handle(req, res, procedure))) await nodeHTTPRequestHandler({ ...trpcOptions, maxBodySize: bodyLimit(procedureName(procedure)), req, res, path: procedure });
  };

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void> | void> = {
    "/healthz": (_req, res) => json(res, 200, { status: "ok" }),
    "/readyz": async (_req, res) => {
      try {
        await db.$queryRaw`SELECT 1`;
        json(res, 200, { status: "ready" });
      } catch {
        json(res, 503, { status: "database unreachable" }, { "Retry-After": "5" });
      }
    },
    "/.well-known/jwks.json": async (_req, res) => {
      await activeSigningKey(db); // the first key exists before anyone asks for it
      json(res, 200, { keys: await publishedSigningKeys(db) }, { "cache-control": "public, max-age=300" });
    },
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const route = routes[path];
    if (route) {
      if (!PLAIN_ROUTE_METHODS.includes(req.method ?? "")) return json(res, 405, { error: `${req.method} is not allowed on ${path}.` }, { allow: PLAIN_ROUTE_METHODS.join(", ") });
      Promise.resolve(route(req, res)).catch((error: unknown) => {
        logger.error("gateway route failed", { path, error: errorText(error) });
        if (!res.headersSent) json(res, 503, { error: "temporarily unavailable" }, { "Retry-After": "5" });
      });
      return;
    }
    if (path.startsWith("/trpc/")) {
      const procedure = path.slice("/trpc/".length);
      const refused = refusal(req.method, procedure, req.headers["content-length"]);
      if (refused) return sendRefusal(res, deviceApiRouter, procedure, refused);
      if (guard.shedReason()) return shedRequest(res, guard.retryAfterSeconds());
      const startedAt = performance.now();
      const parked = { parkedMs: 0, waitForCommit: parkedWait(guard, (ms) => (parked.parkedMs += ms)) };
      parking.set(req, parked);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        // The adaptive limit judges the work, not the wait for a group's commit.
        guard.release(performance.now() - startedAt - parked.parkedMs);
      };
      // Released when the handler is done, not when the socket closes: shutdown waits for it.
      // Except a client gone mid-upload: tRPC then waits forever for the rest of the body
      // (it listens for "end" only), and each such client would hold a place for good.
      res.once("close", () => {
        if (!req.complete) release();
      });
      handleDeviceRequest(req, res, procedure)
        .catch((error: unknown) => {
          // A client that hung up mid-body is nobody's failure: there is no one to answer.
          if (req.destroyed && !req.complete) return;
          logger.error("device request failed", { path, error: errorText(error) });
          if (!res.headersSent) json(res, 500, { error: "internal error" });
        })
        .finally(release);
      return;
    }
    json(res, 404, { error: `No route ${path}` });
  });
  // A CONNECT never reaches the request handler: without this Node drops the connection unanswered.
  server.on("connect", (_req: IncomingMessage, socket: Duplex) => refuseConnect(socket));
  server.on("close", () => guard.stop());
  return Object.assign(server, { drained: () => guard.idle() });
}

/** A request's CommitWait: parked in the guard, the time spent so told to `spent`. */
function parkedWait(guard: ReturnType<typeof createOverloadGuard>, spent: (ms: number) => void): CommitWait {
  return async (commit) => {
    const at = performance.now();
    try {
      return await guard.park(commit);
    } finally {
      spent(performance.now() - at);
    }
  };
}

/** A shed request gets the contract's 429 envelope at once, with the guard's jittered Retry-After. */
function shedRequest(res: ServerResponse, retryAfterSeconds: number) {
  const error = { message: "The gateway is busy; retry after the delay in Retry-After.", code: -32029, data: { code: "TOO_MANY_REQUESTS", httpStatus: 429, reason: "RATE_LIMITED" } };
  json(res, 429, { error }, { "Retry-After": String(retryAfterSeconds) });
}

function refuseConnect(socket: Duplex) {
  const body = JSON.stringify({ error: "CONNECT is not allowed: this is not a proxy." });
  socket.end(`HTTP/1.1 405 Method Not Allowed\r\nAllow: ${ANY_ROUTE_METHODS.join(", ")}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
