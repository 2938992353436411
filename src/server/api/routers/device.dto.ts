import { z } from "zod";
import { DEVICE_STATUSES } from "@/shared/device-schemas";
import { pageFields } from "../common.dto";

const ZDeviceStatus = z.enum(DEVICE_STATUSES);

export const ZDeviceDto = z.object({
  id: z.string(),
  serial: z.string(),
  label: z.string().nullable(),
  batch: z.string().nullable(),
  status: ZDeviceStatus,
  firmware: z.string().nullable(),
  activatedAt: z.date().nullable(),
  /** when the device came to hold a license seat (first activation or RMA transfer) */
  licensedAt: z.date().nullable(),
  lastSeenAt: z.date().nullable(),
  createdAt: z.date(),
  /** device groups (normalised, sorted) */
  tags: z.array(z.string()),
  skuId: z.string(),
  sku: z.object({ code: z.string(), name: z.string() }),
});

export const ZDevicePageDto = z.object({ items: z.array(ZDeviceDto), ...pageFields });

const ZDeviceRef = z.object({ id: z.string(), serial: z.string() });

export const ZDeviceDetailDto = ZDeviceDto.extend({
  secretRotatedAt: z.date().nullable(),
  /** key mode: the device's Ed25519 public key; null for a device with a secret */
  publicKey: z.string().nullable(),
  /** the device that took over this one's seat in an RMA transfer */
  replacedBy: ZDeviceRef.nullable(),
  /** the device whose seat this one took over in an RMA transfer */
  replacementFor: ZDeviceRef.nullable(),
  updatedAt: z.date(),
  /** the config version the gateway last gave the device, and the one the device last said it holds */
  configGiven: z.number().int().nullable(),
  configReported: z.number().int().nullable(),
  /** the SKU's published config version now (null before the first publish) */
  configPublished: z.number().int().nullable(),
});

const ZKind = z.enum(["voice", "video"]);

export const ZDeviceTimelineDto = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      action: z.string(),
      metadata: z.record(z.string(), z.unknown()),
      createdAt: z.date(),
      actor: z.string(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const ZDeviceTelemetryDto = z.object({
  window: z.enum(["24h", "7d", "30d"]),
  resolution: z.enum(["minute", "hour", "day"]),
  range: z.object({ from: z.string(), to: z.string() }),
  usage: z.array(z.object({ t: z.string(), interactions: z.number(), minutes: z.number(), inputTokens: z.number(), outputTokens: z.number() })),
  latency: z.array(z.object({ t: z.string(), kind: ZKind, interactions: z.number(), meanMs: z.number(), maxMs: z.number() })),
  slos: z.array(z.object({ kind: ZKind, sloMs: z.number() })),
  totals: z.object({
    interactions: z.number(),
    minutes: z.number(),
    inputTokens: z.number(),
    outputTokens: z.number(),
    meanMs: z.number().nullable(),
    maxMs: z.number().nullable(),
  }),
});

/** Registration result: the only response that ever carries device secrets. */
export const ZRegisteredDevicesDto = z.object({
  devices: z.array(
    z.object({ id: z.string(), serial: z.string(), secret: z.string(), label: z.string().nullable(), batch: z.string().nullable(), tags: z.array(z.string()) }),
  ),
});

/** Key-mode devices: no secret exists; the public key they were registered with is echoed. */
export const ZRegisteredKeyedDevicesDto = z.object({
  devices: z.array(z.object({ id: z.string(), serial: z.string(), publicKey: z.string(), label: z.string().nullable(), batch: z.string().nullable() })),
});

/** A device switched to (or kept in) key mode with a new public key. */
export const ZDevicePublicKeyDto = z.object({ deviceId: z.string(), publicKey: z.string(), fingerprint: z.string() });

export const ZStatusChangeDto = z.object({
  changed: z.array(z.object({ id: z.string(), from: ZDeviceStatus, to: ZDeviceStatus })),
  unchanged: z.array(z.object({ id: z.string(), status: ZDeviceStatus })),
});

/** "Revoke all sessions": tokens below this version are refused from now on. */
export const ZRevokedSessionsDto = z.object({ deviceId: z.string(), tokenVersion: z.number().int() });

export const ZTagCountDto = z.object({ tag: z.string(), devices: z.number().int() });
export const ZDeviceTagsDto = z.object({ deviceId: z.string(), tags: z.array(z.string()), changed: z.boolean() });
/** A bulk tag change: devices targeted, and how many gained or lost a tag. */
export const ZTagChangeDto = z.object({ matched: z.number().int(), added: z.number().int(), removed: z.number().int() });
export const ZSavedFilterDto = z.object({ id: z.string(), name: z.string(), query: z.string(), createdAt: z.date() });
