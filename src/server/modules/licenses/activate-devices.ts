import "server-only";
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { EVENT_ID_SQL } from "@/server/modules/events/emit";
import { crossedAlertThreshold } from "./utilization";

export const licenseExhausted = () => new AppError("PAYMENT_REQUIRED", "No license seat is left for this organization.", { reason: "LICENSE_EXHAUSTED" });

export type ActivationRequest = { deviceId: string; firmware?: string; at: Date };

export type ActivationOutcome = {
  /** devices refused for want of a seat (nothing about them changed) */
  exhausted: Set<string>;
  /** a utilization alert threshold (70, 90, 100) these activations crossed, to announce after commit */
  alertLevel: number | null;
};

/**
 * First activation of a group of one organization's devices, in the caller's transaction:
 * each device that holds no seat yet takes one, and every device is marked active. The pool
 * row is locked first, so concurrent activations (other groups, other gateway instances)
 * queue behind it and the organization never activates more than its total plus the overage
 * its policy allows; when the group needs more seats than are left, the first ones in
 * request order get them and the rest are refused, untouched. A device that already holds a
 * seat (a transferred one) activates without taking another, and one activated meanwhile
 * by a concurrent boot is left as it is. Grouping many devices in one transaction is what
 * lets a fleet's first power-on activate hundreds of devices per commit.
 */
export async function activateDevices(tx: DbTx, orgId: string, requests: ActivationRequest[]): Promise<ActivationOutcome> {
  const ids = requests.map((r) => r.deviceId);
  const [pool] = await tx.$queryRaw<{ seatsUsed: number; seatsTotal: number; seatLimit: number }[]>`
    SELECT "seatsUsed", "seatsTotal", "seatsTotal" + floor("seatsTotal" * "overagePercent" / 100.0)::int AS "seatLimit"
    FROM "LicensePool" WHERE "orgId" = ${orgId} FOR UPDATE`;
  const needSeat = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Device" WHERE id = ANY(${ids}) AND "orgId" = ${orgId} AND "licensedAt" IS NULL AND status = 'provisioned' FOR UPDATE`;
  const room = pool ? Math.max(0, pool.seatLimit - pool.seatsUsed) : 0;
  const unlicensed = new Set(needSeat.map((d) => d.id));
  const seated = ids.filter((id) => unlicensed.has(id)).slice(0, room);
  const exhausted = new Set(ids.filter((id) => unlicensed.has(id)).slice(room));

  const granted = requests.filter((r) => !exhausted.has(r.deviceId));
  if (granted.length === 0) return { exhausted, alertLevel: null };
  // Timestamps travel as ISO strings: Prisma's DateTime columns hold UTC without a zone.
  // The `device.activated` events (the outbox, src/server/modules/events/emit.ts) are written by
  // the same statement, from the rows it really activated: no extra round trip on the launch-day
  // path, and none for a device a concurrent boot activated first.
  await tx.$executeRaw`
    WITH activated AS (
      UPDATE "Device" d SET status = 'active', "activatedAt" = r.at, "lastSeenAt" = r.at, firmware = coalesce(r.firmware, d.firmware),
        "licensedAt" = coalesce(d."licensedAt", r.at), "updatedAt" = now()
      FROM (SELECT id, firmware, at AT TIME ZONE 'UTC' AS at
            FROM unnest(${granted.map((r) => r.deviceId)}::text[], ${granted.map((r) => r.firmware ?? null)}::text[], ${granted.map((r) => r.at.toISOString())}::timestamptz[]) AS u(id, firmware, at)) r
      WHERE d.id = r.id AND d."orgId" = ${orgId} AND d."activatedAt" IS NULL AND d.status = 'provisioned'
      RETURNING d.id, d.serial, d."skuId", d.firmware, d."activatedAt")
    INSERT INTO "Event" (id, "orgId", type, data, "createdAt")
    SELECT ${EVENT_ID_SQL}, ${orgId}, 'device.activated',
      jsonb_build_object('deviceId', id, 'serial', serial, 'skuId', "skuId", 'firmware', firmware,
        'activatedAt', to_char("activatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
      "activatedAt"
    FROM activated`;
  if (seated.length === 0 || !pool) return { exhausted, alertLevel: null };
  await tx.$executeRaw`UPDATE "LicensePool" SET "seatsUsed" = "seatsUsed" + ${seated.length}, "updatedAt" = now() WHERE "orgId" = ${orgId}`;
  // Each seat is taken when its device booted (the same instant as its activatedAt).
  const bootedAt = new Map(granted.map((r) => [r.deviceId, r.at]));
  await tx.licenseLedgerEntry.createMany({
    data: seated.map((deviceId) => ({ orgId, kind: "activation" as const, usedDelta: 1, deviceId, actorLabel: "device-activation", createdAt: bootedAt.get(deviceId) })),
  });
  return { exhausted, alertLevel: crossedAlertThreshold(pool.seatsUsed, pool.seatsUsed + seated.length, pool.seatsTotal) };
}
