import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { verifyDeviceSecret } from "@/server/modules/devices/device-credentials";
import { refreshUtilizationAlert } from "@/server/modules/licenses/alerts";
import { consumeSeat } from "@/server/modules/licenses/consume-seat";
import { mintSessionToken } from "@/server/modules/sessions/session-token";
import { publishedConfig } from "./config-cache";
import { loadDevice, updateCachedDevice } from "./device-cache";
import { noteSeen } from "./last-seen";
import { refreshAfterSeconds } from "./refresh-after";

export const ZBootInput = z.object({
  deviceId: z.string().min(1).max(64),
  secret: z.string().min(1).max(256),
  firmware: z.string().trim().min(1).max(64).optional(),
  configVersion: z.number().int().min(0).max(2_147_483_647).optional(),
});

const invalidCredentials = () => new AppError("UNAUTHORIZED", "Unknown device or wrong secret.", "INVALID_CREDENTIALS");
/** Compared against when the device does not exist, so both failures cost the same. */
const ABSENT_HASH = "0".repeat(64);

export function refuseInactive(status: string): void {
  if (status === "suspended") throw new AppError("FORBIDDEN", "This device is suspended by its manufacturer.", "DEVICE_SUSPENDED");
  if (status === "revoked") throw new AppError("FORBIDDEN", "This device is revoked.", "DEVICE_REVOKED");
}

/**
 * `device.boot`: authenticate, refuse suspended/revoked devices, take a license seat on the
 * first activation (atomically, with the activation), then answer the SKU's published
 * config (null when the device holds it) and a fresh session token.
 */
export async function bootDevice(db: Db, input: z.infer<typeof ZBootInput>, now = new Date()) {
  const device = await loadDevice(db, input.deviceId);
  const secretOk = verifyDeviceSecret(input.secret, device?.secretHash ?? ABSENT_HASH);
  if (!device || !secretOk) throw invalidCredentials();
  refuseInactive(device.status);
  const version = device.configVersion;
  if (!version) throw new AppError("PRECONDITION_FAILED", "This device's SKU has no published configuration yet.", "NO_PUBLISHED_CONFIG");

  const activatedAt = device.activatedAt ?? (await activate(db, device.orgId, device.id, input.firmware, now));
  if (device.activatedAt) noteSeen(device, input.firmware, now);

  const config = await publishedConfig(db, device.skuId, version);
  const ttl = device.sessionTtlSeconds;
  const session = await mintSessionToken(db, { sub: device.id, org: device.orgId, sku: device.skuId, cfg: version, agents: config.agentIds }, ttl, now);
  return {
    deviceId: device.id,
    orgId: device.orgId,
    skuId: device.skuId,
    license: { status: "active" as const, activatedAt: activatedAt.toISOString() },
    configVersion: version,
    config: input.configVersion === version ? null : config.json,
    session,
    serverTime: now.toISOString(),
    refreshAfter: refreshAfterSeconds(ttl),
  };
}

/** First boot: the seat and the activation commit together; a concurrent boot of the same device takes no second seat. */
async function activate(db: Db, orgId: string, deviceId: string, firmware: string | undefined, now: Date): Promise<Date> {
  const { alertLevel } = await db.$transaction(async (tx) => {
    const consumption = await consumeSeat(tx, orgId, deviceId);
    await tx.device.updateMany({ where: { id: deviceId, activatedAt: null }, data: { status: "active", activatedAt: now, lastSeenAt: now, ...(firmware ? { firmware } : {}) } });
    return consumption;
  });
  if (alertLevel) await refreshUtilizationAlert(db, orgId);
  const { activatedAt, firmware: stored } = await db.device.findUniqueOrThrow({ where: { id: deviceId }, select: { activatedAt: true, firmware: true } });
  updateCachedDevice(deviceId, { status: "active", activatedAt, lastSeenAt: now, firmware: stored });
  return activatedAt ?? now;
}
