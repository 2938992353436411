import { z } from "zod";
import { filterOptions, ZFleetFilters, ZKind } from "@/server/modules/telemetry/filters";
import { homeKpis } from "@/server/modules/telemetry/home";
import { latencyDistribution, latencySeries, latencyWithPrevious, stageBreakdown } from "@/server/modules/telemetry/latency";
import { activeDevices, topDevices, usageWithPrevious, utilizationSeries, ZTopDevicesInput, ZUsageSplit } from "@/server/modules/telemetry/usage";
import {
  ZActiveDevicesDto,
  ZCompareDto,
  ZFilterOptionsDto,
  ZHomeKpisDto,
  ZLatencyDistributionDto,
  ZLatencyWithPreviousDto,
  ZStageBreakdownDto,
  ZTopDevicesDto,
  ZUsageSeriesDto,
  ZUtilizationDto,
} from "./fleet.dto";
import { createTRPCRouter, orgProcedure } from "../trpc";

const ZKindFilters = z.object({ kind: ZKind, filters: ZFleetFilters });
const ZCompareInput = ZKindFilters.extend({
  dimension: z.enum(["firmware", "configVersion"]),
  a: z.string().min(1).max(64),
  b: z.string().min(1).max(64),
});

/** Fleet observability: every chart reads rollups of the caller's organization. Any member may read. */
export const fleetRouter = createTRPCRouter({
  home: orgProcedure("org:read").output(ZHomeKpisDto).query(({ ctx }) => homeKpis(ctx.db, ctx.org.id)),
  filterOptions: orgProcedure("org:read").output(ZFilterOptionsDto).query(({ ctx }) => filterOptions(ctx.db, ctx.org.id)),
  latency: orgProcedure("org:read")
    .input(ZKindFilters)
    .output(ZLatencyWithPreviousDto)
    .query(({ ctx, input }) => latencyWithPrevious(ctx.db, ctx.org.id, input.kind, input.filters)),
  stages: orgProcedure("org:read")
    .input(ZKindFilters)
    .output(ZStageBreakdownDto)
    .query(({ ctx, input }) => stageBreakdown(ctx.db, ctx.org.id, input.kind, input.filters)),
  distribution: orgProcedure("org:read")
    .input(ZKindFilters)
    .output(ZLatencyDistributionDto)
    .query(({ ctx, input }) => latencyDistribution(ctx.db, ctx.org.id, input.kind, input.filters)),
  /** Two firmware versions (or config versions) side by side: did the new release get slower? */
  compare: orgProcedure("org:read")
    .input(ZCompareInput)
    .output(ZCompareDto)
    .query(async ({ ctx, input }) => {
      const side = (value: string) =>
        latencySeries(ctx.db, ctx.org.id, input.kind, input.dimension === "firmware" ? { ...input.filters, firmware: value } : { ...input.filters, configVersion: Number(value) || -1 });
      const [a, b] = await Promise.all([side(input.a), side(input.b)]);
      return { dimension: input.dimension, a: { value: input.a, ...a }, b: { value: input.b, ...b } };
    }),
  usage: orgProcedure("org:read")
    .input(z.object({ filters: ZFleetFilters, split: ZUsageSplit }))
    .output(ZUsageSeriesDto)
    .query(({ ctx, input }) => usageWithPrevious(ctx.db, ctx.org.id, input.filters, input.split)),
  activeDevices: orgProcedure("org:read")
    .input(z.object({ filters: ZFleetFilters }))
    .output(ZActiveDevicesDto)
    .query(({ ctx, input }) => activeDevices(ctx.db, ctx.org.id, input.filters)),
  utilization: orgProcedure("org:read")
    .input(z.object({ filters: ZFleetFilters }))
    .output(ZUtilizationDto)
    .query(({ ctx, input }) => utilizationSeries(ctx.db, ctx.org.id, input.filters)),
  topDevices: orgProcedure("org:read")
    .input(ZTopDevicesInput.extend({ filters: ZFleetFilters }))
    .output(ZTopDevicesDto)
    .query(({ ctx, input }) => topDevices(ctx.db, ctx.org.id, input.filters, input)),
});
