import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { REALTIME_REGIONS, VOICES } from "@/server/modules/catalog/global-settings";
import type { Lineup, LineupInput } from "@/server/modules/catalog/lineup";
import { DEVICE_CONFIG_SCHEMA, type DeviceConfig } from "./device-config";

/*
 * The one typed boundary of the config JSON columns: `SkuConfigVersion.lineup` (a validated
 * Lineup), `SkuConfigDraft.lineup` (the LineupInput as edited) and `SkuConfigVersion.deviceConfig`.
 * Every read checks the stored JSON against the shape below, and every write takes the typed
 * value. The schemas describe what we stored — no defaults, trims or limits, which belong to
 * input — so a row that does not match is our own data gone wrong: reading it throws (a 500
 * that is logged), it is never coerced into shape. `satisfies` ties each schema to its type:
 * when the type grows a field, the schema (and the thought about rows stored before) must follow.
 */

const ZSettings = z.record(z.string(), z.unknown());

const ZStoredLineup = z.strictObject({
  global: z.strictObject({ wakeWord: z.string(), defaultLanguage: z.string(), voice: z.enum(VOICES), realtimeRegion: z.enum(REALTIME_REGIONS) }),
  agents: z.array(z.strictObject({ agentId: z.string(), settings: ZSettings, tools: z.array(z.strictObject({ toolId: z.string(), settings: ZSettings })) })),
}) satisfies z.ZodType<Lineup>;

const ZStoredDraftLineup = z.strictObject({
  settings: ZSettings.optional(),
  agents: z.array(
    z.strictObject({
      agentId: z.string(),
      settings: ZSettings.optional(),
      tools: z.array(z.union([z.string(), z.strictObject({ toolId: z.string(), settings: ZSettings.optional() })])).optional(),
    }),
  ),
}) satisfies z.ZodType<LineupInput>;

const ZStoredDeviceConfig = z.strictObject({
  schema: z.literal(DEVICE_CONFIG_SCHEMA),
  sku: z.string(),
  version: z.number().int(),
  publishedAt: z.string(),
  global: z.strictObject({ wakeWord: z.string(), language: z.string(), voice: z.string() }),
  realtime: z.strictObject({ region: z.string(), url: z.string() }),
  agents: z.array(z.strictObject({ id: z.string(), settings: ZSettings, tools: z.array(z.strictObject({ id: z.string(), settings: ZSettings })) })),
  telemetry: z.strictObject({ enabled: z.boolean(), maxBatchSamples: z.number().int(), flushSeconds: z.number().int() }),
}) satisfies z.ZodType<DeviceConfig>;

/**
 * Narrows `json` to the schema's type, or throws naming the column and what is wrong. The
 * stored value itself is returned by the readers (it matched exactly: strict objects, no
 * transforms), so reading copies nothing and keeps the stored key order.
 */
function assertStored<T>(schema: z.ZodType<T>, json: unknown, column: string): asserts json is T {
  const parsed = schema.safeParse(json);
  // A plain Error, not the ZodError: the API would answer that as the caller's invalid input.
  if (!parsed.success) throw new Error(`Malformed stored ${column}: ${z.prettifyError(parsed.error)}`);
}

/** A published version's lineup (`SkuConfigVersion.lineup`). */
export function readLineup(json: Prisma.JsonValue): Lineup {
  assertStored(ZStoredLineup, json, "SkuConfigVersion.lineup");
  return json;
}

/** A draft's lineup as edited (`SkuConfigDraft.lineup`): possibly invalid for publishing, never malformed. */
export function readDraftLineup(json: Prisma.JsonValue): LineupInput {
  assertStored(ZStoredDraftLineup, json, "SkuConfigDraft.lineup");
  return json;
}

/** A published version's device config (`SkuConfigVersion.deviceConfig`), exactly as devices receive it. */
export function readDeviceConfig(json: Prisma.JsonValue): DeviceConfig {
  assertStored(ZStoredDeviceConfig, json, "SkuConfigVersion.deviceConfig");
  return json;
}

/**
 * A lineup (validated or as edited) for a `lineup` column. The one cast of the boundary:
 * Prisma's JSON input type cannot say "settings of unknown JSON values", and a lineup only
 * ever holds JSON, being built by zod from JSON input or from stored rows.
 */
export function toLineupJson(lineup: Lineup | LineupInput): Prisma.InputJsonObject {
  return lineup as Prisma.InputJsonObject;
}

/** A device config for the `deviceConfig` column (the same reasoning as `toLineupJson`). */
export function toDeviceConfigJson(config: DeviceConfig): Prisma.InputJsonObject {
  return config as Prisma.InputJsonObject;
}
