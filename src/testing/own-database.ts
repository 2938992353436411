import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/server/db";
import { EMBEDDED_POOL_SIZE, startEmbeddedDatabase } from "../../scripts/lib/embedded-db";
import { createFreshDatabase, dropDatabase } from "../../scripts/lib/fresh-database";
import { migrate } from "../../scripts/lib/run";

/**
 * A freshly migrated database for one test file, of the run's kind (a new database on the
 * PostgreSQL server, or a throwaway embedded one): for tests whose changes would disturb the
 * files running in parallel on the shared one (dropping partitions, a clock days ahead).
 */
export async function ownDatabase(prefix: string): Promise<{ db: Db; close: () => Promise<void> }> {
  if (inject("databaseKind") === "pglite") {
    const embedded = await startEmbeddedDatabase({ dir: "memory://" });
    await migrate(embedded.url);
    const db = createPrismaClient(embedded.url, { max: EMBEDDED_POOL_SIZE });
    return { db, close: async () => (await db.$disconnect(), await embedded.stop()) };
  }
  const url = await createFreshDatabase(inject("databaseUrl"), prefix);
  await migrate(url);
  const db = createPrismaClient(url);
  return { db, close: async () => (await db.$disconnect(), await dropDatabase(url)) };
}
