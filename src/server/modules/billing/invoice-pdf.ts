import "server-only";
import PDFDocument from "pdfkit";
import countries from "i18n-iso-countries";
import { formatMoney } from "@/shared/money";
import { formatRate } from "@/shared/pricing";
import type { IssuedInvoice, InvoiceParty } from "./invoices";

/*
 * An invoice, credit note or quote as an A4 PDF (pdfkit, its built-in Helvetica). Everything
 * printed comes from the stored row, and the document's dates are its issue date, so the same
 * row always renders the same document. Credit note amounts print negative.
 */

/** What a document prints: an issued invoice or credit note, or a quote shaped the same way. */
export type PrintedDocument = Omit<IssuedInvoice, "kind" | "orderId"> & {
  kind: IssuedInvoice["kind"] | "quote";
  orderId: string | null;
  /** a quote's validity and payment terms */
  quote?: { validUntil: Date; paymentTermsDays: number; terms: string | null };
};

const TITLES: Record<PrintedDocument["kind"], string> = { invoice: "Invoice", credit_note: "Credit note", quote: "Quote" };

const MARGIN = 50;
const WIDTH = 595.28 - 2 * MARGIN;
const GREY = "#475569";
const INK = "#0f172a";

/** ISO date, the one format every reader of an invoice parses the same way. */
const day = (date: Date) => date.toISOString().slice(0, 10);

function partyLines(party: InvoiceParty): string[] {
  const country = party.country ? (countries.getName(party.country, "en") ?? party.country) : null;
  return [
    ...party.addressLines,
    ...(country ? [country] : []),
    ...(party.taxId ? [`Tax ID: ${party.taxId}`] : []),
    ...(party.email ? [party.email] : []),
  ];
}

export function renderInvoicePdf(invoice: PrintedDocument): Promise<Buffer> {
  const credit = invoice.kind === "credit_note";
  const title = TITLES[invoice.kind];
  const money = (amount: number) => formatMoney(credit ? -amount : amount, invoice.currency).replace("\u2212", "-");
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    info: { Title: `${title} ${invoice.number}`, Author: invoice.seller.name, Subject: `${title} ${invoice.number} for ${invoice.buyer.name}`, CreationDate: invoice.issuedAt, ModDate: invoice.issuedAt },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.fillColor(INK).font("Helvetica-Bold").fontSize(22).text(title.toUpperCase(), MARGIN, MARGIN);
  const facts: [string, string | null | undefined][] = [
    ["Number", invoice.number],
    ["Issued", day(invoice.issuedAt)],
    ["Valid until", invoice.quote && day(invoice.quote.validUntil)],
    ["Due", invoice.dueAt && day(invoice.dueAt)],
    ["Order", invoice.orderId],
    ["Credits invoice", credit ? invoice.creditsNumber : null],
  ];
  facts.filter((fact): fact is [string, string] => Boolean(fact[1])).forEach(([label, value], index) => {
    const y = MARGIN + 2 + index * 14;
    doc.font("Helvetica").fontSize(9).fillColor(GREY).text(label, MARGIN + WIDTH - 240, y, { width: 90 });
    doc.font("Helvetica-Bold").fillColor(INK).text(value, MARGIN + WIDTH - 150, y, { width: 150, align: "right" });
  });

  let y = MARGIN + 70;
  if (invoice.testMode) {
    doc.rect(MARGIN, y, WIDTH, 22).fill("#fef3c7");
    doc.fillColor("#92400e").font("Helvetica-Bold").fontSize(9).text("TEST MODE - issued for a local test payment; not a tax document, nothing was charged.", MARGIN + 8, y + 7, { width: WIDTH - 16 });
    y += 34;
  }

  const party = (label: string, who: InvoiceParty, x: number) => {
    doc.font("Helvetica").fontSize(8).fillColor(GREY).text(label.toUpperCase(), x, y);
    doc.font("Helvetica-Bold").fontSize(10).fillColor(INK).text(who.name, x, y + 12, { width: WIDTH / 2 - 10 });
    doc.font("Helvetica").fontSize(9).fillColor(INK).text(partyLines(who).join("\n"), x, doc.y + 2, { width: WIDTH / 2 - 10 });
    return doc.y;
  };
  y = Math.max(party("From", invoice.seller, MARGIN), party("Bill to", invoice.buyer, MARGIN + WIDTH / 2)) + 24;

  const columns = [
    { label: "Description", x: MARGIN, width: WIDTH - 270, align: "left" as const },
    { label: "Quantity", x: MARGIN + WIDTH - 270, width: 70, align: "right" as const },
    { label: "Unit price", x: MARGIN + WIDTH - 190, width: 90, align: "right" as const },
    { label: "Amount", x: MARGIN + WIDTH - 90, width: 90, align: "right" as const },
  ];
  doc.font("Helvetica-Bold").fontSize(9).fillColor(GREY);
  columns.forEach((column) => doc.text(column.label, column.x, y, { width: column.width, align: column.align }));
  y += 14;
  doc.moveTo(MARGIN, y).lineTo(MARGIN + WIDTH, y).lineWidth(0.5).strokeColor("#cbd5e1").stroke();
  y += 6;
  doc.font("Helvetica").fontSize(10).fillColor(INK);
  for (const line of invoice.lines) {
    const cells = [line.description, line.quantity.toLocaleString("en"), money(line.unitAmount), money(line.amount)];
    const rowTop = y;
    cells.forEach((cell, index) => doc.text(cell, columns[index]!.x, rowTop, { width: columns[index]!.width, align: columns[index]!.align }));
    y = Math.max(doc.y, rowTop + 14) + 4;
  }
  doc.moveTo(MARGIN, y).lineTo(MARGIN + WIDTH, y).stroke();
  y += 10;

  const taxLabel = `${invoice.taxLabel} ${formatRate(invoice.taxRateBps)}`;
  const totals: [string, string, boolean][] = [
    ["Subtotal", money(invoice.subtotal), false],
    [taxLabel, money(invoice.taxAmount), false],
    [credit ? "Total credited" : "Total", money(invoice.total), true],
  ];
  for (const [label, value, bold] of totals) {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(bold ? 11 : 10).fillColor(INK);
    doc.text(label, MARGIN + WIDTH - 240, y, { width: 140 });
    doc.text(value, MARGIN + WIDTH - 100, y, { width: 100, align: "right" });
    y += bold ? 18 : 15;
  }

  y += 10;
  doc.font("Helvetica").fontSize(9).fillColor(GREY);
  const notes = [...(invoice.taxNote ? [invoice.taxNote] : []), ...paymentNotes(invoice), `Amounts in ${invoice.currency.toUpperCase()}.`];
  doc.text(notes.join("\n"), MARGIN, y, { width: WIDTH });
  doc.end();
  return done;
}

/** How the document is (to be) paid. */
function paymentNotes(document: PrintedDocument): string[] {
  if (document.quote) {
    const { validUntil, paymentTermsDays, terms } = document.quote;
    return [
      `This quote is valid until ${day(validUntil)}. Once the organization's owner accepts it, an invoice is issued, payable by bank transfer within ${paymentTermsDays} days.`,
      ...(terms ? [`Terms: ${terms}`] : []),
    ];
  }
  if (document.kind === "credit_note") return ["Refunded to the original payment method."];
  if (document.dueAt) {
    return [
      `Payment due by ${day(document.dueAt)} by bank transfer, quoting ${document.number}.`,
      ...(document.seller.bank ? [`Bank: ${document.seller.bank}`] : []),
      ...(document.testMode ? ["Local test mode: an operator records the transfer; no money changes hands."] : []),
    ];
  }
  return [document.testMode ? "Paid in the local test mode: no money changed hands." : "Paid in full."];
}
