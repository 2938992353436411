import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { AppError } from "@/server/errors";
import { renderInvoicePdf, type PrintedDocument } from "@/server/modules/billing/invoice-pdf";

/**
 * A document (invoice, credit note, quote) as a PDF download, loaded through a procedure
 * (`license.invoice` and `quote.document` for the console, `orders.invoice` for the API) so the
 * download is authenticated, scoped and refused exactly like the procedure: its error comes
 * back as JSON with the same status and reason. Its labels are in `locale`: the console's
 * language for a console download, English for the API.
 */
export async function documentPdfResponse(load: () => Promise<PrintedDocument>, responseHeaders: Headers, locale: Locale = DEFAULT_LOCALE): Promise<Response> {
  try {
    const invoice = await load();
    const pdf = await renderInvoicePdf(invoice, locale);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${invoice.number}.pdf"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const reason = error.cause instanceof AppError ? error.cause.reason : undefined;
    return Response.json({ error: { message: error.message, code: error.code, reason } }, { status: getHTTPStatusCodeFromError(error), headers: responseHeaders });
  }
}
