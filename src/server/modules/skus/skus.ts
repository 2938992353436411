import "server-only";
import type { Db, DbTx } from "@/server/db";
import { AppError, isUniqueViolation } from "@/server/errors";
import type { Prisma } from "@/generated/prisma/client";
import type { DeviceStatus } from "@/generated/prisma/enums";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { capabilitiesOf, lockSku } from "@/server/modules/configs/sku-context";
import type { TCreateSkuInput, TUpdateSkuInput } from "@/shared/sku-schemas";
import { assertCapabilitiesNotInUse } from "./capability-guard";

const skuSelect = {
  id: true,
  name: true,
  code: true,
  kind: true,
  hasCamera: true,
  hasMic: true,
  hasSpeaker: true,
  hasScreen: true,
  hardwareRevision: true,
  defaultLanguage: true,
  notes: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.SkuSelect;

type SkuRow = Prisma.SkuGetPayload<{ select: typeof skuSelect }>;

/** The public shape of a SKU (capabilities grouped as in the API contract). */
function toSkuDto({ hasCamera, hasMic, hasSpeaker, hasScreen, ...row }: SkuRow) {
  return { ...row, capabilities: { camera: hasCamera, mic: hasMic, speaker: hasSpeaker, screen: hasScreen } };
}
export type SkuDto = ReturnType<typeof toSkuDto>;

function capabilityColumns(capabilities: TCreateSkuInput["capabilities"] | undefined) {
  if (!capabilities) return {};
  return { hasCamera: capabilities.camera, hasMic: capabilities.mic, hasSpeaker: capabilities.speaker, hasScreen: capabilities.screen };
}

const codeTaken = (code: string, existing = code) =>
  new AppError("CONFLICT", existing === code ? `A SKU with code "${code}" already exists.` : `A SKU with code "${existing}" already exists (codes are unique regardless of case).`, {
    reason: "SKU_CODE_TAKEN",
  });
const skuNotFound = () => new AppError("NOT_FOUND", "SKU not found.", { reason: "SKU_NOT_FOUND" });

/**
 * Codes are unique per organization regardless of case (factory systems and people type
 * "pip-2" for "PIP-2"); the index on (orgId, lower(code)) enforces it, this names the holder.
 */
async function assertCodeFree(tx: DbTx, orgId: string, code: string, exceptSkuId?: string) {
  const holder = await tx.sku.findFirst({
    where: { orgId, code: { equals: code, mode: "insensitive" }, ...(exceptSkuId ? { id: { not: exceptSkuId } } : {}) },
    select: { code: true },
  });
  if (holder) throw codeTaken(code, holder.code);
}

export async function createSku(db: Db, orgId: string, actor: Actor, input: TCreateSkuInput): Promise<SkuDto> {
  try {
    return await db.$transaction(async (tx) => {
      await assertCodeFree(tx, orgId, input.code);
      const sku = await tx.sku.create({
        data: {
          orgId,
          name: input.name,
          code: input.code,
          kind: input.kind,
          ...capabilityColumns(input.capabilities),
          hardwareRevision: input.hardwareRevision ?? null,
          defaultLanguage: input.defaultLanguage ?? "en",
          notes: input.notes ?? null,
        },
        select: skuSelect,
      });
      await recordAudit(tx, { orgId, actor, action: "sku.created", targetType: "sku", targetId: sku.id, metadata: { code: sku.code, name: sku.name } });
      return toSkuDto(sku);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken(input.code);
    throw error;
  }
}

export async function updateSku(db: Db, orgId: string, actor: Actor, input: TUpdateSkuInput): Promise<SkuDto> {
  const { skuId, capabilities } = input;
  // Explicit fields: the procedure's input also carries routing fields (orgSlug).
  const fields = {
    name: input.name,
    code: input.code,
    kind: input.kind,
    hardwareRevision: input.hardwareRevision,
    defaultLanguage: input.defaultLanguage,
    notes: input.notes,
  };
  try {
    return await db.$transaction(async (tx) => {
      // Locked like a publish does, so the capability check and the update see the same live config.
      const locked = await lockSku(tx, orgId, skuId);
      if (capabilities) await assertCapabilitiesNotInUse(tx, { ...locked, capabilities: capabilitiesOf(locked) }, capabilities);
      if (input.code !== undefined) await assertCodeFree(tx, orgId, input.code, skuId);
      const sku = await tx.sku.update({ where: { id: skuId }, data: { ...fields, ...capabilityColumns(capabilities) }, select: skuSelect });
      const changed = Object.keys(fields).filter((key) => fields[key as keyof typeof fields] !== undefined);
      await recordAudit(tx, {
        orgId,
        actor,
        action: "sku.updated",
        targetType: "sku",
        targetId: skuId,
        metadata: { code: sku.code, changed: capabilities ? [...changed, "capabilities"] : changed },
      });
      return toSkuDto(sku);
    });
  } catch (error) {
    if (isUniqueViolation(error) && input.code) throw codeTaken(input.code);
    throw error;
  }
}

/** Archives (or restores) a SKU. Archived SKUs accept no new devices; existing ones keep working. */
export async function setSkuArchived(db: Db, orgId: string, actor: Actor, skuId: string, archived: boolean): Promise<SkuDto> {
  return db.$transaction(async (tx) => {
    const updated = await tx.sku.updateMany({ where: { id: skuId, orgId }, data: { archivedAt: archived ? new Date() : null } });
    if (updated.count === 0) throw skuNotFound();
    await recordAudit(tx, { orgId, actor, action: archived ? "sku.archived" : "sku.restored", targetType: "sku", targetId: skuId });
    return toSkuDto(await tx.sku.findUniqueOrThrow({ where: { id: skuId }, select: skuSelect }));
  });
}

/** Deletes a SKU that no device references; otherwise it must be archived instead. */
export async function deleteSku(db: Db, orgId: string, actor: Actor, skuId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const sku = await tx.sku.findFirst({ where: { id: skuId, orgId }, select: { code: true, _count: { select: { devices: true } } } });
    if (!sku) throw skuNotFound();
    if (sku._count.devices > 0) {
      throw new AppError(
        "PRECONDITION_FAILED",
        `This SKU has ${sku._count.devices} device(s) and cannot be deleted. Archive it instead.`, { reason: "SKU_HAS_DEVICES" },
      );
    }
    await tx.sku.delete({ where: { id: skuId } });
    await recordAudit(tx, { orgId, actor, action: "sku.deleted", targetType: "sku", targetId: skuId, metadata: { code: sku.code } });
  });
}

export type DeviceCounts = Record<DeviceStatus, number> & { total: number };

const emptyCounts = (): DeviceCounts => ({ provisioned: 0, active: 0, suspended: 0, revoked: 0, total: 0 });

/** Device counts per status for each SKU of an organization (one grouped query). */
async function deviceCountsBySku(db: DbTx, orgId: string, skuIds?: string[]): Promise<Map<string, DeviceCounts>> {
  const groups = await db.device.groupBy({
    by: ["skuId", "status"],
    where: { orgId, ...(skuIds ? { skuId: { in: skuIds } } : {}) },
    _count: { _all: true },
  });
  const counts = new Map<string, DeviceCounts>();
  for (const group of groups) {
    const entry = counts.get(group.skuId) ?? emptyCounts();
    entry[group.status] = group._count._all;
    entry.total += group._count._all;
    counts.set(group.skuId, entry);
  }
  return counts;
}

/** SKUs of an organization, newest first, each with its device counts per status. */
export async function listSkus(db: DbTx, orgId: string, options: { includeArchived: boolean }) {
  const skus = await db.sku.findMany({
    where: { orgId, ...(options.includeArchived ? {} : { archivedAt: null }) },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: skuSelect,
  });
  const counts = await deviceCountsBySku(db, orgId);
  return skus.map((sku) => ({ ...toSkuDto(sku), deviceCounts: counts.get(sku.id) ?? emptyCounts() }));
}

export async function getSkuOrThrow(db: DbTx, orgId: string, skuId: string) {
  const sku = await db.sku.findFirst({ where: { id: skuId, orgId }, select: skuSelect });
  if (!sku) throw skuNotFound();
  const counts = await deviceCountsBySku(db, orgId, [skuId]);
  return { ...toSkuDto(sku), deviceCounts: counts.get(skuId) ?? emptyCounts() };
}
