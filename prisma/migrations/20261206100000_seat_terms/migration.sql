-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LedgerEntryKind" ADD VALUE 'expiry';
ALTER TYPE "LedgerEntryKind" ADD VALUE 'reclaim';

-- AlterTable
ALTER TABLE "Device" ADD COLUMN     "seatReclaimedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "renewsTermId" TEXT,
ADD COLUMN     "termMonths" INTEGER;

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "termMonths" INTEGER;

-- CreateTable
CREATE TABLE "SeatTerm" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "termMonths" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "remindedDays" INTEGER,
    "expiredAt" TIMESTAMP(3),
    "seatsExpired" INTEGER NOT NULL DEFAULT 0,
    "renewedByOrderId" TEXT,
    "reclaimedAt" TIMESTAMP(3),
    "seatsReclaimed" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SeatTerm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SeatTerm_orderId_key" ON "SeatTerm"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "SeatTerm_renewedByOrderId_key" ON "SeatTerm"("renewedByOrderId");

-- CreateIndex
CREATE INDEX "SeatTerm_orgId_endsAt_idx" ON "SeatTerm"("orgId", "endsAt");

-- CreateIndex
CREATE INDEX "SeatTerm_endsAt_idx" ON "SeatTerm"("endsAt");

-- AddForeignKey
ALTER TABLE "SeatTerm" ADD CONSTRAINT "SeatTerm_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatTerm" ADD CONSTRAINT "SeatTerm_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The catalog's term packages: seats for 12 months, at about 40 % of a perpetual seat's price
INSERT INTO "LicensePackage" ("id", "name", "tiers", "currency", "termMonths", "stripeLookupKey", "sortOrder", "updatedAt") VALUES
  ('pkg_annual_usd', 'Device licenses, 1 year', '[{"fromSeats":100,"unitAmount":150},{"fromSeats":1000,"unitAmount":110},{"fromSeats":10000,"unitAmount":75},{"fromSeats":50000,"unitAmount":60}]', 'usd', 12, 'anima_seats_annual_usd', 2, now()),
  ('pkg_annual_eur', 'Device licenses, 1 year', '[{"fromSeats":100,"unitAmount":140},{"fromSeats":1000,"unitAmount":100},{"fromSeats":10000,"unitAmount":70},{"fromSeats":50000,"unitAmount":55}]', 'eur', 12, 'anima_seats_annual_eur', 2, now()),
  ('pkg_annual_cny', 'Device licenses, 1 year', '[{"fromSeats":100,"unitAmount":1000},{"fromSeats":1000,"unitAmount":760},{"fromSeats":10000,"unitAmount":520},{"fromSeats":50000,"unitAmount":420}]', 'cny', 12, 'anima_seats_annual_cny', 2, now())
ON CONFLICT ("id") DO NOTHING;
