import "server-only";
import type { DbTx } from "@/server/db";

export type Balance = {
  seatsTotal: number;
  seatsUsed: number;
  seatsAvailable: number;
  /** activations still allowed beyond the total under the overage policy */
  overageAvailable: number;
  overagePercent: number;
  /** more seats in use than the pool allows, overage included (a refund took back seats already activated) */
  overLimit: boolean;
  transfers: number;
};

/** Activations the pool allows in all: the total plus the operator-approved overage. */
function activationLimit(seatsTotal: number, overagePercent: number): number {
  return seatsTotal + Math.floor((seatsTotal * overagePercent) / 100);
}

/** An organization's seat balance (all zero before its first purchase or grant). */
export async function getBalance(db: DbTx, orgId: string): Promise<Balance> {
  const pool = await db.licensePool.findUnique({ where: { orgId }, select: { seatsTotal: true, seatsUsed: true, overagePercent: true, transfers: true } });
  const { seatsTotal, seatsUsed, overagePercent, transfers } = pool ?? { seatsTotal: 0, seatsUsed: 0, overagePercent: 0, transfers: 0 };
  const limit = activationLimit(seatsTotal, overagePercent);
  return {
    seatsTotal,
    seatsUsed,
    seatsAvailable: Math.max(0, seatsTotal - seatsUsed),
    overageAvailable: Math.max(0, limit - Math.max(seatsUsed, seatsTotal)),
    overagePercent,
    overLimit: seatsUsed > limit,
    transfers,
  };
}
