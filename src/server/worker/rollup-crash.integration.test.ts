/**
 * A worker killed (SIGKILL) in the middle of a rollup transaction: nothing of its run stays,
 * and the next run adds every sample exactly once. The rollup runs in a child process, held
 * inside its transaction — after the rollup and histogram upserts, at the per-device activity
 * upsert — by a trigger this test creates that sleeps only for that child's connection
 * (recognised by its application_name). No test code in the rollup itself.
 * PostgreSQL only: the child needs its own connection to the database, and the server must
 * notice the dead client mid-statement (client_connection_check_interval).
 *
 * The test has a database of its own: on the run's shared one, another test file's rollup
 * (they run in parallel) could take these batches before the child starts, and the child
 * would then have nothing to roll up and never reach the pause.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type Db } from "@/server/db";
import { createOrganization } from "@/server/modules/organizations/organizations";
import { ingestTelemetry } from "@/server/modules/telemetry/ingest";
import { rollUpAll } from "@/server/modules/telemetry/rollup";
import { createFreshDatabase, dropDatabase } from "../../../scripts/lib/fresh-database";
import { migrate, SERVER_CONDITIONS } from "../../../scripts/lib/run";

const CHILD_APPLICATION = "anima-rollup-crash-test";
const BATCHES = 20;
const SAMPLES_PER_BATCH = 100;
const SAMPLES = BATCHES * SAMPLES_PER_BATCH;

describe.skipIf(inject("databaseKind") === "pglite")("telemetry rollup killed mid-transaction", () => {
  let databaseUrl: string;
  let db: Db;
  beforeAll(async () => {
    databaseUrl = await createFreshDatabase(inject("databaseUrl"), "anima_rollup_crash");
    await migrate(databaseUrl);
    db = createPrismaClient(databaseUrl);
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION rollup_crash_pause() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('application_name') = '${CHILD_APPLICATION}' THEN PERFORM pg_sleep(60); END IF;
        RETURN NULL;
      END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER rollup_crash_pause AFTER INSERT ON "DeviceActivityDay" FOR EACH STATEMENT EXECUTE FUNCTION rollup_crash_pause()`);
  });
  afterAll(async () => {
    await db.$disconnect();
    await dropDatabase(databaseUrl);
  });

  it("leaves no trace of the killed run; the next run counts every sample exactly once", { timeout: 120_000 }, async () => {
    const owner = await db.user.create({ data: { email: `owner-${randomUUID()}@example.test`, name: "Owner" } });
    const org = await createOrganization(db, owner.id, { name: "Rollup crash" });
    const at = new Date().toISOString();
    for (let b = 0; b < BATCHES; b++) {
      const samples = Array.from({ length: SAMPLES_PER_BATCH }, (_, i) => ({ at, kind: "voice" as const, e2eMs: 100 + i, inputTokens: 3 }));
      await ingestTelemetry(db, { orgId: org.id, skuId: "sku-crash", deviceId: `dev-${b % 4}`, firmware: "1.0.0", configVersion: 1 }, { batchId: randomUUID(), samples });
    }
    const e2eSum = BATCHES * Array.from({ length: SAMPLES_PER_BATCH }, (_, i) => 100 + i).reduce((a, b) => a + b, 0);

    const child = startRollupChild(databaseUrl);
    await expect.poll(() => childSleepingInTransaction(db), { timeout: 60_000, interval: 200 }).toBe(true);
    child.kill("SIGKILL");
    await expect.poll(() => childConnections(db), { timeout: 10_000 }).toBe(0); // the server has rolled its transaction back
    expect(await db.telemetryBatch.count({ where: { orgId: org.id, rolledUpAt: { not: null } } })).toBe(0);
    expect(await totals(db, org.id)).toEqual(await totalsOfNothing());

    await rollUpAll(db);
    const expected = { minute: SAMPLES, hour: SAMPLES, day: SAMPLES, e2eSumPerResolution: e2eSum, histogramCounts: 3 * SAMPLES, premergedCounts: 2 * 2 * SAMPLES, activity: SAMPLES, inputTokens: 3 * SAMPLES };
    expect(await totals(db, org.id)).toEqual(expected);
    expect(await db.telemetryBatch.count({ where: { orgId: org.id, rolledUpAt: null } })).toBe(0);
    await rollUpAll(db); // nothing pending: nothing added twice
    expect(await totals(db, org.id)).toEqual(expected);
  });
});

function startRollupChild(databaseUrl: string) {
  const url = new URL(databaseUrl);
  url.searchParams.set("application_name", CHILD_APPLICATION);
  // Without it the server would notice the dead client only when the sleep ends.
  url.searchParams.set("options", "-c client_connection_check_interval=100");
  const child = spawn(process.execPath, ["--import", "tsx", SERVER_CONDITIONS, "src/testing/rollup-child.ts"], { env: { ...process.env, DATABASE_URL: url.toString() }, stdio: "ignore" });
  return child;
}

async function childSleepingInTransaction(db: Db): Promise<boolean> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = ${CHILD_APPLICATION} AND state = 'active' AND wait_event = 'PgSleep'`;
  return rows[0]!.n > 0;
}

async function childConnections(db: Db): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = ${CHILD_APPLICATION}`;
  return rows[0]!.n;
}

/** What the organization's rollups add up to, per table. */
async function totals(db: Db, orgId: string) {
  const series = (await db.telemetrySeries.findMany({ where: { orgId }, select: { id: true } })).map((s) => s.id);
  const interactions = async (resolution: "minute" | "hour" | "day") =>
    (await db.telemetryRollup.aggregate({ where: { seriesId: { in: series }, resolution }, _sum: { interactions: true } }))._sum.interactions ?? 0;
  const rollup = await db.telemetryRollup.aggregate({ where: { seriesId: { in: series } }, _sum: { e2eSumMs: true, inputTokens: true } });
  return {
    minute: await interactions("minute"),
    hour: await interactions("hour"),
    day: await interactions("day"),
    e2eSumPerResolution: Number(rollup._sum.e2eSumMs ?? 0) / 3,
    histogramCounts: (await db.latencyHistogram.aggregate({ where: { seriesId: { in: series } }, _sum: { count: true } }))._sum.count ?? 0,
    // hour and day, each per SKU and for the whole organization
    premergedCounts: (await db.skuLatencyHistogram.aggregate({ where: { orgId }, _sum: { count: true } }))._sum.count ?? 0,
    activity: (await db.deviceActivityDay.aggregate({ where: { orgId }, _sum: { interactions: true } }))._sum.interactions ?? 0,
    inputTokens: Number(rollup._sum.inputTokens ?? 0) / 3,
  };
}

async function totalsOfNothing() {
  return { minute: 0, hour: 0, day: 0, e2eSumPerResolution: 0, histogramCounts: 0, premergedCounts: 0, activity: 0, inputTokens: 0 };
}
