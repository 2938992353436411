-- AlterTable
ALTER TABLE "Sku" ADD COLUMN     "currentConfigVersion" INTEGER;

-- CreateTable
CREATE TABLE "SkuConfigDraft" (
    "skuId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "lineup" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedByUserId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SkuConfigDraft_pkey" PRIMARY KEY ("skuId")
);

-- CreateTable
CREATE TABLE "SkuConfigVersion" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "lineup" JSONB NOT NULL,
    "deviceConfig" JSONB NOT NULL,
    "note" TEXT,
    "publishedByUserId" TEXT,
    "publishedByApiKeyId" TEXT,
    "rolledBackFrom" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SkuConfigVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogItemSetting" (
    "itemId" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "updatedByUserId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CatalogItemSetting_pkey" PRIMARY KEY ("itemId")
);

-- CreateIndex
CREATE INDEX "SkuConfigDraft_orgId_idx" ON "SkuConfigDraft"("orgId");

-- CreateIndex
CREATE INDEX "SkuConfigVersion_orgId_skuId_idx" ON "SkuConfigVersion"("orgId", "skuId");

-- CreateIndex
CREATE UNIQUE INDEX "SkuConfigVersion_skuId_version_key" ON "SkuConfigVersion"("skuId", "version");

-- AddForeignKey
ALTER TABLE "SkuConfigDraft" ADD CONSTRAINT "SkuConfigDraft_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkuConfigVersion" ADD CONSTRAINT "SkuConfigVersion_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Published versions never change: an edit is a new draft, a rollback a new version.
CREATE RULE "SkuConfigVersion_immutable" AS ON UPDATE TO "SkuConfigVersion" DO INSTEAD NOTHING;
