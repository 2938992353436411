import { getLocale } from "next-intl/server";
import { documentPdfResponse } from "@/server/api/document-pdf-response";
import { createCaller } from "@/server/api/root";
import { clientIp, createInnerContext } from "@/server/api/trpc";
import { getSessionUserId } from "@/server/auth";

/** A quote as a PDF, for the members who may read it (`quote.document`). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; quoteId: string }> }) {
  const { slug, quoteId } = await params;
  const responseHeaders = new Headers();
  const caller = createCaller(createInnerContext({ sessionUserId: await getSessionUserId(), ip: clientIp(request.headers), responseHeaders }));
  return documentPdfResponse(() => caller.quote.document({ orgSlug: slug, quoteId }), responseHeaders, await getLocale());
}
