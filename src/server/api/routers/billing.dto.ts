import { z } from "zod";

export const ZBillingProfileDto = z.object({
  legalName: z.string(),
  addressLine1: z.string(),
  addressLine2: z.string().nullable(),
  city: z.string(),
  postalCode: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string(),
  taxId: z.string().nullable(),
  billingEmail: z.string(),
  currency: z.string(),
  updatedAt: z.date(),
});
