import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { activateDevice, callerFor, createOrgWithMembers, expectTRPCError, SKU_INPUT } from "@/testing/factories";
import { grantSeats } from "./grant-seats";

async function fleet() {
  const org = await createOrgWithMembers(["DEVELOPER", "VIEWER"]);
  const owner = callerFor(org.owner.id);
  const sku = await owner.sku.create({ orgSlug: org.org.slug, ...SKU_INPUT });
  const { devices } = await owner.device.register({ orgSlug: org.org.slug, skuId: sku.id, devices: ["OLD-1", "NEW-1", "NEW-2"].map((serial) => ({ serial })) });
  await grantSeats(db, org.org.id, { type: "system", label: "test" }, { seats: 1, reason: "one seat" });
  const [old, replacement, spare] = devices.map((d) => d.id) as [string, string, string];
  await activateDevice(org.org.id, old);
  return { ...org, owner, old, replacement, spare };
}

describe("RMA seat transfer", () => {
  it("moves the seat to the replacement without a purchase; the replacement's first boot takes no seat", async () => {
    const f = await fleet();
    const moved = await f.owner.license.transferSeat({ orgSlug: f.org.slug, fromDeviceId: f.old, toDeviceId: f.replacement, reason: "RMA-2026-0042" });
    expect(moved).toMatchObject({ from: { serial: "OLD-1" }, to: { serial: "NEW-1" } });

    expect(await f.owner.license.balance({ orgSlug: f.org.slug })).toMatchObject({ seatsTotal: 1, seatsUsed: 1, transfers: 1 });
    // The replacement holds the transferred seat: its first boot takes no other.
    await activateDevice(f.org.id, f.replacement);
    expect(await f.owner.license.balance({ orgSlug: f.org.slug })).toMatchObject({ seatsUsed: 1 });

    const old = await f.owner.device.get({ orgSlug: f.org.slug, deviceId: f.old });
    expect(old).toMatchObject({ status: "revoked", replacedBy: { id: f.replacement, serial: "NEW-1" } });
    const { items: history } = await f.owner.device.timeline({ orgSlug: f.org.slug, deviceId: f.old });
    expect(history.map((h) => h.action)).toContain("device.replaced");
    const replacement = await f.owner.device.get({ orgSlug: f.org.slug, deviceId: f.replacement });
    expect(replacement).toMatchObject({ replacementFor: { id: f.old, serial: "OLD-1" } });
    expect(replacement.licensedAt).toBeInstanceOf(Date);

    const { entries } = await f.owner.license.ledger({ orgSlug: f.org.slug });
    expect(entries[0]).toMatchObject({ kind: "rma_transfer", totalDelta: 0, usedDelta: 0, deviceSerial: "NEW-1", fromDeviceSerial: "OLD-1", reason: "RMA-2026-0042" });
  });

  it("refuses transfers that would create or lose a seat, with a reason naming the device", async () => {
    const f = await fleet();
    const transfer = (fromDeviceId: string, toDeviceId: string) => f.owner.license.transferSeat({ orgSlug: f.org.slug, fromDeviceId, toDeviceId, reason: "RMA-1" });
    await expectTRPCError(transfer(f.old, f.old), "BAD_REQUEST", /cannot replace itself/);
    await expectTRPCError(transfer(f.spare, f.replacement), "CONFLICT", /NEW-2 holds no seat/);
    await transfer(f.old, f.replacement);
    await expectTRPCError(transfer(f.old, f.spare), "CONFLICT", /OLD-1 was already replaced/);
    await expectTRPCError(transfer(f.replacement, f.old), "CONFLICT", /OLD-1 already holds a seat/);
    await expectTRPCError(transfer(f.replacement, "dev_unknown"), "NOT_FOUND", /replacement device was not found/);
    expect(await f.owner.license.balance({ orgSlug: f.org.slug })).toMatchObject({ seatsUsed: 1, transfers: 1 });
  });

  it("needs devices:write: a viewer is refused, a developer may", async () => {
    const f = await fleet();
    const input = { orgSlug: f.org.slug, fromDeviceId: f.old, toDeviceId: f.replacement, reason: "RMA-7" };
    await expectTRPCError(callerFor(f.members.VIEWER!.id).license.transferSeat(input), "FORBIDDEN");
    await expectTRPCError(callerFor(f.members.DEVELOPER!.id).license.transferSeat({ ...input, reason: "x" }), "BAD_REQUEST", /reason/i);
    await callerFor(f.members.DEVELOPER!.id).license.transferSeat(input);
  });

  it("two transfers of the same seat at once: exactly one wins", async () => {
    const f = await fleet();
    const results = await Promise.allSettled([
      f.owner.license.transferSeat({ orgSlug: f.org.slug, fromDeviceId: f.old, toDeviceId: f.replacement, reason: "RMA-A" }),
      f.owner.license.transferSeat({ orgSlug: f.org.slug, fromDeviceId: f.old, toDeviceId: f.spare, reason: "RMA-B" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.device.count({ where: { orgId: f.org.id, licensedAt: { not: null } } })).toBe(2);
    expect(await f.owner.license.balance({ orgSlug: f.org.slug })).toMatchObject({ seatsUsed: 1, transfers: 1 });
  });
});
