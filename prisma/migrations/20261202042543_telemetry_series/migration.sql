-- Rollups keyed by a small integer series id instead of five text columns, enum resolution
-- and metric, and end-to-end histograms pre-merged per SKU and per organization.
-- Hand-written (not the generated drop/add of columns) so existing rollups are kept.

-- CreateEnum
CREATE TYPE "RollupResolution" AS ENUM ('minute', 'hour', 'day');

-- CreateEnum
CREATE TYPE "LatencyMetric" AS ENUM ('e2e', 'firstAudio', 'asr', 'llm', 'tts');

-- CreateTable
CREATE TABLE "TelemetrySeries" (
    "id" SERIAL NOT NULL,
    "orgId" TEXT NOT NULL,
    "kind" "InteractionKind" NOT NULL,
    "skuId" TEXT NOT NULL,
    "firmware" TEXT NOT NULL,
    "configVersion" INTEGER NOT NULL,
    "agentId" TEXT NOT NULL,

    CONSTRAINT "TelemetrySeries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TelemetrySeries_orgId_kind_skuId_firmware_configVersion_age_key" ON "TelemetrySeries"("orgId", "kind", "skuId", "firmware", "configVersion", "agentId");

-- The old tables step aside while their rows are copied into the new shape.
ALTER TABLE "TelemetryRollup" RENAME TO "TelemetryRollup_old";
ALTER TABLE "TelemetryRollup_old" RENAME CONSTRAINT "TelemetryRollup_pkey" TO "TelemetryRollup_old_pkey";
ALTER TABLE "LatencyHistogram" RENAME TO "LatencyHistogram_old";
ALTER TABLE "LatencyHistogram_old" RENAME CONSTRAINT "LatencyHistogram_pkey" TO "LatencyHistogram_old_pkey";

-- CreateTable
CREATE TABLE "TelemetryRollup" (
    "seriesId" INTEGER NOT NULL,
    "resolution" "RollupResolution" NOT NULL,
    "bucketStart" TIMESTAMP(3) NOT NULL,
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

    CONSTRAINT "TelemetryRollup_pkey" PRIMARY KEY ("seriesId","resolution","bucketStart")
);

-- CreateTable
CREATE TABLE "LatencyHistogram" (
    "seriesId" INTEGER NOT NULL,
    "metric" "LatencyMetric" NOT NULL,
    "resolution" "RollupResolution" NOT NULL,
    "bucketStart" TIMESTAMP(3) NOT NULL,
    "bin" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "LatencyHistogram_pkey" PRIMARY KEY ("seriesId","metric","resolution","bucketStart","bin")
);

-- CreateTable
CREATE TABLE "SkuLatencyHistogram" (
    "orgId" TEXT NOT NULL,
    "kind" "InteractionKind" NOT NULL,
    "resolution" "RollupResolution" NOT NULL,
    "skuId" TEXT NOT NULL,
    "bucketStart" TIMESTAMP(3) NOT NULL,
    "bin" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "SkuLatencyHistogram_pkey" PRIMARY KEY ("orgId","kind","resolution","skuId","bucketStart","bin")
);

-- Backfill: every series seen by the old rollups, then their rows under the series id.
INSERT INTO "TelemetrySeries" ("orgId", "kind", "skuId", "firmware", "configVersion", "agentId")
SELECT "orgId", "kind", "skuId", "firmware", "configVersion", "agentId" FROM "TelemetryRollup_old"
UNION
SELECT "orgId", "kind", "skuId", "firmware", "configVersion", "agentId" FROM "LatencyHistogram_old";

INSERT INTO "TelemetryRollup"
SELECT s."id", o."resolution"::"RollupResolution", o."bucketStart", o."interactions", o."e2eSumMs", o."firstAudioSumMs", o."firstAudioCount",
    o."asrSumMs", o."asrCount", o."llmSumMs", o."llmCount", o."ttsSumMs", o."ttsCount", o."inputTokens", o."outputTokens", o."durationMs"
FROM "TelemetryRollup_old" o
JOIN "TelemetrySeries" s USING ("orgId", "kind", "skuId", "firmware", "configVersion", "agentId");

INSERT INTO "LatencyHistogram"
SELECT s."id", o."metric"::"LatencyMetric", o."resolution"::"RollupResolution", o."bucketStart", o."bin", o."count"
FROM "LatencyHistogram_old" o
JOIN "TelemetrySeries" s USING ("orgId", "kind", "skuId", "firmware", "configVersion", "agentId");

INSERT INTO "SkuLatencyHistogram"
SELECT "orgId", "kind", "resolution"::"RollupResolution", coalesce("skuId", ''), "bucketStart", "bin", sum("count")::int
FROM "LatencyHistogram_old"
WHERE "metric" = 'e2e' AND "resolution" IN ('hour', 'day')
GROUP BY GROUPING SETS (("orgId", "kind", "resolution", "skuId", "bucketStart", "bin"), ("orgId", "kind", "resolution", "bucketStart", "bin"));

DROP TABLE "TelemetryRollup_old";
DROP TABLE "LatencyHistogram_old";
