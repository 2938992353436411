import type { TestProject } from "vitest/node";
import { EMBEDDED_POOL_SIZE, startEmbeddedDatabase } from "../../scripts/lib/embedded-db";
import { createFreshDatabase, dropDatabase } from "../../scripts/lib/fresh-database";
import { migrate } from "../../scripts/lib/run";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    poolSize: number;
    databaseKind: "postgresql" | "pglite";
  }
}

/** One fresh, migrated database per test run; dropped (or discarded) afterwards. */
export default async function setup(project: TestProject) {
  const baseUrl = process.env.DATABASE_URL;
  const embedded = baseUrl ? null : await startEmbeddedDatabase({ dir: "memory://" });
  const databaseUrl = baseUrl ? await createFreshDatabase(baseUrl, "anima_test") : embedded!.url;
  await migrate(databaseUrl);
  project.provide("databaseUrl", databaseUrl);
  project.provide("poolSize", embedded ? EMBEDDED_POOL_SIZE : 3);
  project.provide("databaseKind", embedded ? "pglite" : "postgresql");
  return async () => {
    if (embedded) await embedded.stop();
    else await dropDatabase(databaseUrl);
  };
}
