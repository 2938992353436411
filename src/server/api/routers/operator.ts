import { z } from "zod";
import { describeCatalog } from "@/server/modules/catalog/registry";
import { disabledCatalogItems, setCatalogItemDisabled } from "@/server/modules/configs/catalog-state";
import { grantSeats, ZGrantSeatsInput } from "@/server/modules/licenses/grant-seats";
import { listTaxRates, removeTaxRate, setTaxRate, ZSetTaxRateInput } from "@/server/modules/billing/tax";
import { listTokenPrices, setTokenPrice, ZSetTokenPriceInput } from "@/server/modules/economics/token-prices";
import { ZTokenPriceDto } from "./economics.dto";
import { listAwaitingTransfer, recordBankTransfer, setSeatsBeforePayment, ZRecordTransferInput, ZSeatsBeforePaymentInput } from "@/server/modules/operator/bank-transfers";
import { createPackage, listAllPackages, updatePackage, ZPackageFields, ZUpdatePackageInput } from "@/server/modules/operator/catalog-admin";
import { endOrgView, openOrgView, ZEndOrgViewInput, ZOpenOrgViewInput } from "@/server/modules/operator/org-view";
import { resumeOrganization, suspendOrganization, ZResumeOrgInput, ZSuspendOrgInput } from "@/server/modules/operator/org-suspension";
import { listTenants, setOveragePolicy, ZListTenantsInput, ZSetOverageInput } from "@/server/modules/operator/tenants";
import { ZBalanceDto } from "./license.dto";
import { ZOperatorOrgPageDto, ZOperatorPackageDto, ZOrgSuspensionDto, ZOrgViewDto, ZTaxRateDto, ZAwaitingTransferDto } from "./operator.dto";
import { ZCatalogDto } from "./sku-config.dto";
import { createTRPCRouter, operatorProcedure } from "../trpc";

/** Anima staff: the package catalog and seats across organizations. */
export const operatorRouter = createTRPCRouter({
  packages: operatorProcedure.output(z.array(ZOperatorPackageDto)).query(({ ctx }) => listAllPackages(ctx.db)),

  createPackage: operatorProcedure
    .input(ZPackageFields)
    .output(ZOperatorPackageDto)
    .mutation(({ ctx, input }) => createPackage(ctx.db, ctx.actor, input)),

  updatePackage: operatorProcedure
    .input(ZUpdatePackageInput)
    .output(ZOperatorPackageDto)
    .mutation(({ ctx, input }) => updatePackage(ctx.db, ctx.actor, input)),

  /** The tax rate charged per buyer country (docs/billing.md "Tax"). */
  taxRates: operatorProcedure.output(z.array(ZTaxRateDto)).query(({ ctx }) => listTaxRates(ctx.db)),

  setTaxRate: operatorProcedure
    .input(ZSetTaxRateInput)
    .output(ZTaxRateDto)
    .mutation(({ ctx, input }) => setTaxRate(ctx.db, ctx.actor, input)),

  removeTaxRate: operatorProcedure
    .input(ZSetTaxRateInput.pick({ country: true }))
    .output(z.object({ country: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await removeTaxRate(ctx.db, ctx.actor, input.country);
      return { country: input.country };
    }),

  /** Default cloud token prices per currency, what unit economics compares licenses with (docs/billing.md "Unit economics"). */
  tokenPrices: operatorProcedure.output(z.array(ZTokenPriceDto)).query(({ ctx }) => listTokenPrices(ctx.db)),

  setTokenPrice: operatorProcedure
    .input(ZSetTokenPriceInput)
    .output(ZTokenPriceDto)
    .mutation(({ ctx, input }) => setTokenPrice(ctx.db, ctx.actor, input)),

  /** Accepted quotes' orders waiting for their bank transfer, oldest due first. */
  awaitingTransfer: operatorProcedure.output(z.array(ZAwaitingTransferDto)).query(({ ctx }) => listAwaitingTransfer(ctx.db)),

  recordBankTransfer: operatorProcedure
    .input(ZRecordTransferInput)
    .output(z.object({ orderId: z.string(), seatsAdded: z.number().int() }))
    .mutation(({ ctx, input }) => recordBankTransfer(ctx.db, ctx.actor, input)),

  setSeatsBeforePayment: operatorProcedure
    .input(ZSeatsBeforePaymentInput)
    .output(z.object({ orgId: z.string(), seatsBeforePayment: z.boolean() }))
    .mutation(({ ctx, input }) => setSeatsBeforePayment(ctx.db, ctx.actor, input)),

  organizations: operatorProcedure
    .input(ZListTenantsInput)
    .output(ZOperatorOrgPageDto)
    .query(({ ctx, input }) => listTenants(ctx.db, input)),

  grantSeats: operatorProcedure
    .input(ZGrantSeatsInput.extend({ orgId: z.string().min(1).max(64) }))
    .output(ZBalanceDto)
    .mutation(({ ctx, input }) => grantSeats(ctx.db, input.orgId, ctx.actor, input)),

  /** Agents and tools with their availability; disabling one stops new publishes using it. */
  catalog: operatorProcedure.output(ZCatalogDto).query(async ({ ctx }) => describeCatalog(await disabledCatalogItems(ctx.db))),

  setCatalogItemDisabled: operatorProcedure
    .input(z.object({ itemId: z.string().min(1).max(64), disabled: z.boolean() }))
    .output(z.object({ itemId: z.string(), disabled: z.boolean() }))
    .mutation(({ ctx, input }) => setCatalogItemDisabled(ctx.db, ctx.actor, input.itemId, input.disabled)),

  /** Emergency stop: every device of the organization is refused until it is resumed. */
  suspendOrganization: operatorProcedure
    .input(ZSuspendOrgInput)
    .output(ZOrgSuspensionDto)
    .mutation(({ ctx, input }) => suspendOrganization(ctx.db, ctx.actor, input)),

  resumeOrganization: operatorProcedure
    .input(ZResumeOrgInput)
    .output(ZOrgSuspensionDto)
    .mutation(({ ctx, input }) => resumeOrganization(ctx.db, ctx.actor, input)),

  /** A read-only look into an organization's console for support, audited in its log with the reason. */
  openOrgView: operatorProcedure
    .input(ZOpenOrgViewInput)
    .output(ZOrgViewDto)
    .mutation(({ ctx, input }) => openOrgView(ctx.db, ctx.actor, input)),

  endOrgView: operatorProcedure
    .input(ZEndOrgViewInput)
    .output(z.object({ orgId: z.string(), ended: z.boolean() }))
    .mutation(({ ctx, input }) => endOrgView(ctx.db, ctx.actor, input)),

  setOverage: operatorProcedure
    .input(ZSetOverageInput)
    .output(z.object({ orgId: z.string(), overagePercent: z.number().int() }))
    .mutation(({ ctx, input }) => setOveragePolicy(ctx.db, ctx.actor, input)),
});
