/**
 * Dashboard queries at scale: TELEMETRY_SAMPLES (default 10,000,000) raw samples for one
 * organization over 30 days (2 SKUs × 2 firmware × 2 config versions × 4 agents, generated in
 * SQL), rolled up by the worker's own code; each chart query's median of BENCH_QUERY_RUNS
 * runs against the baseline the rollups replace: `percentile_cont` over the raw rows.
 */
import { cpus } from "node:os";
import { benchApp, median, runBenchmark, timeMs, writeResult } from "./lib/harness";
import { DAY_MS } from "@/shared/time";

const SAMPLES = Number(process.env.TELEMETRY_SAMPLES ?? 10_000_000);
const QUERY_RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 20);

async function main() {
  const app = await benchApp();
  const { db } = await import("@/server/db");

  const big = await app.orgWithSku("Dashboard Bench", "DASH-1");
  const generateMs = await timeMs(async () => {
    await db.$executeRawUnsafe(`
      INSERT INTO "TelemetrySample" ("orgId", "skuId", "deviceId", "batchId", firmware, "configVersion", "agentId", kind, at,
        "e2eMs", "firstAudioMs", "asrMs", "llmMs", "ttsMs", "inputTokens", "outputTokens", "durationMs")
      SELECT '${big.org.id}', CASE WHEN g % 3 = 0 THEN 'sku-b' ELSE '${big.sku.id}' END, 'dev-' || ((g / 100) % 2000), 'b-' || (g / 100),
        CASE WHEN g % 5 = 0 THEN '1.5.0' ELSE '1.4.2' END, 1 + g % 2, (ARRAY['visual-qa', 'interpreter', 'kids-companion', 'story-teller'])[1 + g % 4],
        (CASE WHEN g % 4 = 0 THEN 'video' ELSE 'voice' END)::"InteractionKind",
        (now() AT TIME ZONE 'UTC') - (g::float8 / ${SAMPLES}) * interval '30 days',
        e2e, (e2e * 0.6)::int, (e2e * 0.18)::int, (e2e * 0.42)::int, (e2e * 0.16)::int, 120, 80, 9000
      FROM (SELECT g, greatest(1, (CASE WHEN g % 4 = 0 THEN 1050 ELSE 700 END * exp(0.25 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())))::int) AS e2e
            FROM generate_series(1, ${SAMPLES}) g) s`);
    // Each batch received when its last sample was taken: the rollup claims batches in the order they arrived, as live.
    await db.$executeRawUnsafe(`
      INSERT INTO "TelemetryBatch" ("deviceId", "batchId", "orgId", samples, "receivedAt", "firstSampleAt", "lastSampleAt")
      SELECT "deviceId", "batchId", '${big.org.id}', count(*), max(at), min(at), max(at) FROM "TelemetrySample" WHERE "orgId" = '${big.org.id}' GROUP BY 1, 2`);
  });
  const { rollUpPending } = await import("@/server/modules/telemetry/rollup");
  const rollupMs = await timeMs(async () => {
    while ((await rollUpPending(db)) > 0);
  });
  await db.$executeRawUnsafe(`VACUUM ANALYZE "LatencyHistogram"`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "TelemetryRollup"`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "SkuLatencyHistogram"`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "TelemetrySeries"`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "TelemetrySample"`);
  console.log(`generated ${SAMPLES} samples in ${Math.round(generateMs / 1000)} s, rolled up in ${Math.round(rollupMs / 1000)} s`);

  const { latencySeries, stageBreakdown } = await import("@/server/modules/telemetry/latency");
  const { usageSeries } = await import("@/server/modules/telemetry/usage");
  const now = new Date();
  const range = (days: number) => ({ from: new Date(now.getTime() - days * DAY_MS), to: now });
  const queries: Record<string, () => Promise<unknown>> = {
    "latency 30 d (voice, daily points)": () => latencySeries(db, big.org.id, "voice", range(30)),
    "latency 30 d, one SKU + firmware": () => latencySeries(db, big.org.id, "voice", { ...range(30), skuId: big.sku.id, firmware: "1.5.0" }),
    "latency 7 d (hourly points)": () => latencySeries(db, big.org.id, "voice", range(7)),
    "latency 7 d, one SKU": () => latencySeries(db, big.org.id, "voice", { ...range(7), skuId: big.sku.id }),
    "latency 7 d, one SKU + firmware": () => latencySeries(db, big.org.id, "voice", { ...range(7), skuId: big.sku.id, firmware: "1.5.0" }),
    "latency 1 h (minute points)": () => latencySeries(db, big.org.id, "voice", { from: new Date(now.getTime() - 3_600_000), to: now }),
    "stage breakdown 30 d": () => stageBreakdown(db, big.org.id, "voice", range(30)),
    "usage 30 d by agent": () => usageSeries(db, big.org.id, range(30), "agent"),
  };
  const dashboards: Record<string, { medianMs: number; maxMs: number }> = {};
  for (const [name, query] of Object.entries(queries)) {
    await query();
    const times: number[] = [];
    for (let i = 0; i < QUERY_RUNS; i++) times.push(await timeMs(query));
    dashboards[name] = { medianMs: Number(median(times).toFixed(1)), maxMs: Number(Math.max(...times).toFixed(1)) };
  }
  const rawTimes: number[] = [];
  for (let i = 0; i < Math.min(3, QUERY_RUNS); i++) {
    rawTimes.push(
      await timeMs(() =>
        db.$queryRawUnsafe(`
          SELECT date_trunc('day', at) AS day, percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY "e2eMs") AS p
          FROM "TelemetrySample" WHERE "orgId" = '${big.org.id}' AND kind = 'voice' AND at >= (now() AT TIME ZONE 'UTC') - interval '30 days' GROUP BY 1`),
      ),
    );
  }
  const rawMs = median(rawTimes);
  const bigSeries = await db.telemetrySeries.findMany({ where: { orgId: big.org.id }, select: { id: true } });
  const histogramRows = await db.latencyHistogram.count({ where: { seriesId: { in: bigSeries.map((s) => s.id) } } });

  const result = {
    command: "npm run bench -- dashboards",
    machine: `${cpus().length} cores`,
    database: app.database.kind,
    samples: SAMPLES,
    generateSeconds: Math.round(generateMs / 1000),
    rollupSeconds: Math.round(rollupMs / 1000),
    rollupSamplesPerSecond: Math.round(SAMPLES / (rollupMs / 1000)),
    histogramRows,
    runsPerQuery: QUERY_RUNS,
    queries: dashboards,
    baselineRawPercentileContMs: Math.round(rawMs),
    speedupOf30DayChart: Number((rawMs / dashboards["latency 30 d (voice, daily points)"]!.medianMs).toFixed(1)),
  };
  console.log(JSON.stringify(result, null, 2));
  writeResult("dashboards", result);
  await app.close();
}

runBenchmark(main);
