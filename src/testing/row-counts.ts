import type { Db } from "@/server/db";

/**
 * Tables holding tenant data: every table with an `orgId` column, read from the catalog so a
 * new tenant table is counted without anyone remembering to add it here. Partitions are
 * left out (their parent counts their rows).
 */
async function tenantTables(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ table: string }[]>`
    SELECT c.relname::text AS "table"
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND a.attname = 'orgId' AND NOT a.attisdropped
    ORDER BY 1`;
  return rows.map((row) => row.table);
}

/**
 * Row counts per tenant table (audit log, ledger, devices, telemetry …) for the given
 * organizations, plus the organizations themselves: equal before and after a refused
 * request proves it wrote nothing. Scoped to the test's organizations so that other test
 * files writing to the same database at the same time cannot disturb the comparison.
 */
export async function tenantRowCounts(db: Db, orgIds: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tenantTables(db)) {
    // The table name comes from the catalog, never from input; it is quoted as an identifier.
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table.replaceAll('"', '""')}" WHERE "orgId" = ANY($1::text[])`, [...orgIds]);
    counts[table] = row?.n ?? 0;
  }
  counts.Organization = await db.organization.count({ where: { id: { in: [...orgIds] } } });
  return counts;
}
