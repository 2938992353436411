import "server-only";
import type { Db } from "@/server/db";
import { createGroupCommit } from "@/server/group-commit";
import { activateDevices, licenseExhausted, type ActivationRequest } from "@/server/modules/licenses/activate-devices";
import { refreshUtilizationAlert } from "@/server/modules/licenses/alerts";
import { updateCachedDevice } from "./load";
import { deviceRefusals, inactiveDeviceError } from "./refusals";

/** Most first boots one transaction activates (bounded so one commit stays short). */
const MAX_GROUP = 500;

type OrgQueue = ReturnType<typeof createGroupCommit<ActivationRequest, Date>>;
const queues = new WeakMap<Db, Map<string, OrgQueue>>();

/**
 * First boots wait here and activate in groups (group commit): one transaction per
 * organization at a time, holding everyone who arrived while the previous one committed.
 * Activations of one organization serialize on its license pool anyway; grouping them turns a
 * fleet's first power-on from one commit per device into one per group. Resolves with the
 * device's activation time; rejects with LICENSE_EXHAUSTED, the device's refusal, or the
 * database's error.
 */
export function activateOnFirstBoot(db: Db, orgId: string, request: ActivationRequest): Promise<Date> {
  const byOrg = queues.get(db) ?? new Map<string, OrgQueue>();
  queues.set(db, byOrg);
  let queue = byOrg.get(orgId);
  if (!queue) {
    queue = createGroupCommit((group: ActivationRequest[]) => activateGroup(db, orgId, group), { maxGroup: MAX_GROUP });
    byOrg.set(orgId, queue);
  }
  const activation = queue.submit(request);
  // Organizations come and go: drop the queue once it has nothing to do.
  const forget = () => {
    if (byOrg.get(orgId)?.idle()) byOrg.delete(orgId);
  };
  activation.then(forget, forget);
  return activation;
}

async function activateGroup(db: Db, orgId: string, group: ActivationRequest[]): Promise<(Date | Error)[]> {
  // A device booting twice at once appears once; both boots get its outcome.
  const requests = [...new Map(group.map((r) => [r.deviceId, r])).values()];
  const { exhausted, alertLevel } = await db.$transaction((tx) => activateDevices(tx, orgId, requests));
  if (alertLevel) await refreshUtilizationAlert(db, orgId);
  const rows = await db.device.findMany({ where: { id: { in: requests.map((r) => r.deviceId) } }, select: { id: true, status: true, activatedAt: true, lastSeenAt: true, firmware: true } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return group.map(({ deviceId }) => {
    const row = byId.get(deviceId);
    if (exhausted.has(deviceId)) return licenseExhausted();
    // Neither activated nor refused for seats: suspended or revoked since its boot began.
    if (!row?.activatedAt) return (row && inactiveDeviceError(row.status)) ?? deviceRefusals.invalidCredentials("secret");
    updateCachedDevice(row.id, { status: row.status, activatedAt: row.activatedAt, lastSeenAt: row.lastSeenAt, firmware: row.firmware });
    return row.activatedAt;
  });
}
