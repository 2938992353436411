import "server-only";
import type { DbTx } from "@/server/db";
import type { Prisma } from "@/generated/prisma/client";
import { recordAuditMany, type Actor } from "./record-audit";

/** Audit actions of the "security" category: what happened to an account, not to tenant data. */
export const SECURITY_ACTIONS = [
  "security.sign_in_failed",
  "security.sign_in_throttled",
  "security.password_set",
  "security.password_changed",
  "security.email_verified",
  "security.sessions_ended",
] as const;
export type SecurityAction = (typeof SECURITY_ACTIONS)[number];
export const SECURITY_ACTION_PREFIX = "security.";

/**
 * Records an event about a user's account in the audit log of every organization the user
 * belongs to, so that their owners and admins see attacks on their members' accounts.
 */
export async function recordSecurityEvent(
  db: DbTx,
  userId: string,
  action: SecurityAction,
  metadata: Prisma.InputJsonObject = {},
  actor: Actor = { type: "user", userId },
): Promise<void> {
  const memberships = await db.membership.findMany({ where: { userId }, select: { orgId: true, user: { select: { email: true } } } });
  await recordAuditMany(
    db,
    memberships.map(({ orgId, user }) => ({ orgId, actor, action, targetType: "user", targetId: userId, metadata: { account: user.email, ...metadata } })),
  );
}
