-- Quotes and pay-by-invoice orders.
CREATE TYPE "QuoteStatus" AS ENUM ('open', 'accepted', 'declined', 'withdrawn');

ALTER TABLE "Organization" ADD COLUMN "seatsBeforePayment" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Order" ADD COLUMN "testMode" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "paymentDueAt" TIMESTAMP(3), ADD COLUMN "seatsReleasedAt" TIMESTAMP(3);
UPDATE "Order" SET "testMode" = true WHERE "provider" = 'local';
ALTER TABLE "Invoice" ADD COLUMN "dueAt" TIMESTAMP(3);

CREATE TABLE "Quote" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "packageId" TEXT NOT NULL,
    "packageName" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "unitAmount" INTEGER NOT NULL,
    "subtotal" INTEGER NOT NULL,
    "taxRateBps" INTEGER NOT NULL,
    "taxLabel" TEXT NOT NULL,
    "taxAmount" INTEGER NOT NULL,
    "taxNote" TEXT,
    "amountTotal" INTEGER NOT NULL,
    "paymentTermsDays" INTEGER NOT NULL,
    "terms" TEXT,
    "validUntil" TIMESTAMP(3) NOT NULL,
    "status" "QuoteStatus" NOT NULL DEFAULT 'open',
    "createdByUserId" TEXT,
    "decidedByUserId" TEXT,
    "decidedAt" TIMESTAMP(3),
    "orderId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Quote_number_key" ON "Quote"("number");
CREATE UNIQUE INDEX "Quote_orderId_key" ON "Quote"("orderId");
CREATE INDEX "Quote_orgId_createdAt_idx" ON "Quote"("orgId", "createdAt" DESC);

ALTER TABLE "Quote" ADD CONSTRAINT "Quote_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
