import "server-only";
import type Stripe from "stripe";
import type { LicensePackage } from "@/generated/prisma/client";
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError, errorText } from "@/server/errors";
import { logger } from "@/server/logger";
import { recordAudit, type UserActor } from "@/server/modules/audit/record-audit";
import { packageTiers } from "@/server/modules/licenses/packages";
import { formatMoney } from "@/shared/money";
import { checkOrderSeats, ORDER_MAX_AMOUNT, ORDER_MAX_SEATS, taxOn } from "@/shared/pricing";
import { requireBillingProfile } from "./billing-profile";
import { assertPaymentsAvailable, type Payments } from "./payments";
import { createStripeCheckoutSession } from "./stripe-checkout";
import { syncStripeCustomer } from "./stripe-customer";
import { taxFor } from "./tax";
import { schemaMessage } from "@/shared/schema-message";

export const ZCheckoutInput = z.object({
  packageId: z.string(schemaMessage("Choose a package.")).min(1, schemaMessage("Choose a package.")).max(64),
  seats: z.coerce
    .number(schemaMessage("Seats must be a whole number."))
    .int(schemaMessage("Seats must be a whole number."))
    .min(1, schemaMessage("Buy at least 1 seat."))
    .max(ORDER_MAX_SEATS, schemaMessage(`At most ${ORDER_MAX_SEATS.toLocaleString("en")} seats per online order; ask sales for a quote.`)),
});

type OrgRef = { id: string; slug: string };

/**
 * Starts a purchase: records a pending order of `seats` at today's volume tier price, plus the
 * tax of the buyer's country (tax.ts), then opens a
 * checkout for it — Stripe Checkout, or our test-mode page in local payments mode.
 * Seats arrive only when the payment is confirmed (webhook or success page). Refused before
 * anything is written when the deployment takes no payments, when the organization has no
 * billing profile yet (invoices are issued to it), or in another currency than the package's.
 */
export async function startCheckout(db: Db, payments: Payments, org: OrgRef, buyer: UserActor, input: z.infer<typeof ZCheckoutInput>) {
  assertPaymentsAvailable(payments);
  const pkg = await offeredPackage(db, input.packageId, "This package is no longer offered; refresh the page to see the current catalog.");
  return checkoutPackage(db, payments, org, buyer, pkg, input.seats);
}

/** A package still in the catalog, or NOT_FOUND with `message`. */
export async function offeredPackage(db: Db, packageId: string | null, message: string) {
  const pkg = packageId ? await db.licensePackage.findFirst({ where: { id: packageId, active: true } }) : null;
  if (!pkg) throw new AppError("NOT_FOUND", message, { reason: "PACKAGE_NOT_FOUND" });
  return pkg;
}

/**
 * The order of `seats` of a package, and its checkout; `renewsTermId` makes it the renewal of a
 * seat term (seat-terms.ts carries the remaining time over when it is paid).
 */
export async function checkoutPackage(db: Db, payments: Payments, org: OrgRef, buyer: UserActor, pkg: LicensePackage, seatCount: number, renewsTermId: string | null = null) {
  const profile = await requireBillingProfile(db, org.id);
  if (pkg.currency !== profile.currency) {
    throw new AppError("BAD_REQUEST", `This package is priced in ${pkg.currency.toUpperCase()}; your organization buys in ${profile.currency.toUpperCase()} (Settings → Billing).`, { reason: "CURRENCY_MISMATCH" });
  }
  const priced = checkOrderSeats(packageTiers(pkg.tiers), pkg.currency, seatCount);
  if (!priced.ok) throw new AppError("BAD_REQUEST", priced.message, { reason: "ORDER_SEATS_OUT_OF_RANGE" });
  const { seats, unitAmount, amountTotal: subtotal } = priced.price;
  const tax = await taxFor(db, profile);
  const taxAmount = taxOn(subtotal, tax.rateBps);
  const amountTotal = subtotal + taxAmount;
  if (amountTotal > ORDER_MAX_AMOUNT) {
    throw new AppError("BAD_REQUEST", `With ${tax.label} this order comes to ${formatMoney(amountTotal, pkg.currency)}, above the ${formatMoney(ORDER_MAX_AMOUNT, pkg.currency)} an online order may charge; ask sales for a quote.`, { reason: "ORDER_SEATS_OUT_OF_RANGE" });
  }
  const provider = payments.stripe ? "stripe" : "local";
  const order = await db.$transaction(async (tx) => {
    const created = await tx.order.create({
      data: {
        orgId: org.id,
        packageId: pkg.id,
        packageName: pkg.name,
        seats,
        unitAmount,
        subtotal,
        taxRateBps: tax.rateBps,
        taxLabel: tax.label,
        taxAmount,
        taxNote: tax.note,
        amountTotal,
        currency: pkg.currency,
        provider,
        testMode: provider === "local",
        termMonths: pkg.termMonths,
        renewsTermId,
        createdByUserId: buyer.userId,
      },
    });
    await recordAudit(tx, {
      orgId: org.id,
      actor: buyer,
      action: "licenses.checkout_started",
      targetType: "order",
      targetId: created.id,
      metadata: { package: pkg.name, seats, unitAmount, subtotal, taxAmount, amount: amountTotal, currency: pkg.currency, termMonths: pkg.termMonths, renewsTermId },
    });
    return created;
  });

  const session = payments.stripe
    ? await openStripeCheckout(db, payments.stripe, profile, { order, pkg: { lookupKey: pkg.stripeLookupKey, tiers: packageTiers(pkg.tiers) }, orgSlug: org.slug }).catch(async (error: unknown) => {
        logger.error("stripe checkout session failed", { orderId: order.id, error: errorText(error) });
        await db.order.update({ where: { id: order.id }, data: { status: "failed", failedAt: new Date() } });
        throw error instanceof AppError
          ? error
          : new AppError("SERVICE_UNAVAILABLE", "Stripe did not answer; no payment was taken. Try again in a minute.", { reason: "PAYMENTS_UNAVAILABLE", retryAfterSeconds: 30 });
      })
    : { id: `cs_local_${order.id}`, url: `/o/${org.slug}/licenses/checkout/${order.id}` };

  await db.order.update({ where: { id: order.id }, data: { checkoutSessionId: session.id, checkoutUrl: session.url } });
  return { orderId: order.id, url: session.url };
}

/** Stripe mode: the organization's customer brought up to date, then the order's Checkout Session. */
async function openStripeCheckout(db: Db, stripe: Stripe, profile: Parameters<typeof syncStripeCustomer>[2], session: Omit<Parameters<typeof createStripeCheckoutSession>[1], "customer">) {
  const customer = await syncStripeCustomer(db, stripe, profile);
  return createStripeCheckoutSession(stripe, { ...session, customer });
}
