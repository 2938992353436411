/**
 * Bad input everywhere, Stripe webhook: through the real route handler, a missing, forged,
 * stale, future-dated or mismatched signature and any malformed body — signed or not — answer 400
 * `{"received":false,"error"}` (never a 5xx, which Stripe would redeliver for days) and
 * write nothing.
 */
import fc from "fast-check";
import Stripe from "stripe";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/stripe/route";
import { db } from "@/server/db";
import { startCheckout } from "@/server/modules/billing/checkout";
import { payments } from "@/server/modules/billing/payments";
import { ZCharge, ZCheckoutSession, ZRefund } from "@/server/modules/billing/stripe-objects";
import { createOrgWithMembers, giveBillingProfile } from "@/testing/factories";
import { fuzzParams, hostileString, malformedBody, mutated } from "@/testing/fuzz";
import { tenantRowCounts } from "@/testing/row-counts";

const SECRET = process.env.STRIPE_WEBHOOK_SECRET!;
let orgId = "";
let orderId = "";
let eventNumber = 0;

async function deliver(body: string, signature: string | null) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature !== null) headers["stripe-signature"] = signature;
  const response = await POST(new Request("http://console/api/webhooks/stripe", { method: "POST", headers, body }));
  return { status: response.status, body: (await response.json()) as { received?: boolean; error?: string } };
}

const sign = (payload: string, secret = SECRET, timestamp?: number) => Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });

function eventJson(type: string, object: unknown) {
  return JSON.stringify({ id: `evt_fuzz_${++eventNumber}`, object: "event", type, created: Math.floor(Date.now() / 1000), data: { object } });
}

/** Everything a webhook could write for this test's order: its organization's rows and Stripe's bookkeeping. */
async function writes() {
  return {
    tenant: await tenantRowCounts(db, [orgId]),
    order: await db.order.findUniqueOrThrow({ where: { id: orderId } }),
    events: await db.stripeEvent.count({ where: { OR: [{ id: { startsWith: "evt_fuzz_" } }, { orderId }] } }),
    refunds: await db.stripeRefund.count({ where: { paymentIntentId: { startsWith: `pi_${orderId}` } } }),
  };
}

function expectRefused(reply: Awaited<ReturnType<typeof deliver>>, context: string) {
  expect(reply.status, `${context} → ${reply.status} ${JSON.stringify(reply.body)}`).toBe(400);
  expect(reply.body.received, context).toBe(false);
  expect(reply.body.error, context).toEqual(expect.stringMatching(/\S/));
}

beforeAll(async () => {
  const org = await createOrgWithMembers();
  await giveBillingProfile(org.org.id, org.owner.id);
  orgId = org.org.id;
  orderId = (await startCheckout(db, payments(), org.org, { type: "user", userId: org.owner.id }, { packageId: "pkg_seats_usd", seats: 100 })).orderId;
});

describe("Stripe webhook under bad input (route handler)", () => {
  let before: Awaited<ReturnType<typeof writes>>;
  beforeAll(async () => {
    before = await writes();
  });

  it("a missing, forged, stale, future-dated or mismatched signature is 400", async () => {
    const validEvent = () => eventJson("checkout.session.completed", { id: "cs_fuzz", client_reference_id: orderId, metadata: { orderId, orgId }, payment_status: "paid" });
    const forged = fc.oneof(
      fc.constant(null),
      hostileString.filter((text) => /^[\t\x20-\x7e]*$/.test(text)), // headers carry only visible ASCII
      fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 64, maxLength: 64 }).map((hex) => `t=${Math.floor(Date.now() / 1000)},v1=${hex}`),
      fc.constant("wrong-secret"),
      fc.constant("stale"),
      fc.constant("future"),
      fc.constant("tampered"),
    );
    await fc.assert(
      fc.asyncProperty(forged, fc.oneof(malformedBody, fc.constant("valid")), async (signature, rawBody) => {
        const body = rawBody === "valid" ? validEvent() : rawBody;
        const header =
          signature === "wrong-secret" ? sign(body, "whsec_not_ours") :
          signature === "stale" ? sign(body, SECRET, Math.floor(Date.now() / 1000) - 3_600) :
          signature === "future" ? sign(body, SECRET, Math.floor(Date.now() / 1000) + 3_600) :
          signature === "tampered" ? sign(`${body} `) :
          signature;
        expectRefused(await deliver(body, header), `${signature} / ${body.slice(0, 100)}`);
      }),
      fuzzParams(120),
    );
  });

  it("a correctly signed body that is not an event, or an event whose object is malformed, is 400", async () => {
    const session = { id: "cs_fuzz", client_reference_id: orderId, metadata: { orderId, orgId }, payment_status: "paid", payment_intent: `pi_${orderId}`, invoice: null };
    const charge = { id: "ch_fuzz", payment_intent: `pi_${orderId}`, metadata: { orderId, orgId }, amount_refunded: 400, receipt_url: "https://pay.stripe.test/r", refunds: { data: [] } };
    const refund = { id: "re_fuzz", payment_intent: `pi_${orderId}`, amount: 400, status: "succeeded" };
    const malformedEvent = fc.oneof(
      mutated(session).map((object) => ({ type: "checkout.session.completed", object, valid: ZCheckoutSession.safeParse(object).success })),
      mutated(session).map((object) => ({ type: "checkout.session.expired", object, valid: ZCheckoutSession.safeParse(object).success })),
      mutated(charge).map((object) => ({ type: "charge.refunded", object, valid: ZCharge.safeParse(object).success })),
      mutated(refund).map((object) => ({ type: "refund.created", object, valid: ZRefund.safeParse(object).success })),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(malformedBody, malformedEvent), async (delivery) => {
        if (typeof delivery === "string") {
          expectRefused(await deliver(delivery, sign(delivery)), `signed body ${delivery.slice(0, 100)}`);
          return;
        }
        // A well-formed event would be applied: that is the billing tests' subject, not this one's.
        // (Text the database cannot store makes a field malformed: the schemas refuse it.)
        fc.pre(!delivery.valid);
        const body = eventJson(delivery.type, delivery.object);
        expectRefused(await deliver(body, sign(body)), `${delivery.type} ${body.slice(0, 200)}`);
      }),
      fuzzParams(150),
    );
  });

  it("wrote nothing", async () => {
    expect(await writes()).toEqual(before);
  });
});
