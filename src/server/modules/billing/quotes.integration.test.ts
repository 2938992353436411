import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createInnerContext } from "@/server/api/trpc";
import { createApiV1Caller } from "@/server/api/v1/root";
import { callerFor, createKey, createOrgWithMembers, createUser, expectTRPCError, giveBillingProfile } from "@/testing/factories";
import { pdfText } from "@/testing/pdf-text";
import { renderInvoicePdf } from "./invoice-pdf";
import { printableQuote } from "./quotes";

/** An organization with a sales member and a billing profile (Berlin, no VAT number: 19 % VAT). */
async function buyer() {
  const org = await createOrgWithMembers(["SALES", "VIEWER"]);
  await giveBillingProfile(org.org.id, org.owner.id, { taxId: "" });
  return { ...org, owner: callerFor(org.owner.id), sales: callerFor(org.members.SALES!.id), viewer: callerFor(org.members.VIEWER!.id), slug: org.org.slug };
}

async function operator() {
  const user = await createUser("Operator");
  await db.user.update({ where: { id: user.id }, data: { isOperator: true } });
  return callerFor(user.id);
}

const balance = async (caller: ReturnType<typeof callerFor>, orgSlug: string) => (await caller.license.balance({ orgSlug })).seatsTotal;

describe("quotes", () => {
  it("sales quotes a large bundle at its volume tier with tax; bad input is refused field by field", async () => {
    const { sales, viewer, slug, org } = await buyer();
    const quote = await sales.quote.create({ orgSlug: slug, packageId: "pkg_seats_usd", seats: 20_000, validDays: 14, paymentTermsDays: 45, terms: "Delivery to Shenzhen warehouse" });
    expect(quote).toMatchObject({
      number: expect.stringMatching(/^Q-[0-9A-F]{8}$/),
      status: "open",
      seats: 20_000,
      unitAmount: 200,
      subtotal: 4_000_000,
      taxRateBps: 1_900,
      taxAmount: 760_000,
      amountTotal: 4_760_000,
      paymentTermsDays: 45,
      terms: "Delivery to Shenzhen warehouse",
      createdBy: "SALES",
    });
    expect(quote.validUntil.getTime() - Date.now()).toBeGreaterThan(13.9 * 86_400_000);
    expect((await sales.quote.list({ orgSlug: slug })).items.map((q) => q.id)).toEqual([quote.id]);
    expect(await db.auditLog.count({ where: { orgId: org.id, action: "billing.quote_created" } })).toBe(1);

    // Beyond the online checkout's 100,000 seats and Stripe's amount limit: a quote may.
    expect(await sales.quote.create({ orgSlug: slug, packageId: "pkg_seats_usd", seats: 400_000 })).toMatchObject({ unitAmount: 160, subtotal: 64_000_000 });
    await expectTRPCError(sales.quote.create({ orgSlug: slug, packageId: "pkg_seats_usd", seats: 99 }), "BAD_REQUEST", /start at 100 seats/);
    await expectTRPCError(sales.quote.create({ orgSlug: slug, packageId: "pkg_seats_usd", seats: 1_000_001 }), "BAD_REQUEST", /at most 1,000,000 seats/);
    await expectTRPCError(sales.quote.create({ orgSlug: slug, packageId: "pkg_seats_usd", seats: 1_000, validDays: 0 }), "BAD_REQUEST", /at least 1 day/);
    await expectTRPCError(sales.quote.create({ orgSlug: slug, packageId: "pkg_seats_usd", seats: 1_000, paymentTermsDays: 120 }), "BAD_REQUEST", /at most 90 days/);
    await expectTRPCError(sales.quote.create({ orgSlug: slug, packageId: "pkg_seats_usd", seats: 1_000, terms: "x".repeat(1_001) }), "BAD_REQUEST", /at most 1,000 characters/);
    await expectTRPCError(sales.quote.create({ orgSlug: slug, packageId: "pkg_seats_eur", seats: 1_000 }), "BAD_REQUEST", /priced in EUR; your organization buys in USD/);
    await expectTRPCError(viewer.quote.create({ orgSlug: slug, packageId: "pkg_seats_usd", seats: 1_000 }), "FORBIDDEN");
    await expectTRPCError(viewer.quote.list({ orgSlug: slug }), "FORBIDDEN");
  });

  it("the owner accepts: an order due by bank transfer with its invoice now, seats on payment recorded by an operator", async () => {
    const { owner, sales, slug, org } = await buyer();
    const quote = await sales.quote.create({ orgSlug: slug, packageId: "pkg_seats_usd", seats: 2_000, paymentTermsDays: 30 });
    await expectTRPCError(sales.quote.accept({ orgSlug: slug, quoteId: quote.id }), "FORBIDDEN", /Only the organization's owner/);
    await expectTRPCError(sales.quote.decline({ orgSlug: slug, quoteId: quote.id }), "FORBIDDEN", /Only the organization's owner/);

    const { orderId } = await owner.quote.accept({ orgSlug: slug, quoteId: quote.id });
    const order = await owner.license.order({ orgSlug: slug, orderId });
    expect(order).toMatchObject({ status: "pending", provider: "invoice", seats: 2_000, unitAmount: 300, amountTotal: 714_000, seatsFulfilled: 0 });
    expect(order.invoices).toEqual([expect.objectContaining({ kind: "invoice", total: 714_000, testMode: true })]);
    const stored = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(stored.paymentDueAt!.getTime() - Date.now()).toBeGreaterThan(29.9 * 86_400_000);
    const invoice = await owner.license.invoice({ orgSlug: slug, invoiceId: order.invoices[0]!.id });
    expect(invoice.dueAt).toEqual(stored.paymentDueAt);
    expect(await pdfText(await renderInvoicePdf(invoice))).toMatch(/Payment due by \d{4}-\d{2}-\d{2} by bank transfer, quoting TEST-INV-\d{6}/);
    expect(await owner.quote.get({ orgSlug: slug, quoteId: quote.id })).toMatchObject({ status: "accepted", orderId, decidedBy: "Owner" });
    await expectTRPCError(owner.quote.accept({ orgSlug: slug, quoteId: quote.id }), "CONFLICT", /already accepted/);
    expect(await balance(owner, slug)).toBe(0);

    // Nobody but an operator marks it paid: no checkout can pay or cancel it.
    await expectTRPCError(owner.license.completeLocalCheckout({ orgSlug: slug, orderId, outcome: "paid" }), "CONFLICT", /paid by bank transfer/);
    await expectTRPCError(owner.license.cancelCheckout({ orgSlug: slug, orderId }), "CONFLICT", /paid by bank transfer/);
    await expectTRPCError(owner.operator.recordBankTransfer({ orderId }), "FORBIDDEN");

    // The API's contract: an order's invoice number and URL are null until it is paid.
    const { key } = await createKey(org.id, ["licenses:read"]);
    const api = createApiV1Caller(createInnerContext({ authorization: `Bearer ${key}` }));
    expect((await api.orders.list()).orders.find((row) => row.id === orderId)).toMatchObject({ status: "pending", invoiceNumber: null, invoiceUrl: null });

    const op = await operator();
    expect((await op.operator.awaitingTransfer()).find((row) => row.id === orderId)).toMatchObject({ invoiceNumber: invoice.number, org: { slug } });
    expect(await op.operator.recordBankTransfer({ orderId })).toEqual({ orderId, seatsAdded: 2_000 });
    await expectTRPCError(op.operator.recordBankTransfer({ orderId }), "CONFLICT", /already paid/);
    expect(await owner.license.order({ orgSlug: slug, orderId })).toMatchObject({ status: "paid", seatsFulfilled: 2_000, invoices: [expect.objectContaining({ kind: "invoice" })] });
    expect(await balance(owner, slug)).toBe(2_000);
    expect((await api.orders.list()).orders.find((row) => row.id === orderId)).toMatchObject({ status: "paid", invoiceNumber: invoice.number });
    expect(await db.auditLog.count({ where: { orgId: org.id, action: { in: ["billing.quote_accepted", "billing.bank_transfer_received", "billing.invoice_issued"] } } })).toBe(3);
  });

  it("an expired, withdrawn or declined quote cannot be accepted; two owners accepting at once make one order", async () => {
    const { owner, sales, slug, org } = await buyer();
    const expired = await sales.quote.create({ orgSlug: slug, packageId: "pkg_seats_usd", seats: 1_000 });
    await db.quote.update({ where: { id: expired.id }, data: { validUntil: new Date(Date.now() - 60_000) } });
    expect((await owner.quote.get({ orgSlug: slug, quoteId: expired.id })).status).toBe("expired");
    await expectTRPCError(owner.quote.accept({ orgSlug: slug, quoteId: expired.id }), "CONFLICT", /has expired/);

    const withdrawn = await sales.quote.create({ orgSlug: slug, packageId: "pkg_seats_usd", seats: 1_000 });
    expect((await sales.quote.withdraw({ orgSlug: slug, quoteId: withdrawn.id })).status).toBe("withdrawn");
    await expectTRPCError(owner.quote.accept({ orgSlug: slug, quoteId: withdrawn.id }), "CONFLICT", /already withdrawn/);
    const declined = await sales.quote.create({ orgSlug: slug, packageId: "pkg_seats_usd", seats: 1_000 });
    expect((await owner.quote.decline({ orgSlug: slug, quoteId: declined.id })).status).toBe("declined");
    await expectTRPCError(sales.quote.withdraw({ orgSlug: slug, quoteId: declined.id }), "CONFLICT", /already declined/);

    const raced = await sales.quote.create({ orgSlug: slug, packageId: "pkg_seats_usd", seats: 1_000 });
    const outcomes = await Promise.allSettled([owner.quote.accept({ orgSlug: slug, quoteId: raced.id }), owner.quote.accept({ orgSlug: slug, quoteId: raced.id })]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.order.count({ where: { orgId: org.id } })).toBe(1);
  });

  it("where the operator allows it (audited), an accepted quote's seats arrive at once; the transfer then adds none", async () => {
    const { owner, sales, slug, org } = await buyer();
    const op = await operator();
    expect(await op.operator.setSeatsBeforePayment({ orgId: org.id, enabled: true })).toEqual({ orgId: org.id, seatsBeforePayment: true });
    expect(await db.auditLog.findFirst({ where: { orgId: org.id, action: "billing.seats_before_payment_changed" } })).toMatchObject({ metadata: { enabled: true } });
    const quote = await sales.quote.create({ orgSlug: slug, packageId: "pkg_seats_usd", seats: 1_000 });
    const { orderId } = await owner.quote.accept({ orgSlug: slug, quoteId: quote.id });
    expect(await owner.license.order({ orgSlug: slug, orderId })).toMatchObject({ status: "pending", seatsFulfilled: 1_000 });
    expect(await balance(owner, slug)).toBe(1_000);
    expect(await op.operator.recordBankTransfer({ orderId })).toEqual({ orderId, seatsAdded: 0 });
    expect(await balance(owner, slug)).toBe(1_000);
  });

  it("prints as a PDF with its number, validity, terms and total", async () => {
    const { sales, slug, org } = await buyer();
    const quote = await sales.quote.create({ orgSlug: slug, packageId: "pkg_seats_usd", seats: 5_000, paymentTermsDays: 60, terms: "Two deliveries" });
    const text = await pdfText(await renderInvoicePdf(await printableQuote(db, org.id, quote.id)));
    expect(text).toContain("QUOTE");
    expect(text).toContain(quote.number);
    expect(text).toContain("Aurora Devices GmbH");
    expect(text).toMatch(/5,000\s+\$3\.00\s+\$15,000\.00/);
    expect(text).toMatch(/Total\s+\$17,850\.00/);
    expect(text).toContain("within 60 days");
    expect(text).toContain("Terms: Two deliveries");
  });
});
