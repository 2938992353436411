import "server-only";
import { invalidate } from "@/server/cache/invalidation";
import type { Db, DbTx } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { validateLineup, type LineupInput, type LineupIssue } from "@/server/modules/catalog/lineup";
import { disabledCatalogItems } from "./catalog-state";
import { buildDeviceConfig } from "./device-config";
import { capabilitiesOf, lockSku } from "./sku-context";
import { toDeviceConfigJson, toLineupJson } from "./stored-config";
import { emitEvent } from "@/server/modules/events/emit";
import { refuseWhileRolloutActive, startRolloutTx } from "@/server/modules/rollouts/rollouts";
import type { RolloutPlan } from "@/shared/rollouts";

function invalidConfig(issues: LineupIssue[]): AppError {
  const [first] = issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return new AppError("BAD_REQUEST", `Invalid configuration: ${first?.path}: ${first?.message}${more}`, { reason: "INVALID_CONFIG", details: { issues } });
}

type PublishInput = {
  skuId: string;
  lineup: LineupInput;
  note?: string | null;
  rolledBackFrom?: number | null;
  /** when it was published: now, except in the demo seed, which dates a believable history */
  publishedAt?: Date;
  /** a staged rollout instead of every device at once (docs/rollouts.md) */
  rollout?: RolloutPlan;
};

/**
 * Publishes a lineup as the SKU's next version, inside the caller's transaction: validates
 * the whole configuration (nothing is written when anything fails), stores the lineup and
 * the device config computed from it, makes it current — or, with a rollout plan, starts a
 * staged rollout to it from the live version — and audits it. Refused while the SKU has a
 * rollout in progress.
 */
export async function publishLineupTx(tx: DbTx, orgId: string, actor: Actor, input: PublishInput): Promise<{ configVersion: number; rolloutId?: string }> {
  const sku = await lockSku(tx, orgId, input.skuId);
  refuseWhileRolloutActive(sku);
  const { lineup, issues } = validateLineup(input.lineup, { capabilities: capabilitiesOf(sku), disabled: await disabledCatalogItems(tx) }, { forPublish: true });
  if (!lineup) throw invalidConfig(issues);
  const last = await tx.skuConfigVersion.aggregate({ where: { skuId: sku.id }, _max: { version: true } });
  const version = (last._max.version ?? 0) + 1;
  const publishedAt = input.publishedAt ?? new Date();
  const deviceConfig = buildDeviceConfig({ skuId: sku.id, version, publishedAt, lineup, realtimeBaseUrl: env.REALTIME_BASE_URL });
  await tx.skuConfigVersion.create({
    data: {
      orgId,
      skuId: sku.id,
      version,
      lineup: toLineupJson(lineup),
      deviceConfig: toDeviceConfigJson(deviceConfig),
      note: input.note ?? null,
      publishedByUserId: actor.type === "user" ? actor.userId : null,
      publishedByApiKeyId: actor.type === "apiKey" ? actor.apiKeyId : null,
      rolledBackFrom: input.rolledBackFrom ?? null,
      createdAt: publishedAt,
    },
  });
  const rollout = input.rollout ? await startRolloutTx(tx, orgId, actor, { sku, toVersion: version, plan: input.rollout, now: publishedAt }) : null;
  if (!rollout) {
    await tx.sku.update({ where: { id: sku.id }, data: { currentConfigVersion: version } });
    await emitEvent(tx, { orgId, type: "config.published", data: { skuId: sku.id, sku: sku.code, configVersion: version, note: input.note ?? null, rolledBackFrom: input.rolledBackFrom ?? null }, at: publishedAt });
  }
  await invalidate(tx, "sku", [sku.id]);
  await recordAudit(tx, {
    orgId,
    actor,
    action: input.rolledBackFrom ? "sku.config_rolled_back" : "sku.config_published",
    targetType: "sku",
    targetId: sku.id,
    metadata: {
      sku: sku.code,
      version,
      note: input.note ?? null,
      agents: lineup.agents.map((a) => a.agentId),
      rolledBackFrom: input.rolledBackFrom ?? null,
      ...(rollout ? { rolloutId: rollout.rolloutId } : {}),
    },
    at: publishedAt,
  });
  return rollout ? { configVersion: version, rolloutId: rollout.rolloutId } : { configVersion: version };
}

export function publishLineup(db: Db, orgId: string, actor: Actor, input: PublishInput) {
  return db.$transaction((tx) => publishLineupTx(tx, orgId, actor, input));
}
