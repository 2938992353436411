import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "@/generated/prisma/client";
import { env, onEmbeddedDatabase } from "./env";

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

/**
 * Each client's pool, for hotPathQuery, and whether it may name statements: not where
 * DATABASE_PREPARED_STATEMENTS is off, nor on the embedded database, whose wire server runs every
 * connection in one PGlite session (a name prepared by one connection would exist for the next).
 */
const pools = new WeakMap<object, { pool: pg.Pool; prepare: boolean }>();

/** A Prisma client on a pool of its own: the app has the one `db` below; tests make others (e.g. through a fault-injecting proxy). */
export function createPrismaClient(connectionString: string, options: PoolOptions = {}): PrismaClient {
  const pool = createPool(connectionString, options);
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  const embedded = onEmbeddedDatabase({ DATABASE_URL: connectionString, ANIMA_EMBEDDED_DATABASE_URL: env.ANIMA_EMBEDDED_DATABASE_URL });
  pools.set(client, { pool, prepare: env.DATABASE_PREPARED_STATEMENTS === "on" && !embedded });
  return client;
}

/** `timestamp` columns hold UTC without a zone (as Prisma writes them): read them as UTC, whatever the process's time zone. */
const TIMESTAMP_OID = 1114;
const parseUtcTimestamp = (text: string) => new Date(`${text.replace(" ", "T")}Z`);
const hotPathTypes = { getTypeParser: (oid: number, format?: "text" | "binary") => (oid === TIMESTAMP_OID ? parseUtcTimestamp : pg.types.getTypeParser(oid, format)) } as pg.CustomTypesConfig;

/**
 * A raw query run straight on the client's pool, for the gateway's per-device statements only
 * (the device read of a cold or first boot, the activation group). Two costs go:
 * - Prisma builds and interprets a plan for every query, raw ones too: 158 µs of gateway CPU per
 *   point query against 45 µs on the pool (docs/performance.md).
 * - `name` makes it a prepared statement (per connection, reused): PostgreSQL plans it once
 *   instead of on every call. Planning the device read (four tables, Device's many indexes) cost
 *   0.39 ms of database CPU per boot, four times its execution. (A pooler in transaction mode
 *   must support prepared statements: PgBouncer ≥ 1.21 with max_prepared_statements.)
 * Same connections, same errors (node-postgres'), so the gateway maps failures as before. Inside
 * an interactive transaction (`db` is then its client) it runs through Prisma, on the
 * transaction's connection. Results come as node-postgres parses them: int4 → number, int8 →
 * string (cast counts to int); pass times as ISO strings cast in SQL (node-postgres would send a
 * Date in local time).
 */
export async function hotPathQuery<T>(db: DbTx, name: string, query: Prisma.Sql): Promise<T[]> {
  const target = pools.get(db);
  if (!target) return db.$queryRaw<T[]>(query);
  const result = await target.pool.query<T & pg.QueryResultRow>({ name: target.prepare ? name : undefined, text: query.text, values: query.values, types: hotPathTypes });
  return result.rows;
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
