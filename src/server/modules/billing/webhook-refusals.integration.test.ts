/** The Stripe webhook refuses what it cannot trust, and ignores what is not for it, writing nothing. */
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getBalance } from "@/server/modules/licenses/balance";
import { createOrgWithMembers } from "@/testing/factories";
import { signedEvent } from "@/testing/stripe-stub";
import { handleStripeWebhook } from "./webhook";
import { deliver, event, expectConsistent, LOCAL, pendingOrder, session, writes } from "@/testing/billing-fixtures";

describe("webhook refusals", () => {
  it("a missing or bad signature, a tampered payload or an old timestamp is refused with 400 and writes nothing", async () => {
    const org = await createOrgWithMembers();
    const order = await pendingOrder(org);
    const genuine = event("checkout.session.completed", session(order));
    const before = await writes(org.org.id);

    const refused = [
      await handleStripeWebhook(db, LOCAL, genuine.payload, null),
      await handleStripeWebhook(db, LOCAL, genuine.payload, "t=1,v1=deadbeef"),
      await handleStripeWebhook(db, LOCAL, genuine.payload.replace('"paid"', '"PAID"'), genuine.signature),
      await deliver(event("checkout.session.completed", session(order), { timestamp: Math.floor(Date.now() / 1000) - 3600 })),
      await deliver(signedEvent("whsec_someone_else", "checkout.session.completed", session(order))),
    ];
    expect(refused.map((r) => r.status)).toEqual([400, 400, 400, 400, 400]);
    expect(refused[0]!.body.error).toMatch(/Missing Stripe-Signature/);
    expect(await writes(org.org.id)).toEqual(before);
  });

  it("an event type Anima does not handle, or one for an order it does not know, answers 200 and writes nothing", async () => {
    const org = await createOrgWithMembers();
    const order = await pendingOrder(org);
    const before = await writes(org.org.id);
    expect(await deliver(event("customer.created", { id: "cus_1", object: "customer" }))).toMatchObject({ status: 200, body: { outcome: "ignored" } });
    const stranger = session(order, { client_reference_id: "ord_not_ours", metadata: {}, payment_intent: "pi_not_ours" });
    expect(await deliver(event("checkout.session.completed", stranger))).toMatchObject({ status: 200, body: { outcome: "no-order" } });
    expect(await writes(org.org.id)).toEqual(before);
    // An event naming one of our orders but not matching it is order-matching.integration's subject.
  });

  it("a signature dated more than 5 minutes ahead is refused with 400 and writes nothing; clock skew within 5 minutes is accepted", async () => {
    const org = await createOrgWithMembers();
    const order = await pendingOrder(org);
    const before = await writes(org.org.id);
    // Dated just before each delivery: a slow step in between (the row counts above) must not
    // age the signature. A few seconds past the limit, so a busy machine cannot bring it under.
    const ahead = (seconds: number) => Math.floor(Date.now() / 1000) + seconds;
    for (const seconds of [305, 3600, 86_400 * 365]) {
      const refused = await deliver(event("checkout.session.completed", session(order), { timestamp: ahead(seconds) }));
      expect(refused.status, `${seconds} s ahead`).toBe(400);
      expect(refused.body.error).toMatch(/in the future/);
    }
    expect(await writes(org.org.id)).toEqual(before);
    expect((await deliver(event("checkout.session.completed", session(order), { timestamp: ahead(240) }))).body.outcome).toBe("applied");
    await expectConsistent(org.org.id, 100);
  });

  it("a signed event whose object lacks what fulfilment reads is refused with 400", async () => {
    const org = await createOrgWithMembers();
    const before = await writes(org.org.id);
    const response = await deliver(event("charge.refunded", { id: "ch_1", amount_refunded: "lots" }));
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(/Unexpected charge.refunded payload/);
    expect(await writes(org.org.id)).toEqual(before);
  });

  it("POST /api/webhooks/stripe reads the raw body and answers per the contract", async () => {
    const { POST } = await import("@/app/api/webhooks/stripe/route");
    const org = await createOrgWithMembers();
    const order = await pendingOrder(org);
    const delivery = signedEvent(process.env.STRIPE_WEBHOOK_SECRET!, "checkout.session.completed", session(order));
    const post = (headers: Record<string, string>) => POST(new Request("http://console/api/webhooks/stripe", { method: "POST", headers, body: delivery.payload }));

    expect((await post({})).status).toBe(400);
    expect((await post({ "stripe-signature": "t=1,v1=00" })).status).toBe(400);
    expect(await getBalance(db, org.org.id)).toMatchObject({ seatsTotal: 0 });
    const accepted = await post({ "stripe-signature": delivery.signature, "content-type": "application/json" });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ received: true, outcome: "applied" });
    expect(await getBalance(db, org.org.id)).toMatchObject({ seatsTotal: 100 });
  });
});
