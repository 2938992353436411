import "server-only";
import type { Db, DbTx } from "@/server/db";
import { publicUrl } from "@/server/env";
import { logger } from "@/server/logger";
import { recordAudit } from "@/server/modules/audit/record-audit";
import { sendInTheirLanguage } from "@/server/modules/mail/send-in-language";
import { mailEnabled } from "@/server/modules/mail/send-mail";
import type { EventRef } from "./fulfill-order";
import { errorText } from "@/server/errors";
import { CATALOGS } from "@/messages";
import { billingWords } from "@/shared/billing-words";
import { reviewReasonText, type ReviewProblem } from "@/shared/order-review";

/** A payment event that named an order but did not match it. */
export type Review = { orderId: string; orgId: string; reason: string; eventType: string; eventId: string | null };

/** The audit action of a mismatch: a security event in the order's organization. */
export const PAYMENT_MISMATCH_ACTION = "security.payment_mismatch";

/**
 * Marks the order for review and records the security event, in the transaction that recorded
 * the event id (so a redelivery alerts once). Nothing else of the event is applied. Without an
 * event (the success page re-reading a session) the same reason is not recorded twice.
 */
export async function flagForReview(tx: DbTx, order: { id: string; orgId: string; reviewReason: string | null }, problems: ReviewProblem[], event: EventRef, eventType: string): Promise<Review | null> {
  // Stored in English for integrators and the audit log; the console reads the codes back from it.
  const reason = reviewReasonText({ eventType, problems });
  if (!event && order.reviewReason === reason) return null;
  await tx.order.update({ where: { id: order.id }, data: { reviewReason: reason, reviewFlaggedAt: new Date() } });
  await recordAudit(tx, {
    orgId: order.orgId,
    actor: { type: "system", label: "stripe-webhook" },
    action: PAYMENT_MISMATCH_ACTION,
    targetType: "order",
    targetId: order.id,
    metadata: { reason, eventType, eventId: event?.id ?? null },
  });
  return { orderId: order.id, orgId: order.orgId, reason, eventType, eventId: event?.id ?? null };
}

/** After the flag has committed: an error log line, and an email to Anima's operators when mail is configured. */
export function alertOperators(db: Db, review: Review): void {
  logger.error("payment event did not match its order; nothing granted, order held for review", review);
  if (!mailEnabled()) return;
  void emailOperators(db, review).catch((error: unknown) =>
    logger.warn("payment mismatch email failed", { orderId: review.orderId, error: errorText(error) }),
  );
}

async function emailOperators(db: Db, review: Review) {
  const operators = await db.user.findMany({ where: { isOperator: true }, select: { email: true, locale: true } });
  const org = await db.organization.findUnique({ where: { id: review.orgId }, select: { name: true, slug: true } });
  await sendInTheirLanguage(operators, (t, locale) => ({
    subject: t("orderReview.subject", { org: org?.name ?? review.orgId }),
    paragraphs: [
      t("orderReview.body", { eventType: review.eventType, eventId: review.eventId ?? t("orderReview.successPage"), orderId: review.orderId, org: org?.slug ?? review.orgId }),
      // The stored English sentence, read back as codes and worded in the operator's language.
      billingWords(locale, CATALOGS[locale]).reviewReason(review.reason),
      t("orderReview.link", { url: `${publicUrl()}/operator` }),
    ],
  }));
}
