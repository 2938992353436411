/** The device API's procedure bases: the checks themselves live in the device runtime. */
import { limitIp } from "@/server/modules/device-runtime/rate-limits";
import { authenticateDeviceSession } from "@/server/modules/device-runtime/session";
import { plainApiProcedure } from "../trpc";

/** Devices presenting their credentials in the input (boot); limited per source IP. */
export const deviceProcedure = plainApiProcedure.use(async ({ ctx, next }) => {
  await limitIp(ctx.ip);
  return next();
});

/** Devices presenting a session token; `ctx.device` holds its verified claims. */
export const deviceSessionProcedure = deviceProcedure.use(async ({ ctx, next }) => next({ ctx: { device: await authenticateDeviceSession(ctx.db, ctx.authorization) } }));
