import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { publicUrl } from "@/server/env";
import { AppError } from "@/server/errors";
import { createApiKey, ZCreateApiKeyInput } from "@/server/modules/api-keys/api-keys";
import { DEFAULT_API_KEY_EXPIRY_DAYS } from "@/shared/api-key-expiry";
import { issueAccountLink } from "@/server/modules/auth/account-links";
import { grantSeats, ZGrantSeatsInput } from "@/server/modules/licenses/grant-seats";
import { ZEmail } from "@/server/modules/auth/schemas";
import { createOrganization } from "@/server/modules/organizations/organizations";
import { ZOrgName } from "@/server/modules/organizations/schemas";
import { resumeOrganization, suspendOrganization, ZSuspendOrgInput } from "./org-suspension";

const OPERATOR = { type: "system", label: "operator-cli" } as const;

export const ZOrgCreateArgs = z.object({ name: ZOrgName, owner: ZEmail });

/**
 * `org:create`: an organization whose owner is found or created by email. Unless the owner's
 * account has proven its address, `ownerSetupUrl` is a one-time set-up link and the only way
 * in: an account someone registered with that address beforehand (with a password of theirs)
 * holds no membership until the link is used, and using it replaces that password and ends
 * its sessions. A verified owner gets the sign-in page.
 */
export async function operatorCreateOrg(db: Db, args: z.infer<typeof ZOrgCreateArgs>) {
  const owner = await db.user.upsert({
    where: { email: args.owner },
    create: { email: args.owner },
    update: {},
    select: { id: true, emailVerified: true },
  });
  const org = await createOrganization(db, owner.id, { name: args.name }, OPERATOR);
  const ownerSetupUrl = owner.emailVerified
    ? `${publicUrl()}/sign-in?callbackUrl=${encodeURIComponent(`/o/${org.slug}`)}`
    : (await issueAccountLink(db, owner.id, "SETUP")).url;
  return { orgId: org.id, slug: org.slug, ownerUserId: owner.id, ownerSetupUrl };
}

export const ZUserResetLinkArgs = z.object({ email: ZEmail });

/**
 * `user:reset-link`: a one-time link to choose a new password, for a user who cannot receive
 * mail (no SMTP) or lost access. It replaces any earlier link, proves the address, and ends
 * every session of the account when used.
 */
export async function operatorUserResetLink(db: Db, args: z.infer<typeof ZUserResetLinkArgs>) {
  const user = await db.user.findUnique({ where: { email: args.email }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", `No user with email "${args.email}".`, { reason: "USER_NOT_FOUND" });
  const link = await issueAccountLink(db, user.id, "RESET");
  return { userId: user.id, email: args.email, resetUrl: link.url, expiresAt: link.expiresAt.toISOString() };
}

const EXPIRY_DAYS = 'give 1 to 3650 days, or "never"';

export const ZApiKeyCreateArgs = z.object({
  org: z.string().trim().min(1, { message: "--org is required" }).max(64),
  name: ZCreateApiKeyInput.shape.name,
  scopes: z
    .string({ message: "--scopes is required" })
    .transform((list) => list.split(",").map((scope) => scope.trim()).filter(Boolean))
    .pipe(ZCreateApiKeyInput.shape.scopes),
  "expires-days": z
    .string()
    .default(String(DEFAULT_API_KEY_EXPIRY_DAYS))
    .transform((days) => (days === "never" ? null : Number(days)))
    .pipe(z.number({ message: EXPIRY_DAYS }).int(EXPIRY_DAYS).min(1, EXPIRY_DAYS).max(3650, EXPIRY_DAYS).nullable()),
});

/** `apikey:create`: a key for an organization, with no user as creator; it expires after `--expires-days` (default 90, or "never"). */
export async function operatorCreateApiKey(db: Db, args: z.infer<typeof ZApiKeyCreateArgs>) {
  const org = await db.organization.findUnique({ where: { id: args.org }, select: { id: true } });
  if (!org) throw new AppError("NOT_FOUND", `No organization with id "${args.org}".`, { reason: "ORG_NOT_FOUND" });
  const created = await createApiKey(db, org.id, null, { name: args.name, scopes: args.scopes, expiresInDays: args["expires-days"] });
  return { key: created.key, id: created.id, expiresAt: created.expiresAt };
}

export const ZLicensesGrantArgs = ZGrantSeatsInput.extend({ org: ZApiKeyCreateArgs.shape.org });

/** `licenses:grant`: contract seats for an organization; answers the new balance. */
export async function operatorGrantLicenses(db: Db, args: z.infer<typeof ZLicensesGrantArgs>) {
  const balance = await grantSeats(db, args.org, OPERATOR, { seats: args.seats, reason: args.reason });
  return { seatsTotal: balance.seatsTotal, seatsUsed: balance.seatsUsed, seatsAvailable: balance.seatsAvailable };
}

export const ZOperatorAddArgs = z.object({ email: ZEmail });

/** `operator:add`: gives an existing user the operator console (packages, grants, overage). */
export async function operatorAdd(db: Db, args: z.infer<typeof ZOperatorAddArgs>) {
  const user = await db.user.findUnique({ where: { email: args.email }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", `No user with email "${args.email}"; they must sign up first.`, { reason: "USER_NOT_FOUND" });
  await db.user.update({ where: { id: user.id }, data: { isOperator: true } });
  return { userId: user.id, email: args.email, isOperator: true };
}

export const ZOrgSuspendArgs = z.object({ org: ZSuspendOrgInput.shape.orgId, reason: ZSuspendOrgInput.shape.reason });
export const ZOrgResumeArgs = z.object({ org: ZSuspendOrgInput.shape.orgId });

/** `org:suspend`: the emergency stop — every device of the organization is refused (403 ORGANIZATION_SUSPENDED). */
export async function operatorSuspendOrg(db: Db, args: z.infer<typeof ZOrgSuspendArgs>) {
  return suspendOrganization(db, OPERATOR, { orgId: args.org, reason: args.reason });
}

/** `org:resume`: lifts a suspension. */
export async function operatorResumeOrg(db: Db, args: z.infer<typeof ZOrgResumeArgs>) {
  return resumeOrganization(db, OPERATOR, { orgId: args.org });
}
