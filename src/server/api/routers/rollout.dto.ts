import { z } from "zod";
import { ROLLOUT_STATUSES, ZGateFailure, ZRolloutGate } from "@/shared/rollouts";
import { pageFields } from "../common.dto";

/** A rollout (RolloutView): the console's shape; `rollouts.get` on /api/v1 omits a null reason. */
export const ZRolloutViewDto = z.object({
  rolloutId: z.string(),
  skuId: z.string(),
  fromVersion: z.number().int(),
  toVersion: z.number().int(),
  status: z.enum(ROLLOUT_STATUSES),
  percent: z.number(),
  /** why it was rolled back or aborted */
  reason: z.string().nullable(),
  /** a gate's rollback as code and figures, worded by the console (not on /api/v1: `reason` says it) */
  gateFailure: ZGateFailure.nullable(),
  steps: z.array(z.number()),
  stepMinutes: z.number().int(),
  stepIndex: z.number().int(),
  stepEndsAt: z.date().nullable(),
  gate: ZRolloutGate.nullable(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
});

const ZVersionLatencyDto = z.object({ version: z.number().int(), interactions: z.number().int(), p95Ms: z.number().nullable() });

/** The rollout in progress on a SKU's panel: live cohort sizes and the gate's reading now. */
export const ZActiveRolloutDto = ZRolloutViewDto.extend({
  cohorts: z.object({ onNew: z.number().int(), onOld: z.number().int(), seenSinceStart: z.number().int(), active: z.number().int() }),
  gateCheck: z
    .object({
      kind: z.enum(["voice", "video"]),
      candidate: ZVersionLatencyDto,
      baseline: ZVersionLatencyDto,
      verdict: z.enum(["wait", "pass", "fail"]),
      why: z.string().optional(),
      /** while waiting: the interactions the gate needs before it judges */
      needed: z.number().int().optional(),
      reason: z.string().optional(),
      failure: ZGateFailure.optional(),
    })
    .nullable(),
});

export const ZRolloutPageDto = z.object({ items: z.array(ZRolloutViewDto), ...pageFields });
