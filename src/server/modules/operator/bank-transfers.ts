import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { settleOrder } from "@/server/modules/billing/settle-order";

/*
 * Orders of accepted quotes are paid by bank transfer. Anima's staff reconcile the transfers
 * with the bank statement and record each one here ("mark as paid"), which settles the order
 * (its seats, unless they were released at acceptance); and they decide per organization
 * whether an accepted quote's seats may be used before its invoice is paid.
 */

export const ZRecordTransferInput = z.object({ orderId: z.string().min(1).max(64) });
export const ZSeatsBeforePaymentInput = z.object({ orgId: z.string().min(1).max(64), enabled: z.boolean() });

/** Unpaid invoice orders of every organization, the oldest due date first. */
export async function listAwaitingTransfer(db: Db) {
  const rows = await db.order.findMany({
    where: { provider: "invoice", status: "pending" },
    orderBy: [{ paymentDueAt: "asc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true, seats: true, amountTotal: true, currency: true, paymentDueAt: true, seatsReleasedAt: true, testMode: true,
      org: { select: { id: true, name: true, slug: true } },
      invoices: { where: { kind: "invoice" }, select: { number: true } },
    },
  });
  return rows.map(({ invoices, ...order }) => ({ ...order, invoiceNumber: invoices[0]?.number ?? null }));
}

/** A transfer arrived for an invoice order: it is paid now (seats added unless already released), audited in its organization. */
export async function recordBankTransfer(db: Db, actor: Actor, { orderId }: z.infer<typeof ZRecordTransferInput>) {
  return db.$transaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { id: orderId }, select: { id: true, orgId: true, provider: true, status: true, amountTotal: true, currency: true } });
    if (!order) throw new AppError("NOT_FOUND", "Order not found.", { reason: "ORDER_NOT_FOUND" });
    if (order.provider !== "invoice") throw new AppError("CONFLICT", "This order is paid through its checkout, not by bank transfer.", { reason: "ORDER_NOT_INVOICE" });
    if (order.status !== "pending") throw new AppError("CONFLICT", `This order is already ${order.status.replace("_", " ")}.`, { reason: "ORDER_NOT_PENDING" });
    const settled = await settleOrder(tx, order.id, { paidAt: new Date() });
    await recordAudit(tx, { orgId: order.orgId, actor, action: "billing.bank_transfer_received", targetType: "order", targetId: order.id, metadata: { amount: order.amountTotal, currency: order.currency, seatsAdded: settled?.seatsAdded ?? 0 } });
    return { orderId: order.id, seatsAdded: settled?.seatsAdded ?? 0 };
  });
}

/** Whether an accepted quote's seats arrive at acceptance (true) or on payment (false, the default); audited. */
export async function setSeatsBeforePayment(db: Db, actor: Actor, input: z.infer<typeof ZSeatsBeforePaymentInput>) {
  return db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: input.orgId }, select: { id: true, seatsBeforePayment: true } });
    if (!org) throw new AppError("NOT_FOUND", "Organization not found.", { reason: "ORG_NOT_FOUND" });
    if (org.seatsBeforePayment !== input.enabled) {
      await tx.organization.update({ where: { id: org.id }, data: { seatsBeforePayment: input.enabled } });
      await recordAudit(tx, { orgId: org.id, actor, action: "billing.seats_before_payment_changed", targetType: "organization", targetId: org.id, metadata: { enabled: input.enabled } });
    }
    return { orgId: org.id, seatsBeforePayment: input.enabled };
  });
}
