/**
 * Telemetry benchmarks, each against a baseline measured in the same run:
 * 1. ingest — samples/s through `device.reportTelemetry` on the real gateway (100-sample
 *    batches, 64 connections) vs raw `COPY` of the same number of rows into the same table;
 * 2. dashboards — with TELEMETRY_SAMPLES (default 10,000,000) raw samples for one
 *    organization over 30 days, rolled up by the worker's code: the chart queries
 *    (median of 20 runs) vs `percentile_cont` over the raw rows (what rollups replace).
 */
import autocannon from "autocannon";
import { randomUUID } from "node:crypto";
import { cpus } from "node:os";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { benchApp, median, runBenchmark, timeMs, writeResult } from "./lib";
import { startGateway, stopChildren } from "./processes";

const CONNECTIONS = 64;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SAMPLES = Number(process.env.TELEMETRY_SAMPLES ?? 10_000_000);
const QUERY_RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 20);
const DAY_MS = 86_400_000;

function sampleJson(i: number) {
  const e2e = 500 + ((i * 7919) % 900);
  return { at: new Date(Date.now() - (i % 600) * 1000).toISOString(), kind: i % 4 ? "voice" : "video", e2eMs: e2e, agentId: "story-teller", asrMs: Math.round(e2e * 0.18), llmMs: Math.round(e2e * 0.42), ttsMs: Math.round(e2e * 0.16), inputTokens: 120, outputTokens: 80, durationMs: 9000 };
}

async function copyRows(url: string, orgId: string, skuId: string, rows: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const at = new Date().toISOString();
  function* lines() {
    for (let i = 0; i < rows; i++) {
      const s = sampleJson(i);
      yield `${orgId}\t${skuId}\tdev-copy\tcopy-${Math.floor(i / 100)}\t1.0.0\t1\t${s.agentId}\t${s.kind}\t${at}\t${s.e2eMs}\t${s.asrMs}\t${s.llmMs}\t${s.ttsMs}\t${s.inputTokens}\t${s.outputTokens}\t${s.durationMs}\n`;
    }
  }
  const ms = await timeMs(() =>
    pipeline(
      Readable.from(lines()),
      client.query(copyFrom(`COPY "TelemetrySample" ("orgId", "skuId", "deviceId", "batchId", firmware, "configVersion", "agentId", kind, at, "e2eMs", "asrMs", "llmMs", "ttsMs", "inputTokens", "outputTokens", "durationMs") FROM STDIN`)),
    ),
  );
  await client.end();
  return rows / (ms / 1000);
}

async function main() {
  const app = await benchApp();
  const url = process.env.DATABASE_URL!;
  const { db } = await import("@/server/db");
  const actor = { type: "system", label: "bench" } as const;

  // ── 1. ingest ────────────────────────────────────────────────────────────────
  const { org, sku } = await app.orgWithSku("Telemetry Bench", "TEL-1");
  const { registerDevices } = await import("@/server/modules/devices/register-devices");
  const { grantSeats } = await import("@/server/modules/licenses/grant-seats");
  const { publishLineup } = await import("@/server/modules/configs/publish");
  const { bootDevice } = await import("@/server/modules/gateway/boot");
  await publishLineup(db, org.id, actor, { skuId: sku.id, lineup: { agents: [{ agentId: "story-teller" }] } });
  await grantSeats(db, org.id, actor, { seats: CONNECTIONS, reason: "bench" });
  const devices = await registerDevices(db, org.id, actor, { skuId: sku.id, devices: Array.from({ length: CONNECTIONS }, (_, i) => ({ serial: `TB-${i}` })) });
  const tokens = await Promise.all(devices.map(async (d) => (await bootDevice(db, { deviceId: d.id, secret: d.secret })).session.token));
  const gateway = await startGateway(3811, url);
  const batches = Array.from({ length: 20 }, (_, b) => JSON.stringify(Array.from({ length: 100 }, (_, i) => sampleJson(b * 100 + i))));
  let next = 0;
  const ingestRuns: number[] = [];
  const copyRuns: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const result = await autocannon({
      url: "http://127.0.0.1:3811/trpc/device.reportTelemetry",
      method: "POST",
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [
        {
          setupRequest: (request) => {
            const n = next++;
            return { ...request, headers: { "content-type": "application/json", authorization: `Bearer ${tokens[n % tokens.length]}` }, body: `{"batchId":"${randomUUID()}","samples":${batches[n % batches.length]}}` };
          },
        },
      ],
    });
    const samplesPerSecond = (result["2xx"] * 100) / result.duration;
    ingestRuns.push(samplesPerSecond);
    copyRuns.push(await copyRows(url, org.id, sku.id, Math.max(10_000, result["2xx"] * 100)));
    console.log(`round ${round + 1}: ingest ${Math.round(samplesPerSecond)} samples/s (non-2xx ${result.non2xx}), COPY ${Math.round(copyRuns.at(-1)!)} rows/s`);
  }
  await stopChildren([gateway]);

  // ── 2. dashboards at SAMPLES raw samples ─────────────────────────────────────
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
    await db.$executeRawUnsafe(`
      INSERT INTO "TelemetryBatch" ("deviceId", "batchId", "orgId", samples, "receivedAt")
      SELECT "deviceId", "batchId", '${big.org.id}', count(*), now() FROM "TelemetrySample" WHERE "orgId" = '${big.org.id}' GROUP BY 1, 2`);
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

  const ingest = Math.round(median(ingestRuns));
  const copy = Math.round(median(copyRuns));
  const result = {
    command: "npm run bench -- telemetry",
    machine: `${cpus().length} cores`,
    database: app.database.kind,
    ingest: { connections: CONNECTIONS, batchSize: 100, durationSeconds: DURATION_S, rounds: ROUNDS, samplesPerSecond: ingest, copyRowsPerSecond: copy, ratioToCopy: Number((ingest / copy).toFixed(3)) },
    dashboards: {
      samples: SAMPLES,
      generateSeconds: Math.round(generateMs / 1000),
      rollupSeconds: Math.round(rollupMs / 1000),
      rollupSamplesPerSecond: Math.round(SAMPLES / (rollupMs / 1000)),
      histogramRows,
      runsPerQuery: QUERY_RUNS,
      queries: dashboards,
      baselineRawPercentileContMs: Math.round(rawMs),
      speedupOf30DayChart: Number((rawMs / dashboards["latency 30 d (voice, daily points)"]!.medianMs).toFixed(1)),
    },
  };
  console.log(JSON.stringify(result, null, 2));
  writeResult("telemetry", result);
  await app.close();
}

runBenchmark(main);
