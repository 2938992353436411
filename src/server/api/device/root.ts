import { z } from "zod";
import { bootDevice, ZBootInput } from "@/server/modules/device-runtime/boot";
import { currentConfig, refreshSession, reportTelemetry, ZConfigInput } from "@/server/modules/device-runtime/session";
import { ZTelemetryBatch } from "@/server/modules/telemetry/ingest";
import { createDeviceCallerFactory, createDeviceRouter } from "../trpc";
import { deviceProcedure, deviceSessionProcedure } from "./procedures";

/** The device API (no transformer), served by the gateway at /trpc. See docs/device-integration.md. */
export const deviceApiRouter = createDeviceRouter({
  /** Connectivity check for firmware and the framework's baseline in benchmarks: answers its input. */
  gateway: createDeviceRouter({
    echo: deviceProcedure.input(z.object({ message: z.string().max(256) })).mutation(({ input }) => input),
  }),
  device: createDeviceRouter({
    boot: deviceProcedure.input(ZBootInput).mutation(({ ctx, input }) => bootDevice(ctx.db, input, { address: ctx.ip, waitForCommit: ctx.waitForCommit })),
    refresh: deviceSessionProcedure.input(z.object({}).default({})).mutation(({ ctx }) => refreshSession(ctx.db, ctx.device)),
    config: deviceSessionProcedure.input(ZConfigInput).query(({ ctx, input }) => currentConfig(ctx.db, ctx.device, input)),
    reportTelemetry: deviceSessionProcedure.input(ZTelemetryBatch).mutation(({ ctx, input }) => reportTelemetry(ctx.db, ctx.device, input)),
  }),
});

export type DeviceApiRouter = typeof deviceApiRouter;
export const createDeviceCaller = createDeviceCallerFactory(deviceApiRouter);
