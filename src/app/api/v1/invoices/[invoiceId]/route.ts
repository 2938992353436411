import { documentPdfResponse } from "@/server/api/document-pdf-response";
import { clientIp, createInnerContext } from "@/server/api/trpc";
import { createApiV1Caller } from "@/server/api/v1/root";

/** `GET invoiceUrl` (contract): the invoice as application/pdf, with the API key of `orders.list`. */
export async function GET(request: Request, { params }: { params: Promise<{ invoiceId: string }> }) {
  const { invoiceId } = await params;
  const responseHeaders = new Headers();
  const caller = createApiV1Caller(createInnerContext({ authorization: request.headers.get("authorization"), ip: clientIp(request.headers), responseHeaders }));
  return documentPdfResponse(() => caller.orders.invoice({ invoiceId }), responseHeaders);
}
