import "server-only";
import { z } from "zod";
import type { Db, DbTx } from "@/server/db";
import { publicUrl } from "@/server/env";
import { AppError } from "@/server/errors";
import { randomToken, sha256 } from "@/server/crypto";
import type { Role } from "@/generated/prisma/enums";
import { recordAudit, type Actor, type UserActor } from "@/server/modules/audit/record-audit";
import { ZEmail, ZPassword, ZPersonName } from "@/server/modules/auth/schemas";
import { ROLES } from "@/shared/permissions";
import { sendMail } from "@/server/modules/mail/send-mail";
import { mailDateTime, mailTranslator } from "@/server/modules/mail/mail-locale";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { schemaMessage } from "@/shared/schema-message";

const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const ZCreateInvitationInput = z.object({ email: ZEmail, role: z.enum(ROLES) });
export type TCreateInvitationInput = z.infer<typeof ZCreateInvitationInput>;

export const ZInviteToken = z.string().trim().min(20, schemaMessage("This invitation link is not valid.")).max(200);
export const ZAcceptWithPasswordInput = z.object({ token: ZInviteToken, name: ZPersonName.optional(), password: ZPassword });
export type TAcceptWithPasswordInput = z.infer<typeof ZAcceptWithPasswordInput>;

const inviteLink = (token: string) => `${publicUrl()}/invite/${token}`;

/** Pending invitations of an organization (not accepted, not revoked), newest first. */
export async function listPendingInvitations(db: DbTx, orgId: string) {
  const rows = await db.invitation.findMany({
    where: { orgId, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      createdAt: true,
      invitedBy: { select: { name: true, email: true } },
    },
  });
  const now = new Date();
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: row.role,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    expired: row.expiresAt < now,
    invitedBy: row.invitedBy.name ?? row.invitedBy.email,
  }));
}

/**
 * Invites someone by email. The link is returned to show the inviter once, and is mailed
 * when SMTP is configured, in the inviter's console language (the invitee has no account, so
 * no language of their own yet). A new invitation replaces a pending one for the same email.
 */
export async function createInvitation(
  db: Db,
  org: { id: string; name: string },
  inviter: UserActor,
  inviterRole: Role,
  input: TCreateInvitationInput,
  locale: Locale = DEFAULT_LOCALE,
) {
  if (input.role === "OWNER" && inviterRole !== "OWNER") {
    throw new AppError("FORBIDDEN", "Only an owner can invite another owner.", { reason: "OWNER_ONLY" });
  }
  const token = randomToken();
  const invitation = await db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({ where: { orgId: org.id, user: { email: input.email } }, select: { id: true } });
    if (member) throw new AppError("CONFLICT", `${input.email} is already a member of this organization.`, { reason: "ALREADY_MEMBER" });
    await tx.invitation.updateMany({
      where: { orgId: org.id, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const created = await tx.invitation.create({
      data: {
        orgId: org.id,
        email: input.email,
        role: input.role,
        tokenHash: sha256(token),
        invitedById: inviter.userId,
        expiresAt: new Date(Date.now() + INVITE_TTL_MS),
      },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await recordAudit(tx, {
      orgId: org.id,
      actor: inviter,
      action: "invitation.created",
      targetType: "invitation",
      targetId: created.id,
      metadata: { email: created.email, role: created.role },
    });
    return created;
  });
  const link = inviteLink(token);
  const t = mailTranslator(locale);
  const mailed = await sendMail(
    input.email,
    t("invitation.subject", { org: org.name }),
    t("invitation.body", { org: org.name, role: input.role.toLowerCase(), url: link, expires: mailDateTime(invitation.expiresAt, locale) }),
  );
  return { ...invitation, link, emailed: mailed === "sent" };
}

export async function revokeInvitation(db: Db, orgId: string, actor: Actor, invitationId: string) {
  await db.$transaction(async (tx) => {
    const revoked = await tx.invitation.updateMany({
      where: { id: invitationId, orgId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) throw new AppError("NOT_FOUND", "No pending invitation with that id.", { reason: "INVITATION_NOT_FOUND" });
    await recordAudit(tx, { orgId, actor, action: "invitation.revoked", targetType: "invitation", targetId: invitationId });
  });
}

type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

export async function findByToken(db: DbTx, token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: sha256(token) },
    select: {
      id: true,
      orgId: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      org: { select: { name: true, slug: true } },
      invitedBy: { select: { name: true, email: true } },
    },
  });
  if (!invitation) throw new AppError("NOT_FOUND", "This invitation link is not valid.", { reason: "INVITATION_NOT_FOUND" });
  const status: InvitationStatus = invitation.acceptedAt
    ? "accepted"
    : invitation.revokedAt
      ? "revoked"
      : invitation.expiresAt < new Date()
        ? "expired"
        : "pending";
  return { ...invitation, status };
}

/** What an invite link offers, for the accept page (works signed out). */
export async function previewInvitation(db: DbTx, token: string) {
  const invitation = await findByToken(db, token);
  const user = await db.user.findUnique({ where: { email: invitation.email }, select: { emailVerified: true } });
  return {
    account: !user ? ("none" as const) : user.emailVerified ? ("verified" as const) : ("unverified" as const),
    orgName: invitation.org.name,
    orgSlug: invitation.org.slug,
    email: invitation.email,
    role: invitation.role,
    invitedBy: invitation.invitedBy.name ?? invitation.invitedBy.email,
    expiresAt: invitation.expiresAt,
    status: invitation.status,
  };
}

/** Why an invitation that is not pending cannot be accepted. */
export const NOT_PENDING: Record<Exclude<InvitationStatus, "pending">, string> = {
  accepted: "This invitation was already used.",
  revoked: "This invitation was withdrawn. Ask for a new one.",
  expired: "This invitation has expired. Ask for a new one.",
};
