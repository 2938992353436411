import { z } from "zod";
import { pageFields } from "../common.dto";
import { PRICED_SEATS, ZInvoiceDto } from "./license.dto";

export const ZQuoteDto = z.object({
  id: z.string(),
  number: z.string(),
  ...PRICED_SEATS,
  /** net days the invoice gives to pay by bank transfer */
  paymentTermsDays: z.number().int(),
  terms: z.string().nullable(),
  validUntil: z.date(),
  /** "expired": open but past validUntil */
  status: z.enum(["open", "expired", "accepted", "declined", "withdrawn"]),
  createdBy: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.date().nullable(),
  /** the order its acceptance created */
  orderId: z.string().nullable(),
  createdAt: z.date(),
});

export const ZQuotePageDto = z.object({ items: z.array(ZQuoteDto), ...pageFields });

/** A quote as its PDF prints it: an invoice's shape, with its validity and terms. */
export const ZQuoteDocumentDto = ZInvoiceDto.extend({
  kind: z.literal("quote"),
  orderId: z.string().nullable(),
  quote: z.object({ validUntil: z.date(), paymentTermsDays: z.number().int(), terms: z.string().nullable() }),
});
