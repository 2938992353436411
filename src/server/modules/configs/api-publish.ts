import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import type { Actor } from "@/server/modules/audit/record-audit";
import { ZLineupInput } from "@/server/modules/catalog/lineup";
import { ZRolloutPlan } from "@/shared/rollouts";
import { publishLineupTx } from "./publish";
import { lockSku } from "./sku-context";
import { readLineup } from "./stored-config";

/** `skus.publishConfig` (contract): the lineup, and an optional staged `rollout`; `settings` and `note` are optional extensions. */
export const ZPublishConfigInput = ZLineupInput.extend({
  skuId: z.string().min(1).max(64),
  note: z.string().trim().max(500).optional(),
  rollout: ZRolloutPlan.optional(),
});

/**
 * Publishing by API validates exactly like the composer. Without `settings`, the SKU keeps
 * the global settings of its current version (or starts from defaults in its language).
 */
export async function publishConfigFromApi(db: Db, orgId: string, actor: Actor, input: z.infer<typeof ZPublishConfigInput>) {
  return db.$transaction(async (tx) => {
    const sku = await lockSku(tx, orgId, input.skuId);
    let settings = input.settings;
    if (!settings) {
      const current = sku.currentConfigVersion
        ? await tx.skuConfigVersion.findUnique({ where: { skuId_version: { skuId: sku.id, version: sku.currentConfigVersion } }, select: { lineup: true } })
        : null;
      settings = current ? { ...readLineup(current.lineup).global } : { defaultLanguage: sku.defaultLanguage };
    }
    return publishLineupTx(tx, orgId, actor, { skuId: sku.id, lineup: { agents: input.agents, settings }, note: input.note ?? null, rollout: input.rollout });
  });
}
