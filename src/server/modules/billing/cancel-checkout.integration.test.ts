import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { callerFor, createOrgWithMembers, giveBillingProfile } from "@/testing/factories";
import { startStripeStub, stripeTieredPrice } from "@/testing/stripe-stub";
import { deliver, event, expectConsistent, pendingOrder, SECRET, session } from "@/testing/billing-fixtures";
import { cancelCheckout } from "./cancel-checkout";

const unpaid = (order: Parameters<typeof session>[0], overrides: Record<string, unknown> = {}) =>
  session(order, { payment_status: "unpaid", payment_intent: null, ...overrides });

describe("a cancelled checkout reads cancelled, a real expiry expired", () => {
  it("local mode: Cancel marks the order cancelled and the expiry that follows keeps it so", async () => {
    const { org, owner } = await createOrgWithMembers();
    await giveBillingProfile(org.id, owner.id);
    const caller = callerFor(owner.id);
    const { orderId } = await caller.license.checkout({ orgSlug: org.slug, packageId: "pkg_seats_usd", seats: 2_000 });
    expect(await caller.license.completeLocalCheckout({ orgSlug: org.slug, orderId, outcome: "cancelled" })).toMatchObject({ status: "cancelled", seatsFulfilled: 0 });
    // The local Cancel still delivers the expiry Stripe sends after a session is expired.
    expect(await db.stripeEvent.findFirst({ where: { orderId } })).toMatchObject({ type: "checkout.session.expired" });
    expect((await caller.license.orders({ orgSlug: org.slug })).items).toMatchObject([{ id: orderId, status: "cancelled" }]);
    // Reloading the cancel page changes nothing.
    expect(await caller.license.cancelCheckout({ orgSlug: org.slug, orderId })).toMatchObject({ status: "cancelled" });
    expect(await caller.license.balance({ orgSlug: org.slug })).toMatchObject({ seatsTotal: 0 });
  });

  it("a checkout nobody finished in time expires; a paid order is never cancelled", async () => {
    const org = await createOrgWithMembers();
    await giveBillingProfile(org.org.id, org.owner.id);
    const abandoned = await pendingOrder(org);
    await deliver(event("checkout.session.expired", unpaid(abandoned)));
    expect(await db.order.findUniqueOrThrow({ where: { id: abandoned.id } })).toMatchObject({ status: "expired", cancelledAt: null });

    const paid = await pendingOrder(org);
    await deliver(event("checkout.session.completed", session(paid)));
    await callerFor(org.owner.id).license.cancelCheckout({ orgSlug: org.org.slug, orderId: paid.id });
    expect(await db.order.findUniqueOrThrow({ where: { id: paid.id } })).toMatchObject({ status: "paid", cancelledAt: null, seatsFulfilled: 100 });
    await expectConsistent(org.org.id, 100);
  });
});

describe("Stripe's cancel link", () => {
  let stub: Awaited<ReturnType<typeof startStripeStub>>;
  beforeAll(async () => {
    stub = await startStripeStub();
    stub.on("GET", "/v1/prices", () => stripeTieredPrice());
  });
  afterAll(() => stub.close());

  it("names the order; coming back expires the Stripe session and the order reads cancelled", async () => {
    const org = await createOrgWithMembers();
    await giveBillingProfile(org.org.id, org.owner.id);
    stub.on("POST", "/v1/checkout/sessions", () => ({ status: 200, body: { id: "cs_test_back", object: "checkout.session", url: "https://checkout.stripe.test/back" } }));
    const payments = stub.payments(SECRET);
    const order = await pendingOrder(org, 100, payments);
    const created = stub.requests.filter((r) => r.method === "POST" && r.path === "/v1/checkout/sessions").at(-1)!;
    expect(created.body.get("cancel_url")).toMatch(new RegExp(`/o/${org.org.slug}/licenses\\?checkout=cancelled&order=${order.id}$`));

    stub.on("GET", "/v1/checkout/sessions/cs_test_back", () => ({ status: 200, body: unpaid(order, { id: "cs_test_back", status: "open" }) }));
    stub.on("POST", "/v1/checkout/sessions/cs_test_back/expire", () => ({ status: 200, body: unpaid(order, { id: "cs_test_back", status: "expired" }) }));
    await cancelCheckout(db, payments, org.org.id, order.id);
    expect(stub.requests.filter((r) => r.path === "/v1/checkout/sessions/cs_test_back/expire")).toHaveLength(1);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "cancelled" });

    await deliver(event("checkout.session.expired", unpaid(order, { id: "cs_test_back" })));
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "cancelled" });
  });

  it("a session that was completed meanwhile is not cancelled", async () => {
    const org = await createOrgWithMembers();
    await giveBillingProfile(org.org.id, org.owner.id);
    stub.on("POST", "/v1/checkout/sessions", () => ({ status: 200, body: { id: "cs_test_won", object: "checkout.session", url: "https://checkout.stripe.test/won" } }));
    const payments = stub.payments(SECRET);
    const order = await pendingOrder(org, 100, payments);
    stub.on("GET", "/v1/checkout/sessions/cs_test_won", () => ({ status: 200, body: session(order, { id: "cs_test_won", status: "complete" }) }));
    await cancelCheckout(db, payments, org.org.id, order.id);
    expect(stub.requests.some((r) => r.path === "/v1/checkout/sessions/cs_test_won/expire")).toBe(false);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "pending", cancelledAt: null });
  });
});
