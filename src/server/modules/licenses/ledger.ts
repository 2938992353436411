import "server-only";
import type { DbTx } from "@/server/db";
import type { LedgerEntryKind } from "@/generated/prisma/enums";
import type { Actor } from "@/server/modules/audit/record-audit";

export type LedgerEntryInput = {
  orgId: string;
  kind: LedgerEntryKind;
  totalDelta?: number;
  usedDelta?: number;
  reason?: string | null;
  actor: Actor;
  orderId?: string | null;
  deviceId?: string | null;
  fromDeviceId?: string | null;
  /** when the change took effect, if not now (an activation at its boot time, the demo seed's dated history) */
  at?: Date;
};

/** Writes a ledger entry. Callers change the pool in the same transaction, by the same deltas. */
export async function appendLedgerEntry(tx: DbTx, entry: LedgerEntryInput): Promise<void> {
  await tx.licenseLedgerEntry.create({
    data: {
      orgId: entry.orgId,
      kind: entry.kind,
      totalDelta: entry.totalDelta ?? 0,
      usedDelta: entry.usedDelta ?? 0,
      reason: entry.reason ?? null,
      actorUserId: entry.actor.type === "user" ? entry.actor.userId : null,
      actorApiKeyId: entry.actor.type === "apiKey" ? entry.actor.apiKeyId : null,
      actorLabel: entry.actor.type === "system" ? entry.actor.label : null,
      orderId: entry.orderId ?? null,
      deviceId: entry.deviceId ?? null,
      fromDeviceId: entry.fromDeviceId ?? null,
      createdAt: entry.at,
    },
  });
}

/**
 * Adds `delta` seats to an organization's total (negative for refunds and downward
 * adjustments) with its ledger entry, creating the pool on first use. One atomic upsert:
 * concurrent changes add up, never overwrite each other.
 */
export async function changeSeatsTotal(tx: DbTx, entry: LedgerEntryInput & { totalDelta: number }): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "LicensePool" ("orgId", "seatsTotal", "seatsUsed", "updatedAt")
    VALUES (${entry.orgId}, ${entry.totalDelta}, 0, now())
    ON CONFLICT ("orgId") DO UPDATE SET "seatsTotal" = "LicensePool"."seatsTotal" + EXCLUDED."seatsTotal", "updatedAt" = now()`;
  await appendLedgerEntry(tx, entry);
}
