import "server-only";
import type { DbTx } from "@/server/db";
import { userDisplayNames } from "./actor-names";

type Target = { targetType: string; targetId: string | null };

const key = (type: string, id: string) => `${type}:${id}`;

function idsOf(targets: Target[], type: string): string[] {
  return [...new Set(targets.flatMap((t) => (t.targetType === type && t.targetId ? [t.targetId] : [])))];
}

/** Runs `read` only when there is something to name: a page of SKU edits costs one query, not seven. */
async function readIf<T>(ids: string[], read: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  return ids.length ? read(ids) : [];
}

/**
 * What the targets of a page of audit entries are called today (a device's serial, a SKU's name,
 * a key's name…), one query per kind, each scoped by `orgId` like every tenant read: an id of
 * another organization, or of something since deleted, simply has no name.
 */
export async function auditTargetNames(db: DbTx, orgId: string, targets: Target[]): Promise<(target: Target) => string | null> {
  const ids = (type: string) => idsOf(targets, type);
  const [devices, skus, apiKeys, invitations, memberships, orders, organization, nameOfUser] = await Promise.all([
    readIf(ids("device"), (found) => db.device.findMany({ where: { orgId, id: { in: found } }, select: { id: true, serial: true } })),
    readIf(ids("sku"), (found) => db.sku.findMany({ where: { orgId, id: { in: found } }, select: { id: true, name: true, code: true } })),
    readIf(ids("apiKey"), (found) => db.apiKey.findMany({ where: { orgId, id: { in: found } }, select: { id: true, name: true } })),
    readIf(ids("invitation"), (found) => db.invitation.findMany({ where: { orgId, id: { in: found } }, select: { id: true, email: true } })),
    readIf(ids("membership"), (found) => db.membership.findMany({ where: { orgId, id: { in: found } }, select: { id: true, user: { select: { name: true, email: true } } } })),
    readIf(ids("order"), (found) => db.order.findMany({ where: { orgId, id: { in: found } }, select: { id: true, packageName: true, seats: true } })),
    ids("organization").length || ids("licensePool").length ? db.organization.findUnique({ where: { id: orgId }, select: { name: true } }) : null,
    // Security events name the member whose account changed; they are recorded only in that member's organizations.
    userDisplayNames(db, ids("user")),
  ]);
  const names = new Map<string, string>([
    ...devices.map((d) => [key("device", d.id), d.serial] as const),
    ...skus.map((s) => [key("sku", s.id), `${s.name} (${s.code})`] as const),
    ...apiKeys.map((k) => [key("apiKey", k.id), k.name] as const),
    ...invitations.map((i) => [key("invitation", i.id), i.email] as const),
    ...memberships.map((m) => [key("membership", m.id), m.user.name ?? m.user.email] as const),
    ...orders.map((o) => [key("order", o.id), `${o.packageName}, ${o.seats.toLocaleString("en-US")} seats`] as const),
  ]);
  if (organization) {
    names.set(key("organization", orgId), organization.name);
    names.set(key("licensePool", orgId), `${organization.name} seats`);
  }
  const userIds = new Set(ids("user"));
  return ({ targetType, targetId }) => {
    if (!targetId) return null;
    if (targetType === "user") return userIds.has(targetId) ? nameOfUser(targetId) : null;
    return names.get(key(targetType, targetId)) ?? null;
  };
}
