import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { ROLLOUT_SELECT, toView } from "./rollouts";
import { checkGate } from "./supervise";

/**
 * Where the fleet stands in a rollout, from what the gateway gave each device (written
 * behind within seconds): active devices of the SKU seen since the rollout started, on the
 * new version, on the old one, and all active devices (those not seen yet pick their version
 * at their next boot or refresh).
 */
async function cohortSizes(db: Db, rollout: { orgId: string; skuId: string; fromVersion: number; toVersion: number; createdAt: Date }) {
  const [row] = await db.$queryRaw<{ onNew: bigint; onOld: bigint; seen: bigint; active: bigint }[]>`
    SELECT count(*) FILTER (WHERE "lastSeenAt" >= ${rollout.createdAt} AND "configGiven" = ${rollout.toVersion}) AS "onNew",
      count(*) FILTER (WHERE "lastSeenAt" >= ${rollout.createdAt} AND "configGiven" = ${rollout.fromVersion}) AS "onOld",
      count(*) FILTER (WHERE "lastSeenAt" >= ${rollout.createdAt}) AS seen,
      count(*) AS active
    FROM "Device" WHERE "orgId" = ${rollout.orgId} AND "skuId" = ${rollout.skuId} AND status = 'active'`;
  return { onNew: Number(row?.onNew ?? 0), onOld: Number(row?.onOld ?? 0), seenSinceStart: Number(row?.seen ?? 0), active: Number(row?.active ?? 0) };
}

/**
 * The SKU's rollout in progress, as its panel shows it: the rollout, the live cohort sizes and
 * the gate's reading now (null when ungated); null when none is in progress. 404 for a SKU
 * that is not the organization's.
 */
export async function activeRollout(db: Db, orgId: string, skuId: string, now = new Date()) {
  const sku = await db.sku.findFirst({ where: { id: skuId, orgId }, select: { activeRolloutId: true } });
  if (!sku) throw new AppError("NOT_FOUND", "SKU not found.", { reason: "SKU_NOT_FOUND" });
  if (!sku.activeRolloutId) return null;
  const row = await db.rollout.findFirst({ where: { id: sku.activeRolloutId, orgId }, select: ROLLOUT_SELECT });
  if (!row) return null;
  const [cohorts, gateCheck] = await Promise.all([cohortSizes(db, row), checkGate(db, row, now)]);
  return { ...toView(row), cohorts, gateCheck };
}
