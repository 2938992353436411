import "server-only";
import { invalidate } from "@/server/cache/invalidation";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { DeviceStatus } from "@/generated/prisma/enums";
import { recordAuditMany, type Actor } from "@/server/modules/audit/record-audit";
import { emitEvents } from "@/server/modules/events/emit";
import type { StatusAction } from "@/shared/device-schemas";

type Locked = { id: string; serial: string; skuId: string; status: DeviceStatus; activatedAt: Date | null };

/** The status a device moves to under an action, or null when the action does not apply. */
function nextStatus(device: Locked, action: StatusAction): DeviceStatus | null {
  if (device.status === "revoked") return null; // revocation is permanent
  switch (action) {
    case "suspend":
      return device.status === "suspended" ? null : "suspended";
    case "resume":
      // A suspended device returns to where it was: active if it ever booted.
      return device.status === "suspended" ? (device.activatedAt ? "active" : "provisioned") : null;
    case "revoke":
      return "revoked";
  }
}

export type StatusChangeResult = {
  changed: { id: string; serial: string; skuId: string; from: DeviceStatus; to: DeviceStatus }[];
  unchanged: { id: string; status: DeviceStatus }[];
};

/**
 * Applies a lifecycle action to devices of one organization, all in one transaction with
 * the rows locked. Devices the action does not apply to (already suspended, revoked) are
 * reported as unchanged; an id that is not the organization's fails the whole request.
 */
export async function changeDeviceStatus(
  db: Db,
  orgId: string,
  actor: Actor,
  deviceIds: string[],
  action: StatusAction,
): Promise<StatusChangeResult> {
  const ids = [...new Set(deviceIds)];
  const outcome = await db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Locked[]>`
      SELECT id, serial, "skuId", status, "activatedAt" FROM "Device" WHERE "orgId" = ${orgId} AND id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
    if (locked.length !== ids.length) {
      const found = new Set(locked.map((d) => d.id));
      const missing = ids.filter((id) => !found.has(id));
      throw new AppError("NOT_FOUND", `Device not found: ${missing.slice(0, 10).join(", ")}.`, { reason: "DEVICE_NOT_FOUND", details: { deviceIds: missing } });
    }
    const result: StatusChangeResult = { changed: [], unchanged: [] };
    for (const device of locked) {
      const to = nextStatus(device, action);
      if (to) result.changed.push({ id: device.id, serial: device.serial, skuId: device.skuId, from: device.status, to });
      else result.unchanged.push({ id: device.id, status: device.status });
    }
    for (const to of new Set(result.changed.map((c) => c.to))) {
      const targets = result.changed.filter((c) => c.to === to).map((c) => c.id);
      await tx.device.updateMany({ where: { orgId, id: { in: targets } }, data: { status: to } });
    }
    await invalidate(tx, "device", result.changed.map((c) => c.id));
    const verb = { suspend: "suspended", resume: "resumed", revoke: "revoked" }[action];
    await recordAuditMany(
      tx,
      result.changed.map((change) => ({
        orgId,
        actor,
        action: `device.${verb}`,
        targetType: "device",
        targetId: change.id,
        metadata: { from: change.from, to: change.to },
      })),
    );
    const announced = { suspended: "device.suspended", revoked: "device.revoked" } as const;
    await emitEvents(
      tx,
      result.changed.flatMap(({ id, serial, skuId, from, to }) =>
        to === "suspended" || to === "revoked" ? [{ orgId, type: announced[to], data: { deviceId: id, serial, skuId, from } }] : [],
      ),
    );
    return result;
  });
  return outcome;
}
