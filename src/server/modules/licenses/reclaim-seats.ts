import "server-only";
import { invalidate } from "@/server/cache/invalidation";
import type { Db, DbTx } from "@/server/db";
import { recordAudit } from "@/server/modules/audit/record-audit";
import { emitEvent } from "@/server/modules/events/emit";
import { timeOrderedIdSql } from "@/server/time-ordered-id";
import { graceEndsAt } from "@/shared/seat-terms";
import { lockTerm, SEAT_TERMS_ACTOR } from "./seat-terms";

/** Devices named in a reclaim's event and audit entry (the ledger names every one). */
const DEVICES_NAMED = 100;

export type Reclaim = { orgId: string; seats: number; serials: string[] };

/**
 * The end of an expired term's grace period: if the organization still uses more seats than its
 * pool allows (overage included), up to the term's expired seats are taken back from devices —
 * revoked and replaced devices first (they never boot again), then those seen longest ago (a
 * device booted yesterday keeps its seat as long as any is left). A device that loses its seat
 * is provisioned again with its sessions revoked: its next boot is a first activation, which
 * takes a seat if one is free (after a renewal or a purchase) and is refused with
 * LICENSE_EXHAUSTED otherwise. A renewed term takes nothing back.
 */
export async function reclaimAfterGrace(db: Db, termId: string, now: Date): Promise<Reclaim | null> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ orgId: string }[]>`SELECT "orgId" FROM "SeatTerm" WHERE id = ${termId}`;
    const term = row ? await lockTerm(tx, row.orgId, termId) : null;
    if (!term?.expiredAt || term.reclaimedAt || term.renewedByOrderId || graceEndsAt(term.endsAt) > now) return null;
    const orgId = term.orgId;
    const [pool] = await tx.$queryRaw<{ over: number }[]>`
      SELECT "seatsUsed" - ("seatsTotal" + floor("seatsTotal" * "overagePercent" / 100.0)::int) AS over FROM "LicensePool" WHERE "orgId" = ${orgId} FOR UPDATE`;
    const seats = Math.max(0, Math.min(pool?.over ?? 0, term.seatsExpired));
    const taken = seats > 0 ? await takeSeats(tx, orgId, term.orderId, seats, now) : [];
    await tx.seatTerm.update({ where: { id: term.id }, data: { reclaimedAt: now, seatsReclaimed: taken.length } });
    if (taken.length === 0) return null;
    const serials = taken.slice(0, DEVICES_NAMED).map((device) => device.serial);
    const metadata = { termId: term.id, orderId: term.orderId, seats: taken.length, serials };
    await recordAudit(tx, { orgId, actor: SEAT_TERMS_ACTOR, action: "licenses.seats_reclaimed", targetType: "order", targetId: term.orderId, metadata });
    await emitEvent(tx, { orgId, type: "seats.reclaimed", data: { ...metadata, deviceIds: taken.slice(0, DEVICES_NAMED).map((device) => device.id) } });
    return { orgId, seats: taken.length, serials };
  });
}

type Taken = { id: string; serial: string };

/** One statement: the devices chosen and locked, their seats released, a ledger entry each, the pool's count. */
async function takeSeats(tx: DbTx, orgId: string, orderId: string, seats: number, now: Date) {
  const taken = await tx.$queryRaw<Taken[]>`
    WITH chosen AS MATERIALIZED (
      SELECT id FROM "Device"
      WHERE "orgId" = ${orgId} AND "licensedAt" IS NOT NULL AND "replacedById" IS NULL
      ORDER BY (status = 'revoked') DESC, "lastSeenAt" ASC NULLS FIRST, id
      LIMIT ${seats} FOR UPDATE),
    released AS (
      UPDATE "Device" d SET "licensedAt" = NULL, "seatReclaimedAt" = ${now},
        status = CASE WHEN d.status = 'active' THEN 'provisioned'::"DeviceStatus" ELSE d.status END,
        "activatedAt" = CASE WHEN d.status = 'revoked' THEN d."activatedAt" ELSE NULL END,
        "tokenVersion" = d."tokenVersion" + 1, "updatedAt" = now()
      FROM chosen WHERE d.id = chosen.id
      RETURNING d.id, d.serial),
    ledger AS (
      INSERT INTO "LicenseLedgerEntry" (id, "orgId", kind, "usedDelta", "deviceId", "orderId", "actorLabel", reason, "createdAt")
      SELECT ${timeOrderedIdSql("led_")}, ${orgId}, 'reclaim', -1, id, ${orderId}, 'seat-terms', 'Seat taken back: its term ended and the grace period is over', ${now} FROM released),
    counted AS (
      UPDATE "LicensePool" p SET "seatsUsed" = p."seatsUsed" - (SELECT count(*) FROM released)::int, "updatedAt" = now() WHERE p."orgId" = ${orgId})
    SELECT id, serial FROM released ORDER BY serial`;
  await invalidate(tx, "device", taken.map((device) => device.id));
  return taken;
}
