import "server-only";
import type { Account, Profile } from "next-auth";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";

/** Whether the provider vouches for the address: Google says so per profile; GitHub's profile does not. */
export function providerVerifiedEmail(profile: Profile | undefined): boolean {
  return Boolean(profile && "email_verified" in profile && profile.email_verified === true);
}

/**
 * Finds or creates the Anima user for an OAuth sign-in and records the provider account.
 * A returning provider account signs in to its user. A new one is linked to an existing
 * user by email only when the provider vouches for the address; otherwise someone could
 * open a provider account with another person's unverified address and walk into theirs.
 * A verified address also claims an account that self-registered it without proving it: its
 * password (chosen by whoever registered the address) is dropped and its sessions end.
 */
export async function linkOAuthAccount(
  db: Db,
  account: Account,
  profile: { email: string; name: string | null; image: string | null; verified: boolean },
): Promise<{ id: string; tokenVersion: number }> {
  const email = profile.email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    const linked = await tx.account.findUnique({
      where: { provider_providerAccountId: { provider: account.provider, providerAccountId: account.providerAccountId } },
      select: { user: { select: { id: true, tokenVersion: true } } },
    });
    if (linked) return linked.user;
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, emailVerified: true, tokenVersion: true } });
    if (existing && !profile.verified) {
      throw new AppError("FORBIDDEN", "Your provider does not confirm this email address: sign in with your password.", { reason: "OAUTH_EMAIL_UNVERIFIED" });
    }
    const verifiedAt = profile.verified ? new Date() : null;
    const user = existing
      ? existing.emailVerified
        ? existing
        : await tx.user.update({
            where: { id: existing.id },
            data: { emailVerified: verifiedAt, passwordHash: null, tokenVersion: { increment: 1 } },
            select: { id: true, tokenVersion: true },
          })
      : await tx.user.create({
          data: { email, name: profile.name, image: profile.image, emailVerified: verifiedAt },
          select: { id: true, tokenVersion: true },
        });
    await tx.account.create({
      data: {
        userId: user.id,
        type: account.type,
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        scope: account.scope ?? null,
        token_type: account.token_type ?? null,
      },
    });
    return { id: user.id, tokenVersion: user.tokenVersion };
  });
}
