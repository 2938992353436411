import type { Db } from "@/server/db";
import { publicUrl } from "@/server/env";
import { AppError } from "@/server/errors";
import { randomToken, sha256 } from "@/server/crypto";
import { hashPassword } from "./password";

const SETUP_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Issues a one-time link that lets a user choose a password (shown once, stored hashed). */
export async function createPasswordSetupLink(db: Db, userId: string): Promise<string> {
  const token = randomToken();
  await db.passwordSetupToken.create({
    data: { userId, tokenHash: sha256(token), expiresAt: new Date(Date.now() + SETUP_TTL_MS) },
  });
  return `${publicUrl()}/setup-password/${token}`;
}

/** Sets the password of the link's user and spends the link. */
export async function completePasswordSetup(db: Db, token: string, password: string): Promise<{ email: string }> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const record = await tx.passwordSetupToken.findUnique({
      where: { tokenHash: sha256(token) },
      select: { id: true, userId: true, expiresAt: true, usedAt: true, user: { select: { email: true } } },
    });
    if (!record) throw new AppError("NOT_FOUND", "This set-up link is not valid.", "SETUP_LINK_INVALID");
    if (record.usedAt) throw new AppError("CONFLICT", "This set-up link was already used. Sign in instead.", "SETUP_LINK_USED");
    if (record.expiresAt < new Date()) {
      throw new AppError("PRECONDITION_FAILED", "This set-up link has expired. Ask for a new one.", "SETUP_LINK_EXPIRED");
    }
    // Conditional update: two concurrent submissions cannot both spend the link.
    const spent = await tx.passwordSetupToken.updateMany({ where: { id: record.id, usedAt: null }, data: { usedAt: new Date() } });
    if (spent.count !== 1) throw new AppError("CONFLICT", "This set-up link was already used. Sign in instead.", "SETUP_LINK_USED");
    await tx.user.update({ where: { id: record.userId }, data: { passwordHash } });
    return { email: record.user.email };
  });
}
