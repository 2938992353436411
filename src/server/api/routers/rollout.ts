import { z } from "zod";
import { activeRollout } from "@/server/modules/rollouts/rollout-detail";
import { changeRollout, listRollouts } from "@/server/modules/rollouts/rollouts";
import type { RolloutEvent } from "@/server/modules/rollouts/lifecycle";
import { ZActiveRolloutDto, ZRolloutPageDto, ZRolloutViewDto } from "./rollout.dto";
import { createTRPCRouter, orgProcedure } from "../trpc";
import { schemaMessage } from "@/shared/schema-message";

const ZSkuId = z.string().min(1).max(64);
const ZRolloutId = z.object({ rolloutId: z.string().min(1, schemaMessage("rolloutId is required.")).max(64) });

/** A hand on a rollout (docs/rollouts.md): the state machine decides what is allowed; 409 otherwise. */
const control = (type: Exclude<RolloutEvent["type"], "gate_failed" | "tick" | "abort">) =>
  orgProcedure("skus:write")
    .input(ZRolloutId)
    .output(ZRolloutViewDto)
    .mutation(({ ctx, input }) => changeRollout(ctx.db, ctx.org.id, ctx.actor, input.rolloutId, { type }));

/** Staged rollouts on a SKU's configuration pages: the one in progress, the history, the controls. */
export const rolloutRouter = createTRPCRouter({
  active: orgProcedure("org:read")
    .input(z.object({ skuId: ZSkuId }))
    .output(ZActiveRolloutDto.nullable())
    .query(({ ctx, input }) => activeRollout(ctx.db, ctx.org.id, input.skuId)),

  list: orgProcedure("org:read")
    .input(z.object({ skuId: ZSkuId, page: z.number().int().min(1).max(10_000).default(1), pageSize: z.number().int().min(1).max(100).default(10) }))
    .output(ZRolloutPageDto)
    .query(async ({ ctx, input }) => {
      const { rollouts, ...page } = await listRollouts(ctx.db, ctx.org.id, input);
      return { items: rollouts, ...page };
    }),

  promote: control("promote"),
  pause: control("pause"),
  resume: control("resume"),

  abort: orgProcedure("skus:write")
    .input(ZRolloutId.extend({ reason: z.string().trim().max(500, schemaMessage("The reason is at most 500 characters.")).optional() }))
    .output(ZRolloutViewDto)
    .mutation(({ ctx, input }) => changeRollout(ctx.db, ctx.org.id, ctx.actor, input.rolloutId, { type: "abort" }, { reason: input.reason || undefined })),
});
