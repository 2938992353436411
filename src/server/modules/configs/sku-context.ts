import "server-only";
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Lineup, LineupInput } from "@/server/modules/catalog/lineup";

export type LockedSku = {
  id: string;
  code: string;
  defaultLanguage: string;
  hasCamera: boolean;
  hasMic: boolean;
  hasSpeaker: boolean;
  hasScreen: boolean;
  currentConfigVersion: number | null;
  /** its running or paused staged rollout (docs/rollouts.md) */
  activeRolloutId: string | null;
};

/**
 * The organization's SKU, row-locked for the rest of the transaction: publishes of one
 * SKU run one after another, so version numbers are consecutive and never collide.
 */
export async function lockSku(tx: DbTx, orgId: string, skuId: string): Promise<LockedSku> {
  const [sku] = await tx.$queryRaw<LockedSku[]>`
    SELECT "id", "code", "defaultLanguage", "hasCamera", "hasMic", "hasSpeaker", "hasScreen", "currentConfigVersion", "activeRolloutId"
    FROM "Sku" WHERE "id" = ${skuId} AND "orgId" = ${orgId} FOR UPDATE`;
  if (!sku) throw new AppError("NOT_FOUND", "SKU not found.", { reason: "SKU_NOT_FOUND" });
  return sku;
}

export function capabilitiesOf(sku: Pick<LockedSku, "hasCamera" | "hasMic" | "hasSpeaker" | "hasScreen">) {
  return { camera: sku.hasCamera, mic: sku.hasMic, speaker: sku.hasSpeaker, screen: sku.hasScreen };
}

/** A stored (validated) lineup in the editable shape the composer and API send. */
export function toLineupInput(lineup: Lineup): LineupInput {
  return {
    settings: { ...lineup.global },
    agents: lineup.agents.map((agent) => ({ agentId: agent.agentId, settings: { ...agent.settings }, tools: agent.tools.map((tool) => ({ ...tool })) })),
  };
}

/** Where a SKU without any draft or version starts: no agents, its default language. */
export function emptyLineupInput(defaultLanguage: string): LineupInput {
  return { settings: { defaultLanguage }, agents: [] };
}
