import "server-only";
import type { Db } from "@/server/db";
import { AppError, errorText } from "@/server/errors";
import { logger } from "@/server/logger";
import { latencySummary } from "@/server/modules/telemetry/latency";
import { evaluateGate, type GateVerdict, type VersionLatency } from "./gate";
import { applyRolloutEvent } from "./lifecycle";
import { mailRollbackToAdmins } from "./rollback-mail";
import { changeRollout, gateOf, ROLLOUT_SELECT } from "./rollouts";

const GATE = { type: "system", label: "rollout gate" } as const;
const SCHEDULE = { type: "system", label: "rollout schedule" } as const;

type GatedRollout = { orgId: string; skuId: string; fromVersion: number; toVersion: number; stepStartedAt: Date; gate: unknown };

/** Both versions' latency of the gated kind over the current step, and what the gate makes of it. */
export type GateCheck = { kind: "voice" | "video"; candidate: VersionLatency; baseline: VersionLatency } & GateVerdict;

/**
 * The gate's reading of a rollout now: the new and the old version's interactions and p95 of
 * the gated kind over the current step (the same window for both, from the latency rollups
 * the fleet pages read), judged by evaluateGate. Null for an ungated rollout, and for a step
 * that has not lasted a moment yet (an empty window). The window ends now, not at the last
 * rollup: a bucket still filling counts as far as it goes.
 */
export async function checkGate(db: Db, rollout: GatedRollout, now: Date): Promise<GateCheck | null> {
  const gate = gateOf(rollout.gate);
  if (!gate || now <= rollout.stepStartedAt) return null;
  const kind = gate.kind ?? "voice";
  const latency = async (version: number): Promise<VersionLatency> => {
    const summary = await latencySummary(db, rollout.orgId, kind, { from: rollout.stepStartedAt, to: now, skuId: rollout.skuId, configVersion: version });
    return { version, interactions: summary.count, p95Ms: summary.p95 };
  };
  const [candidate, baseline] = await Promise.all([latency(rollout.toVersion), latency(rollout.fromVersion)]);
  return { kind, candidate, baseline, ...evaluateGate(gate, kind, candidate, baseline) };
}

/**
 * The worker's pass over every running or paused rollout, right after each rollup (so a gate
 * sees new telemetry within seconds): the gate first — a failing version must not widen —
 * then the step clock. Changes go through changeRollout (row lock, audit); a rollback is
 * mailed to the organization's owners and admins. A rollout finished meanwhile by hand is
 * skipped, and one rollout's failure does not stop the others.
 */
export async function superviseRollouts(db: Db, now = new Date()): Promise<{ rolledBack: number; advanced: number }> {
  const active = await db.rollout.findMany({ where: { status: { in: ["running", "paused"] } }, select: ROLLOUT_SELECT });
  let rolledBack = 0;
  let advanced = 0;
  for (const rollout of active) {
    try {
      const check = await checkGate(db, rollout, now);
      if (check?.verdict === "fail") {
        const view = await changeRollout(db, rollout.orgId, GATE, rollout.id, { type: "gate_failed" }, { reason: check.reason, failure: check.failure, now });
        logger.info("rollout rolled back by its gate", { rolloutId: rollout.id, reason: check.reason });
        void mailRollbackToAdmins(db, rollout.orgId, view).catch((error: unknown) => logger.warn("rollback email failed", { rolloutId: rollout.id, error: errorText(error) }));
        rolledBack++;
        continue;
      }
      // Only take the row lock when the step is due.
      const due = applyRolloutEvent(rollout, { type: "tick" }, now);
      if (due.ok && due.changed) {
        await changeRollout(db, rollout.orgId, SCHEDULE, rollout.id, { type: "tick" }, { now });
        advanced++;
      }
    } catch (error) {
      if (error instanceof AppError && error.code === "CONFLICT") continue; // finished by hand meanwhile
      logger.warn("rollout supervision failed", { rolloutId: rollout.id, error: errorText(error) });
    }
  }
  return { rolledBack, advanced };
}
