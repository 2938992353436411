import { z } from "zod";
import { getInvoice } from "@/server/modules/billing/invoices";
import { listApiOrders, ZListApiOrdersInput } from "@/server/modules/billing/orders";
import { ZInvoiceDto, ZInvoiceId } from "../routers/license.dto";
import { apiKeyProcedure, createApiRouter } from "../trpc";

const ZApiOrder = z.object({
  id: z.string(),
  status: z.enum(["pending", "paid", "failed", "cancelled", "expired", "refunded", "partially_refunded"]),
  seats: z.number().int(),
  /** minor units, tax included */
  amountTotal: z.number().int(),
  currency: z.string(),
  /** null until paid */
  invoiceNumber: z.string().nullable(),
  /** GET it with the same Authorization: the invoice as application/pdf; null until paid */
  invoiceUrl: z.string().nullable(),
});

export const ordersApiRouter = createApiRouter({
  /** `orders.list` (contract): newest first. */
  list: apiKeyProcedure("licenses:read")
    .meta({ summary: "License orders, newest first, with their invoices once paid", example: { limit: 50 } })
    .input(ZListApiOrdersInput)
    .output(z.object({ orders: z.array(ZApiOrder) }))
    .query(async ({ ctx, input }) => ({ orders: await listApiOrders(ctx.db, ctx.apiKey.orgId, input) })),

  /** An invoice or credit note as data (what its PDF prints), for ERP imports. */
  invoice: apiKeyProcedure("licenses:read")
    .meta({ summary: "An invoice or credit note as data (what its PDF prints)", example: { invoiceId: "inv_cm4x2b7k90007" } })
    .input(ZInvoiceId)
    .output(ZInvoiceDto)
    .query(({ ctx, input }) => getInvoice(ctx.db, ctx.apiKey.orgId, input.invoiceId)),
});
