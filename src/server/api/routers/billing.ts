import { z } from "zod";
import { catalogCurrencies, getBillingProfile, saveBillingProfile, ZBillingProfileInput } from "@/server/modules/billing/billing-profile";
import { taxFor } from "@/server/modules/billing/tax";
import { ZBillingProfileDto } from "./billing.dto";
import { createTRPCRouter, orgProcedure } from "../trpc";

/** Who the organization is for invoices and Stripe: the people who buy seats keep it. */
export const billingRouter = createTRPCRouter({
  /** null until someone fills it in (required before the first purchase) */
  profile: orgProcedure("licenses:buy")
    .output(ZBillingProfileDto.nullable())
    .query(({ ctx }) => getBillingProfile(ctx.db, ctx.org.id)),

  saveProfile: orgProcedure("licenses:buy")
    .input(ZBillingProfileInput)
    .output(ZBillingProfileDto)
    .mutation(({ ctx, input }) => saveBillingProfile(ctx.db, ctx.org.id, ctx.actor, input)),

  /** The tax the organization's orders carry (from its billing profile's country and tax ID); null without a profile. */
  tax: orgProcedure("licenses:buy")
    .output(z.object({ rateBps: z.number().int(), label: z.string(), note: z.string().nullable() }).nullable())
    .query(async ({ ctx }) => {
      const profile = await getBillingProfile(ctx.db, ctx.org.id);
      return profile ? taxFor(ctx.db, profile) : null;
    }),

  /** the currencies the catalog sells in, lowercase ISO 4217 */
  currencies: orgProcedure("licenses:buy")
    .output(z.array(z.string()))
    .query(({ ctx }) => catalogCurrencies(ctx.db)),
});
