import { z } from "zod";
import { revokeDeviceSessions } from "@/server/modules/devices/device-sessions";
import { changeDeviceStatus } from "@/server/modules/devices/device-status";
import { listDevicesByCursor, ZDeviceCursorInput } from "@/server/modules/devices/list-devices";
import { registerDevices } from "@/server/modules/devices/register-devices";
import { changeDeviceTags, setDeviceTags } from "@/server/modules/devices/device-tags";
import { ZTagChange, ZTagList } from "@/shared/device-tags";
import { DEVICE_STATUSES, ZDeviceId, ZRegisterSerialsInput, type StatusAction } from "@/shared/device-schemas";
import { AppError } from "@/server/errors";
import { ZDeviceDto, ZDeviceTagsDto, ZRevokedSessionsDto, ZTagChangeDto } from "../routers/device.dto";
import { apiKeyProcedure, createApiRouter } from "../trpc";

/** The contract speaks in target statuses; the lifecycle in actions. */
const ACTION_FOR_STATUS: Record<"active" | "suspended" | "revoked", StatusAction> = {
  active: "resume",
  suspended: "suspend",
  revoked: "revoke",
};

export const devicesApiRouter = createApiRouter({
  /**
   * `devices.register` (contract): secrets are returned here only, never again. Extension:
   * serials named in `publicKeys` register in key mode — no secret; their key is echoed.
   */
  register: apiKeyProcedure("devices:write")
    .meta({
      summary: "Register devices of a SKU by serial (1–10,000)",
      description: "Each device's secret is returned here only, never again, and stored only as a hash. Serials listed in `publicKeys` register in key mode: no secret, their public key is echoed.",
      example: { skuId: "sku_cm4x2b7k90001", serials: ["PIP-000001", "PIP-000002"], tags: ["batch-2026-12"] },
    })
    // Extension: optional `tags`, given to every device of the request.
    .input(ZRegisterSerialsInput.and(z.object({ tags: ZTagList.optional() })))
    .output(z.object({ devices: z.array(z.union([z.object({ id: z.string(), serial: z.string(), secret: z.string() }), z.object({ id: z.string(), serial: z.string(), publicKey: z.string() })])) }))
    .mutation(async ({ ctx, input }) => {
      const devices = await registerDevices(ctx.db, ctx.apiKey.orgId, ctx.actor, {
        skuId: input.skuId,
        devices: input.serials.map((serial) => ({ serial, publicKey: input.publicKeys?.[serial] })),
        tags: input.tags,
      });
      return { devices: devices.map(({ id, serial, secret, publicKey }) => (secret !== null ? { id, serial, secret } : { id, serial, publicKey: publicKey! })) };
    }),

  /**
   * `devices.setStatus` (contract): "active" resumes a suspended device (one that never
   * booted stays "provisioned" until its first boot); "revoked" is permanent.
   */
  setStatus: apiKeyProcedure("devices:write")
    .meta({ summary: "Suspend, resume or revoke a device", description: "`revoked` is permanent.", example: { deviceId: "dev_cm4x2b7k90002", status: "suspended" } })
    .input(z.object({ deviceId: ZDeviceId, status: z.enum(["active", "suspended", "revoked"]) }))
    .output(z.object({ deviceId: z.string(), status: z.enum(DEVICE_STATUSES), changed: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const result = await changeDeviceStatus(ctx.db, ctx.apiKey.orgId, ctx.actor, [input.deviceId], ACTION_FOR_STATUS[input.status]);
      const changed = result.changed[0];
      if (changed) return { deviceId: input.deviceId, status: changed.to, changed: true };
      const current = result.unchanged[0]!;
      if (current.status === "revoked" && input.status !== "revoked") {
        throw new AppError("PRECONDITION_FAILED", "This device is revoked; revocation is permanent.", { reason: "DEVICE_REVOKED" });
      }
      return { deviceId: input.deviceId, status: current.status, changed: false };
    }),

  /** `devices.revokeSessions` (extension): every session token of the device is refused; it boots again for a new one. */
  revokeSessions: apiKeyProcedure("devices:write")
    .meta({ summary: "Refuse every session token of a device (it boots again for a new one)", example: { deviceId: "dev_cm4x2b7k90002" } })
    .input(z.object({ deviceId: ZDeviceId }))
    .output(ZRevokedSessionsDto)
    .mutation(({ ctx, input }) => revokeDeviceSessions(ctx.db, ctx.apiKey.orgId, ctx.actor, input.deviceId)),

  /** `devices.list`: newest first, cursor-paginated (pass `nextCursor` back as `cursor`). */
  list: apiKeyProcedure("devices:write")
    .meta({ summary: "List devices, newest first, by cursor", description: "Pass `nextCursor` back as `cursor` for the next page.", example: { status: "active", limit: 100 } })
    .input(ZDeviceCursorInput.default({ limit: 100 }))
    .output(z.object({ items: z.array(ZDeviceDto), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => listDevicesByCursor(ctx.db, ctx.apiKey.orgId, input)),

  /** `devices.setTags` (extension): replaces one device's tags. */
  setTags: apiKeyProcedure("devices:write")
    .meta({ summary: "Replace one device's tags", example: { deviceId: "dev_cm4x2b7k90002", tags: ["eu", "beta"] } })
    .input(z.object({ deviceId: ZDeviceId, tags: ZTagList }))
    .output(ZDeviceTagsDto)
    .mutation(({ ctx, input }) => setDeviceTags(ctx.db, ctx.apiKey.orgId, ctx.actor, input.deviceId, input.tags)),

  /** `devices.addTags` (extension): adds tags to up to 1,000 devices, all or nothing. */
  addTags: apiKeyProcedure("devices:write")
    .meta({ summary: "Add tags to up to 1,000 devices, all or nothing", example: { deviceIds: ["dev_cm4x2b7k90002"], tags: ["beta"] } })
    .input(z.object({ deviceIds: z.array(ZDeviceId).min(1).max(1000), tags: ZTagChange }))
    .output(ZTagChangeDto)
    .mutation(({ ctx, input }) => changeDeviceTags(ctx.db, ctx.apiKey.orgId, ctx.actor, { target: { deviceIds: input.deviceIds }, add: input.tags, remove: [] })),

  /** `devices.removeTags` (extension): removes tags from up to 1,000 devices. */
  removeTags: apiKeyProcedure("devices:write")
    .meta({ summary: "Remove tags from up to 1,000 devices", example: { deviceIds: ["dev_cm4x2b7k90002"], tags: ["beta"] } })
    .input(z.object({ deviceIds: z.array(ZDeviceId).min(1).max(1000), tags: ZTagChange }))
    .output(ZTagChangeDto)
    .mutation(({ ctx, input }) => changeDeviceTags(ctx.db, ctx.apiKey.orgId, ctx.actor, { target: { deviceIds: input.deviceIds }, add: [], remove: input.tags })),
});
