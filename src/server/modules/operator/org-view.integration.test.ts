import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { callerFor, createOrgWithMembers, createUser, expectTRPCError, SKU_INPUT } from "@/testing/factories";

async function operatorUser() {
  const user = await createUser("Support Operator");
  await db.user.update({ where: { id: user.id }, data: { isOperator: true } });
  return user;
}

describe("an operator's read-only view of an organization", () => {
  it("is closed until opened: an operator is no member and sees nothing", async () => {
    const { org } = await createOrgWithMembers();
    const op = callerFor((await operatorUser()).id);
    await expectTRPCError(op.sku.list({ orgSlug: org.slug }), "NOT_FOUND");
  });

  it("once opened with a reason, reads the organization as a viewer, changes nothing, and is audited there", async () => {
    const { org, owner } = await createOrgWithMembers();
    await callerFor(owner.id).sku.create({ orgSlug: org.slug, ...SKU_INPUT });
    const operator = await operatorUser();
    const op = callerFor(operator.id);

    await expectTRPCError(op.operator.openOrgView({ orgId: org.id, reason: "hi" }), "BAD_REQUEST", /at least 5 characters/);
    const view = await op.operator.openOrgView({ orgId: org.id, reason: "Ticket #4411: devices not booting" });
    expect(view).toMatchObject({ orgId: org.id, slug: org.slug });
    expect(view.expiresAt.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);

    expect(await op.sku.list({ orgSlug: org.slug })).toHaveLength(1);
    // Read-only whatever the permission: a viewer-level mutation is refused as well as a write.
    await expectTRPCError(op.sku.create({ orgSlug: org.slug, ...SKU_INPUT, code: "op-made" }), "FORBIDDEN", /read-only operator view/);
    await expectTRPCError(op.organization.leave({ orgSlug: org.slug }), "FORBIDDEN", /read-only operator view/);
    expect(await db.sku.count({ where: { orgId: org.id } })).toBe(1);

    const audit = await callerFor(owner.id).audit.list({ orgSlug: org.slug });
    expect(audit.entries.find((entry) => entry.action === "operator.view_opened")).toMatchObject({
      metadata: expect.objectContaining({ reason: "Ticket #4411: devices not booting" }),
    });
  });

  it("covers only the organization it was opened for", async () => {
    const { org: opened } = await createOrgWithMembers();
    const { org: other } = await createOrgWithMembers();
    const op = callerFor((await operatorUser()).id);
    await op.operator.openOrgView({ orgId: opened.id, reason: "Customer asked for help" });
    await expectTRPCError(op.sku.list({ orgSlug: other.slug }), "NOT_FOUND");
  });

  it("ends when the operator ends it or when it expires", async () => {
    const { org } = await createOrgWithMembers();
    const operator = await operatorUser();
    const op = callerFor(operator.id);
    await op.operator.openOrgView({ orgId: org.id, reason: "Customer asked for help" });
    expect(await op.operator.endOrgView({ orgId: org.id })).toEqual({ orgId: org.id, ended: true });
    await expectTRPCError(op.sku.list({ orgSlug: org.slug }), "NOT_FOUND");
    expect(await op.operator.endOrgView({ orgId: org.id })).toEqual({ orgId: org.id, ended: false });

    await op.operator.openOrgView({ orgId: org.id, reason: "Second look at the fleet" });
    await db.operatorOrgView.updateMany({ where: { operatorId: operator.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectTRPCError(op.sku.list({ orgSlug: org.slug }), "NOT_FOUND");
    const actions = (await db.auditLog.findMany({ where: { orgId: org.id, action: { startsWith: "operator." } }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["operator.view_opened", "operator.view_ended", "operator.view_opened"]);
  });

  it("cannot be opened by a member, even an owner", async () => {
    const { org, owner } = await createOrgWithMembers();
    const { owner: stranger } = await createOrgWithMembers();
    await expectTRPCError(callerFor(owner.id).operator.openOrgView({ orgId: org.id, reason: "Looking at myself" }), "FORBIDDEN", /Only Anima operators/);
    await expectTRPCError(callerFor(stranger.id).operator.openOrgView({ orgId: org.id, reason: "Looking at a rival" }), "FORBIDDEN");
    expect(await db.operatorOrgView.count({ where: { orgId: org.id } })).toBe(0);
  });
});
