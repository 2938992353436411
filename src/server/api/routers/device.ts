import { z } from "zod";
import { getDeviceOrThrow, rotateDeviceSecret } from "@/server/modules/devices/device-detail";
import { deviceTelemetry, deviceTimeline, ZDeviceTelemetryInput, ZTimelineInput } from "@/server/modules/devices/device-story";
import { setDevicePublicKey } from "@/server/modules/devices/device-key-mode";
import { ZDevicePublicKey } from "@/shared/device-public-key";
import { revokeDeviceSessions } from "@/server/modules/devices/device-sessions";
import { changeDeviceStatus } from "@/server/modules/devices/device-status";
import { listDevices, listFirmwareVersions, ZListDevicesInput } from "@/server/modules/devices/list-devices";
import { findExistingSerials, registerDevices } from "@/server/modules/devices/register-devices";
import { changeDeviceTags, listDeviceTags, setDeviceTags } from "@/server/modules/devices/device-tags";
import { ZDeviceFilters } from "@/server/modules/devices/list-devices";
import { createSavedFilter, deleteSavedFilter, listSavedFilters } from "@/server/modules/saved-filters/saved-filters";
import { ZTagList } from "@/shared/device-tags";
import { ZSavedFilterName, ZSavedFilterQuery } from "@/shared/saved-filters";
import { MAX_SERIALS_PER_REQUEST, STATUS_ACTIONS, ZDeviceId, ZRegisterDevicesInput, ZRegisterKeyedDevicesInput, ZSerial } from "@/shared/device-schemas";
import {
  ZDeviceDetailDto,
  ZDevicePageDto,
  ZDevicePublicKeyDto,
  ZDeviceTagsDto,
  ZDeviceTelemetryDto,
  ZDeviceTimelineDto,
  ZRegisteredDevicesDto,
  ZRegisteredKeyedDevicesDto,
  ZRevokedSessionsDto,
  ZSavedFilterDto,
  ZStatusChangeDto,
  ZTagChangeDto,
  ZTagCountDto,
} from "./device.dto";
import { createTRPCRouter, orgProcedure } from "../trpc";
import { schemaMessage } from "@/shared/schema-message";

export const deviceRouter = createTRPCRouter({
  list: orgProcedure("org:read")
    .input(ZListDevicesInput)
    .output(ZDevicePageDto)
    .query(({ ctx, input }) => listDevices(ctx.db, ctx.org.id, input)),

  get: orgProcedure("org:read")
    .input(z.object({ deviceId: ZDeviceId }))
    .output(ZDeviceDetailDto)
    .query(({ ctx, input }) => getDeviceOrThrow(ctx.db, ctx.org.id, input.deviceId)),

  /** The device page's timeline: audit entries, sampled boots and registration, newest first, a page at a time. */
  timeline: orgProcedure("org:read")
    .input(ZTimelineInput)
    .output(ZDeviceTimelineDto)
    .query(({ ctx, input }) => deviceTimeline(ctx.db, ctx.org.id, input)),

  /** The device page's usage and latency charts (from the per-device hourly rollup). */
  telemetry: orgProcedure("org:read")
    .input(ZDeviceTelemetryInput)
    .output(ZDeviceTelemetryDto)
    .query(({ ctx, input }) => deviceTelemetry(ctx.db, ctx.org.id, input)),

  firmwareVersions: orgProcedure("org:read")
    .output(z.array(z.string()))
    .query(({ ctx }) => listFirmwareVersions(ctx.db, ctx.org.id)),

  /** For the CSV preview: which serials already exist (nothing is written). */
  checkSerials: orgProcedure("devices:write")
    .input(z.object({ serials: z.array(ZSerial).min(1).max(MAX_SERIALS_PER_REQUEST) }))
    .output(z.object({ existing: z.array(z.string()) }))
    .mutation(async ({ ctx, input }) => ({ existing: await findExistingSerials(ctx.db, ctx.org.id, input.serials) })),

  register: orgProcedure("devices:write")
    .input(ZRegisterDevicesInput)
    .output(ZRegisteredDevicesDto)
    .mutation(async ({ ctx, input }) => ({
      devices: await registerDevices(ctx.db, ctx.org.id, ctx.actor, input),
    })),

  /** Every session token of the device is refused from now on; it boots again for a new one. */
  revokeSessions: orgProcedure("devices:write")
    .input(z.object({ deviceId: ZDeviceId }))
    .output(ZRevokedSessionsDto)
    .mutation(({ ctx, input }) => revokeDeviceSessions(ctx.db, ctx.org.id, ctx.actor, input.deviceId)),

  changeStatus: orgProcedure("devices:write")
    .input(z.object({ deviceIds: z.array(ZDeviceId).min(1).max(1000), action: z.enum(STATUS_ACTIONS) }))
    .output(ZStatusChangeDto)
    .mutation(({ ctx, input }) => changeDeviceStatus(ctx.db, ctx.org.id, ctx.actor, input.deviceIds, input.action)),

  rotateSecret: orgProcedure("devices:write")
    .input(z.object({ deviceId: ZDeviceId }))
    .output(z.object({ deviceId: z.string(), secret: z.string() }))
    .mutation(({ ctx, input }) => rotateDeviceSecret(ctx.db, ctx.org.id, ctx.actor, input.deviceId)),

  /** Key mode: devices that boot with assertions signed by their Ed25519 key; no secret is issued. */
  registerWithKeys: orgProcedure("devices:write")
    .input(ZRegisterKeyedDevicesInput)
    .output(ZRegisteredKeyedDevicesDto)
    .mutation(async ({ ctx, input }) => ({
      devices: await registerDevices(ctx.db, ctx.org.id, ctx.actor, input),
    })),

  /** Sets or replaces a device's public key (key mode); its secret, if any, stops working. */
  setPublicKey: orgProcedure("devices:write")
    .input(z.object({ deviceId: ZDeviceId, publicKey: ZDevicePublicKey }))
    .output(ZDevicePublicKeyDto)
    .mutation(({ ctx, input }) => setDevicePublicKey(ctx.db, ctx.org.id, ctx.actor, input.deviceId, input.publicKey)),

  /** Device groups: the organization's tags and how many devices carry each. */
  tags: orgProcedure("org:read")
    .output(z.array(ZTagCountDto))
    .query(({ ctx }) => listDeviceTags(ctx.db, ctx.org.id)),

  /** Replaces one device's tags. */
  setTags: orgProcedure("devices:write")
    .input(z.object({ deviceId: ZDeviceId, tags: ZTagList }))
    .output(ZDeviceTagsDto)
    .mutation(({ ctx, input }) => setDeviceTags(ctx.db, ctx.org.id, ctx.actor, input.deviceId, input.tags)),

  /** Bulk "Add tag" / "Remove tag": on the selected devices, or on every device matching the list's filter. */
  changeTags: orgProcedure("devices:write")
    .input(
      z
        .object({
          deviceIds: z.array(ZDeviceId).min(1).max(1000).optional(),
          filter: ZDeviceFilters.optional(),
          add: ZTagList.default([]),
          remove: ZTagList.default([]),
        })
        .refine((value) => (value.deviceIds === undefined) !== (value.filter === undefined), schemaMessage("Give either deviceIds or filter.")),
    )
    .output(ZTagChangeDto)
    .mutation(({ ctx, input }) =>
      changeDeviceTags(ctx.db, ctx.org.id, ctx.actor, {
        target: input.deviceIds ? { deviceIds: input.deviceIds } : { filter: input.filter ?? {} },
        add: input.add,
        remove: input.remove,
      }),
    ),

  /** The caller's saved device-list filters in this organization (personal views). */
  savedFilters: orgProcedure("org:read")
    .output(z.array(ZSavedFilterDto))
    .query(({ ctx }) => listSavedFilters(ctx.db, ctx.org.id, ctx.user.id)),

  saveFilter: orgProcedure("org:read")
    .input(z.object({ name: ZSavedFilterName, query: ZSavedFilterQuery }))
    .output(ZSavedFilterDto)
    .mutation(({ ctx, input }) => createSavedFilter(ctx.db, ctx.org.id, ctx.user.id, input)),

  deleteSavedFilter: orgProcedure("org:read")
    .input(z.object({ filterId: z.string().min(1).max(64) }))
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deleteSavedFilter(ctx.db, ctx.org.id, ctx.user.id, input.filterId)),
});
