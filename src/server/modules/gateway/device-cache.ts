import { LRUCache } from "lru-cache";
import type { Db } from "@/server/db";
import type { DeviceStatus } from "@/generated/prisma/enums";
import { onInvalidate } from "@/server/cache/invalidation";

/** What the gateway needs to know about a device to boot or refresh it. */
export type DeviceView = {
  id: string;
  orgId: string;
  skuId: string;
  /** null for a key-mode device */
  secretHash: string | null;
  /** key mode: the device's Ed25519 public key (base64url `x`); null for a secret-mode device */
  publicKey: string | null;
  status: DeviceStatus;
  activatedAt: Date | null;
  lastSeenAt: Date | null;
  firmware: string | null;
  /** session tokens minted below this version are refused */
  tokenVersion: number;
  /** the SKU's published config version (null before the first publish) */
  configVersion: number | null;
  sessionTtlSeconds: number;
  /** an operator suspended the organization: every device of it is refused */
  orgSuspended: boolean;
};

type DeviceRow = Omit<DeviceView, "configVersion" | "sessionTtlSeconds" | "orgSuspended">;

/**
 * Hot-path caches of the gateway, in process and bounded. Entries are dropped explicitly
 * when the data changes (status, secret, publish, session policy — see invalidation.ts,
 * which reaches every instance within a second); the TTL only bounds how long a change
 * missed by every other means could live.
 */
const TTL_MS = 300_000;
const devices = new LRUCache<string, DeviceRow>({ max: 100_000, ttl: TTL_MS });
const skuVersions = new LRUCache<string, { version: number | null }>({ max: 20_000, ttl: TTL_MS });
const orgs = new LRUCache<string, { seconds: number; suspended: boolean }>({ max: 20_000, ttl: TTL_MS });

const dropper = (cache: Pick<LRUCache<string, object>, "clear" | "delete">) => (keys: string[] | "all") => {
  if (keys === "all") cache.clear();
  else for (const key of keys) cache.delete(key);
};
onInvalidate("device", dropper(devices));
onInvalidate("sku", dropper(skuVersions));
onInvalidate("org", dropper(orgs));

type JoinedRow = DeviceRow & { configVersion: number | null; sessionTtlSeconds: number; orgSuspended: boolean };

/** The device with its SKU's config version and its organization's token TTL and suspension: one query on a miss, none on a hit. */
export async function loadDevice(db: Db, deviceId: string): Promise<DeviceView | null> {
  const device = devices.get(deviceId);
  const sku = device && skuVersions.get(device.skuId);
  const org = device && orgs.get(device.orgId);
  if (device && sku && org) return { ...device, configVersion: sku.version, sessionTtlSeconds: org.seconds, orgSuspended: org.suspended };

  const [row] = await db.$queryRaw<JoinedRow[]>`
    SELECT d.id, d."orgId", d."skuId", d."secretHash", d."publicKey", d.status, d."activatedAt", d."lastSeenAt", d.firmware, d."tokenVersion",
           s."currentConfigVersion" AS "configVersion", o."sessionTtlSeconds", o."suspendedAt" IS NOT NULL AS "orgSuspended"
    FROM "Device" d JOIN "Sku" s ON s.id = d."skuId" JOIN "Organization" o ON o.id = d."orgId"
    WHERE d.id = ${deviceId}`;
  if (!row) return null;
  const { configVersion, sessionTtlSeconds, orgSuspended, ...fields } = row;
  devices.set(deviceId, fields);
  skuVersions.set(row.skuId, { version: configVersion });
  orgs.set(row.orgId, { seconds: sessionTtlSeconds, suspended: orgSuspended });
  return row;
}

/** Updates this process's copy after the gateway itself changed the device (activation, last seen). */
export function updateCachedDevice(deviceId: string, changes: Partial<Pick<DeviceRow, "status" | "activatedAt" | "lastSeenAt" | "firmware">>): void {
  const cached = devices.get(deviceId);
  if (cached) Object.assign(cached, changes);
}
