import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";
import type { Actor } from "@/server/modules/audit/record-audit";
import { catalogCurrencies } from "@/server/modules/billing/billing-profile";
import { schemaMessage } from "@/shared/schema-message";

/** 10,000.00 in a two-decimal currency per million tokens: far above any cloud price, well inside an integer. */
const PER_MILLION_MAX = 1_000_000;

/** A price per million tokens in minor units: a whole number, never negative (no floats for money). */
export const ZPerMillion = z
  .number(schemaMessage("A token price is a whole number of minor units (cents) per million tokens."))
  .int(schemaMessage("A token price is a whole number of minor units (cents) per million tokens."))
  .min(0, schemaMessage("A token price cannot be negative."))
  .max(PER_MILLION_MAX, schemaMessage(`A token price is at most ${PER_MILLION_MAX.toLocaleString("en")} minor units per million tokens.`));

export const ZTokenPrices = z.object({ inputPerMillion: ZPerMillion, outputPerMillion: ZPerMillion });

export const ZSetTokenPriceInput = ZTokenPrices.extend({
  currency: z.string().trim().toLowerCase().regex(/^[a-z]{3}$/, schemaMessage("Currency is a 3-letter ISO code, e.g. usd.")),
});

const SELECT = { currency: true, inputPerMillion: true, outputPerMillion: true, updatedAt: true } as const;

/** Anima's default token prices, one per currency. */
export async function listTokenPrices(db: Db) {
  return db.tokenPrice.findMany({ orderBy: { currency: "asc" }, select: SELECT });
}

/** The default price in `currency`, or null when the operator set none. */
export async function defaultTokenPrice(db: Db, currency: string) {
  return db.tokenPrice.findUnique({ where: { currency }, select: { inputPerMillion: true, outputPerMillion: true } });
}

/**
 * Sets the default in a currency the catalog sells in (organizations see figures in their
 * billing currency, which is one of those). Organizations with a price of their own keep it.
 */
export async function setTokenPrice(db: Db, actor: Actor, input: z.infer<typeof ZSetTokenPriceInput>) {
  const { currency, inputPerMillion, outputPerMillion } = input;
  const sold = await catalogCurrencies(db);
  if (!sold.includes(currency)) {
    throw new AppError("BAD_REQUEST", `Licenses are sold in ${sold.map((c) => c.toUpperCase()).join(", ") || "no currency yet"}; set token prices in those.`, { reason: "CURRENCY_NOT_SOLD" });
  }
  const price = await db.tokenPrice.upsert({ where: { currency }, create: { currency, inputPerMillion, outputPerMillion }, update: { inputPerMillion, outputPerMillion }, select: SELECT });
  logger.info("token price set", { actor, currency, inputPerMillion, outputPerMillion });
  return price;
}
