/**
 * Raw samples partitioned by day: the migration's first partitions, partitions made ahead,
 * samples routed to their day (and out of the default partition when their day is made), the
 * rollup across partitions, and retention by dropping whole partitions. On a database of its
 * own: the clock here runs weeks ahead, and dropping partitions on the shared database would
 * take the other test files' samples.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db";
import { createOrganization } from "@/server/modules/organizations/organizations";
import { ownDatabase } from "@/testing/own-database";
import { ingestTelemetry, type Attribution } from "./ingest";
import { latencySummary } from "./latency";
import { listSamplePartitions, makeSamplePartitions } from "./partitions";
import { pruneTelemetry } from "./prune";
import { rollUpAll } from "./rollup";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const startOfDay = (ms: number) => Math.floor(ms / DAY) * DAY;
const dayName = (ms: number) => `TelemetrySample_p${new Date(ms).toISOString().slice(0, 10).replaceAll("-", "")}`;
/** Noon, 40 days from now: far past the partition the migration made of the table it found. */
const DAY0 = startOfDay(Date.now()) + 40 * DAY;
const NOON = new Date(DAY0 + 12 * HOUR);
const FIRST = "TelemetrySample_before_partitioning";

describe("telemetry samples partitioned by day", () => {
  let db: Db;
  let close: () => Promise<void>;
  let who: Attribution;
  beforeAll(async () => {
    ({ db, close } = await ownDatabase("anima_partitions"));
    const owner = await db.user.create({ data: { email: `owner-${randomUUID()}@example.test`, name: "Owner" } });
    const org = await createOrganization(db, owner.id, { name: "Partitions" });
    who = { orgId: org.id, skuId: "sku-p", deviceId: "dev-p", firmware: "1.0.0", configVersion: 1 };
  });
  afterAll(async () => close());

  const partitionOf = async (e2eMs: number) =>
    (await db.$queryRaw<{ partition: string }[]>`SELECT tableoid::regclass::text AS partition FROM "TelemetrySample" WHERE "e2eMs" = ${e2eMs}`).map((r) => r.partition.replaceAll('"', ""));
  const summaryCount = async () => (await latencySummary(db, who.orgId, "voice", { from: new Date(DAY0 - 3 * DAY), to: new Date(DAY0 + 9 * DAY) })).count;

  it("the migration keeps the table it found as the first partition (everything before tomorrow), with a default one", async () => {
    expect(await listSamplePartitions(db)).toEqual([
      { name: FIRST, from: null, to: new Date(startOfDay(Date.now()) + DAY), isDefault: false },
      { name: "TelemetrySample_default", from: null, to: null, isDefault: true },
    ]);
    await ingestTelemetry(db, who, { batchId: randomUUID(), samples: [{ at: new Date().toISOString(), kind: "voice", e2eMs: 100 }] });
    expect(await partitionOf(100)).toEqual([FIRST]);
  });

  it("makes a partition per day, from the oldest day ingest accepts to three days ahead, once; the first partition stays while it holds rows", async () => {
    const days = Array.from({ length: 11 }, (_, d) => dayName(DAY0 + (d - 7) * DAY));
    expect(await makeSamplePartitions(db, 7, NOON)).toEqual(days);
    expect(await makeSamplePartitions(db, 7, NOON)).toEqual([]);
    const partitions = await listSamplePartitions(db);
    expect(partitions.filter((p) => p.name.startsWith("TelemetrySample_p")).map((p) => [p.name, p.from, p.to])).toEqual(
      days.map((name, d) => [name, new Date(DAY0 + (d - 7) * DAY), new Date(DAY0 + (d - 6) * DAY)]),
    );
    expect(partitions.map((p) => p.name)).toContain(FIRST);
  });

  it("with a shorter retention, makes no partition retention would drop", async () => {
    expect(await makeSamplePartitions(db, 2, new Date(NOON.getTime() + 4 * DAY))).toEqual([dayName(DAY0 + 4 * DAY), dayName(DAY0 + 5 * DAY), dayName(DAY0 + 6 * DAY), dayName(DAY0 + 7 * DAY)]);
  });

  it("drops the first partition once it is empty (a database migrated before it had samples)", async () => {
    await db.telemetrySample.deleteMany({ where: { e2eMs: 100 } });
    expect(await makeSamplePartitions(db, 7, NOON)).toEqual([]);
    expect((await listSamplePartitions(db)).map((p) => p.name)).not.toContain(FIRST);
  });

  it("routes samples to their day; a sample of a day without a partition waits in the default one and moves when its day is made", async () => {
    const samples = [
      { at: new Date(DAY0 + HOUR).toISOString(), kind: "voice" as const, e2eMs: 101 },
      { at: new Date(DAY0 - HOUR).toISOString(), kind: "voice" as const, e2eMs: 102 },
    ];
    expect(await ingestTelemetry(db, who, { batchId: randomUUID(), samples }, NOON)).toEqual({ accepted: 2, duplicate: false });
    expect(await partitionOf(101)).toEqual([dayName(DAY0)]);
    expect(await partitionOf(102)).toEqual([dayName(DAY0 - DAY)]);

    await db.telemetrySample.create({ data: { ...who, firmware: "1.0.0", batchId: randomUUID(), agentId: "", kind: "voice", at: new Date(DAY0 + 9 * DAY), e2eMs: 105 } });
    expect(await partitionOf(105)).toEqual(["TelemetrySample_default"]);
    expect(await makeSamplePartitions(db, 7, new Date(DAY0 + 9 * DAY))).toEqual([8, 9, 10, 11, 12].map((d) => dayName(DAY0 + d * DAY)));
    expect(await partitionOf(105)).toEqual([dayName(DAY0 + 9 * DAY)]);
    expect(await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "TelemetrySample_default"`).toEqual([{ n: 0 }]);
  });

  it("rolls up a batch across the partitions it spans, and a batch stored before partitioning (no span) too", async () => {
    const batchId = randomUUID();
    await db.telemetryBatch.create({ data: { deviceId: who.deviceId, batchId, orgId: who.orgId, samples: 1, receivedAt: new Date(DAY0 + 2 * DAY) } });
    await db.telemetrySample.create({ data: { ...who, firmware: "1.0.0", batchId, agentId: "", kind: "voice", at: new Date(DAY0 + 2 * DAY - HOUR), e2eMs: 103 } });
    // The first test's batch too, its sample deleted since: nothing of it to add.
    expect(await rollUpAll(db)).toBe(3);
    expect(await summaryCount()).toBe(3);
  });

  it("retention drops the partitions wholly past it (no row deletes), the default partition's old rows, and keeps the rollups", async () => {
    // Seven days' retention at noon of day 8: everything before noon of day 1 may go; day 1's partition still holds later samples.
    const first = await pruneTelemetry(db, 7, new Date(DAY0 + 8 * DAY + 12 * HOUR));
    expect(first.samplePartitions).toEqual(Array.from({ length: 8 }, (_, d) => dayName(DAY0 + (d - 7) * DAY)));
    expect(first.samplesFromDefault).toBe(0);
    expect(await partitionOf(101)).toEqual([]);
    expect(await partitionOf(103)).toEqual([dayName(DAY0 + DAY)]);

    // Past every partition made: it waits in the default partition until retention deletes it.
    await db.telemetrySample.create({ data: { ...who, firmware: "1.0.0", batchId: randomUUID(), agentId: "", kind: "voice", at: new Date(DAY0 + 20 * DAY), e2eMs: 104 } });
    const second = await pruneTelemetry(db, 7, new Date(DAY0 + 28 * DAY));
    expect(second.samplePartitions).toEqual(Array.from({ length: 12 }, (_, d) => dayName(DAY0 + (d + 1) * DAY)));
    expect(second.samplesFromDefault).toBe(1);
    expect(await db.telemetrySample.count()).toBe(0);
    expect((await listSamplePartitions(db)).map((p) => p.name)).toEqual(["TelemetrySample_default"]);
    // The rollups outlive the raw samples.
    expect(await summaryCount()).toBe(3);
  });
});
