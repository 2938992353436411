import { z } from "zod";
import { startCheckout, ZCheckoutInput } from "@/server/modules/billing/checkout";
import { cancelCheckout } from "@/server/modules/billing/cancel-checkout";
import { completeLocalCheckout } from "@/server/modules/billing/local-checkout";
import { confirmCheckout, getOrder, listOrders, ZListOrdersInput } from "@/server/modules/billing/orders";
import { getInvoice } from "@/server/modules/billing/invoices";
import { payments, paymentsMode } from "@/server/modules/billing/payments";
import { getBalance } from "@/server/modules/licenses/balance";
import { listLedger, ZListLedgerInput } from "@/server/modules/licenses/list-ledger";
import { listActivePackages } from "@/server/modules/licenses/packages";
import { listSeatTerms, ZListSeatTermsInput } from "@/server/modules/licenses/list-seat-terms";
import { startRenewal, ZRenewTermInput } from "@/server/modules/billing/renew-term";
import { transferSeat, ZTransferSeatInput } from "@/server/modules/licenses/transfer-seat";
import { ZBalanceDto, ZCheckoutDto, ZInvoiceDto, ZInvoiceId, ZLedgerPageDto, ZLicensePackageDto, ZOrderDto, ZOrderPageDto, ZSeatTermPageDto } from "./license.dto";
import { createTRPCRouter, orgProcedure } from "../trpc";

const ZOrderId = z.object({ orderId: z.string().min(1).max(64) });

export const licenseRouter = createTRPCRouter({
  balance: orgProcedure("org:read")
    .output(ZBalanceDto)
    .query(({ ctx }) => getBalance(ctx.db, ctx.org.id)),

  ledger: orgProcedure("org:read")
    .input(ZListLedgerInput)
    .output(ZLedgerPageDto)
    .query(({ ctx, input }) => listLedger(ctx.db, ctx.org.id, input)),

  /** Seats with a term: running, in their grace period, or ended lately. */
  terms: orgProcedure("org:read")
    .input(ZListSeatTermsInput)
    .output(ZSeatTermPageDto)
    .query(({ ctx, input }) => listSeatTerms(ctx.db, ctx.org.id, input)),

  /** One-click renewal of a seat term: a checkout for the same seats (seat terms, docs/billing.md). */
  renew: orgProcedure("licenses:buy")
    .input(ZRenewTermInput)
    .output(ZCheckoutDto)
    .mutation(({ ctx, input }) => startRenewal(ctx.db, payments(), ctx.org, ctx.actor, input)),

  /** The operator's catalog (the same for every organization). */
  packages: orgProcedure("org:read")
    .output(z.array(ZLicensePackageDto))
    .query(({ ctx }) => listActivePackages(ctx.db)),

  /** "stripe" (real Checkout), "local" (the test-mode checkout page) or "unavailable" (buying is off). */
  paymentsMode: orgProcedure("org:read")
    .output(z.enum(["stripe", "local", "unavailable"]))
    .query(() => paymentsMode(payments())),

  checkout: orgProcedure("licenses:buy")
    .input(ZCheckoutInput)
    .output(ZCheckoutDto)
    .mutation(({ ctx, input }) => startCheckout(ctx.db, payments(), ctx.org, ctx.actor, input)),

  orders: orgProcedure("licenses:buy")
    .input(ZListOrdersInput)
    .output(ZOrderPageDto)
    .query(({ ctx, input }) => listOrders(ctx.db, ctx.org.id, input)),

  order: orgProcedure("licenses:buy")
    .input(ZOrderId)
    .output(ZOrderDto)
    .query(({ ctx, input }) => getOrder(ctx.db, ctx.org.id, input.orderId)),

  /** An invoice or credit note of the organization, as issued (the console's PDF route renders it). */
  invoice: orgProcedure("licenses:buy")
    .input(ZInvoiceId)
    .output(ZInvoiceDto)
    .query(({ ctx, input }) => getInvoice(ctx.db, ctx.org.id, input.invoiceId)),

  /** The success page: fulfils a paid Stripe session whose webhook has not arrived yet. */
  confirmCheckout: orgProcedure("licenses:buy")
    .input(ZOrderId)
    .output(ZOrderDto)
    .mutation(({ ctx, input }) => confirmCheckout(ctx.db, payments(), ctx.org.id, input.orderId)),

  /** Back from Stripe Checkout through its cancel link: the order reads "cancelled" (idempotent). */
  cancelCheckout: orgProcedure("licenses:buy")
    .input(ZOrderId)
    .output(ZOrderDto)
    .mutation(async ({ ctx, input }) => {
      await cancelCheckout(ctx.db, payments(), ctx.org.id, input.orderId);
      return getOrder(ctx.db, ctx.org.id, input.orderId);
    }),

  /** Local payments mode: the test-mode checkout page's "Pay" and "Cancel". */
  completeLocalCheckout: orgProcedure("licenses:buy")
    .input(ZOrderId.extend({ outcome: z.enum(["paid", "cancelled"]) }))
    .output(ZOrderDto)
    .mutation(async ({ ctx, input }) => {
      await completeLocalCheckout(ctx.db, payments(), ctx.org.id, input.orderId, input.outcome);
      return getOrder(ctx.db, ctx.org.id, input.orderId);
    }),

  /** RMA: move a returned device's seat to its replacement. */
  transferSeat: orgProcedure("devices:write")
    .input(ZTransferSeatInput)
    .output(z.object({ from: z.object({ id: z.string(), serial: z.string() }), to: z.object({ id: z.string(), serial: z.string() }) }))
    .mutation(({ ctx, input }) => transferSeat(ctx.db, ctx.org.id, ctx.actor, input)),
});
