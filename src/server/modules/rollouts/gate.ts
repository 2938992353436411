import "server-only";
import { DEFAULT_GATE_MIN_INTERACTIONS, type GateFailure, type RolloutGate } from "@/shared/rollouts";

/** One version's latency over the gate's window: its interactions of the gated kind and their p95. */
export type VersionLatency = { version: number; interactions: number; p95Ms: number | null };

export type GateVerdict =
  /** too few interactions of the new version yet to judge (`needed` of them; `why` in English) */
  | { verdict: "wait"; why: string; needed: number }
  | { verdict: "pass" }
  /** roll back; `reason` carries the figures in English (audit log, rollouts.get), `failure` as code and figures (the console, the email) */
  | { verdict: "fail"; reason: string; failure: GateFailure };

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
export function evaluateGate(gate: RolloutGate, kind: "voice" | "video", candidate: VersionLatency, baseline: VersionLatency): GateVerdict {
  const needed = gate.minInteractions ?? DEFAULT_GATE_MIN_INTERACTIONS;
  if (candidate.interactions < needed || candidate.p95Ms === null) {
    return { verdict: "wait", why: `${count(candidate.interactions)} of ${count(needed)} ${kind} interactions on version ${candidate.version} so far`, needed };
  }
  const figures = { version: candidate.version, kind, p95Ms: candidate.p95Ms, interactions: candidate.interactions };
  if (gate.maxP95Ms !== undefined && candidate.p95Ms > gate.maxP95Ms) return failed({ code: "p95Above", params: { ...figures, maxP95Ms: gate.maxP95Ms } });
  if (gate.maxRegressionPct !== undefined && baseline.p95Ms !== null && baseline.p95Ms > 0 && baseline.interactions >= needed) {
    const regressionPct = (candidate.p95Ms / baseline.p95Ms - 1) * 100;
    if (regressionPct > gate.maxRegressionPct) {
      const before = { version: baseline.version, p95Ms: baseline.p95Ms, interactions: baseline.interactions };
      return failed({ code: "slowerThanBefore", params: { ...figures, regressionPct, maxRegressionPct: gate.maxRegressionPct, baseline: before } });
    }
  }
  return { verdict: "pass" };
}

const failed = (failure: GateFailure): GateVerdict => ({ verdict: "fail", reason: gateFailureReason(failure), failure });

/** A gate failure as the English sentence the rollout's `reason` has always carried. */
export function gateFailureReason({ code, params }: GateFailure): string {
  const over = `version ${params.version}'s ${params.kind} p95 was ${ms(params.p95Ms)} over ${count(params.interactions)} interactions`;
  if (code === "p95Above") return `${over}, above the gate's ${ms(params.maxP95Ms)}.`;
  const { baseline } = params;
  return `${over}, ${Math.round(params.regressionPct)} % above version ${baseline.version}'s ${ms(baseline.p95Ms)} over the same window (${count(baseline.interactions)} interactions; the gate allows +${params.maxRegressionPct} %).`;
}
