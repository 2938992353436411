import "server-only";
/**
 * What the runtime reads on a device's request — the device with its SKU and organization, and
 * published configs — through in-process caches, so a cached boot costs no query.
 */
import { LRUCache } from "lru-cache";
import { Prisma } from "@/generated/prisma/client";
import { hotPathQuery, type Db } from "@/server/db";
import type { DeviceStatus } from "@/generated/prisma/enums";
import { onInvalidate } from "@/server/cache/invalidation";
import { deviceRefusals } from "./refusals";
import type { DeviceConfig } from "@/server/modules/configs/device-config";
import { readDeviceConfig } from "@/server/modules/configs/stored-config";

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
  /** the config version last given to / reported by the device (written behind by last-seen.ts) */
  configGiven: number | null;
  configReported: number | null;
  /** this process's memory only (not a column): the UTC hour (ms / 3,600,000) of the boot it last sampled into DeviceBoot */
  bootSampledHour?: number;
  /** session tokens minted below this version are refused */
  tokenVersion: number;
  /** the SKU's published config version (null before the first publish) */
  configVersion: number | null;
  /** the SKU's staged rollout in progress, if any: devices in its cohort get its version (mint.ts) */
  rollout: ActiveRollout | null;
  sessionTtlSeconds: number;
  /** an operator suspended the organization: every device of it is refused */
  orgSuspended: boolean;
};

/** A running or paused rollout as the hot path needs it: who is in (id, percent) and what they get. */
export type ActiveRollout = { id: string; toVersion: number; percent: number };

type DeviceRow = Omit<DeviceView, "configVersion" | "rollout" | "sessionTtlSeconds" | "orgSuspended">;

/**
 * Hot-path caches of the gateway, in process and bounded. Entries are dropped explicitly
 * when the data changes (status, secret, publish, session policy, registration — see
 * invalidation.ts, which reaches every instance within a second); the TTL only bounds how long
 * a change missed by every other means could live.
 */
const TTL_MS = 300_000;
const devices = new LRUCache<string, DeviceRow>({ max: 100_000, ttl: TTL_MS });
/**
 * Ids with no device, so an unknown id costs what a wrong secret costs (no query) and a flood of
 * made-up ids stops at the cache. Kept apart from `devices`: however many ids an attacker invents,
 * they evict only each other, never a real device. Registration invalidates the new ids.
 */
const unknownIds = new LRUCache<string, DeviceRow>({ max: 50_000, ttl: TTL_MS });
/**
 * What an id known not to exist resolves to: shaped like a device of a SKU and an organization
 * that are cached like real ones, so answering "no such device" takes the same steps as
 * answering a real one (three cache reads and the same view built): the time of a refused boot
 * does not tell whether the id exists. Only `loadDevice` ever sees it.
 */
const NO_DEVICE: DeviceRow = {
  id: "",
  orgId: "",
  skuId: "",
  secretHash: null,
  publicKey: null,
  status: "revoked",
  activatedAt: null,
  lastSeenAt: null,
  firmware: null,
  configGiven: null,
  configReported: null,
  tokenVersion: 0,
};
/** Per SKU: its live version and its rollout, both dropped on any publish or rollout change (invalidated as "sku"). */
const skuVersions = new LRUCache<string, { version: number | null; rollout: ActiveRollout | null }>({ max: 20_000, ttl: TTL_MS });
const orgs = new LRUCache<string, { seconds: number; suspended: boolean }>({ max: 20_000, ttl: TTL_MS });
/** Counts device invalidations: a load that overlapped one may have read the row before the change, so it is not cached. */
let deviceChanges = 0;

const dropper = (cache: Pick<LRUCache<string, object>, "clear" | "delete">) => (keys: string[] | "all") => {
  if (keys === "all") cache.clear();
  else for (const key of keys) cache.delete(key);
};
const dropDevices = dropper(devices);
const dropUnknown = dropper(unknownIds);
onInvalidate("device", (keys) => {
  deviceChanges++;
  dropDevices(keys);
  dropUnknown(keys);
});
onInvalidate("sku", dropper(skuVersions));
onInvalidate("org", dropper(orgs));

type JoinedRow = DeviceRow & {
  configVersion: number | null;
  rolloutId: string | null;
  rolloutToVersion: number | null;
  rolloutPercent: number | null;
  sessionTtlSeconds: number;
  orgSuspended: boolean;
};

/** The device with its SKU's config version and its organization's token TTL and suspension: one query on a miss, none on a hit (of a device or of an id known not to exist). */
export async function loadDevice(db: Db, deviceId: string): Promise<DeviceView | null> {
  const device = devices.get(deviceId) ?? unknownIds.get(deviceId);
  const sku = device && (skuVersions.get(device.skuId) ?? (device === NO_DEVICE ? cacheNoDeviceParents().sku : undefined));
  const org = device && (orgs.get(device.orgId) ?? (device === NO_DEVICE ? cacheNoDeviceParents().org : undefined));
  if (device && sku && org) {
    const view = { ...device, configVersion: sku.version, rollout: sku.rollout, sessionTtlSeconds: org.seconds, orgSuspended: org.suspended };
    return device === NO_DEVICE ? null : view;
  }

  const changesBefore = deviceChanges;
  const [row] = await hotPathQuery<JoinedRow>(db, "load-device", Prisma.sql`
    SELECT d.id, d."orgId", d."skuId", d."secretHash", d."publicKey", d.status, d."activatedAt", d."lastSeenAt", d.firmware, d."configGiven", d."configReported", d."tokenVersion",
           s."currentConfigVersion" AS "configVersion", o."sessionTtlSeconds", o."suspendedAt" IS NOT NULL AS "orgSuspended",
           r.id AS "rolloutId", r."toVersion" AS "rolloutToVersion", r.steps[r."stepIndex" + 1] AS "rolloutPercent"
    FROM "Device" d JOIN "Sku" s ON s.id = d."skuId" JOIN "Organization" o ON o.id = d."orgId"
      LEFT JOIN "Rollout" r ON r.id = s."activeRolloutId"
    WHERE d.id = ${deviceId}`);
  const current = changesBefore === deviceChanges;
  if (!row) {
    if (current) unknownIds.set(deviceId, NO_DEVICE);
    return null;
  }
  const { configVersion, rolloutId, rolloutToVersion, rolloutPercent, sessionTtlSeconds, orgSuspended, ...fields } = row;
  const rollout = rolloutId !== null && rolloutToVersion !== null && rolloutPercent !== null ? { id: rolloutId, toVersion: rolloutToVersion, percent: rolloutPercent } : null;
  if (current) devices.set(deviceId, fields);
  skuVersions.set(row.skuId, { version: configVersion, rollout });
  orgs.set(row.orgId, { seconds: sessionTtlSeconds, suspended: orgSuspended });
  return { ...fields, configVersion, rollout, sessionTtlSeconds, orgSuspended };
}

/** The SKU and organization entries NO_DEVICE points at, (re)cached like real ones. */
function cacheNoDeviceParents() {
  const parents = { sku: { version: null, rollout: null }, org: { seconds: 0, suspended: false } };
  skuVersions.set(NO_DEVICE.skuId, parents.sku);
  orgs.set(NO_DEVICE.orgId, parents.org);
  return parents;
}

/** Updates this process's copy after the gateway itself changed the device (activation, last seen). */
export function updateCachedDevice(
  deviceId: string,
  changes: Partial<Pick<DeviceRow, "status" | "activatedAt" | "lastSeenAt" | "firmware" | "configGiven" | "configReported" | "bootSampledHour">>,
): void {
  const cached = devices.get(deviceId);
  if (cached) Object.assign(cached, changes);
}

type CachedConfig = { json: DeviceConfig; agentIds: string[] };

/** Published versions never change, so they are cached by (SKU, version) — bounded, oldest evicted first. */
const MAX_CONFIGS = 5_000;
const configs = new Map<string, CachedConfig>();

/** A SKU's published config version, with the agent ids its session tokens carry. */
export async function publishedConfig(db: Db, skuId: string, version: number): Promise<CachedConfig> {
  const key = `${skuId}:${version}`;
  const hit = configs.get(key);
  if (hit) return hit;
  const row = await db.skuConfigVersion.findUnique({ where: { skuId_version: { skuId, version } }, select: { deviceConfig: true } });
  if (!row) throw deviceRefusals.noPublishedConfig();
  // Checked once per cache fill, never per request: a malformed stored config fails loudly.
  const json = readDeviceConfig(row.deviceConfig);
  const entry = { json, agentIds: json.agents.map((agent) => agent.id) };
  if (configs.size >= MAX_CONFIGS) configs.delete(configs.keys().next().value!);
  configs.set(key, entry);
  return entry;
}
