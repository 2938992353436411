import superjson from "superjson";
import { MAX_BATCH_CALLS } from "@/lib/trpc-batch";

/** Most calls one console request may carry: fewer without a signed-in session. */
export function maxBatchCalls(signedIn: boolean): number {
  return signedIn ? MAX_BATCH_CALLS.signedIn : MAX_BATCH_CALLS.signedOut;
}

/** How many calls a request to `endpoint` carries, split as tRPC splits them (after URL-decoding). */
function countCalls(url: URL, endpoint: string): number {
  if (url.searchParams.get("batch") !== "1") return 1;
  const path = url.pathname.slice(endpoint.length).replace(/^\/|\/$/g, "");
  try {
    return decodeURIComponent(path).split(",").length;
  } catch {
    return 1; // tRPC refuses the malformed path itself (400)
  }
}

/**
 * A 400 `BATCH_TOO_LARGE` in the console router's envelope (superjson) when the request
 * carries more calls than its caller may send, else null. Checked on the URL alone, before
 * the body is read or any procedure runs, so one request cannot carry thousands of calls;
 * one error answers the whole batch (the batch link hands it to each call).
 */
export function refuseLargeBatch(req: Request, endpoint: string, signedIn: boolean): Response | null {
  const calls = countCalls(new URL(req.url), endpoint);
  const limit = maxBatchCalls(signedIn);
  if (calls <= limit) return null;
  const who = signedIn ? "" : " without a signed-in session";
  const message = `Too many calls in one batch: ${calls}; the limit is ${limit}${who}. Split the batch.`;
  const shape = { message, code: -32600, data: { code: "BAD_REQUEST", httpStatus: 400, reason: "BATCH_TOO_LARGE" } };
  return Response.json({ error: superjson.serialize(shape) }, { status: 400 });
}
