import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { Db, DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit, type UserActor } from "@/server/modules/audit/record-audit";
import { userDisplayNames } from "@/server/modules/audit/actor-names";
import { packageTiers } from "@/server/modules/licenses/packages";
import { lineDescription } from "@/shared/invoice-lines";
import { priceSeats, taxOn } from "@/shared/pricing";
import { DAY_MS } from "@/shared/time";
import { requireBillingProfile } from "./billing-profile";
import { offeredPackage } from "./checkout";
import { buyerOf, invoiceSeller, issueInvoice } from "./invoices";
import type { Payments } from "./payments";
import { settleOrder } from "./settle-order";
import { sendStripeInvoice } from "./stripe-invoicing";
import { taxFor } from "./tax";
import { schemaMessage } from "@/shared/schema-message";

/*
 * Quotes: a member who buys seats (owner, admin, sales) puts a large bundle in writing at the
 * package's volume tier, for the purchasing department; the organization's owner accepts it,
 * which creates an order paid by bank transfer against an invoice issued at once (net terms),
 * or declines it; its author may withdraw it while open. Prices, tax and totals are fixed
 * when the quote is made: accepting within its validity buys at the quoted price.
 */

/** Quotes are for bundles beyond the online checkout too: up to a million seats. */
export const QUOTE_MAX_SEATS = 1_000_000;

export const ZCreateQuoteInput = z.object({
  packageId: z.string(schemaMessage("Choose a package.")).min(1, schemaMessage("Choose a package.")).max(64),
  seats: z.coerce
    .number(schemaMessage("Seats must be a whole number."))
    .int(schemaMessage("Seats must be a whole number."))
    .min(1, schemaMessage("Quote at least 1 seat."))
    .max(QUOTE_MAX_SEATS, schemaMessage(`A quote covers at most ${QUOTE_MAX_SEATS.toLocaleString("en")} seats.`)),
  validDays: z.coerce.number().int(schemaMessage("Validity is a whole number of days.")).min(1, schemaMessage("A quote is valid for at least 1 day.")).max(90, schemaMessage("A quote is valid for at most 90 days.")).default(30),
  paymentTermsDays: z.coerce.number().int(schemaMessage("Payment terms are a whole number of days.")).min(0, schemaMessage("Payment terms cannot be negative.")).max(90, schemaMessage("Payment terms are at most 90 days.")).default(30),
  terms: z.string().trim().max(1_000, schemaMessage("Terms are at most 1,000 characters.")).optional().transform((text) => text || null),
});

export const ZQuoteId = z.object({ quoteId: z.string().min(1, schemaMessage("Name a quote.")).max(64) });
export const ZListQuotesInput = z.object({ page: z.number().int().min(1).max(100_000).default(1), pageSize: z.number().int().min(1).max(100).default(10) });

const QUOTE_SELECT = {
  id: true, number: true, packageName: true, currency: true, seats: true, unitAmount: true, subtotal: true, taxRateBps: true, taxLabel: true,
  taxAmount: true, taxNote: true, amountTotal: true, paymentTermsDays: true, terms: true, validUntil: true, status: true, createdByUserId: true,
  decidedByUserId: true, decidedAt: true, orderId: true, createdAt: true,
} satisfies Prisma.QuoteSelect;
type QuoteRow = Prisma.QuoteGetPayload<{ select: typeof QUOTE_SELECT }>;

/** What people see: "expired" for an open quote past its validity, and names instead of ids. */
async function toDtos(db: DbTx, rows: QuoteRow[], now = new Date()) {
  const nameOf = await userDisplayNames(db, rows.flatMap((row) => [row.createdByUserId, row.decidedByUserId]));
  return rows.map(({ createdByUserId, decidedByUserId, ...row }) => ({
    ...row,
    status: row.status === "open" && row.validUntil < now ? ("expired" as const) : row.status,
    createdBy: createdByUserId ? nameOf(createdByUserId) : null,
    decidedBy: decidedByUserId ? nameOf(decidedByUserId) : null,
  }));
}

/** "Q-7F3K2M9A": short enough to read over the phone, random so it says nothing about volumes. */
const quoteNumber = () => `Q-${randomBytes(5).toString("hex").toUpperCase().slice(0, 8)}`;

export async function createQuote(db: Db, orgId: string, actor: UserActor, input: z.infer<typeof ZCreateQuoteInput>) {
  const pkg = await offeredPackage(db, input.packageId, "This package is no longer offered; refresh the page to see the current catalog.");
  const profile = await requireBillingProfile(db, orgId);
  if (pkg.currency !== profile.currency) {
    throw new AppError("BAD_REQUEST", `This package is priced in ${pkg.currency.toUpperCase()}; your organization buys in ${profile.currency.toUpperCase()} (Settings → Billing).`, { reason: "CURRENCY_MISMATCH" });
  }
  const price = priceSeats(packageTiers(pkg.tiers), input.seats);
  if (!price) {
    const minimum = packageTiers(pkg.tiers)[0]!.fromSeats;
    throw new AppError("BAD_REQUEST", `Orders of this package start at ${minimum.toLocaleString("en")} seats.`, { reason: "ORDER_SEATS_OUT_OF_RANGE" });
  }
  const tax = await taxFor(db, profile);
  const taxAmount = taxOn(price.amountTotal, tax.rateBps);
  return db.$transaction(async (tx) => {
    const quote = await tx.quote.create({
      data: {
        orgId, number: quoteNumber(), packageId: pkg.id, packageName: pkg.name, termMonths: pkg.termMonths, currency: pkg.currency, seats: price.seats, unitAmount: price.unitAmount,
        subtotal: price.amountTotal, taxRateBps: tax.rateBps, taxLabel: tax.label, taxAmount, taxNote: tax.note, amountTotal: price.amountTotal + taxAmount,
        paymentTermsDays: input.paymentTermsDays, terms: input.terms, validUntil: new Date(Date.now() + input.validDays * DAY_MS), createdByUserId: actor.userId,
      },
      select: QUOTE_SELECT,
    });
    await recordAudit(tx, { orgId, actor, action: "billing.quote_created", targetType: "quote", targetId: quote.id, metadata: { number: quote.number, seats: quote.seats, amount: quote.amountTotal, currency: quote.currency } });
    return (await toDtos(tx, [quote]))[0]!;
  });
}

export async function listQuotes(db: DbTx, orgId: string, input: z.infer<typeof ZListQuotesInput>) {
  const where = { orgId };
  const [total, rows] = await Promise.all([
    db.quote.count({ where }),
    db.quote.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (input.page - 1) * input.pageSize, take: input.pageSize, select: QUOTE_SELECT }),
  ]);
  return { items: await toDtos(db, rows), total, page: input.page, pageSize: input.pageSize };
}

export async function getQuote(db: DbTx, orgId: string, quoteId: string) {
  const row = await db.quote.findFirst({ where: { id: quoteId, orgId }, select: QUOTE_SELECT });
  if (!row) throw new AppError("NOT_FOUND", "Quote not found.", { reason: "QUOTE_NOT_FOUND" });
  return (await toDtos(db, [row]))[0]!;
}

/** The quote row locked for a decision, which must still be open (and, to accept, valid). */
async function openQuote(tx: DbTx, orgId: string, quoteId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Quote" WHERE "id" = ${quoteId} AND "orgId" = ${orgId} FOR UPDATE`;
  const quote = await tx.quote.findFirst({ where: { id: quoteId, orgId } });
  if (!quote) throw new AppError("NOT_FOUND", "Quote not found.", { reason: "QUOTE_NOT_FOUND" });
  if (quote.status !== "open") throw new AppError("CONFLICT", `This quote was already ${quote.status}.`, { reason: "QUOTE_NOT_OPEN" });
  return quote;
}

/**
 * The owner accepts: within its validity, in the organization's billing currency, the quote
 * becomes an order at the quoted price, paid by bank transfer within its net terms against an
 * invoice issued now. Seats arrive on payment, or at once where the operator allows it. In
 * Stripe mode Stripe sends the invoice as well (stripe-invoicing.ts).
 */
export async function acceptQuote(db: Db, payments: Payments, org: { id: string; role: Role }, actor: UserActor, quoteId: string) {
  if (org.role !== "OWNER") throw new AppError("FORBIDDEN", "Only the organization's owner can accept a quote: it commits the organization to pay.", { reason: "OWNER_ONLY" });
  const orderId = await db.$transaction(async (tx) => {
    const quote = await openQuote(tx, org.id, quoteId);
    if (quote.validUntil < new Date()) {
      throw new AppError("CONFLICT", "This quote has expired; ask for a new one at today's prices.", { reason: "QUOTE_EXPIRED" });
    }
    const profile = await requireBillingProfile(tx, org.id);
    if (profile.currency !== quote.currency) {
      throw new AppError("BAD_REQUEST", `This quote is in ${quote.currency.toUpperCase()}; your organization now buys in ${profile.currency.toUpperCase()}.`, { reason: "CURRENCY_MISMATCH" });
    }
    const { seatsBeforePayment } = await tx.organization.findUniqueOrThrow({ where: { id: org.id }, select: { seatsBeforePayment: true } });
    const now = new Date();
    const order = await tx.order.create({
      data: {
        orgId: org.id, packageId: quote.packageId, packageName: quote.packageName, seats: quote.seats, unitAmount: quote.unitAmount, subtotal: quote.subtotal,
        taxRateBps: quote.taxRateBps, taxLabel: quote.taxLabel, taxAmount: quote.taxAmount, taxNote: quote.taxNote, amountTotal: quote.amountTotal,
        currency: quote.currency, provider: "invoice", testMode: payments.mode !== "stripe", termMonths: quote.termMonths, createdByUserId: quote.createdByUserId,
        paymentDueAt: new Date(now.getTime() + quote.paymentTermsDays * DAY_MS), seatsReleasedAt: seatsBeforePayment ? now : null,
      },
    });
    await tx.quote.update({ where: { id: quote.id }, data: { status: "accepted", decidedAt: now, decidedByUserId: actor.userId, orderId: order.id } });
    await recordAudit(tx, { orgId: org.id, actor, action: "billing.quote_accepted", targetType: "quote", targetId: quote.id, metadata: { number: quote.number, orderId: order.id, amount: quote.amountTotal, currency: quote.currency } });
    await issueInvoice(tx, order, { dueAt: order.paymentDueAt });
    // With seats before payment, settling now adds them (settleOrder counts released seats).
    if (seatsBeforePayment) await settleOrder(tx, order.id, {});
    return order.id;
  });
  // Stripe mode: Stripe sends the invoice too, and reports its payment (invoice.paid).
  if (payments.stripe) await sendStripeInvoice(db, payments.stripe, orderId);
  return orderId;
}

/** The owner declines, or the author (or anyone who buys seats) withdraws: the quote stays on record, closed. */
export async function closeQuote(db: Db, org: { id: string; role: Role }, actor: UserActor, quoteId: string, outcome: "declined" | "withdrawn") {
  if (outcome === "declined" && org.role !== "OWNER") {
    throw new AppError("FORBIDDEN", "Only the organization's owner can decline a quote; withdraw it instead.", { reason: "OWNER_ONLY" });
  }
  await db.$transaction(async (tx) => {
    const quote = await openQuote(tx, org.id, quoteId);
    await tx.quote.update({ where: { id: quote.id }, data: { status: outcome, decidedAt: new Date(), decidedByUserId: actor.userId } });
    await recordAudit(tx, { orgId: org.id, actor, action: outcome === "declined" ? "billing.quote_declined" : "billing.quote_withdrawn", targetType: "quote", targetId: quote.id, metadata: { number: quote.number } });
  });
  return getQuote(db, org.id, quoteId);
}

/** A quote as its PDF prints it (seller and buyer as they are today). */
export async function printableQuote(db: DbTx, orgId: string, quoteId: string) {
  const quote = await db.quote.findFirst({ where: { id: quoteId, orgId } });
  if (!quote) throw new AppError("NOT_FOUND", "Quote not found.", { reason: "QUOTE_NOT_FOUND" });
  return {
    id: quote.id, kind: "quote" as const, number: quote.number, orderId: quote.orderId, issuedAt: quote.createdAt, currency: quote.currency, seller: invoiceSeller(), buyer: await buyerOf(db, orgId),
    lines: [{ description: lineDescription({ kind: "seats", packageName: quote.packageName }), quantity: quote.seats, unitAmount: quote.unitAmount, amount: quote.subtotal }],
    subtotal: quote.subtotal, taxRateBps: quote.taxRateBps, taxLabel: quote.taxLabel, taxAmount: quote.taxAmount, total: quote.amountTotal, taxNote: quote.taxNote,
    creditsNumber: null, dueAt: null, testMode: false, quote: { validUntil: quote.validUntil, paymentTermsDays: quote.paymentTermsDays, terms: quote.terms },
  };
}
