import "server-only";
import type { Db, DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Role } from "@/generated/prisma/enums";
import { recordAudit, type Actor, type UserActor } from "@/server/modules/audit/record-audit";

/** Members of an organization with their role, oldest first. */
export async function listMembers(db: DbTx, orgId: string) {
  const rows = await db.membership.findMany({
    where: { orgId },
    orderBy: { createdAt: "asc" },
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true, emailVerified: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    role: row.role,
    joinedAt: row.createdAt,
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    /** false: the member's account has not proven its email, so the membership does not count yet */
    emailVerified: row.user.emailVerified !== null,
  }));
}

/**
 * Locks the organization's owner rows so that concurrent demotions or removals cannot
 * leave it without an owner, and returns how many owners there are.
 */
async function lockOwners(tx: DbTx, orgId: string): Promise<number> {
  const owners = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership" WHERE "orgId" = ${orgId} AND role = 'OWNER'::"Role" FOR UPDATE`;
  return owners.length;
}

async function findMemberOrThrow(tx: DbTx, orgId: string, membershipId: string) {
  const member = await tx.membership.findFirst({
    where: { id: membershipId, orgId },
    select: { id: true, role: true, userId: true, user: { select: { email: true } } },
  });
  if (!member) throw new AppError("NOT_FOUND", "That member is not part of this organization.", { reason: "MEMBER_NOT_FOUND" });
  return member;
}

const lastOwner = (what: string) =>
  new AppError(
    "PRECONDITION_FAILED",
    `The last owner cannot ${what}. Make another member an owner first.`, { reason: "LAST_OWNER" },
  );

/** Only an owner may create or unmake owners; admins manage everyone else. */
function assertMayManage(actorRole: Role, targetRole: Role, newRole?: Role) {
  if (actorRole !== "OWNER" && (targetRole === "OWNER" || newRole === "OWNER")) {
    throw new AppError("FORBIDDEN", "Only an owner can grant or change the owner role.", { reason: "OWNER_ONLY" });
  }
}

export async function changeMemberRole(
  db: Db,
  orgId: string,
  actor: Actor,
  actorRole: Role,
  membershipId: string,
  role: Role,
) {
  return db.$transaction(async (tx) => {
    const owners = await lockOwners(tx, orgId);
    const member = await findMemberOrThrow(tx, orgId, membershipId);
    assertMayManage(actorRole, member.role, role);
    if (member.role === role) return { id: member.id, role };
    if (member.role === "OWNER" && owners <= 1) throw lastOwner("be demoted");
    await tx.membership.update({ where: { id: member.id }, data: { role } });
    await recordAudit(tx, {
      orgId,
      actor,
      action: "member.role_changed",
      targetType: "membership",
      targetId: member.id,
      metadata: { email: member.user.email, from: member.role, to: role },
    });
    return { id: member.id, role };
  });
}

export async function removeMember(db: Db, orgId: string, actor: Actor, actorRole: Role, membershipId: string) {
  await db.$transaction(async (tx) => {
    const owners = await lockOwners(tx, orgId);
    const member = await findMemberOrThrow(tx, orgId, membershipId);
    assertMayManage(actorRole, member.role);
    if (member.role === "OWNER" && owners <= 1) throw lastOwner("be removed");
    await tx.membership.delete({ where: { id: member.id } });
    await recordAudit(tx, {
      orgId,
      actor,
      action: "member.removed",
      targetType: "membership",
      targetId: member.id,
      metadata: { email: member.user.email, role: member.role },
    });
  });
}

/** The caller leaves the organization. */
export async function leaveOrganization(db: Db, orgId: string, actor: UserActor) {
  await db.$transaction(async (tx) => {
    const owners = await lockOwners(tx, orgId);
    const member = await tx.membership.findUnique({
      where: { orgId_userId: { orgId, userId: actor.userId } },
      select: { id: true, role: true, user: { select: { email: true } } },
    });
    if (!member) throw new AppError("NOT_FOUND", "You are not a member of this organization.", { reason: "MEMBER_NOT_FOUND" });
    if (member.role === "OWNER" && owners <= 1) throw lastOwner("leave");
    await tx.membership.delete({ where: { id: member.id } });
    await recordAudit(tx, {
      orgId,
      actor,
      action: "member.left",
      targetType: "membership",
      targetId: member.id,
      metadata: { email: member.user.email, role: member.role },
    });
  });
}
