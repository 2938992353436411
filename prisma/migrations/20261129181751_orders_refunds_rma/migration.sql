-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('pending', 'paid', 'failed', 'expired', 'refunded', 'partially_refunded');

-- AlterTable
ALTER TABLE "Device" ADD COLUMN     "licensedAt" TIMESTAMP(3),
ADD COLUMN     "replacedById" TEXT;

-- AlterTable
ALTER TABLE "LicensePool" ADD COLUMN     "alertLevel" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "transfers" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "packageId" TEXT,
    "packageName" TEXT NOT NULL,
    "packages" INTEGER NOT NULL,
    "seats" INTEGER NOT NULL,
    "unitAmount" INTEGER NOT NULL,
    "amountTotal" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "status" "OrderStatus" NOT NULL DEFAULT 'pending',
    "provider" TEXT NOT NULL,
    "checkoutSessionId" TEXT,
    "checkoutUrl" TEXT,
    "paymentIntentId" TEXT,
    "amountRefunded" INTEGER NOT NULL DEFAULT 0,
    "seatsFulfilled" INTEGER NOT NULL DEFAULT 0,
    "seatsRefunded" INTEGER NOT NULL DEFAULT 0,
    "receiptUrl" TEXT,
    "invoiceUrl" TEXT,
    "createdByUserId" TEXT,
    "paidAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "expiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeRefund" (
    "id" TEXT NOT NULL,
    "paymentIntentId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeRefund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "orderId" TEXT,
    "processedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Order_checkoutSessionId_key" ON "Order"("checkoutSessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_paymentIntentId_key" ON "Order"("paymentIntentId");

-- CreateIndex
CREATE INDEX "Order_orgId_createdAt_idx" ON "Order"("orgId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "StripeRefund_paymentIntentId_idx" ON "StripeRefund"("paymentIntentId");

-- CreateIndex
CREATE UNIQUE INDEX "Device_replacedById_key" ON "Device"("replacedById");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Devices activated before seats were tracked per device hold the seat they consumed.
UPDATE "Device" SET "licensedAt" = "activatedAt" WHERE "activatedAt" IS NOT NULL;
