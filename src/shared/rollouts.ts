import { z } from "zod";
import { SLO_MS } from "./slo";
import { schemaMessage } from "@/shared/schema-message";

/*
 * Staged rollouts (docs/rollouts.md; contract: device-api.md "Staged rollouts"): a SKU's new
 * config version goes to a growing share of its fleet, step by step, and a latency gate can
 * send it back. The plan's shape and limits, shared by the console's publish dialog and the
 * manufacturer API.
 */

export const ROLLOUT_STATUSES = ["running", "paused", "completed", "rolled_back", "aborted"] as const;
export type RolloutStatus = (typeof ROLLOUT_STATUSES)[number];
/** A rollout in one of these still decides what devices get; at most one per SKU. */
export const ACTIVE_ROLLOUT_STATUSES: readonly RolloutStatus[] = ["running", "paused"];

export const MAX_ROLLOUT_STEPS = 10;
/** A week: a step longer than that is a forgotten rollout, not a plan. */
export const MAX_STEP_MINUTES = 7 * 24 * 60;
export const MAX_GATE_P95_MS = 60_000;
export const MAX_GATE_REGRESSION_PCT = 1_000;
export const MAX_GATE_MIN_INTERACTIONS = 1_000_000;

/** The console's default: 5 % → 25 % → 100 %, an hour a step, gated at the SKU's SLO. */
export const DEFAULT_ROLLOUT_STEPS = [5, 25, 100];
export const DEFAULT_STEP_MINUTES = 60;
export const DEFAULT_GATE_REGRESSION_PCT = 20;
export const DEFAULT_GATE_MIN_INTERACTIONS = 100;

const whole = (field: string, min: number, max: number) =>
  z
    .number(schemaMessage(`${field} must be a number.`))
    .int(schemaMessage(`${field} must be a whole number.`))
    .min(min, schemaMessage(`${field} must be at least ${min.toLocaleString("en")}.`))
    .max(max, schemaMessage(`${field} must be at most ${max.toLocaleString("en")}.`));

export const ZRolloutGate = z
  .object({
    /** the interaction kind whose latency is gated (default voice) */
    kind: z.enum(["voice", "video"], schemaMessage("kind must be voice or video.")).optional(),
    /** the new version's p95 may not exceed this */
    maxP95Ms: whole("maxP95Ms", 1, MAX_GATE_P95_MS).optional(),
    /** nor exceed the old version's p95 over the same window by more than this percent */
    maxRegressionPct: whole("maxRegressionPct", 0, MAX_GATE_REGRESSION_PCT).optional(),
    /** judged only once the new version has this many interactions in the step */
    minInteractions: whole("minInteractions", 1, MAX_GATE_MIN_INTERACTIONS).optional(),
  })
  .strict()
  .refine((gate) => gate.maxP95Ms !== undefined || gate.maxRegressionPct !== undefined, schemaMessage("A gate needs maxP95Ms, maxRegressionPct or both."));

/** Percents of the fleet on the new version, step by step: ascending, the last one 100. */
export const ZRolloutSteps = z
  .array(
    z
      .number(schemaMessage("Each step is a percent."))
      .gt(0, schemaMessage("Each step is a percent above 0."))
      .max(100, schemaMessage("Each step is a percent of at most 100."))
      // 0.01 % is the finest share a bucket can tell (10,000 buckets).
      .multipleOf(0.01, schemaMessage("Steps have at most two decimals (0.01 % is the finest share).")),
    schemaMessage("steps must be a list of percents."),
  )
  .min(1, schemaMessage("steps needs at least one percent (the last one 100)."))
  .max(MAX_ROLLOUT_STEPS, schemaMessage(`A rollout has at most ${MAX_ROLLOUT_STEPS} steps.`))
  .refine((steps) => steps.every((percent, i) => i === 0 || percent > steps[i - 1]!), schemaMessage("steps must be strictly ascending."))
  .refine((steps) => steps.at(-1) === 100, schemaMessage("The last step must be 100."));

export const ZRolloutPlan = z
  .object({
    steps: ZRolloutSteps,
    stepMinutes: whole("stepMinutes", 1, MAX_STEP_MINUTES),
    gate: ZRolloutGate.optional(),
  })
  .strict();

export type RolloutPlan = z.infer<typeof ZRolloutPlan>;
export type RolloutGate = z.infer<typeof ZRolloutGate>;

const ZGateFigures = z.object({ version: z.number().int(), kind: z.enum(["voice", "video"]), p95Ms: z.number(), interactions: z.number().int() });

/**
 * Why a gate sent a version back, as a code and the figures: the console words it in its
 * language (`rollouts.gateFailure.<code>`); the rollout's `reason` keeps the English sentence
 * the API, the audit log and webhooks have always carried (gate.ts).
 */
export const ZGateFailure = z.discriminatedUnion("code", [
  z.object({ code: z.literal("p95Above"), params: ZGateFigures.extend({ maxP95Ms: z.number() }) }),
  z.object({
    code: z.literal("slowerThanBefore"),
    params: ZGateFigures.extend({ regressionPct: z.number(), maxRegressionPct: z.number(), baseline: z.object({ version: z.number().int(), p95Ms: z.number(), interactions: z.number().int() }) }),
  }),
]);
export type GateFailure = z.infer<typeof ZGateFailure>;

/**
 * The plan the publish dialog starts from: the default steps and step time, gated at the SLO
 * of the SKU's main interaction (voice when it has a microphone, else video).
 */
export function defaultRolloutPlan(capabilities: { mic: boolean }): RolloutPlan & { gate: RolloutGate } {
  const kind = capabilities.mic ? "voice" : "video";
  return {
    steps: DEFAULT_ROLLOUT_STEPS,
    stepMinutes: DEFAULT_STEP_MINUTES,
    gate: { kind, maxP95Ms: SLO_MS[kind], maxRegressionPct: DEFAULT_GATE_REGRESSION_PCT, minInteractions: DEFAULT_GATE_MIN_INTERACTIONS },
  };
}
