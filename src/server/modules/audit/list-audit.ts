import "server-only";
import { z } from "zod";
import type { DbTx } from "@/server/db";
import type { Prisma } from "@/generated/prisma/client";
import { SECURITY_ACTION_PREFIX } from "./security-events";
import { auditTargetNames } from "./target-names";

export const ZListAuditInput = z.object({
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
  action: z.string().trim().max(100).optional(),
  /** "security": sign-in failures, lockouts, password and session changes of members (security-events.ts) */
  category: z.enum(["security"]).optional(),
  /** a user id or an API key id */
  actorId: z.string().trim().max(64).optional(),
  from: z.date().optional(),
  to: z.date().optional(),
});
export type TListAuditInput = z.infer<typeof ZListAuditInput>;

/** One page of an organization's audit log, newest first, with the actor's display name. */
export async function listAudit(db: DbTx, orgId: string, input: TListAuditInput) {
  const where: Prisma.AuditLogWhereInput = {
    orgId,
    ...(input.action ? { action: input.action } : input.category === "security" ? { action: { startsWith: SECURITY_ACTION_PREFIX } } : {}),
    ...(input.actorId ? { OR: [{ actorUserId: input.actorId }, { actorApiKeyId: input.actorId }] } : {}),
    ...(input.from || input.to ? { createdAt: { gte: input.from, lte: input.to } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        action: true,
        targetType: true,
        targetId: true,
        metadata: true,
        createdAt: true,
        actorLabel: true,
        actorUser: { select: { id: true, name: true, email: true } },
        actorApiKey: { select: { id: true, name: true, prefix: true } },
      },
    }),
  ]);
  const nameOf = await auditTargetNames(db, orgId, rows);
  const entries = rows.map((row) => ({
    id: row.id,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    /** what the target is called today; null when it was deleted */
    targetName: nameOf(row),
    metadata: row.metadata as Record<string, unknown>,
    createdAt: row.createdAt,
    actor: row.actorUser
      ? { type: "user" as const, id: row.actorUser.id, name: row.actorUser.name ?? row.actorUser.email }
      : row.actorApiKey
        ? { type: "apiKey" as const, id: row.actorApiKey.id, name: `${row.actorApiKey.name} (${row.actorApiKey.prefix}…)` }
        : { type: "system" as const, id: null, name: row.actorLabel ?? "system" },
  }));
  return { entries, total, page: input.page, pageSize: input.pageSize };
}

/** Distinct actions and actors seen in an organization's log, for the filter menus. */
export async function listAuditFacets(db: DbTx, orgId: string) {
  const [actions, users, keys] = await Promise.all([
    db.auditLog.findMany({ where: { orgId }, distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.auditLog.findMany({
      where: { orgId, actorUserId: { not: null } },
      distinct: ["actorUserId"],
      select: { actorUser: { select: { id: true, name: true, email: true } } },
    }),
    db.auditLog.findMany({
      where: { orgId, actorApiKeyId: { not: null } },
      distinct: ["actorApiKeyId"],
      select: { actorApiKey: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    actions: actions.map((a) => a.action),
    actors: [
      ...users.flatMap((u) => (u.actorUser ? [{ id: u.actorUser.id, name: u.actorUser.name ?? u.actorUser.email }] : [])),
      ...keys.flatMap((k) => (k.actorApiKey ? [{ id: k.actorApiKey.id, name: `API key: ${k.actorApiKey.name}` }] : [])),
    ],
  };
}
