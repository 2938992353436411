import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db, DbTx } from "@/server/db";
import { binSql } from "./histogram";
import { MAX_FUTURE_MS, MAX_SAMPLE_AGE_MS } from "./ingest";
import { MINUTE_RETENTION_MS } from "./prune";

/** Batches per rollup transaction: large enough to amortize the upserts, small enough to stay short. */
const BATCH_LIMIT = 2_000;
/**
 * Memory for the rollup's aggregations (default 4 MB): the claimed samples' groups fit in
 * memory instead of spilling sorts to disk. Local to the rollup transaction.
 */
const ROLLUP_WORK_MEM = "64MB";
const RESOLUTIONS = Prisma.raw(`(VALUES ('minute'::"RollupResolution"), ('hour'), ('day')) AS r(res)`);
/**
 * The metrics with latency histograms. Only end-to-end latency has percentiles on a chart;
 * stages are shown as means (sums in TelemetryRollup). Stage histograms would be four
 * fifths of all histogram writes — the rollup's main cost — for nothing anyone reads, so
 * they are not written; `LatencyHistogram.metric` leaves room for them when a chart does.
 */
const METRICS = Prisma.raw(`(VALUES ('e2e'::"LatencyMetric", s."e2eMs")) AS m(metric, ms)`);
const BIN = Prisma.raw(binSql("m.ms"));
/** The claimed samples with the id of their series (every aggregation below groups by it, not by five text columns). */
const SAMPLES = Prisma.raw(`rollup_samples s JOIN "TelemetrySeries" se USING ("orgId", kind, "skuId", firmware, "configVersion", "agentId")`);

type Claimed = { deviceId: string; batchId: string; firstSampleAt: Date; lastSampleAt: Date };

/**
 * Rolls up telemetry batches not rolled up yet, exactly once: the batches are claimed, their
 * samples added into the minute/hour/day buckets of their series (counts and sums, latency
 * histograms — end-to-end at every resolution, stages hourly and daily — the end-to-end
 * histograms pre-merged per SKU and per organization, and per-device activity), and the
 * batches marked — all in one transaction, so a crash rolls back everything and the next run
 * redoes it. Samples land in the bucket of their own time, however late they arrive. Returns
 * the number of batches rolled up by this call.
 */
export async function rollUpPending(db: Db, limit = BATCH_LIMIT): Promise<number> {
  return db.$transaction(
    async (tx) => {
      // One rollup at a time: concurrent upserts of the same buckets in different orders would deadlock.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('anima-telemetry-rollup'))`;
      const claimed = await tx.$queryRaw<Claimed[]>`
        UPDATE "TelemetryBatch" SET "rolledUpAt" = now()
        WHERE ("deviceId", "batchId") IN (
          SELECT "deviceId", "batchId" FROM "TelemetryBatch" WHERE "rolledUpAt" IS NULL ORDER BY "receivedAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
        RETURNING "deviceId", "batchId",
          -- batches stored before samples were partitioned have no span: the widest their samples could have
          coalesce("firstSampleAt", "receivedAt" - ${MAX_SAMPLE_AGE_MS} * interval '1 millisecond') AS "firstSampleAt",
          coalesce("lastSampleAt", "receivedAt" + ${MAX_FUTURE_MS} * interval '1 millisecond') AS "lastSampleAt"`;
      if (claimed.length === 0) return 0;
      await tx.$executeRawUnsafe(`SET LOCAL work_mem = '${ROLLUP_WORK_MEM}'`);
      await addToRollups(tx, claimed);
      return claimed.length;
    },
    { timeout: 120_000 },
  );
}

async function addToRollups(tx: DbTx, claimed: Claimed[]) {
  const devices = claimed.map((c) => c.deviceId);
  const batches = claimed.map((c) => c.batchId);
  const from = new Date(Math.min(...claimed.map((c) => c.firstSampleAt.getTime())));
  const to = new Date(Math.max(...claimed.map((c) => c.lastSampleAt.getTime())));
  // The claimed samples, read once for the aggregations below, from the day partitions they span only.
  await tx.$executeRaw`
    CREATE TEMP TABLE rollup_samples ON COMMIT DROP AS
    SELECT s.* FROM "TelemetrySample" s
    JOIN unnest(${devices}::text[], ${batches}::text[]) AS c("deviceId", "batchId") ON s."deviceId" = c."deviceId" AND s."batchId" = c."batchId"
    WHERE s.at BETWEEN ${from} AND ${to}`;
  await tx.$executeRaw`
    INSERT INTO "TelemetrySeries" ("orgId", kind, "skuId", firmware, "configVersion", "agentId")
    SELECT DISTINCT "orgId", kind, "skuId", firmware, "configVersion", "agentId" FROM rollup_samples
    ON CONFLICT DO NOTHING`;
  // Minute buckets older than their retention would be pruned at once: they are not written.
  const minuteFloor = new Date(Date.now() - MINUTE_RETENTION_MS);

  // Upserts in key order: each index page is visited once, in sequence.
  await tx.$executeRaw`
    INSERT INTO "TelemetryRollup" ("seriesId", resolution, "bucketStart", interactions,
      "e2eSumMs", "firstAudioSumMs", "firstAudioCount", "asrSumMs", "asrCount", "llmSumMs", "llmCount", "ttsSumMs", "ttsCount",
      "inputTokens", "outputTokens", "durationMs")
    SELECT se.id, r.res, date_trunc(r.res::text, s.at), count(*),
      sum(s."e2eMs"), coalesce(sum(s."firstAudioMs"), 0), count(s."firstAudioMs"), coalesce(sum(s."asrMs"), 0), count(s."asrMs"),
      coalesce(sum(s."llmMs"), 0), count(s."llmMs"), coalesce(sum(s."ttsMs"), 0), count(s."ttsMs"),
      sum(s."inputTokens"), sum(s."outputTokens"), sum(s."durationMs")
    FROM ${SAMPLES} CROSS JOIN ${RESOLUTIONS}
    WHERE r.res <> 'minute' OR s.at >= ${minuteFloor}
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("seriesId", resolution, "bucketStart") DO UPDATE SET
      interactions = "TelemetryRollup".interactions + EXCLUDED.interactions,
      "e2eSumMs" = "TelemetryRollup"."e2eSumMs" + EXCLUDED."e2eSumMs",
      "firstAudioSumMs" = "TelemetryRollup"."firstAudioSumMs" + EXCLUDED."firstAudioSumMs",
      "firstAudioCount" = "TelemetryRollup"."firstAudioCount" + EXCLUDED."firstAudioCount",
      "asrSumMs" = "TelemetryRollup"."asrSumMs" + EXCLUDED."asrSumMs",
      "asrCount" = "TelemetryRollup"."asrCount" + EXCLUDED."asrCount",
      "llmSumMs" = "TelemetryRollup"."llmSumMs" + EXCLUDED."llmSumMs",
      "llmCount" = "TelemetryRollup"."llmCount" + EXCLUDED."llmCount",
      "ttsSumMs" = "TelemetryRollup"."ttsSumMs" + EXCLUDED."ttsSumMs",
      "ttsCount" = "TelemetryRollup"."ttsCount" + EXCLUDED."ttsCount",
      "inputTokens" = "TelemetryRollup"."inputTokens" + EXCLUDED."inputTokens",
      "outputTokens" = "TelemetryRollup"."outputTokens" + EXCLUDED."outputTokens",
      "durationMs" = "TelemetryRollup"."durationMs" + EXCLUDED."durationMs"`;

  await addToHistograms(tx, minuteFloor);

  await tx.$executeRaw`
    INSERT INTO "DeviceActivityDay" ("orgId", day, "deviceId", "skuId", interactions, "inputTokens", "outputTokens", "durationMs")
    SELECT s."orgId", s.at::date, s."deviceId", min(s."skuId"), count(*), sum(s."inputTokens"), sum(s."outputTokens"), sum(s."durationMs")
    FROM rollup_samples s
    GROUP BY 1, 2, 3
    ON CONFLICT ("orgId", day, "deviceId") DO UPDATE SET
      interactions = "DeviceActivityDay".interactions + EXCLUDED.interactions,
      "inputTokens" = "DeviceActivityDay"."inputTokens" + EXCLUDED."inputTokens",
      "outputTokens" = "DeviceActivityDay"."outputTokens" + EXCLUDED."outputTokens",
      "durationMs" = "DeviceActivityDay"."durationMs" + EXCLUDED."durationMs"`;

  // The device page's charts: per device, hour and kind, counts, end-to-end sum and maximum (mean and worst; no histogram — see docs/device-page.md).
  await tx.$executeRaw`
    INSERT INTO "DeviceHour" ("orgId", "deviceId", hour, kind, interactions, "e2eSumMs", "e2eMaxMs", "inputTokens", "outputTokens", "durationMs")
    SELECT s."orgId", s."deviceId", date_trunc('hour', s.at), s.kind, count(*), sum(s."e2eMs"), max(s."e2eMs"), sum(s."inputTokens"), sum(s."outputTokens"), sum(s."durationMs")
    FROM rollup_samples s
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("orgId", "deviceId", hour, kind) DO UPDATE SET
      interactions = "DeviceHour".interactions + EXCLUDED.interactions,
      "e2eSumMs" = "DeviceHour"."e2eSumMs" + EXCLUDED."e2eSumMs",
      "e2eMaxMs" = GREATEST("DeviceHour"."e2eMaxMs", EXCLUDED."e2eMaxMs"),
      "inputTokens" = "DeviceHour"."inputTokens" + EXCLUDED."inputTokens",
      "outputTokens" = "DeviceHour"."outputTokens" + EXCLUDED."outputTokens",
      "durationMs" = "DeviceHour"."durationMs" + EXCLUDED."durationMs"`;
}

/**
 * The histograms: samples are binned once per metric into hourly histograms per series;
 * daily histograms and the per-SKU / per-organization merges are sums of those (a few rows
 * per bin instead of one per sample). Only the minute histograms (end-to-end) come from the
 * samples directly.
 */
async function addToHistograms(tx: DbTx, minuteFloor: Date) {
  await tx.$executeRaw`
    CREATE TEMP TABLE rollup_hourly ON COMMIT DROP AS
    SELECT se.id AS "seriesId", m.metric, date_trunc('hour', s.at) AS hour, ${BIN} AS bin, count(*)::int AS count
    FROM ${SAMPLES} CROSS JOIN LATERAL ${METRICS}
    WHERE m.ms IS NOT NULL
    GROUP BY 1, 2, 3, 4`;

  await tx.$executeRaw`
    INSERT INTO "LatencyHistogram" ("seriesId", metric, resolution, "bucketStart", bin, count)
    SELECT * FROM (
      SELECT "seriesId", metric, 'hour'::"RollupResolution", hour, bin, count FROM rollup_hourly
      UNION ALL
      SELECT "seriesId", metric, 'day'::"RollupResolution", date_trunc('day', hour), bin, sum(count)::int FROM rollup_hourly GROUP BY 1, 2, 3, 4, 5
      UNION ALL
      SELECT se.id, 'e2e'::"LatencyMetric", 'minute'::"RollupResolution", date_trunc('minute', s.at), ${Prisma.raw(binSql('s."e2eMs"'))}, count(*)::int
      FROM ${SAMPLES} WHERE s.at >= ${minuteFloor} GROUP BY 1, 2, 3, 4, 5
    ) AS h("seriesId", metric, resolution, "bucketStart", bin, count)
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("seriesId", metric, resolution, "bucketStart", bin) DO UPDATE SET
      count = "LatencyHistogram".count + EXCLUDED.count`;

  // skuId "" is the whole organization (GROUPING SETS: per SKU, and over all SKUs).
  await tx.$executeRaw`
    INSERT INTO "SkuLatencyHistogram" ("orgId", kind, resolution, "skuId", "bucketStart", bin, count)
    SELECT "orgId", kind, res, coalesce("skuId", ''), t, bin, sum(count)::int
    FROM (
      SELECT se."orgId", se.kind, se."skuId", r.res, CASE WHEN r.res = 'hour' THEN h.hour ELSE date_trunc('day', h.hour) END AS t, h.bin, h.count
      FROM rollup_hourly h JOIN "TelemetrySeries" se ON se.id = h."seriesId" CROSS JOIN (VALUES ('hour'::"RollupResolution"), ('day')) AS r(res)
      WHERE h.metric = 'e2e'
    ) AS e2e
    GROUP BY GROUPING SETS (("orgId", kind, res, "skuId", t, bin), ("orgId", kind, res, t, bin))
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("orgId", kind, resolution, "skuId", "bucketStart", bin) DO UPDATE SET
      count = "SkuLatencyHistogram".count + EXCLUDED.count`;
}

/** Rolls up until nothing is pending (bounded per call so a backlog does not hold one transaction forever). */
export async function rollUpAll(db: Db): Promise<number> {
  let total = 0;
  for (let n = await rollUpPending(db); n > 0; n = await rollUpPending(db)) total += n;
  return total;
}
