import type { RouterOutputs } from "@/lib/trpc";
import { formatCount, formatMs } from "@/features/fleet/fleet-format";

export type ActiveRollout = NonNullable<RouterOutputs["rollout"]["active"]>;
export type RolloutSummary = RouterOutputs["rollout"]["list"]["items"][number];
type Status = RolloutSummary["status"];
type Tone = "neutral" | "brand" | "success" | "warning" | "danger";

export const STATUS_BADGES: Record<Status, { label: string; tone: Tone }> = {
  running: { label: "Rolling out", tone: "brand" },
  paused: { label: "Paused", tone: "warning" },
  completed: { label: "Completed", tone: "success" },
  rolled_back: { label: "Rolled back", tone: "danger" },
  aborted: { label: "Aborted", tone: "neutral" },
};

const percent = (value: number) => `${value.toLocaleString("en", { maximumFractionDigits: 2 })} %`;
export const formatPercent = percent;

/** "5 → 25 → 100 %, 60 min a step". */
export function describePlan(rollout: Pick<RolloutSummary, "steps" | "stepMinutes">): string {
  return `${rollout.steps.map((step) => step.toLocaleString("en", { maximumFractionDigits: 2 })).join(" → ")} %, ${formatCount(rollout.stepMinutes)} min a step`;
}

/** "voice p95 ≤ 1,000 ms, ≤ +20 % vs the old version, after 100 interactions", or "No gate". */
export function describeGate(gate: RolloutSummary["gate"]): string {
  if (!gate) return "No gate";
  const limits = [
    gate.maxP95Ms !== undefined ? `p95 ≤ ${formatCount(gate.maxP95Ms)} ms` : null,
    gate.maxRegressionPct !== undefined ? `≤ +${formatCount(gate.maxRegressionPct)} % vs the old version` : null,
  ].filter(Boolean);
  return `${gate.kind ?? "voice"} ${limits.join(", ")}, after ${formatCount(gate.minInteractions ?? 100)} interactions`;
}

/** The devices a share of the active fleet comes to: "≈ 12 of 240 active devices". */
export function expectedOnNew(rollout: Pick<ActiveRollout, "percent" | "cohorts">): string {
  const expected = Math.round((rollout.cohorts.active * rollout.percent) / 100);
  return `≈ ${formatCount(expected)} of ${formatCount(rollout.cohorts.active)} active devices`;
}

/** What the gate makes of the figures now, in one sentence. */
export function describeGateCheck(check: NonNullable<ActiveRollout["gateCheck"]>): string {
  if (check.verdict === "wait") return `Waiting for data: ${check.why}.`;
  if (check.verdict === "fail") return `Failing: ${check.reason}`;
  return "Passing: the new version is within the gate's limits.";
}

/** One version's side of the gate's reading: "version 2: p95 820 ms over 40 voice interactions". */
export function describeVersionLatency(side: NonNullable<ActiveRollout["gateCheck"]>["candidate"], kind: string): string {
  if (side.interactions === 0 || side.p95Ms === null) return `version ${side.version}: no ${kind} interactions yet`;
  return `version ${side.version}: p95 ${formatMs(side.p95Ms)} over ${formatCount(side.interactions)} ${kind} interaction${side.interactions === 1 ? "" : "s"}`;
}
