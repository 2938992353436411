-- CreateEnum
CREATE TYPE "RolloutStatus" AS ENUM ('running', 'paused', 'completed', 'rolled_back', 'aborted');

-- AlterTable
ALTER TABLE "Sku" ADD COLUMN     "activeRolloutId" TEXT;

-- CreateTable
CREATE TABLE "Rollout" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "fromVersion" INTEGER NOT NULL,
    "toVersion" INTEGER NOT NULL,
    "steps" DOUBLE PRECISION[],
    "stepMinutes" INTEGER NOT NULL,
    "stepIndex" INTEGER NOT NULL DEFAULT 0,
    "stepStartedAt" TIMESTAMP(3) NOT NULL,
    "pausedAt" TIMESTAMP(3),
    "status" "RolloutStatus" NOT NULL DEFAULT 'running',
    "gate" JSONB,
    "reason" TEXT,
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Rollout_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Rollout_orgId_skuId_createdAt_idx" ON "Rollout"("orgId", "skuId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Sku_activeRolloutId_key" ON "Sku"("activeRolloutId");

-- AddForeignKey
ALTER TABLE "Sku" ADD CONSTRAINT "Sku_activeRolloutId_fkey" FOREIGN KEY ("activeRolloutId") REFERENCES "Rollout"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rollout" ADD CONSTRAINT "Rollout_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rollout" ADD CONSTRAINT "Rollout_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE CASCADE ON UPDATE CASCADE;
