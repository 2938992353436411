import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { bucketStart, type BucketResolution } from "@/shared/time-buckets";
import { schemaMessage } from "@/shared/schema-message";
import { HOUR_MS, DAY_MS } from "@/shared/time";

export type Resolution = BucketResolution;
/** The longest range a chart may ask for. */
const MAX_RANGE_MS = 400 * DAY_MS;

/** Filters every fleet chart accepts. Times are ISO strings; the range is [from, to). */
export const ZFleetFilters = z
  .object({
    from: z.coerce.date(),
    to: z.coerce.date(),
    skuId: z.string().min(1).max(64).optional(),
    firmware: z.string().min(1).max(64).optional(),
    agentId: z.string().max(64).optional(),
    configVersion: z.number().int().min(1).optional(),
  })
  .refine((f) => f.to > f.from, { ...schemaMessage("The end of the range must be after its start"), path: ["to"] })
  .refine((f) => f.to.getTime() - f.from.getTime() <= MAX_RANGE_MS, { ...schemaMessage("A range may span at most 400 days"), path: ["from"] });
export type FleetFilters = z.infer<typeof ZFleetFilters>;

export const ZKind = z.enum(["voice", "video"]);
export type Kind = z.infer<typeof ZKind>;

export { SLO_MS } from "@/shared/slo";

/** Finest stored resolution that keeps a chart within a few hundred points. */
export function resolutionFor(filters: Pick<FleetFilters, "from" | "to">): Resolution {
  const span = filters.to.getTime() - filters.from.getTime();
  if (span <= 6 * HOUR_MS) return "minute";
  if (span <= 8 * DAY_MS) return "hour";
  return "day";
}

/** The range widened to whole buckets of the resolution, so the first and last points are complete. */
export function bucketRange(filters: Pick<FleetFilters, "from" | "to">, resolution: Resolution) {
  return { from: new Date(bucketStart(filters.from.getTime(), resolution)), to: filters.to };
}

/**
 * The range a time series covers, as its response states it: charts span all of it and
 * leave the buckets without data empty (gaps), instead of starting at the first data point.
 */
export function seriesRange(filters: Pick<FleetFilters, "from" | "to">, resolution: Resolution) {
  const { from, to } = bucketRange(filters, resolution);
  return { from: from.toISOString(), to: to.toISOString() };
}

/**
 * SQL conditions selecting the series (a "TelemetrySeries" row aliased `se`) of a chart: the
 * caller's organization — so another organization's SKU id simply matches nothing — the
 * kind when given, and the optional filters.
 */
export function seriesConditions(orgId: string, filters: FleetFilters, kind?: Kind): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`se."orgId" = ${orgId}`];
  if (kind) parts.push(Prisma.sql`se.kind = ${kind}::"InteractionKind"`);
  if (filters.skuId) parts.push(Prisma.sql`se."skuId" = ${filters.skuId}`);
  if (filters.firmware) parts.push(Prisma.sql`se.firmware = ${filters.firmware}`);
  if (filters.agentId !== undefined) parts.push(Prisma.sql`se."agentId" = ${filters.agentId}`);
  if (filters.configVersion) parts.push(Prisma.sql`se."configVersion" = ${filters.configVersion}`);
  return Prisma.join(parts, " AND ");
}

/**
 * Whether the filters are at most a SKU (the same tests as `seriesConditions`): such charts
 * can read the end-to-end histograms pre-merged per SKU and per organization.
 */
export function filtersAtMostSku(filters: FleetFilters): boolean {
  return !filters.firmware && filters.agentId === undefined && !filters.configVersion;
}

/** What the filter menus offer: SKUs, firmware versions, agents and config versions seen in the last 90 days. */
export async function filterOptions(db: Db, orgId: string) {
  const since = new Date(Date.now() - 90 * DAY_MS);
  const rows = await db.$queryRaw<{ skuId: string; firmware: string; agentId: string; configVersion: number }[]>`
    SELECT DISTINCT se."skuId", se.firmware, se."agentId", se."configVersion" FROM "TelemetrySeries" se
    WHERE se."orgId" = ${orgId}
      AND EXISTS (SELECT 1 FROM "TelemetryRollup" r WHERE r."seriesId" = se.id AND r.resolution = 'day' AND r."bucketStart" >= ${since})`;
  const skus = await db.sku.findMany({ where: { orgId }, select: { id: true, name: true, code: true }, orderBy: { name: "asc" } });
  const distinct = <T>(values: T[]) => [...new Set(values)].sort();
  return {
    skus: skus.map((s) => ({ id: s.id, label: `${s.name} (${s.code})` })),
    firmwares: distinct(rows.map((r) => r.firmware)),
    agents: distinct(rows.map((r) => r.agentId)),
    configVersions: distinct(rows.map((r) => r.configVersion)).sort((a, b) => a - b),
  };
}
