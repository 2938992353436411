/**
 * The benchmarks at tiny sizes, so the harness cannot rot between benchmark runs: each
 * one runs end to end (fresh database, real gateway process, load generator) and writes
 * its result file — to a temporary directory, never over the recorded figures.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";
import { SERVER_CONDITIONS } from "../scripts/lib/run";
import { writeSummary } from "./lib/summary";

const exec = promisify(execFile);
const results = mkdtempSync(path.join(tmpdir(), "anima-bench-smoke-"));
afterAll(() => rmSync(results, { recursive: true, force: true }));

const TINY = { BENCH_DURATION_S: "1", BENCH_ROUNDS: "1", BENCH_DEVICES: "50", BENCH_COLD_DEVICES: "300", BENCH_NEW_DEVICES: "300", TELEMETRY_SAMPLES: "5000", BENCH_QUERY_RUNS: "2", STORM_DEVICES: "200", STORM_BASELINE_S: "1", STORM_DURATION_S: "2", STORM_CONNECTIONS: "64", CONVERGENCE_DEVICES: "200", CONVERGENCE_BASELINE_DEVICES: "50" };

async function bench(part: string) {
  // The benchmarks make their own database on the test run's PostgreSQL server.
  await exec("node_modules/.bin/tsx", [SERVER_CONDITIONS, `bench/${part}.ts`], { env: { ...process.env, ...TINY, DATABASE_URL: inject("databaseUrl"), BENCH_RESULTS_DIR: results }, timeout: 150_000 });
  return JSON.parse(readFileSync(path.join(results, `${part}.json`), "utf8")) as Record<string, unknown>;
}

// The telemetry benchmarks' bulk generation and COPY need a real PostgreSQL server (CI has one).
describe.skipIf(inject("databaseKind") !== "postgresql")("benchmark harness (tiny sizes)", () => {
  it("boot: baselines and boots answer, ratios are computed", { timeout: 180_000 }, async () => {
    const result = (await bench("boot")) as { scenarios: Record<string, { rps: number; errors: number }>; ratios: Record<string, number>; activations: { firstBoots: number; oneSeatPerActivatedDevice: boolean } };
    for (const name of ["bareHttpEcho", "trpcEcho", "steadyBoot", "rolloutBoot", "coldBoot", "activationBoot", "refresh", "wrongSecretBoot", "unknownBoot"]) {
      expect(result.scenarios[name]!.rps).toBeGreaterThan(0);
      expect(result.scenarios[name]!.errors).toBe(0);
    }
    expect(result.ratios.bootVsTrpcEcho).toBeGreaterThan(0);
    expect(result.ratios.rolloutBootVsSteadyBoot).toBeGreaterThan(0);
    expect(result.activations.firstBoots).toBeGreaterThan(0);
    expect(result.activations.oneSeatPerActivatedDevice).toBe(true);
  });

  it("storm: a baseline, then an open-loop overload that is accepted or shed, never failed", { timeout: 120_000 }, async () => {
    const result = (await bench("storm")) as { baseline: { rps: number }; storm: { accepted: { count: number }; shed429: { count: number }; serverErrors: number; timeouts: number }; criteria: Record<string, { pass: boolean }> };
    expect(result.baseline.rps).toBeGreaterThan(0);
    expect(result.storm.accepted.count + result.storm.shed429.count).toBeGreaterThan(0);
    // The latency and memory criteria mean nothing at tiny sizes on a busy machine; these hold always.
    expect(result.storm.serverErrors).toBe(0);
    expect(result.storm.timeouts).toBe(0);
    expect(Object.keys(result.criteria)).toEqual(expect.arrayContaining(["acceptedP99", "fastShed", "jitteredRetryAfter", "boundedMemory"]));
  });

  it("convergence: a fleet booting at once all boots, one seat each", { timeout: 120_000 }, async () => {
    type Criterion = { pass: boolean };
    const result = (await bench("convergence")) as { booted: number; devices: number; criteria: Record<"allBooted" | "oneSeatEach" | "noServerErrors" | "convergedInTime", Criterion> };
    expect(result.booted).toBe(200);
    expect(result.criteria.allBooted.pass).toBe(true);
    expect(result.criteria.oneSeatEach.pass).toBe(true);
    expect(result.criteria.noServerErrors.pass).toBe(true);
    // Judged at full size only (a 200-device fleet converges in less time than a retry takes).
    expect(result.criteria.convergedInTime).toHaveProperty("targetSeconds");
  });

  it("ingest: reportTelemetry against COPY of the same rows", { timeout: 180_000 }, async () => {
    const result = (await bench("ingest")) as { samplesPerSecond: number; ratioToCopy: number };
    expect(result.samplesPerSecond).toBeGreaterThan(0);
    expect(result.ratioToCopy).toBeGreaterThan(0);
  });

  it("dashboards: chart queries on rolled-up samples against percentile_cont", { timeout: 180_000 }, async () => {
    const result = (await bench("dashboards")) as { samples: number; queries: Record<string, { medianMs: number }>; baselineRawPercentileContMs: number };
    expect(result.samples).toBe(5000);
    expect(Object.keys(result.queries)).toContain("latency 30 d (voice, daily points)");
    expect(result.baselineRawPercentileContMs).toBeGreaterThanOrEqual(0);
  });

  it("summary: one Markdown section per result file", () => {
    const summary = readFileSync(writeSummary(results), "utf8");
    for (const part of ["boot", "storm", "convergence", "ingest", "dashboards"]) expect(summary).toContain(`## ${part}\n`);
    expect(summary).toMatch(/\| scenarios\.steadyBoot\.rps \| [\d,]+ \|/);
  });
});
