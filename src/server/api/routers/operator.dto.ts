import { z } from "zod";
import { pageFields } from "../common.dto";
import { ZLicensePackageDto } from "./license.dto";

export const ZOperatorPackageDto = ZLicensePackageDto.extend({
  active: z.boolean(),
  sortOrder: z.number().int(),
  stripeLookupKey: z.string().nullable(),
});

const ZOperatorOrgDto = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  createdAt: z.date(),
  /** an accepted quote's seats arrive at acceptance, before its bank transfer */
  seatsBeforePayment: z.boolean(),
  seatsTotal: z.number().int(),
  seatsUsed: z.number().int(),
  overagePercent: z.number().int(),
  /** orders a payment event did not match (see the organization's audit log, security.payment_mismatch) */
  ordersInReview: z.number().int(),
});

export const ZOperatorOrgPageDto = z.object({ items: z.array(ZOperatorOrgDto), ...pageFields });

/** An organization's emergency suspension by an operator. */
export const ZOrgSuspensionDto = z.object({
  orgId: z.string(),
  suspended: z.boolean(),
  suspendedAt: z.date().nullable(),
  suspendedReason: z.string().nullable(),
});

/** An operator's read-only view of an organization, live until `expiresAt`. */
export const ZOrgViewDto = z.object({ orgId: z.string(), slug: z.string(), name: z.string(), expiresAt: z.date() });

/** A country's tax rate: basis points (1900 = 19 %) and the tax's printed name. */
export const ZTaxRateDto = z.object({ country: z.string(), rateBps: z.number().int(), label: z.string(), updatedAt: z.date() });

export const ZAwaitingTransferDto = z.object({
  id: z.string(),
  seats: z.number().int(),
  amountTotal: z.number().int(),
  currency: z.string(),
  paymentDueAt: z.date().nullable(),
  /** the seats were made available at acceptance (the organization's setting then) */
  seatsReleasedAt: z.date().nullable(),
  testMode: z.boolean(),
  org: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  invoiceNumber: z.string().nullable(),
});
