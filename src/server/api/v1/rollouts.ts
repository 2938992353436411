import { z } from "zod";
import { changeRollout, getRollout, listRollouts, type RolloutView } from "@/server/modules/rollouts/rollouts";
import { ZRolloutViewDto } from "../routers/rollout.dto";
import { apiKeyProcedure, createApiRouter } from "../trpc";
import { schemaMessage } from "@/shared/schema-message";

const ZRolloutId = z.object({ rolloutId: z.string(schemaMessage("rolloutId is required.")).min(1, schemaMessage("rolloutId is required.")).max(64) });

/** `rollouts.get` and the others (contract fields first; the rest are extensions): `reason` absent unless rolled back or aborted. */
const ZRolloutDto = ZRolloutViewDto.omit({ gateFailure: true }).extend({ reason: z.string().optional() });

/** The console's `gateFailure` (the gate's figures for its own wording) stays off the API: `reason` says it. */
const toDto = ({ reason, gateFailure: _console, ...view }: RolloutView) => ({ ...view, ...(reason === null ? {} : { reason }) });

/** A hand on a rollout by key (skus:write); the state machine decides what is allowed, 409 otherwise. */
const control = (type: "promote" | "pause" | "resume", summary: string) =>
  apiKeyProcedure("skus:write")
    .meta({ summary, example: { rolloutId: "rol_cm4x2b7k90003" } })
    .input(ZRolloutId)
    .output(ZRolloutDto)
    .mutation(async ({ ctx, input }) => toDto(await changeRollout(ctx.db, ctx.apiKey.orgId, ctx.actor, input.rolloutId, { type })));

/** Staged rollouts (docs/rollouts.md): started by `skus.publishConfig` with `rollout`. */
export const rolloutsApiRouter = createApiRouter({
  /** `rollouts.get` (contract, any scope). */
  get: apiKeyProcedure(null)
    .meta({ summary: "A rollout's state and percent", example: { rolloutId: "rol_cm4x2b7k90003" } })
    .input(ZRolloutId)
    .output(ZRolloutDto)
    .query(async ({ ctx, input }) => toDto(await getRollout(ctx.db, ctx.apiKey.orgId, input.rolloutId))),

  /** `rollouts.list` (any scope): a SKU's rollouts, newest first, paginated. */
  list: apiKeyProcedure(null)
    .meta({ summary: "A SKU's rollouts, newest first", example: { skuId: "sku_cm4x2b7k90001", page: 1, pageSize: 20 } })
    .input(z.object({ skuId: z.string().min(1).max(64), page: z.number().int().min(1).max(10_000).default(1), pageSize: z.number().int().min(1).max(100).default(20) }))
    .output(z.object({ rollouts: z.array(ZRolloutDto), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }))
    .query(async ({ ctx, input }) => {
      const page = await listRollouts(ctx.db, ctx.apiKey.orgId, input);
      return { ...page, rollouts: page.rollouts.map(toDto) };
    }),

  /** `rollouts.promote` (contract): the next step now; from the last step, completed. 409 once finished. */
  promote: control("promote", "Move a rollout to its next step now"),
  /** `rollouts.pause` (extension): the step clock stops; devices keep the version of their cohort. */
  pause: control("pause", "Stop a rollout's step clock"),
  /** `rollouts.resume` (extension): the step clock runs again, the paused time added to the step. */
  resume: control("resume", "Restart a paused rollout's step clock"),

  /** `rollouts.abort` (contract): every device back on fromVersion; `reason` (extension) is kept. 409 once finished. */
  abort: apiKeyProcedure("skus:write")
    .meta({ summary: "Abort a rollout: every device back on its old version", example: { rolloutId: "rol_cm4x2b7k90003", reason: "Support tickets about the new voice" } })
    .input(ZRolloutId.extend({ reason: z.string().trim().max(500, schemaMessage("reason is at most 500 characters.")).optional() }))
    .output(ZRolloutDto)
    .mutation(async ({ ctx, input }) => toDto(await changeRollout(ctx.db, ctx.apiKey.orgId, ctx.actor, input.rolloutId, { type: "abort" }, { reason: input.reason }))),
});
