import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { signUp } from "@/server/modules/auth/users";
import { callerFor, createOrgWithMembers, expectTRPCError, uid } from "@/testing/factories";

const tokenOf = (link: string) => link.split("/invite/")[1]!;

describe("invitations", () => {
  it("invitee signs up with the invited email, accepts, and becomes a member with the role", async () => {
    const { org, owner } = await createOrgWithMembers();
    const email = `invitee-${uid()}@example.test`;
    const invitation = await callerFor(owner.id).invitation.create({ orgSlug: org.slug, email, role: "DEVELOPER" });
    expect(invitation.link).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);
    expect(invitation.emailed).toBe(false);

    const token = tokenOf(invitation.link);
    const preview = await callerFor(null).invitation.preview({ token });
    expect(preview).toMatchObject({ orgName: org.name, email, role: "DEVELOPER", status: "pending" });

    const invitee = await signUp(db, { name: "New Dev", email, password: "another good password" });
    expect(await callerFor(invitee.id).invitation.accept({ token })).toEqual({ orgSlug: org.slug, role: "DEVELOPER" });
    const mine = await callerFor(invitee.id).organization.mine();
    expect(mine).toEqual([expect.objectContaining({ slug: org.slug, role: "DEVELOPER" })]);
    expect(await callerFor(owner.id).invitation.list({ orgSlug: org.slug })).toEqual([]);

    await expectTRPCError(callerFor(invitee.id).invitation.accept({ token }), "PRECONDITION_FAILED", /already used/);
    expect((await callerFor(null).invitation.preview({ token })).status).toBe("accepted");
  });

  it("refuses a different account, an expired and a revoked invitation, and a bogus token", async () => {
    const { org, owner } = await createOrgWithMembers();
    const email = `target-${uid()}@example.test`;
    const caller = callerFor(owner.id);
    const other = await signUp(db, { name: "Other", email: `other-${uid()}@example.test`, password: "another good password" });

    const first = await caller.invitation.create({ orgSlug: org.slug, email, role: "VIEWER" });
    await expectTRPCError(callerFor(other.id).invitation.accept({ token: tokenOf(first.link) }), "FORBIDDEN", /sent to/);

    await db.invitation.update({ where: { id: first.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const target = await signUp(db, { name: "Target", email, password: "another good password" });
    await expectTRPCError(callerFor(target.id).invitation.accept({ token: tokenOf(first.link) }), "PRECONDITION_FAILED", /expired/);

    const second = await caller.invitation.create({ orgSlug: org.slug, email, role: "VIEWER" });
    await caller.invitation.revoke({ orgSlug: org.slug, invitationId: second.id });
    await expectTRPCError(callerFor(target.id).invitation.accept({ token: tokenOf(second.link) }), "PRECONDITION_FAILED", /withdrawn/);

    await expectTRPCError(callerFor(target.id).invitation.accept({ token: "x".repeat(43) }), "NOT_FOUND", /not valid/);
    await expectTRPCError(callerFor(target.id).invitation.accept({ token: "short" }), "BAD_REQUEST");
    expect(await db.membership.count({ where: { orgId: org.id } })).toBe(1);
  });

  it("a new invitation to the same email replaces the pending one; members cannot be invited again", async () => {
    const { org, owner, members } = await createOrgWithMembers(["VIEWER"]);
    const caller = callerFor(owner.id);
    const email = `again-${uid()}@example.test`;
    const first = await caller.invitation.create({ orgSlug: org.slug, email, role: "VIEWER" });
    await caller.invitation.create({ orgSlug: org.slug, email, role: "SALES" });
    const pending = await caller.invitation.list({ orgSlug: org.slug });
    expect(pending.map((p) => [p.email, p.role])).toEqual([[email, "SALES"]]);
    expect((await callerFor(null).invitation.preview({ token: tokenOf(first.link) })).status).toBe("revoked");

    await expectTRPCError(caller.invitation.create({ orgSlug: org.slug, email: members.VIEWER!.email, role: "ADMIN" }), "CONFLICT", /already a member/);
    await expectTRPCError(caller.invitation.create({ orgSlug: org.slug, email: "not-an-email", role: "ADMIN" }), "BAD_REQUEST", /valid email/);
  });

  it("only an owner can invite an owner", async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN"]);
    await expectTRPCError(
      callerFor(members.ADMIN!.id).invitation.create({ orgSlug: org.slug, email: `o-${uid()}@example.test`, role: "OWNER" }),
      "FORBIDDEN",
    );
  });
});
