import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { MAX_TAGS_PER_DEVICE } from "@/shared/device-tags";
import { whereFor, type TDeviceFilters } from "./list-devices";

/** "All devices matching the filter" acts on at most this many devices per request. */
export const MAX_BULK_TAG_DEVICES = 10_000;

const sortedUnique = (tags: string[]) => [...new Set(tags)].sort();

function deviceNotFound(missing: string[]) {
  return new AppError("NOT_FOUND", `Device not found: ${missing.slice(0, 10).join(", ")}.`, { reason: "DEVICE_NOT_FOUND", details: { deviceIds: missing } });
}

/**
 * Replaces one device's tags (already normalised by ZTagList). Audited with what was
 * added and removed; a call that changes nothing writes nothing.
 */
export async function setDeviceTags(db: Db, orgId: string, actor: Actor, deviceId: string, tags: string[]) {
  const next = sortedUnique(tags);
  if (next.length > MAX_TAGS_PER_DEVICE) throw tooManyTags(1);
  return db.$transaction(async (tx) => {
    const [device] = await tx.$queryRaw<{ id: string; tags: string[] | null }[]>`
      SELECT id, tags FROM "Device" WHERE "orgId" = ${orgId} AND id = ${deviceId} FOR UPDATE`;
    if (!device) throw deviceNotFound([deviceId]);
    const before = device.tags ?? [];
    const added = next.filter((tag) => !before.includes(tag));
    const removed = before.filter((tag) => !next.includes(tag));
    if (added.length > 0 || removed.length > 0) {
      await tx.device.updateMany({ where: { orgId, id: deviceId }, data: { tags: next } });
      await recordAudit(tx, { orgId, actor, action: "device.tags_changed", targetType: "device", targetId: deviceId, metadata: { added, removed } });
    }
    return { deviceId, tags: next, changed: added.length > 0 || removed.length > 0 };
  });
}

function tooManyTags(devices: number) {
  return new AppError("BAD_REQUEST", `${devices} device(s) would have more than ${MAX_TAGS_PER_DEVICE} tags. Nothing was changed.`, {
    reason: "TOO_MANY_TAGS",
    details: { devices, max: MAX_TAGS_PER_DEVICE },
  });
}

export type TagChangeTarget = { deviceIds: string[] } | { filter: TDeviceFilters };

/**
 * Adds and/or removes tags on many devices: the ones named, or every device matching a
 * device-list filter (at most 10,000). All or nothing, one audit entry with the counts.
 * A device that would end up with more than 20 tags fails the whole request.
 */
export async function changeDeviceTags(
  db: Db,
  orgId: string,
  actor: Actor,
  input: { target: TagChangeTarget; add: string[]; remove: string[] },
) {
  const add = sortedUnique(input.add);
  const remove = sortedUnique(input.remove).filter((tag) => !add.includes(tag));
  if (add.length === 0 && remove.length === 0) throw new AppError("BAD_REQUEST", "Give at least one tag to add or remove.", { reason: "INVALID_INPUT" });
  return db.$transaction(async (tx) => {
    let ids: string[];
    if ("deviceIds" in input.target) {
      ids = [...new Set(input.target.deviceIds)];
      const found = await tx.device.findMany({ where: { orgId, id: { in: ids } }, select: { id: true } });
      if (found.length !== ids.length) {
        const have = new Set(found.map((d) => d.id));
        throw deviceNotFound(ids.filter((id) => !have.has(id)));
      }
    } else {
      const rows = await tx.device.findMany({ where: whereFor(orgId, input.target.filter), select: { id: true }, take: MAX_BULK_TAG_DEVICES + 1 });
      if (rows.length > MAX_BULK_TAG_DEVICES) {
        throw new AppError("BAD_REQUEST", `More than ${MAX_BULK_TAG_DEVICES.toLocaleString("en")} devices match this filter; narrow it and try again.`, {
          reason: "TOO_MANY_DEVICES",
          details: { max: MAX_BULK_TAG_DEVICES },
        });
      }
      ids = rows.map((row) => row.id);
    }
    let added = 0;
    let removed = 0;
    if (ids.length > 0 && add.length > 0) {
      const [over] = await tx.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM "Device"
        WHERE "orgId" = ${orgId} AND id = ANY(${ids}::text[])
          AND cardinality(ARRAY(SELECT DISTINCT unnest(coalesce(tags, '{}') || ${add}::text[]))) > ${MAX_TAGS_PER_DEVICE}`;
      if (over && over.n > 0) throw tooManyTags(over.n);
      added = await tx.$executeRaw`
        UPDATE "Device" SET tags = ARRAY(SELECT DISTINCT unnest(coalesce(tags, '{}') || ${add}::text[]) ORDER BY 1), "updatedAt" = now()
        WHERE "orgId" = ${orgId} AND id = ANY(${ids}::text[]) AND NOT (coalesce(tags, '{}') @> ${add}::text[])`;
    }
    if (ids.length > 0 && remove.length > 0) {
      removed = await tx.$executeRaw`
        UPDATE "Device" SET tags = ARRAY(SELECT t FROM unnest(tags) AS t WHERE t <> ALL(${remove}::text[]) ORDER BY 1), "updatedAt" = now()
        WHERE "orgId" = ${orgId} AND id = ANY(${ids}::text[]) AND tags && ${remove}::text[]`;
    }
    const result = { matched: ids.length, added, removed };
    if (added > 0 || removed > 0) {
      await recordAudit(tx, {
        orgId,
        actor,
        action: "devices.tags_changed",
        targetType: "organization",
        targetId: orgId,
        metadata: { add, remove, ...result, scope: "deviceIds" in input.target ? "selected" : "filter" },
      });
    }
    return result;
  });
}

/** The organization's tags with how many devices carry each (for the filter and suggestions). */
export async function listDeviceTags(db: Db, orgId: string): Promise<{ tag: string; devices: number }[]> {
  return db.$queryRaw<{ tag: string; devices: number }[]>`
    SELECT tag, count(*)::int AS devices FROM "Device", unnest(tags) AS tag
    WHERE "orgId" = ${orgId} GROUP BY tag ORDER BY tag LIMIT 500`;
}
