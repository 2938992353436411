/** Largest request body the HTTP APIs accept: 10,000 devices with labels fit with room to spare. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** How a route refuses an oversized body (`message` says why); each route keeps its own error envelope. */
export type BodyLimit = { maxBytes: number; tooLarge: (message: string) => Response };

/** The tRPC APIs' limit: 413 in the tRPC error envelope. */
const TRPC_BODY_LIMIT: BodyLimit = {
  maxBytes: MAX_BODY_BYTES,
  tooLarge: (message) =>
    Response.json(
      { error: { message: `${message} Split the batch.`, code: -32600, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413, reason: "PAYLOAD_TOO_LARGE" } } },
      { status: 413 },
    ),
};

/**
 * The request to serve, or the limit's 413 when its body is too large. A declared length is
 * checked before anything is read; a body without one (chunked) is read with a running count
 * and refused as soon as it passes the limit, so no upload is ever held in memory beyond it.
 */
export async function limitBody(req: Request, limit: BodyLimit = TRPC_BODY_LIMIT): Promise<Request | Response> {
  const refuse = (what: string) => limit.tooLarge(`Request body too large: ${what}; the limit is ${limit.maxBytes} bytes.`);
  const declared = req.headers.get("content-length");
  if (declared !== null) return Number(declared) > limit.maxBytes ? refuse(`${declared} bytes`) : req;
  if (!req.body) return req;
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    total += chunk.value.byteLength;
    if (total > limit.maxBytes) {
      await reader.cancel();
      return refuse(`more than ${limit.maxBytes} bytes`);
    }
    chunks.push(chunk.value);
  }
  return new Request(req.url, { method: req.method, headers: req.headers, body: Buffer.concat(chunks), signal: req.signal });
}
