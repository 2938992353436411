import "server-only";
import type { Db } from "@/server/db";
import { inCohort } from "@/server/modules/rollouts/cohort";
import { mintSessionToken } from "@/server/modules/sessions/session-token";
import { publishedConfig, type DeviceView } from "./load";
import { deviceRefusals } from "./refusals";

/**
 * The config version a device gets (boot, refresh, device.config — and its token's `cfg`): its
 * SKU's live version, or a staged rollout's new version when the device is in the rollout's
 * cohort (docs/rollouts.md). No query: both come with the cached device. A SKU never published
 * has none to give.
 */
export function publishedVersion(device: Pick<DeviceView, "id" | "configVersion" | "rollout">): number {
  if (!device.configVersion) throw deviceRefusals.noPublishedConfig();
  const { rollout } = device;
  return rollout && inCohort(rollout.id, device.id, rollout.percent) ? rollout.toVersion : device.configVersion;
}

/**
 * A fresh session token for `device` (boot and refresh both mint here): the contract's claims
 * for its SKU's config `version`, for its organization's token lifetime. Returns the config
 * too (boot answers it) and when to refresh.
 */
export async function mintDeviceSession(db: Db, device: DeviceView, version: number, now: Date) {
  const config = await publishedConfig(db, device.skuId, version);
  const ttl = device.sessionTtlSeconds;
  const claims = { sub: device.id, org: device.orgId, sku: device.skuId, cfg: version, agents: config.agentIds, tv: device.tokenVersion };
  const session = await mintSessionToken(db, claims, ttl, now);
  return { config, session, refreshAfter: refreshAfterSeconds(ttl) };
}

/**
 * When a device should refresh its token: between 70 % and 85 % of its lifetime, at random,
 * so a fleet that booted together spreads its refreshes instead of storming again.
 */
function refreshAfterSeconds(ttlSeconds: number, random = Math.random): number {
  return Math.max(1, Math.floor(ttlSeconds * (0.7 + 0.15 * random())));
}
