/** `npm run bench [-- <part>]`: runs every benchmark, or the named ones. */
import { run } from "../scripts/lib/run";

const PARTS: Record<string, string> = {
  register: "bench/register-devices.ts",
  devices: "bench/device-list.ts",
  boot: "bench/boot.ts",
  telemetry: "bench/telemetry.ts",
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
    await run("node_modules/.bin/tsx", [PARTS[part]!]);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
