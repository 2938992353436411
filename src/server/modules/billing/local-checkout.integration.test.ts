import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { activateDevice, callerFor, createOrgWithMembers, giveBillingProfile, expectTRPCError, SKU_INPUT } from "@/testing/factories";

const USD = "pkg_seats_usd"; // 1,000 seats and more at 3.00 USD

describe("buying seats in the local payments mode", () => {
  it("a sales member buys 1,000 seats: pending order, test-mode checkout, signed webhook, seats in the pool", async () => {
    const { org, members } = await createOrgWithMembers(["SALES"]);
    await giveBillingProfile(org.id, members.SALES!.id);
    const sales = callerFor(members.SALES!.id);
    expect(await sales.license.paymentsMode({ orgSlug: org.slug })).toBe("local");

    const { orderId, url } = await sales.license.checkout({ orgSlug: org.slug, packageId: USD, seats: 1_000 });
    expect(url).toBe(`/o/${org.slug}/licenses/checkout/${orderId}`);
    expect(await sales.license.order({ orgSlug: org.slug, orderId })).toMatchObject({ status: "pending", seats: 1000, amountTotal: 300_000, provider: "local", checkoutUrl: url });

    const paid = await sales.license.completeLocalCheckout({ orgSlug: org.slug, orderId, outcome: "paid" });
    expect(paid).toMatchObject({ status: "paid", seatsFulfilled: 1000, checkoutUrl: null, createdBy: "SALES" });
    expect(await sales.license.balance({ orgSlug: org.slug })).toMatchObject({ seatsTotal: 1000, seatsAvailable: 1000 });
    // The local Pay went through signature verification and left its event id, like Stripe's would.
    expect(await db.stripeEvent.findFirst({ where: { orderId } })).toMatchObject({ type: "checkout.session.completed" });
    const { entries } = await sales.license.ledger({ orgSlug: org.slug });
    expect(entries[0]).toMatchObject({ kind: "purchase", totalDelta: 1000, orderId, actor: "SALES" });
    expect((await sales.license.orders({ orgSlug: org.slug })).items).toMatchObject([{ id: orderId, status: "paid" }]);

    await expectTRPCError(sales.license.completeLocalCheckout({ orgSlug: org.slug, orderId, outcome: "paid" }), "CONFLICT", /already paid/);
    expect(await sales.license.balance({ orgSlug: org.slug })).toMatchObject({ seatsTotal: 1000 });
  });

  it("cancelling marks the order cancelled and adds nothing", async () => {
    const { org, owner } = await createOrgWithMembers();
    await giveBillingProfile(org.id, owner.id);
    const caller = callerFor(owner.id);
    const { orderId } = await caller.license.checkout({ orgSlug: org.slug, packageId: USD, seats: 2_000 });
    expect(await caller.license.completeLocalCheckout({ orgSlug: org.slug, orderId, outcome: "cancelled" })).toMatchObject({ status: "cancelled", seatsFulfilled: 0 });
    expect(await caller.license.balance({ orgSlug: org.slug })).toMatchObject({ seatsTotal: 0 });
  });

  it("only owners, admins and sales buy and see orders; input is validated with clear messages", async () => {
    const { org, owner, members } = await createOrgWithMembers(["ADMIN", "DEVELOPER", "VIEWER"]);
    await giveBillingProfile(org.id, owner.id);
    for (const role of ["DEVELOPER", "VIEWER"] as const) {
      const caller = callerFor(members[role]!.id);
      await expectTRPCError(caller.license.checkout({ orgSlug: org.slug, packageId: USD, seats: 1_000 }), "FORBIDDEN");
      await expectTRPCError(caller.license.orders({ orgSlug: org.slug }), "FORBIDDEN");
      expect(await caller.license.balance({ orgSlug: org.slug })).toMatchObject({ seatsTotal: 0 });
    }
    await callerFor(members.ADMIN!.id).license.checkout({ orgSlug: org.slug, packageId: USD, seats: 1_000 });
    const caller = callerFor(owner.id);
    await expectTRPCError(caller.license.checkout({ orgSlug: org.slug, packageId: USD, seats: 0 }), "BAD_REQUEST", /at least 1 seat/);
    await expectTRPCError(caller.license.checkout({ orgSlug: org.slug, packageId: USD, seats: 2.5 }), "BAD_REQUEST", /whole number/);
    await expectTRPCError(caller.license.checkout({ orgSlug: org.slug, packageId: USD, seats: 99 }), "BAD_REQUEST", /^Orders of this package start at 100 seats\.$/);
    await expectTRPCError(caller.license.checkout({ orgSlug: org.slug, packageId: USD, seats: 100_001 }), "BAD_REQUEST", /At most 100,000 seats per online order; ask sales for a quote/);
    await expectTRPCError(caller.license.checkout({ orgSlug: org.slug, packageId: "pkg_gone", seats: 100 }), "NOT_FOUND", /no longer offered/);
    await expectTRPCError(caller.license.order({ orgSlug: org.slug, orderId: "ord_unknown" }), "NOT_FOUND");
    expect((await caller.license.orders({ orgSlug: org.slug })).total).toBe(1);
  });

  it("announces 70, 90 and 100 % utilization once each, and re-arms after a purchase", async () => {
    const { org, owner } = await createOrgWithMembers();
    await giveBillingProfile(org.id, owner.id);
    const caller = callerFor(owner.id);
    const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
    const { devices } = await caller.device.register({ orgSlug: org.slug, skuId: sku.id, devices: Array.from({ length: 12 }, (_, i) => ({ serial: `AL-${i}` })) });
    const ten = await db.licensePackage.create({ data: { name: "Ten", tiers: [{ fromSeats: 10, unitAmount: 100 }] } });
    const buyTen = async () => {
      const { orderId } = await caller.license.checkout({ orgSlug: org.slug, packageId: ten.id, seats: 10 });
      await caller.license.completeLocalCheckout({ orgSlug: org.slug, orderId, outcome: "paid" });
    };
    await buyTen();
    const { refreshUtilizationAlert } = await import("@/server/modules/licenses/alerts");
    const levels: (number | null)[] = [];
    for (const device of devices.slice(0, 10)) {
      const { alertLevel } = await activateDevice(org.id, device.id);
      if (alertLevel) levels.push(await refreshUtilizationAlert(db, org.id));
    }
    expect(levels).toEqual([70, 90, 100]);
    expect(await refreshUtilizationAlert(db, org.id)).toBeNull();
    const alerts = await db.auditLog.findMany({ where: { orgId: org.id, action: "licenses.utilization_alert" }, orderBy: { createdAt: "asc" } });
    expect(alerts.map((a) => (a.metadata as { level: number }).level)).toEqual([70, 90, 100]);
    expect((await db.licensePool.findUniqueOrThrow({ where: { orgId: org.id } })).alertLevel).toBe(100);
    await buyTen(); // 10 of 20 in use: below every threshold again
    expect((await db.licensePool.findUniqueOrThrow({ where: { orgId: org.id } })).alertLevel).toBe(0);
  });
});
