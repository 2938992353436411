import "server-only";
import type { Db, DbTx } from "@/server/db";
import { AppError, isUniqueViolation } from "@/server/errors";
import type { Role } from "@/generated/prisma/enums";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { findLiveOrgView, type OperatorView } from "@/server/modules/operator/org-view";
import type { TCreateOrgInput, TUpdateOrgInput } from "./schemas";
import { isReservedSlug, slugify } from "@/shared/slug";

/**
 * Who is looking at an organization: a member with their role, or an operator holding a live
 * read-only view (role VIEWER, every mutation refused, see `orgProcedure`).
 */
export type OrgContext = { id: string; name: string; slug: string; role: Role; operatorView?: OperatorView };

const slugTaken = (slug: string) =>
  new AppError("CONFLICT", `The slug "${slug}" is already taken. Choose another.`, { reason: "SLUG_TAKEN" });

/** Picks a free slug: the one asked for (which must be free), or one derived from the name. */
async function resolveSlug(db: DbTx, name: string, requested?: string): Promise<string> {
  if (requested) {
    if (isReservedSlug(requested)) throw new AppError("BAD_REQUEST", `The slug "${requested}" is reserved.`, { reason: "SLUG_RESERVED" });
    return requested;
  }
  const base = slugify(name);
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate = attempt === 0 && !isReservedSlug(base) ? base : `${base}-${Math.random().toString(36).slice(2, 6)}`;
    const exists = await db.organization.findUnique({ where: { slug: candidate }, select: { id: true } });
    if (!exists) return candidate;
  }
  throw slugTaken(base);
}

/** Creates an organization with `ownerUserId` as its first owner. */
export async function createOrganization(db: Db, ownerUserId: string, input: TCreateOrgInput, actor?: Actor) {
  const slug = await resolveSlug(db, input.name, input.slug);
  try {
    return await db.$transaction(async (tx) => {
      const org = await tx.organization.create({
        data: { name: input.name, slug, memberships: { create: { userId: ownerUserId, role: "OWNER" } } },
        select: { id: true, name: true, slug: true },
      });
      await recordAudit(tx, {
        orgId: org.id,
        actor: actor ?? { type: "user", userId: ownerUserId },
        action: "org.created",
        targetType: "organization",
        targetId: org.id,
        metadata: { name: org.name, slug: org.slug },
      });
      return org;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken(slug);
    throw error;
  }
}

/**
 * A membership counts only for an account whose email is verified: an account that registered
 * someone else's address (before the operator named that address owner, or before an invitation
 * to it) holds nothing until the address's real owner proves it with a link.
 */
const PROVEN = { user: { emailVerified: { not: null } } } as const;

/** The organization and the caller's role in it, read fresh from the database. */
export async function findMembershipBySlug(db: DbTx, userId: string, slug: string): Promise<OrgContext | null> {
  const membership = await db.membership.findFirst({
    where: { userId, org: { slug }, ...PROVEN },
    select: { role: true, org: { select: { id: true, name: true, slug: true } } },
  });
  return membership ? { ...membership.org, role: membership.role } : null;
}

/**
 * The user's access to the organization `slug`: their membership, else — for an Anima
 * operator only — a live read-only view they opened from /operator. Plain users pay no
 * extra query.
 */
export async function findOrgAccessBySlug(db: DbTx, user: { id: string; isOperator: boolean }, slug: string): Promise<OrgContext | null> {
  const membership = await findMembershipBySlug(db, user.id, slug);
  if (membership || !user.isOperator) return membership;
  const view = await findLiveOrgView(db, user.id, slug);
  return view ? { ...view.org, role: "VIEWER", operatorView: view.operatorView } : null;
}

/** Organizations the user belongs to, for the switcher. */
export async function listMyOrganizations(db: DbTx, userId: string) {
  const rows = await db.membership.findMany({
    where: { userId, ...PROVEN },
    orderBy: { org: { name: "asc" } },
    select: { role: true, org: { select: { id: true, name: true, slug: true } } },
  });
  return rows.map((row) => ({ ...row.org, role: row.role }));
}

/** Renames an organization or changes its slug. */
export async function updateOrganization(db: Db, orgId: string, actor: Actor, input: TUpdateOrgInput) {
  if (input.slug && isReservedSlug(input.slug)) {
    throw new AppError("BAD_REQUEST", `The slug "${input.slug}" is reserved.`, { reason: "SLUG_RESERVED" });
  }
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: { name: true, slug: true } });
      const org = await tx.organization.update({
        where: { id: orgId },
        data: { name: input.name, slug: input.slug },
        select: { id: true, name: true, slug: true },
      });
      await recordAudit(tx, {
        orgId,
        actor,
        action: "org.updated",
        targetType: "organization",
        targetId: orgId,
        metadata: { before, after: { name: org.name, slug: org.slug } },
      });
      return org;
    });
  } catch (error) {
    if (isUniqueViolation(error) && input.slug) throw slugTaken(input.slug);
    throw error;
  }
}
