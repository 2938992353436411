/**
 * A real database without STRIPE_SECRET_KEY and without PAYMENTS_MODE=local: purchases are
 * unavailable. Checked through the procedures and the webhook route, as the console runs them.
 */
import { vi } from "vitest";

vi.hoisted(() => {
  // This run's database is not the embedded one npm start marks, and no mode is chosen.
  delete process.env.PAYMENTS_MODE;
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.ANIMA_EMBEDDED_DATABASE_URL;
  process.env.NEXTAUTH_SECRET = "nextauth-secret-of-a-deployment-without-payments";
});

import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/stripe/route";
import { db } from "@/server/db";
import { callerFor, createOrgWithMembers, expectTRPCError } from "@/testing/factories";
import { paidSession, signedEvent, startOrder } from "@/testing/stripe-stub";
import { localWebhookSecret, payments } from "./payments";

const USD = "pkg_seats_usd";

/** An order left pending from when the deployment was in the local mode. */
function pendingLocalOrder(org: Awaited<ReturnType<typeof createOrgWithMembers>>) {
  return startOrder(org, { mode: "local", stripe: null, webhookSecret: localWebhookSecret(process.env.NEXTAUTH_SECRET) }, { packageId: USD, seats: 1_000 });
}

async function seatsAndEvents(orgId: string) {
  const orders = await db.order.findMany({ where: { orgId }, select: { id: true, status: true, seatsFulfilled: true } });
  return {
    seats: (await db.licensePool.findUnique({ where: { orgId } }))?.seatsTotal ?? 0,
    orders,
    // This organization's orders only: other test files deliver events at the same time.
    events: await db.stripeEvent.count({ where: { orderId: { in: orders.map((o) => o.id) } } }),
  };
}

describe("purchases on a real database without a payment provider", () => {
  it("the mode is unavailable", async () => {
    expect(payments()).toEqual({ mode: "unavailable", stripe: null, webhookSecret: null });
    const { org, owner } = await createOrgWithMembers();
    expect(await callerFor(owner.id).license.paymentsMode({ orgSlug: org.slug })).toBe("unavailable");
  });

  it("checkout is refused with a 4xx and a stable reason, and writes no order", async () => {
    const { org, owner } = await createOrgWithMembers();
    const error = await expectTRPCError(callerFor(owner.id).license.checkout({ orgSlug: org.slug, packageId: USD, seats: 1_000 }), "PRECONDITION_FAILED", /unavailable/);
    expect(error.cause).toMatchObject({ reason: "PAYMENTS_NOT_CONFIGURED" });
    expect(await db.order.count({ where: { orgId: org.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: org.id, action: "licenses.checkout_started" } })).toBe(0);
  });

  it("the local checkout's Pay is refused and adds nothing", async () => {
    const org = await createOrgWithMembers();
    const order = await pendingLocalOrder(org);
    const before = await seatsAndEvents(org.org.id);
    const error = await expectTRPCError(
      callerFor(org.owner.id).license.completeLocalCheckout({ orgSlug: org.org.slug, orderId: order.id, outcome: "paid" }),
      "PRECONDITION_FAILED",
    );
    expect(error.cause).toMatchObject({ reason: "PAYMENTS_NOT_CONFIGURED" });
    expect(await seatsAndEvents(org.org.id)).toEqual(before);
  });

  it("the webhook accepts no event: not one signed with the locally derived secret, nor with STRIPE_WEBHOOK_SECRET", async () => {
    const org = await createOrgWithMembers();
    const order = await pendingLocalOrder(org);
    const session = paidSession(order);
    const before = await seatsAndEvents(org.org.id);
    for (const secret of [localWebhookSecret(process.env.NEXTAUTH_SECRET), process.env.STRIPE_WEBHOOK_SECRET!]) {
      const delivery = signedEvent(secret, "checkout.session.completed", session);
      const response = await POST(
        new Request("http://console/api/webhooks/stripe", { method: "POST", headers: { "stripe-signature": delivery.signature }, body: delivery.payload }),
      );
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ received: false, error: expect.stringMatching(/Payments are unavailable/) });
    }
    expect(await seatsAndEvents(org.org.id)).toEqual(before);
  });
});
