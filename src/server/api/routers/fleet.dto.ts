import { z } from "zod";
import { ZKind } from "@/server/modules/telemetry/filters";
import { pageFields } from "../common.dto";

const ZResolution = z.enum(["minute", "hour", "day"]);
/** The range a time series spans (ISO, [from, to)), its first bucket's start included: charts draw all of it. */
const ZSeriesRange = z.object({ from: z.string(), to: z.string() });
/** Latencies are whole milliseconds; percentiles of an empty range are null. */
const ZMs = z.number().int();

/** One point of a sparkline: an ISO time (or day) and its value, null for a bucket without data (a gap). */
const ZSparkPoint = z.object({ t: z.string(), value: z.number().nullable() });
const ZKindKpi = z.object({ sloMs: ZMs, p95: ZMs.nullable(), count: z.number().int(), sparkline: z.array(ZSparkPoint) });

export const ZHomeKpisDto = z.object({
  /** the same figures over the 24 hours before (yesterday for active devices); null when nothing was reported then */
  previous: z.object({ activeDevices: z.number().int().nullable(), interactions: z.number().int().nullable(), voiceP95: ZMs.nullable(), videoP95: ZMs.nullable() }),
  activeDevicesToday: z.number().int(),
  activeDevicesSparkline: z.array(ZSparkPoint),
  seatsAvailable: z.number().int(),
  seatsTotal: z.number().int(),
  voice: ZKindKpi,
  video: ZKindKpi,
  interactionsToday: z.number().int(),
  interactionsSparkline: z.array(ZSparkPoint),
});

export const ZFilterOptionsDto = z.object({
  skus: z.array(z.object({ id: z.string(), label: z.string() })),
  firmwares: z.array(z.string()),
  agents: z.array(z.string()),
  configVersions: z.array(z.number().int()),
});

export const ZLatencySeriesDto = z.object({
  kind: ZKind,
  sloMs: ZMs,
  resolution: ZResolution,
  range: ZSeriesRange,
  points: z.array(z.object({ t: z.string(), count: z.number().int(), p50: ZMs, p95: ZMs, p99: ZMs, withinSlo: z.number() })),
  summary: z.object({ count: z.number().int(), p50: ZMs.nullable(), p95: ZMs.nullable(), p99: ZMs.nullable(), withinSlo: z.number().nullable() }),
});

/** The latency page's series, with the summary of the same-length window just before the range (its count 0 when nothing was reported then). */
export const ZLatencyWithPreviousDto = ZLatencySeriesDto.extend({
  previous: z.object({ range: ZSeriesRange, summary: ZLatencySeriesDto.shape.summary }),
});

export const ZStageBreakdownDto = z.object({
  kind: ZKind,
  resolution: ZResolution,
  range: ZSeriesRange,
  points: z.array(z.object({ t: z.string(), count: z.number().int(), e2e: ZMs, firstAudio: ZMs, asr: ZMs, llm: ZMs, tts: ZMs, other: ZMs })),
});

export const ZLatencyDistributionDto = z.object({
  kind: ZKind,
  sloMs: ZMs,
  /** the last bar (`toMs` null) holds the tail */
  bars: z.array(z.object({ fromMs: ZMs, toMs: ZMs.nullable(), count: z.number().int() })),
});

/** `value` first, as the procedure spreads the series after it. */
const ZCompareSide = z.object({ value: z.string(), ...ZLatencySeriesDto.shape });
export const ZCompareDto = z.object({ dimension: z.enum(["firmware", "configVersion"]), a: ZCompareSide, b: ZCompareSide });

const usageFields = { interactions: z.number().int(), minutes: z.number(), inputTokens: z.number().int(), outputTokens: z.number().int() };

export const ZUsageSeriesDto = z.object({
  resolution: ZResolution,
  range: ZSeriesRange,
  split: z.enum(["none", "sku", "agent"]),
  /** `key`: the SKU or agent id of the split, "" when not split */
  points: z.array(z.object({ t: z.string(), key: z.string(), ...usageFields })),
  totals: z.object(usageFields),
  /** the same totals over the same-length window just before the range; `totals` null when nothing was reported there */
  previous: z.object({ range: ZSeriesRange, totals: z.object(usageFields).nullable() }),
});

export const ZActiveDevicesDto = z.object({
  daily: z.array(z.object({ day: z.string(), devices: z.number().int() })),
  monthlyActive: z.number().int(),
});

export const ZUtilizationDto = z.array(z.object({ day: z.string(), seatsTotal: z.number().int(), seatsUsed: z.number().int() }));

export const ZTopDevicesDto = z.object({
  items: z.array(z.object({ deviceId: z.string(), serial: z.string(), skuName: z.string(), interactions: z.number().int(), minutes: z.number(), tokens: z.number().int() })),
  ...pageFields,
});
