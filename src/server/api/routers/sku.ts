import { z } from "zod";
import { ZCreateSkuInput, ZSkuId, ZUpdateSkuInput } from "@/shared/sku-schemas";
import { createSku, deleteSku, getSkuOrThrow, listSkus, setSkuArchived, updateSku } from "@/server/modules/skus/skus";
import { ZSkuDto, ZSkuWithCountsDto } from "./sku.dto";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const skuRouter = createTRPCRouter({
  list: orgProcedure("org:read")
    .input(z.object({ includeArchived: z.boolean().default(false) }))
    .output(z.array(ZSkuWithCountsDto))
    .query(({ ctx, input }) => listSkus(ctx.db, ctx.org.id, input)),

  get: orgProcedure("org:read")
    .input(z.object({ skuId: ZSkuId }))
    .output(ZSkuWithCountsDto)
    .query(({ ctx, input }) => getSkuOrThrow(ctx.db, ctx.org.id, input.skuId)),

  create: orgProcedure("skus:write")
    .input(ZCreateSkuInput)
    .output(ZSkuDto)
    .mutation(({ ctx, input }) => createSku(ctx.db, ctx.org.id, ctx.actor, input)),

  update: orgProcedure("skus:write")
    .input(ZUpdateSkuInput)
    .output(ZSkuDto)
    .mutation(({ ctx, input }) => updateSku(ctx.db, ctx.org.id, ctx.actor, input)),

  setArchived: orgProcedure("skus:write")
    .input(z.object({ skuId: ZSkuId, archived: z.boolean() }))
    .output(ZSkuDto)
    .mutation(({ ctx, input }) => setSkuArchived(ctx.db, ctx.org.id, ctx.actor, input.skuId, input.archived)),

  delete: orgProcedure("skus:write")
    .input(z.object({ skuId: ZSkuId }))
    .mutation(({ ctx, input }) => deleteSku(ctx.db, ctx.org.id, ctx.actor, input.skuId)),
});
