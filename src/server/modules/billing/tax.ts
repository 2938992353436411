import "server-only";
import { z } from "zod";
import type { Db, DbTx } from "@/server/db";
import { env } from "@/server/env";
import type { Actor } from "@/server/modules/audit/record-audit";
import { logger } from "@/server/logger";
import { NO_RATE_LABEL, REVERSE_CHARGE_LABEL, REVERSE_CHARGE_NOTE } from "@/shared/tax-words";
import { EU_MEMBER_STATES } from "./tax-ids";
import { schemaMessage } from "@/shared/schema-message";

export type OrderTax = { rateBps: number; label: string; note: string | null };

/**
 * The tax an order from `buyer` carries. An EU buyer with a VAT number in another member state
 * than the issuer's is reverse-charged (0 %, with the note); everyone else pays the rate the
 * operator set for their country, none where no rate is set.
 */
export async function taxFor(db: DbTx, buyer: { country: string; taxId: string | null }, issuerCountry = env.INVOICE_ISSUER_COUNTRY): Promise<OrderTax> {
  const reverseCharge = buyer.taxId !== null && EU_MEMBER_STATES.has(issuerCountry) && EU_MEMBER_STATES.has(buyer.country) && buyer.country !== issuerCountry;
  if (reverseCharge) return { rateBps: 0, label: REVERSE_CHARGE_LABEL, note: REVERSE_CHARGE_NOTE };
  const rate = await db.taxRate.findUnique({ where: { country: buyer.country } });
  return rate ? { rateBps: rate.rateBps, label: rate.label, note: null } : { rateBps: 0, label: NO_RATE_LABEL, note: null };
}

export const ZSetTaxRateInput = z.object({
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, schemaMessage("Country is a 2-letter ISO code, e.g. DE.")),
  /** basis points: 1900 is 19 % */
  rateBps: z.coerce
    .number(schemaMessage("The rate is a whole number of basis points (1900 is 19 %)."))
    .int(schemaMessage("The rate is a whole number of basis points (1900 is 19 %)."))
    .min(0, schemaMessage("The rate cannot be negative."))
    .max(5_000, schemaMessage("The rate is at most 5000 basis points (50 %).")),
  label: z.string().trim().min(1, schemaMessage("Name the tax, e.g. VAT or GST.")).max(20),
});

export async function listTaxRates(db: Db) {
  return db.taxRate.findMany({ orderBy: { country: "asc" }, select: { country: true, rateBps: true, label: true, updatedAt: true } });
}

/** Sets a country's rate (later orders only: an order keeps the rate it was created with). */
export async function setTaxRate(db: Db, actor: Actor, input: z.infer<typeof ZSetTaxRateInput>) {
  const { country, rateBps, label } = input;
  const rate = await db.taxRate.upsert({ where: { country }, create: { country, rateBps, label }, update: { rateBps, label }, select: { country: true, rateBps: true, label: true, updatedAt: true } });
  logger.info("tax rate set", { actor, country, rateBps, label });
  return rate;
}

export async function removeTaxRate(db: Db, actor: Actor, country: string) {
  await db.taxRate.deleteMany({ where: { country } });
  logger.info("tax rate removed", { actor, country });
}
