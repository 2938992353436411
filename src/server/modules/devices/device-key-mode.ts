import "server-only";
import { createHash } from "node:crypto";
import { invalidate } from "@/server/cache/invalidation";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";

/** A short, stable name for a public key in the audit log and the console: `SHA256:` + 16 base64url characters. */
function publicKeyFingerprint(publicKey: string): string {
  return `SHA256:${createHash("sha256").update(Buffer.from(publicKey, "base64url")).digest("base64url").slice(0, 16)}`;
}

/**
 * Puts a device in key mode with this Ed25519 public key (validated by the caller's schema),
 * or replaces its key: its secret, if it had one, stops working at once — a device has one
 * credential at a time — and so do its session tokens (token version raised), which were
 * obtained with the old credential. Rotating the secret later returns it to secret mode.
 */
export async function setDevicePublicKey(db: Db, orgId: string, actor: Actor, deviceId: string, publicKey: string) {
  const fingerprint = publicKeyFingerprint(publicKey);
  await db.$transaction(async (tx) => {
    const device = await tx.device.findFirst({ where: { id: deviceId, orgId }, select: { status: true, publicKey: true } });
    if (!device) throw new AppError("NOT_FOUND", "Device not found.", { reason: "DEVICE_NOT_FOUND" });
    if (device.status === "revoked") {
      throw new AppError("PRECONDITION_FAILED", "This device is revoked; its credentials cannot be renewed.", { reason: "DEVICE_REVOKED" });
    }
    await tx.device.update({ where: { id: deviceId }, data: { publicKey, secretHash: null, tokenVersion: { increment: 1 } } });
    await invalidate(tx, "device", [deviceId]);
    await recordAudit(tx, {
      orgId,
      actor,
      action: "device.public_key_set",
      targetType: "device",
      targetId: deviceId,
      metadata: { fingerprint, previously: device.publicKey ? `key ${publicKeyFingerprint(device.publicKey)}` : "secret" },
    });
  });
  return { deviceId, publicKey, fingerprint };
}
