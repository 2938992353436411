import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { mintSessionToken, type SessionClaims } from "@/server/modules/sessions/session-token";
import { refuseInactive } from "./refusals";
import { publishedConfig } from "./config-cache";
import { loadDevice } from "./device-cache";
import { refreshAfterSeconds } from "./refresh-after";

/**
 * A token's device must still be allowed: suspension and revocation (of the device or its
 * organization) beat a valid token, and so does a token version raised after it was minted
 * ("revoke all sessions").
 */
export async function assertDeviceAllowed(db: Db, claims: Pick<SessionClaims, "sub" | "tv">): Promise<void> {
  const device = await loadDevice(db, claims.sub);
  if (!device) throw new AppError("UNAUTHORIZED", "The session token names an unknown device.", "INVALID_TOKEN");
  refuseInactive(device);
  if (claims.tv < device.tokenVersion) throw new AppError("UNAUTHORIZED", "This session was revoked by the device's manufacturer; boot again.", "TOKEN_REVOKED");
}

async function deviceSku(db: Db, deviceId: string) {
  const device = await loadDevice(db, deviceId);
  if (!device) throw new AppError("UNAUTHORIZED", "The session token names an unknown device.", "INVALID_TOKEN");
  const version = device.configVersion;
  if (!version) throw new AppError("PRECONDITION_FAILED", "This device's SKU has no published configuration yet.", "NO_PUBLISHED_CONFIG");
  return { ...device, version };
}

/** `device.refresh`: a new token carrying the SKU's current config version. */
export async function refreshSession(db: Db, claims: SessionClaims, now = new Date()) {
  const device = await deviceSku(db, claims.sub);
  const config = await publishedConfig(db, device.skuId, device.version);
  const ttl = device.sessionTtlSeconds;
  const session = await mintSessionToken(db, { sub: claims.sub, org: device.orgId, sku: device.skuId, cfg: device.version, agents: config.agentIds, tv: device.tokenVersion }, ttl, now);
  return { session, configVersion: device.version, serverTime: now.toISOString(), refreshAfter: refreshAfterSeconds(ttl) };
}

export const ZConfigInput = z.object({ configVersion: z.number().int().min(0).max(2_147_483_647).optional() }).default({});

/** `device.config`: the current config, or null when the device holds it. */
export async function currentConfig(db: Db, claims: SessionClaims, input: z.infer<typeof ZConfigInput>) {
  const device = await deviceSku(db, claims.sub);
  const config = await publishedConfig(db, device.skuId, device.version);
  return { configVersion: device.version, config: input.configVersion === device.version ? null : config.json };
}
