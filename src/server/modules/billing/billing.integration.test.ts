import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getBalance } from "@/server/modules/licenses/balance";
import { activateDevice, callerFor, createOrgWithMembers, giveBillingProfile, SKU_INPUT } from "@/testing/factories";
import { startStripeStub } from "@/testing/stripe-stub";
import { startCheckout } from "./checkout";
import { confirmCheckout } from "./orders";

import { charge, deliver, event, expectConsistent, pendingOrder, poolAndLedger, refund, SECRET, session, STARTER } from "@/testing/billing-fixtures";

describe("Stripe Checkout through the real SDK", () => {
  let stub: Awaited<ReturnType<typeof startStripeStub>>;
  beforeAll(async () => {
    stub = await startStripeStub();
  });
  afterAll(() => stub.close());
  /** An organization whose billing profile is filled in (in `currency`), as a purchase needs. */
  const buyer = async (currency = "usd") => {
    const org = await createOrgWithMembers();
    await giveBillingProfile(org.org.id, org.owner.id, { currency });
    return org;
  };

  it("sends one idempotent session per order, tagged with order and organization, priced by lookup key", async () => {
    const org = await buyer();
    stub.on("GET", "/v1/prices", () => ({ status: 200, body: { object: "list", data: [{ id: "price_starter", object: "price", unit_amount: 400, currency: "usd" }], has_more: false } }));
    stub.on("POST", "/v1/checkout/sessions", () => ({ status: 200, body: { id: "cs_test_1", object: "checkout.session", url: "https://checkout.stripe.test/c/pay/cs_test_1" } }));
    const { orderId, url } = await startCheckout(db, stub.payments(SECRET), org.org, { type: "user", userId: org.owner.id }, { packageId: STARTER, packages: 3 });

    expect(url).toBe("https://checkout.stripe.test/c/pay/cs_test_1");
    const prices = stub.requests.find((r) => r.path === "/v1/prices")!;
    expect(prices.body.get("lookup_keys[0]")).toBe("anima_seats_100");
    const sent = stub.requests.find((r) => r.method === "POST" && r.path === "/v1/checkout/sessions")!;
    expect(sent.headers["idempotency-key"]).toBe(`anima-order-${orderId}`);
    expect(Object.fromEntries(sent.body)).toMatchObject({
      mode: "payment",
      client_reference_id: orderId,
      "metadata[orderId]": orderId,
      "metadata[orgId]": org.org.id,
      "payment_intent_data[metadata][orderId]": orderId,
      "line_items[0][price]": "price_starter",
      "line_items[0][quantity]": "300",
    });
    expect(sent.body.get("success_url")).toContain(`/licenses/orders/${orderId}?session_id={CHECKOUT_SESSION_ID}`);
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({
      status: "pending",
      provider: "stripe",
      seats: 300,
      amountTotal: 120_000,
      checkoutSessionId: "cs_test_1",
    });
  });

  it("a package without a lookup key is sold with inline price data", async () => {
    const pkg = await db.licensePackage.create({ data: { name: "Custom 50", seats: 50, unitAmount: 250, currency: "eur" } });
    const org = await buyer("eur");
    stub.on("POST", "/v1/checkout/sessions", () => ({ status: 200, body: { id: "cs_test_2", object: "checkout.session", url: "https://checkout.stripe.test/2" } }));
    await startCheckout(db, stub.payments(SECRET), org.org, { type: "user", userId: org.owner.id }, { packageId: pkg.id, packages: 2 });
    const sent = stub.requests.filter((r) => r.path === "/v1/checkout/sessions").at(-1)!;
    expect(Object.fromEntries(sent.body)).toMatchObject({
      "line_items[0][price_data][unit_amount]": "250",
      "line_items[0][price_data][currency]": "eur",
      "line_items[0][quantity]": "100",
    });
  });

  it("a Stripe price that does not match the package is refused, and the order is marked failed", async () => {
    const org = await buyer();
    stub.on("GET", "/v1/prices", () => ({ status: 200, body: { object: "list", data: [{ id: "price_x", object: "price", unit_amount: 999, currency: "usd" }], has_more: false } }));
    await expect(startCheckout(db, stub.payments(SECRET), org.org, { type: "user", userId: org.owner.id }, { packageId: STARTER, packages: 1 })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      reason: "STRIPE_PRICE_MISMATCH",
    });
    expect(await db.order.findFirstOrThrow({ where: { orgId: org.org.id } })).toMatchObject({ status: "failed" });
  });

  it("Stripe being down answers SERVICE_UNAVAILABLE and takes no payment", async () => {
    const org = await buyer();
    stub.on("GET", "/v1/prices", () => ({ status: 500, body: { error: { message: "boom", type: "api_error" } } }));
    await expect(startCheckout(db, stub.payments(SECRET), org.org, { type: "user", userId: org.owner.id }, { packageId: STARTER, packages: 1 })).rejects.toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      reason: "PAYMENTS_UNAVAILABLE",
    });
    expect(await getBalance(db, org.org.id)).toMatchObject({ seatsTotal: 0 });
  });

  it("the success page fulfils from Stripe's session when the webhook is late; the webhook then changes nothing", async () => {
    const org = await buyer();
    stub.on("GET", "/v1/prices", () => ({ status: 200, body: { object: "list", data: [{ id: "price_starter", object: "price", unit_amount: 400, currency: "usd" }], has_more: false } }));
    stub.on("POST", "/v1/checkout/sessions", () => ({ status: 200, body: { id: "cs_test_late", object: "checkout.session", url: "https://checkout.stripe.test/late" } }));
    const order = await pendingOrder(org, 1, stub.payments(SECRET));
    stub.on("GET", "/v1/checkout/sessions/cs_test_late", () => ({ status: 200, body: session(order, { id: "cs_test_late" }) }));

    expect(await confirmCheckout(db, stub.payments(SECRET), org.org.id, order.id)).toMatchObject({ status: "paid", seatsFulfilled: 100 });
    expect(await confirmCheckout(db, stub.payments(SECRET), org.org.id, order.id)).toMatchObject({ status: "paid" });
    expect((await deliver(event("checkout.session.completed", session(order)))).body.outcome).toBe("applied");
    await expectConsistent(org.org.id, 100);
  });

  it("buys as the organization's Stripe customer: created once with the billing profile, then kept up to date", async () => {
    const org = await buyer();
    stub.on("GET", "/v1/prices", () => ({ status: 200, body: { object: "list", data: [{ id: "price_starter", object: "price", unit_amount: 400, currency: "usd" }], has_more: false } }));
    stub.on("POST", "/v1/checkout/sessions", (request) => ({ status: 200, body: { id: `cs_test_${request.body.get("client_reference_id")}`, object: "checkout.session", url: "https://checkout.stripe.test/c" } }));
    const from = stub.requests.length;
    await startCheckout(db, stub.payments(SECRET), org.org, { type: "user", userId: org.owner.id }, { packageId: STARTER, packages: 1 });
    const created = stub.requests.slice(from).find((r) => r.method === "POST" && r.path === "/v1/customers")!;
    expect(created.headers["idempotency-key"]).toBe(`anima-customer-${org.org.id}`);
    expect(Object.fromEntries(created.body)).toMatchObject({
      name: "Aurora Devices GmbH",
      email: "billing@aurora.example",
      "address[line1]": "Friedrichstraße 68",
      "address[city]": "Berlin",
      "address[postal_code]": "10117",
      "address[country]": "DE",
      "tax_id_data[0][type]": "eu_vat",
      "tax_id_data[0][value]": "DE136695976",
      "metadata[orgId]": org.org.id,
    });
    const { stripeCustomerId } = await db.billingProfile.findUniqueOrThrow({ where: { orgId: org.org.id } });
    expect(stripeCustomerId).toMatch(/^cus_stub_/);
    const firstSession = stub.requests.slice(from).find((r) => r.path === "/v1/checkout/sessions")!;
    expect(firstSession.body.get("customer")).toBe(stripeCustomerId);

    await giveBillingProfile(org.org.id, org.owner.id, { legalName: "Aurora Devices AG" });
    const again = stub.requests.length;
    await startCheckout(db, stub.payments(SECRET), org.org, { type: "user", userId: org.owner.id }, { packageId: STARTER, packages: 1 });
    const sent = stub.requests.slice(again);
    expect(sent.some((r) => r.path === "/v1/customers")).toBe(false);
    expect(sent.find((r) => r.path === `/v1/customers/${stripeCustomerId}`)?.body.get("name")).toBe("Aurora Devices AG");
    expect(sent.find((r) => r.path === "/v1/checkout/sessions")?.body.get("customer")).toBe(stripeCustomerId);
  });
});

describe("webhook fulfilment", () => {
  it("a paid completion adds the order's seats exactly once, however often and concurrently it is delivered", async () => {
    const org = await createOrgWithMembers();
    const order = await pendingOrder(org, 2);
    const delivery = event("checkout.session.completed", session(order));
    const outcomes = await Promise.all([deliver(delivery), deliver(delivery), deliver(delivery)]);
    expect(outcomes.map((o) => o.status)).toEqual([200, 200, 200]);
    expect(outcomes.map((o) => o.body.outcome).sort()).toEqual(["applied", "duplicate", "duplicate"]);
    expect((await deliver(delivery)).body.outcome).toBe("duplicate");

    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "paid", seatsFulfilled: 200, paymentIntentId: `pi_${order.id}` });
    expect(await db.licenseLedgerEntry.count({ where: { orgId: org.org.id, kind: "purchase", orderId: order.id } })).toBe(1);
    await expectConsistent(org.org.id, 200);
  });

  it("two different events for the same order delivered concurrently add the seats once", async () => {
    const org = await createOrgWithMembers();
    const order = await pendingOrder(org);
    await Promise.all([
      deliver(event("checkout.session.completed", session(order))),
      deliver(event("checkout.session.async_payment_succeeded", session(order))),
      deliver(event("charge.succeeded", charge(order, 0))),
    ]);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "paid", receiptUrl: `https://pay.stripe.test/receipts/${order.id}` });
    await expectConsistent(org.org.id, 100);
  });

  it("an expiry racing the payment (events without a payment intent) never loses the payment", async () => {
    const org = await createOrgWithMembers();
    const orders = await Promise.all(Array.from({ length: 6 }, () => pendingOrder(org)));
    await Promise.all(
      orders.flatMap((order) => [
        deliver(event("checkout.session.expired", session(order, { payment_status: "unpaid", payment_intent: null }))),
        deliver(event("checkout.session.completed", session(order))),
      ]),
    );
    const settled = await db.order.findMany({ where: { orgId: org.org.id } });
    expect(settled.map((o) => [o.status, o.seatsFulfilled])).toEqual(orders.map(() => ["paid", 100]));
    await expectConsistent(org.org.id, 600);
  });

  it("a refund that arrives before the completion is applied when the payment lands", async () => {
    const org = await createOrgWithMembers();
    const order = await pendingOrder(org);
    expect((await deliver(event("refund.created", refund(order, "re_early", 10_000)))).body.outcome).toBe("no-order");
    await expectConsistent(org.org.id, 0);
    await deliver(event("checkout.session.completed", session(order)));
    // 10,000 of 40,000 cents refunded: a quarter of the 100 seats.
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "partially_refunded", seatsFulfilled: 100, seatsRefunded: 25 });
    await expectConsistent(org.org.id, 75);
  });

  it("a refund racing the completion ends in the same pool", async () => {
    const org = await createOrgWithMembers();
    const order = await pendingOrder(org);
    await Promise.all([deliver(event("refund.created", refund(order, "re_race", 40_000))), deliver(event("checkout.session.completed", session(order)))]);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "refunded", seatsRefunded: 100 });
    await expectConsistent(org.org.id, 0);
  });

  it("partial then full refunds remove seats by the refunded share; refund.created and charge.refunded for one refund count once", async () => {
    const org = await createOrgWithMembers();
    const order = await pendingOrder(org);
    await deliver(event("checkout.session.completed", session(order)));
    await deliver(event("refund.created", refund(order, "re_1", 4_000)));
    await deliver(event("charge.refunded", charge(order, 4_000)));
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "partially_refunded", amountRefunded: 4_000, seatsRefunded: 10 });
    await expectConsistent(org.org.id, 90);
    await deliver(event("charge.refunded", charge(order, 40_000)));
    await deliver(event("refund.created", refund(order, "re_2", 36_000)));
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "refunded", amountRefunded: 40_000, seatsRefunded: 100 });
    await expectConsistent(org.org.id, 0);
    expect(await db.licenseLedgerEntry.count({ where: { orderId: order.id, kind: "refund" } })).toBe(2);
  });

  it("a refund of seats already activated puts the pool over its limit: no new activations, active devices untouched", async () => {
    const org = await createOrgWithMembers();
    const sku = await callerFor(org.owner.id).sku.create({ orgSlug: org.org.slug, ...SKU_INPUT });
    const { devices } = await callerFor(org.owner.id).device.register({
      orgSlug: org.org.slug,
      skuId: sku.id,
      devices: Array.from({ length: 5 }, (_, i) => ({ serial: `OL-${i}` })),
    });
    const order = await pendingOrder(org);
    await deliver(event("checkout.session.completed", session(order)));
    for (const device of devices.slice(0, 4)) await activateDevice(org.org.id, device.id);
    await deliver(event("charge.refunded", charge(order, 40_000)));

    expect(await getBalance(db, org.org.id)).toMatchObject({ seatsTotal: 0, seatsUsed: 4, seatsAvailable: 0, overLimit: true });
    await expect(activateDevice(org.org.id, devices[4]!.id)).rejects.toMatchObject({ reason: "LICENSE_EXHAUSTED" });
    expect(await db.device.count({ where: { orgId: org.org.id, licensedAt: { not: null } } })).toBe(4);
    const { pool, ledger } = await poolAndLedger(org.org.id);
    expect(pool).toEqual(ledger);
  });

  it("asynchronous payments: unpaid completion waits, failure marks the order failed, a late expiry never undoes a payment", async () => {
    const org = await createOrgWithMembers();
    const waiting = await pendingOrder(org);
    await deliver(event("checkout.session.completed", session(waiting, { payment_status: "unpaid" })));
    expect(await db.order.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: "pending", seatsFulfilled: 0 });
    await deliver(event("checkout.session.async_payment_failed", session(waiting, { payment_status: "unpaid" })));
    expect(await db.order.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: "failed" });

    const paid = await pendingOrder(org);
    await deliver(event("checkout.session.completed", session(paid)));
    await deliver(event("checkout.session.expired", session(paid, { payment_status: "unpaid" })));
    expect(await db.order.findUniqueOrThrow({ where: { id: paid.id } })).toMatchObject({ status: "paid" });

    const abandoned = await pendingOrder(org);
    await deliver(event("checkout.session.expired", session(abandoned, { payment_status: "unpaid", payment_intent: null })));
    expect(await db.order.findUniqueOrThrow({ where: { id: abandoned.id } })).toMatchObject({ status: "expired" });
    await expectConsistent(org.org.id, 100);
  });
});
