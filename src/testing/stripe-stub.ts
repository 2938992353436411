import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { db } from "@/server/db";
import { startCheckout } from "@/server/modules/billing/checkout";
import type { Payments } from "@/server/modules/billing/payments";
import { giveBillingProfile, type createOrgWithMembers } from "./factories";

export type StubRequest = { method: string; path: string; headers: IncomingHttpHeaders; body: URLSearchParams };
type Reply = { status: number; body: unknown };
type Route = (request: StubRequest) => Reply | undefined;

/**
 * A local stand-in for api.stripe.com: the real SDK talks to it over HTTP (host, port and
 * protocol options), so tests see exactly what the SDK sent — idempotency keys included.
 */
export async function startStripeStub() {
  const requests: StubRequest[] = [];
  const routes: Route[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://stub");
      const form = Buffer.concat(chunks).toString();
      const body = new URLSearchParams(req.method === "GET" ? url.search : form);
      const request = { method: req.method ?? "GET", path: url.pathname, headers: req.headers, body };
      requests.push(request);
      const reply = routes.map((route) => route(request)).find((r) => r !== undefined) ?? { status: 404, body: { error: { message: `stub has no route for ${request.method} ${request.path}` } } };
      res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  // Every checkout first creates or updates the organization's customer (ids unique across stubs: the database is shared).
  routes.push((request) =>
    request.method === "POST" && /^\/v1\/customers(\/[^/]+)?$/.test(request.path)
      ? { status: 200, body: { id: request.path.split("/")[3] ?? `cus_stub_${randomUUID().slice(0, 13)}`, object: "customer", name: request.body.get("name"), email: request.body.get("email") } }
      : undefined,
  );
  return {
    requests,
    /** answers matching requests (routes added later win) */
    on(method: string, path: string | RegExp, reply: (request: StubRequest) => Reply) {
      routes.unshift((request) =>
        request.method === method && (typeof path === "string" ? request.path === path : path.test(request.path)) ? reply(request) : undefined,
      );
    },
    payments(webhookSecret: string): Payments {
      return { mode: "stripe", stripe: new Stripe("sk_test_stub", { host: "127.0.0.1", port, protocol: "http", maxNetworkRetries: 0 }), webhookSecret };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Stripe's answer for the lookup key of the seeded USD package: a volume-tiered price with its tiers. */
export const stripeTieredPrice = (overrides: Record<string, unknown> = {}) => ({
  status: 200,
  body: {
    object: "list",
    has_more: false,
    data: [
      {
        id: "price_seats_usd",
        object: "price",
        product: "prod_seats",
        currency: "usd",
        billing_scheme: "tiered",
        tiers_mode: "volume",
        unit_amount: null,
        tiers: [
          { up_to: 999, unit_amount: 400, flat_amount: null },
          { up_to: 9_999, unit_amount: 300, flat_amount: null },
          { up_to: 49_999, unit_amount: 200, flat_amount: null },
          { up_to: null, unit_amount: 160, flat_amount: null },
        ],
        ...overrides,
      },
    ],
  },
});

/** A webhook delivery as Stripe signs it (timestamp in seconds; default now). */
export function signedEvent(secret: string, type: string, object: Record<string, unknown>, options: { id?: string; timestamp?: number } = {}) {
  const payload = JSON.stringify({
    id: options.id ?? `evt_test_${Math.random().toString(36).slice(2)}`,
    object: "event",
    type,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    data: { object },
  });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: options.timestamp });
  return { payload, signature };
}

/** A pending order of `org` bought by its owner, as its row (default: 100 seats at 4.00 USD). */
export async function startOrder(org: Awaited<ReturnType<typeof createOrgWithMembers>>, payments: Payments, { packageId = "pkg_seats_usd", seats = 100 } = {}) {
  if (!(await db.billingProfile.findUnique({ where: { orgId: org.org.id } }))) await giveBillingProfile(org.org.id, org.owner.id);
  const { orderId } = await startCheckout(db, payments, org.org, { type: "user", userId: org.owner.id }, { packageId, seats });
  return db.order.findUniqueOrThrow({ where: { id: orderId } });
}

/** The Checkout Session Stripe sends when one of our orders is paid: every field matches the order. */
export function paidSession(order: { id: string; orgId: string; amountTotal: number; currency: string }, overrides: Record<string, unknown> = {}) {
  return {
    id: `cs_test_${order.id}`,
    object: "checkout.session",
    client_reference_id: order.id,
    metadata: { orderId: order.id, orgId: order.orgId },
    amount_total: order.amountTotal,
    currency: order.currency,
    payment_status: "paid",
    payment_intent: `pi_${order.id}`,
    invoice: null,
    ...overrides,
  };
}
