import "server-only";
import { z } from "zod";
import type { Db, DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit, type UserActor } from "@/server/modules/audit/record-audit";
import { schemaMessage } from "@/shared/schema-message";

/** How long one opening lasts: long enough for a support call, short enough that access does not linger. */
export const OPERATOR_VIEW_MINUTES = 60;

export const ZOpenOrgViewInput = z.object({
  orgId: z.string().trim().min(1, schemaMessage("Name the organization.")).max(64),
  reason: z
    .string(schemaMessage("Give a reason: the organization's admins see it in their audit log."))
    .trim()
    .min(5, schemaMessage("Give a reason of at least 5 characters (a ticket or the customer's request): the organization's admins see it."))
    .max(500, schemaMessage("Reasons are at most 500 characters.")),
});
export const ZEndOrgViewInput = z.object({ orgId: ZOpenOrgViewInput.shape.orgId });

export type OperatorView = { expiresAt: Date };

/**
 * Opens a read-only view of an organization's console for `OPERATOR_VIEW_MINUTES`. The
 * opening (operator, reason, expiry) is written to the organization's own audit log so its
 * owners and admins can see who looked and why. Opening again while a view is live extends it.
 */
export async function openOrgView(db: Db, actor: UserActor, input: z.infer<typeof ZOpenOrgViewInput>) {
  return db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: input.orgId }, select: { id: true, slug: true, name: true } });
    if (!org) throw new AppError("NOT_FOUND", "Organization not found.", { reason: "ORG_NOT_FOUND" });
    const expiresAt = new Date(Date.now() + OPERATOR_VIEW_MINUTES * 60_000);
    await tx.operatorOrgView.create({ data: { orgId: org.id, operatorId: actor.userId, reason: input.reason, expiresAt } });
    await recordAudit(tx, {
      orgId: org.id,
      actor,
      action: "operator.view_opened",
      targetType: "organization",
      targetId: org.id,
      metadata: { reason: input.reason, expiresAt: expiresAt.toISOString() },
    });
    return { orgId: org.id, slug: org.slug, name: org.name, expiresAt };
  });
}

/** Ends the operator's live views of the organization now (audited); ending none is not an error. */
export async function endOrgView(db: Db, actor: UserActor, input: z.infer<typeof ZEndOrgViewInput>) {
  return db.$transaction(async (tx) => {
    const now = new Date();
    const ended = await tx.operatorOrgView.updateMany({
      where: { orgId: input.orgId, operatorId: actor.userId, endedAt: null, expiresAt: { gt: now } },
      data: { endedAt: now },
    });
    if (ended.count > 0) {
      await recordAudit(tx, { orgId: input.orgId, actor, action: "operator.view_ended", targetType: "organization", targetId: input.orgId });
    }
    return { orgId: input.orgId, ended: ended.count > 0 };
  });
}

/** The live view an operator holds of the organization `slug`, if any (latest expiry). */
export async function findLiveOrgView(db: DbTx, operatorId: string, slug: string) {
  const view = await db.operatorOrgView.findFirst({
    where: { operatorId, org: { slug }, endedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { expiresAt: "desc" },
    select: { expiresAt: true, org: { select: { id: true, name: true, slug: true } } },
  });
  return view ? { org: view.org, operatorView: { expiresAt: view.expiresAt } satisfies OperatorView } : null;
}
