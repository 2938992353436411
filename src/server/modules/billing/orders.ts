import "server-only";
import { z } from "zod";
import type { Db, DbTx } from "@/server/db";
import { publicUrl } from "@/server/env";
import { AppError } from "@/server/errors";
import type { Prisma } from "@/generated/prisma/client";
import { userDisplayNames } from "@/server/modules/audit/actor-names";
import { fulfillOrder } from "./fulfill-order";
import type { Payments } from "./payments";
import { ZCheckoutSession } from "./stripe-objects";

export const ZListOrdersInput = z.object({
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(10),
});

const ORDER_SELECT = {
  id: true,
  packageName: true,
  seats: true,
  unitAmount: true,
  subtotal: true,
  taxRateBps: true,
  taxLabel: true,
  taxAmount: true,
  taxNote: true,
  amountTotal: true,
  amountRefunded: true,
  currency: true,
  status: true,
  provider: true,
  testMode: true,
  paymentDueAt: true,
  seatsReleasedAt: true,
  termMonths: true,
  renewsTermId: true,
  seatTerm: { select: { endsAt: true } },
  seatsFulfilled: true,
  seatsRefunded: true,
  receiptUrl: true,
  stripeInvoiceUrl: true,
  checkoutUrl: true,
  createdByUserId: true,
  paidAt: true,
  reviewReason: true,
  reviewFlaggedAt: true,
  createdAt: true,
  // its invoice, then its credit notes
  invoices: { orderBy: [{ issuedAt: "asc" }, { sequence: "asc" }], select: { id: true, kind: true, number: true, total: true, issuedAt: true, testMode: true } },
} satisfies Prisma.OrderSelect;

const PROVIDERS = ["stripe", "local", "invoice"] as const;

type OrderRow = Prisma.OrderGetPayload<{ select: typeof ORDER_SELECT }>;

/** Rows as the console shows them: the buyer's name, and a checkout link only while payable. */
async function toDtos(db: DbTx, rows: OrderRow[]) {
  const nameOf = await userDisplayNames(db, rows.map((r) => r.createdByUserId));
  return rows.map(({ createdByUserId, seatTerm, ...row }) => ({
    ...row,
    termEndsAt: seatTerm?.endsAt ?? null,
    provider: PROVIDERS.find((provider) => provider === row.provider) ?? "local",
    checkoutUrl: row.status === "pending" ? row.checkoutUrl : null,
    createdBy: createdByUserId ? nameOf(createdByUserId) : null,
  }));
}

/** One page of an organization's orders, newest first. */
export async function listOrders(db: DbTx, orgId: string, input: z.infer<typeof ZListOrdersInput>) {
  const where = { orgId };
  const [total, rows] = await Promise.all([
    db.order.count({ where }),
    db.order.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (input.page - 1) * input.pageSize, take: input.pageSize, select: ORDER_SELECT }),
  ]);
  return { items: await toDtos(db, rows), total, page: input.page, pageSize: input.pageSize };
}

export async function getOrder(db: DbTx, orgId: string, orderId: string) {
  const row = await db.order.findFirst({ where: { id: orderId, orgId }, select: ORDER_SELECT });
  if (!row) throw new AppError("NOT_FOUND", "Order not found.", { reason: "ORDER_NOT_FOUND" });
  const [dto] = await toDtos(db, [row]);
  return dto!;
}

export const ZListApiOrdersInput = z.object({ limit: z.number().int().min(1).max(100).default(50) }).default({ limit: 50 });

/** Where the manufacturer API serves an invoice's PDF (same Authorization as the API). */
export const apiInvoiceUrl = (invoiceId: string) => `${publicUrl()}/api/v1/invoices/${invoiceId}`;

/**
 * The manufacturer API's orders: newest first, each with its invoice once paid (the contract:
 * an accepted quote's invoice, issued before its transfer, appears when the order is paid).
 */
export async function listApiOrders(db: DbTx, orgId: string, input: z.infer<typeof ZListApiOrdersInput>) {
  const rows = await db.order.findMany({
    where: { orgId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit,
    select: { id: true, status: true, seats: true, amountTotal: true, currency: true, paidAt: true, invoices: { where: { kind: "invoice" }, select: { id: true, number: true } } },
  });
  return rows.map(({ invoices, paidAt, ...order }) => {
    const invoice = paidAt ? invoices[0] : undefined;
    return { ...order, invoiceNumber: invoice?.number ?? null, invoiceUrl: invoice ? apiInvoiceUrl(invoice.id) : null };
  });
}

/**
 * The success page's confirmation: when Stripe redirects the buyer back before its webhook
 * arrived, ask Stripe for the session and fulfil through the same function as the webhook.
 */
export async function confirmCheckout(db: Db, payments: Payments, orgId: string, orderId: string) {
  const order = await db.order.findFirst({ where: { id: orderId, orgId }, select: { status: true, checkoutSessionId: true, provider: true } });
  if (!order) throw new AppError("NOT_FOUND", "Order not found.", { reason: "ORDER_NOT_FOUND" });
  if (order.status === "pending" && order.provider === "stripe" && payments.stripe && order.checkoutSessionId) {
    const session = ZCheckoutSession.parse(await payments.stripe.checkout.sessions.retrieve(order.checkoutSessionId));
    await fulfillOrder(db, session, null);
  }
  return getOrder(db, orgId, orderId);
}
