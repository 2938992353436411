/**
 * hotPathQuery reads what $queryRaw reads: the gateway's device read and activation statement
 * moved to it must not change a value (timestamps above all: they are stored as UTC without a
 * zone, and node-postgres would read them in the process's time zone).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db, hotPathQuery } from "@/server/db";

const row = Prisma.sql`
  SELECT '2026-01-02 03:04:05.678'::timestamp(3) AS "at", 7::int AS "count", 'active'::"DeviceStatus" AS "status",
         ARRAY['a', 'b']::text[] AS "tags", ARRAY[12.5]::float8[] AS "steps", true AS "flag", NULL::text AS "none"`;

describe("hotPathQuery", () => {
  // A zone far from UTC (Node applies a change of TZ at once), so a timestamp read in local time shows.
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = "Asia/Shanghai";
  });
  afterAll(() => {
    process.env.TZ = zone;
  });

  it("reads the same values as $queryRaw, timestamps as UTC", async () => {
    const [fast] = await hotPathQuery<Record<string, unknown>>(db, "hot-path-query-test-row", row);
    const [prisma] = await db.$queryRaw<Record<string, unknown>[]>(row);
    expect(fast).toEqual(prisma);
    expect((fast!.at as Date).toISOString()).toBe("2026-01-02T03:04:05.678Z");
  });

  it("runs on the transaction's connection inside an interactive transaction", async () => {
    const seen = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL application_name = 'hot-path-query-test'`;
      return hotPathQuery<{ name: string }>(tx, "hot-path-query-test-setting", Prisma.sql`SELECT current_setting('application_name') AS name`);
    });
    expect(seen[0]!.name).toBe("hot-path-query-test");
  });
});
