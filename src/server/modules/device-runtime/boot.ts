import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { mintSessionToken } from "@/server/modules/sessions/session-token";
import { publishedConfig } from "./config-cache";
import { activateOnFirstBoot } from "./activation-queue";
import { exactlyOneCredential, MAX_ASSERTION_LENGTH } from "./boot-credentials";
import { authenticateDevice } from "./device-auth";
import { failedBootGuard } from "./failed-boots";
import { noteSeen } from "./last-seen";
import { limitDevice } from "./rate-limits";
import { refreshAfterSeconds } from "./refresh-after";
import { refuseInactive } from "./refusals";

export const ZBootInput = z.object({
  deviceId: z.string().min(1).max(64),
  secret: z.string().min(1).max(256).optional(),
  /** key mode (extension): a JWT the device signed with its Ed25519 key, instead of the secret */
  assertion: z.string().min(1).max(MAX_ASSERTION_LENGTH).optional(),
  firmware: z.string().trim().min(1).max(64).optional(),
  configVersion: z.number().int().min(0).max(2_147_483_647).optional(),
}).superRefine(exactlyOneCredential);

/** Where a boot comes from: `address` is the client's (null when unknown, e.g. a direct call). */
export type BootSource = { address?: string | null; now?: Date };

/**
 * `device.boot`: authenticate (failures are counted per address and per deviceId, never against
 * the device's own budget, which is spent only once it has proved itself), refuse
 * suspended/revoked devices, take a license seat on the first activation (atomically, with the
 * activation), then answer the SKU's published config (null when the device holds it) and a
 * fresh session token.
 */
export async function bootDevice(db: Db, input: z.infer<typeof ZBootInput>, { address = null, now = new Date() }: BootSource = {}) {
  const device = await failedBootGuard().authenticate(address, input.deviceId, () => authenticateDevice(db, input, now));
  // A suspended or revoked device is told so every time (from cache, as cheap as a 429), not
  // "retry later" once its budget is gone: it should stop, not come back.
  refuseInactive(device);
  await limitDevice(device.id);
  const version = device.configVersion;
  if (!version) throw new AppError("PRECONDITION_FAILED", "This device's SKU has no published configuration yet.", "NO_PUBLISHED_CONFIG");

  const activatedAt = device.activatedAt ?? (await activateOnFirstBoot(db, device.orgId, { deviceId: device.id, firmware: input.firmware, at: now }));
  if (device.activatedAt) noteSeen(device, input.firmware, now);

  const config = await publishedConfig(db, device.skuId, version);
  const ttl = device.sessionTtlSeconds;
  const session = await mintSessionToken(db, { sub: device.id, org: device.orgId, sku: device.skuId, cfg: version, agents: config.agentIds, tv: device.tokenVersion }, ttl, now);
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
