-- Invoices and credit notes, numbered without gaps per issuer and kind, and tax on orders.

-- Orders carry their tax: amountTotal = subtotal + taxAmount (earlier orders had none).
ALTER TABLE "Order" ADD COLUMN "subtotal" INTEGER;
UPDATE "Order" SET "subtotal" = "amountTotal";
ALTER TABLE "Order" ALTER COLUMN "subtotal" SET NOT NULL;
ALTER TABLE "Order" ADD COLUMN "taxRateBps" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "taxLabel" TEXT NOT NULL DEFAULT 'Tax',
  ADD COLUMN "taxAmount" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "taxNote" TEXT;
-- Stripe's hosted invoice, not ours.
ALTER TABLE "Order" RENAME COLUMN "invoiceUrl" TO "stripeInvoiceUrl";

CREATE TYPE "InvoiceKind" AS ENUM ('invoice', 'credit_note');

CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "kind" "InvoiceKind" NOT NULL,
    "issuer" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "currency" TEXT NOT NULL,
    "buyer" JSONB NOT NULL,
    "seller" JSONB NOT NULL,
    "lines" JSONB NOT NULL,
    "subtotal" INTEGER NOT NULL,
    "taxRateBps" INTEGER NOT NULL,
    "taxLabel" TEXT NOT NULL,
    "taxAmount" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "taxNote" TEXT,
    "creditsNumber" TEXT,
    "testMode" BOOLEAN NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "InvoiceSequence" (
    "issuer" TEXT NOT NULL,
    "kind" "InvoiceKind" NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InvoiceSequence_pkey" PRIMARY KEY ("issuer","kind")
);

CREATE TABLE "TaxRate" (
    "country" TEXT NOT NULL,
    "rateBps" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TaxRate_pkey" PRIMARY KEY ("country")
);

CREATE UNIQUE INDEX "Invoice_number_key" ON "Invoice"("number");
CREATE UNIQUE INDEX "Invoice_issuer_kind_sequence_key" ON "Invoice"("issuer", "kind", "sequence");
CREATE INDEX "Invoice_orgId_issuedAt_idx" ON "Invoice"("orgId", "issuedAt" DESC);
CREATE INDEX "Invoice_orderId_idx" ON "Invoice"("orderId");

ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An issued invoice is a legal record: an update changes nothing (a correction is a credit
-- note). A rule, as for the ledger: migrations here carry no plpgsql (docs/architecture.md).
CREATE RULE "Invoice_immutable" AS ON UPDATE TO "Invoice" DO INSTEAD NOTHING;

-- Standard VAT rates of the EU member states and the UK (as of 2025), in basis points. The operator
-- edits them (Operator → Tax rates), and a country without a row is charged no tax.
INSERT INTO "TaxRate" ("country", "rateBps", "label", "updatedAt") VALUES
  ('AT', 2000, 'VAT', now()), ('BE', 2100, 'VAT', now()), ('BG', 2000, 'VAT', now()), ('HR', 2500, 'VAT', now()),
  ('CY', 1900, 'VAT', now()), ('CZ', 2100, 'VAT', now()), ('DK', 2500, 'VAT', now()), ('EE', 2400, 'VAT', now()),
  ('FI', 2550, 'VAT', now()), ('FR', 2000, 'VAT', now()), ('DE', 1900, 'VAT', now()), ('GR', 2400, 'VAT', now()),
  ('HU', 2700, 'VAT', now()), ('IE', 2300, 'VAT', now()), ('IT', 2200, 'VAT', now()), ('LV', 2100, 'VAT', now()),
  ('LT', 2100, 'VAT', now()), ('LU', 1700, 'VAT', now()), ('MT', 1800, 'VAT', now()), ('NL', 2100, 'VAT', now()),
  ('PL', 2300, 'VAT', now()), ('PT', 2300, 'VAT', now()), ('RO', 2100, 'VAT', now()), ('SK', 2300, 'VAT', now()),
  ('SI', 2200, 'VAT', now()), ('ES', 2100, 'VAT', now()), ('SE', 2500, 'VAT', now()), ('GB', 2000, 'VAT', now());
