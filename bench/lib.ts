/** Shared helpers for benchmarks: a fresh database, timing, medians, result files. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase } from "../scripts/lib/embedded-db";
import { createFreshDatabase, dropDatabase } from "../scripts/lib/fresh-database";
import { migrate } from "../scripts/lib/run";

/** A fresh, migrated database (on DATABASE_URL's server, else embedded) and its teardown. */
export async function freshBenchDatabase(): Promise<{ url: string; kind: string; close: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (base) {
    const url = await createFreshDatabase(base, "anima_bench");
    await migrate(url);
    return { url, kind: "postgresql", close: () => dropDatabase(url) };
  }
  const embedded = await startEmbeddedDatabase({ dir: "memory://" });
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
  const dir = path.join("bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ name, at: new Date().toISOString(), node: process.version, ...result }, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
