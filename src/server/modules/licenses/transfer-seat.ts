import "server-only";
import { invalidate } from "@/server/cache/invalidation";
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAuditMany, type Actor } from "@/server/modules/audit/record-audit";
import { appendLedgerEntry } from "./ledger";
import { schemaMessage } from "@/shared/schema-message";

export const ZTransferSeatInput = z.object({
  fromDeviceId: z.string(schemaMessage("Choose the device being replaced.")).min(1).max(64),
  toDeviceId: z.string(schemaMessage("Choose the replacement device.")).min(1).max(64),
  reason: z.string(schemaMessage("Give a reason (e.g. the RMA number).")).trim().min(3, schemaMessage("Give a reason (at least 3 characters, e.g. the RMA number).")).max(500),
});

type LockedDevice = { id: string; serial: string; status: string; licensedAt: Date | null; replacedById: string | null };

/**
 * RMA transfer: a returned device's seat moves to its replacement, without a new purchase.
 * The replaced device is revoked (it must not boot again) and remembers its replacement;
 * the replacement holds the seat, so its first boot consumes nothing. Both rows are locked
 * (in id order, so two transfers cannot deadlock) before the checks.
 */
export async function transferSeat(db: Db, orgId: string, actor: Actor, input: z.infer<typeof ZTransferSeatInput>) {
  if (input.fromDeviceId === input.toDeviceId) {
    throw new AppError("BAD_REQUEST", "A device cannot replace itself; choose another device.", { reason: "SAME_DEVICE" });
  }
  return db.$transaction(async (tx) => {
    const ids = [input.fromDeviceId, input.toDeviceId].sort();
    const rows = await tx.$queryRaw<LockedDevice[]>`
      SELECT "id", "serial", "status", "licensedAt", "replacedById" FROM "Device"
      WHERE "orgId" = ${orgId} AND "id" IN (${ids[0]}, ${ids[1]}) ORDER BY "id" FOR UPDATE`;
    const from = rows.find((d) => d.id === input.fromDeviceId);
    const to = rows.find((d) => d.id === input.toDeviceId);
    if (!from) throw new AppError("NOT_FOUND", "The device being replaced was not found.", { reason: "DEVICE_NOT_FOUND" });
    if (!to) throw new AppError("NOT_FOUND", "The replacement device was not found.", { reason: "DEVICE_NOT_FOUND" });
    if (from.replacedById) throw new AppError("CONFLICT", `${from.serial} was already replaced; its seat has moved.`, { reason: "ALREADY_REPLACED" });
    if (!from.licensedAt) throw new AppError("CONFLICT", `${from.serial} holds no seat: it never activated.`, { reason: "NO_SEAT_TO_TRANSFER" });
    if (to.licensedAt) throw new AppError("CONFLICT", `${to.serial} already holds a seat; choose a device that has not activated.`, { reason: "REPLACEMENT_LICENSED" });
    if (to.status === "revoked") throw new AppError("CONFLICT", `${to.serial} is revoked and cannot take over a seat.`, { reason: "REPLACEMENT_REVOKED" });

    await tx.device.update({ where: { id: from.id }, data: { status: "revoked", replacedById: to.id } });
    await tx.device.update({ where: { id: to.id }, data: { licensedAt: new Date() } });
    await invalidate(tx, "device", [from.id, to.id]);
    await tx.licensePool.update({ where: { orgId }, data: { transfers: { increment: 1 } } });
    await appendLedgerEntry(tx, { orgId, kind: "rma_transfer", deviceId: to.id, fromDeviceId: from.id, reason: input.reason, actor });
    await recordAuditMany(tx, [
      { orgId, actor, action: "device.replaced", targetType: "device", targetId: from.id, metadata: { replacement: to.serial, reason: input.reason } },
      { orgId, actor, action: "device.replacement", targetType: "device", targetId: to.id, metadata: { replaces: from.serial, reason: input.reason } },
    ]);
    return { from: { id: from.id, serial: from.serial }, to: { id: to.id, serial: to.serial } };
  });
}
