import "server-only";
import { invalidate } from "@/server/cache/invalidation";
import { z } from "zod";
import type { Db, DbTx } from "@/server/db";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { MAX_TOKEN_TTL_SECONDS } from "@/server/modules/sessions/signing-keys";
import { schemaMessage } from "@/shared/schema-message";

const MIN_TOKEN_TTL_SECONDS = 60;

export const ZSessionPolicyInput = z.object({
  sessionTtlSeconds: z.coerce
    .number(schemaMessage("The token lifetime is a number of seconds."))
    .int(schemaMessage("The token lifetime is a whole number of seconds."))
    .min(MIN_TOKEN_TTL_SECONDS, schemaMessage(`The token lifetime is at least ${MIN_TOKEN_TTL_SECONDS} seconds.`))
    .max(MAX_TOKEN_TTL_SECONDS, schemaMessage(`The token lifetime is at most ${MAX_TOKEN_TTL_SECONDS} seconds (1 hour).`)),
});

export async function getSessionPolicy(db: DbTx, orgId: string) {
  return db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { sessionTtlSeconds: true } });
}

/**
 * How long device session tokens live (60–3600 s). Shorter means revocation bites sooner
 * and more refresh traffic; new tokens use it, tokens already issued keep their expiry.
 */
export async function setSessionPolicy(db: Db, orgId: string, actor: Actor, input: z.infer<typeof ZSessionPolicyInput>) {
  return db.$transaction(async (tx) => {
    const before = await getSessionPolicy(tx, orgId);
    await tx.organization.update({ where: { id: orgId }, data: { sessionTtlSeconds: input.sessionTtlSeconds } });
    await invalidate(tx, "org", [orgId]);
    await recordAudit(tx, {
      orgId,
      actor,
      action: "organization.session_policy_changed",
      targetType: "organization",
      targetId: orgId,
      metadata: { from: before.sessionTtlSeconds, to: input.sessionTtlSeconds },
    });
    return { sessionTtlSeconds: input.sessionTtlSeconds };
  });
}
