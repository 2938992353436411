/** The end-to-end histograms pre-merged per SKU and per organization agree with the per-series ones, and filtered charts never read them. */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createOrgWithMembers } from "@/testing/factories";
import type { FleetFilters } from "./filters";
import { ingestTelemetry } from "./ingest";
import { latencyDistribution, latencySeries, latencySummary } from "./latency";
import { rollUpAll } from "./rollup";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
type Series = { skuId: string; firmware: string; configVersion: number; agentId: string; kind: "voice" | "video" };

/** Five series over two SKUs (both kinds, an unnamed agent), 40 samples each over the last 30 hours. */
async function fleet() {
  const { org } = await createOrgWithMembers();
  const series: Series[] = [
    { skuId: "sku-a", firmware: "1.0.0", configVersion: 1, agentId: "story-teller", kind: "voice" },
    { skuId: "sku-a", firmware: "1.1.0", configVersion: 2, agentId: "story-teller", kind: "voice" },
    { skuId: "sku-a", firmware: "1.1.0", configVersion: 2, agentId: "", kind: "video" },
    { skuId: "sku-b", firmware: "1.0.0", configVersion: 1, agentId: "interpreter", kind: "voice" },
    { skuId: "sku-b", firmware: "1.0.0", configVersion: 1, agentId: "", kind: "voice" },
  ];
  const now = Date.now();
  for (const [i, s] of series.entries()) {
    const samples = Array.from({ length: 40 }, (_, j) => ({
      at: new Date(now - ((j * 45 + i * 7) % (30 * 60)) * 60_000).toISOString(),
      kind: s.kind,
      e2eMs: 300 + ((j * 97 + i * 31) % 1700),
      ...(s.agentId ? { agentId: s.agentId } : {}),
    }));
    await ingestTelemetry(db, { orgId: org.id, skuId: s.skuId, deviceId: `dev-${i}`, firmware: s.firmware, configVersion: s.configVersion }, { batchId: randomUUID(), samples });
  }
  await rollUpAll(db);
  return { orgId: org.id, now };
}

describe("pre-merged end-to-end histograms", () => {
  it("hold exactly the sums of the per-series histograms, per SKU and for the whole organization", async () => {
    const { orgId } = await fleet();
    const merged = await db.$queryRaw<{ key: string }[]>`
      SELECT concat_ws('|', kind, resolution, "skuId", "bucketStart", bin, count) AS key FROM "SkuLatencyHistogram" WHERE "orgId" = ${orgId} ORDER BY 1`;
    const fromSeries = await db.$queryRaw<{ key: string }[]>`
      SELECT concat_ws('|', kind, resolution, coalesce("skuId", ''), "bucketStart", bin, sum(count)) AS key
      FROM "LatencyHistogram" h JOIN "TelemetrySeries" se ON se.id = h."seriesId"
      WHERE se."orgId" = ${orgId} AND h.metric = 'e2e' AND h.resolution IN ('hour', 'day')
      GROUP BY GROUPING SETS ((kind, resolution, "skuId", "bucketStart", bin), (kind, resolution, "bucketStart", bin)) ORDER BY 1`;
    expect(merged.length).toBeGreaterThan(0);
    expect(merged).toEqual(fromSeries);
  });

  it("charts read the level that answers their filters exactly: every count matches the samples behind it", async () => {
    const { orgId, now } = await fleet();
    const to = new Date(now + 60_000);
    // Hourly (2 days) and daily (20 days) charts read pre-merged rows when unfiltered or filtered by SKU alone.
    for (const from of [new Date(now - 2 * DAY), new Date(now - 20 * DAY)]) {
      const cases: [Partial<FleetFilters>, number][] = [
        [{}, 160], // four voice series
        [{ skuId: "sku-a" }, 80],
        [{ skuId: "sku-b" }, 80],
        [{ skuId: "sku-a", firmware: "1.1.0" }, 40],
        [{ firmware: "1.0.0" }, 120],
        [{ agentId: "" }, 40],
        [{ skuId: "sku-b", agentId: "interpreter" }, 40],
        [{ configVersion: 2 }, 40],
        [{ skuId: "other-org-sku" }, 0],
      ];
      for (const [filter, voice] of cases) {
        const filters = { from, to, ...filter };
        const series = await latencySeries(db, orgId, "voice", filters);
        expect(series.summary.count, JSON.stringify(filter)).toBe(voice);
        expect(series.points.reduce((sum, p) => sum + p.count, 0)).toBe(voice);
        const bars = await latencyDistribution(db, orgId, "voice", filters);
        expect(bars.bars.reduce((sum, b) => sum + b.count, 0)).toBe(voice);
      }
      expect((await latencySummary(db, orgId, "video", { from, to })).count).toBe(40);
      expect((await latencySummary(db, orgId, "video", { from, to, skuId: "sku-b" })).count).toBe(0);
    }
  });

  it("gives the same percentiles as merging the series (one SKU's only series, read both ways)", async () => {
    const { orgId, now } = await fleet();
    const range = { from: new Date(now - 2 * DAY), to: new Date(now + 60_000) };
    // sku-a voice is two series; filtering by its SKU reads the pre-merged rows, by SKU + config version 1 or 2 the series.
    const merged = await latencySeries(db, orgId, "voice", { ...range, skuId: "sku-a" });
    const [v1, v2] = await Promise.all([1, 2].map((configVersion) => latencySeries(db, orgId, "voice", { ...range, skuId: "sku-a", configVersion })));
    expect(merged.summary.count).toBe(v1!.summary.count + v2!.summary.count);
    // sku-b's voice series differ by agent; sku-b + firmware 1.0.0 covers both, read from the series.
    const skuB = await latencySeries(db, orgId, "voice", { ...range, skuId: "sku-b" });
    const skuBSeries = await latencySeries(db, orgId, "voice", { ...range, skuId: "sku-b", firmware: "1.0.0" });
    expect(skuB.points).toEqual(skuBSeries.points);
    expect(skuB.summary).toEqual(skuBSeries.summary);
  });
});
