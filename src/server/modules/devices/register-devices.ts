import "server-only";
import type { Db } from "@/server/db";
import { invalidate } from "@/server/cache/invalidation";
import { AppError, isUniqueViolation } from "@/server/errors";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { generateDeviceId, generateDeviceSecret, hashDeviceSecret } from "./device-credentials";
import type { TRegisterDevicesInput } from "@/shared/device-schemas";
import { MAX_TAGS_PER_DEVICE } from "@/shared/device-tags";

type RegisterRow = TRegisterDevicesInput["devices"][number] & { publicKey?: string; tags?: string[] };

/**
 * A registered device: `secret` is null for a key-mode device (registered with a
 * `publicKey`), which has none. Callers whose rows cannot hold a key get `secret: string`.
 */
export type RegisteredDevice<R extends RegisterRow = RegisterRow> = { id: string; serial: string; label: string | null; batch: string | null; tags: string[] } & (R extends {
  publicKey: string;
}
  ? { secret: null; publicKey: string }
  : "publicKey" extends keyof R
    ? { secret: string | null; publicKey: string | null }
    : { secret: string; publicKey: null });

const LISTED_CONFLICTS = 20;

function alreadyRegistered(serials: string[]) {
  const shown = serials.slice(0, LISTED_CONFLICTS).join(", ");
  const more = serials.length > LISTED_CONFLICTS ? ` and ${serials.length - LISTED_CONFLICTS} more` : "";
  return new AppError(
    "CONFLICT",
    `${serials.length} serial(s) are already registered in this organization: ${shown}${more}. Nothing was registered.`, { reason: "SERIAL_EXISTS", details: { serials } },
  );
}

/**
 * Registers a batch of devices on one SKU, all or nothing, with one INSERT for the
 * whole batch. Returns each device's id and secret: the only time the secret exists
 * outside the device; only its keyed hash is stored. A device given a public key (key
 * mode) gets no secret at all: it proves itself with assertions signed by its key.
 */
export async function registerDevices<R extends RegisterRow>(
  db: Db,
  orgId: string,
  actor: Actor,
  input: { skuId: string; devices: R[]; /** given to every device (merged with a row's own tags) */ tags?: string[] },
): Promise<RegisteredDevice<R>[]> {
  const devices = input.devices.map((row: RegisterRow) => {
    const publicKey = row.publicKey ?? null;
    const secret = publicKey ? null : generateDeviceSecret();
    const tags = [...new Set([...(input.tags ?? []), ...(row.tags ?? [])])].sort();
    if (tags.length > MAX_TAGS_PER_DEVICE) {
      throw new AppError("BAD_REQUEST", `${row.serial}: a device has at most ${MAX_TAGS_PER_DEVICE} tags.`, { reason: "TOO_MANY_TAGS", details: { serial: row.serial } });
    }
    // Text (a Postgres array literal) so the INSERT below stays one unnest over flat columns.
    const tagsLiteral = `{${tags.join(",")}}`;
    return { id: generateDeviceId(), serial: row.serial, label: row.label || null, batch: row.batch || null, secret, hash: secret && hashDeviceSecret(secret), publicKey, tags, tagsLiteral };
  });
  const serials = devices.map((d) => d.serial);
  try {
    await db.$transaction(async (tx) => {
      const sku = await tx.sku.findFirst({ where: { id: input.skuId, orgId }, select: { id: true, code: true, archivedAt: true } });
      if (!sku) throw new AppError("NOT_FOUND", "SKU not found.", { reason: "SKU_NOT_FOUND" });
      if (sku.archivedAt) throw new AppError("PRECONDITION_FAILED", `SKU ${sku.code} is archived and accepts no new devices.`, { reason: "SKU_ARCHIVED" });
      const existing = await tx.device.findMany({ where: { orgId, serial: { in: serials } }, select: { serial: true } });
      if (existing.length > 0) throw alreadyRegistered(existing.map((d) => d.serial));
      await tx.$executeRaw`
        INSERT INTO "Device" ("id", "orgId", "skuId", "serial", "label", "batch", "secretHash", "publicKey", "tags", "serialSortKey", "createdAt", "updatedAt")
        SELECT t.id, ${orgId}, ${sku.id}, t.serial, t.label, t.batch, t.hash, t.key, t.tags::text[], device_serial_sort_key(t.serial), now(), now()
        FROM unnest(${devices.map((d) => d.id)}::text[], ${serials}::text[], ${devices.map((d) => d.label)}::text[],
                    ${devices.map((d) => d.batch)}::text[], ${devices.map((d) => d.hash)}::text[], ${devices.map((d) => d.publicKey)}::text[],
                    ${devices.map((d) => d.tagsLiteral)}::text[])
             AS t(id, serial, label, batch, hash, key, tags)`;
      // Gateways remember ids that did not exist (device-runtime/load.ts): one tried before this commit must boot now.
      await invalidate(tx, "device", devices.map((d) => d.id));
      const batches = [...new Set(devices.map((d) => d.batch).filter((b): b is string => b !== null))];
      await recordAudit(tx, {
        orgId,
        actor,
        action: "devices.registered",
        targetType: "sku",
        targetId: sku.id,
        metadata: { count: devices.length, keyMode: devices.filter((d) => d.publicKey).length, skuCode: sku.code, firstSerial: serials[0]!, lastSerial: serials.at(-1)!, batches: batches.slice(0, 10) },
      });
    });
  } catch (error) {
    // A concurrent registration of the same serial loses the race at the unique index.
    if (isUniqueViolation(error)) {
      const taken = await findExistingSerials(db, orgId, serials);
      throw alreadyRegistered(taken.length > 0 ? taken : serials);
    }
    throw error;
  }
  // The row type decides which credential each device got (see RegisteredDevice); TypeScript cannot follow that through map.
  return devices.map(({ id, serial, secret, publicKey, label, batch, tags }) => ({ id, serial, secret, publicKey, label, batch, tags })) as RegisteredDevice<R>[];
}

/** Which of these serials the organization already has (for the CSV preview). */
export async function findExistingSerials(db: Db, orgId: string, serials: string[]): Promise<string[]> {
  const rows = await db.device.findMany({ where: { orgId, serial: { in: serials } }, select: { serial: true } });
  return rows.map((row) => row.serial);
}
