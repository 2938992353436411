import "server-only";
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { findAgent } from "@/server/modules/catalog/registry";
import { readLineup } from "@/server/modules/configs/stored-config";
import { CAPABILITIES, CAPABILITY_LABELS, type Capability } from "@/shared/capabilities";

type Capabilities = Record<Capability, boolean>;

/**
 * Refuses to take away hardware the SKU's live config still uses: devices would otherwise be
 * sent agents their SKU says they cannot run (a silent mismatch between SKU and config). The
 * caller holds the SKU row locked, so no publish slips in between this check and the update.
 */
export async function assertCapabilitiesNotInUse(
  tx: DbTx,
  sku: { id: string; currentConfigVersion: number | null; capabilities: Capabilities },
  next: Capabilities,
): Promise<void> {
  const removed = CAPABILITIES.filter((key) => sku.capabilities[key] && !next[key]);
  if (removed.length === 0 || sku.currentConfigVersion === null) return;
  const live = await tx.skuConfigVersion.findUnique({
    where: { skuId_version: { skuId: sku.id, version: sku.currentConfigVersion } },
    select: { lineup: true },
  });
  if (!live) return;
  const agents = readLineup(live.lineup).agents.flatMap((entry) => {
    const agent = findAgent(entry.agentId);
    const requires: readonly Capability[] = agent?.requires ?? [];
    return agent ? [{ name: agent.name, requires }] : [];
  });
  const inUse = removed
    .map((capability) => ({ capability, agents: agents.filter((agent) => agent.requires.includes(capability)).map((agent) => agent.name) }))
    .filter((entry) => entry.agents.length > 0);
  if (inUse.length === 0) return;
  const sentences = inUse.map(({ capability, agents }) => `${CAPABILITY_LABELS[capability]} is needed by the live config: ${agents.join(", ")}.`);
  const all = [...new Set(inUse.flatMap((entry) => entry.agents))];
  throw new AppError("CONFLICT", `${sentences.join(" ")} Publish a config without ${all.length === 1 ? "it" : "them"} first.`, {
    reason: "CAPABILITY_IN_USE",
    // by capability key, the names of the live config's agents that need it
    details: { capabilities: Object.fromEntries(inUse.map(({ capability, agents }) => [capability, agents])) },
  });
}
