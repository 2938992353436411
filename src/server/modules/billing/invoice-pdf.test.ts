import { describe, expect, it } from "vitest";
import { pdfText } from "@/testing/pdf-text";
import { REVERSE_CHARGE_NOTE } from "@/shared/tax-words";
import { renderInvoicePdf, type PrintedDocument } from "./invoice-pdf";

const party = { addressLines: ["1 Main Street"], country: "DE", taxId: null, email: null, bank: null };

const invoice = (buyer: Partial<PrintedDocument["buyer"]> = {}, document: Partial<PrintedDocument> = {}): PrintedDocument => ({
  id: "inv_1",
  kind: "invoice",
  number: "INV-000042",
  orderId: "order_1",
  issuedAt: new Date("2026-03-04T09:15:00Z"),
  currency: "usd",
  seller: { ...party, name: "Anima GmbH" },
  buyer: { ...party, name: "Acme Robotics", ...buyer },
  lines: [{ description: "Starter — device license seats", quantity: 100, unitAmount: 3_000, amount: 300_000 }],
  subtotal: 300_000,
  taxRateBps: 0,
  taxLabel: "VAT",
  taxAmount: 0,
  total: 300_000,
  taxNote: null,
  creditsNumber: null,
  dueAt: null,
  testMode: false,
  ...document,
});
const reverseCharged = { taxNote: REVERSE_CHARGE_NOTE };

/** The PostScript names of the fonts a PDF embeds (subset prefix dropped). */
const embeddedFonts = (pdf: Buffer) => [...new Set([...pdf.toString("latin1").matchAll(/\/FontName \/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((match) => match[1]))];

describe("invoice PDF", () => {
  it("in English with a Latin buyer: Helvetica only, no embedded font, the text as always", async () => {
    const pdf = await renderInvoicePdf(invoice({}, reverseCharged));
    expect(embeddedFonts(pdf)).toEqual([]);
    const text = await pdfText(pdf);
    expect(text).toMatch(/INVOICE/);
    expect(text).toContain("Starter — device license seats");
    expect(text).toMatch(/VAT 0 %/);
    expect(text).toContain("Reverse charge: VAT to be accounted for by the recipient");
    expect(text).toMatch(/Bill to/i);
    expect(text).toMatch(/Total\s+\$3,000\.00/);
    expect(text).toMatch(/Paid in full\./);
  });

  it("prints a Chinese legal name and address with an embedded Noto Sans SC subset, in an English document", async () => {
    const pdf = await renderInvoicePdf(invoice({ name: "深圳市未来智能科技有限公司", addressLines: ["南山区科技园 1 号"], country: "CN" }));
    expect(embeddedFonts(pdf)).toEqual(expect.arrayContaining(["NotoSansHans-Bold", "NotoSansHans-Regular"]));
    const text = await pdfText(pdf);
    expect(text).toContain("深圳市未来智能科技有限公司");
    expect(text).toContain("南山区科技园 1 号");
    expect(text).toMatch(/Total\s+\$3,000\.00/);
    // The subset holds the glyphs used, not the 8 MB font.
    expect(pdf.length).toBeLessThan(300_000);
  });

  it("in Simplified Chinese: labels, line, tax and reverse-charge note from the catalog, the country named in Chinese", async () => {
    const text = await pdfText(await renderInvoicePdf(invoice({ name: "深圳市未来智能科技有限公司", country: "CN", taxId: "91440300MA5XXXXX" }, reverseCharged), "zh-CN"));
    for (const label of ["发票", "编号", "开具日期", "购买人", "单价", "合计", "已全额付款。", "中国", "税号：91440300MA5XXXXX", "Starter — 设备许可证席位", "增值税 0 %", "反向征收："]) expect(text).toContain(label);
    expect(text).toMatch(/US\$3,000\.00/);
  });
});
