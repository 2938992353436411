import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { callerFor, createOrgWithMembers, createUnverifiedUser, createUser, expectTRPCError, TEST_PASSWORD, uid } from "@/testing/factories";
import { operatorCreateOrg, operatorUserResetLink } from "@/server/modules/operator/operator-commands";
import { createInvitation } from "@/server/modules/invitations/invitations";
import { issueAccountLink } from "./account-links";
import { currentSessionUserId } from "./console-sessions";
import { authenticateWithPassword } from "./users";

// Counts how many sign-in attempts reach the (expensive) password check.
const hashChecks = vi.hoisted(() => ({ count: 0 }));
vi.mock("./password", async (importOriginal) => {
  const original = await importOriginal<typeof import("./password")>();
  return {
    ...original,
    verifyPassword: (...args: Parameters<typeof original.verifyPassword>) => {
      hashChecks.count++;
      return original.verifyPassword(...args);
    },
  };
});
beforeEach(() => {
  hashChecks.count = 0;
});

const tokenOf = (url: string) => url.split("/").pop()!;
const signInFails = (email: string, password: string) =>
  authenticateWithPassword(db, email, password, null).then(
    () => null,
    (error: unknown) => (error instanceof AppError ? error.reason : error),
  );
const sessionOf = async (userId: string) => {
  const { tokenVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { tokenVersion: true } });
  return { userId, tokenVersion, signedInAt: Date.now() };
};

describe("organization capture", () => {
  it("an account that registered the owner's address first gets no membership; the set-up link is the only way in", async () => {
    const email = `founder-${uid()}@example.test`;
    const squatter = await createUnverifiedUser("Mallory", email);
    const squatterSession = await sessionOf(squatter.id);

    const created = await operatorCreateOrg(db, { name: `Captured ${uid()}`, owner: email });
    expect(created.ownerUserId).toBe(squatter.id);
    expect(created.ownerSetupUrl).toMatch(/\/setup-password\//);

    // The squatter signs in fine, but holds nothing.
    expect((await authenticateWithPassword(db, email, TEST_PASSWORD, null)).id).toBe(squatter.id);
    expect(await callerFor(squatter.id).organization.mine()).toEqual([]);
    await expectTRPCError(callerFor(squatter.id).organization.get({ orgSlug: created.slug }), "NOT_FOUND");
    await expectTRPCError(callerFor(squatter.id).organization.create({ name: "Another" }), "FORBIDDEN", /Confirm your email/);

    // The real owner opens the set-up link: password replaced, address proven, squatter out.
    await callerFor(null).account.completePasswordSetup({ token: tokenOf(created.ownerSetupUrl), password: "the real owner's pass" });
    expect(await signInFails(email, TEST_PASSWORD)).toBe("INVALID_CREDENTIALS");
    expect(await currentSessionUserId(db, squatterSession)).toBeNull();
    const owner = await authenticateWithPassword(db, email, "the real owner's pass", null);
    expect((await callerFor(owner.id).organization.mine()).map((o) => o.slug)).toEqual([created.slug]);
  });

  it("a verified owner is sent to sign in, and an unverified self-registered account cannot create an organization", async () => {
    const owner = await createUser("Verified");
    const created = await operatorCreateOrg(db, { name: `Org ${uid()}`, owner: owner.email });
    expect(created.ownerSetupUrl).toMatch(/\/sign-in\?callbackUrl=/);
    const unverified = await createUnverifiedUser();
    await expectTRPCError(callerFor(unverified.id).organization.create({ name: "Mine" }), "FORBIDDEN", /Confirm your email/);
  });

  it("invitations: the link's holder takes over an address someone registered first; a verified account must sign in", async () => {
    const { org, owner } = await createOrgWithMembers();
    const email = `invitee-${uid()}@example.test`;
    const squatter = await createUnverifiedUser("Mallory", email);
    const squatterSession = await sessionOf(squatter.id);
    const invite = await createInvitation(db, org, { type: "user", userId: owner.id }, "OWNER", { email, role: "DEVELOPER" });
    const token = tokenOf(invite.link);
    expect((await callerFor(null).invitation.preview({ token })).account).toBe("unverified");

    const joined = await callerFor(null).invitation.acceptWithPassword({ token, password: "invitee's own pass" });
    expect(joined).toMatchObject({ orgSlug: org.slug, role: "DEVELOPER", email });
    expect(await signInFails(email, TEST_PASSWORD)).toBe("INVALID_CREDENTIALS");
    expect(await currentSessionUserId(db, squatterSession)).toBeNull();
    expect((await callerFor(squatter.id).organization.mine()).map((o) => o.slug)).toEqual([org.slug]);

    const verified = await createUser("Known");
    const second = await createInvitation(db, org, { type: "user", userId: owner.id }, "OWNER", { email: verified.email, role: "VIEWER" });
    await expectTRPCError(
      callerFor(null).invitation.acceptWithPassword({ token: tokenOf(second.link), password: "attacker password" }),
      "CONFLICT",
      /sign in to accept/,
    );
    expect(await signInFails(verified.email, TEST_PASSWORD)).toBeNull();
  });

  it("accepting an invitation signed in proves the address; a verification link does too", async () => {
    const { org, owner } = await createOrgWithMembers();
    const invitee = await createUnverifiedUser();
    const invite = await createInvitation(db, org, { type: "user", userId: owner.id }, "OWNER", { email: invitee.email, role: "VIEWER" });
    await callerFor(invitee.id).invitation.accept({ token: tokenOf(invite.link) });
    expect((await callerFor(invitee.id).account.me()).emailVerified).toBe(true);

    const other = await createUnverifiedUser();
    const link = await issueAccountLink(db, other.id, "VERIFY_EMAIL");
    await expectTRPCError(callerFor(null).account.completePasswordSetup({ token: tokenOf(link.url), password: "not this way!" }), "BAD_REQUEST");
    await callerFor(null).account.verifyEmail({ token: tokenOf(link.url) });
    expect((await callerFor(other.id).account.me()).emailVerified).toBe(true);
    await expectTRPCError(callerFor(null).account.verifyEmail({ token: tokenOf(link.url) }), "CONFLICT", /already used/);
  });
});

describe("set-up and reset links", () => {
  it("are single-use per account: a newer link voids older ones, using one voids the rest; they expire after 24 h", async () => {
    const user = await createUser();
    const first = await issueAccountLink(db, user.id, "SETUP");
    const second = await operatorUserResetLink(db, { email: user.email });
    expect(Math.abs(second.expiresAt.localeCompare(new Date(Date.now() + 24 * 3_600_000).toISOString()))).toBeLessThanOrEqual(1);
    expect((await callerFor(null).account.linkPreview({ token: tokenOf(first.url) })).status).toBe("revoked");
    await expectTRPCError(callerFor(null).account.completePasswordSetup({ token: tokenOf(first.url), password: "older link pass" }), "CONFLICT", /newer link/);
    await callerFor(null).account.completePasswordSetup({ token: tokenOf(second.resetUrl), password: "newest link pass" });
    await expectTRPCError(callerFor(null).account.completePasswordSetup({ token: tokenOf(second.resetUrl), password: "again pass!!" }), "CONFLICT", /already used/);
    expect(await signInFails(user.email, "newest link pass")).toBeNull();

    const stale = await issueAccountLink(db, user.id, "RESET");
    await db.accountLink.updateMany({ where: { userId: user.id, usedAt: null, revokedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectTRPCError(callerFor(null).account.completePasswordSetup({ token: tokenOf(stale.url), password: "too late pass" }), "PRECONDITION_FAILED", /expired/);
  });

  it("setting or changing a password ends every other session; sign-out everywhere ends all", async () => {
    const user = await createUser();
    const before = await sessionOf(user.id);
    expect(await currentSessionUserId(db, before)).toBe(user.id);
    await callerFor(user.id).account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a brand new password" });
    expect(await currentSessionUserId(db, before)).toBeNull();
    const renewed = await sessionOf(user.id);
    expect(await currentSessionUserId(db, renewed)).toBe(user.id);
    await expectTRPCError(
      callerFor(user.id).account.changePassword({ currentPassword: "not my password", newPassword: "whatever password" }),
      "BAD_REQUEST",
      /current password is not correct/,
    );
    await callerFor(user.id).account.signOutEverywhere();
    expect(await currentSessionUserId(db, renewed)).toBeNull();
  });

  it("a session older than SESSION_MAX_DAYS ends however active, and one without a token version is refused", async () => {
    const user = await createUser();
    const session = await sessionOf(user.id);
    expect(await currentSessionUserId(db, { ...session, signedInAt: Date.now() - 6 * 86_400_000 })).toBe(user.id);
    expect(await currentSessionUserId(db, { ...session, signedInAt: Date.now() - 8 * 86_400_000 })).toBeNull();
    expect(await currentSessionUserId(db, { ...session, tokenVersion: undefined })).toBeNull();
  });
});

describe("password guessing in parallel", () => {
  it("100 concurrent wrong attempts at one account: at most the budget reaches the hash, the rest are throttled", async () => {
    const { org, owner } = await createOrgWithMembers();
    const attempts = await Promise.all(Array.from({ length: 100 }, () => signInFails(owner.email, "guess password")));
    expect(hashChecks.count).toBeLessThanOrEqual(5);
    expect(attempts.filter((reason) => reason === "INVALID_CREDENTIALS").length).toBe(hashChecks.count);
    expect(attempts.filter((reason) => reason === "SIGN_IN_THROTTLED").length).toBe(100 - hashChecks.count);

    // Owners see the failures and the lockout as security events (hashed-email log lines aside).
    const events = await callerFor(owner.id).audit.list({ orgSlug: org.slug, category: "security" });
    const actions = events.entries.map((entry) => entry.action);
    expect(actions.filter((a) => a === "security.sign_in_failed")).toHaveLength(hashChecks.count);
    expect(actions.filter((a) => a === "security.sign_in_throttled")).toHaveLength(1);
    expect(events.entries[0]?.metadata).toMatchObject({ account: owner.email });
    expect(JSON.stringify(events.entries)).not.toContain("guess password");
  });

  it("a correct sign-in gives its attempt back: five successes in a row do not lock the account", async () => {
    const user = await createUser();
    for (let i = 0; i < 6; i++) expect(await signInFails(user.email, TEST_PASSWORD)).toBeNull();
  });
});

describe("expensive public procedures", () => {
  it("a junk set-up token is refused before any password is hashed", async () => {
    const hashing = vi.spyOn(await import("./password"), "hashPassword");
    await expectTRPCError(callerFor(null).account.completePasswordSetup({ token: "x".repeat(43), password: "some password!" }), "NOT_FOUND");
    expect(hashing).not.toHaveBeenCalled();
  });
});
