import type { Db } from "@/server/db";

/**
 * Device status for token-authenticated calls, cached briefly: a suspension or revocation
 * reaches every gateway instance within TTL_MS without a database read per request.
 */
const TTL_MS = 5_000;
const MAX_ENTRIES = 100_000;
const cache = new Map<string, { status: string | null; until: number }>();

export async function deviceStatus(db: Db, deviceId: string): Promise<string | null> {
  const hit = cache.get(deviceId);
  if (hit && hit.until > Date.now()) return hit.status;
  const row = await db.device.findUnique({ where: { id: deviceId }, select: { status: true } });
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(deviceId, { status: row?.status ?? null, until: Date.now() + TTL_MS });
  return row?.status ?? null;
}

/** Drops cached statuses in this process (status changes made here apply at once). */
export function invalidateDeviceStatus(deviceIds: string[]): void {
  for (const id of deviceIds) cache.delete(id);
}
