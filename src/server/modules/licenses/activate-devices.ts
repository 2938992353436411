import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { hotPathQuery, type DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { EVENT_ID_SQL } from "@/server/modules/events/emit";
import { timeOrderedIdSql } from "@/server/time-ordered-id";
import { crossedAlertThreshold } from "./utilization";

export const licenseExhausted = () => new AppError("PAYMENT_REQUIRED", "No license seat is left for this organization.", { reason: "LICENSE_EXHAUSTED" });

/**
 * A first boot: the device, when, and what a sighting records (last-seen.ts), written with the
 * activation so a first boot leaves nothing to write behind: the firmware, the config version
 * given and the one reported, and the boot itself as its hour's sample (DeviceBoot).
 */
export type ActivationRequest = { deviceId: string; at: Date; firmware?: string; configGiven?: number | null; configReported?: number };

/** A device as its activation left it (what the gateway's cache needs). */
export type ActivatedDevice = { activatedAt: Date; lastSeenAt: Date; firmware: string | null; configGiven: number | null; configReported: number | null };

export type ActivationOutcome = {
  /** the devices this call activated */
  activated: Map<string, ActivatedDevice>;
  /** devices refused for want of a seat (nothing about them changed) */
  exhausted: Set<string>;
  /** a utilization alert threshold (70, 90, 100) these activations crossed, to announce after commit */
  alertLevel: number | null;
};

type OutcomeRow = {
  id: string;
  activatedAt: Date | null;
  lastSeenAt: Date | null;
  firmware: string | null;
  configGiven: number | null;
  configReported: number | null;
  exhausted: boolean;
  seatsUsed: number | null;
  seatsTotal: number | null;
  seated: number;
};

/**
 * First activation of a group of one organization's devices: each device that holds no seat
 * yet takes one, and every device is marked active — in one statement, so one round trip (the
 * launch-day path: a fleet's first power-on). How it stays exact:
 *
 * - The pool row is locked first (the devices' lock waits on it: a one-time filter), so
 *   concurrent groups (other gateway instances) queue behind it, and the pool's counters read
 *   here are the latest committed. The organization never activates more than its total plus
 *   the overage its policy allows; when the group needs more seats than are left, the first
 *   ones in request order get them and the rest are refused, untouched.
 * - Devices are locked by id, re-checked on their latest version (READ COMMITTED): one a
 *   concurrent boot activated meanwhile is left as it is. A device that already holds a seat (a
 *   transferred one) activates without taking another.
 * - Devices are found by their ids only: organization and status are compared with IS NOT
 *   DISTINCT FROM, which no index serves. A batch registered minutes before it boots has no
 *   statistics yet; the planner then took the (orgId, status) index and read every provisioned
 *   device of the organization for each group (17–107 ms at 40,000 devices; 0.5 ms by id).
 * - The same statement writes a `device.activated` event per device it activated (the outbox,
 *   src/server/modules/events/emit.ts), one ledger entry per seat taken, the pool's count, and
 *   the boot's sample.
 */
export async function activateDevices(tx: DbTx, orgId: string, requests: ActivationRequest[]): Promise<ActivationOutcome> {
  const ids = requests.map((r) => r.deviceId);
  // Timestamps travel as ISO strings: Prisma's DateTime columns hold UTC without a zone.
  const rows = await hotPathQuery<OutcomeRow>(tx, "activate-devices", Prisma.sql`
    WITH pool AS MATERIALIZED (
      SELECT "seatsUsed", "seatsTotal", "seatsTotal" + floor("seatsTotal" * "overagePercent" / 100.0)::int AS "seatLimit"
      FROM "LicensePool" WHERE "orgId" = ${orgId} FOR UPDATE),
    requested AS (
      SELECT id, firmware, given, reported, at AT TIME ZONE 'UTC' AS at, ord
      FROM unnest(${ids}::text[], ${requests.map((r) => r.firmware ?? null)}::text[], ${requests.map((r) => r.configGiven ?? null)}::int[],
        ${requests.map((r) => r.configReported ?? null)}::int[], ${requests.map((r) => r.at.toISOString())}::timestamptz[])
        WITH ORDINALITY AS r(id, firmware, given, reported, at, ord)),
    candidates AS MATERIALIZED (
      SELECT d.id, d."licensedAt" IS NULL AS "needsSeat" FROM "Device" d
      WHERE d.id = ANY(${ids}::text[]) AND (d."orgId", d.status) IS NOT DISTINCT FROM (${orgId}, 'provisioned') AND d."activatedAt" IS NULL
        AND (SELECT count(*) FROM pool) >= 0
      FOR UPDATE),
    ranked AS (
      SELECT r.id, r.firmware, r.given, r.reported, r.at, c."needsSeat", sum(c."needsSeat"::int) OVER (ORDER BY r.ord) AS "seatNumber",
        greatest(0, coalesce((SELECT "seatLimit" - "seatsUsed" FROM pool), 0)) AS room
      FROM requested r JOIN candidates c USING (id)),
    activated AS (
      UPDATE "Device" d SET status = 'active', "activatedAt" = g.at, "lastSeenAt" = g.at, firmware = coalesce(g.firmware, d.firmware),
        "configGiven" = coalesce(g.given, d."configGiven"), "configReported" = coalesce(g.reported, d."configReported"),
        "licensedAt" = coalesce(d."licensedAt", g.at), "updatedAt" = now()
      FROM ranked g WHERE d.id = g.id AND (NOT g."needsSeat" OR g."seatNumber" <= g.room)
      RETURNING d.id, d.serial, d."skuId", d.firmware, d."configGiven", d."configReported", d."activatedAt", d."lastSeenAt", g."needsSeat", g.reported),
    sampled AS (
      INSERT INTO "DeviceBoot" ("deviceId", hour, "orgId", at, firmware, "configVersion")
      SELECT id, date_trunc('hour', "activatedAt"), ${orgId}, "activatedAt", firmware, reported FROM activated
      ON CONFLICT DO NOTHING),
    events AS (
      INSERT INTO "Event" (id, "orgId", type, data, "createdAt")
      SELECT ${EVENT_ID_SQL}, ${orgId}, 'device.activated',
        jsonb_build_object('deviceId', id, 'serial', serial, 'skuId', "skuId", 'firmware', firmware,
          'activatedAt', to_char("activatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
        "activatedAt"
      FROM activated),
    -- Each seat is taken when its device booted (the same instant as its activatedAt).
    ledger AS (
      INSERT INTO "LicenseLedgerEntry" (id, "orgId", kind, "usedDelta", "deviceId", "actorLabel", "createdAt")
      SELECT ${timeOrderedIdSql("led_")}, ${orgId}, 'activation', 1, id, 'device-activation', "activatedAt" FROM activated WHERE "needsSeat"),
    seated AS (SELECT count(*)::int AS n FROM activated WHERE "needsSeat"),
    counted AS (
      UPDATE "LicensePool" p SET "seatsUsed" = p."seatsUsed" + s.n, "updatedAt" = now() FROM seated s WHERE p."orgId" = ${orgId} AND s.n > 0)
    SELECT r.id, a."activatedAt", a."lastSeenAt", a.firmware, a."configGiven", a."configReported", coalesce(k."needsSeat" AND k."seatNumber" > k.room, false) AS exhausted,
      (SELECT "seatsUsed" FROM pool) AS "seatsUsed", (SELECT "seatsTotal" FROM pool) AS "seatsTotal", (SELECT n FROM seated) AS seated
    FROM requested r LEFT JOIN ranked k USING (id) LEFT JOIN activated a USING (id)`);

  const activated = new Map<string, ActivatedDevice>();
  const exhausted = new Set<string>();
  for (const row of rows) {
    if (row.exhausted) exhausted.add(row.id);
    else if (row.activatedAt && row.lastSeenAt) {
      const { activatedAt, lastSeenAt, firmware, configGiven, configReported } = row;
      activated.set(row.id, { activatedAt, lastSeenAt, firmware, configGiven, configReported });
    }
  }
  const { seatsUsed, seatsTotal, seated } = rows[0] ?? { seatsUsed: null, seatsTotal: null, seated: 0 };
  const alertLevel = seated > 0 && seatsUsed !== null && seatsTotal !== null ? crossedAlertThreshold(seatsUsed, seatsUsed + seated, seatsTotal) : null;
  return { activated, exhausted, alertLevel };
}
