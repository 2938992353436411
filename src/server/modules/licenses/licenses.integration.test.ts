import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { activateDevice, callerFor, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { activateDevices } from "./activate-devices";
import { getBalance } from "./balance";
import { grantSeats } from "./grant-seats";

const OPERATOR = { type: "system", label: "test-operator" } as const;

/** Devices to activate (an activation records the device on its ledger entry). */
async function orgWithDevices(count: number) {
  const { org, owner } = await createOrgWithMembers();
  const caller = callerFor(owner.id);
  const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  const { devices } = await caller.device.register({
    orgSlug: org.slug,
    skuId: sku.id,
    devices: Array.from({ length: count }, (_, i) => ({ serial: `D-${i}` })),
  });
  return { org, owner, deviceIds: devices.map((d) => d.id) };
}

/** The pool's counters next to the sums of its ledger: they must always agree. */
async function poolAndLedger(orgId: string) {
  const pool = await db.licensePool.findUnique({ where: { orgId }, select: { seatsTotal: true, seatsUsed: true } });
  const sums = await db.licenseLedgerEntry.aggregate({ where: { orgId }, _sum: { totalDelta: true, usedDelta: true } });
  return {
    pool: pool ?? { seatsTotal: 0, seatsUsed: 0 },
    ledger: { seatsTotal: sums._sum.totalDelta ?? 0, seatsUsed: sums._sum.usedDelta ?? 0 },
  };
}

const activate = activateDevice;

describe("license pool and ledger", () => {
  it("50 parallel activations against 10 seats activate exactly 10; the rest get LICENSE_EXHAUSTED", async () => {
    const { org, owner, deviceIds } = await orgWithDevices(50);
    await grantSeats(db, org.id, OPERATOR, { seats: 10, reason: "pilot contract" });
    const results = await Promise.allSettled(deviceIds.map((id) => activate(org.id, id)));
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    expect(rejected).toHaveLength(40);
    for (const r of rejected) expect(r.reason).toMatchObject({ code: "PAYMENT_REQUIRED", reason: "LICENSE_EXHAUSTED" });
    expect(await getBalance(db, org.id)).toMatchObject({ seatsTotal: 10, seatsUsed: 10, seatsAvailable: 0 });
    const { pool, ledger } = await poolAndLedger(org.id);
    expect(pool).toEqual(ledger);
    expect(await db.licenseLedgerEntry.count({ where: { orgId: org.id, kind: "activation" } })).toBe(10);
    const { entries } = await callerFor(owner.id).license.ledger({ orgSlug: org.slug, pageSize: 100 });
    const activations = entries.filter((e) => e.kind === "activation");
    expect(activations).toHaveLength(10);
    expect(activations.every((e) => e.usedDelta === 1 && e.deviceSerial?.startsWith("D-"))).toBe(true);
  });

  it("counters equal the ledger sums after any mix of grants and activations, also concurrent ones", async () => {
    const { org, deviceIds } = await orgWithDevices(30);
    await Promise.all([
      grantSeats(db, org.id, OPERATOR, { seats: 7, reason: "batch one" }),
      grantSeats(db, org.id, OPERATOR, { seats: 5, reason: "batch two" }),
      ...deviceIds.slice(0, 20).map((id) => activate(org.id, id).catch(() => undefined)),
    ]);
    await grantSeats(db, org.id, OPERATOR, { seats: 3, reason: "batch three" });
    await Promise.all(deviceIds.slice(20).map((id) => activate(org.id, id).catch(() => undefined)));
    const { pool, ledger } = await poolAndLedger(org.id);
    expect(pool).toEqual(ledger);
    expect(pool.seatsTotal).toBe(15);
    expect(pool.seatsUsed).toBeLessThanOrEqual(15);
  });

  it("an organization without any seats cannot activate; an activation that rolls back gives the seat back", async () => {
    const { org, deviceIds } = await orgWithDevices(2);
    await expect(activate(org.id, deviceIds[0]!)).rejects.toMatchObject({ reason: "LICENSE_EXHAUSTED" });
    await grantSeats(db, org.id, OPERATOR, { seats: 1, reason: "one" });
    await expect(
      db.$transaction(async (tx) => {
        await activateDevices(tx, org.id, [{ deviceId: deviceIds[0]!, at: new Date() }]);
        throw new Error("boot failed after the seat was taken");
      }),
    ).rejects.toThrow("boot failed");
    expect(await getBalance(db, org.id)).toMatchObject({ seatsUsed: 0, seatsAvailable: 1 });
    await activate(org.id, deviceIds[1]!);
    expect(await getBalance(db, org.id)).toMatchObject({ seatsUsed: 1, seatsAvailable: 0 });
  });

  it("a group needing more seats than are left activates the first ones in request order and leaves the rest untouched", async () => {
    const { org, deviceIds } = await orgWithDevices(8);
    await grantSeats(db, org.id, OPERATOR, { seats: 5, reason: "five" });
    await activate(org.id, deviceIds[0]!);
    const at = new Date("2026-12-01T10:00:00.000Z");
    const group = [deviceIds[0]!, ...deviceIds.slice(3), deviceIds[1]!].map((deviceId) => ({ deviceId, firmware: "2.0.0", at }));
    const { exhausted, alertLevel } = await db.$transaction((tx) => activateDevices(tx, org.id, group));

    // deviceIds[0] already held its seat; 4 seats were left for devices 3..7 then 1.
    expect([...exhausted].sort()).toEqual([deviceIds[7]!, deviceIds[1]!].sort());
    expect(alertLevel).toBe(100);
    const rows = await db.device.findMany({ where: { orgId: org.id }, select: { id: true, status: true, activatedAt: true, firmware: true, licensedAt: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of deviceIds.slice(3, 7)) expect(byId.get(id)).toMatchObject({ status: "active", activatedAt: at, firmware: "2.0.0", licensedAt: at });
    for (const id of [deviceIds[7]!, deviceIds[1]!, deviceIds[2]!]) expect(byId.get(id)).toMatchObject({ status: "provisioned", activatedAt: null, licensedAt: null });
    const { pool, ledger } = await poolAndLedger(org.id);
    expect(pool).toEqual({ seatsTotal: 5, seatsUsed: 5 });
    expect(ledger).toEqual(pool);
  });

  it("honours an operator-approved overage percentage, and no more", async () => {
    const { org, deviceIds } = await orgWithDevices(15);
    await grantSeats(db, org.id, OPERATOR, { seats: 10, reason: "contract" });
    await db.licensePool.update({ where: { orgId: org.id }, data: { overagePercent: 20 } });
    const results = await Promise.allSettled(deviceIds.map((id) => activate(org.id, id)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(12);
    expect(await getBalance(db, org.id)).toMatchObject({ seatsTotal: 10, seatsUsed: 12, seatsAvailable: 0, overageAvailable: 0 });
  });

  it("the ledger ignores edits: it is append-only", async () => {
    const { org } = await orgWithDevices(1);
    await grantSeats(db, org.id, OPERATOR, { seats: 5, reason: "append only" });
    const edit = await db.licenseLedgerEntry.updateMany({ where: { orgId: org.id }, data: { totalDelta: 500 } });
    expect(edit.count).toBe(0);
    expect((await poolAndLedger(org.id)).ledger.seatsTotal).toBe(5);
  });

  it("grants are validated and audited; unknown organizations are refused", async () => {
    const { org, owner } = await orgWithDevices(1);
    await expect(grantSeats(db, "nope", OPERATOR, { seats: 5, reason: "x y z" })).rejects.toBeInstanceOf(AppError);
    await grantSeats(db, org.id, OPERATOR, { seats: 5, reason: "reseller deal" });
    const audit = await callerFor(owner.id).audit.list({ orgSlug: org.slug, action: "licenses.granted" });
    expect(audit.entries[0]).toMatchObject({ metadata: { seats: 5, reason: "reseller deal" }, actor: { type: "system", name: "test-operator" } });
    const ledger = await callerFor(owner.id).license.ledger({ orgSlug: org.slug });
    expect(ledger.entries[0]).toMatchObject({ kind: "grant", totalDelta: 5, usedDelta: 0, reason: "reseller deal", actor: "test-operator" });
  });
});

describe("license packages", () => {
  it("lists the active catalog: one package per currency, volume tiers with falling per-seat prices", async () => {
    const { org, owner } = await createOrgWithMembers(["VIEWER"]);
    const seeded = ["pkg_seats_usd", "pkg_seats_eur", "pkg_seats_cny"];
    const catalog = () => callerFor(owner.id).license.packages({ orgSlug: org.slug });
    // Other test files add packages to the shared catalog; the seeded ones come in this order.
    const prices = (await catalog()).filter((p) => seeded.includes(p.id)).map((p) => [p.currency, p.tiers.map((t) => `${t.fromSeats}@${t.unitAmount}`).join(" ")]);
    expect(prices).toEqual([
      ["cny", "100@2800 1000@2100 10000@1400 50000@1100"],
      ["eur", "100@370 1000@280 10000@185 50000@150"],
      ["usd", "100@400 1000@300 10000@200 50000@160"],
    ]);
    const retired = await db.licensePackage.create({ data: { name: "Retired tier", tiers: [{ fromSeats: 7, unitAmount: 100 }], active: false } });
    expect((await catalog()).map((p) => p.id)).not.toContain(retired.id);
  });
});
