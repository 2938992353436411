import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { bucketStart } from "@/shared/time-buckets";
import { binOf, binValue, binValueSql } from "./histogram";
import { bucketRange, filtersAtMostSku, resolutionFor, seriesConditions, seriesRange, SLO_MS, type FleetFilters, type Kind, type Resolution } from "./filters";

type PercentileRow = { t: Date; total: bigint; b50: number; b95: number; b99: number; under: bigint };

const round = (ms: number) => Math.round(ms);

/**
 * The end-to-end histogram rows ("bucketStart", bin, count) of a chart, from the coarsest
 * level that answers its filters exactly: hourly and daily charts filtered by nothing or by
 * the SKU alone read the rows pre-merged per organization (skuId "") or per SKU — a few
 * hundred rows per day instead of one per series and bin; other charts merge the series.
 */
function e2eHistogram(orgId: string, kind: Kind, filters: FleetFilters, resolution: Resolution): Prisma.Sql {
  const { from, to } = bucketRange(filters, resolution);
  if (resolution !== "minute" && filtersAtMostSku(filters)) {
    return Prisma.sql`(
      SELECT "bucketStart", bin, count FROM "SkuLatencyHistogram"
      WHERE "orgId" = ${orgId} AND kind = ${kind}::"InteractionKind" AND resolution = ${resolution}::"RollupResolution"
        AND "skuId" = ${filters.skuId ?? ""} AND "bucketStart" >= ${from} AND "bucketStart" < ${to})`;
  }
  // The matching series first (ARRAY(…) is evaluated once), then the histogram by its
  // primary key, which seriesId leads. Written as a join, a 7-day SKU + firmware chart took
  // 334 ms at 10 million samples; this way 68 ms (bench/dashboards.ts).
  return Prisma.sql`(
    SELECT h."bucketStart", h.bin, h.count FROM "LatencyHistogram" h
    WHERE h."seriesId" = ANY(ARRAY(SELECT se.id FROM "TelemetrySeries" se WHERE ${seriesConditions(orgId, filters, kind)}))
      AND h.metric = 'e2e' AND h.resolution = ${resolution}::"RollupResolution" AND h."bucketStart" >= ${from} AND h."bucketStart" < ${to})`;
}

/**
 * p50/p95/p99 of end-to-end latency per time bucket, and the share of interactions within
 * the kind's SLO, merged from the histogram rollups in SQL (a running sum over the bins of
 * each bucket): no raw sample leaves the database.
 */
export async function latencySeries(db: Db, orgId: string, kind: Kind, filters: FleetFilters) {
  const resolution = resolutionFor(filters);
  const sloBin = binOf(SLO_MS[kind]);
  const rows = await db.$queryRaw<PercentileRow[]>`
    WITH h AS (SELECT "bucketStart" AS t, bin, sum(count)::bigint AS c FROM ${e2eHistogram(orgId, kind, filters, resolution)} AS e2e GROUP BY 1, 2),
    w AS (SELECT t, bin, c, sum(c) OVER (PARTITION BY t ORDER BY bin) AS cum, sum(c) OVER (PARTITION BY t) AS total FROM h)
    SELECT t, max(total)::bigint AS total,
      min(bin) FILTER (WHERE cum >= 0.50 * total) AS b50,
      min(bin) FILTER (WHERE cum >= 0.95 * total) AS b95,
      min(bin) FILTER (WHERE cum >= 0.99 * total) AS b99,
      coalesce(sum(c) FILTER (WHERE bin < ${sloBin}), 0)::bigint AS under
    FROM w GROUP BY t ORDER BY t`;
  const points = rows.map((r) => ({
    t: r.t.toISOString(),
    count: Number(r.total),
    p50: round(binValue(r.b50)),
    p95: round(binValue(r.b95)),
    p99: round(binValue(r.b99)),
    withinSlo: Number(r.under) / Number(r.total),
  }));
  return { kind, sloMs: SLO_MS[kind], resolution, range: seriesRange(filters, resolution), points, summary: await latencySummary(db, orgId, kind, filters) };
}

/** The same percentiles over the whole range (one merged histogram). */
export async function latencySummary(db: Db, orgId: string, kind: Kind, filters: FleetFilters) {
  const resolution = resolutionFor(filters);
  const sloBin = binOf(SLO_MS[kind]);
  const [row] = await db.$queryRaw<Omit<PercentileRow, "t">[]>`
    WITH h AS (SELECT bin, sum(count)::bigint AS c FROM ${e2eHistogram(orgId, kind, filters, resolution)} AS e2e GROUP BY 1),
    w AS (SELECT bin, c, sum(c) OVER (ORDER BY bin) AS cum, sum(c) OVER () AS total FROM h)
    SELECT max(total)::bigint AS total,
      min(bin) FILTER (WHERE cum >= 0.50 * total) AS b50,
      min(bin) FILTER (WHERE cum >= 0.95 * total) AS b95,
      min(bin) FILTER (WHERE cum >= 0.99 * total) AS b99,
      coalesce(sum(c) FILTER (WHERE bin < ${sloBin}), 0)::bigint AS under
    FROM w`;
  if (!row?.total) return { count: 0, p50: null, p95: null, p99: null, withinSlo: null };
  const total = Number(row.total);
  return { count: total, p50: round(binValue(row.b50)), p95: round(binValue(row.b95)), p99: round(binValue(row.b99)), withinSlo: Number(row.under) / total };
}

type StageRow = { t: Date; n: bigint; e2e: bigint; fa: bigint; fac: bigint; asr: bigint; asrc: bigint; llm: bigint; llmc: bigint; tts: bigint; ttsc: bigint };

/** Mean time per stage (ASR, LLM, TTS, and the rest: network and queuing) per bucket, for a stacked chart. */
export async function stageBreakdown(db: Db, orgId: string, kind: Kind, filters: FleetFilters) {
  const resolution = resolutionFor(filters);
  const { from, to } = bucketRange(filters, resolution);
  const rows = await db.$queryRaw<StageRow[]>`
    SELECT r."bucketStart" AS t, sum(interactions)::bigint AS n, sum("e2eSumMs")::bigint AS e2e,
      sum("firstAudioSumMs")::bigint AS fa, sum("firstAudioCount")::bigint AS fac,
      sum("asrSumMs")::bigint AS asr, sum("asrCount")::bigint AS asrc, sum("llmSumMs")::bigint AS llm, sum("llmCount")::bigint AS llmc,
      sum("ttsSumMs")::bigint AS tts, sum("ttsCount")::bigint AS ttsc
    FROM "TelemetryRollup" r JOIN "TelemetrySeries" se ON se.id = r."seriesId"
    WHERE ${seriesConditions(orgId, filters, kind)} AND r.resolution = ${resolution}::"RollupResolution"
      AND r."bucketStart" >= ${from} AND r."bucketStart" < ${to}
    GROUP BY 1 ORDER BY 1`;
  const mean = (sum: bigint, n: bigint) => (n > 0n ? Number(sum) / Number(n) : 0);
  return {
    kind,
    resolution,
    range: seriesRange(filters, resolution),
    points: rows.map((r) => {
      const e2e = mean(r.e2e, r.n);
      const asr = mean(r.asr, r.asrc);
      const llm = mean(r.llm, r.llmc);
      const tts = mean(r.tts, r.ttsc);
      return { t: r.t.toISOString(), count: Number(r.n), e2e: round(e2e), firstAudio: round(mean(r.fa, r.fac)), asr: round(asr), llm: round(llm), tts: round(tts), other: round(Math.max(0, e2e - asr - llm - tts)) };
    }),
  };
}

/** Display bars of the end-to-end distribution: 100 ms wide up to 4 s, then one bar for the tail. */
const BAR_MS = 100;
const LAST_BAR_MS = 4_000;

export async function latencyDistribution(db: Db, orgId: string, kind: Kind, filters: FleetFilters) {
  const resolution = resolutionFor(filters);
  const rows = await db.$queryRaw<{ bar: number; c: bigint }[]>`
    SELECT least(floor(${Prisma.raw(binValueSql("bin"))} / ${BAR_MS})::int, ${LAST_BAR_MS / BAR_MS}) AS bar, sum(count)::bigint AS c
    FROM ${e2eHistogram(orgId, kind, filters, resolution)} AS e2e
    GROUP BY 1 ORDER BY 1`;
  const counts = new Map(rows.map((r) => [r.bar, Number(r.c)]));
  const bars = Array.from({ length: LAST_BAR_MS / BAR_MS + 1 }, (_, bar) => ({
    fromMs: bar * BAR_MS,
    toMs: bar === LAST_BAR_MS / BAR_MS ? null : (bar + 1) * BAR_MS,
    count: counts.get(bar) ?? 0,
  }));
  return { kind, sloMs: SLO_MS[kind], bars };
}

/**
 * The p95 of end-to-end latency of voice and of video over a window, in one query over the
 * organization's pre-merged hourly histograms (the window widened to whole hours, as the
 * home's own figures are): the previous period of the home's latency KPIs. null for a kind
 * without interactions in the window.
 */
export async function p95ByKind(db: Db, orgId: string, window: { from: Date; to: Date }): Promise<Record<Kind, number | null>> {
  const from = new Date(bucketStart(window.from.getTime(), "hour"));
  const to = new Date(bucketStart(window.to.getTime(), "hour"));
  const rows = await db.$queryRaw<{ kind: Kind; b95: number | null }[]>`
    WITH h AS (
      SELECT kind, bin, sum(count)::bigint AS c FROM "SkuLatencyHistogram"
      WHERE "orgId" = ${orgId} AND "skuId" = '' AND resolution = 'hour'::"RollupResolution" AND "bucketStart" >= ${from} AND "bucketStart" < ${to}
      GROUP BY 1, 2),
    w AS (SELECT kind, bin, sum(c) OVER (PARTITION BY kind ORDER BY bin) AS cum, sum(c) OVER (PARTITION BY kind) AS total FROM h)
    SELECT kind::text AS kind, min(bin) FILTER (WHERE cum >= 0.95 * total) AS b95 FROM w GROUP BY kind`;
  const p95 = (kind: Kind) => {
    const row = rows.find((r) => r.kind === kind);
    return row && row.b95 !== null ? round(binValue(row.b95)) : null;
  };
  return { voice: p95("voice"), video: p95("video") };
}

/**
 * The latency page's series and summary, with the summary of the same-length window just
 * before (same kind and filters) for "+12 % vs previous 7 days": one more query, run beside.
 */
export async function latencyWithPrevious(db: Db, orgId: string, kind: Kind, filters: FleetFilters) {
  const length = filters.to.getTime() - filters.from.getTime();
  const before = { ...filters, from: new Date(filters.from.getTime() - length), to: filters.from };
  const [series, summary] = await Promise.all([latencySeries(db, orgId, kind, filters), latencySummary(db, orgId, kind, before)]);
  return { ...series, previous: { range: { from: before.from.toISOString(), to: before.to.toISOString() }, summary } };
}
