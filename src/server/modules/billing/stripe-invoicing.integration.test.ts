import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { deliver, event, SECRET } from "@/testing/billing-fixtures";
import { callerFor, createOrgWithMembers, giveBillingProfile } from "@/testing/factories";
import { startStripeStub } from "@/testing/stripe-stub";
import { acceptQuote } from "./quotes";

/** Stripe mode: an accepted quote is sent as a Stripe invoice (send_invoice, net terms), and its invoice.paid settles the order. */
describe("accepted quotes through Stripe Invoicing", () => {
  let stub: Awaited<ReturnType<typeof startStripeStub>>;
  beforeAll(async () => {
    stub = await startStripeStub();
    stub.on("POST", "/v1/invoices", (request) => ({ status: 200, body: { id: `in_${request.body.get("metadata[orderId]")}`, object: "invoice", hosted_invoice_url: null } }));
    stub.on("POST", "/v1/invoiceitems", () => ({ status: 200, body: { id: `ii_${Math.random().toString(36).slice(2)}`, object: "invoiceitem" } }));
    stub.on("POST", /^\/v1\/invoices\/[^/]+\/finalize$/, (request) => ({ status: 200, body: { id: request.path.split("/")[3], object: "invoice", hosted_invoice_url: `https://invoice.stripe.test/${request.path.split("/")[3]}` } }));
    stub.on("POST", /^\/v1\/invoices\/[^/]+\/send$/, (request) => ({ status: 200, body: { id: request.path.split("/")[3], object: "invoice" } }));
  });
  afterAll(() => stub.close());

  /** An owner accepting a 1,000-seat quote from a German buyer without a VAT number (19 %), net 30. */
  async function accepted() {
    const org = await createOrgWithMembers();
    await giveBillingProfile(org.org.id, org.owner.id, { taxId: "" });
    const quote = await callerFor(org.owner.id).quote.create({ orgSlug: org.org.slug, packageId: "pkg_seats_usd", seats: 1_000, paymentTermsDays: 30 });
    const from = stub.requests.length;
    const orderId = await acceptQuote(db, stub.payments(SECRET), { id: org.org.id, role: "OWNER" }, { type: "user", userId: org.owner.id }, quote.id);
    return { org, orderId, sent: stub.requests.slice(from) };
  }

  it("sends the invoice with the order's lines, amounts and net terms, once, and keeps its link", async () => {
    const { org, orderId, sent } = await accepted();
    const created = sent.find((r) => r.method === "POST" && r.path === "/v1/invoices")!;
    expect(created.headers["idempotency-key"]).toBe(`anima-invoice-${orderId}-create`);
    expect(Object.fromEntries(created.body)).toMatchObject({
      collection_method: "send_invoice",
      days_until_due: "30",
      currency: "usd",
      pending_invoice_items_behavior: "exclude",
      "metadata[orderId]": orderId,
      "metadata[orgId]": org.org.id,
    });
    expect(created.body.get("customer")).toMatch(/^cus_stub_/);
    const items = sent.filter((r) => r.path === "/v1/invoiceitems").map((r) => [r.body.get("invoice"), r.body.get("amount"), r.body.get("description")]);
    expect(items).toEqual([
      [`in_${orderId}`, "300000", "Device licenses: 1,000 device license seats × $3.00"],
      [`in_${orderId}`, "57000", "VAT 19 %"],
    ]);
    expect(sent.map((r) => r.path).filter((path) => /finalize|send$/.test(path))).toEqual([`/v1/invoices/in_${orderId}/finalize`, `/v1/invoices/in_${orderId}/send`]);
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ stripeInvoiceId: `in_${orderId}`, stripeInvoiceUrl: `https://invoice.stripe.test/in_${orderId}`, testMode: false });
  });

  it("invoice.paid in full settles the order once; a wrong amount holds it for review; Checkout's own invoices match nothing", async () => {
    const { org, orderId } = await accepted();
    const paid = { id: `in_${orderId}`, object: "invoice", metadata: { orderId, orgId: org.org.id }, amount_paid: 357_000, currency: "usd", status: "paid" };
    const short = await deliver(event("invoice.paid", { ...paid, amount_paid: 1_000 }));
    expect(short.body.outcome).toBe("review");
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "pending", seatsFulfilled: 0, reviewReason: expect.stringContaining("amount 1000") });

    const delivery = event("invoice.paid", paid);
    expect((await deliver(delivery)).body.outcome).toBe("applied");
    expect((await deliver(delivery)).body.outcome).toBe("duplicate");
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "paid", seatsFulfilled: 1_000 });
    expect(await db.invoice.count({ where: { orderId, kind: "invoice" } })).toBe(1);

    const checkoutInvoice = { id: "in_checkout", object: "invoice", metadata: {}, amount_paid: 40_000, currency: "usd", status: "paid" };
    expect((await deliver(event("invoice.paid", checkoutInvoice))).body.outcome).toBe("no-order");
  });

  it("Stripe being down leaves the acceptance standing: the order and its Anima invoice exist, no Stripe invoice", async () => {
    stub.on("POST", "/v1/invoices", () => ({ status: 500, body: { error: { message: "boom", type: "api_error" } } }));
    const { orderId } = await accepted();
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "pending", provider: "invoice", stripeInvoiceId: null });
    expect(await db.invoice.count({ where: { orderId, kind: "invoice" } })).toBe(1);
  });
});
