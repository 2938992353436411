/**
 * Gateway throughput at 64 connections, against two baselines measured in the same run on
 * the same machine — bare node:http JSON echo (the machine's ceiling) and a tRPC echo
 * procedure on the same gateway (the framework's ceiling). Scenarios:
 * - steadyBoot: active devices the gateway has cached, holding the current config (config: null);
 * - rolloutBoot: the same on a second SKU with a staged rollout at 50 % (each device holding the
 *   version of its cohort, config: null): what answering by cohort costs against steadyBoot;
 * - coldBoot: active devices the gateway has never seen (a read each, as after a power cut);
 * - activationBoot: first boots (a seat taken and the activation written, full config answered);
 * - refresh: `device.refresh` with session tokens (verify + mint);
 * - wrongSecretBoot / unknownBoot: refusals (401), a cached device with a wrong secret and ids that
 *   do not exist (cycled, so after the first round they are known not to exist): the two must
 *   cost the same, or the answer time would tell which ids exist.
 * 100,000 devices by default; each scenario runs 3 times; medians are reported.
 */
import autocannon from "autocannon";
import { cpus } from "node:os";
import { benchApp, median, runBenchmark, writeResult } from "./lib/harness";
import { cpuMicros, startChild, startGateway, stopChildren } from "./lib/processes";
import { measureRefusalCost } from "./lib/refusal-cost";

const CONNECTIONS = 64;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DEVICES = Number(process.env.BENCH_DEVICES ?? 20_000);
/** Enough never-booted devices that no cold boot or activation of the run repeats one (checked in the result). */
const COLD_DEVICES = Number(process.env.BENCH_COLD_DEVICES ?? 40_000);
const NEW_DEVICES = Number(process.env.BENCH_NEW_DEVICES ?? 40_000);
const REFRESH_TOKENS = Math.min(DEVICES, 1_000);
/** BENCH_SCENARIOS=steadyBoot,trpcEcho runs only those (e.g. to profile one path). */
const ONLY = process.env.BENCH_SCENARIOS?.split(",");

/** `refusals`: the scenario's answers are 401s by design, and those are what it counts. */
type Scenario = { url: string; body: () => string; headers?: () => Record<string, string>; refusals?: boolean };
type Device = { id: string; secret: string };

/** One load run; `pid` is the server's process, whose CPU per request is measured. */
async function load({ url, body, headers, refusals }: Scenario, pid: number) {
  const cpuBefore = cpuMicros(pid);
  const result = await autocannon({
    url,
    method: "POST",
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [{ setupRequest: (request) => ({ ...request, headers: { "content-type": "application/json", ...headers?.() }, body: body() }) }],
  });
  // Only successful answers count as throughput (a shed 429 is fast but is not a boot).
  const counted = refusals ? result["4xx"] : result["2xx"];
  const cpuUsPerRequest = (cpuMicros(pid) - cpuBefore) / result.requests.total;
  return { rps: counted / result.duration, cpuUsPerRequest, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, requests: result.requests.total };
}

/** Cycles through `items`; `wrapped()` says whether it went round (a cold scenario must not). */
function cycle<T>(items: T[]) {
  let next = 0;
  return { take: () => items[next++ % items.length]!, wrapped: () => next > items.length };
}

async function seed() {
  const app = await benchApp();
  const { db } = await import("@/server/db");
  const { org, sku } = await app.orgWithSku("Boot Bench", "BOOT-1");
  const { registerDevices } = await import("@/server/modules/devices/register-devices");
  const { grantSeats } = await import("@/server/modules/licenses/grant-seats");
  const { publishLineup } = await import("@/server/modules/configs/publish");
  const { bootDevice } = await import("@/server/modules/device-runtime/boot");
  const total = DEVICES + COLD_DEVICES + NEW_DEVICES;
  await publishLineup(db, org.id, app.actor, { skuId: sku.id, lineup: { agents: [{ agentId: "kids-companion", tools: ["timer"] }, { agentId: "story-teller" }] } });
  await grantSeats(db, org.id, app.actor, { seats: total + DEVICES, reason: "bench" });
  const registered: Device[] = [];
  for (let offset = 0; offset < total; offset += 10_000) {
    const rows = Array.from({ length: Math.min(10_000, total - offset) }, (_, i) => ({ serial: `BB-${offset + i}` }));
    registered.push(...(await registerDevices(db, org.id, app.actor, { skuId: sku.id, devices: rows })));
  }
  // A second SKU, as many steady devices, mid-way through a staged rollout (docs/rollouts.md).
  const rolloutSku = await app.createSku(org.id, "BOOT-ROLLOUT");
  await publishLineup(db, org.id, app.actor, { skuId: rolloutSku.id, lineup: { agents: [{ agentId: "kids-companion", tools: ["timer"] }, { agentId: "story-teller" }] } });
  const inRollout: Device[] = [];
  for (let offset = 0; offset < DEVICES; offset += 10_000) {
    const rows = Array.from({ length: Math.min(10_000, DEVICES - offset) }, (_, i) => ({ serial: `BR-${offset + i}` }));
    inRollout.push(...(await registerDevices(db, org.id, app.actor, { skuId: rolloutSku.id, devices: rows })));
  }
  const active = [...registered.slice(0, DEVICES + COLD_DEVICES), ...inRollout];
  // Steady and cold devices are already activated (seat taken, seen an hour ago); the new ones never booted.
  await db.$executeRaw`UPDATE "Device" SET status = 'active', "activatedAt" = now(), "licensedAt" = now(), "lastSeenAt" = now() - interval '1 hour' WHERE id = ANY(${active.map((d) => d.id)})`;
  await db.licensePool.update({ where: { orgId: org.id }, data: { seatsUsed: active.length } });
  const { rolloutId } = await publishLineup(db, org.id, app.actor, {
    skuId: rolloutSku.id,
    lineup: { agents: [{ agentId: "story-teller" }, { agentId: "kids-companion", tools: ["timer"] }] },
    rollout: { steps: [50, 100], stepMinutes: 7 * 24 * 60 },
  });
  const { inCohort } = await import("@/server/modules/rollouts/cohort");
  const rolloutDevices = inRollout.map((d) => ({ ...d, holds: inCohort(rolloutId!, d.id, 50) ? 2 : 1 }));
  const tokens = await Promise.all(active.slice(0, REFRESH_TOKENS).map(async (d) => (await bootDevice(db, { deviceId: d.id, secret: d.secret })).session.token));
  await db.$disconnect();
  return { app, orgId: org.id, devices: active.slice(0, DEVICES), cold: active.slice(DEVICES, DEVICES + COLD_DEVICES), fresh: registered.slice(DEVICES + COLD_DEVICES), rolloutDevices, tokens };
}

async function main() {
  const { app, orgId, devices, cold, fresh, rolloutDevices, tokens } = await seed();
  const gatewayPort = 3801;
  const gateway = await startGateway(gatewayPort, process.env.DATABASE_URL!);
  const echo = await startChild("bench/lib/echo-server.ts", { PORT: "3802" });

  const bootBody = (next: () => Device, configVersion?: number) => () => {
    const device = next();
    return JSON.stringify({ deviceId: device.id, secret: device.secret, configVersion });
  };
  const steady = cycle(devices);
  const inRollout = cycle(rolloutDevices);
  const coldDevices = cycle(cold);
  const newDevices = cycle(fresh);
  const refreshTokens = cycle(tokens);
  // Refusals compare like with like: as many made-up ids as cached devices given a wrong secret
  // (within what the gateway's cache of unknown ids holds), so neither side has a smaller working set.
  const refusalIds = Math.min(devices.length, 50_000);
  const wrongSecretDevices = cycle(devices.slice(0, refusalIds));
  const unknownIds = cycle(Array.from({ length: refusalIds }, (_, i) => ({ id: `dev_unknown${String(i).padStart(16, "0")}`, secret: "wrong-secret-wrong-secret-wrong-secret-000" })));
  const trpc = (procedure: string) => `http://127.0.0.1:${gatewayPort}/trpc/${procedure}`;
  const scenarios: Record<string, Scenario> = {
    bareHttpEcho: { url: "http://127.0.0.1:3802/", body: () => '{"message":"ping"}' },
    trpcEcho: { url: trpc("gateway.echo"), body: () => '{"message":"ping"}' },
    steadyBoot: { url: trpc("device.boot"), body: bootBody(steady.take, 1) },
    rolloutBoot: {
      url: trpc("device.boot"),
      body: () => {
        const device = inRollout.take();
        return JSON.stringify({ deviceId: device.id, secret: device.secret, configVersion: device.holds });
      },
    },
    coldBoot: { url: trpc("device.boot"), body: bootBody(coldDevices.take, 1) },
    activationBoot: { url: trpc("device.boot"), body: bootBody(newDevices.take) },
    refresh: { url: trpc("device.refresh"), body: () => "{}", headers: () => ({ authorization: `Bearer ${refreshTokens.take()}` }) },
    wrongSecretBoot: { url: trpc("device.boot"), body: bootBody(() => ({ id: wrongSecretDevices.take().id, secret: "wrong-secret-wrong-secret-wrong-secret-000" }), 1), refusals: true },
    unknownBoot: { url: trpc("device.boot"), body: bootBody(unknownIds.take, 1), refusals: true },
  };
  const serverOf = (name: string) => (name === "bareHttpEcho" ? echo.pid! : gateway.pid!);
  await load(scenarios.steadyBoot!, gateway.pid!); // warm-up (JIT, caches, pool)
  if (!ONLY || ONLY.includes("rolloutBoot")) await load(scenarios.rolloutBoot!, gateway.pid!);
  const runs: Record<string, Awaited<ReturnType<typeof load>>[]> = {};
  const chosen = Object.entries(scenarios).filter(([name]) => !ONLY || ONLY.includes(name));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, scenario] of chosen) (runs[name] ??= []).push(await load(scenario, serverOf(name)));
  }
  await stopChildren([gateway, echo]);

  const { db } = await import("@/server/db");
  const seatsUsed = (await db.licensePool.findUniqueOrThrow({ where: { orgId } })).seatsUsed;
  const activated = await db.device.count({ where: { orgId, activatedAt: { not: null } } });
  const refusalCostInProcess = !ONLY || ONLY.some((name) => /wrongSecret|unknown/i.test(name)) ? await measureRefusalCost(db, devices.map((d) => d.id)) : null;

  const summary = Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      { rps: Math.round(median(list.map((r) => r.rps))), cpuUsPerRequest: Math.round(median(list.map((r) => r.cpuUsPerRequest))), p50Ms: median(list.map((r) => r.p50)), p99Ms: median(list.map((r) => r.p99)), non2xx: list.reduce((s, r) => s + r.non2xx, 0), errors: list.reduce((s, r) => s + r.errors + r.timeouts, 0) },
    ]),
  );
  const boot = summary.steadyBoot?.rps ?? 0;
  const result = {
    command: "npm run bench -- boot",
    machine: `${cpus().length} cores`,
    database: app.database.kind,
    connections: CONNECTIONS,
    durationSeconds: DURATION_S,
    rounds: ROUNDS,
    devices: { steady: devices.length, inRollout: rolloutDevices.length, cold: cold.length, new: fresh.length, refreshTokens: tokens.length },
    // A first boot of the same device twice would be a steady boot, not an activation: checked, not assumed.
    coldBootsRepeated: coldDevices.wrapped(),
    activationsRepeated: newDevices.wrapped(),
    activations: { firstBoots: activated - devices.length - cold.length - rolloutDevices.length, seatsUsed, oneSeatPerActivatedDevice: seatsUsed === activated },
    scenarios: summary,
    refusalCostInProcess,
    ratios: {
      bootVsTrpcEcho: Number((boot / (summary.trpcEcho?.rps ?? NaN)).toFixed(3)),
      bootVsBareHttp: Number((boot / (summary.bareHttpEcho?.rps ?? NaN)).toFixed(3)),
      // ≈ 1 when answering by a rollout's cohort costs nothing measurable (issue 18: within a few percent).
      rolloutBootVsSteadyBoot: Number(((summary.rolloutBoot?.rps ?? NaN) / boot).toFixed(3)),
      // Issue 20's launch-day targets: first activations ≥ 0.25× and refreshes ≥ 0.8× a steady boot.
      activationVsSteadyBoot: Number(((summary.activationBoot?.rps ?? NaN) / boot).toFixed(3)),
      refreshVsSteadyBoot: Number(((summary.refresh?.rps ?? NaN) / boot).toFixed(3)),
      // ≈ 1 when an unknown id costs what a wrong secret costs (no database read for either).
      unknownVsWrongSecret: Number(((summary.unknownBoot?.rps ?? NaN) / (summary.wrongSecretBoot?.rps ?? NaN)).toFixed(3)),
    },
  };
  console.log(JSON.stringify(result, null, 2));
  writeResult("boot", result);
  await app.close();
}

runBenchmark(main);
