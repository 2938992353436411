import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PgliteWireServer } from "./pglite-wire-server";

describe("PGlite wire server", () => {
  let db: PGlite;
  let server: PgliteWireServer;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await PGlite.create("memory://");
    server = new PgliteWireServer(db);
    const port = await server.listen(0);
    pool = new pg.Pool({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`, max: 6 });
    await pool.query("CREATE TABLE t (id int primary key, v text)");
  });

  afterAll(async () => {
    await pool.end();
    await server.close();
    await db.close();
  });

  it("keeps concurrent extended-protocol queries of different clients apart", async () => {
    // Different SQL texts with parameters: interleaved Parse/Bind messages would return
    // another query's shape or value.
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        pool.query(i % 2 ? `SELECT $1::int * 2 AS doubled` : `SELECT $1::text || '-x' AS tagged, $1::text AS raw`, [String(i)]),
      ),
    );
    results.forEach((result, i) => {
      expect(result.rows[0]).toEqual(i % 2 ? { doubled: i * 2 } : { tagged: `${i}-x`, raw: String(i) });
    });
  });

  it("runs a transaction alone: others wait, and its rollback undoes only its own work", async () => {
    const tx = await pool.connect();
    await tx.query("BEGIN");
    await tx.query("INSERT INTO t VALUES (1, 'in tx')");
    const outside = pool.query("INSERT INTO t VALUES (2, 'outside') RETURNING id");
    await new Promise((resolve) => setTimeout(resolve, 50));
    await tx.query("ROLLBACK");
    tx.release();
    expect((await outside).rows).toEqual([{ id: 2 }]);
    expect((await pool.query("SELECT id FROM t ORDER BY id")).rows).toEqual([{ id: 2 }]);
  });

  it("rolls back a transaction whose client disconnects, and keeps serving others", async () => {
    const client = new pg.Client({ connectionString: (pool.options as { connectionString: string }).connectionString });
    await client.connect();
    await client.query("BEGIN");
    await client.query("INSERT INTO t VALUES (3, 'abandoned')");
    const waiting = pool.query("SELECT count(*)::int AS n FROM t WHERE id = 3");
    await client.end();
    expect((await waiting).rows).toEqual([{ n: 0 }]);
  });
});
