import "server-only";
import type { Db } from "@/server/db";
import { DAY_MS } from "@/shared/time";
import { TREND_WINDOW_DAYS, USAGE_WINDOW_DAYS, type PaidOrder, type SkuFacts } from "./economics-math";

/** The last 30 full UTC days before `now` (today excluded: it is not over), as [from, to) days. */
export function usageWindow(now: Date) {
  const to = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  return { from: new Date(to.getTime() - USAGE_WINDOW_DAYS * DAY_MS), to };
}

/**
 * The organization's paid orders in `currency` with their seat terms (as bought), and how many
 * paid orders are in other currencies (left out: their prices do not add up with these).
 */
export async function paidOrders(db: Db, orgId: string, currency: string): Promise<{ orders: PaidOrder[]; otherCurrencies: number }> {
  const rows = await db.order.findMany({
    where: { orgId, paidAt: { not: null } },
    select: { seats: true, seatsRefunded: true, subtotal: true, amountTotal: true, amountRefunded: true, currency: true, termMonths: true },
  });
  const inCurrency = rows.filter((row) => row.currency === currency);
  return {
    orders: inCurrency.map(({ currency: _currency, ...order }) => order),
    otherCurrencies: rows.length - inCurrency.length,
  };
}

export type SkuRow = SkuFacts & { skuId: string; code: string; name: string; archived: boolean };

type FactsRow = { id: string; code: string; name: string; archived: boolean; devices: bigint; activations: bigint; active: bigint | null; input: bigint | null; output: bigint | null };

/**
 * Per SKU: activated devices now, first activations in the trend window, and the devices that
 * interacted and their tokens in the usage window (DeviceActivityDay, one row per device and day).
 */
export async function skuFacts(db: Db, orgId: string, now: Date): Promise<SkuRow[]> {
  const window = usageWindow(now);
  const trendFrom = new Date(now.getTime() - TREND_WINDOW_DAYS * DAY_MS);
  const rows = await db.$queryRaw<FactsRow[]>`
    SELECT s.id, s.code, s.name, s."archivedAt" IS NOT NULL AS archived,
      (SELECT count(*) FROM "Device" d WHERE d."orgId" = ${orgId} AND d."skuId" = s.id AND d.status = 'active')::bigint AS devices,
      (SELECT count(*) FROM "Device" d WHERE d."orgId" = ${orgId} AND d."skuId" = s.id AND d."activatedAt" >= ${trendFrom} AND d."activatedAt" <= ${now})::bigint AS activations,
      a.active, a.input, a.output
    FROM "Sku" s
    LEFT JOIN (
      SELECT "skuId", count(DISTINCT "deviceId")::bigint AS active, sum("inputTokens")::bigint AS input, sum("outputTokens")::bigint AS output
      FROM "DeviceActivityDay"
      WHERE "orgId" = ${orgId} AND day >= ${window.from}::date AND day < ${window.to}::date
      GROUP BY 1
    ) a ON a."skuId" = s.id
    WHERE s."orgId" = ${orgId}
    ORDER BY s.name, s.code`;
  return rows.map((row) => ({
    skuId: row.id,
    code: row.code,
    name: row.name,
    archived: row.archived,
    devices: Number(row.devices),
    activations: Number(row.activations),
    activeDevices: Number(row.active ?? 0),
    inputTokens: row.input ?? 0n,
    outputTokens: row.output ?? 0n,
  }));
}

/** The first active package in `currency` (the operator's order), for "at list price". */
export async function listPackage(db: Db, currency: string) {
  return db.licensePackage.findFirst({
    where: { active: true, currency },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { name: true, tiers: true, termMonths: true },
  });
}
