/**
 * Convergence after a power cut: CONVERGENCE_DEVICES registered devices that never booted
 * (each first boot activates and takes one of exactly that many seats) all boot at once
 * through the simulator's own code (`bootFleet`, honouring Retry-After), against the gateway
 * with its production load shedding. Measures the time until every device has booted, and
 * checks that every one did and that exactly one seat each was consumed.
 *
 * The fleet reaches the gateway through at most CONVERGENCE_CONNECTIONS connections (a
 * request-slot queue in front of fetch), the way a load balancer or NAT sits between devices
 * and gateway: one process cannot hold 20,000 sockets here (ulimit -n is 20,000 for the
 * client and for the gateway alike).
 */
import autocannon from "autocannon";
import { cpus } from "node:os";
import { bootFleet } from "../scripts/lib/virtual-fleet";
import { benchFleet, type BenchDevice } from "./lib/fleet-setup";
import { runBenchmark, writeResult } from "./lib/harness";
import { pinLoadGenerator, pinning, sampleResidentMemory, startGateway, stopChildren } from "./lib/processes";

const DEVICES = Number(process.env.CONVERGENCE_DEVICES ?? 20_000);
const CONNECTIONS = Number(process.env.CONVERGENCE_CONNECTIONS ?? 512);
/** Firmware retries for good; a bound only so that a broken gateway ends the run. */
const MAX_ATTEMPTS = Number(process.env.CONVERGENCE_MAX_ATTEMPTS ?? 60);
/** Extra devices whose first boots, closed loop on the capacity gateway, give the baseline rate. */
const BASELINE_DEVICES = Number(process.env.CONVERGENCE_BASELINE_DEVICES ?? Math.max(50, Math.round(DEVICES / 10)));
const PORT = 3831;
const STEADY_SECONDS = Number(process.env.BENCH_DURATION_S ?? 10);
/** Issue 20's bar: the fleet converges within this multiple of the time at a quarter of the steady boot rate. */
const TARGET_FACTOR = 1.25;
const TARGET_SHARE_OF_STEADY = 0.25;

/** Closed-loop boots of `devices` with 64 connections against `port`: boots per second. */
async function closedLoopBoots(port: number, devices: BenchDevice[], options: { amount: number } | { duration: number }) {
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/trpc/device.boot`,
    method: "POST",
    connections: Math.min(64, devices.length), // autocannon refuses more connections than requests
    ...options,
    headers: { "content-type": "application/json" },
    requests: [
      {
        setupRequest: (request) => {
          const device = devices[next++ % devices.length]!;
          return { ...request, body: JSON.stringify({ deviceId: device.id, secret: device.secret }) };
        },
      },
    ],
  });
  return { bootsPerSecond: Math.round(result["2xx"] / result.duration), non2xx: result.non2xx };
}

/**
 * The same run's capacity, on a gateway without shedding: first boots of the baseline's own
 * devices, then steady boots of the same (now active) devices — the rate the convergence
 * target is stated in (issue 20: within 1.25 × devices ÷ (0.25 × steady boots/s)).
 */
async function capacity(devices: BenchDevice[], cpu: number | undefined) {
  const gateway = await startGateway(PORT, process.env.DATABASE_URL!, { cpu });
  const firstBoots = await closedLoopBoots(PORT, devices, { amount: devices.length });
  await closedLoopBoots(PORT, devices, { duration: 2 }); // warm-up: the devices' cache entries, JIT
  const steadyBoots = await closedLoopBoots(PORT, devices, { duration: STEADY_SECONDS });
  await stopChildren([gateway]);
  return {
    what: `first boots of ${devices.length} other devices, then their steady boots for ${STEADY_SECONDS} s; capacity gateway (no shedding), closed loop, 64 connections`,
    firstBootsPerSecond: firstBoots.bootsPerSecond,
    steadyBootsPerSecond: steadyBoots.bootsPerSecond,
    non2xx: firstBoots.non2xx + steadyBoots.non2xx,
  };
}

async function main() {
  const { app, devices: all, seatsAndActive } = await benchFleet(DEVICES + BASELINE_DEVICES, { activated: false });
  const devices = all.slice(0, DEVICES);
  const cpu = pinLoadGenerator();
  const baseline = await capacity(all.slice(DEVICES), cpu);
  const targetSeconds = Number(((TARGET_FACTOR * DEVICES) / (TARGET_SHARE_OF_STEADY * Math.max(1, baseline.steadyBootsPerSecond))).toFixed(1));
  const gateway = await startGateway(PORT, process.env.DATABASE_URL!, { shedding: "production", cpu });
  const memory = sampleResidentMemory(gateway.pid!);
  const { summary } = await bootFleet(`http://127.0.0.1:${PORT}`, devices, { connections: CONNECTIONS, maxAttempts: MAX_ATTEMPTS });
  const rss = memory.stop();
  await stopChildren([gateway]);
  // The baseline's devices booted too: every registered device, one seat each.
  const license = await seatsAndActive();

  const serverErrors = Object.entries(summary.statuses).reduce((n, [status, count]) => n + (Number(status) >= 500 ? count : 0), 0);
  const criteria = {
    allBooted: { booted: summary.booted, devices: DEVICES, pass: summary.booted === DEVICES },
    convergedInTime: { convergedSeconds: summary.convergedSeconds, targetSeconds, pass: summary.convergedSeconds <= targetSeconds },
    noServerErrors: { responses5xx: serverErrors, pass: serverErrors === 0 },
    oneSeatEach: { ...license, expected: DEVICES + BASELINE_DEVICES, pass: license.seatsUsed === DEVICES + BASELINE_DEVICES && license.active === DEVICES + BASELINE_DEVICES },
  };
  const result = {
    command: "npm run bench -- convergence",
    machine: `${cpus().length} cores`,
    database: app.database.kind,
    connections: CONNECTIONS,
    pinning: pinning(cpu),
    maxAttemptsAllowed: MAX_ATTEMPTS,
    baseline: { ...baseline, idealConvergenceSeconds: Number((DEVICES / Math.max(1, baseline.firstBootsPerSecond)).toFixed(1)) },
    target: `${TARGET_FACTOR} × ${DEVICES} devices ÷ (${TARGET_SHARE_OF_STEADY} × ${baseline.steadyBootsPerSecond} steady boots/s) = ${targetSeconds} s`,
    ...summary,
    bootsPerSecond: Math.round(summary.booted / summary.convergedSeconds),
    gatewayRssMb: { startMb: rss.startMb, maxMb: rss.maxMb, endMb: rss.endMb },
    criteria,
    pass: Object.values(criteria).every((c) => c.pass),
  };
  console.log(JSON.stringify(result, null, 2));
  writeResult("convergence", result);
  await app.close();
}

runBenchmark(main);
