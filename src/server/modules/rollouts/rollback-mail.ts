import "server-only";
import type { Db } from "@/server/db";
import { gateFailureText } from "@/lib/gate-wording";
import { CATALOGS } from "@/messages";
import { mailOrgAdmins } from "@/server/modules/mail/org-admins";
import type { RolloutView } from "./rollouts";

/** Tells owners and admins that a gate sent a version back, with its figures and where to look. */
export async function mailRollbackToAdmins(db: Db, orgId: string, rollout: RolloutView) {
  const sku = await db.sku.findUniqueOrThrow({ where: { id: rollout.skuId }, select: { code: true, name: true } });
  const versions = { fromVersion: rollout.fromVersion, toVersion: rollout.toVersion, skuCode: sku.code };
  await mailOrgAdmins(db, orgId, ({ t, locale, org }) => ({
    subject: t("rollback.subject", { org: org.name, ...versions }),
    paragraphs: [
      t("rollback.body", { skuName: sku.name, ...versions }),
      // The gate's figures in the reader's language (in English, the rollout's `reason` word for word).
      t("rollback.why", { reason: rollout.gateFailure ? gateFailureText(rollout.gateFailure, locale, CATALOGS[locale]) : (rollout.reason ?? t("rollback.gateFailed")) }),
      t("rollback.link", { rolloutId: rollout.rolloutId, url: `${org.consoleUrl}/skus/${rollout.skuId}/config/rollouts` }),
    ],
  }));
}
