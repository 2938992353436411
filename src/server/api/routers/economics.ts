import { ZEconomicsPricingInput } from "@/server/modules/economics/economics-settings";
import { setEconomicsPricing, unitEconomics } from "@/server/modules/economics/unit-economics";
import { ZUnitEconomicsDto } from "./economics.dto";
import { createTRPCRouter, orgProcedure } from "../trpc";

/**
 * Unit economics (docs/billing.md): what a device costs per month on its license against the
 * same usage on token billing. It shows the prices the organization paid, so it is for the
 * members who buy seats, as orders are.
 */
export const economicsRouter = createTRPCRouter({
  get: orgProcedure("licenses:buy")
    .output(ZUnitEconomicsDto)
    .query(({ ctx }) => unitEconomics(ctx.db, ctx.org.id)),

  /** The organization's own token price (null: Anima's default) and device lifetime; answers the page anew. */
  setPricing: orgProcedure("licenses:buy")
    .input(ZEconomicsPricingInput)
    .output(ZUnitEconomicsDto)
    .mutation(({ ctx, input }) => setEconomicsPricing(ctx.db, ctx.org.id, ctx.actor, input)),
});
