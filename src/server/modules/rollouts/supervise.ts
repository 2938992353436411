import "server-only";
import type { Db } from "@/server/db";
import { AppError, errorText } from "@/server/errors";
import { logger } from "@/server/logger";
import { binValue } from "@/server/modules/telemetry/histogram";
import type { Kind } from "@/server/modules/telemetry/filters";
import { evaluateGate, type VersionLatency } from "./gate";
import { applyRolloutEvent } from "./lifecycle";
import { changeRollout, gateOf } from "./rollouts";

const GATE = { type: "system", label: "rollout gate" } as const;
const SCHEDULE = { type: "system", label: "rollout schedule" } as const;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
/** Windows up to a day read the per-minute histograms (kept longer than that); longer ones the hourly. */
const MINUTE_WINDOW_MAX_MS = 24 * HOUR_MS;

/**
 * One config version's end-to-end latency of `kind` on a SKU over [from, to): its interactions
 * and p95, merged in SQL from the histogram rollups of its series (telemetry counts for the
 * version in the device's token). The window starts at the bucket holding `from`.
 */
export async function versionLatency(db: Db, where: { orgId: string; skuId: string; kind: Kind; version: number; from: Date; to: Date }): Promise<VersionLatency> {
  const minutes = where.to.getTime() - where.from.getTime() <= MINUTE_WINDOW_MAX_MS;
  const size = minutes ? MINUTE_MS : HOUR_MS;
  const from = new Date(Math.floor(where.from.getTime() / size) * size);
  const [row] = await db.$queryRaw<{ total: bigint | null; b95: number | null }[]>`
    WITH h AS (
      SELECT h.bin, sum(h.count)::bigint AS c FROM "LatencyHistogram" h
      WHERE h."seriesId" = ANY(ARRAY(
          SELECT se.id FROM "TelemetrySeries" se
          WHERE se."orgId" = ${where.orgId} AND se."skuId" = ${where.skuId} AND se.kind = ${where.kind}::"InteractionKind" AND se."configVersion" = ${where.version}))
        AND h.metric = 'e2e' AND h.resolution = ${minutes ? "minute" : "hour"}::"RollupResolution" AND h."bucketStart" >= ${from} AND h."bucketStart" < ${where.to}
      GROUP BY 1),
    w AS (SELECT bin, c, sum(c) OVER (ORDER BY bin) AS cum, sum(c) OVER () AS total FROM h)
    SELECT max(total)::bigint AS total, min(bin) FILTER (WHERE cum >= 0.95 * total) AS b95 FROM w`;
  const total = Number(row?.total ?? 0);
  return { version: where.version, interactions: total, p95Ms: total && row?.b95 !== null && row?.b95 !== undefined ? Math.round(binValue(row.b95)) : null };
}

/**
 * The worker's pass over every running or paused rollout, right after each rollup (so a gate
 * sees new telemetry within seconds): the gate first — a failing version must not widen — over
 * the current step for both versions, then the step clock. Changes go through changeRollout
 * (row lock, audit); a rollout finished meanwhile by hand is skipped, and one rollout's
 * failure does not stop the others.
 */
export async function superviseRollouts(db: Db, now = new Date()): Promise<{ rolledBack: number; advanced: number }> {
  const active = await db.rollout.findMany({
    where: { status: { in: ["running", "paused"] } },
    select: { id: true, orgId: true, skuId: true, fromVersion: true, toVersion: true, status: true, steps: true, stepMinutes: true, stepIndex: true, stepStartedAt: true, pausedAt: true, gate: true },
  });
  let rolledBack = 0;
  let advanced = 0;
  for (const rollout of active) {
    try {
      const gate = gateOf(rollout.gate);
      if (gate) {
        const kind = gate.kind ?? "voice";
        const window = { orgId: rollout.orgId, skuId: rollout.skuId, kind, from: rollout.stepStartedAt, to: now };
        const [candidate, baseline] = await Promise.all([versionLatency(db, { ...window, version: rollout.toVersion }), versionLatency(db, { ...window, version: rollout.fromVersion })]);
        const verdict = evaluateGate(gate, kind, candidate, baseline);
        if (verdict.verdict === "fail") {
          await changeRollout(db, rollout.orgId, GATE, rollout.id, { type: "gate_failed" }, { reason: verdict.reason, now });
          logger.info("rollout rolled back by its gate", { rolloutId: rollout.id, reason: verdict.reason });
          rolledBack++;
          continue;
        }
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
