-- CreateEnum
CREATE TYPE "InteractionKind" AS ENUM ('voice', 'video');

-- CreateTable
CREATE TABLE "TelemetryBatch" (
    "deviceId" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "samples" INTEGER NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rolledUpAt" TIMESTAMP(3),

    CONSTRAINT "TelemetryBatch_pkey" PRIMARY KEY ("deviceId","batchId")
);

-- CreateTable
CREATE TABLE "TelemetrySample" (
    "id" BIGSERIAL NOT NULL,
    "orgId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "deviceId" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "firmware" TEXT NOT NULL,
    "configVersion" INTEGER NOT NULL,
    "agentId" TEXT NOT NULL,
    "kind" "InteractionKind" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "e2eMs" INTEGER NOT NULL,
    "firstAudioMs" INTEGER,
    "asrMs" INTEGER,
    "llmMs" INTEGER,
    "ttsMs" INTEGER,
    "inputTokens" INTEGER NOT NULL DEFAULT 0,
    "outputTokens" INTEGER NOT NULL DEFAULT 0,
    "durationMs" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TelemetrySample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TelemetryRollup" (
    "orgId" TEXT NOT NULL,
    "resolution" TEXT NOT NULL,
    "bucketStart" TIMESTAMP(3) NOT NULL,
    "skuId" TEXT NOT NULL,
    "firmware" TEXT NOT NULL,
    "configVersion" INTEGER NOT NULL,
    "agentId" TEXT NOT NULL,
    "kind" "InteractionKind" NOT NULL,
    "interactions" INTEGER NOT NULL,
    "e2eSumMs" BIGINT NOT NULL,
    "firstAudioSumMs" BIGINT NOT NULL,
    "firstAudioCount" INTEGER NOT NULL,
    "asrSumMs" BIGINT NOT NULL,
    "asrCount" INTEGER NOT NULL,
    "llmSumMs" BIGINT NOT NULL,
    "llmCount" INTEGER NOT NULL,
    "ttsSumMs" BIGINT NOT NULL,
    "ttsCount" INTEGER NOT NULL,
    "inputTokens" BIGINT NOT NULL,
    "outputTokens" BIGINT NOT NULL,
    "durationMs" BIGINT NOT NULL,

    CONSTRAINT "TelemetryRollup_pkey" PRIMARY KEY ("orgId","resolution","bucketStart","skuId","firmware","configVersion","agentId","kind")
);

-- CreateTable
CREATE TABLE "LatencyHistogram" (
    "orgId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "resolution" TEXT NOT NULL,
    "kind" "InteractionKind" NOT NULL,
    "bucketStart" TIMESTAMP(3) NOT NULL,
    "skuId" TEXT NOT NULL,
    "firmware" TEXT NOT NULL,
    "configVersion" INTEGER NOT NULL,
    "agentId" TEXT NOT NULL,
    "bin" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "LatencyHistogram_pkey" PRIMARY KEY ("orgId","metric","resolution","kind","bucketStart","skuId","firmware","configVersion","agentId","bin")
);

-- CreateTable
CREATE TABLE "DeviceActivityDay" (
    "orgId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "deviceId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "interactions" INTEGER NOT NULL,
    "inputTokens" BIGINT NOT NULL,
    "outputTokens" BIGINT NOT NULL,
    "durationMs" BIGINT NOT NULL,

    CONSTRAINT "DeviceActivityDay_pkey" PRIMARY KEY ("orgId","day","deviceId")
);

-- CreateIndex
CREATE INDEX "TelemetryBatch_rolledUpAt_receivedAt_idx" ON "TelemetryBatch"("rolledUpAt", "receivedAt");

-- CreateIndex
CREATE INDEX "TelemetrySample_deviceId_batchId_idx" ON "TelemetrySample"("deviceId", "batchId");

-- CreateIndex
CREATE INDEX "TelemetrySample_orgId_at_idx" ON "TelemetrySample"("orgId", "at");

-- CreateIndex
CREATE INDEX "TelemetrySample_at_idx" ON "TelemetrySample"("at");
