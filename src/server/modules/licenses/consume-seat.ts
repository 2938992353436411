import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { appendLedgerEntry } from "./ledger";

/**
 * Consumes one seat for a device's first activation. A single conditional UPDATE — never
 * read-then-write — so under any concurrency an organization activates at most its
 * total plus the overage its policy allows. Call it inside the transaction that activates
 * the device, so the seat and the activation commit or roll back together.
 */
export async function consumeSeat(tx: DbTx, orgId: string, deviceId: string): Promise<void> {
  const updated = await tx.$executeRaw`
    UPDATE "LicensePool"
    SET "seatsUsed" = "seatsUsed" + 1, "updatedAt" = now()
    WHERE "orgId" = ${orgId}
      AND "seatsUsed" < "seatsTotal" + floor("seatsTotal" * "overagePercent" / 100.0)`;
  if (updated !== 1) {
    throw new AppError("PAYMENT_REQUIRED", "No license seat is left for this organization.", "LICENSE_EXHAUSTED");
  }
  await appendLedgerEntry(tx, { orgId, kind: "activation", usedDelta: 1, deviceId, actor: { type: "system", label: "device-activation" } });
}
