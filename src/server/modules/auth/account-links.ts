import "server-only";
import type { Db, DbTx } from "@/server/db";
import { env, publicUrl } from "@/server/env";
import { AppError } from "@/server/errors";
import { randomToken, sha256 } from "@/server/crypto";
import type { AccountLinkPurpose } from "@/generated/prisma/enums";
import { recordSecurityEvent } from "@/server/modules/audit/security-events";
import { hashPassword } from "./password";

/** Links that choose a password; a verification link only confirms the address. */
const PASSWORD_PURPOSES: AccountLinkPurpose[] = ["SETUP", "RESET"];
const family = (purpose: AccountLinkPurpose) => (purpose === "VERIFY_EMAIL" ? ["VERIFY_EMAIL" as const] : PASSWORD_PURPOSES);

const PATHS: Record<AccountLinkPurpose, string> = { SETUP: "setup-password", RESET: "setup-password", VERIFY_EMAIL: "verify-email" };

/**
 * Issues a one-time link for a user (returned once, stored hashed). Every older live link of
 * the same family is revoked in the same transaction: at most one set-up/reset link and one
 * verification link per user work at any time.
 */
export async function issueAccountLink(db: Db, userId: string, purpose: AccountLinkPurpose) {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + env.ACCOUNT_LINK_TTL_HOURS * 3_600_000);
  await db.$transaction(async (tx) => {
    await revokeLiveLinks(tx, userId, family(purpose));
    await tx.accountLink.create({ data: { userId, purpose, tokenHash: sha256(token), expiresAt } });
  });
  return { url: `${publicUrl()}/${PATHS[purpose]}/${token}`, expiresAt };
}

function revokeLiveLinks(tx: DbTx, userId: string, purposes: AccountLinkPurpose[]) {
  return tx.accountLink.updateMany({
    where: { userId, purpose: { in: purposes }, usedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

type LinkStatus = "valid" | "used" | "revoked" | "expired";

async function findLink(db: DbTx, token: string) {
  const link = await db.accountLink.findUnique({
    where: { tokenHash: sha256(token) },
    select: { id: true, userId: true, purpose: true, expiresAt: true, usedAt: true, revokedAt: true, user: { select: { email: true } } },
  });
  if (!link) throw new AppError("NOT_FOUND", "This link is not valid. Check that you copied all of it.", { reason: "LINK_INVALID" });
  const status: LinkStatus = link.usedAt ? "used" : link.revokedAt ? "revoked" : link.expiresAt < new Date() ? "expired" : "valid";
  return { ...link, status };
}

function unusable(status: Exclude<LinkStatus, "valid">): AppError {
  if (status === "expired") return new AppError("PRECONDITION_FAILED", "This link has expired. Ask for a new one.", { reason: "LINK_EXPIRED" });
  if (status === "revoked") return new AppError("CONFLICT", "A newer link replaced this one: use the most recent link you received.", { reason: "LINK_REPLACED" });
  return new AppError("CONFLICT", "This link was already used. Sign in, or ask for a new link.", { reason: "LINK_USED" });
}

/** What a link is for and whether it still works, for its page (works signed out). */
export async function previewAccountLink(db: DbTx, token: string) {
  const link = await findLink(db, token);
  return { purpose: link.purpose, email: link.user.email, status: link.status };
}

/**
 * Spends a set-up or reset link: sets the password, marks the email verified (holding the
 * link proves the address), ends every console session of the user and revokes their other
 * links. The link is checked before the password is hashed, so junk tokens cost no CPU.
 */
export async function completePasswordLink(db: Db, token: string, password: string): Promise<{ email: string }> {
  const link = await findLink(db, token);
  if (link.purpose === "VERIFY_EMAIL") throw new AppError("BAD_REQUEST", "This is an email verification link, not a password link.", { reason: "LINK_WRONG_PURPOSE" });
  if (link.status !== "valid") throw unusable(link.status);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await spend(tx, link.id);
    await tx.user.update({
      where: { id: link.userId },
      data: { passwordHash, tokenVersion: { increment: 1 }, emailVerified: new Date() },
    });
    await revokeLiveLinks(tx, link.userId, ["SETUP", "RESET", "VERIFY_EMAIL"]);
    await recordSecurityEvent(tx, link.userId, "security.password_set", { via: link.purpose === "SETUP" ? "set-up link" : "reset link" });
  });
  return { email: link.user.email };
}

/** Spends a verification link: the account's email is proven from now on. */
export async function verifyEmailWithLink(db: Db, token: string): Promise<{ email: string }> {
  const link = await findLink(db, token);
  if (link.purpose !== "VERIFY_EMAIL") throw new AppError("BAD_REQUEST", "This is a password link: open it to choose a password.", { reason: "LINK_WRONG_PURPOSE" });
  if (link.status !== "valid") throw unusable(link.status);
  await db.$transaction(async (tx) => {
    await spend(tx, link.id);
    await tx.user.updateMany({ where: { id: link.userId, emailVerified: null }, data: { emailVerified: new Date() } });
    await recordSecurityEvent(tx, link.userId, "security.email_verified", { via: "verification link" });
  });
  return { email: link.user.email };
}

/** Conditional update: of two concurrent submissions of one link, only one spends it. */
async function spend(tx: DbTx, linkId: string) {
  const spent = await tx.accountLink.updateMany({
    where: { id: linkId, usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (spent.count !== 1) throw unusable("used");
}
