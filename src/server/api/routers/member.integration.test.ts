import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { callerFor, createOrgWithMembers, expectTRPCError } from "@/testing/factories";

describe("members and roles", () => {
  it("a viewer can read members but cannot change roles, remove members or invite", async () => {
    const { org, owner, members } = await createOrgWithMembers(["VIEWER", "DEVELOPER"]);
    const viewer = callerFor(members.VIEWER!.id);
    expect((await viewer.member.list({ orgSlug: org.slug })).map((m) => m.role).sort()).toEqual(["DEVELOPER", "OWNER", "VIEWER"]);
    await expectTRPCError(
      viewer.member.changeRole({ orgSlug: org.slug, membershipId: members.DEVELOPER!.membershipId, role: "ADMIN" }),
      "FORBIDDEN",
      /viewer/,
    );
    await expectTRPCError(viewer.member.remove({ orgSlug: org.slug, membershipId: owner.membershipId }), "FORBIDDEN");
    await expectTRPCError(viewer.invitation.create({ orgSlug: org.slug, email: "x@example.test", role: "VIEWER" }), "FORBIDDEN");
    await expectTRPCError(viewer.apiKey.create({ orgSlug: org.slug, name: "k", scopes: ["licenses:read"] }), "FORBIDDEN");
    await expectTRPCError(viewer.organization.update({ orgSlug: org.slug, name: "Renamed" }), "FORBIDDEN");
  });

  it("developers and sales cannot manage members or keys", async () => {
    const { org, members } = await createOrgWithMembers(["DEVELOPER", "SALES", "VIEWER"]);
    for (const role of ["DEVELOPER", "SALES"] as const) {
      const caller = callerFor(members[role]!.id);
      await expectTRPCError(caller.member.remove({ orgSlug: org.slug, membershipId: members.VIEWER!.membershipId }), "FORBIDDEN");
      await expectTRPCError(caller.apiKey.list({ orgSlug: org.slug }), "FORBIDDEN");
      await expectTRPCError(caller.audit.list({ orgSlug: org.slug }), "FORBIDDEN");
    }
  });

  it("an owner changes a role, and it is audited", async () => {
    const { org, owner, members } = await createOrgWithMembers(["DEVELOPER"]);
    await callerFor(owner.id).member.changeRole({ orgSlug: org.slug, membershipId: members.DEVELOPER!.membershipId, role: "VIEWER" });
    const membership = await db.membership.findUniqueOrThrow({ where: { id: members.DEVELOPER!.membershipId } });
    expect(membership.role).toBe("VIEWER");
    const audit = await callerFor(owner.id).audit.list({ orgSlug: org.slug, action: "member.role_changed" });
    expect(audit.entries[0]?.metadata).toMatchObject({ from: "DEVELOPER", to: "VIEWER" });
    expect(audit.entries[0]?.actor).toMatchObject({ type: "user", id: owner.id });
  });

  it("an admin cannot touch owners or grant the owner role", async () => {
    const { org, owner, members } = await createOrgWithMembers(["ADMIN", "VIEWER"]);
    const admin = callerFor(members.ADMIN!.id);
    await expectTRPCError(admin.member.changeRole({ orgSlug: org.slug, membershipId: owner.membershipId, role: "VIEWER" }), "FORBIDDEN", /owner/);
    await expectTRPCError(admin.member.changeRole({ orgSlug: org.slug, membershipId: members.VIEWER!.membershipId, role: "OWNER" }), "FORBIDDEN");
    await expectTRPCError(admin.member.remove({ orgSlug: org.slug, membershipId: owner.membershipId }), "FORBIDDEN");
    await admin.member.changeRole({ orgSlug: org.slug, membershipId: members.VIEWER!.membershipId, role: "SALES" });
  });

  it("the last owner cannot be demoted, removed or leave; a second owner unlocks it", async () => {
    const { org, owner, members } = await createOrgWithMembers(["VIEWER"]);
    const caller = callerFor(owner.id);
    await expectTRPCError(caller.member.changeRole({ orgSlug: org.slug, membershipId: owner.membershipId, role: "ADMIN" }), "PRECONDITION_FAILED", /last owner/);
    await expectTRPCError(caller.member.remove({ orgSlug: org.slug, membershipId: owner.membershipId }), "PRECONDITION_FAILED", /last owner/);
    await expectTRPCError(caller.organization.leave({ orgSlug: org.slug }), "PRECONDITION_FAILED", /last owner/);

    await caller.member.changeRole({ orgSlug: org.slug, membershipId: members.VIEWER!.membershipId, role: "OWNER" });
    await caller.organization.leave({ orgSlug: org.slug });
    await expectTRPCError(caller.organization.get({ orgSlug: org.slug }), "NOT_FOUND");
  });

  it("two owners demoting each other at once leave exactly one owner", async () => {
    const { org, owner, members } = await createOrgWithMembers(["ADMIN"]);
    await callerFor(owner.id).member.changeRole({ orgSlug: org.slug, membershipId: members.ADMIN!.membershipId, role: "OWNER" });
    const results = await Promise.allSettled([
      callerFor(owner.id).member.changeRole({ orgSlug: org.slug, membershipId: members.ADMIN!.membershipId, role: "ADMIN" }),
      callerFor(members.ADMIN!.id).member.changeRole({ orgSlug: org.slug, membershipId: owner.membershipId, role: "ADMIN" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { orgId: org.id, role: "OWNER" } })).toBe(1);
  });

  it("a removed member loses access on the next call", async () => {
    const { org, owner, members } = await createOrgWithMembers(["DEVELOPER"]);
    await callerFor(owner.id).member.remove({ orgSlug: org.slug, membershipId: members.DEVELOPER!.membershipId });
    await expectTRPCError(callerFor(members.DEVELOPER!.id).member.list({ orgSlug: org.slug }), "NOT_FOUND");
  });
});
