import "server-only";
import type { Db } from "@/server/db";
import { logger } from "@/server/logger";
import { recordAudit } from "@/server/modules/audit/record-audit";
import { emitEvent } from "@/server/modules/events/emit";
import { mailOrgAdmins } from "@/server/modules/mail/org-admins";
import { alertLevel } from "./utilization";
import { errorText } from "@/server/errors";

/**
 * Brings the pool's announced alert level in line with its utilization, after any change
 * to the pool has committed. Crossing 70, 90 or 100 % upwards is announced once — an audit
 * entry and an email to owners and admins when mail is configured; falling back below a
 * threshold (after a purchase) re-arms it. Concurrent callers announce a level once: the
 * conditional UPDATE lets one of them through. The audit entry and the `seats.low` event
 * commit with the new level.
 */
export async function refreshUtilizationAlert(db: Db, orgId: string): Promise<number | null> {
  const announced = await db.$transaction(async (tx) => {
    const pool = await tx.licensePool.findUnique({ where: { orgId }, select: { seatsUsed: true, seatsTotal: true } });
    if (!pool) return null;
    const level = alertLevel(pool.seatsUsed, pool.seatsTotal);
    const changed = await tx.$queryRaw<{ previous: number }[]>`
      UPDATE "LicensePool" p SET "alertLevel" = ${level}
      FROM (SELECT "alertLevel" AS previous FROM "LicensePool" WHERE "orgId" = ${orgId} FOR UPDATE) old
      WHERE p."orgId" = ${orgId} AND p."alertLevel" <> ${level}
      RETURNING old.previous`;
    const previous = changed[0]?.previous;
    if (previous === undefined || level <= previous) return null;
    const metadata = { level, seatsUsed: pool.seatsUsed, seatsTotal: pool.seatsTotal };
    await recordAudit(tx, { orgId, actor: { type: "system", label: "license-alerts" }, action: "licenses.utilization_alert", targetType: "licensePool", targetId: orgId, metadata });
    await emitEvent(tx, { orgId, type: "seats.low", data: metadata });
    return { level, pool };
  });
  if (!announced) return null;
  void emailAdmins(db, orgId, announced.level, announced.pool).catch((error: unknown) =>
    logger.warn("utilization alert email failed", { orgId, error: errorText(error) }),
  );
  return announced.level;
}

function emailAdmins(db: Db, orgId: string, level: number, pool: { seatsUsed: number; seatsTotal: number }) {
  return mailOrgAdmins(db, orgId, ({ t, org }) => ({
    subject: level >= 100 ? t("seats.allInUseSubject", { org: org.name }) : t("seats.levelSubject", { org: org.name, level }),
    paragraphs: [t("seats.inUse", { used: pool.seatsUsed, total: pool.seatsTotal }), level >= 100 ? t("seats.full") : t("seats.low"), `${org.consoleUrl}/licenses`],
  }));
}
