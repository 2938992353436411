/** Child processes of benchmarks: the real gateway (capacity or production settings) and helpers to wait for, watch and stop them. */
import { execFileSync, fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { SERVER_CONDITIONS } from "../../scripts/lib/run";

/** Forks a TypeScript script; resolves when it sends its first IPC message ("ready"). */
export function startChild(script: string, env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], { env: { ...process.env, ...env }, execArgv: ["--import", "tsx", SERVER_CONDITIONS], stdio: "inherit" });
    process.once("exit", () => child.kill());
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

/**
 * The gateway process on `port`. Measuring capacity (the default), load shedding and rate
 * limits are off; `{ shedding: "production" }` keeps the guard at its defaults (the storm and
 * convergence benchmarks measure it) — the per-IP and per-device limits (failed boots included)
 * stay off in both, since all load comes from 127.0.0.1 and it is the guard, not them, that must shed.
 * BENCH_CPU_PROF=<dir> writes its CPU profile.
 */
export async function startGateway(port: number, databaseUrl: string, { shedding = "off", cpu }: { shedding?: "off" | "production"; cpu?: number } = {}): Promise<ChildProcess> {
  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: "20",
    DEVICE_GATEWAY_PORT: String(port),
    LOG_LEVEL: "error",
    GATEWAY_IP_RATE_PER_SECOND: "10000000",
    GATEWAY_DEVICE_RATE_PER_MINUTE: "10000000",
    GATEWAY_FAILED_AUTH_PER_IP_PER_MINUTE: "10000000",
    GATEWAY_FAILED_AUTH_PER_DEVICE_PER_HOUR: "10000000",
    ...(shedding === "off" ? { GATEWAY_MAX_LAG_MS: "100000", GATEWAY_MAX_IN_FLIGHT: "100000", GATEWAY_TARGET_LATENCY_MS: "Infinity" } : {}),
  };
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const gateway = fork("scripts/gateway.ts", [], { env: { ...process.env, ...env }, execArgv: ["--import", "tsx", SERVER_CONDITIONS, ...profile], stdio: "inherit" });
  // A benchmark that fails must not leave its gateway holding the port.
  process.once("exit", () => gateway.kill());
  if (cpu !== undefined) pinToCpu(gateway.pid!, cpu);
  await waitForHttp(`http://127.0.0.1:${port}/readyz`);
  return gateway;
}

/**
 * CPU time a process has used so far, in µs (user + system, from /proc; Linux only). Read around a
 * load run, it gives CPU per answered request: a figure that shared, noisy machines disturb far
 * less than throughput (other tenants' load delays a request but does not add to its CPU).
 */
export function cpuMicros(pid: number): number {
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in clock ticks (100 per second).
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/** The resident memory of a process in MB (VmRSS from /proc; Linux only). */
function residentMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Math.round(Number(kb) / 1024);
}

/** Samples a process's resident memory every second until the returned stop is called. */
export function sampleResidentMemory(pid: number) {
  const samples = [residentMb(pid)];
  const timer = setInterval(() => samples.push(residentMb(pid)), 1000);
  return {
    stop() {
      clearInterval(timer);
      samples.push(residentMb(pid));
      return { startMb: samples[0]!, maxMb: Math.max(...samples), endMb: samples.at(-1)!, perSecondMb: samples };
    },
  };
}

export function stopChildren(children: ChildProcess[]): Promise<unknown> {
  return Promise.all(children.map((child) => new Promise((resolve) => child.once("exit", resolve).kill("SIGTERM"))));
}

/**
 * Pins the load generator (this process, every thread) to CPU 0 and returns the CPU for the
 * gateway (1), so that on a shared 2-core machine the two do not take each other's core and
 * a figure measures the gateway (PostgreSQL, on its own host in production, stays unpinned).
 * Undefined — the run goes on unpinned — with BENCH_PIN=off, one CPU, or no `taskset`.
 */
export function pinLoadGenerator(): number | undefined {
  if (process.env.BENCH_PIN === "off" || cpus().length < 2) return undefined;
  return pinToCpu(process.pid, 0) ? 1 : undefined;
}

/** How a run was pinned, for its result file. */
export const pinning = (gatewayCpu: number | undefined) =>
  gatewayCpu === undefined ? "none" : `load generator on CPU 0, gateway on CPU ${gatewayCpu} (taskset); PostgreSQL unpinned`;

/** Pins every thread of a process (its thread pool too) to one CPU with `taskset` (util-linux); false when it cannot. */
function pinToCpu(pid: number, cpu: number): boolean {
  try {
    execFileSync("taskset", ["-a", "-cp", String(cpu), String(pid)], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
