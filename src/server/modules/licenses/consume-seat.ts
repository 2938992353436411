import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { appendLedgerEntry } from "./ledger";
import { crossedAlertThreshold } from "./utilization";

export type SeatConsumption = {
  /** false when the device already held a seat (a re-activation or a concurrent boot) */
  consumed: boolean;
  /** a utilization alert threshold (70, 90, 100) this activation crossed, to announce after commit */
  alertLevel: number | null;
};

/**
 * Gives a device its license seat at first activation. The device is claimed first (a
 * conditional UPDATE on its row: a device holds at most one seat, even when it boots twice
 * at once), then one seat is taken with a single conditional UPDATE of the pool — never
 * read-then-write — so under any concurrency an organization activates at most its total
 * plus the overage its policy allows. Call it inside the transaction that activates the
 * device, so the seat and the activation commit or roll back together.
 */
export async function consumeSeat(tx: DbTx, orgId: string, deviceId: string): Promise<SeatConsumption> {
  const claimed = await tx.$executeRaw`
    UPDATE "Device" SET "licensedAt" = now() WHERE "id" = ${deviceId} AND "orgId" = ${orgId} AND "licensedAt" IS NULL`;
  if (claimed !== 1) return { consumed: false, alertLevel: null };
  const pool = await tx.$queryRaw<{ seatsUsed: number; seatsTotal: number }[]>`
    UPDATE "LicensePool"
    SET "seatsUsed" = "seatsUsed" + 1, "updatedAt" = now()
    WHERE "orgId" = ${orgId}
      AND "seatsUsed" < "seatsTotal" + floor("seatsTotal" * "overagePercent" / 100.0)
    RETURNING "seatsUsed", "seatsTotal"`;
  const after = pool[0];
  if (!after) {
    throw new AppError("PAYMENT_REQUIRED", "No license seat is left for this organization.", "LICENSE_EXHAUSTED");
  }
  await appendLedgerEntry(tx, { orgId, kind: "activation", usedDelta: 1, deviceId, actor: { type: "system", label: "device-activation" } });
  return { consumed: true, alertLevel: crossedAlertThreshold(after.seatsUsed - 1, after.seatsUsed, after.seatsTotal) };
}
