import "server-only";
import { invalidate } from "@/server/cache/invalidation";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";

/**
 * "Revoke all sessions": raises the device's token version, so every session token minted
 * before is refused at refresh, config and telemetry (401 TOKEN_REVOKED) on every gateway
 * instance once the invalidation reaches it. The device itself stays allowed: its next boot
 * gets a token of the new version. (Use it when a token may have leaked; suspend or revoke
 * the device to keep it out.)
 */
export async function revokeDeviceSessions(db: Db, orgId: string, actor: Actor, deviceId: string) {
  return db.$transaction(async (tx) => {
    const bumped = await tx.device.updateManyAndReturn({
      where: { id: deviceId, orgId },
      data: { tokenVersion: { increment: 1 } },
      select: { tokenVersion: true },
    });
    const device = bumped[0];
    if (!device) throw new AppError("NOT_FOUND", "Device not found.", { reason: "DEVICE_NOT_FOUND" });
    await invalidate(tx, "device", [deviceId]);
    await recordAudit(tx, {
      orgId,
      actor,
      action: "device.sessions_revoked",
      targetType: "device",
      targetId: deviceId,
      metadata: { tokenVersion: device.tokenVersion },
    });
    return { deviceId, tokenVersion: device.tokenVersion };
  });
}
