import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";

type CachedConfig = { json: Record<string, unknown>; agentIds: string[] };

/** Published versions never change, so they are cached by (SKU, version) — bounded, oldest evicted first. */
const MAX_ENTRIES = 5_000;
const cache = new Map<string, CachedConfig>();

export async function publishedConfig(db: Db, skuId: string, version: number): Promise<CachedConfig> {
  const key = `${skuId}:${version}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const row = await db.skuConfigVersion.findUnique({ where: { skuId_version: { skuId, version } }, select: { deviceConfig: true } });
  if (!row) throw new AppError("PRECONDITION_FAILED", "This device's SKU has no published configuration yet.", "NO_PUBLISHED_CONFIG");
  const json = row.deviceConfig as Record<string, unknown>;
  const agents = Array.isArray(json.agents) ? (json.agents as { id: string }[]) : [];
  const entry = { json, agentIds: agents.map((agent) => agent.id) };
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, entry);
  return entry;
}
