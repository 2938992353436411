import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getBalance } from "@/server/modules/licenses/balance";
import { activateDevice, callerFor, createOrgWithMembers, giveBillingProfile, SKU_INPUT } from "@/testing/factories";
import { startStripeStub, stripeTieredPrice } from "@/testing/stripe-stub";
import { startCheckout } from "./checkout";
import { confirmCheckout } from "./orders";

import { charge, deliver, event, expectConsistent, pendingOrder, poolAndLedger, refund, SECRET, session, SEATS_USD } from "@/testing/billing-fixtures";

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

  it("sends one idempotent session per order, tagged with order and organization, at the tier price checked against Stripe's tiered price", async () => {
    const org = await buyer();
    stub.on("GET", "/v1/prices", () => stripeTieredPrice());
    stub.on("POST", "/v1/checkout/sessions", () => ({ status: 200, body: { id: "cs_test_1", object: "checkout.session", url: "https://checkout.stripe.test/c/pay/cs_test_1" } }));
    const { orderId, url } = await startCheckout(db, stub.payments(SECRET), org.org, { type: "user", userId: org.owner.id }, { packageId: SEATS_USD, seats: 300 });

    expect(url).toBe("https://checkout.stripe.test/c/pay/cs_test_1");
    const prices = stub.requests.find((r) => r.path === "/v1/prices")!;
    expect(prices.body.get("lookup_keys[0]")).toBe("anima_seats_usd");
    expect(prices.body.get("expand[0]")).toBe("data.tiers");
    const sent = stub.requests.find((r) => r.method === "POST" && r.path === "/v1/checkout/sessions")!;
    expect(sent.headers["idempotency-key"]).toBe(`anima-order-${orderId}`);
    expect(Object.fromEntries(sent.body)).toMatchObject({
      mode: "payment",
      client_reference_id: orderId,
      "metadata[orderId]": orderId,
      "metadata[orgId]": org.org.id,
      "payment_intent_data[metadata][orderId]": orderId,
      "line_items[0][price_data][product]": "prod_seats",
      "line_items[0][price_data][unit_amount]": "400",
      "line_items[0][price_data][currency]": "usd",
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
    const pkg = await db.licensePackage.create({ data: { name: "Custom 50", tiers: [{ fromSeats: 50, unitAmount: 250 }], currency: "eur" } });
    const org = await buyer("eur");
    stub.on("POST", "/v1/checkout/sessions", () => ({ status: 200, body: { id: "cs_test_2", object: "checkout.session", url: "https://checkout.stripe.test/2" } }));
    await startCheckout(db, stub.payments(SECRET), org.org, { type: "user", userId: org.owner.id }, { packageId: pkg.id, seats: 100 });
    const sent = stub.requests.filter((r) => r.path === "/v1/checkout/sessions").at(-1)!;
    expect(Object.fromEntries(sent.body)).toMatchObject({
      "line_items[0][price_data][unit_amount]": "250",
      "line_items[0][price_data][currency]": "eur",
      "line_items[0][quantity]": "100",
    });
  });

  it("a 2,000-seat order is charged at the 1,000-seat tier's price", async () => {
    const org = await buyer();
    stub.on("GET", "/v1/prices", () => stripeTieredPrice());
    stub.on("POST", "/v1/checkout/sessions", () => ({ status: 200, body: { id: "cs_test_tier", object: "checkout.session", url: "https://checkout.stripe.test/tier" } }));
    const { orderId } = await startCheckout(db, stub.payments(SECRET), org.org, { type: "user", userId: org.owner.id }, { packageId: SEATS_USD, seats: 2_000 });
    const sent = stub.requests.filter((r) => r.path === "/v1/checkout/sessions").at(-1)!;
    expect(sent.body.get("line_items[0][price_data][unit_amount]")).toBe("300");
    expect(sent.body.get("line_items[0][quantity]")).toBe("2000");
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ seats: 2_000, unitAmount: 300, amountTotal: 600_000 });
  });

  it("a buyer charged tax pays it as a second line of the session, at the order's amount", async () => {
    const org = await createOrgWithMembers();
    await giveBillingProfile(org.org.id, org.owner.id, { taxId: "" }); // a German buyer without a VAT number: 19 %
    stub.on("GET", "/v1/prices", () => stripeTieredPrice());
    stub.on("POST", "/v1/checkout/sessions", () => ({ status: 200, body: { id: "cs_test_vat", object: "checkout.session", url: "https://checkout.stripe.test/vat" } }));
    const { orderId } = await startCheckout(db, stub.payments(SECRET), org.org, { type: "user", userId: org.owner.id }, { packageId: SEATS_USD, seats: 100 });
    const sent = stub.requests.filter((r) => r.path === "/v1/checkout/sessions").at(-1)!;
    expect(Object.fromEntries(sent.body)).toMatchObject({
      "line_items[0][price_data][unit_amount]": "400",
      "line_items[0][quantity]": "100",
      "line_items[1][price_data][unit_amount]": "7600",
      "line_items[1][price_data][product_data][name]": "VAT 19 %",
      "line_items[1][quantity]": "1",
    });
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ subtotal: 40_000, taxAmount: 7_600, amountTotal: 47_600 });
  });

  it.each([
    ["other tiers", { tiers: [{ up_to: 999, unit_amount: 400, flat_amount: null }, { up_to: null, unit_amount: 250, flat_amount: null }] }, /has other tiers than the package/],
    ["a tier boundary moved", { tiers: [{ up_to: 1_000, unit_amount: 400 }, { up_to: 9_999, unit_amount: 300 }, { up_to: 49_999, unit_amount: 200 }, { up_to: null, unit_amount: 160 }] }, /has other tiers/],
    ["graduated tiers", { tiers_mode: "graduated" }, /uses graduated tiers, not volume tiers/],
    ["another currency", { currency: "eur" }, /is in EUR, the package in USD/],
    ["a per-unit price", { billing_scheme: "per_unit", tiers_mode: null, unit_amount: 400, tiers: undefined }, /is a per-unit price; this package has 4 volume tiers/],
  ])("a Stripe price with %s is refused, and the order is marked failed", async (_case, overrides, message) => {
    const org = await buyer();
    stub.on("GET", "/v1/prices", () => stripeTieredPrice(overrides));
    const refused = startCheckout(db, stub.payments(SECRET), org.org, { type: "user", userId: org.owner.id }, { packageId: SEATS_USD, seats: 100 });
    await expect(refused).rejects.toMatchObject({ code: "PRECONDITION_FAILED", reason: "STRIPE_PRICE_MISMATCH" });
    await expect(refused).rejects.toThrow(message);
    expect(await db.order.findFirstOrThrow({ where: { orgId: org.org.id } })).toMatchObject({ status: "failed" });
  });

  it("a one-tier package may be sold at a per-unit Stripe price of the same amount", async () => {
    const key = `flat_${Date.now()}`;
    const pkg = await db.licensePackage.create({ data: { name: "Flat", tiers: [{ fromSeats: 1, unitAmount: 500 }], currency: "usd", stripeLookupKey: key } });
    const org = await buyer();
    stub.on("GET", "/v1/prices", () => stripeTieredPrice({ id: "price_flat", billing_scheme: "per_unit", tiers_mode: null, unit_amount: 500, tiers: undefined }));
    stub.on("POST", "/v1/checkout/sessions", () => ({ status: 200, body: { id: `cs_test_${key}`, object: "checkout.session", url: "https://checkout.stripe.test/flat" } }));
    await startCheckout(db, stub.payments(SECRET), org.org, { type: "user", userId: org.owner.id }, { packageId: pkg.id, seats: 3 });
    const sent = stub.requests.filter((r) => r.path === "/v1/checkout/sessions").at(-1)!;
    expect(Object.fromEntries(sent.body)).toMatchObject({ "line_items[0][price]": "price_flat", "line_items[0][quantity]": "3" });
    await db.licensePackage.update({ where: { id: pkg.id }, data: { active: false } });
  });

  it("Stripe being down answers SERVICE_UNAVAILABLE and takes no payment", async () => {
    const org = await buyer();
    stub.on("GET", "/v1/prices", () => ({ status: 500, body: { error: { message: "boom", type: "api_error" } } }));
    await expect(startCheckout(db, stub.payments(SECRET), org.org, { type: "user", userId: org.owner.id }, { packageId: SEATS_USD, seats: 100 })).rejects.toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      reason: "PAYMENTS_UNAVAILABLE",
    });
    expect(await getBalance(db, org.org.id)).toMatchObject({ seatsTotal: 0 });
  });

  it("the success page fulfils from Stripe's session when the webhook is late; the webhook then changes nothing", async () => {
    const org = await buyer();
    stub.on("GET", "/v1/prices", () => stripeTieredPrice());
    stub.on("POST", "/v1/checkout/sessions", () => ({ status: 200, body: { id: "cs_test_late", object: "checkout.session", url: "https://checkout.stripe.test/late" } }));
    const order = await pendingOrder(org, 100, stub.payments(SECRET));
    stub.on("GET", "/v1/checkout/sessions/cs_test_late", () => ({ status: 200, body: session(order, { id: "cs_test_late" }) }));

    expect(await confirmCheckout(db, stub.payments(SECRET), org.org.id, order.id)).toMatchObject({ status: "paid", seatsFulfilled: 100 });
    expect(await confirmCheckout(db, stub.payments(SECRET), org.org.id, order.id)).toMatchObject({ status: "paid" });
    expect((await deliver(event("checkout.session.completed", session(order)))).body.outcome).toBe("applied");
    await expectConsistent(org.org.id, 100);
  });

  it("buys as the organization's Stripe customer: created once with the billing profile, then kept up to date", async () => {
    const org = await buyer();
    stub.on("GET", "/v1/prices", () => stripeTieredPrice());
    stub.on("POST", "/v1/checkout/sessions", (request) => ({ status: 200, body: { id: `cs_test_${request.body.get("client_reference_id")}`, object: "checkout.session", url: "https://checkout.stripe.test/c" } }));
    const from = stub.requests.length;
    await startCheckout(db, stub.payments(SECRET), org.org, { type: "user", userId: org.owner.id }, { packageId: SEATS_USD, seats: 100 });
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
    await startCheckout(db, stub.payments(SECRET), org.org, { type: "user", userId: org.owner.id }, { packageId: SEATS_USD, seats: 100 });
    const sent = stub.requests.slice(again);
    expect(sent.some((r) => r.path === "/v1/customers")).toBe(false);
    expect(sent.find((r) => r.path === `/v1/customers/${stripeCustomerId}`)?.body.get("name")).toBe("Aurora Devices AG");
    expect(sent.find((r) => r.path === "/v1/checkout/sessions")?.body.get("customer")).toBe(stripeCustomerId);
  });
});

describe("webhook fulfilment", () => {
  it("a paid completion adds the order's seats exactly once, however often and concurrently it is delivered", async () => {
    const org = await createOrgWithMembers();
    const order = await pendingOrder(org, 200);
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
