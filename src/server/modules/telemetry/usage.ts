import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { bucketRange, resolutionFor, seriesConditions, seriesRange, type FleetFilters } from "./filters";
import { DAY_MS } from "@/shared/time";

export const ZUsageSplit = z.enum(["none", "sku", "agent"]).default("none");

type UsageRow = { t: Date; key: string; interactions: bigint; minutes: number; inputTokens: bigint; outputTokens: bigint };

/** Interactions, minutes and tokens per bucket, optionally split by SKU or agent (transparency, not billing). */
export async function usageSeries(db: Db, orgId: string, filters: FleetFilters, split: z.infer<typeof ZUsageSplit>) {
  const resolution = resolutionFor(filters);
  const { from, to } = bucketRange(filters, resolution);
  const key = { none: Prisma.sql`''`, sku: Prisma.sql`se."skuId"`, agent: Prisma.sql`se."agentId"` }[split];
  const rows = await db.$queryRaw<UsageRow[]>`
    SELECT r."bucketStart" AS t, ${key} AS key, sum(interactions)::bigint AS interactions, (sum("durationMs") / 60000.0)::float8 AS minutes,
      sum("inputTokens")::bigint AS "inputTokens", sum("outputTokens")::bigint AS "outputTokens"
    FROM "TelemetryRollup" r JOIN "TelemetrySeries" se ON se.id = r."seriesId"
    WHERE ${seriesConditions(orgId, filters)} AND r.resolution = ${resolution}::"RollupResolution" AND r."bucketStart" >= ${from} AND r."bucketStart" < ${to}
    GROUP BY 1, 2 ORDER BY 1, 2`;
  const points = rows.map((r) => ({ t: r.t.toISOString(), key: r.key, interactions: Number(r.interactions), minutes: Math.round(r.minutes * 10) / 10, inputTokens: Number(r.inputTokens), outputTokens: Number(r.outputTokens) }));
  const totals = points.reduce((sum, p) => ({ interactions: sum.interactions + p.interactions, minutes: sum.minutes + p.minutes, inputTokens: sum.inputTokens + p.inputTokens, outputTokens: sum.outputTokens + p.outputTokens }), { interactions: 0, minutes: 0, inputTokens: 0, outputTokens: 0 });
  return { resolution, range: seriesRange(filters, resolution), split, points, totals: { ...totals, minutes: Math.round(totals.minutes) } };
}

type TotalsRow = { buckets: bigint; interactions: bigint | null; minutes: number | null; inputTokens: bigint | null; outputTokens: bigint | null };

/**
 * The same totals over the window of the same length just before the range (same filters and
 * resolution), for "+12 % vs previous 7 days": one query for the whole set of totals; null
 * when nothing was reported in that window.
 */
export async function previousUsageTotals(db: Db, orgId: string, filters: FleetFilters) {
  const resolution = resolutionFor(filters);
  const range = bucketRange(filters, resolution);
  const length = range.to.getTime() - range.from.getTime();
  const previous = { from: new Date(range.from.getTime() - length), to: range.from };
  const [row] = await db.$queryRaw<TotalsRow[]>`
    SELECT count(*)::bigint AS buckets, sum(interactions)::bigint AS interactions, (sum("durationMs") / 60000.0)::float8 AS minutes,
      sum("inputTokens")::bigint AS "inputTokens", sum("outputTokens")::bigint AS "outputTokens"
    FROM "TelemetryRollup" r JOIN "TelemetrySeries" se ON se.id = r."seriesId"
    WHERE ${seriesConditions(orgId, filters)} AND r.resolution = ${resolution}::"RollupResolution" AND r."bucketStart" >= ${previous.from} AND r."bucketStart" < ${previous.to}`;
  const totals =
    row && Number(row.buckets) > 0
      ? { interactions: Number(row.interactions ?? 0), minutes: Math.round(row.minutes ?? 0), inputTokens: Number(row.inputTokens ?? 0), outputTokens: Number(row.outputTokens ?? 0) }
      : null;
  // Named by the range as asked ("previous 7 days"), not widened to whole buckets.
  const asked = filters.to.getTime() - filters.from.getTime();
  return { range: { from: new Date(filters.from.getTime() - asked).toISOString(), to: filters.from.toISOString() }, totals };
}

const utcDay = (date: Date) => new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);

/** Devices that reported at least one interaction, per day, and over the 30 days ending at the range's end (monthly active). */
export async function activeDevices(db: Db, orgId: string, filters: Pick<FleetFilters, "from" | "to" | "skuId">) {
  const from = utcDay(filters.from);
  const sku = filters.skuId ? Prisma.sql`AND "skuId" = ${filters.skuId}` : Prisma.empty;
  const daily = await db.$queryRaw<{ day: Date; devices: bigint }[]>`
    SELECT day, count(*)::bigint AS devices FROM "DeviceActivityDay"
    WHERE "orgId" = ${orgId} AND day >= ${from}::date AND day < ${filters.to}::date + 1 ${sku}
    GROUP BY 1 ORDER BY 1`;
  const monthStart = new Date(filters.to.getTime() - 30 * DAY_MS);
  const [monthly] = await db.$queryRaw<{ devices: bigint }[]>`
    SELECT count(DISTINCT "deviceId")::bigint AS devices FROM "DeviceActivityDay"
    WHERE "orgId" = ${orgId} AND day > ${monthStart}::date AND day < ${filters.to}::date + 1 ${sku}`;
  return { daily: daily.map((d) => ({ day: d.day.toISOString().slice(0, 10), devices: Number(d.devices) })), monthlyActive: Number(monthly?.devices ?? 0) };
}

export const ZTopDevicesInput = z.object({ page: z.number().int().min(1).max(10_000).default(1), pageSize: z.number().int().min(5).max(100).default(10) });

/** Devices ranked by interactions over the range (days), with their serial and SKU; paginated. */
export async function topDevices(db: Db, orgId: string, filters: Pick<FleetFilters, "from" | "to" | "skuId">, page: z.infer<typeof ZTopDevicesInput>) {
  const from = utcDay(filters.from);
  const sku = filters.skuId ? Prisma.sql`AND a."skuId" = ${filters.skuId}` : Prisma.empty;
  const rows = await db.$queryRaw<{ deviceId: string; serial: string; skuName: string; interactions: bigint; minutes: number; tokens: bigint; total: bigint }[]>`
    SELECT a."deviceId", d.serial, s.name AS "skuName", sum(a.interactions)::bigint AS interactions, (sum(a."durationMs") / 60000.0)::float8 AS minutes,
      sum(a."inputTokens" + a."outputTokens")::bigint AS tokens, count(*) OVER ()::bigint AS total
    FROM "DeviceActivityDay" a JOIN "Device" d ON d.id = a."deviceId" JOIN "Sku" s ON s.id = a."skuId"
    WHERE a."orgId" = ${orgId} AND a.day >= ${from}::date AND a.day < ${filters.to}::date + 1 ${sku}
    GROUP BY a."deviceId", d.serial, s.name
    ORDER BY interactions DESC, a."deviceId"
    LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`;
  return {
    items: rows.map((r) => ({ deviceId: r.deviceId, serial: r.serial, skuName: r.skuName, interactions: Number(r.interactions), minutes: Math.round(r.minutes * 10) / 10, tokens: Number(r.tokens) })),
    total: Number(rows[0]?.total ?? 0),
    page: page.page,
    pageSize: page.pageSize,
  };
}

/** Seats used and total at the end of each day of the range, replayed from the license ledger. */
export async function utilizationSeries(db: Db, orgId: string, filters: Pick<FleetFilters, "from" | "to">) {
  const rows = await db.$queryRaw<{ day: Date; total: bigint; used: bigint }[]>`
    WITH days AS (SELECT generate_series(${utcDay(filters.from)}::date, ${filters.to}::date, interval '1 day')::date AS day)
    SELECT d.day,
      coalesce((SELECT sum("totalDelta") FROM "LicenseLedgerEntry" WHERE "orgId" = ${orgId} AND "createdAt" < d.day + 1), 0)::bigint AS total,
      coalesce((SELECT sum("usedDelta") FROM "LicenseLedgerEntry" WHERE "orgId" = ${orgId} AND "createdAt" < d.day + 1), 0)::bigint AS used
    FROM days d ORDER BY d.day`;
  return rows.map((r) => ({ day: r.day.toISOString().slice(0, 10), seatsTotal: Number(r.total), seatsUsed: Number(r.used) }));
}

/** The usage page's series and totals, with the previous window's totals beside them (the two queries run together). */
export async function usageWithPrevious(db: Db, orgId: string, filters: FleetFilters, split: z.infer<typeof ZUsageSplit>) {
  const [series, previous] = await Promise.all([usageSeries(db, orgId, filters, split), previousUsageTotals(db, orgId, filters)]);
  return { ...series, previous };
}
