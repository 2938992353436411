import { openApiDocument } from "@/server/api/v1/openapi";
import { publicUrl } from "@/server/env";

/** `GET /api/v1/openapi.json` (contract): the manufacturer API as OpenAPI 3.1, public like any API reference. */
export function GET() {
  return Response.json(openApiDocument(publicUrl()), { headers: { "Cache-Control": "public, max-age=300" } });
}
