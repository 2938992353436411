import "server-only";
import type { Db } from "@/server/db";
import { logger } from "@/server/logger";
import { updateCachedDevice, type DeviceView } from "./load";
import { errorText } from "@/server/errors";
import { HOUR_MS } from "@/shared/time";

/** Last-seen is written at most this often per device (firmware and config changes are written at once). */
const LAST_SEEN_WRITE_MS = 60_000;

/** What one request told about a device: a boot carries firmware and the config it holds; boot and refresh both carry the config given. */
export type SightingInput = {
  firmware?: string;
  /** the config version the gateway gave the device (its token's `cfg`) */
  configGiven?: number;
  /** the config version the device said it holds (boot `configVersion`) */
  configReported?: number;
  /** a boot (sampled into DeviceBoot, at most one per device per hour), not a refresh */
  boot?: boolean;
};

type Sighting = {
  orgId: string;
  seenAt: Date;
  firmware: string | null;
  configGiven: number | null;
  configReported: number | null;
  /** the boot to sample, if this flush holds one: when, with what firmware and config */
  boot: { at: Date; firmware: string | null; config: number | null } | null;
};
let pending = new Map<string, Sighting>();

type Seen = Pick<DeviceView, "id" | "orgId" | "lastSeenAt" | "firmware" | "configGiven" | "configReported" | "bootSampledHour">;

/** The UTC hour of a boot (ms / 3,600,000): at most one boot per device and hour is sampled. */
export const bootHour = (at: Date) => Math.floor(at.getTime() / HOUR_MS);

/**
 * Notes that a device booted or refreshed its session. Writes are batched: a storm of boots
 * becomes one statement per flush interval, not a write per boot; a device's sighting is
 * queued at most once a minute unless its firmware or config changed. Costs no query.
 */
export function noteSeen(device: Seen, input: SightingInput, now: Date): void {
  const stale = !device.lastSeenAt || now.getTime() - device.lastSeenAt.getTime() >= LAST_SEEN_WRITE_MS;
  const newFirmware = input.firmware !== undefined && input.firmware !== device.firmware;
  const newGiven = input.configGiven !== undefined && input.configGiven !== device.configGiven;
  const newReported = input.configReported !== undefined && input.configReported !== device.configReported;
  if (!stale && !newFirmware && !newGiven && !newReported) return;
  const before = pending.get(device.id);
  // One boot sample per device and hour: a boot in an hour already sampled is not sent to be refused by the key.
  const hour = bootHour(now);
  const sampleBoot = input.boot === true && device.bootSampledHour !== hour;
  pending.set(device.id, {
    orgId: device.orgId,
    seenAt: now,
    firmware: newFirmware ? input.firmware! : (before?.firmware ?? null),
    configGiven: input.configGiven ?? before?.configGiven ?? null,
    configReported: input.configReported ?? before?.configReported ?? null,
    boot: before?.boot ?? (sampleBoot ? { at: now, firmware: input.firmware ?? device.firmware, config: input.configReported ?? null } : null),
  });
  updateCachedDevice(device.id, {
    lastSeenAt: now,
    ...(newFirmware ? { firmware: input.firmware } : {}),
    ...(input.configGiven !== undefined ? { configGiven: input.configGiven } : {}),
    ...(input.configReported !== undefined ? { configReported: input.configReported } : {}),
    ...(sampleBoot ? { bootSampledHour: hour } : {}),
  });
}

/**
 * Writes the pending sightings in one statement (the device rows, and the sampled boots —
 * one per device per hour, the first to arrive wins); on failure they wait for the next flush.
 */
export async function flushLastSeen(db: Db): Promise<void> {
  if (pending.size === 0) return;
  const batch = pending;
  pending = new Map();
  const ids = [...batch.keys()];
  const rows = ids.map((id) => batch.get(id)!);
  const orgs = rows.map((r) => r.orgId);
  const seen = rows.map((r) => r.seenAt.toISOString());
  const firmware = rows.map((r) => r.firmware);
  const given = rows.map((r) => r.configGiven);
  const reported = rows.map((r) => r.configReported);
  const boots = rows.map((r) => r.boot?.at.toISOString() ?? null);
  const bootFirmware = rows.map((r) => r.boot?.firmware ?? null);
  const bootConfig = rows.map((r) => r.boot?.config ?? null);
  try {
    await db.$executeRaw`
      WITH v AS (
        SELECT * FROM unnest(${ids}::text[], ${orgs}::text[], ${seen}::timestamptz[], ${firmware}::text[], ${given}::int[], ${reported}::int[], ${boots}::timestamptz[],
          ${bootFirmware}::text[], ${bootConfig}::int[])
          AS v(id, org, seen, firmware, given, reported, boot, "bootFirmware", "bootConfig")
      ), sampled AS (
        INSERT INTO "DeviceBoot" ("deviceId", hour, "orgId", at, firmware, "configVersion")
        SELECT v.id, date_trunc('hour', v.boot AT TIME ZONE 'UTC'), v.org, v.boot AT TIME ZONE 'UTC', v."bootFirmware", v."bootConfig" FROM v WHERE v.boot IS NOT NULL
        ON CONFLICT DO NOTHING
      )
      UPDATE "Device" AS d
      SET "lastSeenAt" = GREATEST(d."lastSeenAt", v.seen AT TIME ZONE 'UTC'), firmware = COALESCE(v.firmware, d.firmware),
          "configGiven" = COALESCE(v.given, d."configGiven"), "configReported" = COALESCE(v.reported, d."configReported")
      FROM v
      WHERE d.id = v.id`;
  } catch (error) {
    for (const [id, sighting] of batch) if (!pending.has(id)) pending.set(id, sighting);
    logger.warn("last-seen flush failed; will retry", { devices: batch.size, error: errorText(error) });
  }
}

/** Flushes every `intervalMs`; the returned stop function flushes what is left. */
export function startLastSeenWriter(db: Db, intervalMs: number): () => Promise<void> {
  const timer = setInterval(() => void flushLastSeen(db), intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await flushLastSeen(db);
  };
}
