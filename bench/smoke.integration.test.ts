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

const exec = promisify(execFile);
const results = mkdtempSync(path.join(tmpdir(), "anima-bench-smoke-"));
afterAll(() => rmSync(results, { recursive: true, force: true }));

const TINY = { BENCH_DURATION_S: "1", BENCH_ROUNDS: "1", BENCH_DEVICES: "50", BENCH_COLD_DEVICES: "300", BENCH_NEW_DEVICES: "300", TELEMETRY_SAMPLES: "5000", BENCH_QUERY_RUNS: "2" };

async function bench(part: string) {
  // The benchmarks make their own database on the test run's PostgreSQL server.
  await exec("node_modules/.bin/tsx", [`bench/${part}.ts`], { env: { ...process.env, ...TINY, DATABASE_URL: inject("databaseUrl"), BENCH_RESULTS_DIR: results }, timeout: 150_000 });
  return JSON.parse(readFileSync(path.join(results, `${part}.json`), "utf8")) as Record<string, unknown>;
}

// The telemetry benchmark's bulk generation and COPY need a real PostgreSQL server (CI has one).
describe.skipIf(inject("databaseKind") !== "postgresql")("benchmark harness (tiny sizes)", () => {
  it("boot: baselines and boots answer, ratios are computed", { timeout: 180_000 }, async () => {
    const result = (await bench("boot")) as { scenarios: Record<string, { rps: number; errors: number }>; ratios: Record<string, number>; activations: { firstBoots: number; oneSeatPerActivatedDevice: boolean } };
    for (const name of ["bareHttpEcho", "trpcEcho", "steadyBoot", "coldBoot", "activationBoot", "refresh"]) {
      expect(result.scenarios[name]!.rps).toBeGreaterThan(0);
      expect(result.scenarios[name]!.errors).toBe(0);
    }
    expect(result.ratios.bootVsTrpcEcho).toBeGreaterThan(0);
    expect(result.activations.firstBoots).toBeGreaterThan(0);
    expect(result.activations.oneSeatPerActivatedDevice).toBe(true);
  });

  it("telemetry: ingest against COPY, dashboard queries against percentile_cont", { timeout: 180_000 }, async () => {
    const result = (await bench("telemetry")) as { ingest: { samplesPerSecond: number; ratioToCopy: number }; dashboards: { samples: number; queries: Record<string, { medianMs: number }>; baselineRawPercentileContMs: number } };
    expect(result.ingest.samplesPerSecond).toBeGreaterThan(0);
    expect(result.ingest.ratioToCopy).toBeGreaterThan(0);
    expect(result.dashboards.samples).toBe(5000);
    expect(Object.keys(result.dashboards.queries)).toContain("latency 30 d (voice, daily points)");
  });
});
