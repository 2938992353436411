import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { callerFor, createKey, createOrgWithMembers, giveBillingProfile } from "@/testing/factories";
import { pendingOrder, refund, deliver, event, charge } from "@/testing/billing-fixtures";
import { pdfText } from "@/testing/pdf-text";
import { renderInvoicePdf } from "./invoice-pdf";
import { getInvoice, issueInvoice } from "./invoices";
import { settleOrder } from "./settle-order";
import { REVERSE_CHARGE_NOTE } from "@/shared/tax-words";

/** A local order of `seats` paid now, as the test-mode Pay records it. */
async function paidOrder(org: Awaited<ReturnType<typeof createOrgWithMembers>>, seats = 100) {
  const order = await pendingOrder(org, seats);
  await db.$transaction((tx) => settleOrder(tx, order.id, { paidAt: new Date(), paymentIntentId: `pi_${order.id}` }));
  return db.order.findUniqueOrThrow({ where: { id: order.id }, include: { invoices: { orderBy: { sequence: "asc" } } } });
}

const sequences = async (issuer: string, kind: "invoice" | "credit_note") =>
  (await db.invoice.findMany({ where: { issuer, kind }, select: { sequence: true }, orderBy: { sequence: "asc" } })).map((row) => row.sequence);

describe("invoices", () => {
  it("a paid order gets one numbered invoice with the billing profile, its line, tax and total; the PDF says so", async () => {
    const org = await createOrgWithMembers();
    const order = await paidOrder(org, 2_000);
    expect(order.invoices).toHaveLength(1);
    const invoice = await getInvoice(db, org.org.id, order.invoices[0]!.id);
    expect(invoice).toMatchObject({
      kind: "invoice",
      number: expect.stringMatching(/^TEST-INV-\d{6}$/),
      testMode: true,
      currency: "usd",
      buyer: { name: "Aurora Devices GmbH", addressLines: ["Friedrichstraße 68", "10117 Berlin"], country: "DE", taxId: "DE136695976", email: "billing@aurora.example" },
      seller: { name: expect.any(String), country: "IE" },
      lines: [{ description: "Device licenses — device license seats", quantity: 2_000, unitAmount: 300, amount: 600_000 }],
      subtotal: 600_000,
      // A German company with a VAT number, invoiced from Ireland: reverse charge.
      taxRateBps: 0,
      taxAmount: 0,
      total: 600_000,
      taxNote: REVERSE_CHARGE_NOTE,
    });
    expect(await db.auditLog.count({ where: { orgId: org.org.id, action: "billing.invoice_issued" } })).toBe(1);

    const text = await pdfText(await renderInvoicePdf(invoice));
    expect(text).toContain(invoice.number);
    expect(text).toContain("Aurora Devices GmbH");
    expect(text).toContain("DE136695976");
    expect(text).toContain("Germany");
    expect(text).toContain("2,000");
    expect(text).toMatch(/Total\s+\$6,000\.00/);
    expect(text).toContain("Reverse charge");
    expect(text).toContain("TEST MODE");

    // Redelivered payment facts issue nothing more.
    await db.$transaction((tx) => settleOrder(tx, order.id, { paidAt: new Date() }));
    expect(await db.invoice.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("charges the country's rate to a buyer without a VAT number, and none where no rate is set", async () => {
    const german = await createOrgWithMembers();
    await giveBillingProfile(german.org.id, german.owner.id, { taxId: "" });
    const taxed = await paidOrder(german, 100);
    expect(taxed).toMatchObject({ subtotal: 40_000, taxRateBps: 1_900, taxLabel: "VAT", taxAmount: 7_600, amountTotal: 47_600, taxNote: null });
    const invoice = await getInvoice(db, german.org.id, taxed.invoices[0]!.id);
    expect(invoice).toMatchObject({ subtotal: 40_000, taxAmount: 7_600, total: 47_600 });
    const text = await pdfText(await renderInvoicePdf(invoice));
    expect(text).toMatch(/VAT 19 %\s+\$76\.00/);
    expect(text).toMatch(/Total\s+\$476\.00/);

    const chinese = await createOrgWithMembers();
    await giveBillingProfile(chinese.org.id, chinese.owner.id, { country: "CN", taxId: "91440300MA5F1K2L3H", city: "Shenzhen", postalCode: "518000" });
    expect(await paidOrder(chinese, 100)).toMatchObject({ taxRateBps: 0, taxAmount: 0, amountTotal: 40_000, taxNote: null });
  });

  it("numbers without gaps or duplicates when many orders are paid at once, and a rolled-back issue gives its number back", async () => {
    const org = await createOrgWithMembers();
    const orders = await Promise.all(Array.from({ length: 12 }, () => pendingOrder(org, 100)));
    await Promise.all(orders.map((order) => db.$transaction((tx) => settleOrder(tx, order.id, { paidAt: new Date() }))));
    const numbers = (await db.invoice.findMany({ where: { orgId: org.org.id }, select: { number: true } })).map((row) => row.number);
    expect(new Set(numbers).size).toBe(12);

    const rolledBack = await pendingOrder(org, 100);
    const row = await db.order.findUniqueOrThrow({ where: { id: rolledBack.id } });
    await expect(
      db.$transaction(async (tx) => {
        await issueInvoice(tx, row);
        throw new Error("the payment's transaction failed after issuing");
      }),
    ).rejects.toThrow("failed after issuing");
    expect(await db.invoice.count({ where: { orderId: rolledBack.id } })).toBe(0);

    // The whole series (other test files issue into it too) is 1..n: every committed number, none missing.
    const series = await sequences("TEST", "invoice");
    expect(series).toEqual(Array.from({ length: series.length }, (_, index) => index + 1));
  });

  it("is immutable once issued: an update changes nothing", async () => {
    const org = await createOrgWithMembers();
    const order = await paidOrder(org, 100);
    const id = order.invoices[0]!.id;
    await db.invoice.update({ where: { id }, data: { total: 1, number: "FORGED-1" } }).catch(() => undefined);
    await db.invoice.updateMany({ where: { id }, data: { total: 1 } });
    expect(await db.invoice.findUniqueOrThrow({ where: { id } })).toMatchObject({ total: 40_000, number: order.invoices[0]!.number });
  });

  it("a refund issues a credit note for what was refunded, crediting the invoice; a second refund another", async () => {
    const org = await createOrgWithMembers();
    await giveBillingProfile(org.org.id, org.owner.id, { taxId: "" });
    const order = await paidOrder(org, 100); // 400.00 + 76.00 VAT = 476.00
    const invoiceNumber = order.invoices[0]!.number;
    await deliver(event("charge.refunded", charge(order, 23_800)));
    await deliver(event("charge.refunded", charge(order, 23_800))); // redelivered: nothing more
    let notes = await db.invoice.findMany({ where: { orderId: order.id, kind: "credit_note" }, orderBy: { sequence: "asc" } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ number: expect.stringMatching(/^TEST-CN-\d{6}$/), creditsNumber: invoiceNumber, subtotal: 20_000, taxAmount: 3_800, total: 23_800 });
    const text = await pdfText(await renderInvoicePdf(await getInvoice(db, org.org.id, notes[0]!.id)));
    expect(text).toContain("CREDIT NOTE");
    expect(text).toContain(invoiceNumber);
    expect(text).toMatch(/Total credited\s+-\$238\.00/);

    await deliver(event("refund.created", refund(order, `re_${order.id}_2`, 23_800)));
    await deliver(event("charge.refunded", charge(order, 47_600)));
    notes = await db.invoice.findMany({ where: { orderId: order.id, kind: "credit_note" }, orderBy: { sequence: "asc" } });
    expect(notes.map((note) => note.total)).toEqual([23_800, 23_800]);
    expect(await db.auditLog.count({ where: { orgId: org.org.id, action: "billing.credit_note_issued" } })).toBe(2);
  });
});

describe("orders and invoices through the manufacturer API", () => {
  it("orders.list answers the contract shape; the invoice URL answers the PDF to the same key only", async () => {
    const org = await createOrgWithMembers();
    const paid = await paidOrder(org, 1_000);
    const pending = await pendingOrder(org, 100);
    const { key } = await createKey(org.org.id, ["licenses:read"]);
    const { createApiV1Caller } = await import("@/server/api/v1/root");
    const { createInnerContext } = await import("@/server/api/trpc");
    const api = (authorization: string) => createApiV1Caller(createInnerContext({ authorization }));

    const { orders } = await api(`Bearer ${key}`).orders.list();
    expect(orders).toEqual([
      { id: pending.id, status: "pending", seats: 100, amountTotal: 40_000, currency: "usd", invoiceNumber: null, invoiceUrl: null },
      { id: paid.id, status: "paid", seats: 1_000, amountTotal: 300_000, currency: "usd", invoiceNumber: paid.invoices[0]!.number, invoiceUrl: expect.stringMatching(new RegExp(`/api/v1/invoices/${paid.invoices[0]!.id}$`)) },
    ]);

    const { GET } = await import("@/app/api/v1/invoices/[invoiceId]/route");
    const download = (authorization: string) =>
      GET(new Request(orders[1]!.invoiceUrl!, { headers: { authorization } }), { params: Promise.resolve({ invoiceId: paid.invoices[0]!.id }) });
    const response = await download(`Bearer ${key}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${paid.invoices[0]!.number}.pdf"`);
    expect(await pdfText(new Uint8Array(await response.arrayBuffer()))).toMatch(/Total\s+\$3,000\.00/);

    const outsider = await createOrgWithMembers();
    const { key: outsiderKey } = await createKey(outsider.org.id, ["licenses:read"]);
    expect((await download(`Bearer ${outsiderKey}`)).status).toBe(404);
    expect((await api(`Bearer ${outsiderKey}`).orders.list()).orders).toEqual([]);
    const { key: writer } = await createKey(org.org.id, ["devices:write"]);
    const refused = await download(`Bearer ${writer}`);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { reason: "SCOPE_MISSING" } });
    expect((await download("Bearer nope")).status).toBe(401);
  });

  it("the console's invoice query is for buyers of the organization only", async () => {
    const org = await createOrgWithMembers(["VIEWER"]);
    const paid = await paidOrder(org, 100);
    const invoiceId = paid.invoices[0]!.id;
    expect(await callerFor(org.owner.id).license.invoice({ orgSlug: org.org.slug, invoiceId })).toMatchObject({ number: paid.invoices[0]!.number });
    await expect(callerFor(org.members.VIEWER!.id).license.invoice({ orgSlug: org.org.slug, invoiceId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
