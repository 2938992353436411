import type { Account } from "next-auth";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { createUnverifiedUser, createUser, uid } from "@/testing/factories";
import { linkOAuthAccount, providerVerifiedEmail } from "./oauth";

const account = (provider = "google"): Account => ({ provider, type: "oauth", providerAccountId: uid(), token_type: "bearer" });
const profile = (email: string, verified: boolean) => ({ email, name: "Oa User", image: null, verified });

describe("OAuth sign-in", () => {
  it("reads the provider's word on the address: Google's email_verified, nothing from GitHub", () => {
    expect(providerVerifiedEmail({ email: "a@b.test", email_verified: true } as never)).toBe(true);
    expect(providerVerifiedEmail({ email: "a@b.test", email_verified: false } as never)).toBe(false);
    expect(providerVerifiedEmail({ email: "a@b.test" })).toBe(false);
  });

  it("never links an unvouched address to an existing account, verified or not", async () => {
    for (const user of [await createUser(), await createUnverifiedUser()]) {
      const refused = await linkOAuthAccount(db, account("github"), profile(user.email, false)).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).reason).toBe("OAUTH_EMAIL_UNVERIFIED");
      expect(await db.account.count({ where: { userId: user.id } })).toBe(0);
    }
  });

  it("a vouched address claims an account someone registered without proving it: password dropped, sessions ended", async () => {
    const squatter = await createUnverifiedUser();
    const linked = await linkOAuthAccount(db, account(), profile(squatter.email, true));
    const user = await db.user.findUniqueOrThrow({ where: { id: squatter.id } });
    expect(linked).toEqual({ id: squatter.id, tokenVersion: 1 });
    expect(user.passwordHash).toBeNull();
    expect(user.emailVerified).not.toBeNull();
  });

  it("new addresses get an account (verified only when vouched for); a returning provider account signs in to its user", async () => {
    const vouched = `g-${uid()}@example.test`;
    const first = account();
    const created = await linkOAuthAccount(db, first, profile(vouched, true));
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id } })).emailVerified).not.toBeNull();
    expect(await linkOAuthAccount(db, first, profile(vouched, true))).toEqual(created);

    const unvouched = `gh-${uid()}@example.test`;
    const fromGitHub = await linkOAuthAccount(db, account("github"), profile(unvouched, false));
    expect((await db.user.findUniqueOrThrow({ where: { id: fromGitHub.id } })).emailVerified).toBeNull();
  });
});
