import "server-only";
import { z } from "zod";
import type { InvoiceKind, Order, Prisma } from "@/generated/prisma/client";
import type { DbTx } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { lineDescription } from "@/shared/invoice-lines";

/*
 * Invoices and credit notes. One is issued in the transaction that records the payment (an
 * invoice for the order) or a refund (a credit note for the amount refunded), so a document
 * exists exactly when the money moved, and its number is taken from InvoiceSequence in that
 * same transaction: a rollback gives the number back, two issues queue on the sequence row,
 * and the series has no gap and no duplicate. The row copies everything it prints and is never
 * updated (a database rule turns any update into nothing).
 */

const ZParty = z.object({
  name: z.string(),
  addressLines: z.array(z.string()),
  country: z.string(),
  taxId: z.string().nullable(),
  email: z.string().nullable(),
  /** the seller's bank account, for invoices paid by transfer */
  bank: z.string().nullable().default(null),
});
const ZLine = z.object({ description: z.string(), quantity: z.number().int(), unitAmount: z.number().int(), amount: z.number().int() });
export type InvoiceParty = z.infer<typeof ZParty>;
export type InvoiceLine = z.infer<typeof ZLine>;

/** Local test payments number their documents in their own series: they are not tax documents. */
const TEST_ISSUER = "TEST";
const KIND_CODES: Record<InvoiceKind, string> = { invoice: "INV", credit_note: "CN" };

/** The issuing entity, as configured (INVOICE_ISSUER_*). */
export function invoiceSeller(): InvoiceParty {
  return {
    name: env.INVOICE_ISSUER_NAME,
    addressLines: env.INVOICE_ISSUER_ADDRESS.split("|").map((line) => line.trim()).filter(Boolean),
    country: env.INVOICE_ISSUER_COUNTRY,
    taxId: env.INVOICE_ISSUER_TAX_ID ?? null,
    email: null,
    bank: env.INVOICE_ISSUER_BANK ?? null,
  };
}

/** The next number of a series, taken under the sequence row's lock for the rest of the transaction. */
async function nextNumber(tx: DbTx, issuer: string, kind: InvoiceKind) {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "InvoiceSequence" ("issuer", "kind", "last") VALUES (${issuer}, ${kind}::"InvoiceKind", 1)
    ON CONFLICT ("issuer", "kind") DO UPDATE SET "last" = "InvoiceSequence"."last" + 1
    RETURNING "last"`;
  const sequence = row!.last;
  return { sequence, number: `${issuer}-${KIND_CODES[kind]}-${String(sequence).padStart(6, "0")}` };
}

/** The buyer as the billing profile names them now (orders made before profiles existed: the organization's name). */
export async function buyerOf(tx: DbTx, orgId: string): Promise<InvoiceParty> {
  const profile = await tx.billingProfile.findUnique({ where: { orgId } });
  if (!profile) {
    const org = await tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: { name: true } });
    return { name: org.name, addressLines: [], country: "", taxId: null, email: null, bank: null };
  }
  const cityLine = [profile.postalCode, profile.city].filter(Boolean).join(" ");
  return {
    name: profile.legalName,
    addressLines: [profile.addressLine1, profile.addressLine2, cityLine, profile.region].filter((line): line is string => Boolean(line)),
    country: profile.country,
    taxId: profile.taxId,
    email: profile.billingEmail,
    bank: null,
  };
}

type Issue = {
  order: Order;
  kind: InvoiceKind;
  lines: InvoiceLine[];
  subtotal: number;
  taxAmount: number;
  creditsNumber?: string;
  /** the invoice's date is the payment's; a credit note's, now */
  issuedAt?: Date;
  /** an invoice to pay by bank transfer */
  dueAt?: Date | null;
};

async function issue(tx: DbTx, { order, kind, lines, subtotal, taxAmount, creditsNumber, issuedAt, dueAt }: Issue) {
  const testMode = order.testMode;
  const issuer = testMode ? TEST_ISSUER : env.INVOICE_NUMBER_PREFIX;
  const { sequence, number } = await nextNumber(tx, issuer, kind);
  const invoice = await tx.invoice.create({
    data: {
      orgId: order.orgId,
      orderId: order.id,
      kind,
      issuer,
      sequence,
      number,
      issuedAt,
      currency: order.currency,
      buyer: await buyerOf(tx, order.orgId),
      seller: invoiceSeller(),
      lines,
      subtotal,
      taxRateBps: order.taxRateBps,
      taxLabel: order.taxLabel,
      taxAmount,
      total: subtotal + taxAmount,
      taxNote: order.taxNote,
      creditsNumber: creditsNumber ?? null,
      dueAt: dueAt ?? null,
      testMode,
    },
  });
  const actor: Actor = { type: "system", label: "invoicing" };
  await recordAudit(tx, {
    orgId: order.orgId,
    actor,
    action: kind === "invoice" ? "billing.invoice_issued" : "billing.credit_note_issued",
    targetType: "order",
    targetId: order.id,
    metadata: { number, total: invoice.total, currency: order.currency },
    at: issuedAt,
  });
  return invoice;
}

/**
 * The invoice of an order: its seats at the tier price, the tax, the total. Issued when a
 * checkout is paid (dated at the payment), or when a quote is accepted (due by bank transfer).
 */
export function issueInvoice(tx: DbTx, order: Order, { issuedAt, dueAt }: { issuedAt?: Date; dueAt?: Date | null } = {}) {
  const line = { description: lineDescription({ kind: "seats", packageName: order.packageName }), quantity: order.seats, unitAmount: order.unitAmount, amount: order.subtotal };
  return issue(tx, { order, kind: "invoice", lines: [line], subtotal: order.subtotal, taxAmount: order.taxAmount, issuedAt, dueAt });
}

/**
 * A credit note for `refunded` minor units of the order's total (tax included, as charged):
 * split into net and tax in the order's proportion; the seats it takes back on its line.
 */
export async function issueCreditNote(tx: DbTx, order: Order, refunded: number, seatsRemoved: number) {
  const invoice = await tx.invoice.findFirst({ where: { orderId: order.id, kind: "invoice" }, select: { number: true } });
  const taxAmount = order.amountTotal === 0 ? 0 : Math.round((refunded * order.taxAmount) / order.amountTotal);
  const subtotal = refunded - taxAmount;
  const line = {
    description: lineDescription({ kind: "refund", packageName: order.packageName, seats: seatsRemoved }),
    quantity: 1,
    unitAmount: subtotal,
    amount: subtotal,
  };
  return issue(tx, { order, kind: "credit_note", lines: [line], subtotal, taxAmount, creditsNumber: invoice?.number });
}

/** Everything a document prints. */
const PRINTED = {
  id: true, kind: true, number: true, orderId: true, issuedAt: true, currency: true, seller: true, buyer: true, lines: true,
  subtotal: true, taxRateBps: true, taxLabel: true, taxAmount: true, total: true, taxNote: true, creditsNumber: true, dueAt: true, testMode: true,
} satisfies Prisma.InvoiceSelect;

/** One of the organization's documents, typed for rendering; 404 for anything else (another organization's too). */
export async function getInvoice(db: DbTx, orgId: string, invoiceId: string) {
  const row = await db.invoice.findFirst({ where: { id: invoiceId, orgId }, select: PRINTED });
  if (!row) throw new AppError("NOT_FOUND", "Invoice not found.", { reason: "INVOICE_NOT_FOUND" });
  return { ...row, buyer: ZParty.parse(row.buyer), seller: ZParty.parse(row.seller), lines: z.array(ZLine).parse(row.lines) };
}
export type IssuedInvoice = Awaited<ReturnType<typeof getInvoice>>;
