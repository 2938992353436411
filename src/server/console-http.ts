import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "./client-address";

/** Every method the console serves (pages, route handlers, server actions, CORS preflight). */
const CONSOLE_METHODS = ["GET", "HEAD", "POST", "OPTIONS"] as const;

/**
 * What the console's HTTP server does before Next.js sees a request: answers what Next must
 * never see (a method no route serves: 405; a path whose percent-encoding is not UTF-8, such
 * as `/o/%ff`: 404, where Next would fail with a 500) and hands the resolved client address
 * on in CLIENT_ADDRESS_HEADER, replacing anything the client sent under that name.
 * Returns false when it answered the request itself.
 */
export function prepareConsoleRequest(req: IncomingMessage, res: ServerResponse): boolean {
  if (!(CONSOLE_METHODS as readonly string[]).includes(req.method ?? "")) {
    answer(res, 405, `Method ${req.method ?? "?"} is not allowed.`, { Allow: CONSOLE_METHODS.join(", ") });
    return false;
  }
  if (!decodable(req.url ?? "/")) {
    answer(res, 404, "Not found: the address is malformed.");
    return false;
  }
  delete req.headers[CLIENT_ADDRESS_HEADER];
  const address = clientAddress(req);
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
  return true;
}

function decodable(url: string): boolean {
  try {
    decodeURIComponent(url.split("?")[0]!);
    return true;
  } catch {
    return false;
  }
}

function answer(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers }).end(`${message}\n`);
}
