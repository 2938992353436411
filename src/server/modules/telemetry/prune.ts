import "server-only";
import type { Db } from "@/server/db";
import { MAX_SAMPLE_AGE_MS } from "./ingest";
import { dropSamplePartitionsBefore } from "./partitions";
import { DAY_MS } from "@/shared/time";

const DELETE_CHUNK = 50_000;
/** Per-minute buckets are kept until no late sample can reach them (and are not written past it). */
export const MINUTE_RETENTION_MS = MAX_SAMPLE_AGE_MS + DAY_MS;
/**
 * Per-device hours (DeviceHour) and sampled boots (DeviceBoot) — one row per device and hour,
 * so a fleet's worth — are kept this long: the device page looks back 30 days at most.
 */
export const DEVICE_DETAIL_RETENTION_DAYS = 90;

/**
 * Retention: raw samples after `retentionDays`, a day partition at a time (partitions.ts);
 * per-minute buckets once no late sample can reach them any more; batch records (the
 * idempotency keys) once a resent batch could only hold samples too old to accept; per-device
 * hours and sampled boots after DEVICE_DETAIL_RETENTION_DAYS. Hourly and daily buckets of the
 * series stay. Deletes in chunks so no statement holds locks for long. Returns what was
 * dropped and deleted.
 */
export async function pruneTelemetry(db: Db, retentionDays: number, now = new Date()) {
  const rawBefore = new Date(now.getTime() - retentionDays * DAY_MS);
  const lateBefore = new Date(now.getTime() - MINUTE_RETENTION_MS);
  const chunked = async (run: () => Promise<number>) => {
    let total = 0;
    for (let n = await run(); n > 0; n = await run()) total += n;
    return total;
  };
  const samples = await dropSamplePartitionsBefore(db, rawBefore);
  const batches = await chunked(
    () => db.$executeRaw`DELETE FROM "TelemetryBatch" WHERE ("deviceId", "batchId") IN (
      SELECT "deviceId", "batchId" FROM "TelemetryBatch" WHERE "rolledUpAt" IS NOT NULL AND "receivedAt" < ${lateBefore} LIMIT ${DELETE_CHUNK})`,
  );
  const minuteBuckets =
    (await db.$executeRaw`DELETE FROM "TelemetryRollup" WHERE resolution = 'minute' AND "bucketStart" < ${lateBefore}`) +
    (await db.$executeRaw`DELETE FROM "LatencyHistogram" WHERE resolution = 'minute' AND "bucketStart" < ${lateBefore}`);
  const deviceBefore = new Date(now.getTime() - DEVICE_DETAIL_RETENTION_DAYS * DAY_MS);
  const deviceHours = await chunked(
    () => db.$executeRaw`DELETE FROM "DeviceHour" WHERE ("orgId", "deviceId", hour) IN (
      SELECT "orgId", "deviceId", hour FROM "DeviceHour" WHERE hour < ${deviceBefore} LIMIT ${DELETE_CHUNK})`,
  );
  const deviceBoots = await chunked(
    () => db.$executeRaw`DELETE FROM "DeviceBoot" WHERE ("deviceId", hour) IN (SELECT "deviceId", hour FROM "DeviceBoot" WHERE hour < ${deviceBefore} LIMIT ${DELETE_CHUNK})`,
  );
  return { samplePartitions: samples.partitions, samplesFromDefault: samples.defaultRows, batches, minuteBuckets, deviceHours, deviceBoots };
}
