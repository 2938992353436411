import "server-only";
import type { Db } from "@/server/db";
import { createGroupCommit } from "@/server/group-commit";
import { activateDevices, licenseExhausted, type ActivationRequest } from "@/server/modules/licenses/activate-devices";
import { refreshUtilizationAlert } from "@/server/modules/licenses/alerts";
import { bootHour } from "./last-seen";
import { updateCachedDevice } from "./load";
import { deviceRefusals, inactiveDeviceError } from "./refusals";

/** Most first boots one statement activates (bounded so one commit stays short). */
const MAX_GROUP = 500;
/**
 * Groups of one organization in flight at once: they serialize on its pool row in the database,
 * but the next one is already there, waiting at the lock, instead of being sent after the
 * previous answer has crossed a busy event loop.
 */
const GROUPS_IN_FLIGHT = 2;

type OrgQueue = ReturnType<typeof createGroupCommit<ActivationRequest, Date>>;
const queues = new WeakMap<Db, Map<string, OrgQueue>>();

/**
 * First boots wait here and activate in groups (group commit): one statement per group, holding
 * everyone who arrived while the groups in flight ran.
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
    queue = createGroupCommit((group: ActivationRequest[]) => activateGroup(db, orgId, group), { maxGroup: MAX_GROUP, concurrency: GROUPS_IN_FLIGHT });
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
  const { activated, exhausted, alertLevel } = await activateDevices(db, orgId, requests);
  if (alertLevel) await refreshUtilizationAlert(db, orgId);
  for (const [id, device] of activated) updateCachedDevice(id, { status: "active", ...device, bootSampledHour: bootHour(device.activatedAt) });
  const others = await settledElsewhere(db, requests.map((r) => r.deviceId).filter((id) => !activated.has(id) && !exhausted.has(id)));
  return group.map(({ deviceId }) => {
    if (exhausted.has(deviceId)) return licenseExhausted();
    const activatedAt = activated.get(deviceId)?.activatedAt;
    if (activatedAt) return activatedAt;
    const row = others.get(deviceId);
    if (row?.activatedAt) return row.activatedAt;
    // Neither activated nor refused for seats: suspended or revoked since its boot began.
    return (row && inactiveDeviceError(row.status)) ?? deviceRefusals.invalidCredentials("secret");
  });
}

/**
 * The devices of a group that it neither activated nor refused (rare: a concurrent boot on another
 * gateway activated one first, or it was suspended or revoked meanwhile), read after the fact.
 */
async function settledElsewhere(db: Db, ids: string[]) {
  const rows = ids.length === 0 ? [] : await db.device.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, activatedAt: true, lastSeenAt: true, firmware: true } });
  for (const row of rows) if (row.activatedAt) updateCachedDevice(row.id, { status: row.status, activatedAt: row.activatedAt, lastSeenAt: row.lastSeenAt, firmware: row.firmware });
  return new Map(rows.map((row) => [row.id, row]));
}
