/**
 * Boot throughput: steady-state `device.boot` (active devices holding the current config)
 * at 64 connections, against two baselines measured in the same run on the same machine —
 * bare node:http JSON echo (the machine's ceiling) and a tRPC echo procedure on the same
 * gateway (the framework's ceiling). Each scenario runs 3 times; medians are reported.
 */
import autocannon from "autocannon";
import { fork, type ChildProcess } from "node:child_process";
import { cpus } from "node:os";
import { benchApp, median, writeResult } from "./lib";

const CONNECTIONS = 64;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DEVICES = Number(process.env.BENCH_DEVICES ?? 10_000);

function startChild(script: string, env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], { env: { ...process.env, ...env }, execArgv: ["--import", "tsx"], stdio: "inherit" });
    child.once("message", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function waitForHttp(url: string) {
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not come up`);
}

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
  const { bootDevice } = await import("@/server/modules/gateway/boot");
  const actor = { type: "system", label: "bench" } as const;
  await publishLineup(db, org.id, actor, { skuId: sku.id, lineup: { agents: [{ agentId: "kids-companion", tools: ["timer"] }, { agentId: "story-teller" }] } });
  await grantSeats(db, org.id, actor, { seats: DEVICES, reason: "bench" });
  const devices = await registerDevices(db, org.id, actor, { skuId: sku.id, devices: Array.from({ length: DEVICES }, (_, i) => ({ serial: `BB-${i}` })) });
  // Activate every device once, so the measured boots are the steady state (no seat, config: null).
  for (let i = 0; i < devices.length; i += 16) await Promise.all(devices.slice(i, i + 16).map((d) => bootDevice(db, { deviceId: d.id, secret: d.secret })));
  await db.$disconnect();

  const gatewayPort = "3801";
  const env = {
    DATABASE_URL: process.env.DATABASE_URL!,
    DATABASE_POOL_SIZE: "20",
    DEVICE_GATEWAY_PORT: gatewayPort,
    LOG_LEVEL: "error",
    GATEWAY_IP_RATE_PER_SECOND: "10000000",
    GATEWAY_DEVICE_RATE_PER_MINUTE: "100000",
    // Capacity is measured without load shedding; the storm benchmark measures shedding.
    GATEWAY_MAX_LAG_MS: "100000",
    GATEWAY_MAX_IN_FLIGHT: "100000",
  };
  const gateway = fork("scripts/gateway.ts", [], { env: { ...process.env, ...env }, execArgv: ["--import", "tsx"], stdio: "inherit" });
  const echo = await startChild("bench/echo-server.ts", { PORT: "3802" });
  await waitForHttp(`http://127.0.0.1:${gatewayPort}/readyz`);

  let next = 0;
  const bootBody = () => {
    const device = devices[next++ % devices.length]!;
    return JSON.stringify({ deviceId: device.id, secret: device.secret, configVersion: 1 });
  };
  const scenarios: Record<string, Scenario> = {
    bareHttpEcho: { url: "http://127.0.0.1:3802/", bodies: () => '{"message":"ping"}' },
    trpcEcho: { url: `http://127.0.0.1:${gatewayPort}/trpc/gateway.echo`, bodies: () => '{"message":"ping"}' },
    steadyBoot: { url: `http://127.0.0.1:${gatewayPort}/trpc/device.boot`, bodies: bootBody },
  };
  await load({ ...scenarios.steadyBoot!, bodies: bootBody }); // warm-up (JIT, caches, pool)
  const runs: Record<string, Awaited<ReturnType<typeof load>>[]> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, scenario] of Object.entries(scenarios)) (runs[name] ??= []).push(await load(scenario));
  }
  await Promise.all([gateway, echo].map((child) => new Promise((resolve) => child.once("exit", resolve).kill("SIGTERM"))));

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
    scenarios: summary,
    ratios: { bootVsTrpcEcho: Number((boot / summary.trpcEcho!.rps).toFixed(3)), bootVsBareHttp: Number((boot / summary.bareHttpEcho!.rps).toFixed(3)) },
  };
  console.log(JSON.stringify(result, null, 2));
  writeResult("boot", result);
  await app.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
