import { z } from "zod";
import { API_SCOPES } from "@/shared/permissions";
import { apiKeyProcedure, createApiCallerFactory, createApiRouter } from "../trpc";
import { devicesApiRouter } from "./devices";
import { licensesApiRouter } from "./licenses";
import { ordersApiRouter } from "./orders";
import { rolloutsApiRouter } from "./rollouts";
import { describeCatalog } from "@/server/modules/catalog/registry";
import { disabledCatalogItems } from "@/server/modules/configs/catalog-state";
import { ZCatalogDto } from "../routers/sku-config.dto";
import { skusApiRouter } from "./skus";
import { webhooksApiRouter } from "./webhooks";

const ZMeOutput = z.object({
  orgId: z.string(),
  apiKeyId: z.string(),
  name: z.string(),
  scopes: z.array(z.enum(API_SCOPES)),
});

/** The manufacturer API (no transformer), served at /api/v1. See docs/api.md. */
export const apiV1Router = createApiRouter({
  /** The calling key's organization and effective scopes. */
  me: apiKeyProcedure(null)
    .meta({ summary: "The calling key: its organization and effective scopes" })
    .output(ZMeOutput)
    .query(({ ctx }) => ({
      orgId: ctx.apiKey.orgId,
      apiKeyId: ctx.apiKey.apiKeyId,
      name: ctx.apiKey.name,
      scopes: ctx.apiKey.scopes,
    })),
  /** `catalog.list` (contract, any scope): the agents and tools a lineup can use. */
  catalog: createApiRouter({
    list: apiKeyProcedure(null)
      .meta({ summary: "The agents and MCP tools a config lineup can use" })
      .output(ZCatalogDto)
      .query(async ({ ctx }) => describeCatalog(await disabledCatalogItems(ctx.db))),
  }),
  skus: skusApiRouter,
  devices: devicesApiRouter,
  licenses: licensesApiRouter,
  orders: ordersApiRouter,
  rollouts: rolloutsApiRouter,
  webhooks: webhooksApiRouter,
});

export type ApiV1Router = typeof apiV1Router;
export const createApiV1Caller = createApiCallerFactory(apiV1Router);
