/** Largest request body the HTTP APIs accept: 10,000 devices with labels fit with room to spare. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * A 413 in the tRPC error envelope when the declared body is too large, so an oversized
 * upload is refused before it is read into memory; null when the request may proceed.
 */
export function rejectOversizedBody(req: Request): Response | null {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (!(declared > MAX_BODY_BYTES)) return null;
  const message = `Request body too large: ${declared} bytes; the limit is ${MAX_BODY_BYTES} bytes. Split the batch.`;
  return Response.json(
    { error: { message, code: -32600, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413, reason: "PAYLOAD_TOO_LARGE" } } },
    { status: 413 },
  );
}
