import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { refreshUtilizationAlert } from "./alerts";
import { getBalance } from "./balance";
import { changeSeatsTotal } from "./ledger";
import { schemaMessage } from "@/shared/schema-message";

export const ZGrantSeatsInput = z.object({
  seats: z.coerce
    .number(schemaMessage("seats must be a whole number."))
    .int(schemaMessage("seats must be a whole number."))
    .min(1, schemaMessage("seats must be at least 1."))
    .max(10_000_000, schemaMessage("seats is at most 10,000,000 per grant.")),
  reason: z.string(schemaMessage("A reason is required.")).trim().min(3, schemaMessage("Give a reason (at least 3 characters).")).max(500),
});

/**
 * Contract seats granted by the platform operator (no payment), recorded in the ledger and
 * audit log. `at` dates the grant in the past (only the demo seed does: its history must
 * show seats owned before the devices that used them were active).
 */
export async function grantSeats(db: Db, orgId: string, actor: Actor, input: z.infer<typeof ZGrantSeatsInput>, { at }: { at?: Date } = {}) {
  const balance = await db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: orgId }, select: { id: true } });
    if (!org) throw new AppError("NOT_FOUND", `No organization with id "${orgId}".`, { reason: "ORG_NOT_FOUND" });
    await changeSeatsTotal(tx, { orgId, kind: "grant", totalDelta: input.seats, reason: input.reason, actor, at });
    await recordAudit(tx, { orgId, actor, action: "licenses.granted", targetType: "licensePool", targetId: orgId, metadata: { seats: input.seats, reason: input.reason }, at });
    return getBalance(tx, orgId);
  });
  await refreshUtilizationAlert(db, orgId);
  return balance;
}
