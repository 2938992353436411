import "server-only";
import type { Db } from "@/server/db";
import { logger } from "@/server/logger";
import { updateCachedDevice, type DeviceView } from "./load";
import { errorText } from "@/server/errors";

/** Last-seen is written at most this often per device (firmware changes are written at once). */
const LAST_SEEN_WRITE_MS = 60_000;

type Sighting = { seenAt: Date; firmware: string | null };
let pending = new Map<string, Sighting>();

/**
 * Notes that a device booted. Writes are batched: a storm of boots becomes one UPDATE per
 * flush interval, not a write per boot.
 */
export function noteSeen(device: Pick<DeviceView, "id" | "lastSeenAt" | "firmware">, firmware: string | undefined, now: Date): void {
  const stale = !device.lastSeenAt || now.getTime() - device.lastSeenAt.getTime() >= LAST_SEEN_WRITE_MS;
  const newFirmware = firmware !== undefined && firmware !== device.firmware;
  if (!stale && !newFirmware) return;
  pending.set(device.id, { seenAt: now, firmware: newFirmware ? firmware : (pending.get(device.id)?.firmware ?? null) });
  updateCachedDevice(device.id, { lastSeenAt: now, ...(newFirmware ? { firmware } : {}) });
}

/** Writes the pending sightings in one statement; on failure they wait for the next flush. */
export async function flushLastSeen(db: Db): Promise<void> {
  if (pending.size === 0) return;
  const batch = pending;
  pending = new Map();
  const ids = [...batch.keys()];
  const seen = ids.map((id) => batch.get(id)!.seenAt.toISOString());
  const firmware = ids.map((id) => batch.get(id)!.firmware);
  try {
    await db.$executeRaw`
      UPDATE "Device" AS d
      SET "lastSeenAt" = GREATEST(d."lastSeenAt", v.seen AT TIME ZONE 'UTC'), firmware = COALESCE(v.firmware, d.firmware)
      FROM unnest(${ids}::text[], ${seen}::timestamptz[], ${firmware}::text[]) AS v(id, seen, firmware)
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
