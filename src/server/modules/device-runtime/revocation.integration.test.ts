/** Revocation at the gateway: revoked devices, revoked sessions (token version), suspended organizations. */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createDeviceCaller } from "@/server/api/device/root";
import { createInnerContext } from "@/server/api/trpc";
import { db } from "@/server/db";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { apiCallerFor, callerFor, createKey, createOrgWithMembers, createUser, expectTRPCError, SKU_INPUT } from "@/testing/factories";

async function fleet(count = 1) {
  const { org, owner, members } = await createOrgWithMembers(["VIEWER"]);
  const caller = callerFor(owner.id);
  const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  const { devices } = await caller.device.register({ orgSlug: org.slug, skuId: sku.id, devices: Array.from({ length: count }, (_, i) => ({ serial: `R-${i}` })) });
  await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: count, reason: "revocation tests" });
  await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
  await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 1 });
  return { org, owner, members, caller, devices };
}

const device = (token?: string) => createDeviceCaller(createInnerContext({ db, authorization: token ? `Bearer ${token}` : null }));
const boot = async (d: { id: string; secret: string }) => (await device().device.boot({ deviceId: d.id, secret: d.secret })).session.token;
const telemetry = () => ({ batchId: randomUUID(), samples: [{ at: new Date().toISOString(), kind: "voice" as const, e2eMs: 800 }] });

/** Every call a session token allows, each expected to fail with `code` and `reason`. */
async function expectTokenRefused(token: string, code: "UNAUTHORIZED" | "FORBIDDEN", reason: string) {
  const calls = [() => device(token).device.refresh({}), () => device(token).device.config({}), () => device(token).device.reportTelemetry(telemetry())];
  for (const call of calls) {
    const error = await expectTRPCError(call(), code);
    expect((error.cause as { reason?: string }).reason).toBe(reason);
  }
}

async function operator() {
  const user = await createUser("Operator");
  await db.user.update({ where: { id: user.id }, data: { isOperator: true } });
  return callerFor(user.id);
}

describe("revocation at the gateway", () => {
  it("a token of a revoked or suspended device is refused at refresh, config and telemetry (403, as boot)", async () => {
    const { org, caller, devices } = await fleet(2);
    const [revoked, suspended] = devices;
    const revokedToken = await boot(revoked!);
    const suspendedToken = await boot(suspended!);
    await caller.device.changeStatus({ orgSlug: org.slug, deviceIds: [revoked!.id], action: "revoke" });
    await caller.device.changeStatus({ orgSlug: org.slug, deviceIds: [suspended!.id], action: "suspend" });
    await expectTokenRefused(revokedToken, "FORBIDDEN", "DEVICE_REVOKED");
    await expectTokenRefused(suspendedToken, "FORBIDDEN", "DEVICE_SUSPENDED");
  });

  it("revoke all sessions: earlier tokens get 401 TOKEN_REVOKED everywhere, a new boot works, the action is audited", async () => {
    const { org, owner, members, caller, devices } = await fleet();
    const d = devices[0]!;
    const old = await boot(d);
    await expect(device(old).device.config({})).resolves.toMatchObject({ configVersion: 1 });

    await expectTRPCError(callerFor(members.VIEWER!.id).device.revokeSessions({ orgSlug: org.slug, deviceId: d.id }), "FORBIDDEN");
    expect(await caller.device.revokeSessions({ orgSlug: org.slug, deviceId: d.id })).toEqual({ deviceId: d.id, tokenVersion: 1 });
    await expectTokenRefused(old, "UNAUTHORIZED", "TOKEN_REVOKED");

    const fresh = await boot(d);
    const refreshed = await device(fresh).device.refresh({});
    await expect(device(refreshed.session.token).device.config({})).resolves.toMatchObject({ configVersion: 1 });
    const audit = await db.auditLog.findMany({ where: { orgId: org.id, action: "device.sessions_revoked" } });
    expect(audit).toMatchObject([{ actorUserId: owner.id, targetId: d.id, metadata: { tokenVersion: 1 } }]);
  });

  it("revoke all sessions through the manufacturer API, own devices only; a secret rotation revokes sessions too", async () => {
    const { org, caller, devices } = await fleet();
    const outsider = await fleet();
    const d = devices[0]!;
    const { key } = await createKey(org.id, ["devices:write"]);
    const api = apiCallerFor(key);
    const first = await boot(d);
    expect(await api.devices.revokeSessions({ deviceId: d.id })).toEqual({ deviceId: d.id, tokenVersion: 1 });
    await expectTokenRefused(first, "UNAUTHORIZED", "TOKEN_REVOKED");
    await expectTRPCError(api.devices.revokeSessions({ deviceId: outsider.devices[0]!.id }), "NOT_FOUND");
    expect(await db.device.findUniqueOrThrow({ where: { id: outsider.devices[0]!.id } })).toMatchObject({ tokenVersion: 0 });
    const { key: readOnly } = await createKey(org.id, ["licenses:read"]);
    await expectTRPCError(apiCallerFor(readOnly).devices.revokeSessions({ deviceId: d.id }), "FORBIDDEN");

    const second = await boot(d);
    const { secret } = await caller.device.rotateSecret({ orgSlug: org.slug, deviceId: d.id });
    await expectTokenRefused(second, "UNAUTHORIZED", "TOKEN_REVOKED");
    await expect(boot({ id: d.id, secret })).resolves.toEqual(expect.any(String));
  });

  it("an operator suspends an organization: boots and tokens of its devices get 403 ORGANIZATION_SUSPENDED until resumed", async () => {
    const { org, owner, devices } = await fleet();
    const other = await fleet();
    const d = devices[0]!;
    const token = await boot(d);
    const otherToken = await boot(other.devices[0]!);
    const staff = await operator();

    await expectTRPCError(callerFor(owner.id).operator.suspendOrganization({ orgId: org.id, reason: "unpaid invoices" }), "FORBIDDEN");
    await expectTRPCError(staff.operator.suspendOrganization({ orgId: org.id, reason: "" }), "BAD_REQUEST", /reason/);
    await expectTRPCError(staff.operator.suspendOrganization({ orgId: "org_missing", reason: "abuse report" }), "NOT_FOUND");
    expect(await staff.operator.suspendOrganization({ orgId: org.id, reason: "abuse report #42" })).toMatchObject({ suspended: true, suspendedReason: "abuse report #42" });

    const bootError = await expectTRPCError(device().device.boot({ deviceId: d.id, secret: d.secret }), "FORBIDDEN", /organization is suspended/);
    expect((bootError.cause as { reason?: string }).reason).toBe("ORGANIZATION_SUSPENDED");
    await expectTokenRefused(token, "FORBIDDEN", "ORGANIZATION_SUSPENDED");
    // Wrong credentials stay 401: a suspension is not revealed to someone who cannot authenticate.
    await expectTRPCError(device().device.boot({ deviceId: d.id, secret: "wrong" }), "UNAUTHORIZED");
    // Other organizations are untouched.
    await expect(device(otherToken).device.config({})).resolves.toMatchObject({ configVersion: 1 });

    expect(await staff.operator.resumeOrganization({ orgId: org.id })).toMatchObject({ suspended: false, suspendedReason: null });
    await expect(device(token).device.config({})).resolves.toMatchObject({ configVersion: 1 });
    await expect(boot(d)).resolves.toEqual(expect.any(String));
    const audit = await db.auditLog.findMany({ where: { orgId: org.id, action: { in: ["organization.suspended", "organization.resumed"] } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["organization.suspended", "organization.resumed"]);
    expect(audit[0]!.metadata).toEqual({ reason: "abuse report #42" });
  });
});
