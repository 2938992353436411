-- CreateEnum
CREATE TYPE "LedgerEntryKind" AS ENUM ('purchase', 'grant', 'activation', 'refund', 'rma_transfer', 'adjustment');

-- CreateTable
CREATE TABLE "LicensePool" (
    "orgId" TEXT NOT NULL,
    "seatsTotal" INTEGER NOT NULL DEFAULT 0,
    "seatsUsed" INTEGER NOT NULL DEFAULT 0,
    "overagePercent" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LicensePool_pkey" PRIMARY KEY ("orgId")
);

-- CreateTable
CREATE TABLE "LicenseLedgerEntry" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "kind" "LedgerEntryKind" NOT NULL,
    "totalDelta" INTEGER NOT NULL DEFAULT 0,
    "usedDelta" INTEGER NOT NULL DEFAULT 0,
    "reason" TEXT,
    "actorUserId" TEXT,
    "actorApiKeyId" TEXT,
    "actorLabel" TEXT,
    "orderId" TEXT,
    "deviceId" TEXT,
    "fromDeviceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LicenseLedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LicenseLedgerEntry_orgId_createdAt_idx" ON "LicenseLedgerEntry"("orgId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "LicenseLedgerEntry_orgId_deviceId_idx" ON "LicenseLedgerEntry"("orgId", "deviceId");

-- AddForeignKey
ALTER TABLE "LicensePool" ADD CONSTRAINT "LicensePool_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenseLedgerEntry" ADD CONSTRAINT "LicenseLedgerEntry_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The ledger is append-only: corrections are new entries (kind "adjustment"), never edits.
-- (A rule rather than a plpgsql trigger: Prisma's driver-adapter migration runner splits
-- scripts on every semicolon, even inside dollar-quoted function bodies and comments.)
CREATE RULE "LicenseLedgerEntry_append_only" AS ON UPDATE TO "LicenseLedgerEntry" DO INSTEAD NOTHING;
