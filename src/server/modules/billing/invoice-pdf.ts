import "server-only";
import PDFDocument from "pdfkit";
import countries from "i18n-iso-countries";
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { CATALOGS } from "@/messages";
import { formatMoney } from "@/shared/money";
import { billingWords } from "@/shared/billing-words";
import type { IssuedInvoice, InvoiceParty } from "./invoices";
import { CJK_FONT, cjkFontFiles, needsCjkFont } from "./pdf-fonts";

/*
 * An invoice, credit note or quote as an A4 PDF (pdfkit). Everything printed comes from the
 * stored row, and the document's dates are its issue date, so the same row always renders the
 * same document. Credit note amounts print negative. Labels are in `locale` (the `pdf` catalog;
 * docs/billing.md says who gets which), and so are the line descriptions, tax label and
 * reverse-charge note the server stored in English (`billingWords`). Text Helvetica cannot print
 * (a Chinese legal name, or Chinese labels) is set in the embedded Noto Sans SC subset
 * (pdf-fonts.ts). Dates stay ISO.
 */

type PdfTranslator = ReturnType<typeof pdfTranslator>;
const pdfTranslator = (locale: Locale) => createTranslator({ locale, messages: CATALOGS[locale], namespace: "pdf" });

/** What a document prints: an issued invoice or credit note, or a quote shaped the same way. */
export type PrintedDocument = Omit<IssuedInvoice, "kind" | "orderId"> & {
  kind: IssuedInvoice["kind"] | "quote";
  orderId: string | null;
  /** a quote's validity and payment terms */
  quote?: { validUntil: Date; paymentTermsDays: number; terms: string | null };
};

const MARGIN = 50;
const WIDTH = 595.28 - 2 * MARGIN;
const GREY = "#475569";
const INK = "#0f172a";

/** ISO date, the one format every reader of an invoice parses the same way. */
const day = (date: Date) => date.toISOString().slice(0, 10);

function countryName(code: string, locale: Locale): string {
  if (locale === "en") return countries.getName(code, "en") ?? code;
  return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
}

function partyLines(party: InvoiceParty, t: PdfTranslator, locale: Locale): string[] {
  const country = party.country ? countryName(party.country, locale) : null;
  return [
    ...party.addressLines,
    ...(country ? [country] : []),
    ...(party.taxId ? [t("taxId", { taxId: party.taxId })] : []),
    ...(party.email ? [party.email] : []),
  ];
}

/** The document as PDF bytes, its labels in `locale` (English for the API). */
export function renderInvoicePdf(invoice: PrintedDocument, locale: Locale = DEFAULT_LOCALE): Promise<Buffer> {
  const t = pdfTranslator(locale);
  const words = billingWords(locale, CATALOGS[locale]);
  const credit = invoice.kind === "credit_note";
  const title = t(`titles.${invoice.kind}`);
  const money = (amount: number) => formatMoney(credit ? -amount : amount, invoice.currency, locale).replace("\u2212", "-");
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    info: { Title: `${title} ${invoice.number}`, Author: invoice.seller.name, Subject: t("subject", { title, number: invoice.number, buyer: invoice.buyer.name }), CreationDate: invoice.issuedAt, ModDate: invoice.issuedAt },
  });
  let cjkRegistered = false;
  /** Selects the font that prints `text`: Helvetica when it can, else the embedded CJK font. */
  const fontFor = (text: string, bold = false) => {
    if (!needsCjkFont(text)) return doc.font(bold ? "Helvetica-Bold" : "Helvetica");
    if (!cjkRegistered) {
      const files = cjkFontFiles();
      doc.registerFont(CJK_FONT.regular, files.regular).registerFont(CJK_FONT.bold, files.bold);
      cjkRegistered = true;
    }
    return doc.font(bold ? CJK_FONT.bold : CJK_FONT.regular);
  };
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  fontFor(title, true).fillColor(INK).fontSize(22).text(title.toUpperCase(), MARGIN, MARGIN);
  const facts: [string, string | null | undefined][] = [
    [t("facts.number"), invoice.number],
    [t("facts.issued"), day(invoice.issuedAt)],
    [t("facts.validUntil"), invoice.quote && day(invoice.quote.validUntil)],
    [t("facts.due"), invoice.dueAt && day(invoice.dueAt)],
    [t("facts.order"), invoice.orderId],
    [t("facts.creditsInvoice"), credit ? invoice.creditsNumber : null],
  ];
  facts.filter((fact): fact is [string, string] => Boolean(fact[1])).forEach(([label, value], index) => {
    const y = MARGIN + 2 + index * 14;
    fontFor(label).fontSize(9).fillColor(GREY).text(label, MARGIN + WIDTH - 240, y, { width: 90 });
    fontFor(value, true).fillColor(INK).text(value, MARGIN + WIDTH - 150, y, { width: 150, align: "right" });
  });

  let y = MARGIN + 70;
  if (invoice.testMode) {
    doc.rect(MARGIN, y, WIDTH, 22).fill("#fef3c7");
    fontFor(t("testMode"), true).fillColor("#92400e").fontSize(9).text(t("testMode"), MARGIN + 8, y + 7, { width: WIDTH - 16 });
    y += 34;
  }

  const party = (label: string, who: InvoiceParty, x: number) => {
    fontFor(label).fontSize(8).fillColor(GREY).text(label.toUpperCase(), x, y);
    fontFor(who.name, true).fontSize(10).fillColor(INK).text(who.name, x, y + 12, { width: WIDTH / 2 - 10 });
    const lines = partyLines(who, t, locale).join("\n");
    fontFor(lines).fontSize(9).fillColor(INK).text(lines, x, doc.y + 2, { width: WIDTH / 2 - 10 });
    return doc.y;
  };
  y = Math.max(party(t("from"), invoice.seller, MARGIN), party(t("billTo"), invoice.buyer, MARGIN + WIDTH / 2)) + 24;

  const columns = [
    { label: t("columns.description"), x: MARGIN, width: WIDTH - 270, align: "left" as const },
    { label: t("columns.quantity"), x: MARGIN + WIDTH - 270, width: 70, align: "right" as const },
    { label: t("columns.unitPrice"), x: MARGIN + WIDTH - 190, width: 90, align: "right" as const },
    { label: t("columns.amount"), x: MARGIN + WIDTH - 90, width: 90, align: "right" as const },
  ];
  doc.fontSize(9).fillColor(GREY);
  columns.forEach((column) => fontFor(column.label, true).text(column.label, column.x, y, { width: column.width, align: column.align }));
  y += 14;
  doc.moveTo(MARGIN, y).lineTo(MARGIN + WIDTH, y).lineWidth(0.5).strokeColor("#cbd5e1").stroke();
  y += 6;
  doc.fontSize(10).fillColor(INK);
  for (const line of invoice.lines) {
    const cells = [words.line(line), line.quantity.toLocaleString(locale), money(line.unitAmount), money(line.amount)];
    const rowTop = y;
    cells.forEach((cell, index) => fontFor(cell).text(cell, columns[index]!.x, rowTop, { width: columns[index]!.width, align: columns[index]!.align }));
    y = Math.max(doc.y, rowTop + 14) + 4;
  }
  doc.moveTo(MARGIN, y).lineTo(MARGIN + WIDTH, y).stroke();
  y += 10;

  const taxLabel = words.taxLine({ label: invoice.taxLabel, rateBps: invoice.taxRateBps, note: invoice.taxNote });
  const totals: [string, string, boolean][] = [
    [t("subtotal"), money(invoice.subtotal), false],
    [taxLabel, money(invoice.taxAmount), false],
    [credit ? t("totalCredited") : t("total"), money(invoice.total), true],
  ];
  for (const [label, value, bold] of totals) {
    doc.fontSize(bold ? 11 : 10).fillColor(INK);
    fontFor(label, bold).text(label, MARGIN + WIDTH - 240, y, { width: 140 });
    fontFor(value, bold).text(value, MARGIN + WIDTH - 100, y, { width: 100, align: "right" });
    y += bold ? 18 : 15;
  }

  y += 10;
  const notes = [...(invoice.taxNote ? [words.taxNote(invoice.taxNote)] : []), ...paymentNotes(invoice, t), t("amountsIn", { currency: invoice.currency.toUpperCase() })].join("\n");
  fontFor(notes).fontSize(9).fillColor(GREY).text(notes, MARGIN, y, { width: WIDTH });
  doc.end();
  return done;
}

/** How the document is (to be) paid. */
function paymentNotes(document: PrintedDocument, t: PdfTranslator): string[] {
  if (document.quote) {
    const { validUntil, paymentTermsDays, terms } = document.quote;
    return [t("quoteValid", { validUntil: day(validUntil), days: paymentTermsDays }), ...(terms ? [t("terms", { terms })] : [])];
  }
  if (document.kind === "credit_note") return [t("refunded")];
  if (document.dueAt) {
    return [
      t("paymentDue", { dueOn: day(document.dueAt), number: document.number }),
      ...(document.seller.bank ? [t("bank", { bank: document.seller.bank })] : []),
      ...(document.testMode ? [t("testTransfer")] : []),
    ];
  }
  return [document.testMode ? t("paidInTestMode") : t("paid")];
}
