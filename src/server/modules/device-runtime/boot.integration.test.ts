import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { verifySessionToken } from "@/server/modules/sessions/session-token";
import { callerFor, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { bootDevice } from "./boot";
import { flushLastSeen } from "./last-seen";

async function fleet(count: number, seats: number, { publish = true } = {}) {
  const { org, owner } = await createOrgWithMembers();
  const caller = callerFor(owner.id);
  const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  const { devices } = await caller.device.register({ orgSlug: org.slug, skuId: sku.id, devices: Array.from({ length: count }, (_, i) => ({ serial: `B-${i}` })) });
  if (seats) await grantSeats(db, org.id, { type: "system", label: "test" }, { seats, reason: "boot tests" });
  if (publish) {
    await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "visual-qa" }, { agentId: "story-teller" }] } });
    await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 1 });
  }
  return { org, caller, sku, devices };
}

/**
 * Boots as firmware does: a database too busy to answer in time (a 503 at the API) is retried;
 * any answer of the module (activated, LICENSE_EXHAUSTED, …) is final.
 */
async function bootAsFirmware(device: { id: string; secret: string }) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await bootDevice(db, { deviceId: device.id, secret: device.secret });
    } catch (error) {
      if (error instanceof AppError || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

const pool = (orgId: string) => db.licensePool.findUniqueOrThrow({ where: { orgId }, select: { seatsUsed: true, seatsTotal: true } });

describe("device.boot", () => {
  it("a first boot writes its sighting with its activation (last seen, firmware, config versions, the boot's sample): nothing is left to write behind", async () => {
    const { devices } = await fleet(1, 5);
    const device = devices[0]!;
    await flushLastSeen(db); // other tests' sightings out of the way
    await bootDevice(db, { deviceId: device.id, secret: device.secret, firmware: "3.1.0", configVersion: 0 });
    const row = await db.device.findUniqueOrThrow({ where: { id: device.id } });
    expect(row).toMatchObject({ status: "active", firmware: "3.1.0", configGiven: 1, configReported: 0, lastSeenAt: row.activatedAt });
    const boots = await db.deviceBoot.findMany({ where: { deviceId: device.id } });
    expect(boots.map((boot) => [boot.at.toISOString(), boot.firmware, boot.configVersion])).toEqual([[row.activatedAt!.toISOString(), "3.1.0", 0]]);

    // Nothing queued for the write-behind: the device row is written once, not twice.
    const queries = vi.spyOn(pg.Pool.prototype, "query");
    try {
      await flushLastSeen(db);
      expect(queries.mock.calls.map(([query]) => (typeof query === "string" ? query : (query as pg.QueryConfig).text))).toEqual([]);
    } finally {
      queries.mockRestore();
    }
  });

  it("activates on first boot, answers config and a verifiable token; later boots consume nothing and skip a config the device holds", async () => {
    const { org, sku, devices } = await fleet(1, 5);
    const device = devices[0]!;
    const first = await bootDevice(db, { deviceId: device.id, secret: device.secret, firmware: "1.0.0" });
    expect(first).toMatchObject({ deviceId: device.id, orgId: org.id, skuId: sku.id, license: { status: "active" }, configVersion: 1, config: { version: 1, agents: [{ id: "visual-qa" }, { id: "story-teller" }] } });
    expect(first.refreshAfter).toBeGreaterThanOrEqual(Math.floor(900 * 0.7));
    expect(first.refreshAfter).toBeLessThanOrEqual(Math.floor(900 * 0.85));
    expect(await verifySessionToken(db, first.session.token)).toMatchObject({ sub: device.id, org: org.id, sku: sku.id, cfg: 1, agents: ["visual-qa", "story-teller"] });
    expect(await pool(org.id)).toEqual({ seatsUsed: 1, seatsTotal: 5 });

    const again = await bootDevice(db, { deviceId: device.id, secret: device.secret, configVersion: 1 });
    expect(again).toMatchObject({ config: null, configVersion: 1, license: { activatedAt: first.license.activatedAt } });
    expect(await pool(org.id)).toEqual({ seatsUsed: 1, seatsTotal: 5 });
    expect(await db.device.findUniqueOrThrow({ where: { id: device.id } })).toMatchObject({ status: "active", firmware: "1.0.0" });
  });

  it("200 first boots in parallel against 50 seats: exactly 50 activate, 150 get LICENSE_EXHAUSTED; repeating consumes nothing", async () => {
    const { org, devices } = await fleet(200, 50);
    const boot = () => Promise.allSettled(devices.map(bootAsFirmware));
    const results = await boot();
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(50);
    expect(refused).toHaveLength(150);
    for (const r of refused) expect(r.reason).toMatchObject({ code: "PAYMENT_REQUIRED", reason: "LICENSE_EXHAUSTED" });
    expect(await db.licenseLedgerEntry.count({ where: { orgId: org.id, kind: "activation" } })).toBe(50);
    expect(await db.device.count({ where: { orgId: org.id, status: "active" } })).toBe(50);
    // First boots arriving together activate in groups (one commit each), not one commit per device.
    const commits = await db.licenseLedgerEntry.groupBy({ by: ["createdAt"], where: { orgId: org.id, kind: "activation" } });
    expect(commits.length).toBeLessThan(10);

    const second = await boot();
    expect(second.filter((r) => r.status === "fulfilled")).toHaveLength(50);
    expect(await pool(org.id)).toEqual({ seatsUsed: 50, seatsTotal: 50 });
  });

  it("the same device booting many times at once takes one seat", async () => {
    const { org, devices } = await fleet(1, 3);
    const device = devices[0]!;
    await Promise.all(Array.from({ length: 8 }, () => bootDevice(db, { deviceId: device.id, secret: device.secret })));
    expect(await pool(org.id)).toMatchObject({ seatsUsed: 1 });
  });

  it("an unknown device and a wrong secret are indistinguishable; suspended and revoked devices are refused", async () => {
    const { caller, org, devices } = await fleet(3, 5);
    const unknown = await bootDevice(db, { deviceId: "dev_nope", secret: "x" }).catch((e: unknown) => e);
    const wrong = await bootDevice(db, { deviceId: devices[0]!.id, secret: "x" }).catch((e: unknown) => e);
    expect(unknown).toMatchObject({ code: "UNAUTHORIZED", reason: "INVALID_CREDENTIALS" });
    expect(wrong).toEqual(unknown);

    await caller.device.changeStatus({ orgSlug: org.slug, deviceIds: [devices[1]!.id], action: "suspend" });
    await caller.device.changeStatus({ orgSlug: org.slug, deviceIds: [devices[2]!.id], action: "revoke" });
    await expect(bootDevice(db, { deviceId: devices[1]!.id, secret: devices[1]!.secret })).rejects.toMatchObject({ code: "FORBIDDEN", reason: "DEVICE_SUSPENDED" });
    await expect(bootDevice(db, { deviceId: devices[2]!.id, secret: devices[2]!.secret })).rejects.toMatchObject({ code: "FORBIDDEN", reason: "DEVICE_REVOKED" });
    expect(await pool(org.id)).toMatchObject({ seatsUsed: 0 });
  });

  it("tokens live as long as the organization's session policy says (60–3600 s), set by owners and admins", async () => {
    const { caller, org, devices } = await fleet(1, 1);
    await expect(caller.organization.setSessionPolicy({ orgSlug: org.slug, sessionTtlSeconds: 59 })).rejects.toThrow(/at least 60 seconds/);
    await expect(caller.organization.setSessionPolicy({ orgSlug: org.slug, sessionTtlSeconds: 3601 })).rejects.toThrow(/at most 3600 seconds/);
    expect(await caller.organization.setSessionPolicy({ orgSlug: org.slug, sessionTtlSeconds: 120 })).toEqual({ sessionTtlSeconds: 120 });
    const booted = await bootDevice(db, { deviceId: devices[0]!.id, secret: devices[0]!.secret });
    expect(booted.session.expiresIn).toBe(120);
    expect(booted.refreshAfter).toBeLessThanOrEqual(102);
    const claims = await verifySessionToken(db, booted.session.token);
    expect(claims.exp - Math.floor(Date.parse(booted.serverTime) / 1000)).toBe(120);
    expect(await db.auditLog.count({ where: { orgId: org.id, action: "organization.session_policy_changed" } })).toBe(1);
  });

  it("a SKU without a published config answers NO_PUBLISHED_CONFIG and takes no seat", async () => {
    const { org, devices } = await fleet(1, 5, { publish: false });
    await expect(bootDevice(db, { deviceId: devices[0]!.id, secret: devices[0]!.secret })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", reason: "NO_PUBLISHED_CONFIG" });
    expect(await pool(org.id)).toMatchObject({ seatsUsed: 0 });
  });

  it("an RMA replacement boots on the transferred seat", async () => {
    const { caller, org, devices } = await fleet(2, 1);
    await bootDevice(db, { deviceId: devices[0]!.id, secret: devices[0]!.secret });
    await caller.license.transferSeat({ orgSlug: org.slug, fromDeviceId: devices[0]!.id, toDeviceId: devices[1]!.id, reason: "RMA-99" });
    await expect(bootDevice(db, { deviceId: devices[1]!.id, secret: devices[1]!.secret })).resolves.toMatchObject({ license: { status: "active" } });
    await expect(bootDevice(db, { deviceId: devices[0]!.id, secret: devices[0]!.secret })).rejects.toMatchObject({ reason: "DEVICE_REVOKED" });
    expect(await pool(org.id)).toEqual({ seatsUsed: 1, seatsTotal: 1 });
  });
});
