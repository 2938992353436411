/**
 * Telemetry ingest: samples/s through `device.reportTelemetry` on the real gateway
 * (100-sample batches, 64 connections, devices holding session tokens) against raw `COPY`
 * of the same number of rows into the same table, measured right after each round.
 */
import autocannon from "autocannon";
import { randomUUID } from "node:crypto";
import { cpus } from "node:os";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { benchApp, median, runBenchmark, timeMs, writeResult } from "./lib/harness";
import { startGateway, stopChildren } from "./lib/processes";

const CONNECTIONS = 64;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

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
  const actor = app.actor;

  const { org, sku } = await app.orgWithSku("Telemetry Bench", "TEL-1");
  const { registerDevices } = await import("@/server/modules/devices/register-devices");
  const { grantSeats } = await import("@/server/modules/licenses/grant-seats");
  const { publishLineup } = await import("@/server/modules/configs/publish");
  const { bootDevice } = await import("@/server/modules/device-runtime/boot");
  await publishLineup(db, org.id, actor, { skuId: sku.id, lineup: { agents: [{ agentId: "story-teller" }] } });
  await grantSeats(db, org.id, actor, { seats: CONNECTIONS, reason: "bench" });
  const devices = await registerDevices(db, org.id, actor, { skuId: sku.id, devices: Array.from({ length: CONNECTIONS }, (_, i) => ({ serial: `TB-${i}` })) });
  const tokens = await Promise.all(devices.map(async (d) => (await bootDevice(db, { deviceId: d.id, secret: d.secret })).session.token));
  const gateway = await startGateway(3811, url);
  const batches = Array.from({ length: 20 }, (_, b) => JSON.stringify(Array.from({ length: 100 }, (_, i) => sampleJson(b * 100 + i))));
  let next = 0;
  const ingestRuns: number[] = [];
  const copyRuns: number[] = [];
  const report = (options: { duration: number } | { amount: number }) =>
    autocannon({
      url: "http://127.0.0.1:3811/trpc/device.reportTelemetry",
      method: "POST",
      connections: CONNECTIONS,
      ...options,
      requests: [
        {
          setupRequest: (request) => {
            const n = next++;
            return { ...request, headers: { "content-type": "application/json", authorization: `Bearer ${tokens[n % tokens.length]}` }, body: `{"batchId":"${randomUUID()}","samples":${batches[n % batches.length]}}` };
          },
        },
      ],
    });
  await report({ amount: CONNECTIONS * 10 }); // warm-up (JIT, token keys, prepared plans)
  for (let round = 0; round < ROUNDS; round++) {
    const result = await report({ duration: DURATION_S });
    const samplesPerSecond = (result["2xx"] * 100) / result.duration;
    ingestRuns.push(samplesPerSecond);
    copyRuns.push(await copyRows(url, org.id, sku.id, Math.max(10_000, result["2xx"] * 100)));
    console.log(`round ${round + 1}: ingest ${Math.round(samplesPerSecond)} samples/s (non-2xx ${result.non2xx}), COPY ${Math.round(copyRuns.at(-1)!)} rows/s`);
  }
  await stopChildren([gateway]);


  const ingest = Math.round(median(ingestRuns));
  const copy = Math.round(median(copyRuns));
  const result = {
    command: "npm run bench -- ingest",
    machine: `${cpus().length} cores`,
    database: app.database.kind,
    connections: CONNECTIONS,
    batchSize: 100,
    durationSeconds: DURATION_S,
    rounds: ROUNDS,
    samplesPerSecond: ingest,
    copyRowsPerSecond: copy,
    ratioToCopy: Number((ingest / copy).toFixed(3)),
  };
  console.log(JSON.stringify(result, null, 2));
  writeResult("ingest", result);
  await app.close();
}

runBenchmark(main);
