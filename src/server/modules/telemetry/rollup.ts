import { Prisma } from "@/generated/prisma/client";
import type { Db, DbTx } from "@/server/db";
import { binSql } from "./histogram";
import { MINUTE_RETENTION_MS } from "./prune";

/** Batches per rollup transaction: large enough to amortize the upserts, small enough to stay short. */
const BATCH_LIMIT = 2_000;
const RESOLUTIONS = Prisma.raw(`(VALUES ('minute'), ('hour'), ('day')) AS r(res)`);
const METRICS = Prisma.raw(
  `(VALUES ('e2e', s."e2eMs"), ('firstAudio', s."firstAudioMs"), ('asr', s."asrMs"), ('llm', s."llmMs"), ('tts', s."ttsMs")) AS m(metric, ms)`,
);
const BIN = Prisma.raw(binSql("m.ms"));

type Claimed = { deviceId: string; batchId: string };

/**
 * Rolls up telemetry batches not rolled up yet, exactly once: the batches are claimed, their
 * samples added into the minute/hour/day buckets (counts and sums, latency histograms —
 * end-to-end at every resolution, stages hourly and daily — and per-device activity), and the batches marked — all in one transaction, so a crash rolls
 * back everything and the next run redoes it. Samples land in the bucket of their own time,
 * however late they arrive. Returns the number of batches rolled up by this call.
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
        RETURNING "deviceId", "batchId"`;
      if (claimed.length === 0) return 0;
      await addToRollups(tx, claimed);
      return claimed.length;
    },
    { timeout: 120_000 },
  );
}

async function addToRollups(tx: DbTx, claimed: Claimed[]) {
  const devices = claimed.map((c) => c.deviceId);
  const batches = claimed.map((c) => c.batchId);
  // The claimed samples, read once for the three aggregations below.
  await tx.$executeRaw`
    CREATE TEMP TABLE rollup_samples ON COMMIT DROP AS
    SELECT s.* FROM "TelemetrySample" s
    JOIN unnest(${devices}::text[], ${batches}::text[]) AS c("deviceId", "batchId") ON s."deviceId" = c."deviceId" AND s."batchId" = c."batchId"`;
  const samples = Prisma.raw("rollup_samples");
  // Minute buckets older than their retention would be pruned at once: they are not written.
  const minuteFloor = new Date(Date.now() - MINUTE_RETENTION_MS);

  await tx.$executeRaw`
    INSERT INTO "TelemetryRollup" ("orgId", resolution, "bucketStart", "skuId", firmware, "configVersion", "agentId", kind, interactions,
      "e2eSumMs", "firstAudioSumMs", "firstAudioCount", "asrSumMs", "asrCount", "llmSumMs", "llmCount", "ttsSumMs", "ttsCount",
      "inputTokens", "outputTokens", "durationMs")
    SELECT s."orgId", r.res, date_trunc(r.res, s.at), s."skuId", s.firmware, s."configVersion", s."agentId", s.kind, count(*),
      sum(s."e2eMs"), coalesce(sum(s."firstAudioMs"), 0), count(s."firstAudioMs"), coalesce(sum(s."asrMs"), 0), count(s."asrMs"),
      coalesce(sum(s."llmMs"), 0), count(s."llmMs"), coalesce(sum(s."ttsMs"), 0), count(s."ttsMs"),
      sum(s."inputTokens"), sum(s."outputTokens"), sum(s."durationMs")
    FROM ${samples} s CROSS JOIN ${RESOLUTIONS}
    WHERE r.res <> 'minute' OR s.at >= ${minuteFloor}
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT ("orgId", resolution, "bucketStart", "skuId", firmware, "configVersion", "agentId", kind) DO UPDATE SET
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

  await tx.$executeRaw`
    INSERT INTO "LatencyHistogram" ("orgId", metric, resolution, kind, "bucketStart", "skuId", firmware, "configVersion", "agentId", bin, count)
    SELECT s."orgId", m.metric, r.res, s.kind, date_trunc(r.res, s.at), s."skuId", s.firmware, s."configVersion", s."agentId", ${BIN}, count(*)
    FROM ${samples} s CROSS JOIN ${RESOLUTIONS} CROSS JOIN LATERAL ${METRICS}
    WHERE m.ms IS NOT NULL AND (r.res <> 'minute' OR (m.metric = 'e2e' AND s.at >= ${minuteFloor}))
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ON CONFLICT ("orgId", metric, resolution, kind, "bucketStart", "skuId", firmware, "configVersion", "agentId", bin) DO UPDATE SET
      count = "LatencyHistogram".count + EXCLUDED.count`;

  await tx.$executeRaw`
    INSERT INTO "DeviceActivityDay" ("orgId", day, "deviceId", "skuId", interactions, "inputTokens", "outputTokens", "durationMs")
    SELECT s."orgId", s.at::date, s."deviceId", min(s."skuId"), count(*), sum(s."inputTokens"), sum(s."outputTokens"), sum(s."durationMs")
    FROM ${samples} s
    GROUP BY 1, 2, 3
    ON CONFLICT ("orgId", day, "deviceId") DO UPDATE SET
      interactions = "DeviceActivityDay".interactions + EXCLUDED.interactions,
      "inputTokens" = "DeviceActivityDay"."inputTokens" + EXCLUDED."inputTokens",
      "outputTokens" = "DeviceActivityDay"."outputTokens" + EXCLUDED."outputTokens",
      "durationMs" = "DeviceActivityDay"."durationMs" + EXCLUDED."durationMs"`;
}

/** Rolls up until nothing is pending (bounded per call so a backlog does not hold one transaction forever). */
export async function rollUpAll(db: Db): Promise<number> {
  let total = 0;
  for (let n = await rollUpPending(db); n > 0; n = await rollUpPending(db)) total += n;
  return total;
}
