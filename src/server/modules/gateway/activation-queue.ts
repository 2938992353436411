import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { activateDevices, licenseExhausted, type ActivationRequest } from "@/server/modules/licenses/activate-devices";
import { refreshUtilizationAlert } from "@/server/modules/licenses/alerts";
import { updateCachedDevice } from "./device-cache";
import { inactiveDeviceError } from "./refusals";

/** Most first boots one transaction activates (bounded so one commit stays short). */
const MAX_GROUP = 500;

type Waiter = ActivationRequest & { resolve: (activatedAt: Date) => void; reject: (error: unknown) => void };
type OrgQueue = { db: Db; waiting: Waiter[]; running: boolean };

const queues = new Map<string, OrgQueue>();

/**
 * First boots wait here and activate in groups: one transaction per organization at a time,
 * holding everyone who arrived while the previous one committed. Activations of one
 * organization serialize on its license pool anyway; grouping them turns a fleet's first
 * power-on from one commit per device into one per group (group commit). Resolves with the
 * device's activation time; rejects with LICENSE_EXHAUSTED, the device's refusal, or the
 * database's error.
 */
export function activateOnFirstBoot(db: Db, orgId: string, request: ActivationRequest): Promise<Date> {
  return new Promise((resolve, reject) => {
    const queue = queues.get(orgId) ?? { db, waiting: [], running: false };
    queues.set(orgId, queue);
    queue.waiting.push({ ...request, resolve, reject });
    if (!queue.running) void drain(orgId, queue);
  });
}

async function drain(orgId: string, queue: OrgQueue) {
  queue.running = true;
  while (queue.waiting.length > 0) await activateGroup(queue.db, orgId, queue.waiting.splice(0, MAX_GROUP));
  queue.running = false;
  queues.delete(orgId);
}

async function activateGroup(db: Db, orgId: string, group: Waiter[]) {
  // A device booting twice at once appears once; both boots get its outcome.
  const requests = [...new Map(group.map((w) => [w.deviceId, w])).values()];
  try {
    const { exhausted, alertLevel } = await db.$transaction((tx) => activateDevices(tx, orgId, requests));
    if (alertLevel) await refreshUtilizationAlert(db, orgId);
    const rows = await db.device.findMany({ where: { id: { in: requests.map((r) => r.deviceId) } }, select: { id: true, status: true, activatedAt: true, lastSeenAt: true, firmware: true } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const waiter of group) {
      const row = byId.get(waiter.deviceId);
      if (exhausted.has(waiter.deviceId)) waiter.reject(licenseExhausted());
      // Neither activated nor refused for seats: suspended or revoked since its boot began.
      else if (!row?.activatedAt) waiter.reject((row && inactiveDeviceError(row.status)) ?? new AppError("UNAUTHORIZED", "Unknown device or wrong secret.", "INVALID_CREDENTIALS"));
      else {
        updateCachedDevice(row.id, { status: row.status, activatedAt: row.activatedAt, lastSeenAt: row.lastSeenAt, firmware: row.firmware });
        waiter.resolve(row.activatedAt);
      }
    }
  } catch (error) {
    for (const waiter of group) waiter.reject(error);
  }
}
