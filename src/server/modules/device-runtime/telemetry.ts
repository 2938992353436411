import type { z } from "zod";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { SessionClaims } from "@/server/modules/sessions/session-token";
import { ingestTelemetry, type ZTelemetryBatch } from "@/server/modules/telemetry/ingest";
import { loadDevice } from "./device-cache";

/**
 * `device.reportTelemetry`: samples are attributed to the token's organization, SKU and
 * config version and the device's current firmware (from the gateway's cache: no read).
 */
export async function reportTelemetry(db: Db, claims: SessionClaims, input: z.infer<typeof ZTelemetryBatch>) {
  const device = await loadDevice(db, claims.sub);
  if (!device) throw new AppError("UNAUTHORIZED", "The session token names an unknown device.", "INVALID_TOKEN");
  return ingestTelemetry(db, { orgId: claims.org, skuId: claims.sku, deviceId: claims.sub, firmware: device.firmware, configVersion: claims.cfg }, input);
}
