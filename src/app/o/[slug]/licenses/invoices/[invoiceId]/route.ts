import { getLocale } from "next-intl/server";
import { documentPdfResponse } from "@/server/api/document-pdf-response";
import { createCaller } from "@/server/api/root";
import { clientIp, createInnerContext } from "@/server/api/trpc";
import { getSessionUserId } from "@/server/auth";

/** The console's invoice download: the signed-in member's organization, as `license.invoice` allows. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; invoiceId: string }> }) {
  const { slug, invoiceId } = await params;
  const responseHeaders = new Headers();
  const caller = createCaller(createInnerContext({ sessionUserId: await getSessionUserId(), ip: clientIp(request.headers), responseHeaders }));
  return documentPdfResponse(() => caller.license.invoice({ orgSlug: slug, invoiceId }), responseHeaders, await getLocale());
}
