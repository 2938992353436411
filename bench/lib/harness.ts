/** Shared helpers for benchmarks: a fresh database, timing, medians, result files. */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { startEmbeddedDatabase } from "../../scripts/lib/embedded-db";
import { createFreshDatabase, dropDatabase } from "../../scripts/lib/fresh-database";
import { migrate } from "../../scripts/lib/run";

/** A fresh, migrated database (on DATABASE_URL's server, else embedded) and its teardown. */
async function freshBenchDatabase(): Promise<{ url: string; kind: string; close: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (base) {
    const url = await createFreshDatabase(base, "anima_bench");
    await migrate(url);
    return { url, kind: "postgresql", close: () => dropDatabase(url) };
  }
  const embedded = await startEmbeddedDatabase({ dir: "memory://" });
  // One PGlite session for every connection: named statements would collide (src/server/db.ts).
  process.env.DATABASE_PREPARED_STATEMENTS = "off";
  await migrate(embedded.url);
  return { url: embedded.url, kind: "pglite (embedded)", close: embedded.stop };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** Writes bench/results/<name>.json and prints a one-line summary. */
export function writeResult(name: string, result: Record<string, unknown>): void {
  // BENCH_RESULTS_DIR: where to write (the smoke test writes elsewhere, not over the recorded figures).
  const dir = process.env.BENCH_RESULTS_DIR ?? path.join("bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ name, at: new Date().toISOString(), node: process.version, machine: `${cpus().length} cores`, ...result }, null, 2)}\n`);
  console.log(`wrote ${file}`);
}

/**
 * A fresh database with the app's modules pointed at it, and a helper that creates an
 * organization with one SKU through the modules (the way users do).
 */
export async function benchApp() {
  const database = await freshBenchDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DEVICE_SECRET_KEY ??= "bench-device-secret-key-0123456789abcdef";
  process.env.SIGNING_KEY_SECRET ??= "bench-signing-key-secret-0123456789abcdef";
  process.env.LOG_LEVEL = "error";
  // Seeding shares the machine with load generators: a slow connect is not a failure here.
  process.env.DATABASE_CONNECT_TIMEOUT_MS ??= "30000";
  // Imported only now: the modules read DATABASE_URL when they load.
  const { db } = await import("@/server/db");
  const { createOrganization } = await import("@/server/modules/organizations/organizations");
  const { createSku } = await import("@/server/modules/skus/skus");
  const { makeSamplePartitions } = await import("@/server/modules/telemetry/partitions");
  // As the worker does when it starts: samples go to their day's partition, as in production.
  await makeSamplePartitions(db, 7);
  const owner = await db.user.create({ data: { email: "bench@example.test" } });
  const actor = { type: "system", label: "bench" } as const;

  const createSkuOf = (orgId: string, code: string, name = code) =>
    createSku(db, orgId, actor, { name, code, kind: "toy", capabilities: { camera: false, mic: true, speaker: true, screen: false } });
  async function orgWithSku(name: string, code: string) {
    const org = await createOrganization(db, owner.id, { name });
    return { org, sku: await createSkuOf(org.id, code, name) };
  }
  const close = async () => {
    await db.$disconnect();
    await database.close();
  };
  return { database, db, actor, orgWithSku, createSku: createSkuOf, close };
}

/** Runs a benchmark's main and exits: 0 when done (open handles must not keep it alive), 1 on failure. */
export function runBenchmark(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
