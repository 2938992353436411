import { z } from "zod";
import { ZCreateSkuInput } from "@/shared/sku-schemas";
import { createSku, listSkus } from "@/server/modules/skus/skus";
import { publishConfigFromApi, ZPublishConfigInput } from "@/server/modules/configs/api-publish";
import { ZSkuDto, ZSkuWithCountsDto } from "../routers/sku.dto";
import { apiKeyProcedure, createApiRouter } from "../trpc";

export const skusApiRouter = createApiRouter({
  /** `skus.create` (contract): a SKU; `code` unique within the organization (409 otherwise). */
  create: apiKeyProcedure("skus:write")
    .meta({
      summary: "Create a SKU",
      description: "`code` is unique within the organization: 409 CONFLICT otherwise.",
      example: { name: "Pip bear", code: "PIP-BEAR", kind: "toy", capabilities: { camera: false, mic: true, speaker: true, screen: false } },
    })
    .input(ZCreateSkuInput)
    .output(ZSkuDto)
    .mutation(({ ctx, input }) => createSku(ctx.db, ctx.apiKey.orgId, ctx.actor, input)),

  /** `skus.list`: the organization's SKUs with device counts per status (any scope). */
  list: apiKeyProcedure(null)
    .meta({ summary: "List SKUs with device counts per status", example: { includeArchived: false } })
    .input(z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }))
    .output(z.object({ skus: z.array(ZSkuWithCountsDto) }))
    .query(async ({ ctx, input }) => ({ skus: await listSkus(ctx.db, ctx.apiKey.orgId, input) })),

  /**
   * `skus.publishConfig` (contract): publishes the next immutable version — to every device, or
   * with `rollout` as a staged rollout (answers its `rolloutId`); 400 names the failing agent,
   * setting or plan field; 409 while a rollout of the SKU is in progress.
   */
  publishConfig: apiKeyProcedure("skus:write")
    .meta({
      summary: "Publish a SKU's next config version, at once or as a staged rollout",
      description: "Without `rollout` the version goes live for every device; with it, by steps gated by latency (answers `rolloutId`). 400 names the failing agent, setting or plan field; 409 while a rollout of the SKU runs.",
      example: { skuId: "sku_cm4x2b7k90001", agents: [{ agentId: "story-teller", tools: [] }], rollout: { steps: [5, 25, 100], stepMinutes: 60, gate: { kind: "voice", maxP95Ms: 1500 } } },
    })
    .input(ZPublishConfigInput)
    .output(z.object({ configVersion: z.number().int(), rolloutId: z.string().optional() }))
    .mutation(({ ctx, input }) => publishConfigFromApi(ctx.db, ctx.apiKey.orgId, ctx.actor, input)),
});
