import type { DbTx } from "@/server/db";
import type { Prisma } from "@/generated/prisma/client";

/** Who performed an action: a signed-in user, an API key, or a named system actor. */
export type Actor =
  | { type: "user"; userId: string }
  | { type: "apiKey"; apiKeyId: string }
  | { type: "system"; label: string };

export type AuditEntry = {
  orgId: string;
  actor: Actor;
  action: string;
  targetType: string;
  targetId?: string | null;
  metadata?: Prisma.InputJsonObject;
};

/** Appends an audit entry. Call it inside the same transaction as the change it records. */
export async function recordAudit(tx: DbTx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      orgId: entry.orgId,
      actorUserId: entry.actor.type === "user" ? entry.actor.userId : null,
      actorApiKeyId: entry.actor.type === "apiKey" ? entry.actor.apiKeyId : null,
      actorLabel: entry.actor.type === "system" ? entry.actor.label : null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      metadata: entry.metadata ?? {},
    },
  });
}
