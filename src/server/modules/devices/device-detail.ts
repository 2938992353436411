import "server-only";
import { invalidate } from "@/server/cache/invalidation";
import type { Db, DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { generateDeviceSecret, hashDeviceSecret } from "./device-credentials";
import { deviceListSelect } from "./list-devices";

const deviceNotFound = () => new AppError("NOT_FOUND", "Device not found.", { reason: "DEVICE_NOT_FOUND" });

/** A device with its SKU, its RMA links and the config it was given / reports (its timeline: device-story.ts). */
export async function getDeviceOrThrow(db: DbTx, orgId: string, deviceId: string) {
  const device = await db.device.findFirst({
    where: { id: deviceId, orgId },
    select: {
      ...deviceListSelect,
      secretRotatedAt: true,
      publicKey: true,
      updatedAt: true,
      licensedAt: true,
      replacedById: true,
      configGiven: true,
      configReported: true,
      sku: { select: { code: true, name: true, currentConfigVersion: true } },
    },
  });
  if (!device) throw deviceNotFound();
  // RMA links, both ways (the replacement points back through replacedById).
  const [replacedBy, replacementFor] = await Promise.all([
    device.replacedById ? db.device.findFirst({ where: { id: device.replacedById, orgId }, select: { id: true, serial: true } }) : null,
    db.device.findFirst({ where: { replacedById: device.id, orgId }, select: { id: true, serial: true } }),
  ]);
  const { replacedById: _replacedById, sku, ...fields } = device;
  return { ...fields, sku: { code: sku.code, name: sku.name }, configPublished: sku.currentConfigVersion, replacedBy, replacementFor };
}

/**
 * Issues a new secret for a device (shown once) and invalidates the old one at once (a
 * key-mode device returns to secret mode: one credential at a time). Its
 * session tokens go too (token version raised): they were obtained with the old secret.
 */
export async function rotateDeviceSecret(db: Db, orgId: string, actor: Actor, deviceId: string) {
  const secret = generateDeviceSecret();
  await db.$transaction(async (tx) => {
    const device = await tx.device.findFirst({ where: { id: deviceId, orgId }, select: { status: true } });
    if (!device) throw deviceNotFound();
    if (device.status === "revoked") {
      throw new AppError("PRECONDITION_FAILED", "This device is revoked; its credentials cannot be renewed.", { reason: "DEVICE_REVOKED" });
    }
    await tx.device.update({ where: { id: deviceId }, data: { secretHash: hashDeviceSecret(secret), publicKey: null, secretRotatedAt: new Date(), tokenVersion: { increment: 1 } } });
    await invalidate(tx, "device", [deviceId]);
    await recordAudit(tx, { orgId, actor, action: "device.secret_rotated", targetType: "device", targetId: deviceId });
  });
  return { deviceId, secret };
}
