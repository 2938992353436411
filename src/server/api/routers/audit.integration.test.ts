import { describe, expect, it } from "vitest";
import { callerFor, createKey, createOrgWithMembers, uid } from "@/testing/factories";

describe("audit log", () => {
  it("records every mutation with its actor, filters by action/actor/time and paginates", async () => {
    const { org, owner, members } = await createOrgWithMembers(["DEVELOPER"]);
    const caller = callerFor(owner.id);
    const orgSlug = org.slug;
    for (let i = 0; i < 3; i++) await caller.invitation.create({ orgSlug, email: `a${i}-${uid()}@example.test`, role: "VIEWER" });
    const key = await caller.apiKey.create({ orgSlug, name: "ci", scopes: ["licenses:read"] });
    await caller.apiKey.revoke({ orgSlug, apiKeyId: key.id });
    await caller.member.changeRole({ orgSlug, membershipId: members.DEVELOPER!.membershipId, role: "SALES" });
    await caller.organization.update({ orgSlug, name: "Renamed Org" });
    await createKey(org.id, ["*"]); // by the operator CLI: a system actor

    const all = await caller.audit.list({ orgSlug, pageSize: 100 });
    expect(all.entries.map((e) => e.action).sort()).toEqual(
      [
        "apikey.created",
        "apikey.created",
        "apikey.revoked",
        "invitation.created",
        "invitation.created",
        "invitation.created",
        "member.role_changed",
        "org.created",
        "org.updated",
      ].sort(),
    );
    expect(all.entries[0]).toMatchObject({ action: "apikey.created", actor: { type: "system", name: "operator-cli" } });

    const page2 = await caller.audit.list({ orgSlug, page: 2, pageSize: 4 });
    expect(page2).toMatchObject({ total: 9, page: 2, pageSize: 4 });
    expect(page2.entries.map((e) => e.id)).toEqual(all.entries.slice(4, 8).map((e) => e.id));

    expect((await caller.audit.list({ orgSlug, action: "invitation.created" })).total).toBe(3);
    expect((await caller.audit.list({ orgSlug, actorId: owner.id })).total).toBe(8);
    expect((await caller.audit.list({ orgSlug, from: new Date(Date.now() + 60_000) })).total).toBe(0);

    const facets = await caller.audit.facets({ orgSlug });
    expect(facets.actions).toContain("member.role_changed");
    expect(facets.actors).toEqual([expect.objectContaining({ id: owner.id })]);
  });
});
