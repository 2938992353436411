import { z } from "zod";
import { createApiKey, listApiKeys, revokeApiKey, ZCreateApiKeyInput } from "@/server/modules/api-keys/api-keys";
import { ZApiKeyDto, ZCreatedApiKeyDto } from "./api-key.dto";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const apiKeyRouter = createTRPCRouter({
  list: orgProcedure("apikeys:manage").output(z.array(ZApiKeyDto)).query(({ ctx }) => listApiKeys(ctx.db, ctx.org.id)),

  create: orgProcedure("apikeys:manage")
    .input(ZCreateApiKeyInput)
    .output(ZCreatedApiKeyDto)
    .mutation(({ ctx, input }) => createApiKey(ctx.db, ctx.org.id, { actor: ctx.actor, role: ctx.org.role }, input)),

  revoke: orgProcedure("apikeys:manage")
    .input(z.object({ apiKeyId: z.string().min(1).max(64) }))
    .mutation(({ ctx, input }) => revokeApiKey(ctx.db, ctx.org.id, ctx.actor, input.apiKeyId)),
});
