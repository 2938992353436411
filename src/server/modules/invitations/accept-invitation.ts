import "server-only";
import type { Locale } from "@/i18n/locales";
import type { Db, DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/modules/audit/record-audit";
import { recordSecurityEvent } from "@/server/modules/audit/security-events";
import { hashPassword } from "@/server/modules/auth/password";
import { findByToken, NOT_PENDING, type TAcceptWithPasswordInput } from "./invitations";

type Invitation = Awaited<ReturnType<typeof findByToken>>;

const NOT_PENDING_REASON = { accepted: "INVITATION_ACCEPTED", revoked: "INVITATION_REVOKED", expired: "INVITATION_EXPIRED" } as const;

async function pendingInvitation(tx: DbTx, token: string): Promise<Invitation> {
  const invitation = await findByToken(tx, token);
  if (invitation.status !== "pending") {
    throw new AppError("PRECONDITION_FAILED", NOT_PENDING[invitation.status], { reason: NOT_PENDING_REASON[invitation.status] });
  }
  return invitation;
}

/** Spends the invitation (once, even from two tabs) and makes the user a member with its role. */
async function join(tx: DbTx, invitation: Invitation, userId: string) {
  const spent = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null },
    data: { acceptedAt: new Date(), acceptedById: userId },
  });
  if (spent.count !== 1) throw new AppError("PRECONDITION_FAILED", NOT_PENDING.accepted, { reason: "INVITATION_ACCEPTED" });
  await tx.membership.upsert({
    where: { orgId_userId: { orgId: invitation.orgId, userId } },
    create: { orgId: invitation.orgId, userId, role: invitation.role },
    update: {},
  });
  await recordAudit(tx, {
    orgId: invitation.orgId,
    actor: { type: "user", userId },
    action: "invitation.accepted",
    targetType: "invitation",
    targetId: invitation.id,
    metadata: { email: invitation.email, role: invitation.role },
  });
  return { orgSlug: invitation.org.slug, role: invitation.role };
}

/**
 * Accepts an invitation for the signed-in user, whose email must be the invited one. The
 * invite link was sent to (or handed over for) that address, so holding it proves the
 * address: an account that had not verified it yet is verified now.
 */
export async function acceptInvitation(db: Db, token: string, user: { id: string; email: string }) {
  return db.$transaction(async (tx) => {
    const invitation = await pendingInvitation(tx, token);
    if (invitation.email !== user.email) {
      throw new AppError(
        "FORBIDDEN",
        `This invitation was sent to ${invitation.email}, but you are signed in as ${user.email}.`, { reason: "INVITATION_EMAIL_MISMATCH" },
      );
    }
    const verified = await tx.user.updateMany({ where: { id: user.id, emailVerified: null }, data: { emailVerified: new Date() } });
    const joined = await join(tx, invitation, user.id);
    if (verified.count > 0) await recordSecurityEvent(tx, user.id, "security.email_verified", { via: "invitation" });
    return joined;
  });
}

/**
 * Accepts an invitation signed out, choosing a password for the invited address: creates
 * its account, or takes over one that never proved the address (someone may have registered
 * it first). Taking over replaces that password and ends its sessions. A verified account
 * must sign in instead. The token is checked before the password is hashed. A new account
 * saves `locale`, the language of the invitation page, as its console language (mail follows it).
 */
export async function acceptInvitationWithPassword(db: Db, input: TAcceptWithPasswordInput, locale: Locale) {
  const invitation = await pendingInvitation(db, input.token);
  const account = await db.user.findUnique({ where: { email: invitation.email }, select: { emailVerified: true } });
  if (account?.emailVerified) {
    throw new AppError("CONFLICT", `${invitation.email} already has an account: sign in to accept the invitation.`, { reason: "ACCOUNT_EXISTS" });
  }
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const userId = account
      ? await takeOverUnverifiedAccount(tx, invitation.email, passwordHash, input.name)
      : (await tx.user.create({ data: { email: invitation.email, name: input.name ?? null, passwordHash, emailVerified: new Date(), locale }, select: { id: true } })).id;
    const joined = await join(tx, invitation, userId);
    if (account) await recordSecurityEvent(tx, userId, "security.password_set", { via: "invitation" });
    return { ...joined, email: invitation.email };
  });
}

/** New password, proven address, every session and link of the previous holder void. */
async function takeOverUnverifiedAccount(tx: DbTx, email: string, passwordHash: string, name: string | undefined): Promise<string> {
  // Conditional: if the address got verified meanwhile, its owner's password is left alone.
  const taken = await tx.user.updateMany({
    where: { email, emailVerified: null },
    data: { passwordHash, emailVerified: new Date(), tokenVersion: { increment: 1 }, ...(name ? { name } : {}) },
  });
  if (taken.count !== 1) throw new AppError("CONFLICT", `${email} already has an account: sign in to accept the invitation.`, { reason: "ACCOUNT_EXISTS" });
  const { id } = await tx.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  await tx.accountLink.updateMany({ where: { userId: id, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  return id;
}
