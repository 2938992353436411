import "server-only";
import { z } from "zod";
import { invalidate } from "@/server/cache/invalidation";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { schemaMessage } from "@/shared/schema-message";

export const ZSuspendOrgInput = z.object({
  orgId: z.string().trim().min(1, schemaMessage("Name the organization (--org).")).max(64),
  reason: z
    .string(schemaMessage("Give a reason: the organization's members see it."))
    .trim()
    .min(3, schemaMessage("Give a reason of at least 3 characters: the organization's members see it."))
    .max(500, schemaMessage("Reasons are at most 500 characters.")),
});
export const ZResumeOrgInput = z.object({ orgId: ZSuspendOrgInput.shape.orgId });

export type OrgSuspension = { orgId: string; suspended: boolean; suspendedAt: Date | null; suspendedReason: string | null };

const orgNotFound = () => new AppError("NOT_FOUND", "Organization not found.", { reason: "ORG_NOT_FOUND" });

/**
 * An operator's emergency stop: every boot, refresh, config fetch and telemetry report of
 * the organization's devices is refused (403 ORGANIZATION_SUSPENDED) on every gateway
 * instance once the "org" invalidation reaches it. Suspending again updates the reason.
 */
export async function suspendOrganization(db: Db, actor: Actor, input: z.infer<typeof ZSuspendOrgInput>): Promise<OrgSuspension> {
  return db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: input.orgId }, select: { suspendedAt: true } });
    if (!org) throw orgNotFound();
    const suspendedAt = org.suspendedAt ?? new Date();
    await tx.organization.update({ where: { id: input.orgId }, data: { suspendedAt, suspendedReason: input.reason } });
    await invalidate(tx, "org", [input.orgId]);
    await recordAudit(tx, { orgId: input.orgId, actor, action: "organization.suspended", targetType: "organization", targetId: input.orgId, metadata: { reason: input.reason } });
    return { orgId: input.orgId, suspended: true, suspendedAt, suspendedReason: input.reason };
  });
}

/** Lifts a suspension; the organization's devices boot again. Resuming an active organization changes nothing. */
export async function resumeOrganization(db: Db, actor: Actor, input: z.infer<typeof ZResumeOrgInput>): Promise<OrgSuspension> {
  return db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: input.orgId }, select: { suspendedAt: true, suspendedReason: true } });
    if (!org) throw orgNotFound();
    if (org.suspendedAt) {
      await tx.organization.update({ where: { id: input.orgId }, data: { suspendedAt: null, suspendedReason: null } });
      await invalidate(tx, "org", [input.orgId]);
      await recordAudit(tx, {
        orgId: input.orgId,
        actor,
        action: "organization.resumed",
        targetType: "organization",
        targetId: input.orgId,
        metadata: { suspendedAt: org.suspendedAt.toISOString(), reason: org.suspendedReason },
      });
    }
    return { orgId: input.orgId, suspended: false, suspendedAt: null, suspendedReason: null };
  });
}
