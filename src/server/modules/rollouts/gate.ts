import "server-only";
import { DEFAULT_GATE_MIN_INTERACTIONS, type RolloutGate } from "@/shared/rollouts";

/** One version's latency over the gate's window: its interactions of the gated kind and their p95. */
export type VersionLatency = { version: number; interactions: number; p95Ms: number | null };

export type GateVerdict =
  /** too few interactions of the new version yet to judge */
  | { verdict: "wait"; why: string }
  | { verdict: "pass" }
  /** roll back; `reason` carries the figures, for the audit log, the email and rollouts.get */
  | { verdict: "fail"; reason: string };

const ms = (value: number) => `${Math.round(value).toLocaleString("en")} ms`;
const count = (value: number) => value.toLocaleString("en");

/**
 * The gate's arithmetic (docs/rollouts.md), over one window for both versions (the current
 * step, so both saw the same hours of the day):
 *
 * 1. The new version needs `minInteractions` (default 100) of the gated kind, else wait.
 * 2. Its p95 above `maxP95Ms` fails.
 * 3. Its p95 more than `maxRegressionPct` above the old version's fails — judged only when the
 *    old version has `minInteractions` too (at 100 % it has none left; the absolute limit holds).
 */
export function evaluateGate(gate: RolloutGate, kind: string, candidate: VersionLatency, baseline: VersionLatency): GateVerdict {
  const needed = gate.minInteractions ?? DEFAULT_GATE_MIN_INTERACTIONS;
  if (candidate.interactions < needed || candidate.p95Ms === null) {
    return { verdict: "wait", why: `${count(candidate.interactions)} of ${count(needed)} ${kind} interactions on version ${candidate.version} so far` };
  }
  const over = `version ${candidate.version}'s ${kind} p95 was ${ms(candidate.p95Ms)} over ${count(candidate.interactions)} interactions`;
  if (gate.maxP95Ms !== undefined && candidate.p95Ms > gate.maxP95Ms) {
    return { verdict: "fail", reason: `${over}, above the gate's ${ms(gate.maxP95Ms)}.` };
  }
  if (gate.maxRegressionPct !== undefined && baseline.p95Ms !== null && baseline.p95Ms > 0 && baseline.interactions >= needed) {
    const regression = (candidate.p95Ms / baseline.p95Ms - 1) * 100;
    if (regression > gate.maxRegressionPct) {
      return {
        verdict: "fail",
        reason: `${over}, ${Math.round(regression)} % above version ${baseline.version}'s ${ms(baseline.p95Ms)} over the same window (${count(baseline.interactions)} interactions; the gate allows +${gate.maxRegressionPct} %).`,
      };
    }
  }
  return { verdict: "pass" };
}
