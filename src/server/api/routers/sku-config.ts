import { z } from "zod";
import { describeCatalog } from "@/server/modules/catalog/registry";
import { disabledCatalogItems } from "@/server/modules/configs/catalog-state";
import { getComposerState, publishDraft, rollbackTo, saveDraft, ZPublishDraftInput, ZRollbackInput, ZSaveDraftInput } from "@/server/modules/configs/drafts";
import { diffVersions, getVersion, listVersions, ZListVersionsInput } from "@/server/modules/configs/versions";
import { ZCatalogDto, ZComposerStateDto, ZConfigDiffDto, ZConfigVersionDto, ZConfigVersionPageDto, ZSavedDraftDto } from "./sku-config.dto";
import { createTRPCRouter, orgProcedure } from "../trpc";

const ZSkuId = z.string().min(1).max(64);
const ZVersion = z.number().int().min(1);
const ZPublished = z.object({ configVersion: z.number().int(), rolloutId: z.string().optional() });

/** The composer: catalog, draft lineup (autosaved), immutable published versions. */
export const skuConfigRouter = createTRPCRouter({
  catalog: orgProcedure("org:read")
    .output(ZCatalogDto)
    .query(async ({ ctx }) => describeCatalog(await disabledCatalogItems(ctx.db))),

  state: orgProcedure("org:read")
    .input(z.object({ skuId: ZSkuId }))
    .output(ZComposerStateDto)
    .query(({ ctx, input }) => getComposerState(ctx.db, ctx.org.id, input.skuId)),

  saveDraft: orgProcedure("skus:write")
    .input(ZSaveDraftInput)
    .output(ZSavedDraftDto)
    .mutation(({ ctx, input }) => saveDraft(ctx.db, ctx.org.id, ctx.actor, input)),

  publish: orgProcedure("skus:write")
    .input(ZPublishDraftInput)
    .output(ZPublished)
    .mutation(({ ctx, input }) => publishDraft(ctx.db, ctx.org.id, ctx.actor, input)),

  rollback: orgProcedure("skus:write")
    .input(ZRollbackInput)
    .output(ZPublished)
    .mutation(({ ctx, input }) => rollbackTo(ctx.db, ctx.org.id, ctx.actor, input)),

  versions: orgProcedure("org:read")
    .input(ZListVersionsInput)
    .output(ZConfigVersionPageDto)
    .query(({ ctx, input }) => listVersions(ctx.db, ctx.org.id, input)),

  version: orgProcedure("org:read")
    .input(z.object({ skuId: ZSkuId, version: ZVersion }))
    .output(ZConfigVersionDto)
    .query(({ ctx, input }) => getVersion(ctx.db, ctx.org.id, input.skuId, input.version)),

  diff: orgProcedure("org:read")
    .input(z.object({ skuId: ZSkuId, from: ZVersion, to: ZVersion }))
    .output(ZConfigDiffDto)
    .query(({ ctx, input }) => diffVersions(ctx.db, ctx.org.id, input.skuId, input.from, input.to)),
});
