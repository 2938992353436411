import type { Account } from "next-auth";
import type { Db } from "@/server/db";

/**
 * Finds or creates the Anima user for an OAuth sign-in (matched by email) and records the
 * provider account. Returns the Anima user id that goes into the session.
 */
export async function linkOAuthAccount(
  db: Db,
  account: Account,
  profile: { email: string; name: string | null; image: string | null },
): Promise<string> {
  const email = profile.email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { email },
      create: { email, name: profile.name, image: profile.image, emailVerified: new Date() },
      update: {},
      select: { id: true },
    });
    await tx.account.upsert({
      where: { provider_providerAccountId: { provider: account.provider, providerAccountId: account.providerAccountId } },
      create: {
        userId: user.id,
        type: account.type,
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        scope: account.scope ?? null,
        token_type: account.token_type ?? null,
      },
      update: {},
    });
    return user.id;
  });
}
