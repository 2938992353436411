import { z } from "zod";
import { pageFields } from "../common.dto";
import { schemaMessage } from "@/shared/schema-message";

export const ZBalanceDto = z.object({
  seatsTotal: z.number().int(),
  seatsUsed: z.number().int(),
  seatsAvailable: z.number().int(),
  overageAvailable: z.number().int(),
  overagePercent: z.number().int(),
  /** more seats in use than allowed, overage included (after a refund): no new activations until seats are added */
  overLimit: z.boolean(),
  /** seats moved between devices by RMA transfers */
  transfers: z.number().int(),
});

export const ZLedgerPageDto = z.object({
  entries: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(["purchase", "grant", "activation", "refund", "rma_transfer", "adjustment", "expiry", "reclaim"]),
      totalDelta: z.number().int(),
      usedDelta: z.number().int(),
      reason: z.string().nullable(),
      orderId: z.string().nullable(),
      deviceId: z.string().nullable(),
      deviceSerial: z.string().nullable(),
      fromDeviceId: z.string().nullable(),
      fromDeviceSerial: z.string().nullable(),
      createdAt: z.date(),
      actor: z.string(),
    }),
  ),
  ...pageFields,
});

export const ZLicensePackageDto = z.object({
  id: z.string(),
  name: z.string(),
  /** volume tiers: an order of n seats pays the per-seat price (minor units) of the last tier with fromSeats ≤ n */
  tiers: z.array(z.object({ fromSeats: z.number().int(), unitAmount: z.number().int() })),
  currency: z.string(),
  termMonths: z.number().int().nullable(),
});

const ZOrderStatus = z.enum(["pending", "paid", "failed", "cancelled", "expired", "refunded", "partially_refunded"]);

/** Seats of a package at their volume tier's price, with tax: what orders and quotes price (minor units). */
export const PRICED_SEATS = {
  packageName: z.string(),
  currency: z.string(),
  seats: z.number().int(),
  /** the volume tier's per-seat price */
  unitAmount: z.number().int(),
  /** seats × unitAmount */
  subtotal: z.number().int(),
  /** basis points (1900 = 19 %) */
  taxRateBps: z.number().int(),
  taxLabel: z.string(),
  taxAmount: z.number().int(),
  /** e.g. the EU reverse-charge note */
  taxNote: z.string().nullable(),
  /** subtotal + taxAmount */
  amountTotal: z.number().int(),
};

export const ZOrderDto = z.object({
  id: z.string(),
  ...PRICED_SEATS,
  amountRefunded: z.number().int(),
  status: ZOrderStatus,
  /** "stripe", "local" (the test-mode checkout of the local payments mode), or "invoice": an accepted quote, paid by bank transfer */
  provider: z.enum(["stripe", "local", "invoice"]),
  /** placed in the local payments mode: no money moves */
  testMode: z.boolean(),
  /** an "invoice" order: when its invoice falls due */
  paymentDueAt: z.date().nullable(),
  /** an "invoice" order whose seats were made available before payment */
  seatsReleasedAt: z.date().nullable(),
  /** seats of a term package: they expire this many months after they arrive (null: never) */
  termMonths: z.number().int().nullable(),
  /** a renewal: the seat term it replaces */
  renewsTermId: z.string().nullable(),
  /** once its seats arrived: when their term ends */
  termEndsAt: z.date().nullable(),
  seatsFulfilled: z.number().int(),
  seatsRefunded: z.number().int(),
  receiptUrl: z.string().nullable(),
  /** Stripe's hosted invoice (Stripe mode) */
  stripeInvoiceUrl: z.string().nullable(),
  /** where to complete payment while the order is pending */
  checkoutUrl: z.string().nullable(),
  createdBy: z.string().nullable(),
  paidAt: z.date().nullable(),
  /** set when a payment event did not match this order (nothing was applied from it): why */
  reviewReason: z.string().nullable(),
  reviewFlaggedAt: z.date().nullable(),
  createdAt: z.date(),
  /** the order's invoice (once paid), then a credit note per refund; immutable */
  invoices: z.array(z.object({ id: z.string(), kind: z.enum(["invoice", "credit_note"]), number: z.string(), total: z.number().int(), issuedAt: z.date(), testMode: z.boolean() })),
});

export const ZOrderPageDto = z.object({ items: z.array(ZOrderDto), ...pageFields });

export const ZCheckoutDto = z.object({
  orderId: z.string(),
  /** Stripe Checkout, or the local test-mode checkout page */
  url: z.string(),
});

const ZInvoiceParty = z.object({ name: z.string(), addressLines: z.array(z.string()), country: z.string(), taxId: z.string().nullable(), email: z.string().nullable(), bank: z.string().nullable() });

/** An issued invoice or credit note, as printed (amounts in minor units; a credit note's are credited). */
export const ZInvoiceDto = z.object({
  id: z.string(),
  kind: z.enum(["invoice", "credit_note"]),
  number: z.string(),
  orderId: z.string(),
  issuedAt: z.date(),
  currency: z.string(),
  seller: ZInvoiceParty,
  buyer: ZInvoiceParty,
  lines: z.array(z.object({ description: z.string(), quantity: z.number().int(), unitAmount: z.number().int(), amount: z.number().int() })),
  subtotal: z.number().int(),
  taxRateBps: z.number().int(),
  taxLabel: z.string(),
  taxAmount: z.number().int(),
  total: z.number().int(),
  taxNote: z.string().nullable(),
  /** a credit note's invoice */
  creditsNumber: z.string().nullable(),
  /** an invoice to pay by bank transfer: when it falls due */
  dueAt: z.date().nullable(),
  /** issued for a local test payment: not a tax document */
  testMode: z.boolean(),
});

export const ZInvoiceId = z.object({ invoiceId: z.string().min(1, schemaMessage("Name an invoice.")).max(64) });

/** Seats bought on a term package, with where their term stands (src/shared/seat-terms.ts). */
export const ZSeatTermPageDto = z.object({
  terms: z.array(
    z.object({
      id: z.string(),
      orderId: z.string(),
      packageName: z.string(),
      /** the order's seats less those it refunded */
      seats: z.number().int(),
      termMonths: z.number().int(),
      startsAt: z.date(),
      endsAt: z.date(),
      state: z.enum(["active", "expiring", "grace", "ended", "renewed"]),
      graceEndsAt: z.date(),
      expiredAt: z.date().nullable(),
      seatsExpired: z.number().int(),
      renewedByOrderId: z.string().nullable(),
      reclaimedAt: z.date().nullable(),
      seatsReclaimed: z.number().int(),
      /** its package is still offered and it has seats to renew */
      renewable: z.boolean(),
    }),
  ),
  /** seats in use beyond what the pool allows (overage included): devices the grace period protects */
  seatsOverLimit: z.number().int(),
  ...pageFields,
});
