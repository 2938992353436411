/**
 * Boot throughput: steady-state `device.boot` (active devices holding the current config)
 * at 64 connections, against two baselines measured in the same run on the same machine —
 * bare node:http JSON echo (the machine's ceiling) and a tRPC echo procedure on the same
 * gateway (the framework's ceiling). "steadyBoot" cycles through devices the gateway has
 * cached; "coldBoot" boots devices it has never seen (a read each, as after a power cut).
 * Each scenario runs 3 times; medians are reported.
 */
import autocannon from "autocannon";
import { cpus } from "node:os";
import { benchApp, median, runBenchmark, writeResult } from "./lib";
import { startChild, startGateway, stopChildren } from "./processes";

const CONNECTIONS = 64;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DEVICES = Number(process.env.BENCH_DEVICES ?? 10_000);
/** Enough never-booted devices that no cold boot of the run repeats one (checked in the result). */
const COLD_DEVICES = Number(process.env.BENCH_COLD_DEVICES ?? 40_000);

type Scenario = { url: string; bodies: () => string };

async function load({ url, bodies }: Scenario) {
  const result = await autocannon({
    url,
    method: "POST",
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { "content-type": "application/json" },
    requests: [{ setupRequest: (request) => ({ ...request, body: bodies() }) }],
  });
  // Only successful answers count as throughput (a shed 429 is fast but is not a boot).
  return { rps: result["2xx"] / result.duration, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts };
}

async function main() {
  const app = await benchApp();
  const { db } = await import("@/server/db");
  const { org, sku } = await app.orgWithSku("Boot Bench", "BOOT-1");
  const { registerDevices } = await import("@/server/modules/devices/register-devices");
  const { grantSeats } = await import("@/server/modules/licenses/grant-seats");
  const { publishLineup } = await import("@/server/modules/configs/publish");
  const actor = { type: "system", label: "bench" } as const;
  await publishLineup(db, org.id, actor, { skuId: sku.id, lineup: { agents: [{ agentId: "kids-companion", tools: ["timer"] }, { agentId: "story-teller" }] } });
  await grantSeats(db, org.id, actor, { seats: DEVICES + COLD_DEVICES, reason: "bench" });
  const registered: { id: string; secret: string }[] = [];
  for (let offset = 0; offset < DEVICES + COLD_DEVICES; offset += 10_000) {
    const rows = Array.from({ length: Math.min(10_000, DEVICES + COLD_DEVICES - offset) }, (_, i) => ({ serial: `BB-${offset + i}` }));
    registered.push(...(await registerDevices(db, org.id, actor, { skuId: sku.id, devices: rows })));
  }
  // Every device already activated (seat taken, seen an hour ago): the measured boots are the
  // steady state (no seat, config: null). Activation itself is measured by the storm benchmark.
  await db.$executeRaw`UPDATE "Device" SET status = 'active', "activatedAt" = now(), "licensedAt" = now(), "lastSeenAt" = now() - interval '1 hour' WHERE "orgId" = ${org.id}`;
  await db.licensePool.update({ where: { orgId: org.id }, data: { seatsUsed: registered.length } });
  await db.$disconnect();
  const devices = registered.slice(0, DEVICES);
  const cold = registered.slice(DEVICES);

  const gatewayPort = 3801;
  const gateway = await startGateway(gatewayPort, process.env.DATABASE_URL!);
  const echo = await startChild("bench/echo-server.ts", { PORT: "3802" });

  let next = 0;
  const bootBody = () => {
    const device = devices[next++ % devices.length]!;
    return JSON.stringify({ deviceId: device.id, secret: device.secret, configVersion: 1 });
  };
  // Devices this gateway has never seen: every boot misses the cache (one read) and queues a last-seen write.
  let nextCold = 0;
  const coldBody = () => {
    const device = cold[nextCold++ % cold.length]!;
    return JSON.stringify({ deviceId: device.id, secret: device.secret, configVersion: 1 });
  };
  const scenarios: Record<string, Scenario> = {
    bareHttpEcho: { url: "http://127.0.0.1:3802/", bodies: () => '{"message":"ping"}' },
    trpcEcho: { url: `http://127.0.0.1:${gatewayPort}/trpc/gateway.echo`, bodies: () => '{"message":"ping"}' },
    steadyBoot: { url: `http://127.0.0.1:${gatewayPort}/trpc/device.boot`, bodies: bootBody },
    coldBoot: { url: `http://127.0.0.1:${gatewayPort}/trpc/device.boot`, bodies: coldBody },
  };
  await load({ ...scenarios.steadyBoot!, bodies: bootBody }); // warm-up (JIT, caches, pool)
  const runs: Record<string, Awaited<ReturnType<typeof load>>[]> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, scenario] of Object.entries(scenarios)) (runs[name] ??= []).push(await load(scenario));
  }
  await stopChildren([gateway, echo]);

  const summary = Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      { rps: Math.round(median(list.map((r) => r.rps))), p50Ms: median(list.map((r) => r.p50)), p99Ms: median(list.map((r) => r.p99)), non2xx: list.reduce((s, r) => s + r.non2xx, 0), errors: list.reduce((s, r) => s + r.errors + r.timeouts, 0) },
    ]),
  );
  const boot = summary.steadyBoot!.rps;
  const result = {
    command: "npm run bench -- boot",
    machine: `${cpus().length} cores`,
    database: app.database.kind,
    connections: CONNECTIONS,
    durationSeconds: DURATION_S,
    rounds: ROUNDS,
    devices: DEVICES,
    coldDevices: COLD_DEVICES,
    coldBootsRepeated: nextCold > cold.length,
    scenarios: summary,
    ratios: { bootVsTrpcEcho: Number((boot / summary.trpcEcho!.rps).toFixed(3)), bootVsBareHttp: Number((boot / summary.bareHttpEcho!.rps).toFixed(3)) },
  };
  console.log(JSON.stringify(result, null, 2));
  writeResult("boot", result);
  await app.close();
}

runBenchmark(main);
