/** `npm run bench [-- <part>]`: runs every benchmark, or the named ones, then writes bench/results/summary.md. */
import path from "node:path";
import { run, SERVER_CONDITIONS } from "../scripts/lib/run";
import { writeSummary } from "./lib/summary";

const PARTS: Record<string, string> = {
  register: "bench/register-devices.ts",
  devices: "bench/device-list.ts",
  boot: "bench/boot.ts",
  storm: "bench/storm.ts",
  convergence: "bench/convergence.ts",
  ingest: "bench/ingest.ts",
  dashboards: "bench/dashboards.ts",
};

async function main() {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((part) => !(part in PARTS));
  if (unknown.length > 0) {
    console.error(`unknown benchmark(s): ${unknown.join(", ")}; available: ${Object.keys(PARTS).join(", ")}`);
    process.exit(2);
  }
  for (const part of asked.length > 0 ? asked : Object.keys(PARTS)) {
    console.log(`── ${part}`);
    await run("node_modules/.bin/tsx", [SERVER_CONDITIONS, PARTS[part]!]);
  }
  console.log(`wrote ${writeSummary(process.env.BENCH_RESULTS_DIR ?? path.join("bench", "results"))}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
