/** Largest request body the HTTP APIs accept: 10,000 devices with labels fit with room to spare. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

function tooLarge(what: string): Response {
  const message = `Request body too large: ${what}; the limit is ${MAX_BODY_BYTES} bytes. Split the batch.`;
  return Response.json(
    { error: { message, code: -32600, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413, reason: "PAYLOAD_TOO_LARGE" } } },
    { status: 413 },
  );
}

/**
 * The request to serve, or a 413 in the tRPC error envelope when its body is too large. A
 * declared length is checked before anything is read; a body without one (chunked) is read
 * with a running count and refused as soon as it passes the limit, so no upload is ever held
 * in memory beyond it.
 */
export async function limitBody(req: Request): Promise<Request | Response> {
  const declared = req.headers.get("content-length");
  if (declared !== null) return Number(declared) > MAX_BODY_BYTES ? tooLarge(`${declared} bytes`) : req;
  if (!req.body) return req;
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    total += chunk.value.byteLength;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel();
      return tooLarge(`more than ${MAX_BODY_BYTES} bytes`);
    }
    chunks.push(chunk.value);
  }
  return new Request(req.url, { method: req.method, headers: req.headers, body: Buffer.concat(chunks), signal: req.signal });
}
