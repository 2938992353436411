import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { recordAudit, type UserActor } from "@/server/modules/audit/record-audit";
import { ZTokenPrices } from "./token-prices";
import { schemaMessage } from "@/shared/schema-message";

export const DEFAULT_LIFETIME_MONTHS = 24;

/** What an organization assumes on the unit economics page: its own token price (null: Anima's default) and a device's lifetime. */
export const ZEconomicsPricingInput = z.object({
  tokenPrice: ZTokenPrices.nullable(),
  deviceLifetimeMonths: z
    .number(schemaMessage("The device lifetime is a whole number of months."))
    .int(schemaMessage("The device lifetime is a whole number of months."))
    .min(1, schemaMessage("A device lives at least 1 month."))
    .max(120, schemaMessage("The device lifetime is at most 120 months (10 years).")),
});
export type TEconomicsPricingInput = z.infer<typeof ZEconomicsPricingInput>;

export type EconomicsSettings = { tokenPrice: z.infer<typeof ZTokenPrices> | null; deviceLifetimeMonths: number };

/** The organization's settings; its own token price counts only while it is in the billing currency. */
export async function economicsSettings(db: Db, orgId: string, currency: string): Promise<EconomicsSettings> {
  const row = await db.economicsSettings.findUnique({ where: { orgId } });
  const own = row && row.tokenCurrency === currency && row.inputPerMillion !== null && row.outputPerMillion !== null;
  return {
    tokenPrice: own ? { inputPerMillion: row.inputPerMillion!, outputPerMillion: row.outputPerMillion! } : null,
    deviceLifetimeMonths: row?.deviceLifetimeMonths ?? DEFAULT_LIFETIME_MONTHS,
  };
}

/** Saves the organization's assumptions (a null token price goes back to Anima's default), audited with the values when they change. */
export async function saveEconomicsSettings(db: Db, orgId: string, actor: UserActor, currency: string, input: TEconomicsPricingInput) {
  const data = {
    tokenCurrency: input.tokenPrice ? currency : null,
    inputPerMillion: input.tokenPrice?.inputPerMillion ?? null,
    outputPerMillion: input.tokenPrice?.outputPerMillion ?? null,
    deviceLifetimeMonths: input.deviceLifetimeMonths,
  };
  await db.$transaction(async (tx) => {
    const before = await tx.economicsSettings.findUnique({ where: { orgId } });
    await tx.economicsSettings.upsert({ where: { orgId }, create: { orgId, ...data }, update: data });
    const unchanged =
      before &&
      before.tokenCurrency === data.tokenCurrency &&
      before.inputPerMillion === data.inputPerMillion &&
      before.outputPerMillion === data.outputPerMillion &&
      before.deviceLifetimeMonths === data.deviceLifetimeMonths;
    if (unchanged) return;
    await recordAudit(tx, {
      orgId,
      actor,
      action: "billing.economics_pricing_changed",
      targetType: "organization",
      targetId: orgId,
      metadata: { currency, tokenPrice: input.tokenPrice ? "own" : "Anima default", ...input.tokenPrice, deviceLifetimeMonths: input.deviceLifetimeMonths },
    });
  });
}
