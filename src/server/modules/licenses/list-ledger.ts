import "server-only";
import { z } from "zod";
import type { DbTx } from "@/server/db";
import { userDisplayNames } from "@/server/modules/audit/actor-names";

export const ZListLedgerInput = z.object({
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});

/** One page of an organization's seat ledger, newest first, with who made each change. */
export async function listLedger(db: DbTx, orgId: string, input: z.infer<typeof ZListLedgerInput>) {
  const where = { orgId };
  const [total, rows] = await Promise.all([
    db.licenseLedgerEntry.count({ where }),
    db.licenseLedgerEntry.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        kind: true,
        totalDelta: true,
        usedDelta: true,
        reason: true,
        orderId: true,
        deviceId: true,
        fromDeviceId: true,
        actorLabel: true,
        actorUserId: true,
        actorApiKeyId: true,
        createdAt: true,
      },
    }),
  ]);
  const nameOf = await userDisplayNames(db, rows.map((r) => r.actorUserId));
  // Serials read better than device ids; scoped by orgId like every tenant query.
  const deviceIds = [...new Set(rows.flatMap((r) => [r.deviceId, r.fromDeviceId].filter((id): id is string => id !== null)))];
  const devices = deviceIds.length
    ? await db.device.findMany({ where: { orgId, id: { in: deviceIds } }, select: { id: true, serial: true } })
    : [];
  const serials = new Map(devices.map((d) => [d.id, d.serial]));
  const entries = rows.map(({ actorLabel, actorUserId, actorApiKeyId, ...row }) => ({
    ...row,
    deviceSerial: row.deviceId ? (serials.get(row.deviceId) ?? null) : null,
    fromDeviceSerial: row.fromDeviceId ? (serials.get(row.fromDeviceId) ?? null) : null,
    actor: actorUserId ? nameOf(actorUserId) : actorApiKeyId ? "API key" : (actorLabel ?? "system"),
  }));
  return { entries, total, page: input.page, pageSize: input.pageSize };
}
