import "server-only";
import type { Db } from "@/server/db";
import { mailOrgAdmins } from "@/server/modules/mail/org-admins";
import type { RolloutView } from "./rollouts";

/** Tells owners and admins that a gate sent a version back, with its figures and where to look. */
export async function mailRollbackToAdmins(db: Db, orgId: string, rollout: RolloutView) {
  const sku = await db.sku.findUniqueOrThrow({ where: { id: rollout.skuId }, select: { code: true, name: true } });
  await mailOrgAdmins(
    db,
    orgId,
    (name) => `${name}: version ${rollout.toVersion} of ${sku.code} was rolled back by its latency gate`,
    ({ consoleUrl }) => [
      `The staged rollout of ${sku.name} (${sku.code}) from version ${rollout.fromVersion} to version ${rollout.toVersion} was rolled back automatically. Every device is back on version ${rollout.fromVersion}.`,
      `Why: ${rollout.reason ?? "the latency gate failed."}`,
      `Rollout ${rollout.rolloutId}: ${consoleUrl}/skus/${rollout.skuId}/config/rollouts`,
    ],
  );
}
