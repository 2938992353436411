import "server-only";
import type { DbTx } from "@/server/db";
import type { Prisma } from "@/generated/prisma/client";

/** A signed-in user acting in the console. */
export type UserActor = { type: "user"; userId: string };

/** Who performed an action: a signed-in user, an API key, or a named system actor. */
export type Actor = UserActor | { type: "apiKey"; apiKeyId: string } | { type: "system"; label: string };

export type AuditEntry = {
  orgId: string;
  actor: Actor;
  action: string;
  targetType: string;
  targetId?: string | null;
  metadata?: Prisma.InputJsonObject;
  /** when it happened, if not now (a change dated in the past, such as the demo seed's history) */
  at?: Date;
};

function toRow(entry: AuditEntry) {
  return {
    orgId: entry.orgId,
    actorUserId: entry.actor.type === "user" ? entry.actor.userId : null,
    actorApiKeyId: entry.actor.type === "apiKey" ? entry.actor.apiKeyId : null,
    actorLabel: entry.actor.type === "system" ? entry.actor.label : null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    metadata: entry.metadata ?? {},
    createdAt: entry.at,
  };
}

/** Appends an audit entry. Call it inside the same transaction as the change it records. */
export async function recordAudit(tx: DbTx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: toRow(entry) });
}

/** Appends many entries in one statement (bulk actions record one entry per target). */
export async function recordAuditMany(tx: DbTx, entries: AuditEntry[]): Promise<void> {
  if (entries.length > 0) await tx.auditLog.createMany({ data: entries.map(toRow) });
}
