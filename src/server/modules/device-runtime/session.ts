import "server-only";
/**
 * Requests a device makes with its session token: the checks every one passes
 * (authenticateDeviceSession), then refresh, config and telemetry.
 */
import { z } from "zod";
import type { Db } from "@/server/db";
import { verifySessionToken, type SessionClaims } from "@/server/modules/sessions/session-token";
import { ingestTelemetry, type ZTelemetryBatch } from "@/server/modules/telemetry/ingest";
import { loadDevice, publishedConfig } from "./load";
import { mintDeviceSession, publishedVersion } from "./mint";
import { noteSeen } from "./last-seen";
import { limitDevice } from "./rate-limits";
import { deviceRefusals, refuseInactive } from "./refusals";

/**
 * The verified claims of the session token in an `Authorization: Bearer` header, once the
 * device has spent one request of its budget and is still allowed.
 */
export async function authenticateDeviceSession(db: Db, authorization: string | null): Promise<SessionClaims & { exp: number }> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) throw deviceRefusals.missingToken();
  const claims = await verifySessionToken(db, token);
  await limitDevice(claims.sub);
  await assertDeviceAllowed(db, claims);
  return claims;
}

/**
 * A token's device must still be allowed: suspension and revocation (of the device or its
 * organization) beat a valid token, and so does a token version raised after it was minted
 * ("revoke all sessions").
 */
async function assertDeviceAllowed(db: Db, claims: Pick<SessionClaims, "sub" | "tv">): Promise<void> {
  const device = await tokenDevice(db, claims.sub);
  refuseInactive(device);
  if (claims.tv < device.tokenVersion) throw deviceRefusals.tokenRevoked();
}

/** The device a verified token names (from the cache), or the token is refused. */
async function tokenDevice(db: Db, deviceId: string) {
  const device = await loadDevice(db, deviceId);
  if (!device) throw deviceRefusals.unknownTokenDevice();
  return device;
}

/** `device.refresh`: a new token carrying the SKU's current config version. */
export async function refreshSession(db: Db, claims: SessionClaims, now = new Date()) {
  const device = await tokenDevice(db, claims.sub);
  const version = publishedVersion(device);
  const { session, refreshAfter } = await mintDeviceSession(db, device, version, now);
  // A refresh is a sighting too (every ~13 min): it keeps the online indicator true. No query: written behind.
  noteSeen(device, { configGiven: version }, now);
  return { session, configVersion: version, serverTime: now.toISOString(), refreshAfter };
}

export const ZConfigInput = z.object({ configVersion: z.number().int().min(0).max(2_147_483_647).optional() }).default({});

/** `device.config`: the current config, or null when the device holds it. */
export async function currentConfig(db: Db, claims: SessionClaims, input: z.infer<typeof ZConfigInput>) {
  const device = await tokenDevice(db, claims.sub);
  const version = publishedVersion(device);
  const config = await publishedConfig(db, device.skuId, version);
  return { configVersion: version, config: input.configVersion === version ? null : config.json };
}

/**
 * `device.reportTelemetry`: samples are attributed to the token's organization, SKU and
 * config version and the device's current firmware (from the gateway's cache: no read).
 */
export async function reportTelemetry(db: Db, claims: SessionClaims, input: z.infer<typeof ZTelemetryBatch>) {
  const device = await tokenDevice(db, claims.sub);
  return ingestTelemetry(db, { orgId: claims.org, skuId: claims.sku, deviceId: claims.sub, firmware: device.firmware, configVersion: claims.cfg }, input);
}
