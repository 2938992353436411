-- CreateEnum
CREATE TYPE "SkuKind" AS ENUM ('glasses', 'toy', 'recorder', 'speaker', 'other');

-- CreateEnum
CREATE TYPE "DeviceStatus" AS ENUM ('provisioned', 'active', 'suspended', 'revoked');

-- CreateTable
CREATE TABLE "Sku" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "SkuKind" NOT NULL,
    "hasCamera" BOOLEAN NOT NULL DEFAULT false,
    "hasMic" BOOLEAN NOT NULL DEFAULT false,
    "hasSpeaker" BOOLEAN NOT NULL DEFAULT false,
    "hasScreen" BOOLEAN NOT NULL DEFAULT false,
    "hardwareRevision" TEXT,
    "defaultLanguage" TEXT NOT NULL DEFAULT 'en',
    "notes" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Sku_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "serial" TEXT NOT NULL,
    "label" TEXT,
    "batch" TEXT,
    "secretHash" TEXT NOT NULL,
    "status" "DeviceStatus" NOT NULL DEFAULT 'provisioned',
    "firmware" TEXT,
    "activatedAt" TIMESTAMP(3),
    "lastSeenAt" TIMESTAMP(3),
    "secretRotatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Sku_orgId_archivedAt_idx" ON "Sku"("orgId", "archivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Sku_orgId_code_key" ON "Sku"("orgId", "code");

-- CreateIndex
CREATE INDEX "Device_orgId_createdAt_id_idx" ON "Device"("orgId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Device_orgId_skuId_status_idx" ON "Device"("orgId", "skuId", "status");

-- CreateIndex
CREATE INDEX "Device_orgId_status_idx" ON "Device"("orgId", "status");

-- CreateIndex
CREATE INDEX "Device_orgId_lastSeenAt_idx" ON "Device"("orgId", "lastSeenAt");

-- CreateIndex
CREATE INDEX "Device_orgId_firmware_idx" ON "Device"("orgId", "firmware");

-- CreateIndex
CREATE UNIQUE INDEX "Device_orgId_serial_key" ON "Device"("orgId", "serial");

-- AddForeignKey
ALTER TABLE "Sku" ADD CONSTRAINT "Sku_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
