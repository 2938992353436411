import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";

/**
 * The connection pool behind Prisma, made to survive a database that goes away and comes back:
 *
 * - `connectionTimeoutMillis`: waiting for a connection (a database that accepts TCP but never
 *   answers, or a pool whose connections are all taken) fails after DATABASE_CONNECT_TIMEOUT_MS
 *   instead of never, so a request answers 503 instead of hanging.
 * - A checked-out connection whose socket died is handed back to the pool, which discards it.
 *   When a connection drops inside an interactive transaction, Prisma's ROLLBACK on it fails
 *   and the adapter's release, which comes after the ROLLBACK, never runs: each such drop leaked
 *   one connection for good, and after DATABASE_POOL_SIZE of them (a database restart during a
 *   boot storm is enough) every query waited forever, even with the database back.
 *   (gateway-faults.integration.test.ts covers both.)
 */
type PoolOptions = { max?: number; connectTimeoutMs?: number };

function createPool(connectionString: string, { max = env.DATABASE_POOL_SIZE, connectTimeoutMs = env.DATABASE_CONNECT_TIMEOUT_MS }: PoolOptions): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: connectTimeoutMs });
  const checkedOut = new Set<pg.PoolClient>();
  pool.on("acquire", (client) => checkedOut.add(client));
  pool.on("release", (_error, client) => checkedOut.delete(client));
  pool.on("connect", (client) => {
    // Deferred, so that a holder that does release it (pool.query does) goes first.
    client.on("end", () =>
      setImmediate(() => {
        if (!checkedOut.has(client)) return;
        const release = client.release;
        client.release = () => undefined; // a late release by its holder is then a no-op, not pg-pool's double-release error
        release(new Error("database connection lost while checked out"));
      }),
    );
  });
  return pool;
}

/** A Prisma client on a pool of its own: the app has the one `db` below; tests make others (e.g. through a fault-injecting proxy). */
export function createPrismaClient(connectionString: string, options: PoolOptions = {}): PrismaClient {
  const adapter = new PrismaPg(createPool(connectionString, options), { disposeExternalPool: true });
  return new PrismaClient({ adapter });
}

function createClient() {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start Anima with `npm start`, which provides the embedded database.");
  }
  return createPrismaClient(env.DATABASE_URL);
}

export type Db = PrismaClient;
/** A client or an interactive transaction: module functions accept either. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { animaDb?: PrismaClient };

/** The one Prisma client of this process (kept across hot reloads in development). */
export const db: PrismaClient = globalForDb.animaDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.animaDb = db;
