import type { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/server/db";
import { BILLING_PROFILE, callerFor, createOrgWithMembers, expectTRPCError, giveBillingProfile } from "@/testing/factories";

const USD = "pkg_seats_usd"; // 1,000 seats and more at 3.00 USD

/** The validation messages of a refused input, by field. */
function issuesOf(error: TRPCError): Record<string, string> {
  expect(error.cause).toBeInstanceOf(ZodError);
  return Object.fromEntries((error.cause as ZodError).issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("the billing profile", () => {
  it("is saved with its tax ID checked and compacted, read back, and audited by the fields that changed", async () => {
    const { org, members } = await createOrgWithMembers(["SALES"]);
    const sales = callerFor(members.SALES!.id);
    expect(await sales.billing.profile({ orgSlug: org.slug })).toBeNull();

    const saved = await sales.billing.saveProfile({ orgSlug: org.slug, ...BILLING_PROFILE, region: "  ", addressLine2: "" });
    expect(saved).toMatchObject({ legalName: "Aurora Devices GmbH", country: "DE", taxId: "DE136695976", region: null, addressLine2: null, currency: "usd" });
    expect(await sales.billing.profile({ orgSlug: org.slug })).toMatchObject({ taxId: "DE136695976", billingEmail: "billing@aurora.example" });

    await sales.billing.saveProfile({ orgSlug: org.slug, ...BILLING_PROFILE, city: "Hamburg", postalCode: "20095" });
    await sales.billing.saveProfile({ orgSlug: org.slug, ...BILLING_PROFILE, city: "Hamburg", postalCode: "20095" }); // unchanged: no entry
    const entries = await db.auditLog.findMany({ where: { orgId: org.id, targetType: "billing_profile" }, orderBy: { createdAt: "asc" } });
    expect(entries.map((e) => [e.action, e.actorUserId, e.metadata])).toEqual([
      ["billing.profile_created", members.SALES!.id, { fields: ["legalName", "addressLine1", "city", "postalCode", "country", "taxId", "billingEmail", "currency"] }],
      ["billing.profile_updated", members.SALES!.id, { fields: ["city", "postalCode"] }],
    ]);
  });

  it("checks tax IDs by the country's rules: check digits, prefixes, and any plausible number where no rule is known", async () => {
    const { org, owner } = await createOrgWithMembers();
    const save = (country: string, taxId: string) => callerFor(owner.id).billing.saveProfile({ orgSlug: org.slug, ...BILLING_PROFILE, country, taxId });
    expect((await save("CN", "91440300MA5F1K2L3H")).taxId).toBe("91440300MA5F1K2L3H");
    expect((await save("GR", "094259216")).taxId).toBe("EL094259216");
    expect((await save("GB", "GB 980 7806 84")).taxId).toBe("GB980780684");
    expect((await save("IN", "27AAPFU0939F1ZV")).taxId).toBe("27AAPFU0939F1ZV");
    expect((await save("AQ", "ANT-1234")).taxId).toBe("ANT-1234");
    const germanDigits = issuesOf(await expectTRPCError(save("DE", "DE136695977"), "BAD_REQUEST")).taxId;
    expect(germanDigits).toMatch(/not a valid USt ID Nr\. for DE/);
    for (const [country, taxId] of [["CN", "91440300MA5F1K2L3X"], ["DE", "DE136695977"], ["US", "12-345"], ["AQ", "?"]]) {
      const error = await expectTRPCError(save(country!, taxId!), "BAD_REQUEST");
      expect(Object.keys(issuesOf(error))).toEqual(["taxId"]);
    }
    expect((await callerFor(owner.id).billing.profile({ orgSlug: org.slug }))?.taxId).toBe("ANT-1234");
  });

  it("refuses bad input with a message per field and writes nothing", async () => {
    const { org, owner } = await createOrgWithMembers();
    const owner_ = callerFor(owner.id);
    const error = await expectTRPCError(
      owner_.billing.saveProfile({ orgSlug: org.slug, ...BILLING_PROFILE, legalName: " ", country: "XX", billingEmail: "finance@", city: "x".repeat(101) }),
      "BAD_REQUEST",
    );
    expect(issuesOf(error)).toEqual({
      legalName: "Legal name is required.",
      country: "Choose the country from the list.",
      billingEmail: "Enter a valid email address.",
      city: "City: at most 100 characters.",
    });
    await expectTRPCError(owner_.billing.saveProfile({ orgSlug: org.slug, ...BILLING_PROFILE, currency: "xyz" }), "BAD_REQUEST", /Licenses are sold in .*USD/);
    expect(await owner_.billing.profile({ orgSlug: org.slug })).toBeNull();
    expect(await db.auditLog.count({ where: { orgId: org.id, targetType: "billing_profile" } })).toBe(0);
  });

  it("belongs to the members who buy seats: developers and viewers neither read nor change it", async () => {
    const { org, owner, members } = await createOrgWithMembers(["DEVELOPER", "VIEWER"]);
    await giveBillingProfile(org.id, owner.id);
    for (const role of ["DEVELOPER", "VIEWER"] as const) {
      const member = callerFor(members[role]!.id);
      await expectTRPCError(member.billing.profile({ orgSlug: org.slug }), "FORBIDDEN");
      await expectTRPCError(member.billing.saveProfile({ orgSlug: org.slug, ...BILLING_PROFILE, legalName: "Changed" }), "FORBIDDEN");
    }
    expect((await callerFor(owner.id).billing.profile({ orgSlug: org.slug }))?.legalName).toBe("Aurora Devices GmbH");
  });

  it("is required before the first purchase, and the purchase is in its currency", async () => {
    const { org, owner } = await createOrgWithMembers();
    const buyer = callerFor(owner.id);
    await expectTRPCError(buyer.license.checkout({ orgSlug: org.slug, packageId: USD, seats: 1_000 }), "PRECONDITION_FAILED", /billing details \(Settings → Billing\)/);
    expect(await db.order.count({ where: { orgId: org.id } })).toBe(0);

    await giveBillingProfile(org.id, owner.id);
    const euro = await db.licensePackage.create({ data: { name: "Euro 10", tiers: [{ fromSeats: 10, unitAmount: 290 }], currency: "eur" } });
    await expectTRPCError(buyer.license.checkout({ orgSlug: org.slug, packageId: euro.id, seats: 10 }), "BAD_REQUEST", /priced in EUR; your organization buys in USD/);
    expect(await db.order.count({ where: { orgId: org.id } })).toBe(0);
    const { orderId } = await buyer.license.checkout({ orgSlug: org.slug, packageId: USD, seats: 1_000 });

    // Paid in USD: the currency stays, the rest may change.
    await buyer.license.completeLocalCheckout({ orgSlug: org.slug, orderId, outcome: "paid" });
    await expectTRPCError(buyer.billing.saveProfile({ orgSlug: org.slug, ...BILLING_PROFILE, currency: "eur" }), "PRECONDITION_FAILED", /cannot change after the first payment/);
    expect((await buyer.billing.saveProfile({ orgSlug: org.slug, ...BILLING_PROFILE, legalName: "Aurora Devices AG" })).legalName).toBe("Aurora Devices AG");
    expect((await buyer.billing.profile({ orgSlug: org.slug }))?.currency).toBe("usd");
  });
});
