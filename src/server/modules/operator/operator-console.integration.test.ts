import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { callerFor, createOrgWithMembers, createUser, expectTRPCError, giveBillingProfile } from "@/testing/factories";

async function operator() {
  const user = await createUser("Operator");
  await db.user.update({ where: { id: user.id }, data: { isOperator: true } });
  return callerFor(user.id);
}

const TIERS = [
  { fromSeats: 50_000, unitAmount: 150 },
  { fromSeats: 200_000, unitAmount: 120 },
];
const NEW_PACKAGE = { name: "Enterprise 50k", tiers: TIERS, currency: "USD", termMonths: 12, stripeLookupKey: null, active: true, sortOrder: 40 };

describe("the operator console", () => {
  it("is for operators only: an organization owner is refused everywhere", async () => {
    const { org, owner } = await createOrgWithMembers();
    const caller = callerFor(owner.id);
    await expectTRPCError(caller.operator.packages(), "FORBIDDEN", /Only Anima operators/);
    await expectTRPCError(caller.operator.organizations({}), "FORBIDDEN");
    await expectTRPCError(caller.operator.createPackage(NEW_PACKAGE), "FORBIDDEN");
    await expectTRPCError(caller.operator.grantSeats({ orgId: org.id, seats: 1000, reason: "self-service" }), "FORBIDDEN");
    await expectTRPCError(caller.operator.setOverage({ orgId: org.id, overagePercent: 25 }), "FORBIDDEN");
    await expectTRPCError(callerFor(null).operator.packages(), "UNAUTHORIZED");
    expect(await db.licensePool.findUnique({ where: { orgId: org.id } })).toBeNull();
  });

  it("manages the package catalog: create, edit, retire; members see only active packages", async () => {
    const op = await operator();
    const created = await op.operator.createPackage(NEW_PACKAGE);
    expect(created).toMatchObject({ currency: "usd", tiers: TIERS, active: true });
    await expectTRPCError(op.operator.createPackage({ ...NEW_PACKAGE, tiers: [] }), "BAD_REQUEST", /at least one price tier/);
    await expectTRPCError(op.operator.createPackage({ ...NEW_PACKAGE, tiers: [{ fromSeats: 0, unitAmount: 150 }] }), "BAD_REQUEST", /starts at 1 seat or more/);
    await expectTRPCError(op.operator.createPackage({ ...NEW_PACKAGE, tiers: [TIERS[0]!, { fromSeats: 200_000, unitAmount: 150 }] }), "BAD_REQUEST", /Tier 2 must cost less per seat than tier 1/);
    await expectTRPCError(op.operator.createPackage({ ...NEW_PACKAGE, tiers: [{ fromSeats: 1, unitAmount: 1.5 }] }), "BAD_REQUEST", /whole number of minor units/);
    await expectTRPCError(op.operator.createPackage({ ...NEW_PACKAGE, currency: "dollars" }), "BAD_REQUEST", /3-letter/);
    await expectTRPCError(op.operator.createPackage({ ...NEW_PACKAGE, stripeLookupKey: "anima_seats_usd" }), "CONFLICT", /lookup key/);
    await expectTRPCError(op.operator.updatePackage({ id: "pkg_unknown", active: false }), "NOT_FOUND");

    const { org, owner } = await createOrgWithMembers();
    const member = callerFor(owner.id);
    expect((await member.license.packages({ orgSlug: org.slug })).map((p) => p.id)).toContain(created.id);
    await op.operator.updatePackage({ id: created.id, active: false, tiers: [{ fromSeats: 50_000, unitAmount: 140 }] });
    expect((await member.license.packages({ orgSlug: org.slug })).map((p) => p.id)).not.toContain(created.id);
    expect((await op.operator.packages()).find((p) => p.id === created.id)).toMatchObject({ active: false, tiers: [{ fromSeats: 50_000, unitAmount: 140 }] });
    await expectTRPCError(member.license.checkout({ orgSlug: org.slug, packageId: created.id, seats: 100 }), "NOT_FOUND");
  });

  it("grants contract seats and sets the overage policy within its cap, both audited in the organization", async () => {
    const op = await operator();
    const { org } = await createOrgWithMembers();
    expect(await op.operator.grantSeats({ orgId: org.id, seats: 500, reason: "Q4 contract" })).toMatchObject({ seatsTotal: 500 });
    await expectTRPCError(op.operator.setOverage({ orgId: org.id, overagePercent: 26 }), "BAD_REQUEST", /capped at 25/);
    expect(await op.operator.setOverage({ orgId: org.id, overagePercent: 10 })).toEqual({ orgId: org.id, overagePercent: 10 });
    const page = await op.operator.organizations({ query: org.name });
    expect(page.items).toMatchObject([{ id: org.id, seatsTotal: 500, seatsUsed: 0, overagePercent: 10 }]);
    const actions = (await db.auditLog.findMany({ where: { orgId: org.id }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["licenses.granted", "licenses.overage_changed"]));
    await expectTRPCError(op.operator.grantSeats({ orgId: "org_unknown", seats: 5, reason: "typo" }), "NOT_FOUND");
  });

  it("sets tax rates per country: later orders carry them, earlier ones keep theirs; validated; operators only", async () => {
    const op = await operator();
    // New Zealand: no other test file charges it.
    expect(await op.operator.setTaxRate({ country: "nz", rateBps: 1_500, label: "GST" })).toMatchObject({ country: "NZ", rateBps: 1_500, label: "GST" });
    const buyer = await createOrgWithMembers();
    await giveBillingProfile(buyer.org.id, buyer.owner.id, { country: "NZ", taxId: "", city: "Auckland", postalCode: "1010" });
    const member = callerFor(buyer.owner.id);
    expect(await member.billing.tax({ orgSlug: buyer.org.slug })).toEqual({ rateBps: 1_500, label: "GST", note: null });
    const first = await member.license.checkout({ orgSlug: buyer.org.slug, packageId: "pkg_seats_usd", seats: 100 });

    await op.operator.setTaxRate({ country: "NZ", rateBps: 1_250, label: "GST" });
    const second = await member.license.checkout({ orgSlug: buyer.org.slug, packageId: "pkg_seats_usd", seats: 100 });
    await op.operator.removeTaxRate({ country: "NZ" });
    const third = await member.license.checkout({ orgSlug: buyer.org.slug, packageId: "pkg_seats_usd", seats: 100 });
    const taxes = await Promise.all([first, second, third].map(async ({ orderId }) => (await member.license.order({ orgSlug: buyer.org.slug, orderId })).taxAmount));
    expect(taxes).toEqual([6_000, 5_000, 0]);
    expect((await op.operator.taxRates()).map((rate) => rate.country)).not.toContain("NZ");

    await expectTRPCError(op.operator.setTaxRate({ country: "NZL", rateBps: 1_500, label: "GST" }), "BAD_REQUEST", /2-letter ISO code/);
    await expectTRPCError(op.operator.setTaxRate({ country: "NZ", rateBps: 5_001, label: "GST" }), "BAD_REQUEST", /at most 5000 basis points/);
    await expectTRPCError(op.operator.setTaxRate({ country: "NZ", rateBps: 12.5, label: "GST" }), "BAD_REQUEST", /whole number of basis points/);
    await expectTRPCError(member.operator.setTaxRate({ country: "NZ", rateBps: 0, label: "GST" }), "FORBIDDEN", /Only Anima operators/);
    await expectTRPCError(member.operator.taxRates(), "FORBIDDEN");
  });
});
