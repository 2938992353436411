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
import { sampleResidentMemory, startGateway, stopChildren } from "./lib/processes";

const DEVICES = Number(process.env.CONVERGENCE_DEVICES ?? 20_000);
const CONNECTIONS = Number(process.env.CONVERGENCE_CONNECTIONS ?? 512);
/** Firmware retries for good; a bound only so that a broken gateway ends the run. */
const MAX_ATTEMPTS = Number(process.env.CONVERGENCE_MAX_ATTEMPTS ?? 60);
/** Extra devices whose first boots, closed loop on the capacity gateway, give the baseline rate. */
const BASELINE_DEVICES = Number(process.env.CONVERGENCE_BASELINE_DEVICES ?? Math.max(50, Math.round(DEVICES / 10)));
const PORT = 3831;

/** First boots per second with 64 connections and no shedding: what the gateway sustains when nobody is refused. */
async function baselineFirstBoots(devices: BenchDevice[]) {
  const gateway = await startGateway(PORT, process.env.DATABASE_URL!);
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}/trpc/device.boot`,
    method: "POST",
    connections: Math.min(64, devices.length), // autocannon refuses more connections than requests
    amount: devices.length,
    headers: { "content-type": "application/json" },
    requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify({ deviceId: devices[next]!.id, secret: devices[next++]!.secret }) }) }],
  });
  await stopChildren([gateway]);
  return { what: `first boots of ${devices.length} other devices, capacity gateway (no shedding), closed loop, 64 connections`, bootsPerSecond: Math.round(result["2xx"] / result.duration), non2xx: result.non2xx, idealConvergenceSeconds: 0 };
}

async function main() {
  const { app, devices: all, seatsAndActive } = await benchFleet(DEVICES + BASELINE_DEVICES, { activated: false });
  const devices = all.slice(0, DEVICES);
  const baseline = await baselineFirstBoots(all.slice(DEVICES));
  baseline.idealConvergenceSeconds = Number((DEVICES / Math.max(1, baseline.bootsPerSecond)).toFixed(1));
  const gateway = await startGateway(PORT, process.env.DATABASE_URL!, { shedding: "production" });
  const memory = sampleResidentMemory(gateway.pid!);
  const { summary } = await bootFleet(`http://127.0.0.1:${PORT}`, devices, { connections: CONNECTIONS, maxAttempts: MAX_ATTEMPTS });
  const rss = memory.stop();
  await stopChildren([gateway]);
  // The baseline's devices booted too: every registered device, one seat each.
  const license = await seatsAndActive();

  const criteria = {
    allBooted: { booted: summary.booted, devices: DEVICES, pass: summary.booted === DEVICES },
    oneSeatEach: { ...license, expected: DEVICES + BASELINE_DEVICES, pass: license.seatsUsed === DEVICES + BASELINE_DEVICES && license.active === DEVICES + BASELINE_DEVICES },
  };
  const result = {
    command: "npm run bench -- convergence",
    machine: `${cpus().length} cores`,
    database: app.database.kind,
    connections: CONNECTIONS,
    maxAttemptsAllowed: MAX_ATTEMPTS,
    baseline,
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
