/** Child processes of benchmarks: the real gateway (capacity settings) and helpers to wait for and stop them. */
import { fork, type ChildProcess } from "node:child_process";

/** Forks a TypeScript script; resolves when it sends its first IPC message ("ready"). */
export function startChild(script: string, env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], { env: { ...process.env, ...env }, execArgv: ["--import", "tsx"], stdio: "inherit" });
    process.once("exit", () => child.kill());
    child.once("message", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

export async function waitForHttp(url: string) {
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not come up`);
}

/**
 * The gateway process on `port`, measuring capacity: load shedding and rate limits off
 * (the storm benchmark measures shedding). BENCH_CPU_PROF=<dir> writes its CPU profile.
 */
export async function startGateway(port: number, databaseUrl: string): Promise<ChildProcess> {
  const env = {
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: "20",
    DEVICE_GATEWAY_PORT: String(port),
    LOG_LEVEL: "error",
    GATEWAY_IP_RATE_PER_SECOND: "10000000",
    GATEWAY_DEVICE_RATE_PER_MINUTE: "10000000",
    GATEWAY_MAX_LAG_MS: "100000",
    GATEWAY_MAX_IN_FLIGHT: "100000",
  };
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const gateway = fork("scripts/gateway.ts", [], { env: { ...process.env, ...env }, execArgv: ["--import", "tsx", ...profile], stdio: "inherit" });
  // A benchmark that fails must not leave its gateway holding the port.
  process.once("exit", () => gateway.kill());
  await waitForHttp(`http://127.0.0.1:${port}/readyz`);
  return gateway;
}

export function stopChildren(children: ChildProcess[]): Promise<unknown> {
  return Promise.all(children.map((child) => new Promise((resolve) => child.once("exit", resolve).kill("SIGTERM"))));
}
