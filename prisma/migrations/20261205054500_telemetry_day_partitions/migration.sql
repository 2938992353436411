-- Raw telemetry samples become a table partitioned by day on "at" (docs/telemetry.md, "Day partitions").
-- No row is copied: the existing table becomes the first partition, covering everything before
-- tomorrow (UTC), and retention drops it whole once that is older than the retention period.
-- On a large live database, run the steps in docs/telemetry.md ("Partitioning a live database") instead.

-- The partition key must be part of the primary key (built beforehand on a live database, so IF NOT EXISTS).
CREATE UNIQUE INDEX IF NOT EXISTS "TelemetrySample_id_at_key" ON "TelemetrySample"("id", "at");
ALTER TABLE "TelemetrySample" DROP CONSTRAINT "TelemetrySample_pkey";
ALTER TABLE "TelemetrySample" ADD CONSTRAINT "TelemetrySample_before_partitioning_pkey" PRIMARY KEY USING INDEX "TelemetrySample_id_at_key";
-- Retention no longer deletes by time: the index on "at" alone has no reader left.
DROP INDEX "TelemetrySample_at_idx";
ALTER INDEX "TelemetrySample_deviceId_batchId_idx" RENAME TO "TelemetrySample_before_partitioning_deviceId_batchId_idx";
ALTER INDEX "TelemetrySample_orgId_at_idx" RENAME TO "TelemetrySample_before_partitioning_orgId_at_idx";
ALTER TABLE "TelemetrySample" RENAME TO "TelemetrySample_before_partitioning";

-- The same columns (attaching needs them identical), keyed by id and time.
CREATE TABLE "TelemetrySample" (
    LIKE "TelemetrySample_before_partitioning" INCLUDING DEFAULTS,
    CONSTRAINT "TelemetrySample_pkey" PRIMARY KEY ("id", "at")
) PARTITION BY RANGE ("at");
ALTER SEQUENCE "TelemetrySample_id_seq" OWNED BY "TelemetrySample"."id";
CREATE INDEX "TelemetrySample_deviceId_batchId_idx" ON "TelemetrySample"("deviceId", "batchId");
CREATE INDEX "TelemetrySample_orgId_at_idx" ON "TelemetrySample"("orgId", "at");
ALTER TABLE "TelemetrySample" ATTACH PARTITION "TelemetrySample_before_partitioning"
    FOR VALUES FROM (MINVALUE) TO (date_trunc('day', now() AT TIME ZONE 'UTC') + interval '1 day');
-- Rows beyond the partitions made so far (the worker makes them days ahead) wait here until it runs.
CREATE TABLE "TelemetrySample_default" PARTITION OF "TelemetrySample" DEFAULT;

-- The span of each batch's samples, so that the rollup reads only the partitions that hold them
-- (NULL for batches stored before this migration).
ALTER TABLE "TelemetryBatch" ADD COLUMN "firstSampleAt" TIMESTAMP(3),
ADD COLUMN "lastSampleAt" TIMESTAMP(3);
