import "server-only";
import { z } from "zod";
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Prisma } from "@/generated/prisma/client";
import { DEVICE_SEARCH_MAX_LENGTH, DEVICE_STATUSES } from "@/shared/device-schemas";
import { MAX_FILTER_TAGS, ZTag } from "@/shared/device-tags";
import { schemaMessage } from "@/shared/schema-message";

const LAST_SEEN_FILTERS = ["never", "1h", "24h", "7d", "30d", "older-30d"] as const;
const DEVICE_SORT_FIELDS = ["createdAt", "serial", "lastSeenAt", "status", "firmware"] as const;

export const ZDeviceFilters = z.object({
  /** a serial prefix or a deviceId (prefix) */
  search: z.string().trim().max(DEVICE_SEARCH_MAX_LENGTH, schemaMessage(`Searches are at most ${DEVICE_SEARCH_MAX_LENGTH} characters.`)).optional(),
  skuId: z.string().max(64).optional(),
  status: z.enum(DEVICE_STATUSES).optional(),
  firmware: z.string().trim().max(64).optional(),
  lastSeen: z.enum(LAST_SEEN_FILTERS).optional(),
  /** device groups: devices carrying every one of these tags */
  tags: z
    .array(ZTag)
    .max(MAX_FILTER_TAGS, schemaMessage(`Filter by at most ${MAX_FILTER_TAGS} tags.`))
    .optional(),
});
export type TDeviceFilters = z.infer<typeof ZDeviceFilters>;

export const ZListDevicesInput = ZDeviceFilters.extend({
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
  sort: z.enum(DEVICE_SORT_FIELDS).default("createdAt"),
  direction: z.enum(["asc", "desc"]).default("desc"),
});
export type TListDevicesInput = z.infer<typeof ZListDevicesInput>;

const HOUR = 3_600_000;
const sinceMs = { "1h": HOUR, "24h": 24 * HOUR, "7d": 7 * 24 * HOUR, "30d": 30 * 24 * HOUR } as const;

export function whereFor(orgId: string, filters: TDeviceFilters): Prisma.DeviceWhereInput {
  const where: Prisma.DeviceWhereInput = { orgId };
  if (filters.search) where.OR = [{ serial: { startsWith: filters.search } }, { id: { startsWith: filters.search } }];
  if (filters.skuId) where.skuId = filters.skuId;
  if (filters.status) where.status = filters.status;
  if (filters.firmware) where.firmware = filters.firmware;
  if (filters.lastSeen === "never") where.lastSeenAt = null;
  else if (filters.lastSeen === "older-30d") where.lastSeenAt = { lt: new Date(Date.now() - sinceMs["30d"]) };
  else if (filters.lastSeen) where.lastSeenAt = { gte: new Date(Date.now() - sinceMs[filters.lastSeen]) };
  // `tags @> ARRAY[…]`: the GIN index on tags.
  if (filters.tags && filters.tags.length > 0) where.tags = { hasEvery: filters.tags };
  return where;
}

export const deviceListSelect = {
  id: true,
  serial: true,
  label: true,
  batch: true,
  status: true,
  firmware: true,
  activatedAt: true,
  licensedAt: true,
  lastSeenAt: true,
  createdAt: true,
  tags: true,
  skuId: true,
  sku: { select: { code: true, name: true } },
} as const satisfies Prisma.DeviceSelect;

/** One page of an organization's devices for the console: filters, sort, total count. */
export async function listDevices(db: DbTx, orgId: string, input: TListDevicesInput) {
  const where = whereFor(orgId, input);
  const nulls = input.direction === "asc" ? "first" : "last";
  const primary: Prisma.DeviceOrderByWithRelationInput =
    input.sort === "lastSeenAt" || input.sort === "firmware"
      ? { [input.sort]: { sort: input.direction, nulls } }
      : input.sort === "serial"
        ? // Natural order (SN-2 before SN-10): the trigger-maintained key pads digit runs.
          { serialSortKey: input.direction }
        : { [input.sort]: input.direction };
  const [total, items] = await Promise.all([
    db.device.count({ where }),
    db.device.findMany({
      where,
      // A batch shares one createdAt: break ties by serial so it lists in file order.
      orderBy: [primary, { serial: "asc" }, { id: "asc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: deviceListSelect,
    }),
  ]);
  return { items, total, page: input.page, pageSize: input.pageSize };
}

// ── cursor pagination for the manufacturer API ─────────────────────────────────

export const ZDeviceCursorInput = ZDeviceFilters.omit({ lastSeen: true, firmware: true }).extend({
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(1000).default(100),
});

type Cursor = { createdAt: string; id: string };
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");
function decodeCursor(raw: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString()) as Partial<Cursor>;
    if (typeof value.createdAt === "string" && typeof value.id === "string" && !Number.isNaN(Date.parse(value.createdAt))) {
      return { createdAt: value.createdAt, id: value.id };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError("BAD_REQUEST", "cursor is not valid; pass the nextCursor of a previous page.", { reason: "INVALID_CURSOR" });
}

/**
 * Newest-first devices after a cursor (keyset on createdAt, id): stable under concurrent
 * inserts and as fast on page 1,000 as on page 1.
 */
export async function listDevicesByCursor(db: DbTx, orgId: string, input: z.infer<typeof ZDeviceCursorInput>) {
  const where = whereFor(orgId, input);
  if (input.cursor) {
    const cursor = decodeCursor(input.cursor);
    const at = new Date(cursor.createdAt);
    where.AND = [{ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: cursor.id } }] }];
  }
  const rows = await db.device.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: deviceListSelect,
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > input.limit && last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null;
  return { items, nextCursor };
}

/** Firmware versions reported by an organization's devices, for the filter menu. */
export async function listFirmwareVersions(db: DbTx, orgId: string): Promise<string[]> {
  const rows = await db.device.findMany({
    where: { orgId, firmware: { not: null } },
    distinct: ["firmware"],
    select: { firmware: true },
    orderBy: { firmware: "desc" },
    take: 200,
  });
  return rows.flatMap((row) => (row.firmware ? [row.firmware] : []));
}
